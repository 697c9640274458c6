package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;

/**
 * Issue 7: a table whose printed total differs from the sum of its printed rows says so, in the PDF
 * and in the Word file, right below the table; a table whose printed figures add up does not.
 */
class RoundingNoteTest {

    static final String NOTE = "Beloppen är avrundade, vilket kan ge avrundningsdifferenser i summeringar.";

    @TempDir
    Path dir;

    private Generated generate(WorkbookBuilder b) throws IOException {
        Path workbook = Files.write(dir.resolve("avrundning.xlsx"), b.build());
        return Generated.of(workbook, dir.resolve("ut"));
    }

    @Test
    void rowsOf40TkrShownAs00UnderASummaOf01CarryTheNote() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Resultaträkning")
                .row("Post", "Typ", "Utfall period", "Budget", "Prognos")
                .row("Taxor och avgifter", null, 40, 40, 40)
                .row("Bidrag (intäkter)", null, 40, 40, 40)
                .row("Övriga intäkter", null, 40, 40, 40)
                .row("Personalkostnader", null, -1000, -1000, -1000);
        Generated g = generate(b);
        DocxDoc docx = DocxDoc.read(g.docx("delarsrapport-"));
        DocxDoc.Table t = docx.table("Resultaträkning");
        // 40 tkr is 0,04 mkr, shown 0,0; three of them are 0,12 mkr, shown 0,1.
        assertEquals(List.of("Taxor och avgifter", "0,0", "0,0", "0,0", "0,0"), t.row("Taxor och avgifter"));
        assertEquals(List.of("Övriga intäkter", "0,0", "0,0", "0,0", "0,0"), t.row("Övriga intäkter"));
        assertEquals(List.of("Summa intäkter", "0,1", "0,1", "0,1", "0,0"), t.row("Summa intäkter"));
        assertEquals(NOTE, t.after().text());
        assertEquals("Note", t.after().style());

        PdfDoc pdf = PdfDoc.read(g.pdf("delarsrapport-"));
        int summa = pdf.rowIndex("Summa intäkter", List.of("0,1", "0,1", "0,1", "0,0"));
        int total = pdf.rowIndex("Summa totalt", List.of("-0,9", "-0,9", "-0,9", "0,0"), summa);
        assertEquals(NOTE, pdf.lines().get(total + 1));
        assertEquals(1, pdf.lines().stream().filter(NOTE::equals).count());
    }

    @Test
    void tablesWhoseFiguresAddUpCarryNoNote() throws IOException {
        // TestWorkbooks' figures are whole hundreds of tkr: every figure shows exactly in mkr with one
        // decimal, so every printed column adds up to its printed total.
        WorkbookBuilder b = TestWorkbooks.rapport();
        TestWorkbooks.withResultatrakning(b);
        TestWorkbooks.withDriftsredovisning(b);
        Generated g = generate(b);
        DocxDoc docx = DocxDoc.read(g.docx("delarsrapport-"));
        for (String caption : List.of("Resultaträkning", "Driftsredovisning")) {
            DocxDoc.Para after = docx.table(caption).after();
            assertTrue(after == null || !after.text().equals(NOTE), caption + ": " + after);
        }
        assertFalse(docx.text().contains(NOTE));
        // The Summa totalt TestWorkbooks states (-727 600, -1 041 000, -1 092 200 tkr); the Bokslut and
        // Utfall period föregående år add up by hand to -1 021 900 and -673 400 tkr.
        assertEquals(List.of("Summa totalt", Sv.nb("-1 021,9"), "-673,4", "-727,6", Sv.nb("-1 041,0"),
                Sv.nb("-1 092,2"), "-51,2"), docx.table("Resultaträkning").row("Summa totalt"));
        PdfDoc pdf = PdfDoc.read(g.pdf("delarsrapport-"));
        assertFalse(pdf.lines().contains(NOTE));
    }
}
