package se.rapportverk.workbook;

import java.util.Arrays;
import java.util.List;

/**
 * One sheet's cells as read, compactly: its rows in order, each with its non-empty cells' columns
 * and contents in two arrays, and the merged ranges. Formulas are already resolved.
 *
 * @param name   the sheet's name as it stands in the workbook
 * @param rows   the rows that have cells, in row order
 * @param merged the merged ranges
 */
record SheetData(String name, List<Row> rows, List<Range> merged) {

    /** The content of an empty cell. */
    static final CellContent EMPTY = new CellContent.Empty();

    /**
     * One row.
     *
     * @param index   the zero-based row index
     * @param hidden  whether the row is hidden
     * @param columns the zero-based columns of its cells, ascending
     * @param cells   their contents, none of them empty
     */
    record Row(int index, boolean hidden, int[] columns, CellContent[] cells) {

        /** The content of a cell, empty when the row has none there. */
        CellContent cell(int column) {
            int at = Arrays.binarySearch(columns, column);
            return at < 0 ? EMPTY : cells[at];
        }

        /** Whether the row has no content at all. */
        boolean isBlank() {
            for (CellContent c : cells) {
                if (!(c instanceof CellContent.Empty)) {
                    return false;
                }
            }
            return true;
        }

        /** The first column with content, or 0 for a blank row. */
        int firstColumn() {
            for (int i = 0; i < cells.length; i++) {
                if (!(cells[i] instanceof CellContent.Empty)) {
                    return columns[i];
                }
            }
            return 0;
        }

        /** Replaces the content of a cell the row has (a formula once calculated). */
        void set(int column, CellContent content) {
            int at = Arrays.binarySearch(columns, column);
            if (at >= 0) {
                cells[at] = content;
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && r.index == index && r.hidden == hidden && Arrays.equals(r.columns, columns)
                    && Arrays.equals(r.cells, cells);
        }

        @Override
        public int hashCode() {
            return 31 * index + Arrays.hashCode(columns);
        }

        @Override
        public String toString() {
            return "Row[" + (index + 1) + ", " + Arrays.toString(cells) + "]";
        }
    }

    /** The row with an index, or {@code null}. */
    Row row(int index) {
        int lo = 0;
        int hi = rows.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int at = rows.get(mid).index();
            if (at == index) {
                return rows.get(mid);
            }
            if (at < index) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return null;
    }

    /** A merged range, zero-based and inclusive. */
    record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
        String address() {
            return new CellRef("", firstRow, firstColumn).address() + ":" + new CellRef("", lastRow, lastColumn).address();
        }
    }
}
