package se.rapportverk.workbook;

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
        BESLUTSFORSLAG("Beslutsförslag"),
        BESLUTSUNDERLAG("Beslutsunderlag"),
        SKICKAS_TILL("Skickas till"),
        UNDERSKRIFT("Underskrift");

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
