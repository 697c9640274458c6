package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads one sheet as a table by the contract's general rules: the header row is the first
 * non-empty row; columns are found by their normalised header text in any order; fully blank rows
 * are skipped; a row whose first cell starts with {@code #} is a comment; hidden rows are read like
 * any other, with a warning.
 */
final class SheetReader {

    private final WorkbookFile file;
    private final Sheet sheet;
    private final Diagnostics diagnostics;
    private final Unit amountUnit;
    private final Map<String, Integer> columns = new HashMap<>();
    private int headerRow = -1;

    SheetReader(WorkbookFile file, Sheet sheet, Diagnostics diagnostics, Unit amountUnit) {
        this.file = file;
        this.sheet = sheet;
        this.diagnostics = diagnostics;
        this.amountUnit = amountUnit;
        findHeader();
    }

    /** The sheet's name as it stands in the workbook. */
    String name() {
        return sheet.getSheetName();
    }

    private void findHeader() {
        for (int r = sheet.getFirstRowNum(); r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row) || isComment(row)) {
                continue;
            }
            headerRow = r;
            for (Cell cell : row) {
                String header = textOf(cell);
                if (header == null) {
                    continue;
                }
                String key = Names.normalise(header);
                if (columns.containsKey(key)) {
                    CellRef first = new CellRef(name(), r, columns.get(key));
                    diagnostics.warning(new CellRef(name(), r, cell.getColumnIndex()), "kolumnen \"" + header.strip()
                            + "\" finns redan i " + first.address() + "; den första används och den här läses inte");
                } else {
                    columns.put(key, cell.getColumnIndex());
                }
            }
            return;
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
        for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || isBlank(row) || isComment(row)) {
                continue;
            }
            if (row.getZeroHeight()) {
                hidden.add(r + 1);
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

    private boolean isBlank(Row row) {
        for (Cell cell : row) {
            if (!(file.content(cell) instanceof CellContent.Empty)) {
                return false;
            }
        }
        return true;
    }

    private boolean isComment(Row row) {
        for (Cell cell : row) {
            CellContent content = file.content(cell);
            if (content instanceof CellContent.Empty) {
                continue;
            }
            return content instanceof CellContent.Str s && s.value().strip().startsWith("#");
        }
        return false;
    }

    private String textOf(Cell cell) {
        return switch (file.content(cell)) {
            case CellContent.Str s -> s.value();
            case CellContent.Number n -> n.value().toPlainString();
            default -> null;
        };
    }

    WorkbookFile file() {
        return file;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }

    Unit amountUnit() {
        return amountUnit;
    }
}
