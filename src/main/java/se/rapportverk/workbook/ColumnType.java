package se.rapportverk.workbook;

/**
 * What a column (or a Rapport field) holds, and so how it is read, shown in the blank workbook
 * ({@code rapportverk init}) and described in the contract. The names are the contract's Swedish
 * words.
 */
public enum ColumnType {
    /** A short text, read as typed (trimmed). */
    TEXT("text", "@"),
    /** A text with the Texter markup: paragraphs, lists, sub-headings, emphasis. */
    MARKUP("text med formatering", "@"),
    /** A list, one item a line; a leading {@code - } or {@code • } is dropped. */
    LIST("lista, en punkt per rad", "@"),
    /** An amount in Beloppsenhet (or typed with its own unit, {@code 4,2 mkr}). */
    AMOUNT("belopp", "General"),
    /** A plain number: a volume, hours, a count, a key figure. */
    NUMBER("tal", "General"),
    /** A date: a date cell or ISO text, {@code 2025-01-01}. */
    DATE("datum", "yyyy-mm-dd"),
    /** One of a fixed set of words (a dropdown in the blank workbook). */
    CHOICE("val", "@"),
    /** A year and a month: a date cell or {@code 2025-03}. */
    MONTH("år och månad", "@"),
    /** The last month of a period: {@code 8}, {@code aug}, {@code augusti}, {@code 2025-08}. */
    PERIOD("månad", "@"),
    /** A year with four digits. */
    YEAR("år", "0"),
    /** A name from a fixed list that names what the row is (a Rapport field, a Texter section). */
    KEY("namn ur en lista", "@");

    private final String word;
    private final String format;

    ColumnType(String word, String format) {
        this.word = word;
        this.format = format;
    }

    /** The Swedish word for the type, as the contract documentation writes it. */
    public String word() {
        return word;
    }

    /** The Excel number format of its cells in the blank workbook ({@code @} is text). */
    public String excelFormat() {
        return format;
    }

    /** Whether its values are numbers (right-aligned, number formats). */
    public boolean numeric() {
        return this == AMOUNT || this == NUMBER || this == YEAR;
    }
}
