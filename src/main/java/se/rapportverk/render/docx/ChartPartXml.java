package se.rapportverk.render.docx;

import java.awt.Color;

/**
 * XML text escaped exactly as Apache XMLBeans 5 saves it (its {@code Saver.TextSaver}), so that parts
 * written as text here are the same bytes as the parts POI wrote through XMLBeans before.
 *
 * <p>Element text: {@code <} and {@code &} become entities, {@code >} only after {@code ]]}, a carriage
 * return becomes {@code &#13;}, and a character XML does not allow (a control character, U+FFFE, U+FFFF)
 * becomes {@code ?}. Text longer than a threshold with more than a number of {@code <} and {@code &} is
 * written as a CDATA section instead, with XMLBeans' quirks (its first two characters are not checked).
 * Attribute values: {@code <}, {@code &} and {@code "} become entities, nothing else changes.
 */
final class ChartPartXml {

    /** XMLBeans' default thresholds for writing text as CDATA: longer than 32 characters, more than 5 entities. */
    static final int CDATA_LENGTH = 32;
    static final int CDATA_ENTITIES = 5;
    /** POI's thresholds for the shared strings table, which turn CDATA off (Bugzilla 48936). */
    static final int NO_CDATA_LENGTH = 1_000_000;
    static final int NO_CDATA_ENTITIES = -1;

    private ChartPartXml() {
    }

    /** Whether XMLBeans replaces the character by {@code ?}: not a character of XML 1.0. */
    static boolean isBad(char ch) {
        return !(Character.isHighSurrogate(ch) || Character.isLowSurrogate(ch) || ch >= 0x20 && ch <= 0xD7FF
                || ch >= 0xE000 && ch <= 0xFFFD || ch == 0x9 || ch == 0xA || ch == 0xD);
    }

    /** Element text with XMLBeans' default CDATA thresholds. */
    static void text(StringBuilder out, String s) {
        text(out, s, CDATA_LENGTH, CDATA_ENTITIES);
    }

    /**
     * Element text as XMLBeans' {@code entitizeContent} writes it.
     *
     * @param cdataLength   text longer than this ...
     * @param cdataEntities ... with more than this many {@code <} and {@code &} is written as CDATA
     */
    static void text(StringBuilder out, String s, int cdataLength, int cdataEntities) {
        int n = s.length();
        if (n == 0) {
            return;
        }
        int count = 0;
        boolean replace = false;
        char prev = 0;
        char prevPrev = 0;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == '<' || ch == '&') {
                count++;
            } else if (prevPrev == ']' && prev == ']' && ch == '>' || isBad(ch) || ch == '\r') {
                replace = true;
            }
            prevPrev = prev;
            prev = ch;
        }
        if (count == 0 && !replace && count < cdataEntities) {
            out.append(s);
            return;
        }
        if (n > cdataLength && count > cdataEntities) {
            // XMLBeans checks neither the first nor the second character of a CDATA section.
            out.append("<![CDATA[").append(s.charAt(0));
            if (n > 1) {
                out.append(s.charAt(1));
            }
            for (int i = 2; i < n; i++) {
                char ch = s.charAt(i);
                if (ch == '>' && s.charAt(i - 2) == ']' && s.charAt(i - 1) == ']') {
                    out.append("]]>><![CDATA[");
                } else if (isBad(ch)) {
                    out.append('?');
                } else {
                    out.append(ch);
                }
            }
            out.append("]]>");
            return;
        }
        char ch1 = 0;
        char ch2 = 0;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch == '<') {
                out.append("&lt;");
            } else if (ch == '&') {
                out.append("&amp;");
            } else if (ch == '>' && ch1 == ']' && ch2 == ']') {
                out.append("&gt;");
            } else if (isBad(ch)) {
                out.append('?');
            } else if (ch == '\r') {
                out.append("&#13;");
            } else {
                out.append(ch);
            }
            ch2 = ch1;
            ch1 = ch;
        }
    }

    /** An attribute value as XMLBeans' {@code entitizeAttrValue} writes it. */
    static void attribute(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(ch);
            }
        }
    }

    /** A colour as XMLBeans writes an {@code xsd:hexBinary} of its three bytes: six upper-case hex digits. */
    static void rgb(StringBuilder out, Color c) {
        int v = c.getRGB() & 0xFFFFFF;
        for (int shift = 20; shift >= 0; shift -= 4) {
            out.append(Character.toUpperCase(Character.forDigit((v >> shift) & 0xF, 16)));
        }
    }

    /** A spreadsheet column's letters, 0 for {@code A}, as POI's {@code CellReference} writes them. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder(3);
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.append((char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.reverse().toString();
    }
}
