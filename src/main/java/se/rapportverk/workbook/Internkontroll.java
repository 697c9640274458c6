package se.rapportverk.workbook;

import java.util.Optional;

/**
 * One row of the Internkontroll sheet.
 *
 * @param risk        the risk
 * @param beskrivning what the risk means
 * @param kontroll    how it is controlled
 * @param resultat    the result of the control, if reported
 * @param kommentar   comment
 */
public record Internkontroll(Text risk, Optional<Text> beskrivning, Optional<Text> kontroll,
                             Optional<Resultat> resultat, Optional<Text> kommentar) {

    /** The result of a control. */
    public enum Resultat implements Choice {
        UTAN_AVVIKELSE("Utan avvikelse"),
        MINDRE_AVVIKELSE("Mindre avvikelse"),
        STOR_AVVIKELSE("Stor avvikelse"),
        EJ_GENOMFORD("Ej genomförd");

        private final String word;

        Resultat(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }
}
