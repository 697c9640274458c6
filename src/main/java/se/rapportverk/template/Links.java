package se.rapportverk.template;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.rapportverk.document.Span;

/**
 * Finds the web and e-mail addresses in text, so that they become links: {@code https://…},
 * {@code http://…} and {@code www.…} (which links to {@code https://www.…}), and e-mail addresses
 * ({@code namn@kommun.se}, also written {@code mailto:namn@kommun.se}), which link to {@code mailto:}.
 *
 * <p>The text stays exactly as written: a link's text is the address as typed, and its target is
 * that address (host in ASCII, other characters percent-encoded), so a link can never lead anywhere
 * its text does not say. Punctuation that ends a sentence ({@code .,;:!?}, quotes, a closing bracket
 * without its opening one) is not part of an address. What only looks like an address is left as
 * text: other schemes ({@code javascript:}, {@code file:}, {@code data:}), an address whose host has a
 * user name in front of it ({@code https://www.kommun.se@annan.example}, which goes to
 * {@code annan.example}), a host that mixes scripts (a Cyrillic "е" among Latin letters), one without a
 * top-level domain of letters, and addresses longer than {@value #MAX_LENGTH} characters.
 */
final class Links {

    /** The longest address made a link. */
    static final int MAX_LENGTH = 2000;

    private Links() {
    }

    /** A link found in a text: where it stands ({@code [start, end)}) and where it goes. */
    record Found(int start, int end, String target) {
    }

    /** The spans with every address in their text made a link span of its own (in the same style). */
    static List<Span> split(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            split(s, out);
        }
        return out;
    }

    /** The span with every address in its text made a link span of its own, into {@code out}. */
    static void split(Span span, List<Span> out) {
        if (span.link() != null) {
            out.add(span);
            return;
        }
        List<Found> found = find(span.text());
        int last = 0;
        for (Found f : found) {
            if (f.start() > last) {
                out.add(span.withText(span.text().substring(last, f.start())));
            }
            out.add(span.withText(span.text().substring(f.start(), f.end())).linkedTo(f.target()));
            last = f.end();
        }
        if (last < span.text().length() || found.isEmpty()) {
            out.add(last == 0 ? span : span.withText(span.text().substring(last)));
        }
    }

    /** The addresses in a text, in order. */
    static List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        boolean mail = text.indexOf('@') >= 0;
        if (!mail && text.indexOf('.') < 0) {
            return found; // a web address has a dot in its host, an e-mail address an "@"
        }
        int i = 0;
        int n = text.length();
        while (i < n) {
            if (!mail && !mayStartWebAddress(text, i)) {
                i++; // without an "@" only http://, https:// and www. can start an address
                continue;
            }
            Found f = atBoundary(text, i) ? at(text, i, mail) : null;
            if (f != null) {
                found.add(f);
                i = f.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** Whether a web address ({@code http://}, {@code https://}, {@code www.}, any case) can begin at {@code i}. */
    private static boolean mayStartWebAddress(String text, int i) {
        // As startsWithIgnoreCase: no character but these ASCII letters matches them ignoring case.
        char c = (char) (text.charAt(i) | 0x20);
        if (c != 'h' && c != 'w' || i + 3 >= text.length()) {
            return false;
        }
        return c == 'h' ? (text.charAt(i + 1) | 0x20) == 't' && (text.charAt(i + 2) | 0x20) == 't'
                && (text.charAt(i + 3) | 0x20) == 'p'
                : (text.charAt(i + 1) | 0x20) == 'w' && (text.charAt(i + 2) | 0x20) == 'w' && text.charAt(i + 3) == '.';
    }

    /** Whether an address may start at {@code i}: at the start, or after a character that cannot be part of one. */
    static boolean atBoundary(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        return !(Character.isLetterOrDigit(before) || ".-_@/:%+~#=&?*".indexOf(before) >= 0);
    }

    /**
     * The address that starts at {@code i}, if any; {@code mail} false when the text has no "@" (then no
     * e-mail address is looked for: it could not be one).
     */
    static Found at(String text, int i, boolean mail) {
        if (startsWithIgnoreCase(text, i, "https://") || startsWithIgnoreCase(text, i, "http://")) {
            int afterScheme = text.indexOf("//", i) + 2;
            return web(text, i, afterScheme, text.substring(i, afterScheme - 3).toLowerCase(Locale.ROOT) + "://", 2);
        }
        if (startsWithIgnoreCase(text, i, "www.")) {
            Found f = web(text, i, i, "https://", 3);
            if (f != null) {
                return f;
            }
        }
        if (!mail) {
            return null;
        }
        if (startsWithIgnoreCase(text, i, "mailto:")) {
            Found f = email(text, i + "mailto:".length());
            return f == null ? null : new Found(i, f.end(), f.target());
        }
        return email(text, i);
    }

    private static boolean startsWithIgnoreCase(String text, int i, String prefix) {
        return text.regionMatches(true, i, prefix, 0, prefix.length());
    }

    /**
     * A web address from {@code start} whose host begins at {@code host}.
     *
     * @param prefix    what the target starts with before the host ({@code https://})
     * @param minLabels the fewest labels the host has ({@code www.kommun.se} three)
     */
    private static Found web(String text, int start, int host, String prefix, int minLabels) {
        int hostEnd = hostEnd(text, host, minLabels);
        if (hostEnd < 0) {
            return null;
        }
        int end = hostEnd;
        int n = text.length();
        if (end < n && text.charAt(end) == ':') {
            int port = end + 1;
            while (port < n && port - end <= 5 && Character.isDigit(text.charAt(port)) && text.charAt(port) < 128) {
                port++;
            }
            if (port > end + 1 && (port == n || !Character.isLetterOrDigit(text.charAt(port)))) {
                end = port;
            }
        }
        if (end < n && text.charAt(end) == '@') {
            return null; // a user name before the host: the address would go to what follows the "@"
        }
        if (end < n && (text.charAt(end) == '_' || Character.isLetterOrDigit(text.charAt(end)))) {
            return null; // the host goes on in characters a host cannot have
        }
        if (end < n && "/?#".indexOf(text.charAt(end)) >= 0) {
            while (end < n && isPathChar(text.charAt(end))) {
                end++;
            }
            end = trimTrailing(text, hostEnd, end);
        }
        if (end - start > MAX_LENGTH || !singleScript(text.substring(host, hostEnd))) {
            return null;
        }
        String ascii = asciiHost(text.substring(host, hostEnd));
        if (ascii == null) {
            return null;
        }
        String target = prefix + ascii + encode(text.substring(hostEnd, end));
        return Span.isLinkTarget(target) ? new Found(start, end, target) : null;
    }

    /**
     * Where a host name from {@code at} ends: labels of letters, digits and hyphens (not at a label's
     * ends) between dots, at least {@code minLabels}, the last of at least two letters; -1 when there is
     * no such host.
     */
    private static int hostEnd(String text, int at, int minLabels) {
        int n = text.length();
        int labels = 0;
        int end = -1;
        int i = at;
        boolean lastAllLetters = false;
        while (i < n) {
            int labelStart = i;
            boolean letters = true;
            while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '-')) {
                if (!Character.isLetter(text.charAt(i))) {
                    letters = false;
                }
                i++;
            }
            int length = i - labelStart;
            if (length == 0 || length > 63 || text.charAt(labelStart) == '-' || text.charAt(i - 1) == '-') {
                break;
            }
            labels++;
            end = i;
            lastAllLetters = letters && length >= 2;
            if (i < n && text.charAt(i) == '.' && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        if (labels < minLabels || !lastAllLetters) {
            return -1;
        }
        return end;
    }

    /** Characters an address's path, query and fragment may have as typed. */
    private static boolean isPathChar(char c) {
        if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
            return false;
        }
        return "<>\"\\^`{|}«»“”„‘’\u00AD".indexOf(c) < 0;
    }

    /**
     * The end of an address without what ends the sentence around it: {@code .,;:!?'*}, and a
     * closing bracket that has no opening one in the address.
     */
    private static int trimTrailing(String text, int from, int end) {
        while (end > from) {
            char c = text.charAt(end - 1);
            if (".,;:!?'*".indexOf(c) >= 0) {
                end--;
            } else if (c == ')' || c == ']') {
                char open = c == ')' ? '(' : '[';
                int balance = 0;
                for (int k = from; k < end; k++) {
                    char x = text.charAt(k);
                    balance += x == open ? 1 : x == c ? -1 : 0;
                }
                if (balance < 0) {
                    end--;
                } else {
                    break;
                }
            } else {
                break;
            }
        }
        return end;
    }

    /** An e-mail address from {@code start}: a local part, {@code @}, a host of two labels or more. */
    private static Found email(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n && (Character.isLetterOrDigit(text.charAt(i)) || "._%+-".indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        if (i == start || i >= n || text.charAt(i) != '@' || text.charAt(start) == '.' || text.charAt(i - 1) == '.') {
            return null;
        }
        String local = text.substring(start, i);
        if (local.contains("..")) {
            return null;
        }
        int host = i + 1;
        int hostEnd = hostEnd(text, host, 2);
        if (hostEnd < 0 || (hostEnd < n && (text.charAt(hostEnd) == '@' || text.charAt(hostEnd) == '_'
                || Character.isLetterOrDigit(text.charAt(hostEnd))))) {
            return null;
        }
        if (hostEnd - start > MAX_LENGTH || !singleScript(text.substring(host, hostEnd))) {
            return null;
        }
        String ascii = asciiHost(text.substring(host, hostEnd));
        if (ascii == null) {
            return null;
        }
        String target = "mailto:" + encode(local) + "@" + ascii;
        return Span.isLinkTarget(target) ? new Found(start, hostEnd, target) : null;
    }

    /** Whether the letters of a host are all of one script (digits and hyphens go with any). */
    private static boolean singleScript(String host) {
        Character.UnicodeScript script = null;
        for (int i = 0; i < host.length(); ) {
            int cp = host.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            if (script == null) {
                script = s;
            } else if (s != script) {
                return false;
            }
        }
        return true;
    }

    /** The host in ASCII, lower case ({@code www.höör.se} as {@code www.xn--hr-jiaa.se}), or null. */
    private static String asciiHost(String host) {
        try {
            return IDN.toASCII(host, IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The text with every character that is not printable ASCII as UTF-8 percent escapes. */
    private static String encode(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c > 0x20 && c < 0x7F && "\"<>\\^`{|}".indexOf(c) < 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return sb.toString();
    }
}
