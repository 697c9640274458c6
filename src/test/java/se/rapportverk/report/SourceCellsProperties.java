package se.rapportverk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.rapportverk.document.Sources;
import se.rapportverk.workbook.CellRef;

/**
 * The cells' text written straight from the cells is the text of their sources, as it was made
 * before (the cells as ranges, {@link Sources#of}, {@link Sources#toString()}).
 */
class SourceCellsProperties {

    private static String asBefore(java.util.Collection<CellRef> cells) {
        List<Sources.Range> ranges = new ArrayList<>();
        for (CellRef c : cells) {
            ranges.add(Sources.Range.cell(c.sheet(), c.row(), c.column()));
        }
        return Sources.of(ranges).toString();
    }

    @Provide
    Arbitrary<List<CellRef>> cells() {
        Arbitrary<CellRef> cell = Combinators.combine(
                Arbitraries.of("Resultaträkning", "Driftsredovisning", "Mål", "Externa utförare", "O'Brien", "a", "B"),
                Arbitraries.oneOf(Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 1_048_575)),
                Arbitraries.oneOf(Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 16_383)))
                .as(CellRef::new);
        return cell.list().ofMaxSize(30);
    }

    @Property(tries = 2000)
    void aListsTextIsAsBefore(@ForAll("cells") List<CellRef> cells) {
        assertEquals(asBefore(cells), SourceCells.text(cells));
    }

    @Property(tries = 2000)
    void aSortedSetsTextIsAsBefore(@ForAll("cells") List<CellRef> cells) {
        TreeSet<CellRef> set = new TreeSet<>(cells);
        assertEquals(asBefore(set), SourceCells.text(set));
    }

    @Example
    void consecutiveCellsOfAColumnAreOneRange() {
        assertEquals("Mål!B2:B4, Mål!C2, 'O''Brien'!A1", SourceCells.text(List.of(new CellRef("Mål", 2, 1),
                new CellRef("O'Brien", 0, 0), new CellRef("Mål", 1, 1), new CellRef("Mål", 3, 1),
                new CellRef("Mål", 1, 2), new CellRef("Mål", 2, 1))));
        assertEquals("", SourceCells.text(List.of()));
    }
}
