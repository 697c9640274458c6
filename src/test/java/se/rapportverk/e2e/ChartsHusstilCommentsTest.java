package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.e2e.DocxComments.Place;

/**
 * Charts, Word comments and a kommun's own house style in one document: delarsrapport-med-avvikelser.xlsx
 * (two charts, Budget och prognos and Avvikelse per verksamhet; no goals, so no assessment chart; six warnings) made in a house style from {@code rapportverk husstil} with its own chart
 * colours and the logo on the cover and in the page header. Every drawing of the Word file (the logos and
 * the charts) has an id of its own, every part is schema-valid, the same inputs give the same bytes, the
 * warnings stand where they stand without a house style, and a warning about a cell that only a chart shows
 * (a kommun's template without the Driftsredovisning's table) is anchored on that chart.
 *
 * <p>The expected places are written by hand from the workbook's cells and the console's warnings
 * ({@link WordCommentsTest#AVVIKELSER}).
 */
class ChartsHusstilCommentsTest {

    static final String SERIES_1 = "2F6B4F";
    static final String SERIES_2 = "C9A227";
    /** The caption of the chart of Driftsredovisning!I2:I17. */
    static final String AVVIKELSE_CHART = "Avvikelse prognos helår mot budget per verksamhet (mkr)";

    @TempDir
    static Path dir;

    static Generated first;
    static Generated second;
    static Generated withoutTable;
    static byte[] docx;

    @BeforeAll
    static void generate() throws IOException {
        Path style = dir.resolve("husstil");
        Cli.Run made = Cli.run("husstil", style.toString());
        assertEquals(0, made.status(), made.all());
        String ini = Files.readString(style.resolve("husstil.ini"), StandardCharsets.UTF_8);
        ini = HusstilTest.replace(ini, "diagram 1 = #1F3864", "diagram 1 = #" + SERIES_1);
        ini = HusstilTest.replace(ini, "diagram 2 = #6F95C2", "diagram 2 = #" + SERIES_2);
        ini = HusstilTest.replace(ini, "logotyp = nej", "logotyp = ja");
        Files.writeString(style.resolve("husstil.ini"), ini, StandardCharsets.UTF_8);

        first = Generated.of(Examples.AVVIKELSER, dir.resolve("ut"), "--husstil", style.toString());
        second = Generated.of(Examples.AVVIKELSER, dir.resolve("igen"), "--husstil", style.toString());
        docx = first.docx("delarsrapport-");

        // A kommun's own template that shows the Driftsredovisning only as its chart.
        Path templates = BrokenTemplatesTest.copyOfTemplates(dir.resolve("mallar"));
        Path delarsrapport = templates.resolve("delarsrapport.ftl");
        String template = Files.readString(delarsrapport, StandardCharsets.UTF_8);
        String table = "  <#if tabeller.driftsredovisning??><@r.table tabeller.driftsredovisning \"Driftsredovisning\"/></#if>\n";
        assertTrue(template.contains(table), "the template writes the Driftsredovisning so");
        Files.writeString(delarsrapport, template.replace(table, ""), StandardCharsets.UTF_8);
        withoutTable = Generated.of(Examples.AVVIKELSER, dir.resolve("utan-tabell"), "--husstil", style.toString(),
                "--templates", templates.toString());
    }

    // ------------------------------------------------------------------ drawings

    static final Pattern DOC_PR = Pattern.compile("<wp:docPr\\b[^>]*?\\bid=\"(\\d+)\"[^>]*?\\bname=\"([^\"]*)\"");

    /** The drawings' ids and names of each part of the main document and its headers, by part name. */
    static Map<String, List<String[]>> drawings(byte[] file) {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                String name = e.getName();
                if (name.equals("word/document.xml") || name.matches("word/header\\d*\\.xml")) {
                    Matcher m = DOC_PR.matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    List<String[]> found = new ArrayList<>();
                    while (m.find()) {
                        found.add(new String[] {m.group(1), m.group(2)});
                    }
                    out.put(name, found);
                }
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return out;
    }

    @Test
    void everyDrawingHasAnIdOfItsOwnAcrossTheBodyAndTheHeaders() {
        Map<String, List<String[]>> drawings = drawings(docx);
        List<String> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        drawings.values().forEach(list -> list.forEach(d -> {
            ids.add(d[0]);
            names.add(d[1]);
        }));
        // The cover's logo, the two charts, and the logo in the one page header that has one.
        assertEquals(4, ids.size(), names.toString());
        assertEquals(ids.size(), new HashSet<>(ids).size(), "ids " + ids + " of " + names);
        List<String> body = drawings.get("word/document.xml").stream().map(d -> d[1]).toList();
        assertEquals(List.of("logotyp.png", "Diagram 1", "Diagram 2"), body);
        assertTrue(ids.stream().allMatch(id -> Long.parseLong(id) > 0), ids.toString());
    }

    @Test
    void theWordFileIsSchemaValid() throws Exception {
        try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(docx))) {
            DocxValidityTest.assertValid("document.xml", w.getDocument());
            for (XWPFHeader h : w.getHeaderList()) {
                DocxValidityTest.assertValid("header", h._getHdrFtr());
            }
            for (XWPFFooter f : w.getFooterList()) {
                DocxValidityTest.assertValid("footer", f._getHdrFtr());
            }
            assertEquals(2, w.getCharts().size());
            for (var chart : w.getCharts()) {
                DocxValidityTest.assertValid("chart", chart.getCTChartSpace());
                DocxValidityTest.assertValid("chart workbook", chart.getWorkbook().getCTWorkbook());
                String xml = chart.getCTChartSpace().xmlText();
                assertTrue(xml.contains("val=\"" + SERIES_1 + "\""), "the house style's first series colour");
            }
            DocxValidityTest.assertValid("comments", w.getDocComments().getCtComments());
            // The seven warnings (WordCommentsTest.AVVIKELSER) and the marks of the three drafted paragraphs.
            assertEquals(10, w.getComments().length);
        }
    }

    @Test
    void theSameInputsGiveTheSameBytes() {
        assertArrayEquals(docx, second.docx("delarsrapport-"), "the Word file");
        assertArrayEquals(first.pdf("delarsrapport-"), second.pdf("delarsrapport-"), "the PDF");
    }

    // ------------------------------------------------------------------ comments

    @Test
    void theWarningsStandOnTheTablesBesideTheCharts() {
        DocxComments comments = DocxComments.read(docx);
        for (WordCommentsTest.Expected e : WordCommentsTest.AVVIKELSER) {
            DocxComments.Comment c = comments.withText(e.text());
            assertEquals(e.place(), c.start(), e.text());
            assertEquals(e.place(), c.end(), e.text());
            assertEquals(e.place(), c.reference(), e.text());
        }
    }

    /**
     * Without the Driftsredovisning's table, its chart is what shows the sheet's rows: the warning about
     * the given total H18 (whose rows H2:H17 the chart draws) stands on the chart, from its caption to the
     * chart itself. The warning whose likely cause is Resultaträkning!C11 stays on the Resultaträkning. The
     * one about D15 (Bostadsanpassning's Utfall period föregående år) stands on a figure calculated from
     * D15, which comes before a chart that draws other cells of its row (G15, H15): the appendix
     * Prognosunderlag's Säsongsprognos, -3 765 × -5 170 / -5 448 = -3 572,9 tkr, -3,6 mkr.
     */
    @Test
    void aWarningAboutCellsOnlyAChartShowsIsAnchoredOnTheChart() throws IOException {
        byte[] own = withoutTable.docx("delarsrapport-");
        DocxComments comments = DocxComments.read(own);
        assertEquals(7, WordCommentsTest.warnings(comments).size(), "the warnings, beside three drafted paragraphs");
        assertEquals(Place.cell("Prognosunderlag", "Bostadsanpassning", "Säsongsprognos", "-3,6"),
                comments.startingWith("Driftsredovisning!D15: Utfall period föregående år för Bostadsanpassning").start());
        for (String start : List.of("Driftsredovisning!H18: Totalt för Prognos")) {
            DocxComments.Comment c = comments.startingWith(start);
            assertEquals(Place.paragraph(AVVIKELSE_CHART), c.start(), start);
            assertEquals(Place.paragraph(""), c.end(), start);
            assertEquals(Place.paragraph(""), c.reference(), start);
        }
        assertEquals(Place.cell("Resultaträkning", "Kapitaltjänstkostnader", "Bokslut 2024", "5,1"),
                comments.startingWith("Driftsredovisning!C18: ").start());
        // The paragraph with the chart holds the ranges' ends and the references.
        try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(own))) {
            int ends = 0;
            for (XWPFParagraph p : w.getParagraphs()) {
                if (!p.getCTP().getCommentRangeEndList().isEmpty() && p.getText().isBlank()) {
                    assertTrue(p.getCTP().xmlText().contains("drawingml/2006/chart"), "a chart's paragraph");
                    assertTrue(p.getCTP().xmlText().contains("descr=\"Liggande stapeldiagram: avvikelse prognos"),
                            "the avvikelse chart");
                    ends += p.getCTP().getCommentRangeEndList().size();
                }
            }
            assertEquals(1, ends, "H18's");
            DocxValidityTest.assertValid("document.xml", w.getDocument());
        }
        assertEquals(4, drawings(own).values().stream().mapToInt(List::size).sum());
    }
}
