package se.rapportverk.render.pdf;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.ByteBuffer;
import org.openpdf.text.pdf.LayoutProcessor;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfWriter;

/**
 * The page content of a PDF ({@link DirectWriter}'s direct content), which writes a text whose
 * characters the document has drawn before with the same font itself, as OpenPDF would write it.
 *
 * <p>OpenPDF 3.0.5 writes a text of an Identity-H TrueType font ({@code showText}, no layout
 * processor, no glyph substitution) as the glyph index of each character the font has, two bytes
 * each, in a PDF string ({@code escapeAndAppendString}), then {@code Tj}; for each glyph it records
 * the first character drawn with it (for the subset and its ToUnicode map). Once every character of
 * a text has been drawn in the document with that font, drawing it records nothing new: only its
 * bytes are left to write, and those follow from each character's glyph. The glyph of a character
 * is learnt from what OpenPDF wrote for it the first time ({@link #learn}), so nothing is taken
 * from OpenPDF but its own output. Characters from U+2300 on (among them surrogates and variation
 * selectors, which OpenPDF treats otherwise) always go to OpenPDF.
 */
final class TextContent extends PdfContentByte {

    /** Characters below this are written here once learnt (as {@code Fonts} tables them). */
    static final int LEARNT = 0x2300;

    /** Per font of this document, by character: 0 not drawn yet, -1 no glyph, else glyph + 1. */
    private final Map<BaseFont, int[]> glyphs = new IdentityHashMap<>();
    /** The current font's table, or null when the font is not one this writes for. */
    private int[] current;
    private BaseFont currentFont;
    /** The tables saved with the graphics state (saveState), as OpenPDF saves its font. */
    private final List<int[]> savedTables = new ArrayList<>();
    private final List<BaseFont> savedFonts = new ArrayList<>();

    TextContent(PdfWriter writer) {
        super(writer);
    }

    @Override
    public void setFontAndSize(BaseFont bf, float size) {
        super.setFontAndSize(bf, size);
        currentFont = bf;
        current = bf.getFontType() == BaseFont.FONT_TYPE_TTUNI && !bf.isFontSpecific()
                ? glyphs.computeIfAbsent(bf, f -> new int[LEARNT]) : null;
    }

    @Override
    public void saveState() {
        super.saveState();
        savedTables.add(current);
        savedFonts.add(currentFont);
    }

    @Override
    public void restoreState() {
        super.restoreState();
        int last = savedTables.size() - 1;
        current = savedTables.remove(last);
        currentFont = savedFonts.remove(last);
    }

    @Override
    public void reset(boolean validateContent) {
        super.reset(validateContent);
        current = null; // OpenPDF's state is new: no font
        currentFont = null;
    }

    @Override
    public void showText(String text) {
        int[] table = LayoutProcessor.isEnabled() ? null : current;
        if (table != null && drawnBefore(text, table)) {
            write(text, table);
            return;
        }
        int before = content.size();
        super.showText(text);
        if (table != null) {
            learn(text, table, before);
        }
    }

    /** Whether every character of the text is below {@link #LEARNT} and drawn before with the font. */
    private static boolean drawnBefore(String text, int[] table) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= LEARNT || table[c] == 0) {
                return false;
            }
        }
        return true;
    }

    /** The text's glyphs as OpenPDF writes them: a string of two bytes a glyph, escaped, and Tj. */
    private void write(String text, int[] table) {
        ByteBuffer out = content;
        out.append_i('(');
        for (int i = 0; i < text.length(); i++) {
            int g = table[text.charAt(i)];
            if (g > 0) {
                escaped(out, (byte) ((g - 1) >> 8));
                escaped(out, (byte) (g - 1));
            }
        }
        out.append_i(')');
        out.append("Tj").append_i(separator);
    }

    /** One byte of a PDF string, escaped as {@code PdfContentByte.escapeAndAppendString} does. */
    private static void escaped(ByteBuffer out, byte c) {
        switch (c) {
            case '\r' -> out.append_i('\\').append_i('r');
            case '\n' -> out.append_i('\\').append_i('n');
            case '\t' -> out.append_i('\\').append_i('t');
            case '\b' -> out.append_i('\\').append_i('b');
            case '\f' -> out.append_i('\\').append_i('f');
            case '(', ')', '\\' -> out.append_i('\\').append_i(c);
            default -> out.append_i(c);
        }
    }

    /**
     * Learns the glyphs of the text's characters from what OpenPDF wrote for it (from
     * {@code before}: the escaped string, {@code Tj} and the separator): each character the font
     * has gave the next two bytes, one it lacks gave none. Nothing is learnt from a text with a
     * character from {@link #LEARNT} on, or when the bytes are not as expected.
     */
    private void learn(String text, int[] table, int before) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= LEARNT) {
                return;
            }
        }
        byte[] buf = content.getBuffer();
        int end = content.size() - 3; // ")" before "Tj" and the separator
        if (end <= before || buf[before] != '(' || buf[end - 1] != ')' || buf[end] != 'T' || buf[end + 1] != 'j') {
            return;
        }
        byte[] raw = new byte[end - 1 - before];
        int n = 0;
        for (int p = before + 1; p < end - 1; p++) {
            byte b = buf[p];
            if (b == '\\') {
                p++;
                byte e = buf[p];
                b = switch (e) {
                    case 'r' -> (byte) '\r';
                    case 'n' -> (byte) '\n';
                    case 't' -> (byte) '\t';
                    case 'b' -> (byte) '\b';
                    case 'f' -> (byte) '\f';
                    default -> e;
                };
            }
            raw[n++] = b;
        }
        int[] learnt = new int[text.length()];
        int k = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (currentFont.charExists(c)) {
                if (k + 2 > n) {
                    return;
                }
                learnt[i] = (((raw[k] & 0xFF) << 8) | (raw[k + 1] & 0xFF)) + 1;
                k += 2;
            } else {
                learnt[i] = -1;
            }
        }
        if (k != n) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            table[text.charAt(i)] = learnt[i];
        }
    }
}
