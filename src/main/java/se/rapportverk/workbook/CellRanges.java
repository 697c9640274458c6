package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Writes a set of cells compactly, as people write them in Excel: {@code E2:E4, E6}. Cells of
 * another sheet than the first carry their sheet name.
 */
public final class CellRanges {

    private CellRanges() {
    }

    /**
     * Describes cells: consecutive rows of one column become a range.
     *
     * @param cells     the cells
     * @param homeSheet the sheet whose name may be left out, or {@code null} to always write it
     */
    public static String describe(Collection<CellRef> cells, String homeSheet) {
        SortedSet<CellRef> sorted = new TreeSet<>(cells);
        List<String> parts = new ArrayList<>();
        CellRef start = null;
        CellRef previous = null;
        for (CellRef cell : sorted) {
            if (previous != null && cell.sheet().equals(previous.sheet()) && cell.column() == previous.column()
                    && cell.row() == previous.row() + 1) {
                previous = cell;
                continue;
            }
            if (start != null) {
                parts.add(range(start, previous, homeSheet));
            }
            start = cell;
            previous = cell;
        }
        if (start != null) {
            parts.add(range(start, previous, homeSheet));
        }
        return String.join(", ", parts);
    }

    private static String range(CellRef start, CellRef end, String homeSheet) {
        String prefix = start.sheet().equals(homeSheet) ? "" : start.sheet() + "!";
        return start.equals(end) ? prefix + start.address() : prefix + start.address() + ":" + end.address();
    }
}
