package se.rapportverk.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.FloatRange;

import org.junit.jupiter.api.Test;

import se.rapportverk.render.layout.Fonts.Face;
import se.rapportverk.render.layout.LineBreaker.Line;
import se.rapportverk.render.layout.LineBreaker.Styled;

/**
 * A plain text (runs whose every character is drawn as written in the main font) is broken on the
 * text itself rather than word by word; it gives the same lines as the general way, to the bit (the
 * widths and positions compared as records compare floats), the same line count and the same
 * widest unbreakable piece, and records the same words as broken inside. Texts that are not plain
 * (line feeds, soft hyphens, tabs, symbols from the fallback font) and plain texts
 * that need a hyphen are among the cases: they must come out the same too.
 */
class PlainLinesProperties {

    private static final Fonts FONTS = Fonts.standard();

    @Provide
    Arbitrary<List<Styled>> runs() {
        Arbitrary<String> known = Arbitraries.of("Avvikelse", "volym", "prognos", "mot", "budget", "2025", "mkr",
                "Bemanningsutrymme", "LSS-boenden", "–", "—", "/", "-", "1\u00A0092,2", "-51,2", "21,1\u00A0%",
                "Resultaträkning!I2", "a", "i", " ", "  ", "(Äldreomsorg),", "x/y", "a-1", "verksamhetsområdesövergripande",
                "e3b0c44298fc1c149afbf4c8996fb924", "\n", "\t", "\u00ADmjuk\u00ADt", "\u2192", "\u2713", "\u200B", "\u0001",
                "\u202F", "\u00A0", "ÅÄÖåäö", "\u03A9");
        Arbitrary<String> random = Arbitraries.strings().withCharRange(' ', '\u00FF').withChars("-–—/ \u00A0")
                .ofMinLength(1).ofMaxLength(14);
        Arbitrary<String> word = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, known), net.jqwik.api.Tuple.of(1, random));
        Arbitrary<String> text = Combinators.combine(word.list().ofMinSize(0).ofMaxSize(16),
                Arbitraries.of(" ", "", "-", "  ")).as((ws, sep) -> String.join(sep, ws));
        Arbitrary<Styled> run = Combinators.combine(text, Arbitraries.of(Face.class), Arbitraries.of(8f, 9f, 10.5f, 16f),
                Arbitraries.of("https://example.se", null)).as((t, face, size, link) ->
                        new Styled(t, face, size, Color.BLACK, link));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(3, run.list().ofSize(1)),
                net.jqwik.api.Tuple.of(2, run.list().ofMinSize(2).ofMaxSize(4)));
    }

    @Property(tries = 3000)
    void theSameLinesAsTheGeneralWay(@ForAll("runs") List<Styled> runs,
                                     @ForAll @FloatRange(min = 2f, max = 500f) float width) {
        LineBreaker plain = new LineBreaker(FONTS);
        LineBreaker general = new LineBreaker(FONTS);
        List<Line> expected = general.breakGenerally(runs, width);
        assertEquals(expected, plain.breakLines(runs, width), () -> runs + " at " + width);
        assertEquals(List.copyOf(general.brokenWords()), List.copyOf(plain.brokenWords()));
        assertEquals(expected.size(), new LineBreaker(FONTS).lineCount(runs, width));
        assertEquals(Float.floatToIntBits(general.widestUnbreakableGenerally(runs)),
                Float.floatToIntBits(plain.widestUnbreakable(runs)), () -> runs.toString());
    }

    @Property(tries = 1000)
    void theSameLinesAtWidthsNearTheText(@ForAll("runs") List<Styled> runs,
                                         @ForAll @FloatRange(min = -0.02f, max = 0.02f) float off) {
        // Widths at a hair from the text's own width and its widest word's: where rounding would show.
        LineBreaker probe = new LineBreaker(FONTS);
        Styled s = runs.get(0);
        for (float width : new float[] {FONTS.width(s.text(), s.face(), s.size()) + off,
                probe.widestUnbreakable(runs) + off, probe.widestUnbreakable(runs) + 0.01f + off}) {
            if (!(width > 0)) {
                continue;
            }
            LineBreaker plain = new LineBreaker(FONTS);
            LineBreaker general = new LineBreaker(FONTS);
            assertEquals(general.breakGenerally(runs, width), plain.breakLines(runs, width), () -> runs + " at " + width);
            assertEquals(List.copyOf(general.brokenWords()), List.copyOf(plain.brokenWords()));
        }
    }

    @Test
    void plainRunsAreBrokenAsOneTextWithASegmentPerRun() {
        // Written by hand: "Uppfyllt" bold, then regular text; the dash at the end of a run looks at the next run.
        List<Styled> runs = List.of(new Styled("Uppfyllt", Face.BOLD, 10.5f, Color.BLACK),
                new Styled(" – målet bedöms vara uppnått vid årets slut.", Face.REGULAR, 10.5f, Color.BLACK),
                new Styled("", Face.ITALIC, 10.5f, Color.BLACK),
                new Styled(" LSS-", Face.REGULAR, 10.5f, Color.BLACK), new Styled("boenden", Face.ITALIC, 10.5f, Color.BLACK));
        LineBreaker breaker = new LineBreaker(FONTS);
        float width = FONTS.width("Uppfyllt", Face.BOLD, 10.5f) + FONTS.width(" – målet bedöms vara", Face.REGULAR, 10.5f);
        List<Line> lines = breaker.breakLines(runs, width);
        assertEquals(List.of("Uppfyllt – målet bedöms vara", "uppnått vid årets slut. LSS-", "boenden"),
                lines.stream().map(Line::plainText).toList());
        assertEquals(2, lines.get(0).segments().size());
        assertEquals(Face.ITALIC, lines.get(2).segments().get(0).face());
        assertEquals(lines, new LineBreaker(FONTS).breakGenerally(runs, width));
        // A dash at the end of a run before a bracket does not end the word: "Budget-(2025)" is one.
        List<Styled> dash = List.of(new Styled("Budget-", Face.REGULAR, 9f, Color.BLACK),
                new Styled("(2025) och", Face.REGULAR, 9f, Color.BLACK));
        float word = FONTS.width("Budget-(2025)", Face.REGULAR, 9f);
        for (float w : new float[] {word - 1f, word, word + 1f, 2 * word}) {
            assertEquals(new LineBreaker(FONTS).breakGenerally(dash, w), new LineBreaker(FONTS).breakLines(dash, w));
        }
    }

    @Test
    void aPlainTextIsBrokenAtItsSpacesAndDashes() {
        // Written by hand: three lines at the width of "Avvikelse volym", the dash between letters a break.
        Styled text = new Styled("Avvikelse volym LSS-boenden ", Face.REGULAR, 9f, Color.BLACK);
        LineBreaker breaker = new LineBreaker(FONTS);
        float width = FONTS.width("Avvikelse volym", Face.REGULAR, 9f);
        List<Line> lines = breaker.breakLines(List.of(text), width);
        assertEquals(List.of("Avvikelse volym", "LSS-boenden"), lines.stream().map(Line::plainText).toList());
        assertEquals(width, lines.get(0).width());
        assertTrue(breaker.brokenWords().isEmpty());
    }
}
