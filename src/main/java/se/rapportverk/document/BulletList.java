package se.rapportverk.document;

import java.util.List;

/**
 * A bulleted list; each item is a run of spans.
 *
 * @param items   the items
 * @param sources the workbook cells the list shows (the text cell it was written from), for placing
 *                remarks; {@link Sources#NONE} when none
 * @param remark  a remark of its own for the reader of an editable document, or empty
 */
public record BulletList(List<List<Span>> items, Sources sources, String remark) implements Block {
    public BulletList {
        items = items.stream().map(List::copyOf).toList();
        java.util.Objects.requireNonNull(sources, "sources");
        java.util.Objects.requireNonNull(remark, "remark");
    }

    /** A list that shows no workbook cells. */
    public BulletList(List<List<Span>> items) {
        this(items, Sources.NONE, "");
    }

    /** The same list showing the given cells, with the given remark of its own. */
    public BulletList annotated(Sources newSources, String newRemark) {
        return new BulletList(items, newSources, newRemark);
    }
}
