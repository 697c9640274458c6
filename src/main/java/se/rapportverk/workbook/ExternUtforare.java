package se.rapportverk.workbook;

/**
 * One row of the Externa utförare sheet.
 *
 * @param verksamhet            the activity
 * @param kopUtfall             Köp av verksamhet, outcome of the period
 * @param nettokostnadUtfall    net cost, outcome of the period
 * @param kopBudget             Köp av verksamhet, budget
 * @param nettokostnadBudget    net cost, budget
 * @param antal                 number of external providers
 * @param andelUtfall           the share of the net cost, outcome, as given in percent (when the amounts are not known)
 * @param andelBudget           the share of the net cost, budget, as given in percent
 */
public record ExternUtforare(Text verksamhet, Figure kopUtfall, Figure nettokostnadUtfall, Figure kopBudget,
                             Figure nettokostnadBudget, Figure antal, Figure andelUtfall, Figure andelBudget) {
}
