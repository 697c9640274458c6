package se.rapportverk.workbook;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One action of the Åtgärder sheet (handlingsplan, åtgärdsplan).
 *
 * @param nr               the ordering number as typed, if any
 * @param namn             the action's name
 * @param verksamhet       the activity it belongs to (groups an åtgärdsplan)
 * @param ansvarig         who is responsible
 * @param startdatum       when it starts
 * @param startCell        the Startdatum cell (for messages)
 * @param effektHelar      full-year effect, positive = saving (in Beloppsenhet)
 * @param effektInnevarande effect in the report year as typed (pro-rated when empty)
 * @param effektText       an effect that is not an amount ({@code Hålla prognos})
 * @param antal            number of persons or occasions
 * @param timmarPer        hours per person or occasion
 * @param timkostnad       cost per hour (in Beloppsenhet)
 * @param beskrivning      description (Texter markup)
 * @param mojligheter      opportunities, one item a line
 * @param risker           risks, one item a line
 * @param ekonomiskEffekt  text explaining the effect
 * @param uppfoljning      how and how often it is followed up
 * @param status           follow-up status
 * @param utfallHittills   realised effect so far (follow-up)
 */
public record Atgard(Optional<Text> nr, Text namn, Optional<Text> verksamhet, Optional<Text> ansvarig,
                     Optional<LocalDate> startdatum, CellRef startCell, Figure effektHelar, Figure effektInnevarande,
                     Optional<Text> effektText, Figure antal, Figure timmarPer, Figure timkostnad,
                     Optional<Text> beskrivning, List<String> mojligheter, List<String> risker,
                     Optional<Text> ekonomiskEffekt, Optional<Text> uppfoljning, Optional<Status> status,
                     Figure utfallHittills) {

    public Atgard {
        mojligheter = List.copyOf(mojligheter);
        risker = List.copyOf(risker);
    }

    /** The follow-up status of an action. */
    public enum Status implements Choice {
        EJ_PABORJAD("Ej påbörjad", "Inte påbörjad", "Ej startad", "Inte startad"),
        PAGAR("Pågår", "Pågående", "Påbörjad"),
        GENOMFORD("Genomförd", "Klar"),
        AVBRUTEN("Avbruten");

        private final String word;
        private final List<String> aliases;

        Status(String word, String... aliases) {
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
