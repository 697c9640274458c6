package se.rapportverk.workbook;

import java.util.List;

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
        SATSNING("Satsning", "Satsningar", "Riktad satsning", "Riktade satsningar", "Särskild satsning", "Särskilda satsningar"),
        UPPDRAG("Uppdrag", "Uppdrag från kommunfullmäktige");

        private final String word;
        private final List<String> aliases;

        Typ(String word, String... aliases) {
            this.word = word;
            this.aliases = List.of(aliases);
        }

        @Override
        public String word() {
            return word;
        }

        @Override
        public List<String> aliases() {
            return aliases;
        }
    }
}
