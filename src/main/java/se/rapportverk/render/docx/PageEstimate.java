package se.rapportverk.render.docx;

import java.util.List;

import se.rapportverk.document.Block;

/** Placeholder: page numbers are not estimated yet. */
final class PageEstimate {

    static PageEstimate of(List<Block> blocks, HeadingAnchors anchors) {
        return new PageEstimate();
    }

    String pageOf(int bookmarkId) {
        return "";
    }

    int pageCount() {
        return 1;
    }
}
