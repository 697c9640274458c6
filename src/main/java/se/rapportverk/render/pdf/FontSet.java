package se.rapportverk.render.pdf;

import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

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

    private record Key(Family family, Face face) {
    }

    private final Map<Key, BaseFont> fonts = new LinkedHashMap<>();
    /** The code points drawn with each font, as a set of bits. */
    private final Map<Key, BitSet> used = new LinkedHashMap<>();

    private final Fonts source;

    FontSet(Fonts source) {
        this.source = source;
    }

    /** The font of a family's face, loaded on first use. */
    BaseFont font(Family family, Face face) {
        return fonts.computeIfAbsent(new Key(family, face), k -> source.load(k.family(), k.face()));
    }

    /** Records the characters drawn with a font (feeds the deterministic subset prefix). */
    void markUsed(Family family, Face face, String text) {
        BitSet set = used.computeIfAbsent(new Key(family, face), k -> new BitSet());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            set.set(cp);
            i += Character.charCount(cp);
        }
    }

    /** The code points drawn with the font of the given PostScript name, each once, in ascending order. */
    int[] usedBy(String postscriptName) {
        BitSet all = new BitSet();
        fonts.forEach((key, font) -> {
            if (font.getPostscriptFontName().equals(postscriptName)) {
                BitSet set = used.get(key);
                if (set != null) {
                    all.or(set);
                }
            }
        });
        return all.stream().toArray();
    }

    /** Width of text as drawn in the face, in points. */
    float width(String text, Face face, float size) {
        return source.width(text, face, size);
    }

}
