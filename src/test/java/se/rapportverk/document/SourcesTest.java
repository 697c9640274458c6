package se.rapportverk.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;

/**
 * The references of the {@code cells} attribute: written as in Excel, read back as the same cells,
 * with Swedish messages for what is not a reference.
 */
class SourcesTest {

    @Test
    void referencesAreWrittenAsInExcel() {
        Sources s = Sources.of(List.of(Sources.Range.cell("Resultaträkning", 1, 4), Sources.Range.cell("Resultaträkning", 2, 4),
                Sources.Range.cell("Resultaträkning", 3, 4), Sources.Range.cell("Resultaträkning", 4, 4),
                Sources.Range.cell("Externa utförare", 2, 1), Sources.Range.sheet("Texter")));
        // Sheets in order of name; consecutive cells of a column joined; a name with a space quoted.
        assertEquals("'Externa utförare'!B3, Resultaträkning!E2:E5, Texter", s.toString());
        assertEquals(s, Sources.parse("'Externa utförare'!B3, Resultaträkning!E2:E5, Texter"));
        assertEquals(Sources.cell("O'Brien", 0, 27), Sources.parse("'O''Brien'!AB1"));
        assertEquals("'O''Brien'!AB1", Sources.cell("O'Brien", 0, 27).toString());
        assertEquals(Sources.NONE, Sources.parse("  "));
        assertEquals(Sources.cell("Mål", 9, 2), Sources.parse("Mål!$C$10"));
    }

    @Test
    void whatIsNoReferenceIsToldInSwedish() {
        assertEquals("\"E0\" i \"Resultaträkning!E0\" är ingen cell; skriv kolumnens bokstäver och radens nummer, "
                + "till exempel E5", assertThrows(IllegalArgumentException.class,
                () -> Sources.parse("Resultaträkning!E0")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sources.parse("Resultaträkning!E5:D2"));
        assertThrows(IllegalArgumentException.class, () -> Sources.parse("'Externa utförare!B3"));
        assertThrows(IllegalArgumentException.class, () -> Sources.parse("Resultaträkning!E5,"));
        assertThrows(IllegalArgumentException.class, () -> Sources.parse("!E5"));
        assertThrows(IllegalArgumentException.class, () -> Sources.parse("'Blad' E5"));
    }

    @Test
    void aFindingsPlaceIsReadAsItsCellsOrItsSheet() {
        assertEquals(Sources.cell("Resultaträkning", 4, 4), Sources.ofPlace("Resultaträkning!E5"));
        assertEquals(Sources.of(List.of(new Sources.Range("Driftsredovisning", 1, 2, 16, 2),
                Sources.Range.cell("Driftsredovisning", 18, 2))), Sources.ofPlace("Driftsredovisning!C2:C17, C19"));
        assertEquals(Sources.sheet("Rapport"), Sources.ofPlace("Rapport"));
        assertEquals(Sources.sheet("Externa utförare"), Sources.ofPlace("Externa utförare"));
        assertEquals(Sources.sheet("arbetsbok.xlsx"), Sources.ofPlace("arbetsbok.xlsx"));
        // Not a cell after the "!": the sheet, never a failure.
        assertEquals(Sources.sheet("Blad"), Sources.ofPlace("Blad!rad 4"));
    }

    @Test
    void coveringIsOfWholeRanges() {
        Sources column = Sources.parse("Resultaträkning!E2:E5");
        assertTrue(column.covers(Sources.Range.cell("Resultaträkning", 4, 4)));
        assertFalse(column.covers(Sources.Range.cell("Resultaträkning", 5, 4)));
        assertFalse(column.covers(Sources.Range.cell("Driftsredovisning", 4, 4)));
        assertFalse(column.covers(new Sources.Range("Resultaträkning", 1, 4, 1, 5)));
        assertTrue(Sources.sheet("Texter").covers(Sources.Range.cell("Texter", 7, 2)));
        assertEquals(4, column.size());
    }

    @Provide
    Arbitrary<String> sheetNames() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("abcåäöÅÄÖXYZ_.0123").ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> odd = Arbitraries.strings().withChars("ab 'x,!-åÖ").ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank() && s.strip().equals(s));
        return Arbitraries.oneOf(plain, odd);
    }

    @Provide
    Arbitrary<List<Sources.Range>> ranges() {
        Arbitrary<Sources.Range> range = Combinators.combine(sheetNames(), Arbitraries.integers().between(0, 1_048_575),
                Arbitraries.integers().between(0, 16_383), Arbitraries.integers().between(0, 40),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 9))
                .as((sheet, row, column, rows, columns, whole) -> whole == 0 ? Sources.Range.sheet(sheet)
                        : new Sources.Range(sheet, row, column, Math.min(1_048_575, row + rows),
                        Math.min(16_383, column + columns)));
        return range.list().ofMaxSize(6);
    }

    @Property
    void whatIsWrittenReadsBackAsTheSameCells(@ForAll("ranges") List<Sources.Range> ranges) {
        Sources s = Sources.of(ranges);
        assertEquals(s, Sources.parse(s.toString()), s.toString());
        for (Sources.Range r : ranges) {
            assertTrue(s.covers(r), r + " in " + s);
        }
    }

    @Property
    void theOrderTheCellsComeInChangesNothing(@ForAll("ranges") List<Sources.Range> ranges) {
        List<Sources.Range> reversed = new ArrayList<>(ranges);
        java.util.Collections.reverse(reversed);
        assertEquals(Sources.of(ranges).toString(), Sources.of(reversed).toString());
    }
}
