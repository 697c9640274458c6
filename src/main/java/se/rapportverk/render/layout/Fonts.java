package se.rapportverk.render.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

import se.rapportverk.husstil.Husstil;

/**
 * The fonts of a document and their metrics, read from the font files: the house style's text
 * font (Liberation Sans in the standard house style, metric-compatible with the Arial the Word
 * file names) and DejaVu Sans as the fallback for characters it lacks (arrows, check marks, many
 * symbols). Both renderers measure with these, so a line breaks at the same place in the PDF and
 * in the page plan of the Word file.
 *
 * <p>Measuring fonts are loaded once per set of font files and never written into a file; the PDF
 * renderer loads its own instances of the same files for writing (OpenPDF fonts carry state while
 * a file is written). An instance may be shared by renderings running at the same time.
 */
public final class Fonts {

    /** A type face of a family. */
    public enum Face {
        REGULAR, BOLD, ITALIC, BOLD_ITALIC;

        /** The face of bold and italic text. */
        public static Face of(boolean bold, boolean italic) {
            if (bold) {
                return italic ? BOLD_ITALIC : BOLD;
            }
            return italic ? ITALIC : REGULAR;
        }

        /** Whether the face is bold. */
        public boolean bold() {
            return this == BOLD || this == BOLD_ITALIC;
        }

        /** Whether the face is italic. */
        public boolean italic() {
            return this == ITALIC || this == BOLD_ITALIC;
        }
    }

    /** A font family: the main one, or the fallback for what it lacks. */
    public enum Family {
        /** The house style's text font. */
        MAIN,
        /** DejaVu Sans, embedded only when a text needs it. */
        FALLBACK
    }

    private static final String FALLBACK_PREFIX = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans";
    private static final String[] FALLBACK_SUFFIXES = {"", "-Bold", "-Oblique", "-BoldOblique"};

    /** The fallback faces' bytes, shared by every set of fonts. */
    private static final Map<Face, byte[]> FALLBACK_BYTES = new EnumMap<>(Face.class);
    private static final Map<Face, BaseFont> FALLBACK_MEASURING = new EnumMap<>(Face.class);
    private static final Map<Husstil.Fonts, Fonts> BY_HOUSE_STYLE = new java.util.WeakHashMap<>();

    /** The replacement character, drawn (from the fallback font) where no font has a glyph. */
    public static final int REPLACEMENT = 0xFFFD;

    /** The main family's faces: file name and bytes, by face. */
    private final Husstil.FontFile[] main;
    /** The main family's measuring fonts, by face ordinal: loaded at once, read without locking. */
    private final BaseFont[] mainMeasuring;

    /**
     * Characters below this (Latin, Greek, Cyrillic, the general punctuation, currency and maths
     * signs) are looked up in the tables below rather than in the font.
     */
    static final int TABLED = 0x2300;
    /**
     * The main family's width of each character below {@link #TABLED}, by face ordinal, as OpenPDF
     * measures a text of that one character (in thousandths of the size): OpenPDF's width of a text
     * of such characters is the sum of theirs, so the sum is the same to the last bit.
     */
    private final int[][] mainWidths;
    /** Whether the main family's face has a glyph for each character below {@link #TABLED}. */
    private final boolean[][] mainHas;
    /**
     * Whether each character below {@link #TABLED} is drawn as written in the main family's face: it
     * has the glyph, and the character is neither a control nor an invisible one ({@link #drawn}
     * would change or drop it).
     */
    private final boolean[][] mainAsWritten;
    /**
     * Whether the tables are used: the faces are OpenPDF's Unicode TrueType (or OpenType) fonts,
     * whose width of a text is the sum of its characters' (any font a house style can name is).
     */
    private final boolean tabled;

    private Fonts(Husstil.Fonts files) {
        this.main = files.faces().toArray(new Husstil.FontFile[0]);
        this.mainMeasuring = new BaseFont[main.length];
        this.mainWidths = new int[main.length][TABLED];
        this.mainHas = new boolean[main.length][TABLED];
        this.mainAsWritten = new boolean[main.length][TABLED];
        boolean additive = true;
        for (Face face : Face.values()) {
            BaseFont font = load(Family.MAIN, face);
            mainMeasuring[face.ordinal()] = font;
            for (char c = 0; c < TABLED; c++) {
                mainWidths[face.ordinal()][c] = font.getWidth(String.valueOf(c));
                mainHas[face.ordinal()][c] = font.charExists(c);
                mainAsWritten[face.ordinal()][c] = mainHas[face.ordinal()][c] && !(c < 0x20 || (c >= 0x7F && c < 0xA0))
                        && !isInvisible(c);
            }
            additive &= font.getClass().getName().equals("org.openpdf.text.pdf.TrueTypeFontUnicode");
        }
        this.tabled = additive;
    }

    /** The fonts of the standard house style. */
    public static Fonts standard() {
        return of(Husstil.standard().fonts());
    }

    /** The fonts of a house style's font files (one instance per set of files). */
    public static Fonts of(Husstil.Fonts files) {
        synchronized (BY_HOUSE_STYLE) {
            return BY_HOUSE_STYLE.computeIfAbsent(files, Fonts::new);
        }
    }

    /** The bytes of a family's face. */
    public byte[] bytes(Family family, Face face) {
        return family == Family.MAIN ? main[face.ordinal()].bytes() : fallbackBytes(face);
    }

    /** The file name of a family's face, as OpenPDF is told it. */
    private String name(Family family, Face face) {
        return family == Family.MAIN ? main[face.ordinal()].file()
                : FALLBACK_PREFIX.substring(1) + FALLBACK_SUFFIXES[face.ordinal()] + ".ttf";
    }

    private static synchronized byte[] fallbackBytes(Face face) {
        byte[] b = FALLBACK_BYTES.get(face);
        if (b == null) {
            String resource = FALLBACK_PREFIX + FALLBACK_SUFFIXES[face.ordinal()] + ".ttf";
            try (InputStream in = Fonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font not on the class path: " + resource);
                }
                b = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            FALLBACK_BYTES.put(face, b);
        }
        return b;
    }

    /** A new OpenPDF font of the family's face, embedded as an Identity-H subset. */
    public BaseFont load(Family family, Face face) {
        try {
            BaseFont font = BaseFont.createFont(name(family, face), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                    bytes(family, face), null);
            font.setSubset(true);
            // PDF/A-2/3: an incomplete CIDSet is an error, a missing one is not.
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot load " + name(family, face), e);
        }
    }

    private BaseFont measuring(Family family, Face face) {
        if (family == Family.FALLBACK) {
            synchronized (FALLBACK_MEASURING) {
                return FALLBACK_MEASURING.computeIfAbsent(face, f -> load(Family.FALLBACK, f));
            }
        }
        return mainMeasuring[face.ordinal()];
    }

    /** Whether the family's face has a glyph for the character. */
    public boolean has(Family family, Face face, int cp) {
        if (tabled && family == Family.MAIN && cp >= 0 && cp < TABLED) {
            return mainHas[face.ordinal()][cp];
        }
        return measuring(family, face).charExists(cp);
    }

    /**
     * The family a character is drawn with: the main font when it has the glyph, else the
     * fallback; {@code null} when neither has it (it is then drawn as {@link #REPLACEMENT}).
     */
    public Family familyOf(int cp, Face face) {
        if (has(Family.MAIN, face, cp)) {
            return Family.MAIN;
        }
        if (has(Family.FALLBACK, face, cp)) {
            return Family.FALLBACK;
        }
        return null;
    }

    /** Whether some font of the documents can show the character. */
    public boolean canShow(int cp) {
        return isInvisible(cp) || familyOf(cp, Face.REGULAR) != null;
    }

    /**
     * The characters of a text that no font of the documents can show, each once, in order of
     * first appearance: they are drawn as {@link #REPLACEMENT} in the PDF.
     */
    public java.util.List<Integer> missing(String text) {
        java.util.LinkedHashSet<Integer> out = new java.util.LinkedHashSet<>();
        text.codePoints().filter(cp -> !canShow(cp)).forEach(out::add);
        return java.util.List.copyOf(out);
    }

    /** Control and zero-width characters: never drawn (control characters as a space). */
    public static boolean isInvisible(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0x200B || cp == 0xFEFF || cp == 0x200C
                || cp == 0x200D || cp == 0x2060 || cp == 0x00AD;
    }

    /** Width in points of text in one family's face; the text must consist of glyphs it has. */
    public float width(String text, Family family, Face face, float size) {
        if (tabled && family == Family.MAIN) {
            int[] widths = mainWidths[face.ordinal()];
            int sum = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= TABLED) {
                    return measuring(family, face).getWidthPoint(text, size);
                }
                sum += widths[c];
            }
            // As BaseFont.getWidthPoint: the width in thousandths, times 0.001, times the size.
            return sum * 0.001f * size;
        }
        return measuring(family, face).getWidthPoint(text, size);
    }

    /** Width in points of text as drawn: each character in the family that has it. */
    public float width(String text, Face face, float size) {
        if (tabled) {
            // A text all drawn as written in the main family (one part, the text itself, as drawn
            // would give it): the sum of its characters' widths, as width(text, MAIN, face, size).
            // (The loop is allAsWritten's, summing on the way.)
            boolean[] asWritten = mainAsWritten[face.ordinal()];
            int[] widths = mainWidths[face.ordinal()];
            int sum = 0;
            boolean all = true;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c >= TABLED || !asWritten[c]) {
                    all = false;
                    break;
                }
                sum += widths[c];
            }
            if (all) {
                return sum * 0.001f * size;
            }
        }
        float w = 0;
        for (Drawn part : drawn(text, face)) {
            w += width(part.text(), part.family(), face, size);
        }
        return w;
    }

    /**
     * Whether the whole text is drawn as written, in the main family: {@link #drawn} gives it as one
     * part, the text itself (for an empty text, none).
     */
    private boolean allAsWritten(String text, Face face) {
        if (!tabled) {
            return false;
        }
        boolean[] asWritten = mainAsWritten[face.ordinal()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= TABLED || !asWritten[c]) {
                return false;
            }
        }
        return true;
    }

    /**
     * The main family's width of each character below {@link #TABLED} in the face (thousandths of the
     * size), or null when the tables are not used; shared, never to be changed.
     */
    int[] tabledWidths(Face face) {
        return tabled ? mainWidths[face.ordinal()] : null;
    }

    /**
     * Whether each character below {@link #TABLED} is drawn as written in the main family's face (as
     * {@link #drawn} would give it), or null when the tables are not used; shared, never to be changed.
     */
    boolean[] tabledAsWritten(Face face) {
        return tabled ? mainAsWritten[face.ordinal()] : null;
    }

    /** Distance from the baseline to the top of the main font's tallest glyphs, in points. */
    public float ascent(Face face, float size) {
        return measuring(Family.MAIN, face).getFontDescriptor(BaseFont.ASCENT, size);
    }

    /**
     * A piece of text as it is drawn: in one family, the glyphs it has ({@code text}); with the
     * text as written when it differs ({@code original}, else null), kept as ActualText in the PDF.
     */
    public record Drawn(String text, Family family, String original) {
    }

    /**
     * Text as it is drawn with the face: control characters become spaces, zero-width characters
     * and soft hyphens are dropped, characters the main font lacks are drawn with the fallback,
     * and characters no font has are drawn as {@link #REPLACEMENT}, with the original kept.
     */
    public java.util.List<Drawn> drawn(String text, Face face) {
        java.util.List<Drawn> parts = new java.util.ArrayList<>();
        if (!text.isEmpty() && allAsWritten(text, face)) {
            parts.add(new Drawn(text, Family.MAIN, null)); // what the loop below makes of it
            return parts;
        }
        StringBuilder same = new StringBuilder();
        Family sameFamily = Family.MAIN;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\r' || cp == '\n' || (cp < 0x20) || (cp >= 0x7F && cp < 0xA0)) {
                cp = ' ';
            } else if (isInvisible(cp)) {
                continue;
            }
            Family family = familyOf(cp, face);
            if (family == null) {
                flush(parts, same, sameFamily);
                parts.add(new Drawn(Character.toString(REPLACEMENT), Family.FALLBACK, Character.toString(cp)));
                continue;
            }
            if (family != sameFamily) {
                flush(parts, same, sameFamily);
                sameFamily = family;
            }
            same.appendCodePoint(cp);
        }
        flush(parts, same, sameFamily);
        return parts;
    }

    private static void flush(java.util.List<Drawn> parts, StringBuilder same, Family family) {
        if (!same.isEmpty()) {
            parts.add(new Drawn(same.toString(), family, null));
            same.setLength(0);
        }
    }
}
