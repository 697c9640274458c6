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
import se.rapportverk.render.layout.LineBreaker.Styled;

/**
 * Counting the lines of a text at a width (how a column header's width is found) gives as many
 * lines as breaking it does, and leaves no word recorded as broken inside.
 */
class LineCountProperties {

    private static final Fonts FONTS = Fonts.standard();

    @Provide
    Arbitrary<List<Styled>> runs() {
        Arbitrary<String> word = Arbitraries.of("Avvikelse", "volym", "prognos", "mot", "budget", "2025",
                "Bemanningsutrymme", "LSS-boenden", "–", "1\u00A0092,2", "Resultaträkning!I2", "a", "\n", "  ",
                "verksamhetsområdesövergripande", "\u00ADmjuk\u00ADt", "e3b0c44298fc1c149afbf4c8996fb924");
        Arbitrary<String> text = word.list().ofMinSize(0).ofMaxSize(12).map(ws -> String.join(" ", ws));
        Arbitrary<Styled> run = Combinators.combine(text, Arbitraries.of(Face.class),
                Arbitraries.of(8f, 9f, 10.5f)).as((t, face, size) -> new Styled(t, face, size, Color.BLACK));
        return run.list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 500)
    void asManyLinesAsBreakingGives(@ForAll("runs") List<Styled> runs,
                                    @ForAll @FloatRange(min = 4f, max = 400f) float width) {
        LineBreaker counter = new LineBreaker(FONTS, new LineBreaker.Memo(FONTS));
        int counted = counter.lineCount(runs, width);
        assertEquals(new LineBreaker(FONTS).breakLines(runs, width).size(), counted);
        assertTrue(counter.brokenWords().isEmpty(), "counting recorded " + counter.brokenWords());
    }

    @Test
    void aHeaderOfSixWordsOnALineOrOnSeveral() {
        List<Styled> header = List.of(new Styled("Avvikelse volym prognos mot budget", Face.BOLD, 8f, Color.BLACK));
        LineBreaker breaker = new LineBreaker(FONTS);
        assertEquals(1, breaker.lineCount(header, 1000f));
        // Each word on its own line at the width of the widest ("Avvikelse", "prognos").
        float widest = breaker.widestUnbreakable(header);
        assertEquals(5, breaker.lineCount(header, widest));
        // Too narrow for "Avvikelse": it is broken inside, and still not recorded.
        assertTrue(breaker.lineCount(header, 20f) > 5);
        assertTrue(breaker.brokenWords().isEmpty());
    }
}
