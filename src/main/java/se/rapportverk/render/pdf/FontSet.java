package se.rapportverk.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeSet;

import org.openpdf.text.pdf.BaseFont;

/**
 * The four faces of Liberation Sans (metric-compatible with Arial), embedded as Identity-H
 * subsets, with text measurement and a fallback for characters the font lacks.
 *
 * <p>One instance per rendering: OpenPDF fonts carry state, and a fresh instance keeps one
 * document from influencing another.
 */
final class FontSet {

    /** A type face of the family. */
    enum Face {
        REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

        final String suffix;

        Face(String suffix) {
            this.suffix = suffix;
        }

        static Face of(boolean bold, boolean italic) {
            if (bold) {
                return italic ? BOLD_ITALIC : BOLD;
            }
            return italic ? ITALIC : REGULAR;
        }

        Face bold() {
            return this == ITALIC || this == BOLD_ITALIC ? BOLD_ITALIC : BOLD;
        }
    }

    private static final Map<Face, byte[]> FONT_BYTES = new EnumMap<>(Face.class);

    private final Map<Face, BaseFont> fonts = new EnumMap<>(Face.class);
    private final Map<Face, TreeSet<Integer>> used = new EnumMap<>(Face.class);

    FontSet() {
        for (Face face : Face.values()) {
            try {
                String name = "LiberationSans-" + face.suffix + ".ttf";
                BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        false, bytes(face), null);
                font.setSubset(true);
                // PDF/A-2/3: an incomplete CIDSet is an error, a missing one is not.
                font.setIncludeCidSet(false);
                fonts.put(face, font);
                used.put(face, new TreeSet<>());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (org.openpdf.text.DocumentException e) {
                throw new IllegalStateException("cannot load Liberation Sans " + face, e);
            }
        }
    }

    private static synchronized byte[] bytes(Face face) throws IOException {
        byte[] b = FONT_BYTES.get(face);
        if (b == null) {
            String resource = "/liberation/LiberationSans-" + face.suffix + ".ttf";
            try (InputStream in = FontSet.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException("font not on the class path: " + resource
                            + " (openpdf-fonts-extra is required)");
                }
                b = in.readAllBytes();
            }
            FONT_BYTES.put(face, b);
        }
        return b;
    }

    BaseFont font(Face face) {
        return fonts.get(face);
    }

    /** Width of text in points; the text must already be {@link #printable printable}. */
    float width(String text, Face face, float size) {
        return fonts.get(face).getWidthPoint(text, size);
    }

    /** Distance from the baseline to the top of the tallest glyphs, in points. */
    float ascent(Face face, float size) {
        return fonts.get(face).getFontDescriptor(BaseFont.ASCENT, size);
    }

    /** Records the characters drawn with a face (feeds the deterministic subset prefix). */
    void markUsed(Face face, String text) {
        TreeSet<Integer> set = used.get(face);
        text.codePoints().forEach(set::add);
    }

    /** The code points drawn with a face, in ascending order. */
    TreeSet<Integer> used(Face face) {
        return used.get(face);
    }

    /**
     * Text as it can be drawn with the face: characters the font lacks are replaced by a close
     * substitute (the original is kept as ActualText in the tagged PDF); control characters
     * become spaces, zero-width characters are dropped.
     */
    String printable(String text, Face face) {
        BaseFont font = fonts.get(face);
        StringBuilder sb = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            String replacement = null;
            if (cp == '\t' || cp == '\r' || cp == '\n' || (cp < 0x20) || (cp >= 0x7F && cp < 0xA0)) {
                replacement = " ";
            } else if (cp == 0x200B || cp == 0xFEFF || cp == 0x200C || cp == 0x200D || cp == 0x2060) {
                replacement = "";
            } else if (!font.charExists(cp)) {
                replacement = substitute(cp, font);
            }
            if (replacement != null && sb == null) {
                sb = new StringBuilder(text.length());
                sb.append(text, 0, i);
            }
            if (sb != null) {
                if (replacement != null) {
                    sb.append(replacement);
                } else {
                    sb.appendCodePoint(cp);
                }
            }
            i += n;
        }
        return sb == null ? text : sb.toString();
    }

    private static String substitute(int cp, BaseFont font) {
        String candidate = switch (cp) {
            case 0x2010, 0x2011 -> "-";
            case 0x2012 -> "\u2013";
            case 0x2007, 0x2008, 0x205F -> " ";
            case 0x2713, 0x2714, 0x2705 -> "\u221A";
            case 0x2717, 0x2718, 0x274C -> "\u00D7";
            case 0x2B24, 0x26AB, 0x1F534, 0x1F7E0, 0x1F7E1, 0x1F7E2 -> "\u25CF";
            case 0x2B55, 0x26AA -> "\u25CB";
            default -> "\uFFFD";
        };
        int first = candidate.codePointAt(0);
        if (font.charExists(first)) {
            return candidate;
        }
        return "?";
    }
}
