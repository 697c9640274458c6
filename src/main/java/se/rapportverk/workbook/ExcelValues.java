package se.rapportverk.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values as Excel stores them in a sheet: numbers taken at Excel's precision, error codes, cell
 * addresses.
 */
final class ExcelValues {

    /** Excel keeps and shows 15 significant digits; {@code 1201.2000000000003} is 1201,2. */
    static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_EVEN);

    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d{1,4})?");

    /** The error values Excel writes, the newer dynamic-array ones included. */
    static final Set<String> ERROR_CODES = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!",
            "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!", "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!",
            "#UNKNOWN!", "#PYTHON!");

    private ExcelValues() {
    }

    /**
     * A number as written in a cell's {@code <v>}, at Excel's precision, or {@code null} when the
     * text is not a number Excel can hold (NaN, infinity, beyond ±1,8 × 10³⁰⁸, not a number at all).
     */
    static BigDecimal number(String text) {
        String t = text.strip();
        if (t.length() > 400 || !NUMBER.matcher(t).matches()) {
            return null;
        }
        BigDecimal exact = new BigDecimal(t);
        if (exact.signum() != 0) {
            int exponent = exact.precision() - exact.scale() - 1;
            if (exponent > 308 || exponent < -330) {
                return null;
            }
        }
        return precise(exact);
    }

    /** A value at Excel's precision (15 significant digits), without trailing zeros. */
    static BigDecimal precise(BigDecimal exact) {
        BigDecimal rounded = exact.round(EXCEL_PRECISION).stripTrailingZeros();
        return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }

    /** A double at Excel's precision (as the formula evaluator gives it), or {@code null} for NaN and infinity. */
    static BigDecimal precise(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            return null;
        }
        return precise(BigDecimal.valueOf(d));
    }

    /** A cell address such as {@code AB12}: {row, column}, zero-based; {@code null} when it is none. */
    static int[] address(String ref) {
        int i = 0;
        int n = ref.length();
        long column = 0;
        while (i < n && i < 8 && Character.isLetter(ref.charAt(i)) && ref.charAt(i) < 128) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || i == n || i >= 8) {
            return null;
        }
        long row = 0;
        int digits = 0;
        while (i < n && ref.charAt(i) >= '0' && ref.charAt(i) <= '9' && digits < 10) {
            row = row * 10 + (ref.charAt(i) - '0');
            i++;
            digits++;
        }
        if (i != n || row < 1) {
            return null;
        }
        return new int[] {(int) Math.min(Integer.MAX_VALUE, row - 1), (int) Math.min(Integer.MAX_VALUE, column - 1)};
    }

    /** Text quoted in a message: at most 40 characters, control characters shown as nothing. */
    static String quote(String text) {
        String t = CellText.clean(text).text().strip();
        return "\"" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "\"";
    }
}
