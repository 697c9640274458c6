package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A column of a sheet as the contract declares it, once ({@link Schema}): its header and the other
 * headers that mean it, what it holds, whether the sheet needs it, its allowed values, its unit and
 * its help text in Swedish. The reader finds and reads the column by it, {@code init} writes its
 * header, format, dropdown and input message, and the contract documentation describes it.
 *
 * <p>Declarations read as sentences: {@code ColumnSpec.text("Post").required().whenEmpty("…").help("…")}.
 * Each method returns a new, changed declaration.
 */
public final class ColumnSpec {

    private final String header;
    private final List<String> aliases;
    private final ColumnType type;
    private final boolean required;
    private final boolean valueRequired;
    private final String whenEmpty;
    private final Class<? extends Enum<?>> choices;
    private final String unit;
    private final String help;
    private final List<HeaderPattern> patterns;
    private final List<String> names;
    private final List<String> normalisedNames;

    private ColumnSpec(String header, List<String> aliases, ColumnType type, boolean required, boolean valueRequired,
                       String whenEmpty, Class<? extends Enum<?>> choices, String unit, String help) {
        this(header, aliases, type, required, valueRequired, whenEmpty, choices, unit, help, List.of());
    }

    private ColumnSpec(String header, List<String> aliases, ColumnType type, boolean required, boolean valueRequired,
                       String whenEmpty, Class<? extends Enum<?>> choices, String unit, String help,
                       List<HeaderPattern> patterns) {
        this.header = Objects.requireNonNull(header, "header");
        this.aliases = List.copyOf(aliases);
        this.type = Objects.requireNonNull(type, "type");
        this.required = required;
        this.valueRequired = valueRequired;
        this.whenEmpty = whenEmpty;
        this.choices = choices;
        this.unit = unit;
        this.help = help;
        this.patterns = List.copyOf(patterns);
        this.names = Stream.concat(Stream.of(header), this.aliases.stream()).toList();
        this.normalisedNames = this.names.stream().map(Names::normalise).toList();
    }

    private static ColumnSpec of(String header, ColumnType type, Class<? extends Enum<?>> choices) {
        return new ColumnSpec(header, List.of(), type, false, false, null, choices,
                type == ColumnType.AMOUNT ? "Beloppsenhet" : null, "");
    }

    /** A column of short texts. */
    public static ColumnSpec text(String header) {
        return of(header, ColumnType.TEXT, null);
    }

    /** A column of texts with the Texter markup. */
    public static ColumnSpec markup(String header) {
        return of(header, ColumnType.MARKUP, null);
    }

    /** A column of lists, one item a line. */
    public static ColumnSpec list(String header) {
        return of(header, ColumnType.LIST, null);
    }

    /** A column of amounts in Beloppsenhet. */
    public static ColumnSpec amount(String header) {
        return of(header, ColumnType.AMOUNT, null);
    }

    /** A column of plain numbers. */
    public static ColumnSpec number(String header) {
        return of(header, ColumnType.NUMBER, null);
    }

    /** A column of dates. */
    public static ColumnSpec date(String header) {
        return of(header, ColumnType.DATE, null);
    }

    /** A column of months ({@code 2025-03}). */
    public static ColumnSpec month(String header) {
        return of(header, ColumnType.MONTH, null);
    }

    /** A column of months of the year ({@code 8}, {@code aug}, {@code augusti}), as {@code Rapport!Period}. */
    public static ColumnSpec period(String header) {
        return of(header, ColumnType.PERIOD, null);
    }

    /** A column of years. */
    public static ColumnSpec year(String header) {
        return of(header, ColumnType.YEAR, null);
    }

    /** A column whose values are the words of a {@link Choice} enum. */
    public static <E extends Enum<E> & Choice> ColumnSpec choice(String header, Class<E> words) {
        return of(header, ColumnType.CHOICE, words);
    }

    /** A column of names from a fixed list (Rapport fields, Texter sections); an unknown name is a warning. */
    public static <E extends Enum<E> & Choice> ColumnSpec key(String header, Class<E> names) {
        return of(header, ColumnType.KEY, names);
    }

    /** The sheet cannot be read without this column. */
    public ColumnSpec required() {
        return new ColumnSpec(header, aliases, type, true, valueRequired, whenEmpty, choices, unit, help, patterns);
    }

    /** Every row needs a value here; a row without one is an error naming the cell. */
    public ColumnSpec needsValue() {
        return new ColumnSpec(header, aliases, type, required, true, whenEmpty, choices, unit, help, patterns);
    }

    /** Every row needs a value here; a row without one is this error (Swedish), and is not read. */
    public ColumnSpec whenEmpty(String message) {
        return new ColumnSpec(header, aliases, type, required, true, message, choices, unit, help, patterns);
    }

    /** Other headers that mean this column. */
    public ColumnSpec alias(String... headers) {
        List<String> all = new ArrayList<>(aliases);
        all.addAll(List.of(headers));
        return new ColumnSpec(header, all, type, required, valueRequired, whenEmpty, choices, unit, help, patterns);
    }

    /**
     * Headers with the year and the period written out that mean this column when they are År's and
     * Period's, as users copy them from last year's report: {@code Utfall {period} {år}} (see
     * {@link HeaderPattern}). The first is how the documents print the column's header.
     */
    public ColumnSpec pattern(String... headers) {
        List<HeaderPattern> all = new ArrayList<>(patterns);
        for (String h : headers) {
            all.add(HeaderPattern.of(h));
        }
        return new ColumnSpec(header, aliases, type, required, valueRequired, whenEmpty, choices, unit, help, all);
    }

    /** The unit its values are in (Swedish: {@code timmar}, {@code årsarbetare}). */
    public ColumnSpec unit(String unit) {
        return new ColumnSpec(header, aliases, type, required, valueRequired, whenEmpty, choices, unit, help, patterns);
    }

    /** What the column holds, in Swedish, for the blank workbook's input message and the contract. */
    public ColumnSpec help(String help) {
        return new ColumnSpec(header, aliases, type, required, valueRequired, whenEmpty, choices, unit, help, patterns);
    }

    /** The header as written in the contract ({@code Utfall period}). */
    public String header() {
        return header;
    }

    /** Other headers that mean the column. */
    public List<String> aliases() {
        return aliases;
    }

    /** The header and its aliases, the header first. */
    public List<String> names() {
        return names;
    }

    /** {@link #names()}, each {@linkplain Names#normalise normalised}, in the same order. */
    List<String> normalisedNames() {
        return normalisedNames;
    }

    /** The headers with year and period that mean the column ({@link #pattern}). */
    public List<HeaderPattern> patterns() {
        return patterns;
    }

    /** What the column holds. */
    public ColumnType type() {
        return type;
    }

    /** Whether the sheet is unusable without it. */
    public boolean isRequired() {
        return required;
    }

    /** Whether every row needs a value in it. */
    public boolean valueRequired() {
        return valueRequired;
    }

    /** The error for a row without a value, when the declaration words it; otherwise the reader's own. */
    public String whenEmptyMessage() {
        return whenEmpty != null ? whenEmpty : header + " saknas" + (choices == null ? "" : "; skriv " + Choice.allowed(choices));
    }

    /** The allowed values' enum, for choice and key columns; {@code null} otherwise. */
    public Class<? extends Enum<?>> choices() {
        return choices;
    }

    /** The allowed words, in contract order (empty for columns without a fixed list). */
    public List<String> words() {
        return choices == null ? List.of() : Choice.words(choices);
    }

    /** The unit of its values, or {@code null}. */
    public String unit() {
        return unit;
    }

    /** The help text in Swedish. */
    public String help() {
        return help;
    }

    @Override
    public String toString() {
        return header;
    }
}
