package se.rapportverk.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes font subset names deterministic. OpenPDF names each embedded subset with a random
 * six-letter tag ({@code QWERTY+LiberationSans}); this replaces every such tag with one derived
 * from a hash of the document id, the font and the characters in the subset. The tag has the
 * same length, so byte offsets in the file (the cross-reference table) stay valid.
 */
final class SubsetNames {

    private static final Pattern TAGGED = Pattern.compile("/(?:BaseFont|FontName)\\s*/([A-Z]{6})\\+([A-Za-z0-9-]+)");

    private SubsetNames() {
    }

    static byte[] pin(byte[] pdf, FontSet fonts, String documentId) {
        // ISO-8859-1 maps bytes to chars one to one, so indices are byte offsets.
        String s = new String(pdf, StandardCharsets.ISO_8859_1);
        Map<String, String> replacements = new LinkedHashMap<>();
        Matcher m = TAGGED.matcher(s);
        while (m.find()) {
            String random = m.group(1);
            String font = m.group(2);
            replacements.computeIfAbsent(random + "+" + font,
                    k -> prefix(documentId, font, fonts) + "+" + font);
        }
        if (replacements.isEmpty()) {
            return pdf;
        }
        byte[] out = pdf.clone();
        m = TAGGED.matcher(s);
        while (m.find()) {
            String key = m.group(1) + "+" + m.group(2);
            byte[] with = replacements.get(key).getBytes(StandardCharsets.ISO_8859_1);
            System.arraycopy(with, 0, out, m.start(1), with.length);
        }
        return out;
    }

    private static String prefix(String documentId, String font, FontSet fonts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(documentId.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(font.getBytes(StandardCharsets.UTF_8));
            for (int cp : fonts.usedBy(font)) {
                md.update((byte) (cp >>> 16));
                md.update((byte) (cp >>> 8));
                md.update((byte) cp);
            }
            byte[] hash = md.digest();
            char[] tag = new char[6];
            for (int i = 0; i < 6; i++) {
                tag[i] = (char) ('A' + (hash[i] & 0xFF) % 26);
            }
            return new String(tag);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
