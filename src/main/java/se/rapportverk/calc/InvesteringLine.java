package se.rapportverk.calc;

import java.util.Optional;

import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Investering;

/**
 * One line of the calculated investment statement: a project or the total.
 *
 * @param projekt        the project, or {@code Totalt}
 * @param projektCell    the cell of the project's name, for entered rows
 * @param budget         budget
 * @param utfallPeriod   outcome of the period
 * @param prognos        full-year forecast
 * @param givenAvvikelse the Avvikelse typed in the sheet, or an absent figure
 * @param given          for the total: the sheet's own total row (the first), if any
 */
public record InvesteringLine(String projekt, Optional<CellRef> projektCell, Figure budget, Figure utfallPeriod,
                              Figure prognos, Figure givenAvvikelse, Optional<Investering> given) {

    /** Avvikelse = Prognos − Budget. */
    public Figure avvikelse() {
        return prognos.minus(budget);
    }

    /** Budget as printed: the given total when it agrees with the sum. */
    public Shown shownBudget() {
        return Shown.of(given.map(Investering::budget).orElse(Figure.none()), budget);
    }

    /** Utfall period as printed. */
    public Shown shownUtfallPeriod() {
        return Shown.of(given.map(Investering::utfallPeriod).orElse(Figure.none()), utfallPeriod);
    }

    /** Prognos as printed. */
    public Shown shownPrognos() {
        return Shown.of(given.map(Investering::prognos).orElse(Figure.none()), prognos);
    }

    /** Avvikelse as printed: the given one when it agrees, else the printed Prognos − the printed Budget. */
    public Shown shownAvvikelse() {
        Shown typed = Shown.of(givenAvvikelse, avvikelse());
        return typed.fromGiven() ? typed
                : Shown.calculated(shownPrognos().figure().minus(shownBudget().figure()));
    }
}
