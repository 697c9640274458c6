package se.rapportverk.workbook;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of the Resultaträkning or the Driftsredovisning.
 *
 * @param label          the Post or Verksamhet
 * @param group          the Område (Driftsredovisning), if given
 * @param kind           income, cost, a given total, or (Driftsredovisning) a net row
 * @param values         the amounts per column present in the sheet
 * @param givenAvvikelse the Avvikelse typed in the sheet (checked, never used), or an absent figure
 */
public record AmountRow(Text label, Optional<Text> group, Kind kind, Map<AmountColumn, Figure> values,
                        Figure givenAvvikelse) {

    /** What a row is. */
    public enum Kind {
        /** Income (Intäkt): positive. */
        INCOME,
        /** Cost (Kostnad): negative. */
        COST,
        /** A net row of the Driftsredovisning. */
        NET,
        /** A total typed in the sheet: never shown, checked against the calculated one. */
        GIVEN_TOTAL,
        /**
         * A row that could not be read as any of the others (its Post, Verksamhet or Typ is missing or
         * not allowed; the error is reported): in no section, and every total it could belong to is
         * unreadable, so that the checks say nothing more about it.
         */
        UNREADABLE
    }

    /** The Typ of a Resultaträkning row as typed. */
    public enum Typ implements Choice {
        INTAKT("Intäkt", Kind.INCOME, "Intäkter"),
        KOSTNAD("Kostnad", Kind.COST, "Kostnader"),
        SUMMA("Summa", Kind.GIVEN_TOTAL, "Summarad", "Delsumma");

        private final String word;
        private final Kind kind;
        private final List<String> aliases;

        Typ(String word, Kind kind, String... aliases) {
            this.word = word;
            this.kind = kind;
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

        /** What a row of this Typ is. */
        public Kind kind() {
            return kind;
        }
    }

    public AmountRow {
        EnumMap<AmountColumn, Figure> copy = new EnumMap<>(AmountColumn.class);
        copy.putAll(values);
        values = java.util.Collections.unmodifiableMap(copy);
    }

    /** The amount in a column; an absent figure when the sheet lacks the column. */
    public Figure value(AmountColumn column) {
        return values.getOrDefault(column, Figure.none());
    }
}
