package se.rapportverk.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import se.rapportverk.testutil.WorkbookBuilder;
import se.rapportverk.workbook.AmountColumn;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.WorkbookReader;

/**
 * Issue 7, "print what adds up": a given total or avvikelse that agrees with the calculated one under
 * the rounding rule is the one printed; one that disagrees is not. Figures in mkr as reference 003
 * publishes them.
 */
class PrintedTotalsTest {

    private static Calculation calculate(WorkbookBuilder b) {
        var read = WorkbookReader.read("t.xlsx", b.build());
        assertFalse(read.diagnostics().hasErrors(), read.diagnostics().issues().toString());
        return Calculation.of(read.workbook().orElseThrow());
    }

    private static WorkbookBuilder rapport() {
        return new WorkbookBuilder().sheet("Rapport").row("Fält", "Värde").row("Kommun", "K").row("Nämnd", "N")
                .row("År", 2024).row("Beloppsenhet", "mkr");
    }

    private static void assertValue(String expected, Figure f) {
        assertEquals(0, new BigDecimal(expected).compareTo(f.value()), expected + " but was " + f.value());
    }

    @Test
    void aGivenTotalWithinRoundingIsPrintedAndOneBeyondItIsNot() {
        // Reference 003's costs: Prognos rows add to -1 180,5 under a given -1 180,3 (within 6 × 0,05);
        // Budget rows add to -1 129,5 under a given -1 129,9 (0,4, beyond 0,3).
        Calculation c = calculate(rapport().sheet("Resultaträkning")
                .row("Post", "Utfall period", "Budget", "Prognos")
                .row("Personalkostnader", -544.3, -763.5, -829.9)
                .row("Bidrag (kostnader)", -15.0, -24.9, -23.1)
                .row("Köp av verksamhet", -107.4, -171.6, -148.0)
                .row("Lokalhyror", -45.3, -64.1, -68.9)
                .row("Övriga driftskostnader", -69.3, -100.4, -105.3)
                .row("Kapitaltjänstkostnader", -3.3, -5.0, -5.3)
                .row("Summa kostnader", -784.5, -1129.9, -1180.3));
        AmountLine costs = c.resultatrakning().orElseThrow().sections().get(1).subtotal().orElseThrow();
        Shown prognos = costs.shown(AmountColumn.PROGNOS);
        assertTrue(prognos.fromGiven());
        assertValue("-1180.3", prognos.figure());
        assertValue("-1180.5", prognos.calculated());
        assertEquals("Resultaträkning!D8", prognos.given().orElseThrow().sources().first().toString());
        assertTrue(prognos.figure().sources().containsAll(prognos.calculated().sources()), "the rows' cells too");
        Shown budget = costs.shown(AmountColumn.BUDGET);
        assertFalse(budget.fromGiven(), "0,4 off is more than rounding explains");
        assertValue("-1129.5", budget.figure());
        // Without a given avvikelse: the printed Prognos − the printed Budget, -1 180,3 − (-1 129,5).
        assertValue("-50.8", costs.shownAvvikelse().figure());
        assertValue("-51.0", costs.avvikelse());
        // An entered row is printed as entered.
        assertFalse(c.resultatrakning().orElseThrow().lines().get(0).shown(AmountColumn.PROGNOS).fromGiven());
    }

    @Test
    void aGivenAvvikelseWithinRoundingIsPrintedOnItsRow() {
        // Personalkostnader: given -66,3 against -829,9 − (-763,5) = -66,4, within 2 × 0,05.
        Calculation c = calculate(rapport().sheet("Resultaträkning")
                .row("Post", "Utfall period", "Budget", "Prognos", "Avvikelse")
                .row("Personalkostnader", -544.3, -763.5, -829.9, -66.3)
                .row("Lokalhyror", -45.3, -64.1, -68.9, -4.0));
        AmountLine personal = c.resultatrakning().orElseThrow().lines().get(0);
        assertTrue(personal.shownAvvikelse().fromGiven());
        assertValue("-66.3", personal.shownAvvikelse().figure());
        // Lokalhyror: -4,0 against -4,8 is not printed; the calculated -4,8 is, and check 1 warns.
        AmountLine lokal = c.resultatrakning().orElseThrow().lines().get(1);
        assertFalse(lokal.shownAvvikelse().fromGiven());
        assertValue("-4.8", lokal.shownAvvikelse().figure());
        assertEquals(1, c.failures().stream().filter(r -> r.kind() == CheckKind.GIVEN_TOTALS).count());
    }

    @Test
    void theDeficitOfAPlanIsTheAvvikelseAsPrinted() {
        // Summa totalt: Prognos -1 092,3 given, Budget -1 041,0 given; the rows give -1 092,4 (within 2 × 0,05)
        // and -1 041,0: the printed avvikelse -51,3, not the rows' -51,4, is the deficit.
        Calculation c = calculate(rapport().sheet("Resultaträkning")
                .row("Post", "Typ", "Budget", "Prognos", "Utfall period")
                .row("Taxor och avgifter", "Intäkt", 88.5, 88.1, 56.9)
                .row("Personalkostnader", "Kostnad", -1129.5, -1180.5, -784.6)
                .row("Summa totalt", "Summa", -1041.0, -1092.3, -727.7)
                .sheet("Åtgärder").row("Åtgärd", "Startdatum", "Effekt helår").row("A", "2024-01-01", 10));
        assertValue("51.3", c.handlingsplan().orElseThrow().underskott().orElseThrow());
    }

    @Test
    void investeringarPrintTheirGivenTotalWhenItAgrees() {
        Calculation c = calculate(rapport().sheet("Investeringar")
                .row("Projekt", "Budget", "Utfall period", "Prognos")
                .row("Inventarier", -2.4, -1.9, -2.4)
                .row("Hjälpmedel", -1.2, -0.7, -1.3)
                .row("Totalt", -3.7, -2.6, -3.6));
        InvesteringLine total = c.investeringar().orElseThrow().total();
        assertTrue(total.shownBudget().fromGiven(), "-3,7 against -3,6, within 2 × 0,05");
        assertValue("-3.7", total.shownBudget().figure());
        assertTrue(total.shownPrognos().fromGiven());
        assertValue("0.1", total.shownAvvikelse().figure());
    }
}
