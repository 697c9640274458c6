package se.rapportverk.render.docx;

/**
 * Advance widths of Arial (the same as Helvetica's and Liberation Sans's), regular and bold, in
 * thousandths of an em, for estimating where lines break. A table in code rather than the font
 * file: the estimate must not depend on which fonts a machine has, nor on a font scaler.
 */
final class FontMetrics {

    /** Widths of U+0020 to U+007E, regular. */
    private static final short[] REGULAR = widths(
            "278,278,355,556,556,889,667,191,333,333,389,584,278,333,278,278,"
            + "556,556,556,556,556,556,556,556,556,556,278,278,584,584,584,556,"
            + "1015,667,667,722,722,667,611,778,722,278,500,667,556,833,722,778,"
            + "667,778,722,667,611,722,667,944,667,667,611,278,278,278,469,556,"
            + "333,556,556,500,556,556,278,556,556,222,222,500,222,833,556,556,"
            + "556,556,333,500,278,556,500,722,500,500,500,334,260,334,584");

    /** Widths of U+0020 to U+007E, bold. */
    private static final short[] BOLD = widths(
            "278,333,474,556,556,889,722,238,333,333,389,584,278,333,278,278,"
            + "556,556,556,556,556,556,556,556,556,556,333,333,584,584,584,611,"
            + "975,722,722,722,722,667,611,778,722,278,556,722,611,833,722,778,"
            + "667,778,722,667,611,722,667,944,667,667,611,333,278,333,584,556,"
            + "333,556,611,556,611,556,333,611,611,278,278,556,278,889,611,611,"
            + "611,611,389,556,333,611,556,778,556,556,500,389,280,389,584");

    private FontMetrics() {
    }

    /** The advance width of a character in thousandths of an em. */
    static int width(int cp, boolean bold) {
        short[] table = bold ? BOLD : REGULAR;
        if (cp >= 0x20 && cp <= 0x7E) {
            return table[cp - 0x20];
        }
        int base = baseLetter(cp);
        if (base != cp) {
            return width(base, bold);
        }
        return switch (cp) {
            case 0x00A0 -> 278;
            case 0x2013 -> 556;
            case 0x2014, 0x2026 -> 1000;
            case 0x2022 -> 350;
            case 0x2018, 0x2019 -> bold ? 278 : 222;
            case 0x201C, 0x201D -> bold ? 500 : 333;
            case 0x00A7 -> 556;
            case 0x00B0 -> 400;
            default -> 556;
        };
    }

    /** The letter an accented Latin letter is drawn on (å → a), which has its width. */
    private static int baseLetter(int cp) {
        return switch (cp) {
            case 'å', 'ä', 'à', 'á', 'â', 'ã' -> 'a';
            case 'Å', 'Ä', 'À', 'Á', 'Â', 'Ã' -> 'A';
            case 'ö', 'ò', 'ó', 'ô', 'õ', 'ø' -> 'o';
            case 'Ö', 'Ò', 'Ó', 'Ô', 'Õ', 'Ø' -> 'O';
            case 'é', 'è', 'ê', 'ë' -> 'e';
            case 'É', 'È', 'Ê', 'Ë' -> 'E';
            case 'ü', 'ù', 'ú', 'û' -> 'u';
            case 'Ü', 'Ù', 'Ú', 'Û' -> 'U';
            case 'í', 'ì', 'î', 'ï' -> 'i';
            case 'ç' -> 'c';
            case 'ñ' -> 'n';
            default -> cp;
        };
    }

    private static short[] widths(String csv) {
        String[] parts = csv.split(",");
        short[] w = new short[parts.length];
        for (int i = 0; i < parts.length; i++) {
            w[i] = Short.parseShort(parts[i]);
        }
        if (w.length != 0x7F - 0x20) {
            throw new IllegalStateException("width table has " + w.length + " entries");
        }
        return w;
    }
}
