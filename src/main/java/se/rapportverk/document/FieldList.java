package se.rapportverk.document;

import java.util.List;

/**
 * Label–value pairs shown as a block, such as the metadata block of a handlingsplan
 * ("Beslutande instans: Vård- och omsorgsnämnden") or the header of a tjänsteskrivelse.
 *
 * @param fields the pairs in order
 * @param layout how the pairs are set
 */
public record FieldList(List<Field> fields, Layout layout) implements Block {

    /** One label and its value. */
    public record Field(String label, String value) {
    }

    /** How a field list is laid out. */
    public enum Layout {
        /** One "Label: value" line per field. */
        LINES,
        /** Two columns, labels left and values right, without rules. */
        COLUMNS
    }

    public FieldList {
        fields = List.copyOf(fields);
    }
}
