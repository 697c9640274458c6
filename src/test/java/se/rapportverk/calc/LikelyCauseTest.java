package se.rapportverk.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;
import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.WorkbookReader;

/**
 * Issue 7, "say why a total is off": a given total that disagrees with its rows names the likely cause
 * with its cell. Each case is a Driftsredovisning of three rows (column B, Utfall period, tkr) under a
 * given Totalt (B5); the expected message is written out by hand.
 */
class LikelyCauseTest {

    private static List<CheckResult> failures(Object[] rows, Object total) {
        WorkbookBuilder b = TestWorkbooks.rapport().sheet("Driftsredovisning")
                .row("Verksamhet", "Utfall period", "Budget", "Prognos");
        String[] names = {"Hemtjänst", "Särskilt boende", "Bostadsanpassning"};
        for (int i = 0; i < rows.length; i++) {
            b.row(names[i], rows[i], 0, 0);
        }
        b.row("Totalt", total, 0, 0);
        var read = WorkbookReader.read("t.xlsx", b.build());
        assertFalse(read.diagnostics().hasErrors(), read.diagnostics().issues().toString());
        return Calculation.of(read.workbook().orElseThrow()).checks().stream()
                .filter(c -> c.kind() == CheckKind.GIVEN_TOTALS && !c.passed()).toList();
    }

    /** The message of the one failing check, after the part every check 1 message has. */
    private static String cause(Object[] rows, Object total) {
        List<CheckResult> f = failures(rows, total);
        assertEquals(1, f.size(), f.toString());
        String message = f.get(0).message().replace('\u00A0', ' ');
        String rounding = ", mer än avrundning kan förklara (högst " + (rows.length == 3 ? "1,5" : "1,0") + " tkr)";
        int at = message.indexOf(rounding);
        assertTrue(at > 0, message);
        return message.substring(at + rounding.length());
    }

    @Test
    void aSignTypedWrongIsTwiceTheCell() {
        // -100 − 200 + 50 = -250 against -350: 100 off, 2 × 50.
        assertEquals(". Trolig orsak: tecknet i B4 (Bostadsanpassning, 50 tkr): med -50 tkr stämmer summan",
                cause(new Object[] {-100, -200, 50}, -350));
        CheckResult f = failures(new Object[] {-100, -200, 50}, -350).get(0);
        assertEquals(List.of(new CellRef("Driftsredovisning", 3, 1)), List.copyOf(f.cause()), "the cell named");
        assertEquals("Driftsredovisning!B5", f.place());
    }

    @Test
    void aRowLeftOutOfTheGivenTotalIsTheDifference() {
        // -100 − 200 − 50 = -350 against -300: the -50 is missing from the given total.
        assertEquals(". Trolig orsak: den angivna summan verkar sakna raden Bostadsanpassning (B4, -50 tkr); skillnaden "
                + "är lika stor som raden", cause(new Object[] {-100, -200, -50}, -300));
    }

    @Test
    void aRowCountedTwiceIsTheDifference() {
        // -350 against -400: the -50 counted twice.
        assertEquals(". Trolig orsak: den angivna summan verkar ha räknat raden Bostadsanpassning (B4, -50 tkr) två "
                + "gånger; skillnaden är lika stor som raden", cause(new Object[] {-100, -200, -50}, -400));
    }

    @Test
    void aWrongUnitIsAFactorOf1000() {
        // -50 typed for -50 000: -300 050 against -350 000.
        assertEquals(". Trolig orsak: fel enhet (en faktor 1 000) i B4 (Bostadsanpassning, -50 tkr): med -50 000 tkr "
                + "stämmer summan", cause(new Object[] {-100000, -200000, -50}, -350000));
    }

    @Test
    void transposedDigitsAreNamedWhenOneCellExplainsThemExactly() {
        // -1 234 typed for -1 324: -1 434 against -1 524, 90 off (divisible by 9).
        assertEquals(". Trolig orsak: två siffror har bytt plats i B2 (Hemtjänst, -1 234 tkr): med -1 324 tkr stämmer "
                + "summan", cause(new Object[] {-1234, -200}, -1524));
    }

    @Test
    void aDifferenceDivisibleBy9WithNoCellToBlameIsOnlyAHint() {
        // -300 against -318: 18 = 2 × 9, but swapping two digits of no cell gives it.
        List<CheckResult> f = failures(new Object[] {-100, -200}, -318);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().endsWith(". Möjlig orsak: skillnaden är delbar med 9, vilket kan tyda på två "
                + "siffror som har bytt plats i någon av cellerna"), f.get(0).message());
        assertTrue(f.get(0).cause().isEmpty());
    }

    @Test
    void noCauseIsInventedWhenNothingExplainsTheDifference() {
        // -300 against -307: 7 off, no cell, not divisible by 9.
        List<CheckResult> f = failures(new Object[] {-100, -200}, -307);
        assertEquals(1, f.size());
        assertTrue(f.get(0).message().replace('\u00A0', ' ').endsWith("skillnaden är -7 tkr, mer än avrundning kan "
                + "förklara (högst 1,0 tkr)"), f.get(0).message());
    }

    @Test
    void check3OnTheDriftsredovisningFindsTheValueWhoseSignDiffersFromItsRow() {
        // Reference 003's Bostadsanpassning: -3,0, +1,6, -2,9, -5,0, -5,0.
        WorkbookBuilder b = new WorkbookBuilder().sheet("Rapport").row("Fält", "Värde").row("Kommun", "K")
                .row("Nämnd", "N").row("År", 2024).row("Beloppsenhet", "mkr").sheet("Driftsredovisning")
                .row("Verksamhet", "Bokslut föregående år", "Utfall period föregående år", "Utfall period", "Budget",
                        "Prognos")
                .row("Bostadsanpassning", -3.0, 1.6, -2.9, -5.0, -5.0)
                // A verksamhet with net income all through is not a sign error.
                .row("Avgiftsfinansierad service", 1.2, 0.8, 0.9, 1.0, 1.1)
                // Two of each sign: no single value stands out.
                .row("Övrigt", 1.0, -1.0, 2.0, -2.0, 0);
        var read = WorkbookReader.read("t.xlsx", b.build());
        List<CheckResult> signs = Calculation.of(read.workbook().orElseThrow()).checks().stream()
                .filter(c -> c.kind() == CheckKind.SIGNS).toList();
        assertEquals(3, signs.size(), "one comparison per row");
        List<CheckResult> failed = signs.stream().filter(c -> !c.passed()).toList();
        assertEquals(1, failed.size(), failed.toString());
        assertEquals("Driftsredovisning!C2", failed.get(0).place());
        assertEquals("Bostadsanpassning (Utfall period föregående år, C2) är 1,6 mkr men radens övriga belopp är "
                + "negativa; kontrollera tecknet", failed.get(0).message().replace('\u00A0', ' '));
        assertEquals(List.of(new CellRef("Driftsredovisning", 1, 2)), List.copyOf(failed.get(0).cause()));
    }

    @Test
    void aTwoDigitSwapNeedsAsManyDigitsOnBothSides() {
        assertTrue(Diagnosis.swapOfTwoDigits(new java.math.BigDecimal("-214500"), new java.math.BigDecimal("-241500"), 0));
        // 3 900 → 30 900 would be a leading zero swapped in, not a transposition.
        assertFalse(Diagnosis.swapOfTwoDigits(new java.math.BigDecimal("3900"), new java.math.BigDecimal("30900"), 0));
        assertFalse(Diagnosis.swapOfTwoDigits(new java.math.BigDecimal("1234"), new java.math.BigDecimal("4321"), 0));
        assertTrue(Diagnosis.swapOfTwoDigits(new java.math.BigDecimal("12.3"), new java.math.BigDecimal("13.2"), 1));
    }
}
