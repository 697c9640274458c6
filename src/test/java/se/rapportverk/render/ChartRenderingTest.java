package se.rapportverk.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import se.rapportverk.document.Block;
import se.rapportverk.document.Chart;
import se.rapportverk.document.Document;
import se.rapportverk.document.DocumentInfo;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Numbering;
import se.rapportverk.document.Paragraph;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.husstil.HusstilReader;
import se.rapportverk.render.docx.DocxRenderer;
import se.rapportverk.render.html.HtmlRenderer;
import se.rapportverk.render.pdf.PdfRenderer;
import se.rapportverk.render.pdf.VeraPdf;
import se.rapportverk.testutil.PdfColours;

/**
 * Every kind and style of chart, with a value not reported, through all three renderers: the PDF
 * stays PDF/A-3a and PDF/UA-1 with each chart a Figure carrying its description, the Word file's
 * chart parts are schema-valid with a missing value left out of the cache and the sheet, the HTML
 * page has an accessible SVG; and each is the same bytes a second time. In a kommun's own house style
 * every format draws the charts in its colours and names its font.
 */
class ChartRenderingTest {

    private static Chart.Point p(String n, String label) {
        return new Chart.Point(n == null ? null : new BigDecimal(n), label, null);
    }

    static Document document() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "", "Diagram", true, true));
        blocks.add(new Chart(Chart.Kind.BAR, "Budget och prognos (mkr)", "Staplar med budget och prognos.",
                Chart.Size.NORMAL, List.of("Intäkter", "Personalkostnader", "Övrigt"), List.of(
                new Chart.Series("Budget", Chart.Style.HATCHED, List.of(p("93.0", "93,0"), p("-795.4", "-795,4"),
                        p(null, "–"))),
                new Chart.Series("Prognos", Chart.Style.SOLID, List.of(p("92.0", "92,0"), p("-842.6", "-842,6"),
                        p("-1.5", "-1,5"))))));
        blocks.add(new Chart(Chart.Kind.BAR, "Antal mål", "Antal mål per bedömning.", Chart.Size.NORMAL,
                List.of("Uppfyllt", "Ej uppfyllt"), List.of(new Chart.Series("Antal", Chart.Style.SOLID, List.of(
                new Chart.Point(new BigDecimal("3"), "3", "2E7D32"), new Chart.Point(new BigDecimal("2"), "2", "C62828"))))));
        blocks.add(new Chart(Chart.Kind.LINE, "Utfall per månad (mkr)", "Linjer per månad.", Chart.Size.NORMAL,
                List.of("jan", "feb", "mar", "apr"), List.of(
                new Chart.Series("Utfall 2025", Chart.Style.SOLID, List.of(p("-90.1", "-90,1"), p("-181.5", "-181,5"),
                        p(null, "–"), p("-370.2", "-370,2"))),
                new Chart.Series("Utfall 2024", Chart.Style.HATCHED, List.of(p("-88.0", "-88,0"), p("-177.9", "-177,9"),
                        p("-268.3", "-268,3"), p("-359.0", "-359,0"))),
                new Chart.Series("Budget", Chart.Style.DASHED, List.of(p("-89.9", "-89,9"), p("-179.7", "-179,7"),
                        p("-269.6", "-269,6"), p("-359.4", "-359,4"))))));
        blocks.add(new Chart(Chart.Kind.LINE, "", "Ett litet diagram.", Chart.Size.SMALL, List.of("2024-07", "2024-08"),
                List.of(new Chart.Series("Norr", Chart.Style.SOLID, List.of(p("103.8", "103,8"), p("104.1", "104,1"))),
                        new Chart.Series("Målvärde", Chart.Style.DASHED, List.of(p("100.0", "100,0"), p("100.0", "100,0"))))));
        blocks.add(Paragraph.of("Slut."));
        return new Document(new DocumentInfo("Diagramprov", "Prov", "Rapportverk", "sv-SE", LocalDate.of(2025, 9, 23),
                "Prov", "", ""), Numbering.apply(blocks));
    }

    private static final RenderOptions OPTIONS = RenderOptions.withoutSource("0123456789abcdef");

    @Test
    void thePdfTagsEachChartAsAFigureWithItsDescriptionAndStaysPdfAAndUa() throws IOException {
        byte[] pdf = new PdfRenderer().renderBytes(document(), OPTIONS);
        assertEquals(List.of(), VeraPdf.validate(pdf, List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1))
                .values().stream().flatMap(List::stream).toList());
        List<String> alts = new ArrayList<>();
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            figures(pd.getDocumentCatalog().getStructureTreeRoot(), alts);
        }
        assertEquals(List.of("Staplar med budget och prognos.", "Antal mål per bedömning.", "Linjer per månad.",
                "Ett litet diagram."), alts);
        assertArrayEquals(pdf, new PdfRenderer().renderBytes(document(), OPTIONS), "the same bytes");
    }

    private static void figures(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (e.getStructureType().equals("Figure")) {
                    alts.add(e.getAlternateDescription());
                }
                figures(e, alts);
            }
        }
    }

    @Test
    void wordsChartsAreValidAndLeaveAMissingValueOut() throws IOException, Exception {
        byte[] docx = docx();
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFChart> charts = d.getCharts();
            assertEquals(4, charts.size());
            for (XWPFChart c : charts) {
                List<XmlError> errors = new ArrayList<>();
                XmlOptions o = new XmlOptions();
                o.setErrorListener(errors);
                assertTrue(c.getCTChartSpace().validate(o) && errors.isEmpty(), errors.toString());
            }
            // Budget's third value is not reported: no point 2 in its cache, no cell C4... B4 in its sheet.
            var budget = charts.get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            assertEquals(3, budget.getVal().getNumRef().getNumCache().getPtCount().getVal());
            assertEquals(List.of(0L, 1L), budget.getVal().getNumRef().getNumCache().getPtList().stream()
                    .map(v -> v.getIdx()).toList());
            var row = charts.get(0).getWorkbook().getSheetAt(0).getRow(3);
            assertEquals("Övrigt", row.getCell(0).getStringCellValue());
            assertTrue(row.getCell(1) == null, "no cell for the missing budget");
            assertEquals(-1.5, row.getCell(2).getNumericCellValue());
            // A line with a gap leaves the gap: blanks are shown as gaps.
            assertEquals("gap", charts.get(2).getCTChart().getDispBlanksAs().getVal().toString());
        }
        assertArrayEquals(docx, docx(), "the same bytes");
    }

    private static byte[] docx() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer().render(document(), OPTIONS, out);
        return out.toByteArray();
    }

    @Test
    void theHtmlPageHasAnAccessibleSvgPerChart() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HtmlRenderer().render(document(), OPTIONS, out);
        String html = out.toString(StandardCharsets.UTF_8);
        assertEquals(4, html.split("<svg ", -1).length - 1);
        assertTrue(html.contains("<figure><figcaption>Budget och prognos (mkr)</figcaption>"), html);
        assertTrue(html.contains("role=\"img\""), html);
        assertTrue(html.contains("<title>Staplar med budget och prognos.</title>"), html);
        for (String label : List.of("-795,4", "-842,6", "Personalkostnader", "Utfall 2024", "100,0")) {
            assertTrue(html.contains(">" + label + "</text>"), label);
        }
        assertTrue(html.contains("stroke-dasharray=\"5 3\""), "the target is dashed");
        for (Map.Entry<String, String> c : Map.of("2E7D32", "uppfyllt", "C62828", "ej uppfyllt").entrySet()) {
            assertTrue(html.contains("fill=\"#" + c.getKey() + "\""), c.getValue());
        }
    }
    @TempDir
    static Path dir;

    /**
     * A kommun's own series colours, text colour, total rule (the axis) and Word font name (and headings
     * in a colour of its own, so that the standard blue is nowhere).
     */
    static final String SERIES_1 = "2F6B4F";
    static final String SERIES_2 = "C9A227";
    static final String TEXT = "202A44";
    static final String AXIS = "8A2B0E";

    /** The standard house style's files with the colours and the Word font name above. */
    static Husstil ownStyle() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("husstil"));
        for (Map.Entry<String, byte[]> f : HusstilReader.standardFiles().entrySet()) {
            Files.write(folder.resolve(f.getKey()), f.getValue());
        }
        Path ini = folder.resolve(Husstil.SETTINGS);
        String text = Files.readString(ini, StandardCharsets.UTF_8);
        for (String[] change : List.of(new String[] {"diagram 1 = #1F3864", "diagram 1 = #" + SERIES_1},
                new String[] {"diagram 2 = #6F95C2", "diagram 2 = #" + SERIES_2},
                new String[] {"\ntext = #1A1A1A", "\ntext = #" + TEXT},
                new String[] {"rubrik = #1F3864", "rubrik = #5A1A22"},
                new String[] {"summalinje = #4A5563", "summalinje = #" + AXIS},
                new String[] {"namn i word = Arial", "namn i word = Helvetica"})) {
            assertTrue(text.contains(change[0]), change[0]);
            text = text.replaceFirst(java.util.regex.Pattern.quote(change[0]),
                    java.util.regex.Matcher.quoteReplacement(change[1]));
        }
        Files.writeString(ini, text, StandardCharsets.UTF_8);
        return HusstilReader.read(folder);
    }

    @Test
    void everyFormatDrawsTheChartsInTheHouseStylesColoursAndFont() throws Exception {
        RenderOptions own = new RenderOptions(null, null, "0123456789abcdef", ownStyle());
        // The PDF: the series filled and stroked in the kommun's colours, the axis in its total rule colour,
        // the labels in its text colour; the standard series colours nowhere.
        byte[] pdf = new PdfRenderer().renderBytes(document(), own);
        Set<String> drawn = new TreeSet<>();
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            for (PDPage page : pd.getPages()) {
                drawn.addAll(PdfColours.set(page, "rg"));
                drawn.addAll(PdfColours.set(page, "RG"));
            }
        }
        assertTrue(drawn.containsAll(List.of(SERIES_1, SERIES_2, TEXT, AXIS)), drawn.toString());
        assertTrue(!drawn.contains("1F3864") && !drawn.contains("6F95C2"), drawn.toString());
        assertArrayEquals(pdf, new PdfRenderer().renderBytes(document(), own), "the same bytes");
        // Word: the chart parts' fills, lines and text, and the font by the name Word is to use.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer().render(document(), own, out);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            var bars = d.getCharts().get(0).getCTChart().getPlotArea().getBarChartArray(0).getSerList();
            assertEquals(SERIES_1, rgb(bars.get(0).getSpPr().getPattFill().getFgClr().getSrgbClr().getVal()));
            assertEquals(SERIES_2, rgb(bars.get(1).getSpPr().getSolidFill().getSrgbClr().getVal()));
            for (XWPFChart c : d.getCharts()) {
                String xml = c.getCTChartSpace().xmlText();
                assertTrue(xml.contains("typeface=\"Helvetica\"") && !xml.contains("Arial"), xml);
                assertTrue(xml.contains("val=\"" + TEXT + "\"") && xml.contains("val=\"" + AXIS + "\""), xml);
                assertTrue(!xml.contains("1F3864") && !xml.contains("6F95C2"), xml);
            }
        }
        // HTML: the SVG's fills and strokes, and the font named first.
        ByteArrayOutputStream page = new ByteArrayOutputStream();
        new HtmlRenderer().render(document(), own, page);
        String html = page.toString(StandardCharsets.UTF_8);
        assertTrue(html.contains("fill=\"#" + SERIES_1 + "\"") && html.contains("stroke=\"#" + SERIES_1 + "\"")
                && html.contains("fill=\"#" + SERIES_2 + "\"") && html.contains("stroke=\"#" + AXIS + "\""), html);
        assertTrue(html.contains("font-family=\"&#39;Helvetica&#39;, Arial"), html);
        assertTrue(!html.contains("#1F3864") && !html.contains("#6F95C2"), html);
    }

    private static String rgb(byte[] v) {
        return String.format("%02X%02X%02X", v[0], v[1], v[2]);
    }
}
