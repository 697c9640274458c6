package se.rapportverk.workbook;

/**
 * One row of the Investeringar sheet.
 *
 * @param projekt        the project
 * @param budget         the year's budget
 * @param utfallPeriod   the outcome of the period
 * @param prognos        the full-year forecast
 * @param givenAvvikelse an Avvikelse typed in the sheet (checked, never used), or an absent figure
 * @param givenTotal     whether the row is a total typed in the sheet (checked, never shown)
 */
public record Investering(Text projekt, Figure budget, Figure utfallPeriod, Figure prognos, Figure givenAvvikelse,
                          boolean givenTotal) {
}
