package se.rapportverk.workbook;

import java.util.Comparator;
import java.util.Objects;

import org.apache.poi.ss.util.CellReference;

/**
 * The place of a cell, written as people read it in Excel: {@code Resultaträkning!E3}.
 *
 * @param sheet  the sheet's name as it stands in the workbook
 * @param row    zero-based row index
 * @param column zero-based column index
 */
public record CellRef(String sheet, int row, int column) implements Comparable<CellRef> {

    private static final Comparator<CellRef> ORDER = Comparator.comparing(CellRef::sheet)
            .thenComparingInt(CellRef::column).thenComparingInt(CellRef::row);

    public CellRef {
        Objects.requireNonNull(sheet, "sheet");
    }

    /** The cell's address without the sheet: {@code E3}. */
    public String address() {
        return CellReference.convertNumToColString(column) + (row + 1);
    }

    /** {@code Sheet!A1}. */
    @Override
    public String toString() {
        return sheet + "!" + address();
    }

    @Override
    public int compareTo(CellRef other) {
        return ORDER.compare(this, other);
    }
}
