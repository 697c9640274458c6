package se.rapportverk.workbook;

import java.util.List;

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
        UTAN_AVVIKELSE("Utan avvikelse", "Kontroll genomförd utan avvikelse", "Genomförd utan avvikelse",
                "Inga avvikelser"),
        MINDRE_AVVIKELSE("Mindre avvikelse", "Kontroll genomförd med mindre avvikelse",
                "Genomförd med mindre avvikelse", "Mindre avvikelser"),
        STOR_AVVIKELSE("Stor avvikelse", "Kontroll genomförd med stor avvikelse", "Genomförd med stor avvikelse",
                "Stora avvikelser"),
        EJ_GENOMFORD("Ej genomförd", "Kontroll ej genomförd", "Inte genomförd", "Kontroll inte genomförd");

        private final String word;
        private final String printed;
        private final List<String> aliases;

        /**
         * @param word    the word typed in the workbook
         * @param printed the words the delårsrapport prints (as in reference 003), also read when typed
         * @param others  other words that mean it
         */
        Resultat(String word, String printed, String... others) {
            this.word = word;
            this.printed = printed;
            List<String> all = new java.util.ArrayList<>();
            all.add(printed);
            all.addAll(List.of(others));
            this.aliases = List.copyOf(all);
        }

        /** The words the delårsrapport prints: {@code Kontroll genomförd med stor avvikelse}. */
        public String printed() {
            return printed;
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
