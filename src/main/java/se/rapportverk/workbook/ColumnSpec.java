package se.rapportverk.workbook;

/**
 * A column of a sheet as the contract names it.
 *
 * @param header   the header text as written in the contract ({@code Utfall period})
 * @param required whether the sheet is unusable without it
 */
public record ColumnSpec(String header, boolean required) {

    /** A required column. */
    public static ColumnSpec required(String header) {
        return new ColumnSpec(header, true);
    }

    /** An optional column. */
    public static ColumnSpec optional(String header) {
        return new ColumnSpec(header, false);
    }
}
