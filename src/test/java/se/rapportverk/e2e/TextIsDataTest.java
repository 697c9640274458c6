package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;

/**
 * Text from the workbook is data, never template or markup: {@code ${kommun}}, {@code <b>fet</b>}
 * and {@code &amp;} typed in cells stand in the PDF and the Word file exactly as typed.
 */
class TextIsDataTest {

    static final String SAMMANFATTNING = "Kommunen heter ${kommun} och ${rapport.kommun}, inte något annat.";
    static final String MARKUP = "Det här är <b>fet</b> och <i>kursiv</i> HTML, och &amp; är fem tecken.";
    static final String VERKSAMHET = "<b>Hemtjänst</b> & ${namnd}";
    static final String RUBRIK = "Händelser <script>alert(1)</script> & ${doc.title}";

    @TempDir
    static Path dir;

    static PdfDoc pdf;
    static DocxDoc docx;
    static String pdfText;
    static String docxText;

    @BeforeAll
    static void generate() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Texter").row("Avsnitt", "Rubrik", "Text")
                .row("sammanfattning", null, SAMMANFATTNING + "\n\n" + MARKUP)
                .row("vasentliga-handelser", RUBRIK, "- ${kommun} i en punkt\n- <br/> & &lt; i en annan");
        TestWorkbooks.withResultatrakning(b);
        b.sheet("Driftsredovisning")
                .row("Verksamhet", "Bokslut föregående år", "Utfall period föregående år", "Utfall period",
                        "Budget period", "Budget", "Prognos")
                .row(VERKSAMHET, -1021900, -673400, -727600, -697400, -1041000, -1092200);
        Path workbook = Files.write(dir.resolve("text-ar-data.xlsx"), b.build());
        Generated g = Generated.of(workbook, dir.resolve("ut"));
        pdf = PdfDoc.read(g.pdf("delarsrapport-"));
        docx = DocxDoc.read(g.docx("delarsrapport-"));
        pdfText = pdf.body("Vård- och omsorgsnämnden – Delårsrapport augusti 2024");
        docxText = docx.text();
    }

    @Test
    void templateSyntaxInATextIsShownAsTyped() {
        assertTrue(pdfText.contains(SAMMANFATTNING), pdfText);
        assertTrue(docxText.contains(SAMMANFATTNING), docxText);
        assertFalse(pdfText.contains("Kommunen heter Testby kommun"), "not filled in");
    }

    @Test
    void markupAndEntitiesInATextAreShownAsTyped() {
        assertTrue(pdfText.contains(MARKUP), pdfText);
        assertTrue(docxText.contains(MARKUP), docxText);
        assertTrue(pdfText.contains("• ${kommun} i en punkt • <br/> & &lt; i en annan"), pdfText);
        assertTrue(docxText.contains("${kommun} i en punkt\n<br/> & &lt; i en annan\n"), docxText);
    }

    @Test
    void aHeadingAndATableCellFromTheWorkbookAreShownAsTyped() {
        assertTrue(pdf.lines().contains("3 " + RUBRIK) || pdf.lines().contains("2 " + RUBRIK), pdf.lines().toString());
        assertTrue(docx.headings().stream().anyMatch(h -> h.text().endsWith(" " + RUBRIK)), docx.headings().toString());
        assertTrue(pdf.outline.stream().anyMatch(b -> b.title().endsWith(" " + RUBRIK)), "bookmark");
        assertEquals(VERKSAMHET, docx.table("Driftsredovisning").rows().get(1).get(0));
        // The label may wrap in its column ("<b>Hemtjänst</b> &" above "${namnd}"): as typed either way.
        List<String> lines = pdf.lines();
        boolean asTyped = lines.stream().anyMatch(l -> l.startsWith(VERKSAMHET + " "));
        for (int i = 0; i + 1 < lines.size() && !asTyped; i++) {
            asTyped = lines.get(i).startsWith("<b>Hemtjänst</b> & ") && lines.get(i + 1).equals("${namnd}");
        }
        assertTrue(asTyped, lines.toString());
    }

    @Test
    void nothingWasInterpretedAsBold() {
        // <b> in a cell is text: no run of the Word file is bold because of it (the title page's runs are
        // bold by their style, so directly bold runs are counted).
        List<String> bold = new java.util.ArrayList<>();
        for (var p : docx.document.getParagraphs()) {
            p.getRuns().stream().filter(r -> r.isBold()).forEach(r -> bold.add(r.text()));
        }
        for (var t : docx.document.getTables()) {
            t.getRows().forEach(row -> row.getTableCells().forEach(c -> c.getParagraphs().forEach(p ->
                    p.getRuns().stream().filter(r -> r.isBold()).forEach(r -> bold.add(r.text())))));
        }
        assertFalse(bold.stream().anyMatch(t -> t.equals("fet") || t.equals("Hemtjänst") || t.contains("alert")),
                bold.toString());
        assertFalse(docx.select("//w:t").stream().anyMatch(t -> t.equals("fet") || t.equals("kursiv")),
                "the markup was not split into runs of their own");
    }
}
