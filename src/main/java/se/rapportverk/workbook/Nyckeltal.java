package se.rapportverk.workbook;

import java.time.YearMonth;
import java.util.Optional;

/**
 * One reading of a key figure (Nyckeltal sheet).
 *
 * @param nyckeltal  the key figure's name
 * @param enhet      the unit it is measured in (an organisational unit), if any
 * @param period     the month measured
 * @param periodCell the Period cell
 * @param utfall     the outcome
 * @param malvarde   the target, if any
 * @param riktning   which direction is better, when there is a target
 * @param mattenhet  the unit of measure ({@code %}, {@code timmar}), if any
 */
public record Nyckeltal(Text nyckeltal, Optional<Text> enhet, YearMonth period, CellRef periodCell, Figure utfall,
                        Figure malvarde, Optional<Riktning> riktning, Optional<Text> mattenhet) {

    /** Which direction is better. */
    public enum Riktning implements Choice {
        HOGRE("Högre är bättre"),
        LAGRE("Lägre är bättre");

        private final String word;

        Riktning(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }
}
