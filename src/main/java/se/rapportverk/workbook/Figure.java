package se.rapportverk.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Collection;
import java.util.Objects;
import java.util.SortedSet;

/**
 * A number with its provenance: the exact value (in the workbook's Beloppsenhet for amounts),
 * the cells it was read or calculated from, the finest decimal place used in those cells, and how
 * many entered values went into it. Figures are immutable; arithmetic returns new figures whose
 * sources are the union of the operands' sources.
 *
 * <p>An empty cell is "not reported": its figure has a {@code null} value, is shown as {@code –},
 * and counts as zero in sums. A calculation over nothing but unreported figures is unreported.
 *
 * <p>A cell that could not be read (not a number, an error value, an ambiguous text) has already
 * been reported as an error; its figure is {@linkplain #unreadable() unreadable}, and so is every
 * figure calculated from it. The checks say nothing about an unreadable figure: one bad cell gives
 * one message, not follow-on warnings about the totals it would have been part of.
 *
 * @param value      the exact value, or {@code null} when not reported
 * @param sources    the cells the value comes from, in sheet, column, row order
 * @param decimals   the finest decimal place used by the entered values (for the rounding rule)
 * @param terms      how many reported entered values the figure is made of
 * @param unreadable whether the figure is or depends on a cell that could not be read
 */
public record Figure(BigDecimal value, SortedSet<CellRef> sources, int decimals, int terms, boolean unreadable) {

    /** Precision of divisions (ratios, percentages): far beyond anything shown. */
    public static final MathContext DIVISION = MathContext.DECIMAL64;

    public Figure {
        // Immutable and compact: a workbook has hundreds of thousands of figures (CellSet).
        sources = CellSet.copyOf(sources);
    }

    /** A figure that can be read (every figure but those of cells in error and what depends on them). */
    public Figure(BigDecimal value, SortedSet<CellRef> sources, int decimals, int terms) {
        this(value, sources, decimals, terms, false);
    }

    /** A value entered in a cell. */
    public static Figure read(BigDecimal value, CellRef cell, int decimals) {
        return new Figure(value, CellSet.of(cell), decimals, value == null ? 0 : 1);
    }

    /** An empty cell: not reported. */
    public static Figure notReported(CellRef cell) {
        return read(null, cell, 0);
    }

    /** A cell that could not be read (its error is already reported): no value, and unreadable. */
    public static Figure unreadable(CellRef cell) {
        return new Figure(null, CellSet.of(cell), 0, 0, true);
    }

    /** The same figure marked as depending on a cell that could not be read. */
    public Figure asUnreadable() {
        return unreadable ? this : new Figure(value, sources, decimals, terms, true);
    }

    /** A figure with no source at all: not reported (an absent column). */
    public static Figure none() {
        return new Figure(null, CellSet.empty(), 0, 0);
    }

    /** A constant that comes from the contract rather than a cell (e.g. 100 for percentages). */
    public static Figure constant(BigDecimal value) {
        return new Figure(value, CellSet.empty(), 0, 0);
    }

    /** Whether the figure has a value. */
    public boolean reported() {
        return value != null;
    }

    /** The value, or zero when not reported. */
    public BigDecimal orZero() {
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The sum of figures; unreported ones count as zero; unreported if all are. */
    public static Figure sum(Collection<Figure> figures) {
        BigDecimal total = null;
        java.util.List<SortedSet<CellRef>> sources = new java.util.ArrayList<>(figures.size());
        int decimals = 0;
        int terms = 0;
        boolean unreadable = false;
        for (Figure f : figures) {
            sources.add(f.sources);
            decimals = Math.max(decimals, f.decimals);
            terms += f.terms;
            unreadable |= f.unreadable;
            if (f.value != null) {
                total = total == null ? f.value : total.add(f.value);
            }
        }
        return new Figure(total, CellSet.union(sources), decimals, terms, unreadable);
    }

    /** This minus another figure (such as Prognos − Budget). */
    public Figure minus(Figure other) {
        return combine(other, value == null && other.value == null ? null : orZero().subtract(other.orZero()));
    }

    /** The negated figure. */
    public Figure negate() {
        return new Figure(value == null ? null : value.negate(), sources, decimals, terms, unreadable);
    }

    /** This times another figure; unreported if either is. */
    public Figure times(Figure other) {
        return combine(other, value == null || other.value == null ? null : value.multiply(other.value));
    }

    /**
     * This divided by another figure; unreported if either is unreported or the divisor is zero.
     */
    public Figure dividedBy(Figure other) {
        if (value == null || other.value == null || other.value.signum() == 0) {
            return combine(other, null);
        }
        return combine(other, value.divide(other.value, DIVISION));
    }

    /** This as a percentage of another figure (×100); unreported when it cannot be calculated. */
    public Figure percentOf(Figure whole) {
        Figure ratio = dividedBy(whole);
        return ratio.value == null ? ratio
                : new Figure(ratio.value.movePointRight(2), ratio.sources, ratio.decimals, ratio.terms, ratio.unreadable);
    }

    /** The same figure with its value replaced (sources kept), e.g. after a unit conversion. */
    public Figure withValue(BigDecimal newValue) {
        return new Figure(newValue, sources, decimals, terms, unreadable);
    }

    private Figure combine(Figure other, BigDecimal result) {
        return new Figure(result, CellSet.union(sources, other.sources), Math.max(decimals, other.decimals),
                terms + other.terms, unreadable || other.unreadable);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Figure f && Objects.equals(value, f.value) && sources.equals(f.sources)
                && decimals == f.decimals && terms == f.terms && unreadable == f.unreadable;
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, sources, decimals, terms, unreadable);
    }
}
