package se.rapportverk.render.docx;

import java.util.List;

import se.rapportverk.document.Block;
import se.rapportverk.document.Heading;
import se.rapportverk.document.PageBreak;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Table;
import se.rapportverk.document.TableOfContents;
import se.rapportverk.document.TitlePage;

/**
 * The pagination rules the Word file shares with the PDF, decided in one place for the writer
 * and the page estimate: the table of contents ends its page; a paragraph that introduces what
 * follows is kept with it; a short table is kept whole.
 */
final class Pagination {

    /** A table no taller than this (twips, a third of the text height) is kept on one page. */
    static final double KEEP_WHOLE = PageGeometry.TEXT_HEIGHT / 3.0;

    private Pagination() {
    }

    /** Whether the table of contents at the index ends its page: not when the document breaks it next. */
    static boolean tocBreaksPage(List<Block> blocks, int index) {
        if (!(blocks.get(index) instanceof TableOfContents) || index + 1 >= blocks.size()) {
            return false;
        }
        Block next = blocks.get(index + 1);
        return !(next instanceof PageBreak) && !(next instanceof TitlePage);
    }

    /**
     * Whether the paragraph at the index introduces the block after it and is kept with it (Keep
     * with next): a note right above a table (its unit, "Måttenhet: %."); a short body paragraph
     * that is a bold label alone ("För nämnden innebär det:") or ends in a colon ("Måluppfyllelsen
     * bedöms i tre nivåer:"). Not before a heading, which starts something new. A caption keeps
     * with what follows by its style.
     */
    static boolean leadsIn(List<Block> blocks, int index) {
        if (!(blocks.get(index) instanceof Paragraph p) || index + 1 >= blocks.size()) {
            return false;
        }
        Block next = blocks.get(index + 1);
        if (next instanceof Heading || next instanceof PageBreak || next instanceof TitlePage
                || next instanceof TableOfContents) {
            return false;
        }
        return switch (p.style()) {
            case CAPTION -> true;
            case NOTE -> next instanceof Table;
            case BODY -> {
                String text = p.plainText().strip();
                boolean label = !text.isEmpty()
                        && p.spans().stream().allMatch(s -> s.bold() || s.text().isBlank());
                yield (label || text.endsWith(":"))
                        && PageEstimate.lines(p.spans(), PageEstimate.NORMAL, PageGeometry.TEXT_WIDTH) <= 3;
            }
        };
    }

    /** Whether a table is short enough to be kept whole, with the given column widths. */
    static boolean keepWhole(Table t, int[] widths) {
        if (t.rows().isEmpty() || t.columns().isEmpty()) {
            return false;
        }
        double height = 0;
        for (double h : PageEstimate.rowHeights(t, widths)) {
            height += h;
        }
        return height <= KEEP_WHOLE;
    }
}
