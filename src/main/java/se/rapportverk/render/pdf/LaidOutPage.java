package se.rapportverk.render.pdf;

import java.util.ArrayList;
import java.util.List;

/** One page after layout: what is drawn on it, and whether it carries the running header. */
final class LaidOutPage {

    final int index;
    final boolean titlePage;
    final List<PageItem> items = new ArrayList<>();

    LaidOutPage(int index, boolean titlePage) {
        this.index = index;
        this.titlePage = titlePage;
    }
}
