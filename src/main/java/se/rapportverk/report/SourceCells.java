package se.rapportverk.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

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

    /** The cells as the attribute's text; empty for none. */
    public static String text(Collection<CellRef> cells) {
        return of(cells).toString();
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
