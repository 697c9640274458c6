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
 * calculated total. Avvikelse is always derived; a value the sheet gives for the line (a given
 * total row's amounts, a given Avvikelse) is kept beside it, and printed instead of the calculated
 * value when the two agree under the rounding rule ({@link #shown}, {@link #shownAvvikelse}).
 *
 * @param label          the Post, Verksamhet or the name of the total ({@code Summa intäkter})
 * @param labelCell      the cell of the label, for entered rows
 * @param values         the amounts per column
 * @param calculated     whether the line is a calculated total
 * @param given          for a calculated total: the amounts of the sheet's own row for it (the first
 *                       given total row that matches it), per column; empty otherwise
 * @param givenAvvikelse the Avvikelse the sheet gives for the line, or an absent figure
 */
public record AmountLine(String label, Optional<CellRef> labelCell, Map<AmountColumn, Figure> values,
                         boolean calculated, Map<AmountColumn, Figure> given, Figure givenAvvikelse) {

    public AmountLine {
        values = copy(values);
        given = copy(given);
    }

    /** A line without given values. */
    public AmountLine(String label, Optional<CellRef> labelCell, Map<AmountColumn, Figure> values, boolean calculated) {
        this(label, labelCell, values, calculated, Map.of(), Figure.none());
    }

    private static Map<AmountColumn, Figure> copy(Map<AmountColumn, Figure> map) {
        EnumMap<AmountColumn, Figure> copy = new EnumMap<>(AmountColumn.class);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }

    /** The same line with the values given for it in the sheet. */
    AmountLine withGiven(Map<AmountColumn, Figure> givenValues, Figure avvikelse) {
        return new AmountLine(label, labelCell, values, calculated, givenValues, avvikelse);
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

    /** The amount of a column as printed: the given one when it agrees with the calculated one. */
    public Shown shown(AmountColumn column) {
        return Shown.of(given.getOrDefault(column, Figure.none()), value(column));
    }

    /**
     * Avvikelse as printed: the given Avvikelse when it agrees with the calculated one; otherwise
     * the printed Prognos − the printed Budget (the calculated Avvikelse unless a given total is
     * printed), so that the line's figures belong together.
     */
    public Shown shownAvvikelse() {
        Shown given = Shown.of(givenAvvikelse, avvikelse());
        if (given.fromGiven()) {
            return given;
        }
        return Shown.calculated(shown(AmountColumn.PROGNOS).figure().minus(shown(AmountColumn.BUDGET).figure()));
    }

    /** Avvikelse period as printed: the printed Utfall period − the printed Budget period. */
    public Figure shownAvvikelsePeriod() {
        Figure budgetPeriod = shown(AmountColumn.BUDGET_PERIOD).figure();
        if (!budgetPeriod.reported()) {
            return Figure.none();
        }
        return shown(AmountColumn.UTFALL_PERIOD).figure().minus(budgetPeriod);
    }
}
