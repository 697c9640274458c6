package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The åtgärdsplan of {@code atgardsplan-2025.xlsx}: actions grouped by Verksamhet, effects pro rata,
 * and the Bemanning table computed here from the workbook's cells.
 */
class AtgardsplanTest {

    static final String BASE = "atgardsplan-vard-och-omsorgsnamnden-2025";
    static final String TITLE = "Åtgärdsplan inom vård- och omsorgsnämnden 2025";

    static PdfDoc pdf;
    static DocxDoc docx;
    static PlanFigures plan;

    @BeforeAll
    static void generate() {
        Generated g = SharedRuns.of(Examples.ATGARDSPLAN);
        pdf = PdfDoc.read(g.bytes(BASE + ".pdf"));
        docx = DocxDoc.read(g.bytes(BASE + ".docx"));
        plan = new PlanFigures(WorkbookCells.read(Examples.ATGARDSPLAN));
    }

    /** The actions by Verksamhet, in the order the Verksamheter first appear. */
    static Map<String, List<PlanFigures.Action>> byVerksamhet() {
        Map<String, List<PlanFigures.Action>> m = new LinkedHashMap<>();
        plan.actions().forEach(a -> m.computeIfAbsent(a.line().text("Verksamhet"), k -> new ArrayList<>()).add(a));
        return m;
    }

    @Test
    void actionsStandUnderOneHeadingPerVerksamhet() {
        List<String> expected = new ArrayList<>(List.of("1 Sammanfattning", "2 Nyckeltal"));
        int k = 1;
        for (String name : plan.nyckeltal().keySet()) {
            expected.add("2." + k++ + " " + name);
        }
        expected.add("3 Bemanning");
        int n = 4;
        for (Map.Entry<String, List<PlanFigures.Action>> e : byVerksamhet().entrySet()) {
            expected.add(n + " " + e.getKey());
            int i = 1;
            for (PlanFigures.Action a : e.getValue()) {
                expected.add(n + "." + i++ + " " + a.name());
            }
            n++;
        }
        assertEquals(4, byVerksamhet().size(), "Hemtjänst, Särskilt boende, Kostenheten, Hälso- och sjukvård");
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
        List<List<String>> expected = new ArrayList<>();
        plan.actions().forEach(a -> expected.add(plan.summaryRow(a)));
        expected.add(List.of("Summa", "", plan.amount(plan.sumInnevarande()), plan.amount(plan.sumHelar())));
        assertEquals(expected, t.rows().subList(1, t.rows().size()));
        // Målvärden from 1 April: 9 of 12 months of 2 400 tkr.
        assertEquals(List.of("Målvärden för utförd tid hos kund", "2025-04-01", Sv.nb("1 800"), Sv.nb("2 400")),
                expected.get(0));
        for (List<String> row : expected) {
            pdf.rowIndex(row.get(0), row.subList(1, row.size()).stream().filter(s -> !s.isEmpty()).toList());
        }
        Map<String, String> coverage = plan.coverage();
        for (Map.Entry<String, String> e : coverage.entrySet()) {
            assertTrue(pdf.lines().contains(e.getKey() + " " + e.getValue()), e.toString());
        }
    }

    static List<String> bemanningRow(String label, BigDecimal utrymme, BigDecimal bemanning, BigDecimal differens,
                                     BigDecimal resultat, BigDecimal timmar) {
        return List.of(label, Sv.number(utrymme, 1), Sv.number(bemanning, 1), Sv.number(differens, 1),
                Sv.number(resultat.movePointLeft(3), 0), Sv.number(timmar, 0));
    }

    @Test
    void bemanningTableShowsEachUnitAndTheTotal() {
        List<List<String>> expected = new ArrayList<>();
        BigDecimal[] total = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
        for (PlanFigures.Unit u : plan.bemanning()) {
            expected.add(bemanningRow(u.enhet(), u.utrymme(), u.bemanning(), u.differens(), u.resultat(), u.timmar()));
            total[0] = total[0].add(u.utrymme());
            total[1] = total[1].add(u.bemanning());
            total[2] = total[2].add(u.differens());
            total[3] = total[3].add(u.resultat());
            total[4] = total[4].add(u.timmar());
        }
        expected.add(bemanningRow("Totalt", total[0], total[1], total[2], total[3], total[4]));
        // Hemtjänst Centrum: (38 400 000 − 4 100 000) / 590 000 = 58,14 åa.
        assertEquals(List.of("Hemtjänst Centrum", "58,1", "61,5", "3,4", Sv.nb("-1 985"), Sv.nb("98 831")), expected.get(0));
        // input-examples/README.md: the four hemtjänst units together show a deficit of 7,2 mkr.
        BigDecimal hemtjanst = plan.bemanning().stream().filter(u -> u.enhet().startsWith("Hemtjänst"))
                .map(PlanFigures.Unit::resultat).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals("-7,2", Sv.number(hemtjanst.movePointLeft(6), 1));

        DocxDoc.Table t = docx.table("Bemanningsutrymme per enhet");
        assertEquals(List.of("Enhet", "Bemanningsutrymme (åa)", "Bemanning (åa)", "Differens (åa)",
                "Förväntat resultat tolv månader (tkr)", "Budget i timmar"), t.header());
        assertTrue(t.headerRepeat().get(0));
        assertEquals(expected, t.rows().subList(1, t.rows().size()));
        int from = pdf.lines().indexOf("Bemanningsutrymme per enhet");
        for (List<String> row : expected) {
            pdf.rowIndex(row.get(0), row.subList(1, row.size()), from);
        }
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
        HandlingsplanTest.assertNyckeltal(plan, docx, pdf);
    }

    @Test
    void nyckeltalHeadingsStandWithTheirTables() {
        HandlingsplanTest.assertNyckeltalHeadingsKeepWithTheirTables(plan, pdf);
    }

    @Test
    void tableHeaderWordsAreNotBrokenInTheMiddle() {
        int from = pdf.lines().indexOf("Bemanningsutrymme per enhet");
        List<String> header = pdf.lines().subList(from + 1, from + 5);
        assertTrue(header.stream().anyMatch(l -> l.contains("Bemanningsutrymme")), header.toString());
        assertTrue(header.stream().noneMatch(l -> l.matches(".*Bemanningsutrym(?!me).*")), header.toString());
    }
}
