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

    // ------------------------------------------------------------------ the memo of one layout

    /** Texts that wrap, hyphenate, break inside a word and hold a line feed, at several widths. */
    private static final List<String> MEMO_TEXTS = List.of(
            "Nämndens resultat efter augusti är ett underskott mot budget, framför allt inom LSS-boenden.",
            "Bemanningsutrymme", "Xqzzzzzzzzzzzzzzzzzz och Yqzzzzzzzzzzzzzzzzzz", "Rad ett\nRad två",
            "6e87a1a82cc3f919", "");

    @Test
    void aMemoGivesTheLinesAndBrokenWordsOfBreakingAgain() {
        LineBreaker.Memo memo = new LineBreaker.Memo(Fonts.standard());
        for (int pass = 0; pass < 2; pass++) {
            // One breaker per pass, as the layout makes them: the second pass is answered from the memo.
            LineBreaker fresh = new LineBreaker(Fonts.standard());
            LineBreaker memoised = new LineBreaker(Fonts.standard(), memo);
            for (String t : MEMO_TEXTS) {
                for (float w : new float[] {width("Bemannings-") + 0.5f, 60f, 200f, 500f}) {
                    List<Line> expected = fresh.breakLines(text(t), w);
                    List<Line> got = memoised.breakLines(text(t), w);
                    assertEquals(expected, got, t + " at " + w);
                    // What a caller does with its list does not reach the memo.
                    got.clear();
                    assertEquals(expected, memoised.breakLines(text(t), w));
                }
            }
            assertEquals(List.of("Xqzzzzzzzzzzzzzzzzzz", "Yqzzzzzzzzzzzzzzzzzz", "6e87a1a82cc3f919"),
                    List.copyOf(fresh.brokenWords()));
            assertEquals(List.copyOf(fresh.brokenWords()), List.copyOf(memoised.brokenWords()), "pass " + pass);
        }
        assertEquals(MEMO_TEXTS.size() * 4, memo.size(), "each text and width broken once");
    }

    @Test
    void aMemoKeepsTheStyleAndWidthApart() {
        LineBreaker.Memo memo = new LineBreaker.Memo(Fonts.standard());
        LineBreaker b = new LineBreaker(Fonts.standard(), memo);
        String t = "Nämndens resultat efter augusti";
        List<Line> regular = b.breakLines(text(t), 500);
        List<Line> bold = b.breakLines(List.of(new Styled(t, Face.BOLD, 9f, Color.BLACK)), 500);
        List<Line> red = b.breakLines(List.of(new Styled(t, Face.REGULAR, 9f, Color.RED)), 500);
        assertEquals(Face.BOLD, bold.get(0).segments().get(0).face());
        assertEquals(Color.RED, red.get(0).segments().get(0).colour());
        assertTrue(bold.get(0).width() > regular.get(0).width());
        assertEquals(2, b.breakLines(text(t), width("Nämndens resultat") + 1).size());
        assertEquals(1, b.breakLines(text(t), 500).size());
    }

    @Test
    void aMemoIsUsedOnlyByTheThreadThatMadeIt() throws Exception {
        LineBreaker.Memo memo = new LineBreaker.Memo(Fonts.standard());
        LineBreaker b = new LineBreaker(Fonts.standard(), memo);
        b.breakLines(text("Nämndens resultat"), 100);
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        Thread other = new Thread(() -> {
            try {
                b.breakLines(text("Nämndens resultat"), 100);
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        other.start();
        other.join();
        assertTrue(thrown.get() instanceof IllegalStateException, String.valueOf(thrown.get()));
    }

    @Test
    void aMemoBelongsToItsFonts() {
        LineBreaker.Memo memo = new LineBreaker.Memo(Fonts.standard());
        se.rapportverk.husstil.Husstil.Fonts files = se.rapportverk.husstil.Husstil.standard().fonts();
        Fonts other = Fonts.of(new se.rapportverk.husstil.Husstil.Fonts(files.regular(), files.bold(), files.italic(),
                files.boldItalic(), "Annat typsnitt"));
        assertTrue(other != Fonts.standard());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new LineBreaker(other, memo));
    }
}
