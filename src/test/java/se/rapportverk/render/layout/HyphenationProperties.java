package se.rapportverk.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.FloatRange;

import org.junit.jupiter.api.Test;

import se.rapportverk.render.layout.Fonts.Face;

/**
 * Soft hyphens go into the words wider than the width; a text that fits as a whole gets none, so
 * it is not measured word by word (a word is never wider than the text around it). Both ways give
 * the same text, also with characters the fallback font draws, characters no font has, control
 * characters and soft hyphens of its own. And what the drawn parts of a text are, made at once
 * when all of it is drawn as written, is what the character-by-character way makes.
 */
class HyphenationProperties {

    private static final Fonts FONTS = Fonts.standard();

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> word = Arbitraries.of("Bemanningsutrymme", "verksamhetsområdesövergripande", "och", "i",
                "LSS-boenden", "1\u00A0092,2", "(Hemtjänst),", "\u2192", "\u2713", "\u4E2D", "\u00ADmjuk", "\r", "\u200B",
                "2025-01-01", "mkr", "Resultaträkning!I2", "\uD83D\uDE00", "\u0007");
        Arbitrary<String> separator = Arbitraries.of(" ", "-", "/", "\u2013", "\n", "\t", "\u00A0", "");
        return Arbitraries.strings().withChars("abcåäöABC ").ofMaxLength(3).flatMap(noise ->
                net.jqwik.api.Combinators.combine(word, separator).as((w, sep) -> w + sep).list().ofMaxSize(10)
                        .map(parts -> noise + String.join("", parts)));
    }

    @Property(tries = 2000)
    void aTextThatFitsIsAsWordByWord(@ForAll("texts") String text, @ForAll @FloatRange(min = 1f, max = 400f) float width,
                                     @ForAll("faces") Face face) {
        assertEquals(Hyphenation.forWidthByWord(FONTS, text, face, 9f, width),
                Hyphenation.forWidth(FONTS, text, face, 9f, width));
    }

    @Property(tries = 2000)
    void theDrawnPartsAreThoseMadeCharacterByCharacter(@ForAll("texts") String text, @ForAll("faces") Face face) {
        List<Fonts.Drawn> parts = FONTS.drawn(text, face);
        StringBuilder drawn = new StringBuilder();
        for (Fonts.Drawn part : parts) {
            drawn.append(part.original() == null ? part.text() : part.original());
        }
        boolean asWritten = parts.size() == 1 && parts.get(0).family() == Fonts.Family.MAIN
                && parts.get(0).original() == null && parts.get(0).text().equals(text);
        // The one-part answer is right exactly when every character is one the main font draws as written.
        assertEquals(asWritten, !text.isEmpty() && text.chars().allMatch(c -> c >= 0x20 && !(c >= 0x7F && c < 0xA0)
                && !Fonts.isInvisible(c) && c < 0x2300 && FONTS.has(Fonts.Family.MAIN, face, c)), text);
    }

    @Test
    void aLongWordInANarrowColumnGetsItsHyphensAndAShortTextNone() {
        // Three letters at least after a break (the class's rule): never "Bemanningsutrym-me".
        assertEquals("Be\u00ADman\u00ADnings\u00ADut\u00ADrymme",
                Hyphenation.forWidth(FONTS, "Bemanningsutrymme", Face.REGULAR, 9f, 40f));
        assertEquals("Bemanningsutrymme", Hyphenation.forWidth(FONTS, "Bemanningsutrymme", Face.REGULAR, 9f, 200f));
        assertEquals("och Be\u00ADman\u00ADnings\u00ADut\u00ADrymme",
                Hyphenation.forWidth(FONTS, "och Bemanningsutrymme", Face.REGULAR, 9f, 60f));
    }

    @Property(tries = 1000)
    void aWordKeptIsHyphenatedAsAWordMadeAnew(@ForAll("words") String word) {
        // Asked twice: the second answer is the one kept.
        assertEquals(Hyphenation.hyphenated(word), Hyphenation.softHyphens(word));
        assertEquals(Hyphenation.hyphenated(word), Hyphenation.softHyphens(word));
    }

    @Provide
    Arbitrary<String> words() {
        return Arbitraries.oneOf(Arbitraries.of("Bemanningsutrymme", "verksamhetsområdesövergripande", "och", "LSS",
                "Äldreomsorgen", "i"), Arbitraries.strings().withChars("abdeiklmnorstuåäöBE").ofMinLength(1).ofMaxLength(24));
    }

    @Provide
    Arbitrary<Face> faces() {
        return Arbitraries.of(Face.class);
    }
}
