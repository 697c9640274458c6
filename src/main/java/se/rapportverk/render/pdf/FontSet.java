package se.rapportverk.render.pdf;

import java.util.BitSet;

import org.openpdf.text.pdf.BaseFont;

import se.rapportverk.render.layout.Fonts;
import se.rapportverk.render.layout.Fonts.Face;
import se.rapportverk.render.layout.Fonts.Family;

/**
 * The fonts one PDF is written with: the faces of {@link Fonts}, loaded when first drawn (so the
 * fallback font is embedded only in a document that needs it), each an Identity-H subset, with
 * the characters drawn in each (which feed the deterministic subset names).
 *
 * <p>One instance per rendering: OpenPDF fonts carry state, and a fresh instance keeps one
 * document from influencing another.
 */
final class FontSet {

    /** The fonts loaded, by family and face ordinal; null until first drawn. */
    private final BaseFont[][] fonts = new BaseFont[Family.values().length][Face.values().length];
    /** The code points drawn with each font, as a set of bits, by family and face ordinal. */
    private final BitSet[][] used = new BitSet[Family.values().length][Face.values().length];

    private final Fonts source;

    FontSet(Fonts source) {
        this.source = source;
    }

    /** The font of a family's face, loaded on first use. */
    BaseFont font(Family family, Face face) {
        BaseFont font = fonts[family.ordinal()][face.ordinal()];
        if (font == null) {
            font = source.load(family, face);
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
