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
 * @param sources  the workbook cells the heading shows (its text's cell, or the sheets its section is
 *                 about), for placing remarks; {@link Sources#NONE} when none
 * @param remark   a remark of its own for the reader of an editable document, or empty
 */
public record Heading(int level, String number, String text, boolean numbered, boolean inToc, Sources sources,
                      String remark) implements Block {

    /** A heading that shows no workbook cells. */
    public Heading(int level, String number, String text, boolean numbered, boolean inToc) {
        this(level, number, text, numbered, inToc, Sources.NONE, "");
    }

    public Heading {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level must be 1–3: " + level);
        }
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(remark, "remark");
    }

    /** The heading as shown: number, a space and the text; or the text alone. */
    public String displayText() {
        return number.isEmpty() ? text : number + " " + text;
    }

    /** The same heading with the given number. */
    public Heading withNumber(String newNumber) {
        return new Heading(level, newNumber, text, numbered, inToc, sources, remark);
    }

    /** The same heading showing the given cells, with the given remark of its own. */
    public Heading annotated(Sources newSources, String newRemark) {
        return new Heading(level, number, text, numbered, inToc, newSources, newRemark);
    }
}
