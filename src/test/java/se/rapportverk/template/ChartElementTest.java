package se.rapportverk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.document.Chart;
import se.rapportverk.document.Document;

/** The {@code <chart>} element: what a template writes becomes the chart of the tree, or a Swedish error at its line. */
class ChartElementTest {

    @TempDir
    Path dir;

    private static final String HEAD = "<#ftl output_format=\"XML\">\n<document title=\"T\" date=\"2025-09-23\">\n";

    private Document render(String body) throws Exception {
        Files.writeString(dir.resolve("t.ftl"), HEAD + body + "\n</document>");
        return TemplateEngine.fromFolder(dir).render("t.ftl", Map.of("namn", "Hemtjänst <b>&")).document();
    }

    private String error(String body) {
        TemplateException e = assertThrows(TemplateException.class, () -> render(body));
        return e.getMessage();
    }

    @Test
    void aChartBecomesTheChartOfTheTree() throws Exception {
        Document doc = render("""
                <chart kind="line" caption="Övertid per månad (timmar)" alt="Linjediagram" size="small">
                  <category>2024-07</category><category>2024-08</category>
                  <series name="${namn}"><value n="96">96</value><value/></series>
                  <series name="Målvärde" style="dashed"><value n="40">40</value><value n="40.0" color="c62828">40,0</value></series>
                </chart>""");
        Chart c = (Chart) doc.blocks().get(0);
        assertEquals(Chart.Kind.LINE, c.kind());
        assertEquals(Chart.Size.SMALL, c.size());
        assertEquals("Övertid per månad (timmar)", c.caption());
        assertEquals(List.of("2024-07", "2024-08"), c.categories());
        // Text from the workbook stays text, in a series' name as anywhere.
        assertEquals("Hemtjänst <b>&", c.series().get(0).name());
        assertEquals(Chart.Style.SOLID, c.series().get(0).style());
        assertEquals(new BigDecimal("96"), c.series().get(0).points().get(0).value());
        assertNull(c.series().get(0).points().get(1).value(), "a value without n is not reported");
        assertEquals(Chart.Style.DASHED, c.series().get(1).style());
        assertEquals("40,0", c.series().get(1).points().get(1).label());
        assertEquals("C62828", c.series().get(1).points().get(1).colour());
        assertEquals(1, c.decimals());
    }

    @Test
    void anUnknownKindNamesTheKnownOnes() {
        String m = error("<chart kind=\"pie\" alt=\"A\"><category>x</category><series name=\"s\"><value n=\"1\">1</value></series></chart>");
        assertTrue(m.startsWith("Mallen t.ftl, rad 3: <chart kind=\"pie\">: okänd diagramtyp"), m);
        assertTrue(m.contains("tillåtna är bar, line"), m);
    }

    @Test
    void aChartWithoutItsDescriptionIsRefused() {
        String m = error("<chart kind=\"bar\"><category>x</category><series name=\"s\"><value n=\"1\">1</value></series></chart>");
        assertTrue(m.startsWith("Mallen t.ftl, rad 3: <chart> saknar attributet alt"), m);
    }

    @Test
    void aValueThatIsNoNumberIsNamed() {
        String m = error("<chart alt=\"A\"><category>x</category><series name=\"s\"><value n=\"1,5\">1,5</value></series></chart>");
        assertTrue(m.contains("<value n=\"1,5\">: skriv talet med punkt som decimaltecken"), m);
    }

    @Test
    void aSeriesNeedsOneValuePerCategory() {
        String m = error("<chart alt=\"A\"><category>x</category><category>y</category>"
                + "<series name=\"s\"><value n=\"1\">1</value></series></chart>");
        assertTrue(m.contains("serien \"s\" har 1 värden för 2 kategorier"), m);
    }

    @Test
    void onlyCategoriesAndSeriesStandInAChart() {
        String m = error("<chart alt=\"A\"><p>x</p></chart>");
        assertTrue(m.contains("<p> får inte stå i <chart>; tillåtna där är <category>, <series>"), m);
    }
}
