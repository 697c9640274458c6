package se.rapportverk.render.layout;

import java.util.ArrayList;
import java.util.List;

/** One page after layout: what is drawn on it, and whether it carries the running header. */
public final class LaidOutPage {

    /** The page index, from 0. */
    public final int index;
    /** A title page: neither running header nor footer. */
    public final boolean titlePage;
    /**
     * The first page of a document without a title page (a letter, a report that opens with its
     * own heading): it has the footer but not the running header, which would only repeat what
     * the page itself says at the top.
     */
    public final boolean firstPage;
    /** What is drawn, in drawing order. */
    public final List<PageItem> items = new ArrayList<>();

    LaidOutPage(int index, boolean titlePage, boolean firstPage) {
        this.index = index;
        this.titlePage = titlePage;
        this.firstPage = firstPage;
    }

    /** Whether the running header is drawn on this page. */
    public boolean hasRunningHeader() {
        return !titlePage && !firstPage;
    }

    /** Whether the footer is drawn on this page. */
    public boolean hasFooter() {
        return !titlePage;
    }
}
