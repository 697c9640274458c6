package se.rapportverk.calc;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import se.rapportverk.workbook.AmountColumn;
import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;

/**
 * One line of a calculated Resultaträkning or Driftsredovisning: a row as entered, or a
 * calculated total. Avvikelse is always derived, never taken from the sheet.
 *
 * @param label      the Post, Verksamhet or the name of the total ({@code Summa intäkter})
 * @param labelCell  the cell of the label, for entered rows
 * @param values     the amounts per column
 * @param calculated whether the line is a calculated total
 */
public record AmountLine(String label, Optional<CellRef> labelCell, Map<AmountColumn, Figure> values,
                         boolean calculated) {

    public AmountLine {
        EnumMap<AmountColumn, Figure> copy = new EnumMap<>(AmountColumn.class);
        copy.putAll(values);
        values = Collections.unmodifiableMap(copy);
    }

    /** The amount of a column, or an unreported figure. */
    public Figure value(AmountColumn column) {
        return values.getOrDefault(column, Figure.none());
    }

    /** Avvikelse = Prognos − Budget. */
    public Figure avvikelse() {
        return value(AmountColumn.PROGNOS).minus(value(AmountColumn.BUDGET));
    }

    /**
     * Avvikelse period = Utfall period − Budget period; unreported when the budget for the period
     * is not given.
     */
    public Figure avvikelsePeriod() {
        Figure budgetPeriod = value(AmountColumn.BUDGET_PERIOD);
        if (!budgetPeriod.reported()) {
            return Figure.none();
        }
        return value(AmountColumn.UTFALL_PERIOD).minus(budgetPeriod);
    }
}
