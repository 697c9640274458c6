package se.rapportverk.calc;

import se.rapportverk.workbook.ExternUtforare;
import se.rapportverk.workbook.Figure;

/**
 * A calculated line of the external providers' follow-up.
 *
 * @param row          the row as read
 * @param andelUtfall  Köp av verksamhet utfall / Nettokostnad utfall, in percent
 * @param andelBudget  Köp av verksamhet budget / Nettokostnad budget, in percent
 */
public record ExternLine(ExternUtforare row, Figure andelUtfall, Figure andelBudget) {

    /** Calculates the shares of one row. */
    public static ExternLine of(ExternUtforare row) {
        return new ExternLine(row, row.kopUtfall().percentOf(row.nettokostnadUtfall()),
                row.kopBudget().percentOf(row.nettokostnadBudget()));
    }
}
