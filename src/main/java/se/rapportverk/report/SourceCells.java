package se.rapportverk.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;

import se.rapportverk.document.Sources;
import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Text;

/**
 * The workbook cells a piece of template data shows, as the {@code cells} attribute of the template
 * vocabulary reads them ({@link Sources}): {@code Resultaträkning!E2:E5}. Templates pass them on, so
 * that a finding about a cell is placed beside what shows it.
 */
public final class SourceCells {

    private SourceCells() {
    }

    /** The cells as document sources. */
    public static Sources of(Collection<CellRef> cells) {
        List<Sources.Range> ranges = new ArrayList<>(cells.size());
        for (CellRef c : cells) {
            ranges.add(Sources.Range.cell(c.sheet(), c.row(), c.column()));
        }
        return Sources.of(ranges);
    }

    /**
     * The cells as the attribute's text; empty for none. The same text as {@code of(cells).toString()},
     * written straight from the cells in their order (sheet, column, row).
     */
    public static String text(Collection<CellRef> cells) {
        if (cells.isEmpty()) {
            return "";
        }
        CellRef[] sorted = cells.toArray(new CellRef[0]);
        if (!(cells instanceof SortedSet<?> set && set.comparator() == null) && sorted.length > 1) {
            Arrays.sort(sorted, SourceCells::compare);
        }
        Sources.CellText text = new Sources.CellText();
        CellRef last = null;
        for (CellRef c : sorted) {
            if (last == null || compare(last, c) != 0) {
                text.add(c.sheet(), c.row(), c.column());
            }
            last = c;
        }
        return text.text();
    }

    /** The order of {@link CellRef#compareTo} (sheet, column, row), written out. */
    private static int compare(CellRef a, CellRef b) {
        if (a.sheet() != b.sheet()) {
            int c = a.sheet().compareTo(b.sheet());
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(a.column(), b.column());
        return c != 0 ? c : Integer.compare(a.row(), b.row());
    }

    /** The cells of a row's texts, those that are given, as the attribute's text. */
    @SafeVarargs
    static String ofTexts(Text first, Optional<Text>... more) {
        List<CellRef> cells = new ArrayList<>();
        cells.add(first.cell());
        for (Optional<Text> t : more) {
            t.ifPresent(x -> cells.add(x.cell()));
        }
        return text(cells);
    }
}
