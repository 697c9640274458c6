package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A sheet of the contract as {@link Schema} declares it: its name, its columns in contract order,
 * which documents use it and which it makes (its rows alone are enough for the document), its help
 * text in Swedish, and which row labels mark a total typed in the sheet. Each sheet of the schema is
 * a subclass whose fields are its columns, so code names a column as {@code Schema.ATGARDER.effektHelar}.
 */
public abstract class SheetSpec {

    private final String name;
    private final String help;
    private final Set<DocumentType> usedBy;
    private final Set<DocumentType> makes;
    private final Predicate<Workbook> present;
    private final List<String> givenTotalWords;
    private final List<String> givenTotalKeys;
    private List<ColumnSpec> columns = List.of();

    /**
     * @param name            the sheet's name as the contract writes it
     * @param help            what the sheet holds (Swedish, one or two sentences)
     * @param usedBy          the documents that use it
     * @param makes           the documents its rows alone make (a subset of usedBy)
     * @param present         whether a workbook as read has the sheet with rows
     * @param givenTotalWords row labels starting with one of these words are totals typed in the sheet
     */
    protected SheetSpec(String name, String help, Set<DocumentType> usedBy, Set<DocumentType> makes,
                        Predicate<Workbook> present, List<String> givenTotalWords) {
        this.name = Objects.requireNonNull(name);
        this.help = help;
        this.usedBy = usedBy.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(usedBy));
        this.makes = makes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(makes));
        this.present = present;
        this.givenTotalWords = List.copyOf(givenTotalWords);
        this.givenTotalKeys = this.givenTotalWords.stream().map(Names::normalise).toList();
        if (!this.usedBy.containsAll(this.makes)) {
            throw new IllegalArgumentException(name + ": a sheet makes only documents that use it");
        }
    }

    /** Declares the columns in contract order; called once by each sheet's constructor. */
    protected final void columns(ColumnSpec... columns) {
        this.columns = List.of(columns);
    }

    /** The sheet's name as the contract writes it ({@code Resultaträkning}). */
    public String name() {
        return name;
    }

    /** What the sheet holds, in Swedish. */
    public String help() {
        return help;
    }

    /** The columns in contract order. */
    public List<ColumnSpec> columns() {
        return columns;
    }

    /** The columns the sheet cannot be read without. */
    public List<ColumnSpec> requiredColumns() {
        return columns.stream().filter(ColumnSpec::isRequired).toList();
    }

    /** The column with this header (or alias), matched after normalising. */
    public Optional<ColumnSpec> column(String header) {
        String key = Names.normalise(header);
        return columns.stream().filter(c -> c.normalisedNames().contains(key))
                .findFirst();
    }

    /** The documents that use the sheet, in document order. */
    public Set<DocumentType> usedBy() {
        return usedBy.isEmpty() ? Set.of() : EnumSet.copyOf(usedBy);
    }

    /** The documents the sheet's rows alone make. */
    public Set<DocumentType> makes() {
        return makes.isEmpty() ? Set.of() : EnumSet.copyOf(makes);
    }

    /** Whether a workbook as read has this sheet with rows. */
    public boolean presentIn(Workbook workbook) {
        return present.test(workbook);
    }

    /**
     * Whether a row label marks a total typed in the sheet ({@code Summa kostnader}, {@code Totalt}):
     * it is checked against the calculated total and never shown as it stands.
     */
    public boolean isGivenTotal(String label) {
        String key = Names.normalise(label);
        for (String w : givenTotalKeys) {
            if (key.startsWith(w)) {
                return true;
            }
        }
        return false;
    }

    /** The words that start a given total's label, as the contract writes them. */
    public List<String> givenTotalWords() {
        return givenTotalWords;
    }

    /** The names of a list of columns, quoted and joined: {@code "Post", "Budget" och "Prognos"}. */
    public static String quoted(List<ColumnSpec> columns) {
        List<String> names = new ArrayList<>();
        columns.forEach(c -> names.add("\"" + c.header() + "\""));
        return Names.joinAnd(names);
    }

    @Override
    public String toString() {
        return name;
    }
}
