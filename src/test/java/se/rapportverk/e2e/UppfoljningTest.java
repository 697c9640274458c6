package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The follow-up of a plan, {@code uppfoljning-handlingsplan-2025.xlsx}: title, Status and Utfall
 * hittills, the realised share per action and in total, and the deficit's coverage planned and
 * realised, against the figures written out by hand in {@link PlanExamples}.
 */
class UppfoljningTest {

    static final String BASE = "handlingsplan-vard-och-omsorgsnamnden-2025-uppfoljning";
    static final String TITLE = "Uppföljning av handlingsplan";

    static Generated generated;
    static PdfDoc pdf;
    static DocxDoc docx;

    @BeforeAll
    static void generate() {
        generated = SharedRuns.of(Examples.UPPFOLJNING);
        pdf = PdfDoc.read(generated.bytes(BASE + ".pdf"));
        docx = DocxDoc.read(generated.bytes(BASE + ".docx"));
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

    @Test
    void summaryTableHasStatusUtfallHittillsAndTheRealisedShare() {
        DocxDoc.Table t = docx.table("Åtgärder och deras ekonomiska effekt");
        assertEquals(List.of("Namn på åtgärd", "Startdatum", "Ekonomisk effekt innevarande år (kr)",
                "Ekonomisk effekt helår (kr)", "Status", "Utfall hittills (kr)", "Andel realiserad"), t.header());
        assertEquals(PlanExamples.UPPFOLJNING_SUMMARY, t.rows().subList(1, t.rows().size()));
    }

    @Test
    void theSummaRowsShareIsItsOwnUtfallOfItsOwnEffectInThePdf() {
        // Issue 7: 67 880 / 144 800 = 46,9 %, on one row; before, 163 880 stood beside 46,9 %.
        pdf.rowIndex("Summa", List.of(Sv.nb("144 800"), Sv.nb("153 760"), Sv.nb("67 880"), Sv.nb("46,9 %")));
        pdf.rowIndex("Åtgärder utan planerat belopp", List.of("–", Sv.nb("96 000"), "–"));
        assertTrue(pdf.lines().stream().noneMatch(l -> l.contains(Sv.nb("163 880")) && l.contains("46,9")),
                "no total Utfall hittills beside the planned actions' share");
    }

    @Test
    void theDeficitsCoverageIsShownPlannedAndRealised() {
        DocxDoc.Table t = docx.table("Täckning av underskottet");
        assertEquals(List.of("", "Planerat (kr)", "Realiserat hittills (kr)"), t.header());
        assertEquals(PlanExamples.UPPFOLJNING_COVERAGE, t.rows().subList(1, t.rows().size()));
        for (List<String> row : PlanExamples.UPPFOLJNING_COVERAGE) {
            pdf.rowIndex(row.get(0), row.subList(1, row.size()));
        }
    }

    @Test
    void noRoundingNoteInWholeKronor() {
        assertTrue(docx.paragraphs.stream().noneMatch(p -> p.text().startsWith("Beloppen är avrundade")));
        assertTrue(pdf.lines().stream().noneMatch(l -> l.startsWith("Beloppen är avrundade")));
    }

    @Test
    void eachActionStatesItsStatusAndUtfallHittills() {
        String body = pdf.body("Vård- och omsorgsnämnden – " + TITLE);
        int n = 3;
        for (List<String> a : PlanExamples.UPPFOLJNING_ACTIONS) {
            String name = a.get(0);
            Texts.assertInOrder(body, List.of(n + " " + name, "Startdatum: 2025-", "Status: " + a.get(1),
                    "Ekonomisk effekt", "• " + a.get(2), "Uppföljning"));
            List<String> texts = docx.paragraphs.stream().map(DocxDoc.Para::text).toList();
            int heading = texts.indexOf(n + " " + name);
            assertTrue(texts.subList(heading, texts.size()).contains("Status: " + a.get(1)));
            assertTrue(texts.subList(heading, texts.size()).contains(a.get(2)), a.get(2));
            n++;
        }
    }

    @Test
    void nyckeltalAndTheirHeadingsStandTogether() {
        HandlingsplanTest.assertNyckeltal(PlanExamples.NYCKELTAL_2025, docx, pdf, generated.bytes(BASE + ".pdf"));
        HandlingsplanTest.assertNyckeltalHeadingsKeepWithTheirTables(PlanExamples.NYCKELTAL_2025, pdf);
    }

    @Test
    void summaryTableKeepsDatesAndWordsWhole() {
        int from = pdf.lines().indexOf("Åtgärder och deras ekonomiska effekt");
        int to = pdf.lines().indexOf("Täckning av underskottet");
        String table = String.join("\n", pdf.lines().subList(from, to));
        for (List<String> row : PlanExamples.UPPFOLJNING_SUMMARY.subList(0, 4)) {
            assertTrue(table.contains(row.get(1)), "start date " + row.get(1) + " whole in:\n" + table);
            assertTrue(table.contains(row.get(4)), "status " + row.get(4) + " whole in:\n" + table);
        }
        assertTrue(table.contains("Startdatum") && table.contains("realiserad"), table);
    }
}
