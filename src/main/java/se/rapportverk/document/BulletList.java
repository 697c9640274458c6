package se.rapportverk.document;

import java.util.List;

/** A bulleted list; each item is a run of spans. */
public record BulletList(List<List<Span>> items) implements Block {
    public BulletList {
        items = items.stream().map(List::copyOf).toList();
    }
}
