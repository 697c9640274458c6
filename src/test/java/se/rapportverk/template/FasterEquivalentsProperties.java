package se.rapportverk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.rapportverk.document.Span;

/**
 * The faster code of the template side gives what the code it replaced gave: the old code is kept
 * here as the oracle (the performance round of issue 8: same output bytes).
 */
class FasterEquivalentsProperties {

    /** The old TreeBuilder whitespace collapsing, a regular expression per call. */
    private static String oldSpaced(String text) {
        return text.replaceAll("[\\t\\n\\r ]+", " ");
    }

    /** The old TextMarkup.inline: the emphasis pattern searched in every text. */
    private static final Pattern OLD_EMPHASIS = Pattern.compile(
            "\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|(?<!\\*)\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?!\\*)");

    private static List<Span> oldInline(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = OLD_EMPHASIS.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                spans.add(Span.plain(text.substring(last, m.start())));
            }
            spans.add(m.group(1) != null ? Span.bold(m.group(1)) : Span.italic(m.group(2)));
            last = m.end();
        }
        if (last < text.length()) {
            spans.add(Span.plain(text.substring(last)));
        }
        return Links.split(spans);
    }

    /** The old Links.find: every address looked for at every boundary, an e-mail address too. */
    private static List<Links.Found> oldFind(String text) {
        List<Links.Found> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            Links.Found f = Links.atBoundary(text, i) ? Links.at(text, i, true) : null;
            if (f != null) {
                found.add(f);
                i = f.end();
            } else {
                i++;
            }
        }
        return found;
    }

    @Property(tries = 2000)
    void linksAreFoundAsBefore(@ForAll("texts") String text) {
        assertEquals(oldFind(text), Links.find(text));
    }

    @Example
    void aTextWithoutDotOrAtHasNoLinkAndOneWithBothHasThem() {
        assertEquals(List.of(), Links.find("1 092,2 tkr: https//ekeby"));
        assertEquals(2, Links.find("Skriv till info@ekeby.se eller se www.ekeby.se.").size());
        assertEquals(oldFind("Skriv till info@ekeby.se eller se www.ekeby.se."),
                Links.find("Skriv till info@ekeby.se eller se www.ekeby.se."));
    }

    /** Texts of spaces of every kind, words, emphasis marks and addresses, in any order. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.strings().withChars("abcåXZ019").ofMinLength(1).ofMaxLength(6)),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(" ", "  ", "\t", "\n", "\r", "\r\n", " \n ", "\u00A0", "\u2003",
                        "*", "**", "***", "* ", " *", "_", ".", ",", "\f", "\u000B")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("www.ekeby.se", "info@ekeby.se", "https://ekeby.se/a*b*",
                        "**fet**", "*kursiv*", "**x*y**", "mailto:", "@", "http://", "HTTPS://", "WWW.", "ekeby.se",
                        ".se", "a.b", "höör.se", "xn--", ":8080", "/", "(", ")")));
        return piece.list().ofMaxSize(25).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void spacedIsTheOldRegularExpression(@ForAll("texts") String text) {
        assertEquals(oldSpaced(text), TreeBuilder.spaced(text));
    }

    @Property(tries = 2000)
    void inlineIsTheOldSearchForEmphasis(@ForAll("texts") String text) {
        assertEquals(oldInline(text), TextMarkup.inline(text));
    }

    @Example
    void spacedKeepsATextWithNothingToChangeAndCollapsesEveryRun() {
        String plain = "1 092,2 tkr och 21,1 %";
        assertSame(plain, TreeBuilder.spaced(plain));
        assertEquals(" a b c ", TreeBuilder.spaced("\t a\r\n\n b  c\n"));
        assertEquals("a\u00A0 b", TreeBuilder.spaced("a\u00A0  b"));
    }
}
