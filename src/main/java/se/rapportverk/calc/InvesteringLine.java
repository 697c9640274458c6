package se.rapportverk.calc;

import java.util.Optional;

import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;

/**
 * One line of the calculated investment statement: a project or the total.
 *
 * @param projekt        the project, or {@code Totalt}
 * @param projektCell    the cell of the project's name, for entered rows
 * @param budget         budget
 * @param utfallPeriod   outcome of the period
 * @param prognos        full-year forecast
 * @param givenAvvikelse the Avvikelse typed in the sheet, or an absent figure
 */
public record InvesteringLine(String projekt, Optional<CellRef> projektCell, Figure budget, Figure utfallPeriod,
                              Figure prognos, Figure givenAvvikelse) {

    /** Avvikelse = Prognos − Budget. */
    public Figure avvikelse() {
        return prognos.minus(budget);
    }
}
