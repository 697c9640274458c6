package se.rapportverk.render.docx;

import java.util.List;
import java.util.function.IntFunction;

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
    static void write(Body x, TableOfContents toc, HeadingAnchors anchors, IntFunction<String> pageOf,
                      boolean pageBreakAfter) {
        if (!toc.title().isEmpty()) {
            Body.Para title = x.beginP();
            x.pStyle(StyleIds.TOC_HEADING);
            x.contentP(title);
            Runs.text(x, toc.title());
            x.endP(title);
        }
        int maxLevel = clampLevel(toc.maxLevel());
        List<HeadingAnchors.Anchor> entries = anchors.tocEntries(maxLevel);
        String instruction = instruction(maxLevel);
        if (entries.isEmpty()) {
            Body.Para p = x.beginP();
            x.contentP(p);
            Runs.fieldBegin(x, instruction, true);
            Runs.fieldSeparate(x);
            Runs.fieldEnd(x);
            if (pageBreakAfter) {
                Runs.pageBreak(x);
            }
            x.endP(p);
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            HeadingAnchors.Anchor entry = entries.get(i);
            Body.Para p = x.beginP();
            x.pStyle(StyleIds.toc(entry.heading().level()));
            x.contentP(p);
            if (i == 0) {
                Runs.fieldBegin(x, instruction, true);
                Runs.fieldSeparate(x);
            }
            x.start("w:hyperlink").attr("w:anchor", entry.bookmarkName()).attrRaw("w:history", "true");
            Runs.text(x, entry.heading().displayText());
            Runs.tab(x);
            Runs.fieldBegin(x, "PAGEREF " + entry.bookmarkName() + " \\h", false);
            Runs.fieldSeparate(x);
            String page = pageOf.apply(entry.bookmarkId());
            if (!page.isEmpty()) {
                Runs.text(x, page);
            }
            Runs.fieldEnd(x);
            x.end("w:hyperlink");
            x.endP(p);
        }
        Body.Para end = x.beginP();
        x.contentP(end);
        Runs.fieldEnd(x);
        if (pageBreakAfter) {
            // The break ends the paragraph that closes the field, so no empty paragraph heads the
            // next page (without splitPgBreakAndParaMark, the paragraph ends on this page).
            Runs.pageBreak(x);
        }
        x.endP(end);
    }

    private static int clampLevel(int level) {
        return Math.max(1, Math.min(3, level));
    }
}
