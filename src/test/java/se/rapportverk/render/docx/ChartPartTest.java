package se.rapportverk.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import se.rapportverk.document.Block;
import se.rapportverk.document.Chart;
import se.rapportverk.document.Document;
import se.rapportverk.render.layout.ChartLayout;
import se.rapportverk.render.layout.Theme;
import se.rapportverk.render.pdf.ExampleDocuments;

/**
 * {@link ChartPart} without POI's writing: the example delårsrapport's charts are the parts stored in
 * {@code chartpart/} (made by the POI path on main at b004936, taken from its Word file), escapes are
 * XMLBeans' (expected texts written by hand from its Saver's rules), and the embedded workbook reads back
 * with the chart's figures. {@link ChartPartOracleTest} compares with the POI path itself.
 */
class ChartPartTest {

    private static final LocalDate DATE = LocalDate.of(2025, 9, 23);

    @Test
    void theDelarsrapportsChartsAreTheStoredBytes() throws IOException {
        ExampleDocuments.Example example = ExampleDocuments.all().stream()
                .filter(e -> e.name().startsWith("delarsrapport-augusti-2025/delarsrapport")).findFirst().orElseThrow();
        List<Chart> charts = charts(example.tree());
        assertEquals(4, charts.size());
        Theme theme = Theme.of(example.options().husstil());
        assertEquals(DATE, example.tree().info().date());
        // Chart 1: bars, one series, a colour for each point; chart 3: lines, a gap, a target, a legend.
        for (int k : new int[] {1, 3}) {
            Chart chart = charts.get(k - 1);
            ChartPart.Parts parts = ChartPart.write(chart, ChartLayout.draw(chart, theme), theme, DATE, k);
            assertSame("chart" + k + ".xml", stored("chart" + k + ".xml"), parts.chart());
            assertSame("chart" + k + ".xml.rels", stored("chart" + k + ".xml.rels"), parts.rels());
            assertSame("Microsoft_Excel_Worksheet" + k + ".xlsx",
                    stored("Microsoft_Excel_Worksheet" + k + ".xlsx"), parts.workbook());
        }
    }

    private static byte[] stored(String name) throws IOException {
        try (InputStream in = ChartPartTest.class.getResourceAsStream("chartpart/" + name)) {
            if (in == null) {
                throw new IOException("no stored part " + name);
            }
            return in.readAllBytes();
        }
    }

    @Test
    void partNamesFollowTheChartsNumber() {
        ChartPart.Parts parts = new ChartPart.Parts(7, new byte[0], new byte[0], new byte[0]);
        assertEquals("word/charts/chart7.xml", parts.chartName());
        assertEquals("word/charts/_rels/chart7.xml.rels", parts.relsName());
        assertEquals("word/embeddings/Microsoft_Excel_Worksheet7.xlsx", parts.workbookName());
        assertEquals("charts/chart7.xml", parts.documentTarget());
    }

    private static String text(String s) {
        StringBuilder b = new StringBuilder();
        ChartPartXml.text(b, s);
        return b.toString();
    }

    @Test
    void elementTextIsEscapedAsXmlBeansEscapesIt() {
        assertEquals("Vård &amp; omsorg", text("Vård & omsorg"));
        assertEquals("a &lt;b> \"c\" 'd'", text("a <b> \"c\" 'd'"));
        assertEquals("x]]&gt;y ]>", text("x]]>y ]>"));
        assertEquals("rad&#13;\nny\ttab", text("rad\r\nny\ttab"));
        assertEquals("?a?b??", text("\u0001a\u001Fb\uFFFE\uFFFF"));
        assertEquals("🎯 \uD83D ok", text("🎯 \uD83D ok"), "surrogates are left to the encoder");
        assertEquals("", text(""));
    }

    @Test
    void longTextWithManyEntitiesIsCdataWithXmlBeansQuirks() {
        String filler = "x".repeat(26);
        // 33 characters, 6 ampersands: CDATA; its first two characters are not checked, the rest are.
        assertEquals("<![CDATA[\u0001\u0002&&&&&&" + filler + "?]]>", text("\u0001\u0002&&&&&&" + filler + "\u0003"));
        // A ]]> inside ends the section and starts another.
        assertEquals("<![CDATA[&&&&&&" + filler + "]]]]>><![CDATA[z]]>", text("&&&&&&" + filler + "]]>z"));
        // 32 characters are not enough, nor are five entities.
        assertEquals("&amp;".repeat(6) + "x".repeat(26), text("&&&&&&" + "x".repeat(26)));
        assertEquals("&amp;".repeat(5) + "x".repeat(40), text("&&&&&" + "x".repeat(40)));
        // The shared strings table turns CDATA off.
        StringBuilder b = new StringBuilder();
        ChartPartXml.text(b, "&&&&&&" + filler + "\r", ChartPartXml.NO_CDATA_LENGTH, ChartPartXml.NO_CDATA_ENTITIES);
        assertEquals("&amp;".repeat(6) + filler + "&#13;", b.toString());
    }

    @Test
    void attributesEscapeQuotesButNotControlCharacters() {
        StringBuilder b = new StringBuilder();
        ChartPartXml.attribute(b, "a\"b<c&d>e'\u0001\n");
        assertEquals("a&quot;b&lt;c&amp;d>e'\u0001\n", b.toString());
    }

    @Test
    void columnsAreLetteredAsExcelLettersThem() {
        assertEquals(List.of("A", "B", "Z", "AA", "AZ", "BA", "ZZ", "AAA", "XFD"),
                List.of(0, 1, 25, 26, 51, 52, 701, 702, 16383).stream().map(ChartPartXml::column).toList());
    }

    private static Chart.Point p(String value) {
        return new Chart.Point(value == null ? null : new BigDecimal(value), value == null ? "–" : value, null);
    }

    @Test
    void theEmbeddedWorkbookHoldsTheChartsFigures() throws IOException {
        Chart chart = new Chart(Chart.Kind.LINE, "Kostnad (mkr)", "Kostnaden per månad", Chart.Size.NORMAL,
                List.of("jan", "feb", "Vård & omsorg <LSS>"),
                List.of(new Chart.Series("Utfall 2025", Chart.Style.SOLID, List.of(p("-92.7"), p("-178.1"), p(null))),
                        new Chart.Series("Budget \"2025\"", Chart.Style.DASHED, List.of(p("-88.8"), p("-172.3"),
                                p("-262.0")))));
        ChartPart.Parts parts = ChartPart.write(chart, ChartLayout.draw(chart, Theme.standard()), Theme.standard(),
                DATE, 2);
        Map<String, byte[]> entries = unzip(parts.workbook());
        assertEquals(ChartPartWorkbook.NAMES, List.copyOf(entries.keySet()));
        String core = new String(entries.get("docProps/core.xml"), StandardCharsets.UTF_8);
        assertTrue(core.contains("<dcterms:created xsi:type=\"dcterms:W3CDTF\">2025-09-23T00:00:00Z</dcterms:created>"),
                core);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(parts.workbook()))) {
            XSSFSheet sheet = wb.getSheet("Blad1");
            Row header = sheet.getRow(0);
            assertEquals("", header.getCell(0).getStringCellValue());
            assertEquals("Utfall 2025", header.getCell(1).getStringCellValue());
            assertEquals("Budget \"2025\"", header.getCell(2).getStringCellValue());
            assertTrue(wb.getFontAt(header.getCell(1).getCellStyle().getFontIndex()).getBold());
            assertEquals(List.of("jan", "feb", "Vård & omsorg <LSS>"), List.of(sheet.getRow(1).getCell(0).getStringCellValue(),
                    sheet.getRow(2).getCell(0).getStringCellValue(), sheet.getRow(3).getCell(0).getStringCellValue()));
            assertEquals(-92.7, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(-178.1, sheet.getRow(2).getCell(1).getNumericCellValue());
            assertNull(sheet.getRow(3).getCell(1), "no value reported, no cell");
            assertEquals(-262.0, sheet.getRow(3).getCell(2).getNumericCellValue());
            assertEquals("[$-41D]#,##0.0", sheet.getRow(1).getCell(1).getCellStyle().getDataFormatString());
            assertEquals(21 * 256, sheet.getColumnWidth(0), "the longest category (19) and 2");
            assertEquals(16 * 256, sheet.getColumnWidth(1));
        }
        String xml = new String(parts.chart(), StandardCharsets.UTF_8);
        assertTrue(xml.contains("<c:f>Blad1!$C$1</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\">"
                + "<c:v>Budget \"2025\"</c:v>"), xml);
        assertTrue(xml.contains("<c:pt idx=\"2\"><c:v>Vård &amp; omsorg &lt;LSS></c:v></c:pt>"), xml);
        assertTrue(xml.contains("<c:f>Blad1!$B$2:$B$4</c:f><c:numCache><c:formatCode>[$-41D]#,##0.0</c:formatCode>"
                + "<c:ptCount val=\"3\"/><c:pt idx=\"0\"><c:v>-92.7</c:v></c:pt><c:pt idx=\"1\"><c:v>-178.1</c:v></c:pt>"
                + "</c:numCache>"), xml);
        assertTrue(xml.contains("<c:externalData r:id=\"rId1\"/>"), xml);
        assertEquals("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships"
                + " xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                + " Target=\"../embeddings/Microsoft_Excel_Worksheet2.xlsx\""
                + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package\"/>"
                + "</Relationships>", new String(parts.rels(), StandardCharsets.UTF_8));
    }

    @Test
    void theWorkbooksEntriesAreStoredAndStampedWithTheDateWithinWhatAZipHolds() throws IOException {
        Chart chart = new Chart(Chart.Kind.BAR, "", "Ett diagram", Chart.Size.NORMAL, List.of("a"),
                List.of(new Chart.Series("s", Chart.Style.SOLID, List.of(p("1")))));
        Map<LocalDate, java.time.LocalDateTime> stamps = Map.of(DATE, DATE.atStartOfDay(),
                LocalDate.of(1970, 1, 1), java.time.LocalDateTime.of(1980, 1, 1, 0, 0),
                LocalDate.of(2200, 6, 30), java.time.LocalDateTime.of(2107, 12, 31, 0, 0));
        for (var e : stamps.entrySet()) {
            byte[] zip = ChartPartWorkbook.write(chart, e.getKey());
            List<String> names = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    names.add(entry.getName());
                    assertEquals(ZipEntry.STORED, entry.getMethod(), entry.getName());
                    assertEquals(e.getValue(), entry.getTimeLocal(), entry.getName());
                }
            }
            assertEquals(ChartPartWorkbook.NAMES, names);
        }
    }

    // ------------------------------------------------------------------ shared with ChartPartOracleTest

    static List<Chart> charts(Document document) {
        List<Chart> charts = new ArrayList<>();
        for (Block b : document.blocks()) {
            if (b instanceof Chart c) {
                charts.add(c);
            }
        }
        return charts;
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                entries.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    /** Byte equality, with the place of the first difference shown as text. */
    static void assertSame(String what, byte[] expected, byte[] actual) {
        if (expected == null) {
            fail("POI wrote no " + what);
        }
        if (java.util.Arrays.equals(expected, actual)) {
            return;
        }
        int i = java.util.Arrays.mismatch(expected, actual);
        fail(what + " differs at byte " + i + " (lengths " + expected.length + ", " + actual.length + ")\nPOI:  "
                + around(expected, i) + "\nmine: " + around(actual, i));
    }

    private static String around(byte[] b, int i) {
        int from = Math.max(0, i - 120);
        int to = Math.min(b.length, i + 120);
        return new String(b, from, to - from, StandardCharsets.UTF_8).replace("\n", "\\n").replace("\r", "\\r");
    }
}
