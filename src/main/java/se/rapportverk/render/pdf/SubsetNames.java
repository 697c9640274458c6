package se.rapportverk.render.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes font subset names deterministic. OpenPDF names each embedded subset with a random
 * six-letter tag ({@code QWERTY+LiberationSans}); the tag written is instead one derived from a hash
 * of the document id, the font and the characters in the subset ({@link #prefix}).
 *
 * <p>For a TrueType font the tag is given to OpenPDF before the document is closed: OpenPDF draws
 * a subset's six letters from the font's {@code SecureRandom} ({@code BaseFont.createSubsetPrefix},
 * one {@code nextDouble()} a letter), and {@link #source} is one that gives the letters of the tag.
 * Otherwise (an OpenType font with CFF outlines, whose dictionaries carry the name with its
 * encoding) every tag OpenPDF wrote is replaced afterwards ({@link #pin}); the tag has the same
 * length, so byte offsets in the file (the cross-reference table) stay valid. Both give the same
 * bytes: the tag of the name that {@link #pin} would read after the {@code +} ({@link #key}).
 */
final class SubsetNames {

    /** The two keys a subset's tagged name follows ({@code /BaseFont /QWERTY+LiberationSans}). */
    private static final byte[][] KEYS = {
        "/BaseFont".getBytes(StandardCharsets.ISO_8859_1), "/FontName".getBytes(StandardCharsets.ISO_8859_1)};
    private static final int TAG_LENGTH = 6;

    private SubsetNames() {
    }

    /** Where one tagged name stands: its tag's offset and the font name after the {@code +}. */
    record Tagged(int tag, String font) {
    }

    /**
     * The PDF with every subset tag from {@code from} on replaced by the deterministic one.
     *
     * @param from where the search starts: OpenPDF writes the fonts (their dictionaries and
     *             descriptors, where the tagged names stand) when the document is closed, after the
     *             pages and the embedded files, so the bytes written before that need no search
     *             (and an embedded file is never changed, whatever its bytes happen to read)
     */
    static byte[] pin(byte[] pdf, int from, FontSet fonts, String documentId) {
        List<Tagged> found = find(pdf, from);
        if (found.isEmpty()) {
            return pdf;
        }
        Map<String, byte[]> prefixes = new HashMap<>();
        byte[] out = pdf.clone();
        for (Tagged t : found) {
            byte[] with = prefixes.computeIfAbsent(t.font(),
                    font -> prefix(documentId, font, fonts).getBytes(StandardCharsets.ISO_8859_1));
            System.arraycopy(with, 0, out, t.tag(), with.length);
        }
        return out;
    }

    /**
     * Every {@code /BaseFont} or {@code /FontName}, white space, {@code /}, six capital letters,
     * {@code +} and a name of letters, digits and hyphens, from offset {@code from} on, left to
     * right (each search going on after the name it found).
     */
    static List<Tagged> find(byte[] pdf, int from) {
        List<Tagged> found = new ArrayList<>();
        int i = from;
        while (i < pdf.length) {
            if (pdf[i] != '/') {
                i++;
                continue;
            }
            int end = tagged(pdf, i, found);
            i = end > 0 ? end : i + 1;
        }
        return found;
    }

    /** The end of the tagged name that starts at {@code at}, added to found; else -1. */
    private static int tagged(byte[] pdf, int at, List<Tagged> found) {
        int p = -1;
        for (byte[] key : KEYS) {
            if (startsWith(pdf, at, key)) {
                p = at + key.length;
                break;
            }
        }
        if (p < 0) {
            return -1;
        }
        while (p < pdf.length && isWhiteSpace(pdf[p])) {
            p++;
        }
        if (p >= pdf.length || pdf[p] != '/') {
            return -1;
        }
        int tag = ++p;
        while (p < pdf.length && p - tag < TAG_LENGTH && pdf[p] >= 'A' && pdf[p] <= 'Z') {
            p++;
        }
        if (p - tag != TAG_LENGTH || p >= pdf.length || pdf[p] != '+') {
            return -1;
        }
        int name = ++p;
        while (p < pdf.length && isNameChar(pdf[p])) {
            p++;
        }
        if (p == name) {
            return -1;
        }
        found.add(new Tagged(tag, new String(pdf, name, p - name, StandardCharsets.ISO_8859_1)));
        return p;
    }

    private static boolean startsWith(byte[] pdf, int at, byte[] key) {
        if (at + key.length > pdf.length) {
            return false;
        }
        for (int k = 0; k < key.length; k++) {
            if (pdf[at + k] != key[k]) {
                return false;
            }
        }
        return true;
    }

    /** White space as a regular expression's {@code \s} has it: space, tab, LF, VT, FF, CR. */
    private static boolean isWhiteSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == 0x0B || b == '\f' || b == '\r';
    }

    private static boolean isNameChar(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-';
    }

    /**
     * The font name as {@link #find} reads it after a subset's {@code +} in the file: the longest
     * start of the PostScript name of letters, digits and hyphens, as written (OpenPDF writes a
     * name's characters by their low byte, anything else escaped with {@code #}, which ends it).
     */
    static String key(String name) {
        StringBuilder key = new StringBuilder(name.length());
        for (int i = 0; i < name.length() && isNameChar((byte) name.charAt(i)); i++) {
            key.append((char) (name.charAt(i) & 0xFF));
        }
        return key.toString();
    }

    /**
     * A "random" source that makes {@code BaseFont.createSubsetPrefix} write the given tag: its
     * {@code nextDouble()} gives each letter's value in the middle of the letter's 26th, in turn.
     */
    static SecureRandom source(String tag) {
        return new TagSource(tag);
    }

    /** See {@link #source}: nothing of it but {@code nextDouble()} is used (by OpenPDF 3.0.5). */
    private static final class TagSource extends SecureRandom {
        private static final long serialVersionUID = 1L;
        private final String tag;
        private int next;

        TagSource(String tag) {
            super(null, null);
            if (tag.length() != TAG_LENGTH) {
                throw new IllegalArgumentException("a subset tag has six letters: " + tag);
            }
            this.tag = tag;
        }

        @Override
        public double nextDouble() {
            char letter = tag.charAt(next);
            next = (next + 1) % TAG_LENGTH;
            return (letter - 'A' + 0.5) / 26;
        }
    }

    /** The deterministic tag of a font's subset in a document (six capital letters). */
    static String prefix(String documentId, String font, FontSet fonts) {
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
