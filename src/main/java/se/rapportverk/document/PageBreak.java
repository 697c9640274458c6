package se.rapportverk.document;

/** Starts a new page. */
public record PageBreak() implements Block {
}
