package se.rapportverk.render.pdf;

import java.util.ArrayList;
import java.util.List;

/** One page after layout: what is drawn on it, and whether it carries the running header. */
final class LaidOutPage {

    final int index;
    /** A title page: neither running header nor footer. */
    final boolean titlePage;
    /**
     * The first page of a document without a title page (a letter, a report that opens with its
     * own heading): it has the footer but not the running header, which would only repeat what
     * the page itself says at the top.
     */
    final boolean firstPage;
    final List<PageItem> items = new ArrayList<>();

    LaidOutPage(int index, boolean titlePage, boolean firstPage) {
        this.index = index;
        this.titlePage = titlePage;
        this.firstPage = firstPage;
    }

    /** Whether the running header is drawn on this page. */
    boolean hasRunningHeader() {
        return !titlePage && !firstPage;
    }

    /** Whether the footer is drawn on this page. */
    boolean hasFooter() {
        return !titlePage;
    }
}
