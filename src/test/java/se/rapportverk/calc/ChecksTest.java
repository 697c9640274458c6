package se.rapportverk.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;
import se.rapportverk.workbook.Workbook;
import se.rapportverk.workbook.WorkbookReader;

class ChecksTest {

    private static Workbook workbook(WorkbookBuilder b) {
        var r = WorkbookReader.read("t.xlsx", b.build());
        assertFalse(r.diagnostics().hasErrors(), r.diagnostics().issues().toString());
        return r.workbook().orElseThrow();
    }

    private static List<CheckResult> failures(WorkbookBuilder b, CheckKind kind) {
        return Calculation.of(workbook(b)).checks().stream().filter(c -> c.kind() == kind && !c.passed()).toList();
    }

    private static List<CheckResult> all(WorkbookBuilder b, CheckKind kind) {
        return Calculation.of(workbook(b)).checks().stream().filter(c -> c.kind() == kind).toList();
    }

    @Test
    void consistentWorkbookPassesEveryCheck() {
        WorkbookBuilder b = TestWorkbooks.withDriftsredovisning(TestWorkbooks.withResultatrakning(TestWorkbooks.rapport()));
        Calculation calc = Calculation.of(workbook(b));
        assertEquals(List.of(), calc.failures().stream().map(CheckResult::message).toList());
        // given totals (2 rows × 6 columns) and drift against resultat (6 columns) were compared
        assertEquals(12, calc.checks().stream().filter(c -> c.kind() == CheckKind.GIVEN_TOTALS).count());
        assertEquals(6, calc.checks().stream().filter(c -> c.kind() == CheckKind.DRIFT_AGAINST_RESULTAT).count());
    }

    @Test
    void check1FindsAGivenTotalThatDoesNotAddUpAndQuotesBothValuesTheDifferenceAndTheCells() {
        // the reference delårsrapport: income rows 32,3 + 16,3 + 8,3 = 56,9 under a total of 59,0
        WorkbookBuilder b = new WorkbookBuilder().sheet("Rapport").row("Fält", "Värde").row("Kommun", "K")
                .row("Nämnd", "N").row("År", 2024).row("Beloppsenhet", "mkr").sheet("Resultaträkning")
                .row("Post", "Utfall period", "Budget", "Prognos")
                .row("Taxor och avgifter", "32,3", "44,0", "48,7")
                .row("Bidrag (intäkter)", "16,3", "33,0", "27,5")
                .row("Övriga intäkter", "8,3", "11,5", "11,9")
                .row("Summa intäkter", "59,0", "88,5", "88,1");
        List<CheckResult> failures = failures(b, CheckKind.GIVEN_TOTALS);
        assertEquals(1, failures.size());
        CheckResult f = failures.get(0);
        assertEquals("Resultaträkning!B5", f.place());
        assertEquals("Summa intäkter (Utfall period) är angiven till 59,0 mkr men raderna B2:B4 summerar till 56,9 mkr; "
                + "skillnaden är 2,1 mkr, mer än avrundning kan förklara (högst 0,15 mkr)", f.message().replace('\u00A0', ' '));
        assertEquals(0, new BigDecimal("2.1").compareTo(f.difference()));
    }

    @Test
    void check1AcceptsWhatRoundingCanExplain() {
        // rows typed with one decimal: three rows may be off by 0,05 each
        WorkbookBuilder b = TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Utfall period", "Budget", "Prognos")
                .row("Taxor och avgifter", "10,1", 1, 1)
                .row("Bidrag (intäkter)", "10,1", 1, 1)
                .row("Övriga intäkter", "10,1", 1, 1)
                .row("Summa intäkter", "30,4", 3, 3);
        assertEquals(List.of(), failures(b, CheckKind.GIVEN_TOTALS));
        WorkbookBuilder over = TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Utfall period", "Budget", "Prognos")
                .row("Taxor och avgifter", "10,1", 1, 1)
                .row("Bidrag (intäkter)", "10,1", 1, 1)
                .row("Övriga intäkter", "10,1", 1, 1)
                .row("Summa intäkter", "30,5", 3, 3);
        assertEquals(1, failures(over, CheckKind.GIVEN_TOTALS).size());
    }

    @Test
    void check1ComparesAGivenAvvikelseWithPrognosMinusBudget() {
        WorkbookBuilder b = TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Utfall period", "Budget", "Prognos", "Avvikelse")
                .row("Personalkostnader", -544300, -763500, -829800, -66300)
                .row("Lokalhyror", -45300, -64100, -68900, -4000);
        List<CheckResult> failures = failures(b, CheckKind.GIVEN_TOTALS);
        assertEquals(1, failures.size());
        assertEquals("Resultaträkning!E3", failures.get(0).place());
        assertEquals("Lokalhyror (Avvikelse) är angiven till -4 000 tkr men Prognos − Budget (C3, D3) är -4 800 tkr; "
                + "skillnaden är 800 tkr, mer än avrundning kan förklara (högst 1,0 tkr)",
                failures.get(0).message().replace('\u00A0', ' '));
    }

    @Test
    void check1ComparesDriftSubtotalsWithTheirOmrade() {
        WorkbookBuilder b = TestWorkbooks.withDriftsredovisning(TestWorkbooks.rapport())
                .row("Summa Äldreomsorg", null, -586200, -388900, -424300, -393600, -590000, -614700);
        List<CheckResult> results = all(b, CheckKind.GIVEN_TOTALS);
        assertEquals(6, results.size());
        List<CheckResult> failures = results.stream().filter(r -> !r.passed()).toList();
        assertEquals(1, failures.size(), failures.toString());
        assertEquals("Summa Äldreomsorg, Budget", failures.get(0).subject());
    }

    @Test
    void check2ComparesDriftTotalsWithTheResultatrakning() {
        WorkbookBuilder b = TestWorkbooks.withDriftsredovisning(TestWorkbooks.withResultatrakning(TestWorkbooks.rapport()))
                .row("Nämnd", "Gemensamt", null, null, -900, null, null, null);
        List<CheckResult> failures = failures(b, CheckKind.DRIFT_AGAINST_RESULTAT);
        assertEquals(1, failures.size());
        assertEquals("Driftsredovisning!E2:E8", failures.get(0).place(), "without a given Totalt: the column summed");
        assertEquals("Totalt, Utfall period", failures.get(0).subject());
        assertTrue(failures.get(0).message().replace('\u00A0', ' ').startsWith(
                "Totalt för Utfall period (E2:E8) är -728 500 tkr men Summa totalt i resultaträkningen "
                        + "(Resultaträkning!E2:E4, Resultaträkning!E6:E11, angivet i Resultaträkning!E12) är "
                        + "-727 600 tkr; skillnaden är -900 tkr"),
                failures.get(0).message());
    }

    @Test
    void check3WarnsOfIncomeEnteredNegativeAndCostsPositive() {
        WorkbookBuilder b = TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Utfall period", "Budget", "Prognos")
                .row("Taxor och avgifter", -32300, 44000, 48700)
                .row("Lokalhyror", -45300, 64100, -68900);
        List<CheckResult> failures = failures(b, CheckKind.SIGNS);
        assertEquals(List.of("Resultaträkning!B2", "Resultaträkning!C3"), failures.stream().map(CheckResult::place).toList());
        assertEquals("Taxor och avgifter är en intäkt men beloppet är negativt (-32 300 tkr); intäkter skrivs utan minustecken",
                failures.get(0).message().replace('\u00A0', ' '));
        assertEquals("Lokalhyror är en kostnad men beloppet är positivt (64 100 tkr); kostnader skrivs med minustecken",
                failures.get(1).message().replace('\u00A0', ' '));
    }

    @Test
    void check5WarnsWhenThePeriodExceedsTheFullYear() {
        WorkbookBuilder b = TestWorkbooks.rapport().sheet("Driftsredovisning")
                .row("Verksamhet", "Bokslut föregående år", "Utfall period föregående år", "Utfall period", "Budget", "Prognos")
                .row("Bostadsanpassning", -3000, 1600, -2900, -5000, -5000)
                .row("Hemtjänst", -225000, -246400, -167000, -221300, -247000);
        List<CheckResult> failures = failures(b, CheckKind.PERIODS);
        assertEquals(1, failures.size());
        assertEquals("Driftsredovisning!C3", failures.get(0).place());
        assertEquals("Utfall period föregående år för Hemtjänst (-246 400 tkr) är större än Bokslut föregående år "
                + "(-225 000 tkr, B3); perioden kan inte överstiga helåret", failures.get(0).message().replace('\u00A0', ' '));
    }

    @Test
    void toleranceIsHalfAUnitOfTheFinestDecimalTimesTheTerms() {
        var given = se.rapportverk.workbook.Figure.read(new BigDecimal("59.0"),
                new se.rapportverk.workbook.CellRef("R", 1, 1), 1);
        var calculated = se.rapportverk.workbook.Figure.constant(new BigDecimal("56.9"));
        assertEquals(0, new BigDecimal("0.15").compareTo(Checks.tolerance(given, calculated, 3)));
    }
}
