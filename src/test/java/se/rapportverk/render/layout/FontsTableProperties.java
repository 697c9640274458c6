package se.rapportverk.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.BaseFont;

import se.rapportverk.render.layout.Fonts.Face;
import se.rapportverk.render.layout.Fonts.Family;

/**
 * The widths and glyphs Fonts keeps in tables are OpenPDF's own, to the last bit: measured here
 * with a font loaded from the same file and asked directly.
 */
class FontsTableProperties {

    private static final Fonts FONTS = Fonts.standard();
    private static final BaseFont[] DIRECT = new BaseFont[Face.values().length];
    private static final BaseFont[] FALLBACK = new BaseFont[Face.values().length];

    static {
        for (Face f : Face.values()) {
            DIRECT[f.ordinal()] = FONTS.load(Family.MAIN, f);
            FALLBACK[f.ordinal()] = FONTS.load(Family.FALLBACK, f);
        }
    }

    @Test
    void everyTabledCharacterHasTheFontsGlyphAndWidth() {
        for (Face f : Face.values()) {
            for (int c = 0; c < 0x2400; c++) {
                assertEquals(DIRECT[f.ordinal()].charExists(c), FONTS.has(Family.MAIN, f, c), f + " U+" + Integer.toHexString(c));
                String s = String.valueOf((char) c);
                assertEquals(Float.floatToIntBits(DIRECT[f.ordinal()].getWidthPoint(s, 9f)),
                        Float.floatToIntBits(FONTS.width(s, Family.MAIN, f, 9f)), f + " U+" + Integer.toHexString(c));
            }
        }
        // Liberation Sans has å and the en dash, not the check mark (the fallback draws it).
        assertEquals(true, FONTS.has(Family.MAIN, Face.REGULAR, 'å'));
        assertEquals(true, FONTS.has(Family.MAIN, Face.REGULAR, '\u2013'));
        assertEquals(false, FONTS.has(Family.MAIN, Face.REGULAR, '\u2713'));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<Character> common = Arbitraries.of('a', 'ö', 'Å', ' ', '\u00A0', '-', '\u2013', '\u2212', '%', '1',
                ',', '\u00AD', '\t', '\n', '\u200B', '\u2713', '\u2192', '\u20AC', '\u0416', '\u4E2D', '\uFFFD');
        Arbitrary<Character> any = Arbitraries.chars();
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, common), net.jqwik.api.Tuple.of(1, any))
                .list().ofMaxSize(30).map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                });
    }

    @Property(tries = 3000)
    void aTextIsAsWideAsOpenPdfMeasuresItsDrawnParts(@ForAll("texts") String text,
                                                     @ForAll("faces") Face face, @ForAll("sizes") float size) {
        float expected = 0;
        for (Fonts.Drawn part : FONTS.drawn(text, face)) {
            BaseFont font = part.family() == Family.MAIN ? DIRECT[face.ordinal()] : FALLBACK[face.ordinal()];
            expected += font.getWidthPoint(part.text(), size);
        }
        assertEquals(Float.floatToIntBits(expected), Float.floatToIntBits(FONTS.width(text, face, size)), text);
        if (FONTS.drawn(text, face).stream().allMatch(p -> p.family() == Family.MAIN)) {
            String drawn = String.join("", FONTS.drawn(text, face).stream().map(Fonts.Drawn::text).toList());
            assertEquals(Float.floatToIntBits(DIRECT[face.ordinal()].getWidthPoint(drawn, size)),
                    Float.floatToIntBits(FONTS.width(drawn, Family.MAIN, face, size)), drawn);
        }
    }

    @Provide
    Arbitrary<Face> faces() {
        return Arbitraries.of(Face.class);
    }

    @Provide
    Arbitrary<Float> sizes() {
        return Arbitraries.of(6.5f, 8f, 9f, 9.5f, 10f, 11f, 14f, 22f);
    }
}
