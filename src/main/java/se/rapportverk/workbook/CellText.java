package se.rapportverk.workbook;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Text as it leaves a cell: OOXML's {@code _xHHHH_} escapes decoded, composed to Unicode NFC (so
 * {@code å} typed on a Mac, a + combining ring, is the same letter as anywhere else), and invisible
 * control characters removed: C0 and C1 controls other than tab and line breaks, and the
 * bidirectional controls that can make a text show other than it reads (U+202E turns {@code 12-}
 * into what looks like {@code -21}). What was removed is told, so the reader can warn with the cell.
 */
final class CellText {

    /** A cleaned text and, when something was removed, which characters ({@code U+0007, U+202E}). */
    record Cleaned(String text, String removed) {
    }

    private CellText() {
    }

    /** Decodes {@code _xHHHH_} escapes as Excel writes them for characters XML cannot hold. */
    static String decodeEscapes(String s) {
        if (s.indexOf("_x") < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 6 < s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_'
                    && isHex(s, i + 2, i + 6)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                sb.append(s.charAt(i));
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a character is removed from cell text. */
    static boolean isRemoved(int c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return false;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C || c == 0x200E || c == 0x200F
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF
                || (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE);
    }

    /**
     * Whether a character is one that Unicode composition (NFC) leaves as it is wherever it stands
     * beside others of these: a starter that composes with nothing and is not decomposed. Latin-1 and
     * the rest below the combining marks (U+0300), and the general punctuation from U+2002 (dashes,
     * quotation marks, the ellipsis, the narrow no-break space) up to U+206F. Checked against the JDK's
     * normaliser for every such character and every pair of them in the tests.
     */
    static boolean isComposed(char c) {
        return c < 0x300 || (c >= 0x2002 && c <= 0x206F);
    }

    /** Cleans a cell's text (escapes already decoded). */
    static Cleaned clean(String s) {
        boolean any = false;
        boolean composed = true;
        for (int i = 0, n = s.length(); i < n; i++) {
            char ch = s.charAt(i);
            if (ch >= 0x20 && ch < 0x7F) {
                continue; // printable ASCII, most of any text
            }
            if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                composed = false;
                i++;
                continue;
            }
            if (isRemoved(ch)) {
                any = true;
                break;
            }
            composed &= isComposed(ch);
        }
        if (!any) {
            // Only characters that no composition changes, alone or side by side: composed (NFC) as it stands.
            return new Cleaned(composed || Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s
                    : Normalizer.normalize(s, Normalizer.Form.NFC), null);
        }
        StringBuilder sb = new StringBuilder(s.length());
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                sb.append(ch).append(s.charAt(i + 1));
                i++;
            } else if (isRemoved(ch)) {
                codes.add(String.format(Locale.ROOT, "U+%04X", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        String kept = sb.toString();
        String removed = String.join(", ", codes.stream().limit(5).toList()) + (codes.size() > 5 ? " …" : "");
        if (!Normalizer.isNormalized(kept, Normalizer.Form.NFC)) {
            kept = Normalizer.normalize(kept, Normalizer.Form.NFC);
        }
        return new Cleaned(kept, removed);
    }
}
