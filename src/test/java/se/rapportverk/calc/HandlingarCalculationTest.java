package se.rapportverk.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Workbook;
import se.rapportverk.workbook.WorkbookReader;

/** The calculations of the handlingar: actions, staffing room, key figures, multi-year overview; check 4. */
class HandlingarCalculationTest {

    private static Workbook workbook(WorkbookBuilder b) {
        var r = WorkbookReader.read("t.xlsx", b.build());
        assertFalse(r.diagnostics().hasErrors(), r.diagnostics().issues().toString());
        return r.workbook().orElseThrow();
    }

    private static void assertValue(String expected, Figure f) {
        assertTrue(f.reported(), "expected " + expected + " but was not reported");
        assertEquals(0, new BigDecimal(expected).compareTo(f.value()), () -> "expected " + expected + " but was " + f.value());
    }

    private static WorkbookBuilder plan(Object underskott) {
        return new WorkbookBuilder().sheet("Rapport").row("Fält", "Värde").row("Kommun", "K").row("Nämnd", "N")
                .row("År", 2025).row("Beloppsenhet", "kr").row("Underskott", underskott);
    }

    private static final Object[] HEADER = {"Åtgärd", "Startdatum", "Effekt helår", "Effekt innevarande år",
            "Effekt text", "Antal", "Timmar per", "Timkostnad", "Status", "Utfall hittills"};

    @Test
    void currentYearEffectIsProRatedFromTheStartMonth() {
        Workbook wb = workbook(plan(1_200_000).sheet("Åtgärder").row(HEADER)
                .row("April", "2025-04-01", 2400, null, null, null, null, null, null, null)
                .row("Mitten av april", LocalDate.of(2025, 4, 20), 1200, null, null, null, null, null, null, null)
                .row("Förra året", "2024-10-01", 1000, null, null, null, null, null, null, null)
                .row("Nästa år", "2026-01-01", 1000, null, null, null, null, null, null, null)
                .row("Angiven", "2025-01-01", 1000, 250, null, null, null, null, null, null));
        Handlingsplan p = Calculation.of(wb).handlingsplan().orElseThrow();
        assertValue("1800", p.lines().get(0).effektInnevarande());
        assertEquals(9, p.lines().get(0).proRataMonths());
        assertValue("900", p.lines().get(1).effektInnevarande());
        assertValue("1000", p.lines().get(2).effektInnevarande());
        assertValue("0", p.lines().get(3).effektInnevarande());
        assertValue("250", p.lines().get(4).effektInnevarande());
        assertValue("3950", p.sumInnevarande());
        assertValue("6600", p.sumHelar());
    }

    @Test
    void hoursTimesHourlyCostGiveTheFullYearEffect() {
        Workbook wb = workbook(plan(1_200_000).sheet("Åtgärder").row(HEADER)
                .row("Effektivare APT", "2025-03-01", null, null, null, 42, 4, "320 kr", null, null));
        ActionLine apt = Calculation.of(wb).handlingsplan().orElseThrow().lines().get(0);
        assertValue("168", apt.timmar());
        assertValue("53760", apt.effektHelar());
        assertEquals("Antal × Timmar per × Timkostnad", apt.effektHelarHow());
        assertValue("44800", apt.effektInnevarande());
    }

    @Test
    void coverageAndRemainingDeficit() {
        Workbook wb = workbook(plan("1 200 000").sheet("Åtgärder").row(HEADER)
                .row("A", "2025-01-01", 100_000, null, null, null, null, null, null, null)
                .row("B", "2025-01-01", null, null, "Hålla prognos", null, null, null, null, null)
                .row("C", "2025-03-01", null, null, null, 42, 4, 320, null, null));
        Handlingsplan p = Calculation.of(wb).handlingsplan().orElseThrow();
        assertValue("1200000", p.underskott().orElseThrow());
        assertValue("144800", p.sumInnevarande());
        assertEquals("12.1", p.tackningsgrad().value().setScale(1, RoundingMode.HALF_UP).toPlainString());
        assertValue("1055200", p.kvarstaende());
        assertFalse(p.followUp());
        assertFalse(p.lines().get(1).effektInnevarande().reported());
    }

    @Test
    void withoutAGivenDeficitItIsMinusTheForecastAvvikelse() {
        Workbook wb = workbook(TestWorkbooks.withResultatrakning(TestWorkbooks.rapport()).sheet("Åtgärder").row(HEADER)
                .row("A", "2024-01-01", 10_000, null, null, null, null, null, null, null));
        Handlingsplan p = Calculation.of(wb).handlingsplan().orElseThrow();
        assertValue("51200", p.underskott().orElseThrow());
        assertEquals("minus avvikelsen prognos mot budget i resultaträkningen", p.underskottHow());
    }

    @Test
    void followUpGivesTheRealisedSharePerActionAndInTotal() {
        Workbook wb = workbook(plan(1_200_000).sheet("Åtgärder").row(HEADER)
                .row("A", "2025-01-01", 100_000, null, null, null, null, null, "Pågår", 96_000)
                .row("B", "2025-01-01", null, null, "Ej minus resultat", null, null, null, "Pågår", 41_000)
                .row("C", "2025-03-01", null, null, null, 42, 4, 320, "Genomförd", 26_880));
        Handlingsplan p = Calculation.of(wb).handlingsplan().orElseThrow();
        assertTrue(p.followUp());
        assertValue("96", p.lines().get(0).realiseradAndel());
        assertFalse(p.lines().get(1).realiseradAndel().reported(), "no share of an effect that is only a text");
        assertValue("60", p.lines().get(2).realiseradAndel());
        assertValue("163880", p.sumUtfall());
        // (96 000 + 26 880) / (100 000 + 44 800): actions with a planned amount only
        assertEquals("84.9", p.realiseradAndel().value().setScale(1, RoundingMode.HALF_UP).toPlainString());
        // Issue 7: the Summa row is of those same actions, A and C; B, a text effect, has a row of its own.
        assertEquals(List.of("A", "C"), p.planned().lines().stream().map(l -> l.atgard().namn().value()).toList());
        assertValue("144800", p.planned().innevarande());
        assertValue("153760", p.planned().helar());
        assertValue("122880", p.planned().utfall());
        assertEquals(List.of("B"), p.unplanned().lines().stream().map(l -> l.atgard().namn().value()).toList());
        assertValue("41000", p.unplanned().utfall());
        assertFalse(p.unplanned().helar().reported());
        // The deficit's coverage realised: every Utfall hittills, 163 880 of 1 200 000.
        assertEquals("13.7", p.tackningsgradRealiserad().value().setScale(1, RoundingMode.HALF_UP).toPlainString());
        assertValue("1036120", p.kvarstaendeRealiserat());
        assertEquals("12.1", p.tackningsgrad().value().setScale(1, RoundingMode.HALF_UP).toPlainString());
    }

    @Test
    void aPlanThatIsNotFollowedUpHasNoRealisedCoverage() {
        Workbook wb = workbook(plan(1_200_000).sheet("Åtgärder").row(HEADER)
                .row("A", "2025-01-01", 100_000, null, null, null, null, null, null, null));
        Handlingsplan p = Calculation.of(wb).handlingsplan().orElseThrow();
        assertFalse(p.followUp());
        assertFalse(p.tackningsgradRealiserad().reported());
        assertFalse(p.kvarstaendeRealiserat().reported());
    }

    @Test
    void check4QuotesMkrWithTheUnitsDecimals() {
        Workbook wb = workbook(new se.rapportverk.testutil.WorkbookBuilder().sheet("Rapport").row("Fält", "Värde")
                .row("Kommun", "K").row("Nämnd", "N").row("År", 2025).row("Beloppsenhet", "mkr").row("Underskott", 1.5)
                .sheet("Åtgärder").row(HEADER)
                .row("A", "2025-01-01", 1.2, 1.6, null, null, null, null, null, null));
        List<String> messages = Calculation.of(wb).checks().stream().filter(c -> !c.passed())
                .map(c -> c.message().replace('\u00A0', ' ')).toList();
        assertEquals(List.of("A: Effekt innevarande år (1,6 mkr) är större än Effekt helår (1,2 mkr); ett år kan inte ge "
                + "mer än ett helt år", "summan av åtgärdernas effekt innevarande år (1,6 mkr, Åtgärder!D2) är större än "
                + "underskottet (1,5 mkr); kontrollera effekterna eller underskottet"), messages);
    }

    @Test
    void check4WarnsOfImpossibleEffectsDatesAndOverCoverage() {
        Workbook wb = workbook(plan(50_000).sheet("Åtgärder").row(HEADER)
                .row("Större i år", "2025-01-01", 1000, 2000, null, null, null, null, null, null)
                .row("Gammal", "2024-06-01", 60_000, null, null, null, null, null, null, null));
        List<CheckResult> failures = Calculation.of(wb).checks().stream()
                .filter(c -> c.kind() == CheckKind.ACTIONS && !c.passed()).toList();
        assertEquals(List.of("Åtgärder!D2", "Åtgärder!B3", "Åtgärder"), failures.stream().map(CheckResult::place).toList());
        assertEquals("Större i år: Effekt innevarande år (2 000 kr) är större än Effekt helår (1 000 kr); ett år kan "
                + "inte ge mer än ett helt år", failures.get(0).message().replace('\u00A0', ' '));
        assertEquals("Gammal: startdatumet 2024-06-01 ligger utanför rapportåret 2025", failures.get(1).message());
        assertTrue(failures.get(2).message().replace('\u00A0', ' ').startsWith(
                "summan av åtgärdernas effekt innevarande år (62 000 kr, Åtgärder!C3, Åtgärder!D2) är större än "
                        + "underskottet (50 000 kr)"), failures.get(2).message());
    }

    @Test
    void staffingRoomPerUnitAndInTotal() {
        Workbook wb = workbook(plan(1).row("Årsarbetstid", 1700).sheet("Bemanning")
                .row("Enhet", "Intäkter helår", "Övriga kostnader helår", "Kostnad per årsarbetare", "Bemanning")
                .row("Norr", 10_000_000, 2_000_000, 500_000, 18)
                .row("Söder", 6_000_000, 1_000_000, 500_000, 9.5));
        List<BemanningLine> lines = Calculation.of(wb).bemanning().orElseThrow();
        BemanningLine norr = lines.get(0);
        assertValue("16", norr.utrymme());
        assertValue("2", norr.differens());
        assertValue("-1000000", norr.resultat());
        assertValue("27200", norr.budgetTimmar());
        BemanningLine total = lines.get(2);
        assertEquals("Totalt", total.enhet());
        assertValue("26", total.utrymme());
        assertValue("27.5", total.bemanning());
        assertValue("-750000", total.resultat());
    }

    @Test
    void keyFiguresAgainstTargetInBothDirectionsWithATrend() {
        Workbook wb = workbook(plan(1).sheet("Nyckeltal")
                .row("Nyckeltal", "Enhet", "Period", "Utfall", "Målvärde", "Riktning", "Måttenhet")
                .row("Sjukfrånvaro", "Norr", "2025-01", 9, 7, "Lägre är bättre", "%")
                .row("Sjukfrånvaro", "Norr", "2025-03", 7, 7, "Lägre är bättre", "%")
                .row("Sjukfrånvaro", "Norr", "2025-02", 8, 7, "Lägre är bättre", "%")
                .row("Utförd tid", "Norr", "2025-01", 60, 62, "Högre är bättre", "%"));
        List<NyckeltalSeries> series = Calculation.of(wb).nyckeltal().orElseThrow();
        NyckeltalSeries sjuk = series.get(0);
        assertEquals(List.of("2025-01", "2025-02", "2025-03"),
                sjuk.points().stream().map(p -> p.reading().period().toString()).toList());
        assertEquals(Optional.of(false), sjuk.points().get(0).met());
        assertEquals(Optional.of(true), sjuk.points().get(2).met(), "equal to the target meets it");
        assertValue("2", sjuk.points().get(0).avvikelse());
        assertValue("-1", sjuk.trend());
        NyckeltalSeries tid = series.get(1);
        assertEquals(Optional.of(false), tid.points().get(0).met());
        assertFalse(tid.trend().reported(), "no trend from one period");
    }

    @Test
    void multiYearOverviewTotalsResultAndChange() {
        Workbook wb = workbook(plan(1).sheet("Flerårsöversikt")
                .row("Område", "År", "Nettokostnad", "Nämndbidrag")
                .row("LSS", 2023, 646_359, 650_000)
                .row("SoL", 2023, 70_668, 68_000)
                .row("LSS", 2024, 645_987, 662_487)
                .row("SoL", 2024, 73_299, 77_699));
        Flerarsoversikt f = Calculation.of(wb).flerarsoversikt().orElseThrow();
        assertEquals(List.of(2023, 2024), f.years());
        assertValue("717027", f.total().get(2023));
        assertValue("718000", f.namndbidrag().get(2023));
        assertValue("973", f.resultat().get(2023));
        assertValue("20900", f.resultat().get(2024));
        assertFalse(f.change().get(2023).reported());
        assertValue("2259", f.change().get(2024));
        assertEquals("0.32", f.changePercent().get(2024).value().setScale(2, RoundingMode.HALF_UP).toPlainString());
    }
}
