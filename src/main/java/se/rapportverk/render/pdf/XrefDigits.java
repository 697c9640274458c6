package se.rapportverk.render.pdf;

import java.nio.charset.StandardCharsets;

/**
 * Repairs the cross-reference table when OpenPDF wrote it with the default locale's digits.
 *
 * <p>OpenPDF 3.0.5 formats each xref entry with {@code String.format("%010d %05d %c \n", ...)}
 * under the default locale, so a JVM whose default format locale uses other digits (Thai, Arabic
 * or Persian digits, e.g. {@code th-TH-u-nu-thai}, {@code fa-IR}) writes a corrupt table. Java's
 * Formatter writes such digits as the locale's zero digit plus the value, one BMP character per
 * digit, and OpenPDF keeps the low byte of each character: every entry is still 20 bytes, and the
 * digit is {@code byte - zeroByte}. The first entry ({@code 0000000000 65535 f}) gives the zero.
 */
final class XrefDigits {

    private static final int ENTRY = 20;

    private XrefDigits() {
    }

    static byte[] repair(byte[] pdf) {
        int xref = xrefOffset(pdf);
        if (xref < 0 || !startsWith(pdf, xref, "xref")) {
            return pdf; // a cross-reference stream or an unexpected layout: nothing we wrote
        }
        int p = xref + 4;
        p = skipEol(pdf, p);
        byte[] out = null;
        while (p < pdf.length && Character.isDigit(pdf[p])) {
            // Subsection header "first count" is written with ASCII digits.
            int lineEnd = p;
            while (lineEnd < pdf.length && pdf[lineEnd] != '\n' && pdf[lineEnd] != '\r') {
                lineEnd++;
            }
            String[] header = new String(pdf, p, lineEnd - p, StandardCharsets.ISO_8859_1).trim().split(" ");
            int count = Integer.parseInt(header[1]);
            p = skipEol(pdf, lineEnd);
            if (p + count * ENTRY > pdf.length) {
                throw new IllegalStateException("cross-reference table runs past the end of the file");
            }
            byte zero = pdf[p];
            if (zero != '0') {
                if (out == null) {
                    out = pdf.clone();
                }
                for (int e = 0; e < count; e++) {
                    int at = p + e * ENTRY;
                    for (int i = 0; i < 16; i++) {
                        if (i == 10) {
                            continue; // the space between offset and generation
                        }
                        int digit = (pdf[at + i] - zero) & 0xFF;
                        if (digit > 9) {
                            throw new IllegalStateException("unreadable cross-reference entry " + e);
                        }
                        out[at + i] = (byte) ('0' + digit);
                    }
                }
            }
            p += count * ENTRY;
        }
        return out == null ? pdf : out;
    }

    private static int xrefOffset(byte[] pdf) {
        String tail = new String(pdf, Math.max(0, pdf.length - 64), Math.min(64, pdf.length), StandardCharsets.ISO_8859_1);
        int s = tail.lastIndexOf("startxref");
        if (s < 0) {
            return -1;
        }
        String rest = tail.substring(s + 9).trim();
        int end = 0;
        while (end < rest.length() && Character.isDigit(rest.charAt(end))) {
            end++;
        }
        return end == 0 ? -1 : Integer.parseInt(rest.substring(0, end));
    }

    private static boolean startsWith(byte[] pdf, int at, String s) {
        if (at + s.length() > pdf.length) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (pdf[at + i] != s.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static int skipEol(byte[] pdf, int p) {
        while (p < pdf.length && (pdf[p] == '\n' || pdf[p] == '\r' || pdf[p] == ' ')) {
            p++;
        }
        return p;
    }
}
