package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one sheet as a table by the contract's general rules: the header row is the first
 * non-empty row; columns are found by their normalised header text in any order; fully blank rows
 * are skipped; a row whose first cell starts with {@code #} is a comment; hidden rows are read like
 * any other, with a warning. A column that is not read although it holds values (a second column
 * with the same header, or one under a header merged across several columns) is an error, so that
 * no figure is left out unseen.
 */
final class SheetReader {

    /**
     * What a sheet's headers are read against, from the Rapport sheet: År and Period (for headers
     * with the year and the period written out) and the Beloppsenhet cell, if given (for a unit in a
     * header).
     *
     * @param period   År and Period, when known
     * @param unitCell the Beloppsenhet as typed, or {@code null} when it is not given (tkr)
     */
    record Context(HeaderPattern.Context period, Text unitCell) {
        static final Context NONE = new Context(HeaderPattern.Context.NONE, null);
    }

    /** A unit in parentheses at the end of a header: {@code Intäkter/Kostnader (mkr)}. */
    private static final java.util.regex.Pattern UNIT_SUFFIX = java.util.regex.Pattern.compile("^(.*?)\\s*\\(\\s*([^()]+?)\\s*\\)$");

    private final SheetData sheet;
    private final SheetSpec spec;
    private final Diagnostics diagnostics;
    private final Unit amountUnit;
    private final Context context;
    private final Map<Integer, String> headers = new LinkedHashMap<>();
    private boolean yearHeadersUnread;
    /** Columns whose header was found but refused for its year or period (its error names the cell). */
    private final Set<ColumnSpec> refused = new java.util.HashSet<>();
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<ColumnSpec, Integer> found = new HashMap<>();
    private List<RowReader> rows;
    private final Set<CellRef> cleaned = new HashSet<>();
    private int headerRow = -1;
    private int headerIndex = -1;

    SheetReader(SheetData sheet, SheetSpec spec, Diagnostics diagnostics, Unit amountUnit) {
        this(sheet, spec, diagnostics, amountUnit, Context.NONE);
    }

    SheetReader(SheetData sheet, SheetSpec spec, Diagnostics diagnostics, Unit amountUnit, Context context) {
        this.sheet = sheet;
        this.spec = spec;
        this.diagnostics = diagnostics;
        this.amountUnit = amountUnit;
        this.context = context;
        findHeader();
    }

    /** The sheet's name as it stands in the workbook. */
    String name() {
        return sheet.name();
    }

    private void findHeader() {
        List<SheetData.Row> rows = sheet.rows();
        for (int i = 0; i < rows.size(); i++) {
            SheetData.Row row = rows.get(i);
            if (row.isBlank() || isComment(row)) {
                continue;
            }
            headerRow = row.index();
            headerIndex = i;
            // Columns that are not read: a later duplicate of a header, or the rest of a merged header.
            Map<Integer, String> unread = new LinkedHashMap<>();
            Map<Integer, Unit> units = new LinkedHashMap<>();
            Map<Integer, String> bare = new LinkedHashMap<>();
            for (int c = 0; c < row.columns().length; c++) {
                int column = row.columns()[c];
                CellRef ref = new CellRef(name(), headerRow, column);
                String header = textOf(row.cells()[c], ref);
                if (header == null || header.isBlank()) {
                    continue;
                }
                headers.put(column, header.strip());
                String withoutUnit = header.strip();
                java.util.regex.Matcher u = UNIT_SUFFIX.matcher(withoutUnit);
                if (u.matches() && !u.group(1).isBlank() && Unit.parse(u.group(2)).isPresent()) {
                    withoutUnit = u.group(1);
                    units.put(column, Unit.parse(u.group(2)).get());
                }
                bare.put(column, withoutUnit);
                String key = Names.normalise(withoutUnit);
                if (columns.containsKey(key)) {
                    CellRef first = new CellRef(name(), headerRow, columns.get(key));
                    unread.put(column, "kolumnen \"" + header.strip() + "\" finns redan i " + first.address());
                } else {
                    columns.put(key, column);
                }
            }
            for (SheetData.Range m : sheet.merged()) {
                if (m.firstRow() <= headerRow && m.lastRow() >= headerRow && m.lastColumn() > m.firstColumn()) {
                    String header = textOf(row.cell(m.firstColumn()), new CellRef(name(), headerRow, m.firstColumn()));
                    for (int column = m.firstColumn() + 1; column <= m.lastColumn(); column++) {
                        if (!columns.containsValue(column)) {
                            unread.putIfAbsent(column, "rubriken " + (header == null ? "" : "\"" + header.strip() + "\" ")
                                    + "är sammanfogad över " + m.address() + ", så kolumn "
                                    + new CellRef(name(), 0, column).address().replaceAll("\\d", "")
                                    + " har ingen egen rubrik");
                        }
                    }
                }
            }
            for (ColumnSpec column : spec.columns()) {
                List<String> names = column.names();
                for (int n = 0; n < names.size(); n++) {
                    String name = names.get(n);
                    Integer at = columns.get(column.normalisedNames().get(n));
                    if (at == null) {
                        continue;
                    }
                    Integer first = found.putIfAbsent(column, at);
                    if (first != null && !first.equals(at)) {
                        unread.putIfAbsent(at, "kolumnen \"" + name + "\" betyder samma som \"" + column.header()
                                + "\" i " + new CellRef(name(), headerRow, first).address());
                    }
                }
            }
            matchPatterns(bare, unread);
            checkUnits(units);
            reportUnread(unread, i);
            return;
        }
    }

    /**
     * Finds the columns whose headers have the year and the period written out ({@code Budget 2025},
     * {@code Utfall jan–aug 2025}), by the patterns the schema declares, among the headers no name
     * matched. A header that matches a pattern's text but names another year or period than the
     * Rapport sheet's is an error naming its cell.
     */
    private void matchPatterns(Map<Integer, String> bare, Map<Integer, String> unread) {
        for (Map.Entry<Integer, String> h : bare.entrySet()) {
            int at = h.getKey();
            if (found.containsValue(at) || unread.containsKey(at)) {
                continue;
            }
            ColumnSpec meant = null;
            // Headers that match a pattern's text but not the Rapport sheet: those whose year is right
            // (a wrong period) say more than those of another year.
            List<String> wrong = new ArrayList<>();
            List<String> instead = new ArrayList<>();
            List<ColumnSpec> insteadColumns = new ArrayList<>();
            boolean yearRight = false;
            for (ColumnSpec column : spec.columns()) {
                for (HeaderPattern pattern : column.patterns()) {
                    Optional<HeaderPattern.Match> match = pattern.match(h.getValue());
                    if (match.isEmpty()) {
                        continue;
                    }
                    if (pattern.hasYear() && context.period().year() == null) {
                        yearHeadersUnread = true;
                        continue;
                    }
                    Optional<String> contradiction = pattern.contradiction(match.get(), context.period());
                    if (contradiction.isEmpty()) {
                        meant = meant == null ? column : meant;
                        continue;
                    }
                    boolean agrees = pattern.yearAgrees(match.get(), context.period());
                    if (agrees && !yearRight) {
                        wrong.clear();
                        instead.clear();
                        insteadColumns.clear();
                        yearRight = true;
                    }
                    if (agrees || !yearRight) {
                        wrong.add(contradiction.get());
                        String right = "\"" + column.patterns().get(0).render(context.period()) + "\" (" + column.header()
                                + ")";
                        if (!instead.contains(right)) {
                            instead.add(right);
                            insteadColumns.add(column);
                        }
                    }
                }
            }
            if (meant != null) {
                Integer first = found.putIfAbsent(meant, at);
                if (first != null) {
                    unread.putIfAbsent(at, "kolumnen \"" + headers.get(at) + "\" betyder samma som \"" + meant.header()
                            + "\" i " + new CellRef(name(), headerRow, first).address());
                }
            } else if (!wrong.isEmpty()) {
                refused.addAll(insteadColumns);
                diagnostics.error(new CellRef(name(), headerRow, at), "rubriken \"" + headers.get(at) + "\" kan inte "
                        + "läsas: " + wrong.get(0) + ". Skriv " + Names.joinOr(instead)
                        + ", eller rätta År och Period på bladet Rapport");
            }
        }
    }

    /**
     * A unit in a header ({@code (mkr)}) that is not the Beloppsenhet the amounts are read in: an
     * error per sheet and unit naming the cells, since either the header or Beloppsenhet is wrong and
     * the figures would be read 1 000 times too large or too small.
     */
    private void checkUnits(Map<Integer, Unit> units) {
        Map<Unit, List<Integer>> wrong = new LinkedHashMap<>();
        for (Map.Entry<Integer, Unit> u : units.entrySet()) {
            Optional<ColumnSpec> column = found.entrySet().stream().filter(e -> e.getValue().equals(u.getKey()))
                    .map(Map.Entry::getKey).findFirst();
            boolean amounts = column.isPresent() && (column.get().type() == ColumnType.AMOUNT
                    || column.get() == spec.columns().get(0));
            if (amounts && u.getValue() != amountUnit) {
                wrong.computeIfAbsent(u.getValue(), k -> new ArrayList<>()).add(u.getKey());
            }
        }
        for (Map.Entry<Unit, List<Integer>> w : wrong.entrySet()) {
            List<Integer> cols = w.getValue();
            String symbol = w.getKey().symbol();
            String cells = Names.joinAnd(cols.stream().map(c -> new CellRef(name(), headerRow, c).address()).toList());
            String given = context.unitCell() == null
                    ? "Beloppsenhet på bladet Rapport är inte ifylld, och utan värde är den tkr"
                    : "Beloppsenhet på bladet Rapport är " + amountUnit.symbol() + " (" + context.unitCell().cell() + ")";
            diagnostics.error(new CellRef(name(), headerRow, cols.get(0)), (cols.size() == 1 ? "rubriken \""
                    + headers.get(cols.get(0)) + "\" säger " : "rubrikerna i " + cells + " säger ") + symbol
                    + ", men beloppen läses i " + amountUnit.symbol() + ": " + given + ". Skriv Beloppsenhet " + symbol
                    + " på bladet Rapport om beloppen är i " + symbol + ", eller ta bort \"(" + symbol + ")\" ur "
                    + (cols.size() == 1 ? "rubriken" : "rubrikerna"));
        }
    }

    /** Reports each column that is not read: an error when it holds values, otherwise a warning. */
    private void reportUnread(Map<Integer, String> unread, int headerAt) {
        for (Map.Entry<Integer, String> e : unread.entrySet()) {
            int column = e.getKey();
            CellRef at = new CellRef(name(), headerRow, column);
            CellRef value = null;
            List<SheetData.Row> rows = sheet.rows();
            for (int i = headerAt + 1; i < rows.size() && value == null; i++) {
                SheetData.Row row = rows.get(i);
                if (!(row.cell(column) instanceof CellContent.Empty) && !isComment(row)) {
                    value = new CellRef(name(), row.index(), column);
                }
            }
            if (value == null) {
                diagnostics.warning(at, e.getValue() + "; den läses inte");
            } else {
                diagnostics.error(at, e.getValue() + ", och kolumnen har värden (till exempel i " + value.address()
                        + ") som inte skulle komma med; ta bort kolumnen eller ge den en egen rubrik, så att det är "
                        + "tydligt vilka värden som gäller");
            }
        }
    }

    /** Whether the sheet has no header row at all. */
    boolean isEmpty() {
        return headerRow < 0;
    }

    /** The sheet's declaration. */
    SheetSpec spec() {
        return spec;
    }

    /** Whether the sheet has the column (under its header or an alias). */
    boolean has(ColumnSpec column) {
        return found.containsKey(column);
    }

    /** The zero-based index of a column, if the sheet has it. */
    Optional<Integer> index(ColumnSpec column) {
        return Optional.ofNullable(found.get(column));
    }

    /**
     * Reports every required column of the sheet's declaration that is missing.
     *
     * @return whether all required columns are present
     */
    boolean checkRequired() {
        List<ColumnSpec> required = spec.requiredColumns();
        if (isEmpty()) {
            diagnostics.error(name(), "bladet är tomt; det behöver en rubrikrad med kolumnerna "
                    + SheetSpec.quoted(required));
            return false;
        }
        List<ColumnSpec> absent = required.stream().filter(c -> !has(c)).toList();
        if (absent.isEmpty()) {
            return true;
        }
        // A column whose header was refused for its year or period has its message, naming the cell.
        List<ColumnSpec> missing = absent.stream().filter(c -> !refused.contains(c)).toList();
        if (missing.isEmpty()) {
            return false;
        }
        List<String> examples = new ArrayList<>();
        for (ColumnSpec c : missing) {
            if (!c.patterns().isEmpty()) {
                examples.add("\"" + c.patterns().get(0).render(context.period()) + "\"");
            }
        }
        diagnostics.error(name(), (missing.size() == 1 ? "kolumnen " : "kolumnerna ") + SheetSpec.quoted(missing)
                + (missing.size() == 1 ? " saknas" : " saknas") + ". Rubrikraden (rad " + (headerRow + 1) + ") har "
                + (headers.isEmpty() ? "inga rubriker" : Names.joinAnd(headers.values().stream()
                        .map(h -> "\"" + h + "\"").toList())) + "; bladet behöver " + SheetSpec.quoted(required)
                + (examples.isEmpty() ? "" : " (också skrivna med år och period, som " + Names.joinOr(examples) + ")")
                + (yearHeadersUnread ? ". Rubriker med årtal kan läsas först när År på bladet Rapport är ifyllt" : "")
                + ".");
        return false;
    }

    /** The data rows: after the header, without blank and comment rows. Read once; hidden rows warn once. */
    List<RowReader> rows() {
        if (rows == null) {
            rows = readRows();
        }
        return rows;
    }

    private List<RowReader> readRows() {
        List<RowReader> rows = new ArrayList<>();
        if (isEmpty()) {
            return rows;
        }
        List<Integer> hidden = new ArrayList<>();
        List<SheetData.Row> all = sheet.rows();
        for (int i = headerIndex + 1; i < all.size(); i++) {
            SheetData.Row row = all.get(i);
            if (row.isBlank() || isComment(row)) {
                continue;
            }
            if (row.hidden()) {
                hidden.add(row.index() + 1);
            }
            rows.add(new RowReader(this, row));
        }
        if (!hidden.isEmpty()) {
            diagnostics.warning(name(), (hidden.size() == 1 ? "rad " : "raderna ")
                    + String.join(", ", hidden.stream().map(String::valueOf).toList())
                    + (hidden.size() == 1 ? " är dold" : " är dolda")
                    + " men läses som alla andra rader; ta bort raden eller gör den till en kommentar (#) om den inte ska med");
        }
        return rows;
    }

    private static boolean isComment(SheetData.Row row) {
        for (CellContent content : row.cells()) {
            if (content instanceof CellContent.Empty) {
                continue;
            }
            return content instanceof CellContent.Str s && s.value().strip().startsWith("#");
        }
        return false;
    }

    private String textOf(CellContent content, CellRef ref) {
        return switch (seen(content, ref)) {
            case CellContent.Str s -> s.value();
            case CellContent.Number n -> n.value().toPlainString();
            default -> null;
        };
    }

    /**
     * A cell's content as a reader uses it: text from which control characters were removed gets
     * its warning, once per cell.
     */
    CellContent seen(CellContent content, CellRef ref) {
        if (content instanceof CellContent.Str s && s.removed() != null && cleaned.add(ref)) {
            diagnostics.warning(ref, SheetParser.removedWarning(s.removed()) + "; kontrollera att texten blev rätt");
        }
        return content;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    Unit amountUnit() {
        return amountUnit;
    }
}
