package se.rapportverk.workbook;

import java.util.Objects;

/**
 * The place of a cell, written as people read it in Excel: {@code Resultaträkning!E3}.
 *
 * @param sheet  the sheet's name as it stands in the workbook
 * @param row    zero-based row index
 * @param column zero-based column index
 */
public record CellRef(String sheet, int row, int column) implements Comparable<CellRef> {

    public CellRef {
        Objects.requireNonNull(sheet, "sheet");
    }

    /** The cell's address without the sheet: {@code E3}. */
    public String address() {
        return columnName(column) + (row + 1);
    }

    /**
     * The letters of a zero-based column: {@code A} to {@code XFD}, as POI's
     * {@code CellReference.convertNumToColString} writes them (empty for a negative column).
     */
    static String columnName(int column) {
        char[] letters = new char[8];
        int at = letters.length;
        int remain = column + 1;
        while (remain > 0) {
            int part = remain % 26;
            if (part == 0) {
                part = 26;
            }
            remain = (remain - part) / 26;
            letters[--at] = (char) (part + 64);
        }
        return new String(letters, at, letters.length - at);
    }

    /*
     * equals and hashCode written out, with the values a record's own would give: a record's are
     * linked through method handles at their first call, which spins some 25 classes at every start
     * (CellRef is the key of many maps), and they run slower than these under C1.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof CellRef c && row == c.row && column == c.column && sheet.equals(c.sheet);
    }

    @Override
    public int hashCode() {
        return (sheet.hashCode() * 31 + row) * 31 + column;
    }

    /** {@code Sheet!A1}. */
    @Override
    public String toString() {
        return sheet + "!" + address();
    }

    @Override
    public int compareTo(CellRef other) {
        // By sheet, then column, then row.
        int bySheet = sheet == other.sheet ? 0 : sheet.compareTo(other.sheet);
        if (bySheet != 0) {
            return bySheet;
        }
        int byColumn = Integer.compare(column, other.column);
        return byColumn != 0 ? byColumn : Integer.compare(row, other.row);
    }
}
