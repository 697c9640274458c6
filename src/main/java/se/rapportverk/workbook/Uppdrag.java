package se.rapportverk.workbook;

import java.util.Optional;

/**
 * One row of the Uppdrag sheet: a directed investment or an assignment from the council.
 *
 * @param typ         Satsning or Uppdrag
 * @param namn        its name
 * @param uppfoljning the follow-up text
 */
public record Uppdrag(Typ typ, Text namn, Optional<Text> uppfoljning) {

    /** Satsning or Uppdrag. */
    public enum Typ implements Choice {
        SATSNING("Satsning"),
        UPPDRAG("Uppdrag");

        private final String word;

        Typ(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }
}
