package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;

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
        List<String> parts = new ArrayList<>();
        CellRef start = null;
        CellRef previous = null;
        for (CellRef cell : sorted(cells)) {
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

    /** The cells in their natural order, each once (as a {@code TreeSet} of them would hold them). */
    private static Iterable<CellRef> sorted(Collection<CellRef> cells) {
        if (cells instanceof SortedSet<CellRef> s && s.comparator() == null) {
            return s;
        }
        CellRef[] a = cells.toArray(new CellRef[0]);
        Arrays.sort(a);
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (n == 0 || a[n - 1].compareTo(a[i]) != 0) {
                a[n++] = a[i];
            }
        }
        return Arrays.asList(a).subList(0, n);
    }

    private static String range(CellRef start, CellRef end, String homeSheet) {
        String prefix = start.sheet().equals(homeSheet) ? "" : start.sheet() + "!";
        return start.equals(end) ? prefix + start.address() : prefix + start.address() + ":" + end.address();
    }
}
