package se.rapportverk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.rapportverk.document.Span;

/**
 * Properties of finding addresses in text (docs/arbetsbok.md, "Länkar"): the text stays exactly as it
 * was, a link only ever goes to an https, http or mailto address, a link goes where its text says, and
 * the punctuation that ends a sentence is never part of a link.
 */
class LinksProperties {

    /** Texts made of address-like pieces, words and punctuation, in any order. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.strings().withChars("abcåäöXYZ019").ofMinLength(1).ofMaxLength(8)),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(" ", ".", ",", ":", "/", "@", "-", "_", "(", ")", "?", "!",
                        "'", "\"", "*", "#", "&", "=", "\n", "\u00A0", "…", "»")),
                net.jqwik.api.Tuple.of(3, Arbitraries.of("www.", "https://", "http://", "mailto:", "javascript:",
                        "HTTPS://", "WWW.", ".se", ".com", "@ekeby.se", "ekeby", "xn--", "\u0435", ":8080",
                        "www.ekeby.se", "info@ekeby.se", "https://ekeby.se/a", "www.höör.se/å")));
        return piece.list().ofMaxSize(30).map(l -> String.join("", l));
    }

    private static List<Span> split(String text) {
        return Links.split(List.of(Span.plain(text)));
    }

    @Property
    void theTextIsExactlyAsItWas(@ForAll("texts") String text) {
        List<Span> spans = split(text);
        net.jqwik.api.statistics.Statistics.collect(spans.stream().anyMatch(s -> s.link() != null) ? "with links"
                : "without links");
        assertEquals(text, String.join("", spans.stream().map(Span::text).toList()));
    }

    @Property
    void aLinkGoesOnlyToAnHttpsHttpOrMailtoAddressInAscii(@ForAll("texts") String text) {
        for (Span s : split(text)) {
            if (s.link() != null) {
                assertTrue(s.link().startsWith("https://") || s.link().startsWith("http://")
                        || s.link().startsWith("mailto:"), s.link());
                assertTrue(s.link().chars().allMatch(c -> c > 0x20 && c < 0x7F), s.link());
            }
        }
    }

    @Property
    void aLinkGoesWhereItsTextSays(@ForAll("texts") String text) {
        for (Span s : split(text)) {
            if (s.link() == null || !s.text().chars().allMatch(c -> c < 0x7F)) {
                continue;
            }
            String shown = s.text().toLowerCase(Locale.ROOT);
            String target = s.link().toLowerCase(Locale.ROOT);
            if (target.startsWith("mailto:")) {
                assertEquals(target, shown.startsWith("mailto:") ? shown : "mailto:" + shown);
            } else {
                String withoutScheme = shown.replaceFirst("^https?://", "");
                assertEquals(target.replaceFirst("^https?://", ""), withoutScheme);
                if (shown.startsWith("http://")) {
                    assertTrue(target.startsWith("http://"), target);
                } else {
                    assertTrue(target.startsWith("https://"), target);
                }
                // No user name before the host: the host is what the text shows first.
                String authority = withoutScheme.split("[/?#]", 2)[0];
                assertFalse(authority.contains("@"), s.text());
            }
        }
    }

    @Property
    void sentencePunctuationIsNeverTheEndOfALink(@ForAll("texts") String text) {
        for (Span s : split(text)) {
            if (s.link() != null) {
                char last = s.text().charAt(s.text().length() - 1);
                assertTrue(".,;:!?'\"*»".indexOf(last) < 0, s.text());
                if (last == ')') {
                    assertTrue(s.text().chars().filter(c -> c == '(').count()
                            >= s.text().chars().filter(c -> c == ')').count(), s.text());
                }
            }
        }
    }

    @Property
    void anAddressEndingASentenceIsOneLinkWithoutTheFullStop(@ForAll("hosts") String host,
                                                            @ForAll("paths") String path,
                                                            @ForAll("ends") String end) {
        String address = "www." + host + ".se" + path;
        List<Span> spans = split("Läs mer på " + address + end);
        List<Span> links = spans.stream().filter(s -> s.link() != null).toList();
        assertEquals(1, links.size(), spans.toString());
        assertEquals(address, links.get(0).text());
        assertEquals("https://" + address, links.get(0).link());
    }

    @Provide
    Arbitrary<String> hosts() {
        return Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz").ofMinLength(2).ofMaxLength(12);
    }

    @Provide
    Arbitrary<String> paths() {
        return Arbitraries.oneOf(Arbitraries.just(""), Arbitraries.strings().withChars("abcxyz0123-_/").ofMinLength(1)
                .ofMaxLength(20).map(p -> "/" + p), Arbitraries.just("/a?b=1&c=2"));
    }

    @Provide
    Arbitrary<String> ends() {
        return Arbitraries.of("", ".", ",", "!", "?", ";", ":", ". Nästa mening.", ") och mer", " ");
    }
}
