package se.rapportverk.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.rapportverk.render.layout.Fonts.Face;
import se.rapportverk.render.layout.LineBreaker.Line;
import se.rapportverk.render.layout.LineBreaker.Styled;

class LineBreakerTest {

    private static List<Styled> text(String s) {
        return List.of(new Styled(s, Face.REGULAR, 9f, Color.BLACK));
    }

    private static List<String> lines(LineBreaker b, String s, float width) {
        return b.breakLines(text(s), width).stream().map(Line::plainText).toList();
    }

    private static float width(String s) {
        return Fonts.standard().width(s, Face.REGULAR, 9f);
    }

    @Test
    void widestUnbreakableIsTheLongestWordNumberOrDate() {
        LineBreaker b = new LineBreaker(Fonts.standard());
        assertEquals(width("Bemanningsutrymme"), b.widestUnbreakable(text("Bemanningsutrymme (åa)")), 0.01f);
        // A no-break space holds a number together; a date has no break opportunity.
        assertEquals(width("-1\u00A0044\u00A0355"), b.widestUnbreakable(text("Totalt -1\u00A0044\u00A0355 kr")), 0.01f);
        assertEquals(width("2025-01-01"), b.widestUnbreakable(text("Start 2025-01-01")), 0.01f);
        // "LSS-boenden" may break after its hyphen.
        assertEquals(width("boenden"), b.widestUnbreakable(text("LSS-boenden")), 0.01f);
        // A line break inside a cell separates words too.
        assertEquals(width("Kontroll"), b.widestUnbreakable(text("Ej\nKontroll")), 0.01f);
    }

    @Test
    void aWordWiderThanTheLineIsHyphenatedBySwedishRules() {
        LineBreaker b = new LineBreaker(Fonts.standard());
        // Be-man-nings-ut-rym-me: "Bemannings-" fits, "Bemanningsut-" does not.
        List<Line> ls = b.breakLines(text("Bemanningsutrymme"), width("Bemannings-") + 0.5f);
        assertEquals(List.of("Bemannings-", "utrymme"), ls.stream().map(Line::plainText).toList());
        assertEquals(List.of(), List.copyOf(b.brokenWords()), "hyphenated where Swedish allows, not cut");
        // Never "Bemanningsutrym-me", even where that would fit.
        List<String> narrow = b.breakLines(text("Bemanningsutrymme"), width("Bemanningsutrym-") + 0.5f)
                .stream().map(Line::plainText).toList();
        assertEquals(List.of("Bemanningsut-", "rymme"), narrow);
    }

    @Test
    void aWordThatCannotBeHyphenatedIsBrokenBetweenLettersWithAHyphen() {
        LineBreaker b = new LineBreaker(Fonts.standard());
        List<Line> ls = b.breakLines(text("Xqzzzzzzzzzzzzzzzzzz"), width("Xqzzzzzzz") + 0.5f);
        assertTrue(ls.size() >= 2, ls.toString());
        Line first = ls.get(0);
        assertTrue(first.plainText().endsWith("-"), first.plainText());
        LineBreaker.Segment hyphen = first.segments().get(first.segments().size() - 1);
        assertEquals("-", hyphen.text());
        assertEquals("\u00AD", hyphen.actualText(), "the hyphen reads as a soft hyphen");
        assertTrue(first.width() <= width("Xqzzzzzzz") + 0.51f, "the hyphen fits in the line");
        String joined = String.join("", ls.stream().map(Line::plainText).toList()).replace("-", "");
        assertEquals("Xqzzzzzzzzzzzzzzzzzz", joined);
        assertEquals(List.of("Xqzzzzzzzzzzzzzzzzzz"), List.copyOf(b.brokenWords()));
        // At least two letters on either side of the break.
        for (Line l : ls) {
            assertTrue(l.plainText().replace("-", "").length() >= 2, l.plainText());
        }
    }

    @Test
    void numbersReferencesAndChecksumsBreakWithoutAHyphen() {
        LineBreaker b = new LineBreaker(Fonts.standard());
        for (String s : List.of("2025-01-01", "Resultaträkning!I2;", "6e87a1a82cc3f919")) {
            List<String> ls = lines(b, s, width(s) / 2);
            assertTrue(ls.size() >= 2, ls.toString());
            assertEquals(s, String.join("", ls), "nothing added: " + ls);
        }
    }

    @Test
    void softHyphenIsInvisibleInsideALineAndAHyphenWhereTheLineBreaks() {
        LineBreaker b = new LineBreaker(Fonts.standard());
        String word = "Bemannings\u00ADutrymme";
        assertEquals(List.of("Bemanningsutrymme"), lines(b, word, 500));
        assertEquals(width("Bemanningsutrymme"), b.breakLines(text(word), 500).get(0).width(), 0.01f);
        List<Line> broken = b.breakLines(text(word + " i tabellen"), width("Bemannings-") + 1);
        assertEquals("Bemannings-", broken.get(0).plainText());
        assertTrue(broken.get(1).plainText().startsWith("utrymme"), broken.get(1).plainText());
        assertEquals(0, b.brokenWords().size(), "a soft hyphen is an allowed break, not a forced one");
        assertNull(broken.get(1).segments().get(0).actualText());
    }
}
