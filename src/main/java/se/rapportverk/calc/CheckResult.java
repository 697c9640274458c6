package se.rapportverk.calc;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;

/**
 * One comparison made by a check, passed or not: what was compared, the two values, the
 * tolerance the rounding rule allows, and (when it failed) a Swedish message for the user.
 *
 * @param kind       which check
 * @param passed     whether the comparison holds
 * @param place      where the finding belongs ({@code Resultaträkning!E5} or a sheet)
 * @param subject    what was compared, in Swedish ({@code Summa intäkter, Utfall period})
 * @param given      the value as entered (or the value under test)
 * @param calculated the value it was compared with, or an absent figure for rule checks
 * @param tolerance  the largest difference accepted, or zero
 * @param message    the Swedish explanation (for a failure) or description (for a pass)
 * @param cause      the cells the message names as the likely cause of a failure (a sign typed
 *                   wrong, a row left out …), empty when none is named
 */
public record CheckResult(CheckKind kind, boolean passed, String place, String subject, Figure given,
                          Figure calculated, BigDecimal tolerance, String message, SortedSet<CellRef> cause) {

    public CheckResult {
        cause = Collections.unmodifiableSortedSet(new TreeSet<>(cause));
    }

    /** A result that names no cause. */
    public CheckResult(CheckKind kind, boolean passed, String place, String subject, Figure given, Figure calculated,
                       BigDecimal tolerance, String message) {
        this(kind, passed, place, subject, given, calculated, tolerance, message, new TreeSet<>());
    }

    /** given − calculated, when both are there. */
    public BigDecimal difference() {
        if (!given.reported() && !calculated.reported()) {
            return null;
        }
        return given.orZero().subtract(calculated.orZero());
    }

    /** Every cell the comparison looked at. */
    public SortedSet<CellRef> cells() {
        SortedSet<CellRef> all = new TreeSet<>(given.sources());
        all.addAll(calculated.sources());
        return all;
    }
}
