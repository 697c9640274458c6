package se.rapportverk.e2e;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The Swedish way of writing figures that docs/dokument.md prescribes, written out again here so
 * that expectations do not come from the code under test: a no-break space between thousands, a
 * decimal comma, hyphen-minus for negatives, half-up rounding, {@code 21,1 %} with a no-break space.
 */
final class Sv {

    static final char NBSP = '\u00A0';

    private Sv() {
    }

    /** A number rounded half up to the decimals, e.g. {@code -1 121,5}. */
    static String number(BigDecimal value, int decimals) {
        BigDecimal r = value.setScale(decimals, RoundingMode.HALF_UP);
        String digits = r.abs().toPlainString();
        String whole = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
        String fraction = digits.contains(".") ? digits.substring(digits.indexOf('.') + 1) : "";
        StringBuilder sb = new StringBuilder(r.signum() < 0 ? "-" : "");
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append(NBSP);
            }
            sb.append(whole.charAt(i));
        }
        return fraction.isEmpty() ? sb.toString() : sb.append(',').append(fraction).toString();
    }

    /** An amount in tkr shown in mkr with one decimal. */
    static String mkr(BigDecimal tkr) {
        return number(tkr.movePointLeft(3), 1);
    }

    /** A share {@code part / whole} as a percentage with one decimal, {@code 21,1 %}. */
    static String percent(BigDecimal part, BigDecimal whole) {
        return number(part.multiply(BigDecimal.valueOf(100)).divide(whole, 10, RoundingMode.HALF_UP), 1) + NBSP + "%";
    }

    /** A number typed with ordinary spaces in a test, {@code nb("1 200 000")}, as documents write it. */
    static String nb(String number) {
        return number.replace(' ', NBSP);
    }
}
