package se.rapportverk.workbook;

/**
 * One row of the Flerårsöversikt sheet: an area's net cost and budget frame for one year.
 *
 * @param omrade       the area
 * @param ar           the year
 * @param arCell       the År cell
 * @param nettokostnad net cost, as a positive amount (Beloppsenhet)
 * @param namndbidrag  the budget frame, or an absent figure
 */
public record Flerarsrad(Text omrade, int ar, CellRef arCell, Figure nettokostnad, Figure namndbidrag) {
}
