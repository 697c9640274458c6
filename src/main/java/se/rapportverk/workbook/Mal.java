package se.rapportverk.workbook;

import java.util.List;
import java.util.Optional;

/**
 * One goal of the Mål sheet.
 *
 * @param niva      whose goal: Kommunfullmäktige or Nämnd
 * @param mal         the goal
 * @param beskrivning a text under the goal's heading, without a lead-in
 * @param innebord    what the goal means for the nämnd
 * @param bedomning the assessment
 * @param text      how the nämnd has contributed (Texter markup)
 */
public record Mal(Niva niva, Text mal, Optional<Text> beskrivning, Optional<Text> innebord, Bedomning bedomning,
                  Optional<Text> text) {

    /** Whose goal it is. */
    public enum Niva implements Choice {
        KOMMUNFULLMAKTIGE("Kommunfullmäktige", "KF", "Kommunfullmäktiges mål", "Kommunfullmäktiges övergripande mål"),
        NAMND("Nämnd", "Nämnden", "Nämndens mål", "Nämndens utvecklingsmål", "Utvecklingsmål");

        private final String word;
        private final List<String> aliases;

        Niva(String word, String... aliases) {
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

    /** The assessment of a goal. */
    public enum Bedomning implements Choice {
        UPPFYLLT("Uppfyllt", "Målet är uppfyllt", "Helt uppfyllt"),
        DELVIS_UPPFYLLT("Delvis uppfyllt", "Delvis", "Målet är delvis uppfyllt"),
        EJ_UPPFYLLT("Ej uppfyllt", "Inte uppfyllt", "Målet är ej uppfyllt", "Målet är inte uppfyllt"),
        EJ_BEDOMT("Ej bedömt", "Inte bedömt", "Kan ej bedömas");

        private final String word;
        private final List<String> aliases;

        Bedomning(String word, String... aliases) {
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
