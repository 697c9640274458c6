package se.rapportverk.render.pdf;

import java.util.BitSet;
import java.util.Map;
import java.util.WeakHashMap;

import org.openpdf.text.pdf.BaseFont;

import se.rapportverk.render.layout.Fonts;
import se.rapportverk.render.layout.Fonts.Face;
import se.rapportverk.render.layout.Fonts.Family;

/**
 * The fonts one PDF is written with: the faces of {@link Fonts}, loaded when first drawn (so the
 * fallback font is embedded only in a document that needs it), each an Identity-H subset, with
 * the characters drawn in each (which feed the deterministic subset names).
 *
 * <p>One instance per rendering, used by the thread that made it. The OpenPDF fonts themselves are
 * parsed once per thread and set of font files ({@link #loadedByThread}) and reused by the documents
 * that thread writes one after another. OpenPDF 3.0.5 keeps nothing of a document in a font: what a
 * document draws is recorded in the writer's own {@code FontDetails} (its glyphs, its ToUnicode
 * entries), the font's tables (widths, cmaps, kerning, bounding boxes) are only read after the
 * font is parsed, and its subset is read from a fresh {@code RandomAccessFileOrArray} over the font's
 * bytes each time it is written ({@code TrueTypeFontUnicode.writeFont}). The settings a font has
 * ({@code setSubset}, {@code setIncludeCidSet}, the compression level) are set when it is loaded
 * and never changed by OpenPDF's writer. A font is never used by two documents at the same time: it
 * belongs to one thread, and a document is written on the thread that renders it.
 */
final class FontSet {

    /**
     * The fonts each thread has parsed, by set of font files (weakly: a house style no longer in
     * use takes its fonts with it), by family and face ordinal; null until first drawn there.
     */
    private static final ThreadLocal<Map<Fonts, BaseFont[][]>> LOADED = ThreadLocal.withInitial(WeakHashMap::new);

    /** The fonts this document draws with, by family and face ordinal; null until first drawn. */
    private final BaseFont[][] fonts = new BaseFont[Family.values().length][Face.values().length];
    /** This thread's fonts of the source's files, shared with its other documents. */
    private final BaseFont[][] loaded;
    /** The thread that made this set: the only one that may use it (its fonts are that thread's). */
    private final Thread owner = Thread.currentThread();
    /** The code points drawn with each font, as a set of bits, by family and face ordinal. */
    private final BitSet[][] used = new BitSet[Family.values().length][Face.values().length];

    private final Fonts source;

    FontSet(Fonts source) {
        this.source = source;
        this.loaded = loadedByThread(source);
    }

    /** The fonts the current thread has parsed of the source's files (filled as they are drawn). */
    static BaseFont[][] loadedByThread(Fonts source) {
        return LOADED.get().computeIfAbsent(source,
                s -> new BaseFont[Family.values().length][Face.values().length]);
    }

    /** The font of a family's face, loaded on first use (by this thread: then reused). */
    BaseFont font(Family family, Face face) {
        BaseFont font = fonts[family.ordinal()][face.ordinal()];
        if (font == null) {
            if (Thread.currentThread() != owner) {
                throw new IllegalStateException("a document's fonts are used by the thread that renders it only");
            }
            font = loaded[family.ordinal()][face.ordinal()];
            if (font == null) {
                font = source.load(family, face);
                loaded[family.ordinal()][face.ordinal()] = font;
            }
            fonts[family.ordinal()][face.ordinal()] = font;
        }
        return font;
    }

    /** Records the characters drawn with a font (feeds the deterministic subset prefix). */
    void markUsed(Family family, Face face, String text) {
        BitSet set = used[family.ordinal()][face.ordinal()];
        if (set == null) {
            set = new BitSet();
            used[family.ordinal()][face.ordinal()] = set;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            set.set(cp);
            i += Character.charCount(cp);
        }
    }

    /**
     * The code points drawn with the fonts of the given PostScript name (the faces loaded that have
     * it), each once, in ascending order.
     */
    int[] usedBy(String postscriptName) {
        BitSet all = new BitSet();
        for (int family = 0; family < fonts.length; family++) {
            for (int face = 0; face < fonts[family].length; face++) {
                BaseFont font = fonts[family][face];
                BitSet set = used[family][face];
                if (font != null && set != null && font.getPostscriptFontName().equals(postscriptName)) {
                    all.or(set);
                }
            }
        }
        return all.stream().toArray();
    }

    /**
     * Gives each font this document draws with the source of its deterministic subset tag
     * ({@link SubsetNames}), from the characters drawn so far: called when everything is drawn,
     * before the document is closed (when OpenPDF writes the subsets and draws their tags).
     *
     * @return whether the tags written are then the deterministic ones (every font is TrueType);
     *         if not, {@link SubsetNames#pin} replaces them in the file
     */
    boolean pinSubsetTags(String documentId) {
        boolean trueType = true;
        for (int family = 0; family < fonts.length; family++) {
            for (int face = 0; face < fonts[family].length; face++) {
                BaseFont font = fonts[family][face];
                if (font != null) {
                    String key = SubsetNames.key(font.getPostscriptFontName());
                    font.setSecureRandom(SubsetNames.source(SubsetNames.prefix(documentId, key, this)));
                    trueType &= !hasCffTable(source.bytes(Family.values()[family], Face.values()[face]));
                }
            }
        }
        return trueType;
    }

    /**
     * Whether an OpenType font file has CFF outlines (a {@code CFF } table in its table directory),
     * as OpenPDF's {@code TrueTypeFont.checkCff} decides; an unreadable directory counts as one.
     */
    static boolean hasCffTable(byte[] font) {
        if (font.length < 12) {
            return true;
        }
        int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
        if (font.length < 12 + 16 * tables) {
            return true;
        }
        for (int t = 0; t < tables; t++) {
            int at = 12 + 16 * t;
            if (font[at] == 'C' && font[at + 1] == 'F' && font[at + 2] == 'F' && font[at + 3] == ' ') {
                return true;
            }
        }
        return false;
    }

    /** Width of text as drawn in the face, in points. */
    float width(String text, Face face, float size) {
        return source.width(text, face, size);
    }

}
