package se.rapportverk.workbook;

import java.util.List;
import java.util.Optional;

/**
 * One item of the Ärende sheet (tjänsteskrivelse).
 *
 * @param typ   what the item is
 * @param text  its text (for a signature: the name)
 * @param titel for a signature: the title
 */
public record Arende(Typ typ, Text text, Optional<Text> titel) {

    /** The kinds of items. */
    public enum Typ implements Choice {
        BESLUTSFORSLAG("Beslutsförslag", "Förslag till beslut", "Förslag"),
        BESLUTSUNDERLAG("Beslutsunderlag", "Underlag"),
        SKICKAS_TILL("Skickas till", "Beslutet skickas till", "Mottagare"),
        UNDERSKRIFT("Underskrift", "Underskrifter", "Undertecknas av");

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

    /** Where the tjänsteskrivelse's Förslag till beslut stands ({@code Rapport!Förslag till beslut}). */
    public enum Placering implements Choice {
        FORST("Först", "Överst", "Före texterna"),
        SIST("Sist", "Efter texterna", "Nederst");

        private final String word;
        private final List<String> aliases;

        Placering(String word, String... aliases) {
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
