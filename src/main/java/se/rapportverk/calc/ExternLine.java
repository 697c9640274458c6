package se.rapportverk.calc;

import se.rapportverk.workbook.ExternUtforare;
import se.rapportverk.workbook.Figure;

/**
 * A calculated line of the external providers' follow-up.
 *
 * @param row          the row as read
 * @param andelUtfall  Köp av verksamhet utfall / Nettokostnad utfall, in percent; the given Andel utfall
 *                     when the amounts are not both there
 * @param andelBudget  Köp av verksamhet budget / Nettokostnad budget, in percent; the given Andel budget
 *                     when the amounts are not both there
 */
public record ExternLine(ExternUtforare row, Figure andelUtfall, Figure andelBudget) {

    /** Calculates the shares of one row. */
    public static ExternLine of(ExternUtforare row) {
        return new ExternLine(row, share(row.kopUtfall(), row.nettokostnadUtfall(), row.andelUtfall()),
                share(row.kopBudget(), row.nettokostnadBudget(), row.andelBudget()));
    }

    /** Whether a share is calculated from the amounts (else it is the given one, or none). */
    public static boolean calculated(Figure kop, Figure nettokostnad) {
        return kop.reported() && nettokostnad.reported();
    }

    private static Figure share(Figure kop, Figure nettokostnad, Figure given) {
        return calculated(kop, nettokostnad) || !given.reported() ? kop.percentOf(nettokostnad) : given;
    }

    /** Whether Andel utfall is calculated from the amounts. */
    public boolean utfallCalculated() {
        return calculated(row.kopUtfall(), row.nettokostnadUtfall());
    }

    /** Whether Andel budget is calculated from the amounts. */
    public boolean budgetCalculated() {
        return calculated(row.kopBudget(), row.nettokostnadBudget());
    }
}
