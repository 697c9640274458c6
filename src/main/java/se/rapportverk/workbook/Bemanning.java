package se.rapportverk.workbook;

/**
 * One unit of the Bemanning sheet (åtgärdsplan). All amounts positive, in Beloppsenhet.
 *
 * @param enhet                 the unit
 * @param intakter              income for the full year
 * @param ovrigaKostnader       costs other than staff for the full year
 * @param kostnadPerArsarbetare cost of one full-time equivalent
 * @param bemanning             full-time equivalents in the unit today
 */
public record Bemanning(Text enhet, Figure intakter, Figure ovrigaKostnader, Figure kostnadPerArsarbetare,
                        Figure bemanning) {
}
