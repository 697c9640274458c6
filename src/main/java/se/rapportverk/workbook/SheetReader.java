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

    private final SheetData sheet;
    private final Diagnostics diagnostics;
    private final Unit amountUnit;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Set<CellRef> cleaned = new HashSet<>();
    private int headerRow = -1;
    private int headerIndex = -1;

    SheetReader(SheetData sheet, Diagnostics diagnostics, Unit amountUnit) {
        this.sheet = sheet;
        this.diagnostics = diagnostics;
        this.amountUnit = amountUnit;
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
            for (int c = 0; c < row.columns().length; c++) {
                int column = row.columns()[c];
                CellRef ref = new CellRef(name(), headerRow, column);
                String header = textOf(row.cells()[c], ref);
                if (header == null) {
                    continue;
                }
                String key = Names.normalise(header);
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
            reportUnread(unread, i);
            return;
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

    /** Whether the sheet has the column. */
    boolean has(ColumnSpec column) {
        return columns.containsKey(Names.normalise(column.header()));
    }

    /** The zero-based index of a column, if the sheet has it. */
    Optional<Integer> index(ColumnSpec column) {
        return Optional.ofNullable(columns.get(Names.normalise(column.header())));
    }

    /**
     * Reports every required column that is missing.
     *
     * @return whether all required columns are present
     */
    boolean checkRequired(List<ColumnSpec> specs) {
        if (isEmpty()) {
            diagnostics.error(name(), "bladet är tomt; det behöver en rubrikrad med kolumnerna "
                    + headers(specs.stream().filter(ColumnSpec::required).toList()));
            return false;
        }
        boolean ok = true;
        for (ColumnSpec spec : specs) {
            if (spec.required() && !has(spec)) {
                diagnostics.error(name(), "kolumnen \"" + spec.header() + "\" saknas. Rubrikraden (rad "
                        + (headerRow + 1) + ") behöver kolumnerna " + headers(specs.stream()
                        .filter(ColumnSpec::required).toList()) + ".");
                ok = false;
            }
        }
        return ok;
    }

    private static String headers(List<ColumnSpec> specs) {
        List<String> names = specs.stream().map(s -> "\"" + s.header() + "\"").toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " och " + names.get(names.size() - 1);
    }

    /** The data rows: after the header, without blank and comment rows. */
    List<RowReader> rows() {
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
