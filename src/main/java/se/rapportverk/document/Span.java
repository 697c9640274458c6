package se.rapportverk.document;

import java.util.Objects;

/**
 * A run of text with one style. Text is always shown exactly as given: it is never interpreted
 * as markup by any renderer.
 *
 * @param text   the text, shown as is
 * @param bold   bold weight
 * @param italic italic style
 * @param colour an RGB colour as six hex digits ({@code "2E7D32"}), or {@code null} for the text colour
 * @param link   where the text links to, or {@code null}: a web address ({@code https://…}, {@code http://…})
 *               or an e-mail address ({@code mailto:…}), in ASCII; the text shows the address as it was
 *               written, so a link never goes anywhere its text does not say
 */
public record Span(String text, boolean bold, boolean italic, String colour, String link) {

    public Span {
        Objects.requireNonNull(text, "text");
        if (colour != null && !colour.matches("[0-9A-F]{6}")) {
            throw new IllegalArgumentException("colour must be six upper-case hex digits: " + colour);
        }
        if (link != null && !isLinkTarget(link)) {
            throw new IllegalArgumentException("a link goes to an https, http or mailto address in ASCII: " + link);
        }
    }

    /** A run of text that links nowhere. */
    public Span(String text, boolean bold, boolean italic, String colour) {
        this(text, bold, italic, colour, null);
    }

    /**
     * Whether the address may be a link's target: {@code https://}, {@code http://} or {@code mailto:},
     * then printable ASCII without spaces, quotes or angle brackets. Anything else ({@code javascript:},
     * {@code file:}, {@code data:}) never is, whoever made the span.
     */
    public static boolean isLinkTarget(String address) {
        String lower = address.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))
                || address.length() > 4096) {
            return false;
        }
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '`') {
                return false;
            }
        }
        return true;
    }

    /** Plain text. */
    public static Span plain(String text) {
        return new Span(text, false, false, null);
    }

    /** Bold text. */
    public static Span bold(String text) {
        return new Span(text, true, false, null);
    }

    /** Italic text. */
    public static Span italic(String text) {
        return new Span(text, false, true, null);
    }

    /** The same text, colour and link in bold. */
    public Span asBold() {
        return new Span(text, true, italic, colour, link);
    }

    /** Another text in the same style, with the same link. */
    public Span withText(String newText) {
        return new Span(newText, bold, italic, colour, link);
    }

    /** The same text and style linking to the address. */
    public Span linkedTo(String address) {
        return new Span(text, bold, italic, colour, address);
    }

    /** Whether this span and the other look alike and link alike, so they can be one span. */
    public boolean sameStyle(Span other) {
        return bold == other.bold && italic == other.italic && Objects.equals(colour, other.colour)
                && Objects.equals(link, other.link);
    }

    /**
     * What a link's target is, said in words for a screen reader and a PDF link's description:
     * {@code Länk till https://www.kommun.se/…} or {@code E-post till namn@kommun.se}.
     */
    public static String describe(String link) {
        if (link.regionMatches(true, 0, "mailto:", 0, 7)) {
            String address = link.substring(7);
            try {
                address = java.net.URLDecoder.decode(address.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                // shown as it stands
            }
            return "E-post till " + address;
        }
        return "Länk till " + link;
    }
}
