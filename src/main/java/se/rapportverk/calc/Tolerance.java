package se.rapportverk.calc;

import java.math.BigDecimal;

import se.rapportverk.workbook.Figure;

/**
 * The contract's rounding rule, in one place: a given figure agrees with a calculated one when
 * they differ by at most half a unit of the finest decimal place used in either, times the number
 * of entered values the calculation is made of. The checks use it to accept or flag a given total,
 * and the documents use it to decide whether they print the given figure (see {@link Shown}).
 */
public final class Tolerance {

    private Tolerance() {
    }

    /** The largest difference the rounding rule accepts between two figures made of {@code terms} values. */
    public static BigDecimal of(Figure given, Figure calculated, int terms) {
        int decimals = Math.max(given.decimals(), calculated.decimals());
        return BigDecimal.valueOf(5, decimals + 1).multiply(BigDecimal.valueOf(terms));
    }

    /** Whether a difference is within a tolerance (a difference equal to it is accepted). */
    public static boolean within(BigDecimal difference, BigDecimal tolerance) {
        return difference.abs().compareTo(tolerance) <= 0;
    }

    /**
     * Whether a given figure agrees with the calculated one under the rounding rule (check 1): both
     * reported, and the difference at most {@link #of} with the calculated figure's terms.
     */
    public static boolean agrees(Figure given, Figure calculated) {
        if (!given.reported()) {
            return false;
        }
        return within(given.value().subtract(calculated.orZero()), of(given, calculated, calculated.terms()));
    }
}
