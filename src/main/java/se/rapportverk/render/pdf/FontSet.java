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

    /** Width of text as drawn in the face, in points. */
    float width(String text, Face face, float size) {
        return source.width(text, face, size);
    }

}
