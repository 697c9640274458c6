package se.rapportverk.document;

import java.util.Objects;

/**
 * A heading of level 1 to 3.
 *
 * @param level    1, 2 or 3 (Word's Heading 1–3, PDF outline depth)
 * @param number   the section number shown before the text ({@code "4.2"}), or empty when unnumbered;
 *                 assigned by {@link Numbering}, never by a template
 * @param text     the heading text
 * @param numbered whether the heading takes part in section numbering
 * @param inToc    whether the heading is listed in the table of contents
 */
public record Heading(int level, String number, String text, boolean numbered, boolean inToc) implements Block {

    public Heading {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level must be 1–3: " + level);
        }
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
    }

    /** The heading as shown: number, a space and the text; or the text alone. */
    public String displayText() {
        return number.isEmpty() ? text : number + " " + text;
    }

    /** The same heading with the given number. */
    public Heading withNumber(String newNumber) {
        return new Heading(level, newNumber, text, numbered, inToc);
    }
}
