package se.rapportverk.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;

import se.rapportverk.render.layout.Fonts;
import se.rapportverk.render.layout.Fonts.Face;
import se.rapportverk.render.layout.Fonts.Family;

/**
 * The characters a PDF's fonts draw (which name their subsets) are those of the texts drawn with
 * them: each code point once, in ascending order, as a sorted set of the texts' code points has them,
 * for the faces that share a PostScript name together.
 */
class FontSetProperties {

    private static final Fonts FONTS = Fonts.standard();

    /** A text drawn with one face of one family. */
    record Drawn(Family family, Face face, String text) {
    }

    @Provide
    Arbitrary<List<Drawn>> drawings() {
        Arbitrary<String> text = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of('a', 'ö', 'Å', ' ', '\u00A0', '-', '\u2013', '1', ',')),
                net.jqwik.api.Tuple.of(1, Arbitraries.chars()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of('\uD83D', '\uDE00', '\uD800'))) // pairs and lone halves
                .list().ofMaxSize(20).map(cs -> {
                    StringBuilder sb = new StringBuilder();
                    cs.forEach(sb::append);
                    return sb.toString();
                });
        return Combinators.combine(Arbitraries.of(Family.class), Arbitraries.of(Face.class), text)
                .as(Drawn::new).list().ofMaxSize(30);
    }

    @Property(tries = 40)
    void theCharactersUsedAreThoseDrawnInAscendingOrder(@ForAll("drawings") List<Drawn> drawn) {
        FontSet set = new FontSet(FONTS);
        for (Drawn d : drawn) {
            set.font(d.family(), d.face());
            set.markUsed(d.family(), d.face(), d.text());
        }
        for (Family family : Family.values()) {
            for (Face face : Face.values()) {
                String name = set.font(family, face).getPostscriptFontName();
                TreeSet<Integer> expected = new TreeSet<>();
                for (Drawn d : drawn) {
                    if (set.font(d.family(), d.face()).getPostscriptFontName().equals(name)) {
                        d.text().codePoints().forEach(expected::add);
                    }
                }
                assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), set.usedBy(name),
                        family + " " + face);
            }
        }
    }

    @Test
    void aFontNothingWasDrawnWithHasNoCharacters() {
        FontSet set = new FontSet(FONTS);
        set.markUsed(Family.MAIN, Face.BOLD, "Åb\uD83D\uDE00a");
        String bold = set.font(Family.MAIN, Face.BOLD).getPostscriptFontName();
        assertArrayEquals(new int[] {'a', 'b', 0xC5, 0x1F600}, set.usedBy(bold));
        assertArrayEquals(new int[0], set.usedBy(set.font(Family.MAIN, Face.REGULAR).getPostscriptFontName()));
    }
}
