package se.rapportverk.document;

import java.util.List;

/** A list numbered 1., 2., 3. … (for example Förslag till beslut). */
public record NumberedList(List<List<Span>> items) implements Block {
    public NumberedList {
        items = items.stream().map(List::copyOf).toList();
    }
}
