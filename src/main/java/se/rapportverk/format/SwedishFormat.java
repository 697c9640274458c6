package se.rapportverk.format;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * How numbers, percentages and dates are written in every document and message: Swedish style,
 * whatever the default locale of the machine.
 *
 * <ul>
 *   <li>amounts: no-break space between thousands, decimal comma, hyphen-minus for negatives
 *       ({@code 1 092,2}, {@code -51,2}); zero is {@code 0,0}; not reported is {@code –};</li>
 *   <li>percent: {@code 21,1 %} with a no-break space before the sign;</li>
 *   <li>rounding half up, only here, when a number is shown.</li>
 * </ul>
 */
public final class SwedishFormat {

    /** The no-break space used between thousands and before units. */
    public static final char NBSP = '\u00A0';

    /** A number as {@link #number} writes it, which {@link #parse} reads back. */
    private static final Pattern WRITTEN = Pattern.compile("-?\\d{1,3}(\u00A0\\d{3})*(,\\d+)?");

    /** What an empty ("not reported") number shows. */
    public static final String NOT_REPORTED = "–";

    private SwedishFormat() {
    }

    /**
     * Formats a number with the given decimals.
     *
     * @param value    the exact value, or {@code null} when not reported
     * @param decimals decimals to show (0 or more)
     * @return e.g. {@code "1 092,2"}, {@code "-51,2"}, {@code "0,0"} or {@code "–"}
     */
    public static String number(BigDecimal value, int decimals) {
        if (value == null) {
            return NOT_REPORTED;
        }
        BigDecimal rounded = value.setScale(decimals, RoundingMode.HALF_UP);
        boolean negative = rounded.signum() < 0;
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integerPart = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        StringBuilder sb = new StringBuilder();
        if (negative) {
            sb.append('-');
        }
        int len = integerPart.length();
        for (int i = 0; i < len; i++) {
            if (i > 0 && (len - i) % 3 == 0) {
                sb.append(NBSP);
            }
            sb.append(integerPart.charAt(i));
        }
        if (!fraction.isEmpty()) {
            sb.append(',').append(fraction);
        }
        return sb.toString();
    }

    /**
     * Reads back a number as {@link #number} writes it: {@code "1 092,2"} → 1092.2, {@code "–"} →
     * {@code null}. Only that form is accepted (a no-break space between thousands, a decimal comma,
     * hyphen-minus), so that what a table prints can be added up as printed.
     *
     * @throws IllegalArgumentException for any other text
     */
    public static BigDecimal parse(String text) {
        if (NOT_REPORTED.equals(text)) {
            return null;
        }
        if (text == null || !WRITTEN.matcher(text).matches()) {
            throw new IllegalArgumentException("not a number as Rapportverk writes it: " + text);
        }
        return new BigDecimal(text.replace(String.valueOf(NBSP), "").replace(',', '.'));
    }

    /**
     * Formats a percentage already multiplied by 100.
     *
     * @param percent  e.g. {@code 21.07} for 21,07 %; {@code null} when it cannot be calculated
     * @param decimals decimals to show
     * @return e.g. {@code "21,1 %"}, or {@code "–"}
     */
    public static String percent(BigDecimal percent, int decimals) {
        if (percent == null) {
            return NOT_REPORTED;
        }
        return number(percent, decimals) + NBSP + "%";
    }

    /** A date as ISO 8601, {@code 2024-09-24}. */
    public static String date(LocalDate date) {
        return date == null ? NOT_REPORTED : date.toString();
    }

    /** The number with a unit after a no-break space: {@code 100 000 kr}. */
    public static String withUnit(BigDecimal value, int decimals, String unit) {
        return number(value, decimals) + NBSP + unit;
    }
}
