package se.rapportverk.workbook;

import java.util.Optional;

/**
 * One row of the Volymer sheet.
 *
 * @param verksamhet       the activity
 * @param volymenhet       the volume unit ({@code Årsplacering}, {@code Timmar}, {@code Kunder})
 * @param volymBudget      budgeted volume
 * @param volymPrognos     forecast volume
 * @param kostnadPerEnhet  amount per volume unit, in Beloppsenhet
 * @param avvikelseDrift   the avvikelse of the Driftsredovisning as typed here, or an absent figure
 * @param grupp            the table the row stands in, when the sheet has groups
 */
public record Volym(Text verksamhet, Optional<Text> volymenhet, Figure volymBudget, Figure volymPrognos,
                    Figure kostnadPerEnhet, Figure avvikelseDrift, Optional<Text> grupp) {
}
