package se.rapportverk.calc;

import se.rapportverk.workbook.Atgard;
import se.rapportverk.workbook.Figure;

/**
 * One calculated action of a handlingsplan.
 *
 * @param atgard             the action as read
 * @param effektHelar        full-year effect: as typed, or Antal × Timmar per × Timkostnad
 * @param effektHelarHow     how the full-year effect was obtained, in Swedish
 * @param effektInnevarande  effect in the report year: as typed, or pro-rated from Startdatum
 * @param effektInnevarandeHow how the current-year effect was obtained, in Swedish
 * @param timmar             Antal × Timmar per, when both are given
 * @param proRataMonths      the months of the report year the action runs, when the current-year effect
 *                           was pro-rated from Startdatum (0–12); {@code null} otherwise
 * @param timmar             Antal × Timmar per, when both are given
 * @param realiseradAndel    Utfall hittills as a percentage of the current-year effect (follow-up)
 */
public record ActionLine(Atgard atgard, Figure effektHelar, String effektHelarHow, Figure effektInnevarande,
                         String effektInnevarandeHow, Integer proRataMonths, Figure timmar, Figure realiseradAndel) {
}
