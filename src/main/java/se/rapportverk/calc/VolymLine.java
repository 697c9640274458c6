package se.rapportverk.calc;

import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Volym;

/**
 * A calculated line of the volume follow-up.
 *
 * @param volym           the row as read
 * @param avvikelseVolym  Volym prognos − Volym budget
 * @param avvikelseUtifranVolym −(Avvikelse volym × Kostnad per enhet): one placement more than budgeted
 *                        costs money, so it is a negative avvikelse; 0 when the volume does not deviate,
 *                        with or without a Kostnad per enhet
 * @param avvikelseDrift  the Driftsredovisning's avvikelse for the activity: as typed in the Volymer
 *                        sheet, otherwise that of the Driftsredovisning row of the same Verksamhet
 */
public record VolymLine(Volym volym, Figure avvikelseVolym, Figure avvikelseUtifranVolym, Figure avvikelseDrift) {
}
