package se.rapportverk.render.docx.legacy;

import java.util.List;
import java.util.function.IntFunction;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import se.rapportverk.document.TableOfContents;

/**
 * Writes the table of contents as Word writes it: a TOC field whose result is already filled
 * in, one paragraph per heading (styles TOC 1–3), each a hyperlink to the heading's bookmark
 * with a PAGEREF field for its page number.
 *
 * <p>The field begins in the first entry paragraph and ends in a paragraph of its own after the
 * last entry. It is marked dirty, so Word offers to update it when the file is opened (the
 * question "Det här dokumentet innehåller fält som kan referera till andra filer..." is Word's
 * field-update question, not a repair prompt); LibreOffice shows the entries as written and
 * rebuilds them on Verktyg › Uppdatera › Uppdatera alla.
 */
final class TocWriter {

    private TocWriter() {
    }

    /** The field instruction for a table of contents down to the given heading level. */
    static String instruction(int maxLevel) {
        return "TOC \\o \"1-" + clampLevel(maxLevel) + "\" \\h \\z \\u";
    }

    /**
     * Writes the title and the field.
     *
     * @param pageOf         the page number to show for a heading (by bookmark id) until the field
     *                       is updated, or an empty string
     * @param pageBreakAfter whether the table of contents ends its page, as in the PDF (not when
     *                       the document itself breaks the page next)
     */
    static void write(CTBody body, TableOfContents toc, HeadingAnchors anchors, IntFunction<String> pageOf,
                      boolean pageBreakAfter) {
        if (!toc.title().isEmpty()) {
            CTP title = body.addNewP();
            Paragraphs.style(title, StyleIds.TOC_HEADING);
            Runs.text(title::addNewR, toc.title());
        }
        int maxLevel = clampLevel(toc.maxLevel());
        List<HeadingAnchors.Anchor> entries = anchors.tocEntries(maxLevel);
        String instruction = instruction(maxLevel);
        if (entries.isEmpty()) {
            CTP p = body.addNewP();
            Runs.fieldBegin(p::addNewR, instruction, true);
            Runs.fieldSeparate(p::addNewR);
            Runs.fieldEnd(p::addNewR);
            if (pageBreakAfter) {
                Runs.pageBreak(p::addNewR);
            }
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            HeadingAnchors.Anchor entry = entries.get(i);
            CTP p = body.addNewP();
            Paragraphs.style(p, StyleIds.toc(entry.heading().level()));
            if (i == 0) {
                Runs.fieldBegin(p::addNewR, instruction, true);
                Runs.fieldSeparate(p::addNewR);
            }
            CTHyperlink link = p.addNewHyperlink();
            link.setAnchor(entry.bookmarkName());
            link.setHistory(Boolean.TRUE);
            Runs.text(link::addNewR, entry.heading().displayText());
            Runs.tab(link::addNewR);
            Runs.fieldBegin(link::addNewR, "PAGEREF " + entry.bookmarkName() + " \\h", false);
            Runs.fieldSeparate(link::addNewR);
            String page = pageOf.apply(entry.bookmarkId());
            if (!page.isEmpty()) {
                Runs.text(link::addNewR, page);
            }
            Runs.fieldEnd(link::addNewR);
        }
        CTP end = body.addNewP();
        Runs.fieldEnd(end::addNewR);
        if (pageBreakAfter) {
            // The break ends the paragraph that closes the field, so no empty paragraph heads the
            // next page (without splitPgBreakAndParaMark, the paragraph ends on this page).
            Runs.pageBreak(end::addNewR);
        }
    }

    private static int clampLevel(int level) {
        return Math.max(1, Math.min(3, level));
    }
}
