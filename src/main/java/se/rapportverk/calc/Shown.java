package se.rapportverk.calc;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;

/**
 * A figure as the documents print it. A total or an avvikelse that the workbook gives and that
 * agrees with the calculated one under the rounding rule is printed as given: it is the ledger's,
 * more exact than a sum of rounded rows. A given figure that disagrees is not printed; the
 * calculated one is, and check 1 warns.
 *
 * @param figure     what is printed: the given value (its cells and the calculation's) or the calculated figure
 * @param calculated the calculated figure
 * @param given      the given figure when it is the one printed
 */
public record Shown(Figure figure, Figure calculated, Optional<Figure> given) {

    /** The calculated figure, printed as it is. */
    public static Shown calculated(Figure calculated) {
        return new Shown(calculated, calculated, Optional.empty());
    }

    /**
     * The given figure when it agrees with the calculated one ({@link Tolerance#agrees}), else the
     * calculated one.
     */
    public static Shown of(Figure given, Figure calculated) {
        if (!Tolerance.agrees(given, calculated)) {
            return calculated(calculated);
        }
        SortedSet<CellRef> cells = new TreeSet<>(given.sources());
        cells.addAll(calculated.sources());
        Figure printed = new Figure(given.value(), cells, Math.max(given.decimals(), calculated.decimals()),
                calculated.terms());
        return new Shown(printed, calculated, Optional.of(given));
    }

    /** Whether the given figure is the one printed. */
    public boolean fromGiven() {
        return given.isPresent();
    }
}
