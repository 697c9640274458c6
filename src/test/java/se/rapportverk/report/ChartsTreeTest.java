package se.rapportverk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.rapportverk.document.Block;
import se.rapportverk.document.Chart;
import se.rapportverk.document.Document;
import se.rapportverk.document.Table;
import se.rapportverk.generate.Generation;
import se.rapportverk.generate.Generator;
import se.rapportverk.generate.Request;
import se.rapportverk.template.TemplateEngine;
import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.workbook.WorkbookReader;

/**
 * The delårsrapport's charts in its tree, where the built-in template puts them, made from the
 * tables as printed; and left out when the table has nothing to draw. Figures of
 * {@link TestWorkbooks#withDriftsredovisning}, worked out by hand (tkr, shown in mkr): Avvikelse =
 * Prognos − Budget, Hemtjänst -247 000 + 221 300 = -25 700, Särskilt boende -2 400, Köpta platser 3 800,
 * LSS, boende -13 400, LSS, daglig verksamhet -300, Central administration -13 200.
 */
class ChartsTreeTest {

    private static Document tree(byte[] workbook) throws Exception {
        Generation g = new Generator(TemplateEngine.builtIn(), List.of())
                .run("t.xlsx", WorkbookReader.read("t.xlsx", workbook), Request.everything(), true);
        assertTrue(g.ok(), g.diagnostics().issues().toString());
        return g.documents().get(0).tree();
    }

    private static List<Chart> charts(Document doc) {
        return doc.blocks().stream().filter(Chart.class::isInstance).map(Chart.class::cast).toList();
    }

    @Test
    void eachChartStandsRightUnderItsTable() throws Exception {
        Document doc = tree(TestWorkbooks.delarsrapport());
        List<Block> blocks = doc.blocks();
        List<Chart> charts = charts(doc);
        assertEquals(2, charts.size(), "no goals in the workbook, so no goals chart");
        for (Chart c : charts) {
            Block before = blocks.get(blocks.indexOf(c) - 1);
            String table = ((Table) before).caption();
            assertEquals(c == charts.get(0) ? "Resultaträkning" : "Driftsredovisning", table);
        }
    }

    @Test
    void theAvvikelseIsSortedFromTheLargestDeficitWithThePrintedFigures() throws Exception {
        Chart c = charts(tree(TestWorkbooks.delarsrapport())).get(1);
        assertEquals(Chart.Kind.BAR, c.kind());
        assertEquals(List.of("Hemtjänst", "LSS, boende", "Central administration", "Särskilt boende",
                "LSS, daglig verksamhet", "Köpta platser"), c.categories());
        assertEquals(List.of("-25,7", "-13,4", "-13,2", "-2,4", "-0,3", "3,8"),
                c.series().get(0).points().stream().map(Chart.Point::label).toList());
        assertEquals(List.of(new BigDecimal("-25.7"), new BigDecimal("-13.4"), new BigDecimal("-13.2"),
                new BigDecimal("-2.4"), new BigDecimal("-0.3"), new BigDecimal("3.8")),
                c.series().get(0).points().stream().map(Chart.Point::value).toList());
    }

    @Test
    void withoutAnyAvvikelseThereIsNothingToDraw() throws Exception {
        byte[] workbook = TestWorkbooks.rapport().sheet("Driftsredovisning")
                .row("Verksamhet", "Område", "Utfall period", "Budget", "Prognos")
                .row("Hemtjänst", "Äldreomsorg", -167000, null, null)
                .row("Särskilt boende", "Äldreomsorg", -214100, null, null)
                .build();
        Document doc = tree(workbook);
        assertTrue(doc.blocks().stream().anyMatch(b -> b instanceof Table t && t.caption().equals("Driftsredovisning")));
        assertEquals(List.of(), charts(doc));
    }
}
