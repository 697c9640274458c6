package se.rapportverk.render.docx;

import java.util.List;

import se.rapportverk.document.Block;
import se.rapportverk.document.KeepRules;
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
     * Whether the paragraph at the index is kept with the block after it (Keep with next), by
     * {@link KeepRules#leadsIn}, with Word's line count estimated.
     */
    static boolean leadsIn(List<Block> blocks, int index) {
        return KeepRules.leadsIn(blocks, index,
                p -> PageEstimate.lines(p.spans(), PageEstimate.NORMAL, PageGeometry.TEXT_WIDTH));
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
