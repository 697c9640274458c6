package se.rapportverk.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;
import se.rapportverk.workbook.AmountColumn;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Workbook;
import se.rapportverk.workbook.WorkbookReader;

class CalculationTest {

    private static Workbook workbook(WorkbookBuilder b) {
        return WorkbookReader.read("t.xlsx", b.build()).workbook().orElseThrow();
    }

    private static void assertValue(String expected, Figure f) {
        assertEquals(0, new BigDecimal(expected).compareTo(f.value()), () -> "expected " + expected + " but was " + f.value());
    }

    @Test
    void resultatrakningSumsIncomeCostsAndNetForEveryColumn() {
        AmountStatement rr = Calculation.of(workbook(TestWorkbooks.withResultatrakning(TestWorkbooks.rapport())))
                .resultatrakning().orElseThrow();
        assertEquals(List.of("Intäkter", "Kostnader"), rr.sections().stream().map(AmountStatement.Section::name).toList());
        AmountLine income = rr.sections().get(0).subtotal().orElseThrow();
        assertEquals("Summa intäkter", income.label());
        assertValue("56900", income.value(AmountColumn.UTFALL_PERIOD));
        assertValue("88500", income.value(AmountColumn.BUDGET));
        AmountLine costs = rr.sections().get(1).subtotal().orElseThrow();
        assertValue("-784500", costs.value(AmountColumn.UTFALL_PERIOD));
        assertEquals("Summa totalt", rr.total().label());
        assertValue("-727600", rr.total().value(AmountColumn.UTFALL_PERIOD));
        assertValue("-1092200", rr.total().value(AmountColumn.PROGNOS));
        assertValue("-1021900", rr.total().value(AmountColumn.BOKSLUT_FOREGAENDE_AR));
        // the given total rows are not lines of the statement
        assertEquals(9, rr.lines().size());
    }

    @Test
    void avvikelseIsPrognosMinusBudgetAndPeriodAvvikelseUtfallMinusBudgetPeriod() {
        AmountStatement rr = Calculation.of(workbook(TestWorkbooks.withResultatrakning(TestWorkbooks.rapport())))
                .resultatrakning().orElseThrow();
        AmountLine personal = rr.lines().get(3);
        assertEquals("Personalkostnader", personal.label());
        assertValue("-66300", personal.avvikelse());
        assertValue("-31800", personal.avvikelsePeriod());
        assertValue("-51200", rr.total().avvikelse());
        assertValue("-30200", rr.total().avvikelsePeriod());
        assertEquals("Personalkostnader", rr.largestDeviation(AmountLine::avvikelse).orElseThrow().label());
    }

    @Test
    void avvikelsePeriodIsNotReportedWithoutABudgetForThePeriod() {
        Workbook wb = workbook(TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Utfall period", "Budget", "Prognos").row("Lokalhyror", -1, -2, -3));
        AmountLine line = Calculation.of(wb).resultatrakning().orElseThrow().lines().get(0);
        assertFalse(line.avvikelsePeriod().reported());
        assertValue("-1", line.avvikelse());
    }

    @Test
    void emptyCellsCountAsZeroInSumsButAnAllEmptyColumnStaysUnreported() {
        Workbook wb = workbook(TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Utfall period", "Budget", "Prognos", "Bokslut föregående år")
                .row("Lokalhyror", -10, null, -3, null)
                .row("Personalkostnader", null, -5, -4, null));
        AmountStatement rr = Calculation.of(wb).resultatrakning().orElseThrow();
        assertValue("-10", rr.total().value(AmountColumn.UTFALL_PERIOD));
        assertValue("-5", rr.total().value(AmountColumn.BUDGET));
        assertFalse(rr.total().value(AmountColumn.BOKSLUT_FOREGAENDE_AR).reported());
    }

    @Test
    void driftsredovisningHasASubtotalPerOmradeAndATotal() {
        AmountStatement drift = Calculation.of(workbook(TestWorkbooks.withDriftsredovisning(TestWorkbooks.rapport())))
                .driftsredovisning().orElseThrow();
        assertEquals(List.of("Äldreomsorg", "LSS", "Gemensamt"),
                drift.sections().stream().map(AmountStatement.Section::name).toList());
        AmountLine aldre = drift.sections().get(0).subtotal().orElseThrow();
        assertEquals("Summa Äldreomsorg", aldre.label());
        assertValue("-424300", aldre.value(AmountColumn.UTFALL_PERIOD));
        assertEquals("Totalt", drift.total().label());
        assertValue("-727600", drift.total().value(AmountColumn.UTFALL_PERIOD));
        assertEquals(6, drift.total().value(AmountColumn.UTFALL_PERIOD).sources().size());
    }

    @Test
    void volumeDeviationCostsMoneyWhenAboveBudget() {
        Workbook wb = workbook(TestWorkbooks.withDriftsredovisning(TestWorkbooks.rapport()).sheet("Volymer")
                .row("Verksamhet", "Volymenhet", "Volym budget", "Volym prognos", "Kostnad per enhet")
                .row("Köpta platser", "Årsplacering", 55, 54, 1200)
                .row("LSS, boende", "Årsplacering", 121, 123, 950));
        List<VolymLine> lines = Calculation.of(wb).volymer().orElseThrow();
        assertValue("-1", lines.get(0).avvikelseVolym());
        assertValue("1200", lines.get(0).avvikelseUtifranVolym());
        assertValue("2", lines.get(1).avvikelseVolym());
        assertValue("-1900", lines.get(1).avvikelseUtifranVolym());
        // taken from the Driftsredovisning row of the same Verksamhet
        assertValue("3800", lines.get(0).avvikelseDrift());
    }

    @Test
    void volumeRowFindsItsDriftRowWhateverTheCaseAndSpaces() {
        Workbook wb = workbook(TestWorkbooks.withDriftsredovisning(TestWorkbooks.rapport()).sheet("Volymer")
                .row("Verksamhet", "Volymenhet", "Volym budget", "Volym prognos", "Kostnad per enhet")
                .row(" KÖPTA  platser ", "Årsplacering", 55, 54, 1200)
                .row("Ingen sådan verksamhet", "Årsplacering", 10, 10, 100));
        List<VolymLine> lines = Calculation.of(wb).volymer().orElseThrow();
        assertValue("3800", lines.get(0).avvikelseDrift());
        assertTrue(!lines.get(1).avvikelseDrift().reported());
    }

    @Test
    void externalSharesAreKopOverNettokostnadInPercent() {
        Workbook wb = workbook(TestWorkbooks.rapport().sheet("Externa utförare")
                .row("Verksamhet", "Köp av verksamhet utfall", "Nettokostnad utfall", "Köp av verksamhet budget",
                        "Nettokostnad budget", "Antal externa utförare")
                .row("Hemtjänst", -35200, -167000, -35000, -147500, 9)
                .row("Nattpatrull", 0, 0, null, null, null));
        List<ExternLine> lines = Calculation.of(wb).externaUtforare().orElseThrow();
        assertEquals("21.1", lines.get(0).andelUtfall().value().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
        assertEquals("23.7", lines.get(0).andelBudget().value().setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
        assertFalse(lines.get(1).andelUtfall().reported(), "no share of a zero net cost");
    }

    @Test
    void investmentsHaveAvvikelseAndATotal() {
        Workbook wb = workbook(TestWorkbooks.rapport().sheet("Investeringar")
                .row("Projekt", "Budget", "Utfall period", "Prognos")
                .row("Inventarier", -2500, -1200, -2500)
                .row("Trygghetslarm", -1700, -900, -1900)
                .row("Totalt", -4200, -2100, -4400));
        Investeringar inv = Calculation.of(wb).investeringar().orElseThrow();
        assertEquals(2, inv.lines().size());
        assertValue("-200", inv.lines().get(1).avvikelse());
        assertValue("-4200", inv.total().budget());
        assertValue("-200", inv.total().avvikelse());
        assertEquals(1, inv.givenTotals().size());
    }

    @Test
    void goalsAreCountedPerAssessmentAndLevel() {
        Workbook wb = workbook(TestWorkbooks.rapport().sheet("Mål").row("Nivå", "Mål", "Bedömning")
                .row("Kommunfullmäktige", "A", "Uppfyllt").row("Kommunfullmäktige", "B", "Delvis uppfyllt")
                .row("Nämnd", "C", "Delvis uppfyllt").row("Nämnd", "D", "Ej uppfyllt"));
        MalSummary s = Calculation.of(wb).malSummary().orElseThrow();
        assertValue("2", s.total(se.rapportverk.workbook.Mal.Bedomning.DELVIS_UPPFYLLT));
        assertValue("1", s.count(se.rapportverk.workbook.Mal.Niva.NAMND, se.rapportverk.workbook.Mal.Bedomning.EJ_UPPFYLLT));
        assertValue("4", s.total());
        assertTrue(s.total().sources().stream().allMatch(c -> c.sheet().equals("Mål")));
    }
}
