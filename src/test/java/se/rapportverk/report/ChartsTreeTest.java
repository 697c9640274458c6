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
 * LSS, boende -13 400, LSS, daglig verksamhet 700, Central administration -14 200.
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
        // Prognos − Budget of TestWorkbooks' rows, in mkr: Hemtjänst -247 000 + 221 300 = -25 700; Central
        // administration -287 600 + 273 400 = -14 200; LSS, boende -121 900 + 108 500 = -13 400; Särskilt boende
        // -303 700 + 301 300 = -2 400; LSS, daglig verksamhet -68 000 + 68 700 = 700; Köpta platser 3 800.
        assertEquals(List.of("Hemtjänst", "Central administration", "LSS, boende", "Särskilt boende",
                "LSS, daglig verksamhet", "Köpta platser"), c.categories());
        assertEquals(List.of("-25,7", "-14,2", "-13,4", "-2,4", "0,7", "3,8"),
                c.series().get(0).points().stream().map(Chart.Point::label).toList());
        assertEquals(List.of(new BigDecimal("-25.7"), new BigDecimal("-14.2"), new BigDecimal("-13.4"),
                new BigDecimal("-2.4"), new BigDecimal("0.7"), new BigDecimal("3.8")),
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

    /**
     * Månadsutfall with Utfall only, March missing within the period (August): the cumulative line has
     * January -100 and February -100 − 200 = -300 tkr, then "–" (its sum is not known) to August; one series,
     * the caption naming only this year; the table beneath the chart has the same figures.
     */
    @Test
    void aMonthMissingWithinThePeriodEndsTheCumulativeLine() throws Exception {
        var b = TestWorkbooks.rapport();
        TestWorkbooks.withResultatrakning(b);
        b.sheet("Månadsutfall").row("Månad", "Utfall").row("januari", -100).row("februari", -200).row("april", -300);
        Document doc = tree(b.build());
        Chart c = charts(doc).stream().filter(x -> x.kind() == Chart.Kind.LINE).findFirst().orElseThrow();
        assertEquals("Ackumulerat utfall per månad, 2024 (mkr)", c.caption());
        assertEquals(List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug"), c.categories());
        assertEquals(List.of("Utfall 2024"), c.series().stream().map(Chart.Series::name).toList());
        assertEquals(List.of("-0,1", "-0,3", "–", "–", "–", "–", "–", "–"),
                c.series().get(0).points().stream().map(Chart.Point::label).toList());
        Block after = doc.blocks().get(doc.blocks().indexOf(c) + 1);
        Table t = (Table) after;
        assertEquals("Ackumulerat utfall per månad", t.caption());
        assertEquals(List.of("februari", "-0,3"), t.rows().get(2).cells().stream().map(Table.Cell::plainText).toList());
        assertEquals(List.of("mars", "–"), t.rows().get(3).cells().stream().map(Table.Cell::plainText).toList());
    }
}
