package se.rapportverk.workbook;

import java.util.List;
import java.util.Optional;

/**
 * One goal of the Mål sheet.
 *
 * @param niva      whose goal: Kommunfullmäktige or Nämnd
 * @param mal       the goal
 * @param innebord  what the goal means for the nämnd
 * @param bedomning the assessment
 * @param text      how the nämnd has contributed (Texter markup)
 */
public record Mal(Niva niva, Text mal, Optional<Text> innebord, Bedomning bedomning, Optional<Text> text) {

    /** Whose goal it is. */
    public enum Niva implements Choice {
        KOMMUNFULLMAKTIGE("Kommunfullmäktige", "KF", "Kommunfullmäktiges mål"),
        NAMND("Nämnd", "Nämnden", "Nämndens mål");

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
        UPPFYLLT("Uppfyllt"),
        DELVIS_UPPFYLLT("Delvis uppfyllt"),
        EJ_UPPFYLLT("Ej uppfyllt"),
        EJ_BEDOMT("Ej bedömt");

        private final String word;

        Bedomning(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }
}
