package se.rapportverk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Span;

/**
 * Web and e-mail addresses in workbook text (docs/arbetsbok.md, "Länkar"): each example's link text
 * and target are written by hand.
 */
class LinksTest {

    /** The one link found in the text: its text and target, as {@code "text -> target"}; or "none". */
    private static String link(String text) {
        List<Span> links = Links.split(List.of(Span.plain(text))).stream().filter(s -> s.link() != null).toList();
        if (links.isEmpty()) {
            return "none";
        }
        assertEquals(1, links.size(), links.toString());
        return links.get(0).text() + " -> " + links.get(0).link();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Läs mer på https://www.ekeby.se/vard. | https://www.ekeby.se/vard -> https://www.ekeby.se/vard",
            "Se http://ekeby.se, och sedan.        | http://ekeby.se -> http://ekeby.se",
            "Se www.ekeby.se!                      | www.ekeby.se -> https://www.ekeby.se",
            "(se www.ekeby.se/taxor)               | www.ekeby.se/taxor -> https://www.ekeby.se/taxor",
            "Se sv.wikipedia.org https://sv.wikipedia.org/wiki/Ekeby_(Uppsala). | "
                    + "https://sv.wikipedia.org/wiki/Ekeby_(Uppsala) -> https://sv.wikipedia.org/wiki/Ekeby_(Uppsala)",
            "\"https://www.ekeby.se/a?b=1&c=2#d\"  | https://www.ekeby.se/a?b=1&c=2#d -> https://www.ekeby.se/a?b=1&c=2#d",
            "HTTPS://WWW.EKEBY.SE/Taxor            | HTTPS://WWW.EKEBY.SE/Taxor -> https://www.ekeby.se/Taxor",
            "https://www.ekeby.se:8443/x;          | https://www.ekeby.se:8443/x -> https://www.ekeby.se:8443/x",
            "Se www.ekeby.se/förskola.             | www.ekeby.se/förskola -> https://www.ekeby.se/f%C3%B6rskola",
            "Se www.höör.se.                       | www.höör.se -> https://www.xn--hr-fkaa.se",
            "Frågor: ekonomi.von@ekeby.se.         | ekonomi.von@ekeby.se -> mailto:ekonomi.von@ekeby.se",
            "Skriv till mailto:ekonomi@ekeby.se    | mailto:ekonomi@ekeby.se -> mailto:ekonomi@ekeby.se",
            "E-post: åsa.berg@ekeby.se             | åsa.berg@ekeby.se -> mailto:%C3%A5sa.berg@ekeby.se",
            "»www.ekeby.se«                        | www.ekeby.se -> https://www.ekeby.se",
            "Länken www.ekeby.se/sida* står här    | www.ekeby.se/sida -> https://www.ekeby.se/sida",
    })
    void addressesBecomeLinksWithoutThePunctuationAroundThem(String text, String expected) {
        assertEquals(expected, link(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "javascript:alert(1)", "JaVaScRiPt:alert('www.ekeby.se')x", "data:text/html,<b>x</b>",
            "file:///C:/Windows/system.ini", "vbscript:msgbox", "ftp://ekeby.se/fil",
            // a user name before the host: the address would go to annan.example, not www.ekeby.se
            "https://www.ekeby.se@annan.example/inloggning",
            // a host of mixed scripts: a Cyrillic "е" among the Latin letters of "ekeby"
            "https://www.\u0435keby.se/",
            "www.ekeby", "https://localhost/x", "ekeby.se utan www", "1.2.3", "e.g. detta", "Dnr 2025.019 VON",
            "Resultaträkning!E5", "namn@", "@ekeby.se", "namn@ekeby", "a..b@ekeby.se", "www..ekeby.se",
            "https://-ekeby.se", "xwww.ekeby.se", "https://www.ekeby.se_x"
    })
    void whatOnlyLooksLikeAnAddressStaysText(String text) {
        List<Span> spans = Links.split(List.of(Span.plain(text)));
        List<Span> links = spans.stream().filter(s -> s.link() != null).toList();
        if (text.startsWith("JaVaScRiPt:")) {
            // The address inside the script's quotes is an address of its own; the script is not a link.
            assertEquals(List.of("https://www.ekeby.se"), links.stream().map(Span::link).toList());
        } else if (text.equals("https://www.ekeby.se_x")) {
            assertEquals("none", link(text));
        } else {
            assertEquals(List.of(), links, text);
        }
        assertEquals(text, String.join("", spans.stream().map(Span::text).toList()));
    }

    @Test
    void aSpanKeepsItsStyleAndTheTextAroundTheLinkStaysAsItWas() {
        List<Span> spans = Links.split(List.of(Span.bold("Läs www.ekeby.se nu")));
        assertEquals(List.of(Span.bold("Läs "), Span.bold("www.ekeby.se").linkedTo("https://www.ekeby.se"),
                Span.bold(" nu")), spans);
    }

    @Test
    void markupOfATextFindsLinksInsideEmphasisAndTwoLinksInOneLine() {
        Paragraph p = (Paragraph) TextMarkup.parse("Se **www.ekeby.se** och info@ekeby.se.", 1).get(0);
        assertEquals(List.of(Span.plain("Se "), Span.bold("www.ekeby.se").linkedTo("https://www.ekeby.se"),
                Span.plain(" och "), Span.plain("info@ekeby.se").linkedTo("mailto:info@ekeby.se"), Span.plain(".")),
                p.spans());
    }

    @Test
    void aLinkTextIsNeverMarkupAndASpanNeverLinksToAnotherScheme() {
        Paragraph p = assertInstanceOf(Paragraph.class,
                TextMarkup.parse("https://www.ekeby.se/<b>x</b>&${kommun}", 1).get(0));
        assertEquals("https://www.ekeby.se/<b>x</b>&${kommun}", p.plainText());
        assertEquals("https://www.ekeby.se/", p.spans().get(0).text());
        assertThrows(IllegalArgumentException.class, () -> Span.plain("x").linkedTo("javascript:alert(1)"));
        assertThrows(IllegalArgumentException.class, () -> Span.plain("x").linkedTo("https://www.ekeby.se/ å"));
    }
}
