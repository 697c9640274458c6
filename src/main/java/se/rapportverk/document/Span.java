package se.rapportverk.document;

import java.util.Objects;

/**
 * A run of text with one style. Text is always shown exactly as given: it is never interpreted
 * as markup by any renderer.
 *
 * @param text   the text, shown as is
 * @param bold   bold weight
 * @param italic italic style
 * @param colour an RGB colour as six hex digits ({@code "2E7D32"}), or {@code null} for the text colour
 */
public record Span(String text, boolean bold, boolean italic, String colour) {

    public Span {
        Objects.requireNonNull(text, "text");
        if (colour != null && !colour.matches("[0-9A-F]{6}")) {
            throw new IllegalArgumentException("colour must be six upper-case hex digits: " + colour);
        }
    }

    /** Plain text. */
    public static Span plain(String text) {
        return new Span(text, false, false, null);
    }

    /** Bold text. */
    public static Span bold(String text) {
        return new Span(text, true, false, null);
    }

    /** Italic text. */
    public static Span italic(String text) {
        return new Span(text, false, true, null);
    }

    /** The same text and colour in bold. */
    public Span asBold() {
        return new Span(text, true, italic, colour);
    }
}
