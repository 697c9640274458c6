package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The åtgärdsplan of {@code atgardsplan-2025.xlsx}: actions grouped by Verksamhet, effects pro rata,
 * and the Bemanning table, against the figures written out by hand in {@link PlanExamples}.
 */
class AtgardsplanTest {

    static final String BASE = "atgardsplan-vard-och-omsorgsnamnden-2025";
    static final String TITLE = "Åtgärdsplan inom vård- och omsorgsnämnden 2025";

    static PdfDoc pdf;
    static DocxDoc docx;

    @BeforeAll
    static void generate() {
        Generated g = SharedRuns.of(Examples.ATGARDSPLAN);
        pdf = PdfDoc.read(g.bytes(BASE + ".pdf"));
        docx = DocxDoc.read(g.bytes(BASE + ".docx"));
    }

    @Test
    void actionsStandUnderOneHeadingPerVerksamhet() {
        List<String> expected = new ArrayList<>(List.of("1 Sammanfattning", "2 Nyckeltal"));
        int k = 1;
        for (PlanExamples.KeyFigure key : PlanExamples.NYCKELTAL_HEMTJANST) {
            expected.add("2." + k++ + " " + key.name());
        }
        expected.add("3 Bemanning");
        int n = 4;
        for (List<String> verksamhet : PlanExamples.ATGARDSPLAN_VERKSAMHETER) {
            expected.add(n + " " + verksamhet.get(0));
            for (int i = 1; i < verksamhet.size(); i++) {
                expected.add(n + "." + i + " " + verksamhet.get(i));
            }
            n++;
        }
        assertEquals(expected, docx.headings().stream().filter(p -> p.style().matches("Heading[12]"))
                .map(DocxDoc.Para::text).toList());
        for (DocxDoc.Para h : docx.headings().stream().filter(p -> p.style().matches("Heading[12]")).toList()) {
            assertEquals("Heading" + h.text().split(" ")[0].split("\\.").length, h.style(), h.text());
        }
        assertEquals(expected, pdf.toc().stream().map(PdfDoc.TocEntry::title).toList());
        for (PdfDoc.TocEntry e : pdf.toc()) {
            assertEquals(pdf.pageOfLine(e.title(), 3), e.page(), e.title());
        }
    }

    @Test
    void effectsThisYearArePaidProRataFromTheStartMonth() {
        DocxDoc.Table t = docx.table("Åtgärder och deras ekonomiska effekt");
        assertEquals(List.of("Namn på åtgärd", "Startdatum", "Ekonomisk effekt innevarande år (tkr)",
                "Ekonomisk effekt helår (tkr)"), t.header());
        assertEquals(PlanExamples.ATGARDSPLAN_SUMMARY, t.rows().subList(1, t.rows().size()));
        for (List<String> row : PlanExamples.ATGARDSPLAN_SUMMARY) {
            pdf.rowIndex(row.get(0), row.subList(1, row.size()).stream().filter(s -> !s.isEmpty()).toList());
        }
        assertEquals(PlanExamples.ATGARDSPLAN_COVERAGE, docx.table("Täckning av underskottet").rows().subList(1, 5));
        for (List<String> row : PlanExamples.ATGARDSPLAN_COVERAGE) {
            assertTrue(pdf.lines().contains(String.join(" ", row)), row.toString());
        }
    }

    @Test
    void bemanningTableShowsEachUnitAndTheTotal() {
        DocxDoc.Table t = docx.table("Bemanningsutrymme per enhet");
        assertEquals(List.of("Enhet", "Bemanningsutrymme (åa)", "Bemanning (åa)", "Differens (åa)",
                "Förväntat resultat tolv månader (tkr)", "Budget i timmar"), t.header());
        assertTrue(t.headerRepeat().get(0));
        assertEquals(PlanExamples.BEMANNING, t.rows().subList(1, t.rows().size()));
        int from = pdf.lines().indexOf("Bemanningsutrymme per enhet");
        for (List<String> row : PlanExamples.BEMANNING) {
            pdf.rowIndex(row.get(0), row.subList(1, row.size()), from);
        }
    }

    @Test
    void tablesWhosePrintedFiguresAddUpCarryNoRoundingNote() {
        // The summary's tkr: 1 800 + 1 050 + 300 + 300 + 300 + 1 000 = 4 750; Bemanning: 58,1 + 42,1 + 46,8
        // + 31,3 + 58,4 + 24,4 = 261,1 and 3,4 = 61,5 − 58,1 …: every printed total is its printed parts.
        assertTrue(docx.paragraphs.stream().noneMatch(p -> p.text().startsWith("Beloppen är avrundade")));
        assertTrue(pdf.lines().stream().noneMatch(l -> l.startsWith("Beloppen är avrundade")));
    }

    @Test
    void titleComesFromTheRapportSheet() {
        assertTrue(pdf.page(1).containsAll(List.of("Ekeby kommun", "Åtgärdsplan inom vård- och", "omsorgsnämnden 2025")),
                pdf.page(1).toString());
        assertEquals(TITLE, pdf.title);
        assertEquals(TITLE, docx.core().getTitle());
        // The title names the nämnd: the running head and the cover do not name it again.
        assertEquals(TITLE, pdf.page(2).get(0));
        assertTrue(pdf.page(1).stream().noneMatch(l -> l.equals("Vård- och omsorgsnämnden")), pdf.page(1).toString());
        assertEquals(TITLE, docx.document.getHeaderFooterPolicy().getDefaultHeader().getText().strip());
    }

    @Test
    void filesAreNamedAsAnAtgardsplan() {
        java.util.Set<String> names = SharedRuns.of(Examples.ATGARDSPLAN).files().keySet();
        assertTrue(names.contains("atgardsplan-vard-och-omsorgsnamnden-2025.pdf"), names.toString());
        assertTrue(names.contains("atgardsplan-vard-och-omsorgsnamnden-2025.docx"), names.toString());
        assertTrue(names.stream().noneMatch(n -> n.startsWith("handlingsplan-")), names.toString());
    }

    @Test
    void nyckeltalShowTargetsMetAsSymbolAndWordsAndTheTrend() {
        HandlingsplanTest.assertNyckeltal(PlanExamples.NYCKELTAL_HEMTJANST, docx, pdf, SharedRuns.of(Examples.ATGARDSPLAN).bytes(BASE + ".pdf"));
    }

    @Test
    void nyckeltalHeadingsStandWithTheirTables() {
        HandlingsplanTest.assertNyckeltalHeadingsKeepWithTheirTables(PlanExamples.NYCKELTAL_HEMTJANST, pdf);
    }

    @Test
    void tableHeaderWordsAreNotBrokenInTheMiddle() {
        int from = pdf.lines().indexOf("Bemanningsutrymme per enhet");
        List<String> header = pdf.lines().subList(from + 1, from + 5);
        assertTrue(header.stream().anyMatch(l -> l.contains("Bemanningsutrymme")), header.toString());
        assertTrue(header.stream().noneMatch(l -> l.matches(".*Bemanningsutrym(?!me).*")), header.toString());
    }
}
