package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The follow-up of a plan, {@code uppfoljning-handlingsplan-2025.xlsx}: title, Status and Utfall
 * hittills, and the realised share per action and in total, computed here from the workbook.
 */
class UppfoljningTest {

    static final String BASE = "handlingsplan-vard-och-omsorgsnamnden-2025-uppfoljning";
    static final String TITLE = "Uppföljning av handlingsplan";

    static Generated generated;
    static PdfDoc pdf;
    static DocxDoc docx;
    static PlanFigures plan;

    @BeforeAll
    static void generate() {
        generated = SharedRuns.of(Examples.UPPFOLJNING);
        pdf = PdfDoc.read(generated.bytes(BASE + ".pdf"));
        docx = DocxDoc.read(generated.bytes(BASE + ".docx"));
        plan = new PlanFigures(WorkbookCells.read(Examples.UPPFOLJNING));
    }

    @Test
    void filesEndInUppfoljning() {
        assertEquals(List.of(BASE + ".docx", BASE + ".pdf"), generated.files().keySet().stream()
                .filter(n -> n.startsWith("handlingsplan-")).toList());
        assertTrue(generated.name("handlingsplan-", ".pdf").endsWith("-uppfoljning.pdf"));
    }

    @Test
    void theDocumentIsTitledUppfoljningAvHandlingsplan() {
        assertEquals(TITLE, pdf.page(1).get(1));
        assertEquals(TITLE, pdf.title);
        assertEquals(TITLE, docx.core().getTitle());
        assertEquals("Vård- och omsorgsnämnden – " + TITLE, pdf.page(2).get(0));
        assertEquals("Title", docx.paragraphs.stream().filter(p -> p.text().equals(TITLE)).findFirst().orElseThrow().style());
    }

    /** Utfall hittills / planned effect this year, or – when the effect is not an amount. */
    static String share(PlanFigures.Action a) {
        return a.innevarande() == null || a.innevarande().signum() == 0 ? "–"
                : Sv.percent(a.line().number("Utfall hittills"), a.innevarande());
    }

    static List<List<String>> expectedRows() {
        List<List<String>> rows = new ArrayList<>();
        BigDecimal utfall = BigDecimal.ZERO;
        BigDecimal realisedOfPlanned = BigDecimal.ZERO;
        for (PlanFigures.Action a : plan.actions()) {
            List<String> row = new ArrayList<>(plan.summaryRow(a));
            BigDecimal u = a.line().number("Utfall hittills");
            row.addAll(List.of(a.line().text("Status"), plan.amount(u), share(a)));
            rows.add(row);
            utfall = utfall.add(u);
            if (a.innevarande() != null) {
                realisedOfPlanned = realisedOfPlanned.add(u);
            }
        }
        // The total share counts only the actions with a planned amount for this year.
        rows.add(List.of("Summa", "", plan.amount(plan.sumInnevarande()), plan.amount(plan.sumHelar()), "",
                plan.amount(utfall), Sv.percent(realisedOfPlanned, plan.sumInnevarande())));
        return rows;
    }

    @Test
    void summaryTableHasStatusUtfallHittillsAndTheRealisedShare() {
        DocxDoc.Table t = docx.table("Åtgärder och deras ekonomiska effekt");
        assertEquals(List.of("Namn på åtgärd", "Startdatum", "Ekonomisk effekt innevarande år (kr)",
                "Ekonomisk effekt helår (kr)", "Status", "Utfall hittills (kr)", "Andel realiserad"), t.header());
        List<List<String>> expected = expectedRows();
        assertEquals(expected, t.rows().subList(1, t.rows().size()));
        // 41 000 of 100 000; (41 000 + 26 880) of (100 000 + 44 800) in total.
        assertEquals("41,0" + Sv.NBSP + "%", expected.get(1).get(6));
        assertEquals("46,9" + Sv.NBSP + "%", expected.get(expected.size() - 1).get(6));
        assertEquals("–", expected.get(0).get(6), "a text effect has no share");
    }

    @Test
    void theSummaryRowInThePdfHasTheTotals() {
        List<String> total = expectedRows().get(expectedRows().size() - 1);
        pdf.rowIndex("Summa", total.stream().skip(1).filter(s -> !s.isEmpty()).toList());
    }

    @Test
    void eachActionStatesItsStatusAndUtfallHittills() {
        String body = pdf.body("Vård- och omsorgsnämnden – " + TITLE);
        int n = 3;
        for (PlanFigures.Action a : plan.actions()) {
            BigDecimal u = a.line().number("Utfall hittills");
            String utfall = "Utfall hittills: " + Sv.number(u, 0) + Sv.NBSP + "kr"
                    + (a.innevarande() == null ? "" : ", " + share(a) + " av effekten för 2025");
            Texts.assertInOrder(body, List.of(n + " " + a.name(), "Startdatum: " + a.start(),
                    "Status: " + a.line().text("Status"), "Ekonomisk effekt", "• " + utfall, "Uppföljning"));
            List<String> texts = docx.paragraphs.stream().map(DocxDoc.Para::text).toList();
            int heading = texts.indexOf(n + " " + a.name());
            assertTrue(texts.subList(heading, texts.size()).contains("Status: " + a.line().text("Status")));
            assertTrue(texts.subList(heading, texts.size()).contains(utfall), utfall);
            n++;
        }
    }

    @Test
    void nyckeltalAndTheirHeadingsStandTogether() {
        HandlingsplanTest.assertNyckeltal(plan, docx, pdf);
        HandlingsplanTest.assertNyckeltalHeadingsKeepWithTheirTables(plan, pdf);
    }

    @Test
    void summaryTableKeepsDatesAndWordsWhole() {
        int from = pdf.lines().indexOf("Åtgärder och deras ekonomiska effekt");
        int to = pdf.lines().indexOf("Täckning av underskottet");
        String table = String.join("\n", pdf.lines().subList(from, to));
        for (PlanFigures.Action a : plan.actions()) {
            assertTrue(table.contains(a.start().toString()), "start date " + a.start() + " whole in:\n" + table);
            assertTrue(table.contains(a.line().text("Status")), "status " + a.line().text("Status") + " whole in:\n" + table);
        }
        assertTrue(table.contains("Startdatum") && table.contains("realiserad"), table);
    }
}
