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
    private final SheetSpec spec;
    private final Diagnostics diagnostics;
    private final Unit amountUnit;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Map<ColumnSpec, Integer> found = new HashMap<>();
    private List<RowReader> rows;
    private final Set<CellRef> cleaned = new HashSet<>();
    private int headerRow = -1;
    private int headerIndex = -1;

    SheetReader(SheetData sheet, SheetSpec spec, Diagnostics diagnostics, Unit amountUnit) {
        this.sheet = sheet;
        this.spec = spec;
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
            for (ColumnSpec column : spec.columns()) {
                for (String name : column.names()) {
                    Integer at = columns.get(Names.normalise(name));
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
        boolean ok = true;
        for (ColumnSpec column : required) {
            if (!has(column)) {
                diagnostics.error(name(), "kolumnen \"" + column.header() + "\" saknas. Rubrikraden (rad "
                        + (headerRow + 1) + ") behöver kolumnerna " + SheetSpec.quoted(required) + ".");
                ok = false;
            }
        }
        return ok;
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
