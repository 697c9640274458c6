package se.rapportverk.workbook;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A picture of the sheet {@code Bilder}: its name, the text a screen reader reads for it, an optional
 * caption, and the image file placed in its row (read from the sheet's drawing by
 * {@link WorkbookImages}). A text shows it by a line {@code [bild: Namn]} of its own.
 *
 * @param namn        the name texts refer to it by (the Namn cell)
 * @param altText     the alternative text (the Alt-text cell), never empty
 * @param bildtext    the caption (the Bildtext cell), if given
 * @param format      PNG or JPEG
 * @param bytes       the image file as stored in the workbook (not copied; never changed)
 * @param widthPx     its width in pixels
 * @param heightPx    its height in pixels
 * @param widthPoints the width it is shown at in the workbook, in points; 0 when the workbook does not say
 */
public record Bild(Text namn, Text altText, Optional<Text> bildtext, Format format, byte[] bytes, int widthPx,
                   int heightPx, double widthPoints) {

    /** The image formats a picture may have. */
    public enum Format { PNG, JPEG }

    /** A line that shows a picture: {@code [bild: Namn]}, in any case, spaces allowed. */
    private static final Pattern REFERENCE = Pattern.compile("\\[\\s*bild\\s*:\\s*([^\\]]*?)\\s*\\]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * The name a line of text refers to, when the line is a picture reference ({@code [bild: Organisation]}
     * alone on its line, surrounding spaces aside); the one place where the syntax is written.
     */
    public static Optional<String> reference(String line) {
        if (line.indexOf('[') < 0) {
            return Optional.empty(); // no reference without its bracket (most lines: no regex needed)
        }
        Matcher m = REFERENCE.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The key a name is matched by, as Texter's Avsnitt are: case, å/ä/ö, spaces and hyphens do not matter. */
    public static String key(String name) {
        return Names.key(name);
    }
}
