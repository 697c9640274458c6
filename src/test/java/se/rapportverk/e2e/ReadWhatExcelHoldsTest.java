package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportverk.testutil.WorkbookBuilder.uncached;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.testutil.WorkbookBuilder;
import se.rapportverk.testutil.XlsxParts;

/**
 * The first three silent-wrong cases of issue 7, as the user meets them: the message with the cell
 * from {@code check} and {@code generate}, and the figure in the generated PDF and DOCX.
 *
 * <ol>
 *   <li>A formula saved with an empty value, as openpyxl writes every formula: a Prognos of -12 600
 *       was read as 0 and turned a deficit into a surplus. It is calculated.</li>
 *   <li>{@code -12.500} typed as text was read as -12,5, a factor of 1 000. It is refused, naming the
 *       cell and both readings.</li>
 *   <li>Excel's float noise ({@code 1201.2000000000003}) was kept to ten decimals, so the tolerance of
 *       a given total collapsed. It is taken at Excel's 15 digits: 1 201,2, and the total agrees.</li>
 * </ol>
 *
 * Expected figures are written by hand: Budget -12 000 and a formula {@code =D3-600} give -12 600 and an
 * avvikelse of -600; with income 1 500 the net forecast is -11 100.
 */
class ReadWhatExcelHoldsTest {

    @TempDir
    static Path dir;

    static Generated openpyxl;

    private static String nb(String s) {
        return s.replace(' ', '\u00A0');
    }

    private static WorkbookBuilder rapport() {
        return rapport(0);
    }

    private static WorkbookBuilder rapport(int decimals) {
        return new WorkbookBuilder().sheet("Rapport").row("Fält", "Värde")
                .row("Kommun", "Testby kommun").row("Nämnd", "Vård- och omsorgsnämnden").row("År", 2025)
                .row("Period", "augusti").row("Beloppsenhet", "tkr").row("Tabellenhet", "tkr")
                .row("Decimaler", decimals).row("Datum", "2025-09-24");
    }

    /** A Resultaträkning whose Personalkostnader Prognos is {@code =D3-600}, saved as openpyxl saves it. */
    static byte[] openpyxlWorkbook() {
        WorkbookBuilder b = rapport().sheet("Resultaträkning")
                .row("Post", "Typ", "Utfall period", "Budget", "Prognos")
                .row("Taxor och avgifter", null, 1000, 1500, 1500)
                .row("Personalkostnader", null, -8000, -12000, uncached("D3-600"));
        XlsxParts parts = XlsxParts.of(b.build());
        String sheet = parts.sheetPart("Resultaträkning");
        parts.replaceFirst(sheet, "<f>D3-600</f></c>", "<f>D3-600</f><v></v></c>");
        assertTrue(parts.text(sheet).contains("<f>D3-600</f><v></v>"), "the formula is saved with an empty value");
        return parts.zip();
    }

    @BeforeAll
    static void generate() throws IOException {
        Path workbook = Files.write(dir.resolve("openpyxl.xlsx"), openpyxlWorkbook());
        openpyxl = Generated.of(workbook, dir.resolve("ut-openpyxl"));
    }

    @Test
    void anOpenpyxlFormulaIsCalculatedInThePdf() {
        PdfDoc pdf = PdfDoc.read(openpyxl.pdf("delarsrapport-"));
        // Bokslut and Utfall period föregående år are not in the workbook, so the table has no such columns.
        pdf.rowIndex("Personalkostnader", List.of(nb("-8 000"), nb("-12 000"), nb("-12 600"), "-600"));
        pdf.rowIndex("Summa totalt", List.of(nb("-7 000"), nb("-10 500"), nb("-11 100"), "-600"));
    }

    @Test
    void anOpenpyxlFormulaIsCalculatedInTheDocx() {
        DocxDoc docx = DocxDoc.read(openpyxl.docx("delarsrapport-"));
        DocxDoc.Table t = docx.table("Resultaträkning");
        assertEquals(List.of(nb("-8 000"), nb("-12 000"), nb("-12 600"), "-600"),
                t.row("Personalkostnader").subList(1, 5));
        assertEquals(List.of(nb("-7 000"), nb("-10 500"), nb("-11 100"), "-600"),
                t.row("Summa totalt").subList(1, 5));
    }

    @Test
    void checkSaysTheOpenpyxlWorkbookIsReadyAndPrintsNoZero() throws IOException {
        Path workbook = Files.write(dir.resolve("openpyxl-check.xlsx"), openpyxlWorkbook());
        Cli.Run r = Cli.run("check", workbook.toString());
        assertEquals(0, r.status(), r.all());
        r.assertNoStackTrace();
        assertTrue(r.out().contains("Arbetsboken är klar att göra dokument av."), r.out());
    }

    @Test
    void aPointWithThreeDigitsIsRefusedByCheckAndGenerateNamingTheCellAndBothReadings() throws IOException {
        byte[] xlsx = rapport().sheet("Resultaträkning")
                .row("Post", "Typ", "Utfall period", "Budget", "Prognos")
                .row("Taxor och avgifter", null, 1000, 1500, 1500)
                .row("Personalkostnader", null, -8000, -12000, "-12.500").build();
        Path workbook = Files.write(dir.resolve("punkt.xlsx"), xlsx);
        String expected = "Resultaträkning!E3: \"-12.500\" kan läsas både som -12,5 och som -12 500; skriv -12,5 "
                + "(med decimalkomma) eller -12 500 (utan punkt)";
        Files2.Guard guard = Files2.Guard.of(workbook);
        Path out = dir.resolve("ut-punkt");
        Cli.Run generate = Cli.run("generate", workbook.toString(), "--out", out.toString());
        assertEquals(1, generate.status(), generate.all());
        assertTrue(generate.plain().contains(expected), generate.all());
        generate.assertNoStackTrace();
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "nothing is written");
        Cli.Run check = Cli.run("check", workbook.toString());
        assertEquals(1, check.status(), check.all());
        assertTrue(check.plain().contains(expected), check.all());
        guard.assertUnchanged();
    }

    @Test
    void excelsFloatNoiseIsReadAtFifteenDigitsSoTheGivenTotalAgreesAndFiguresShowAsTyped() throws IOException {
        // Three incomes of 400,4 (rounded from the ledger) under a given Summa intäkter of 1 201,3 that Excel
        // stored as 1201.3000000000002. Calculated 1 201,2: within the rounding rule (3 × 0,05). Read with ten
        // decimals, the tolerance was 3 × 0,00000000005 and the total was reported as off.
        WorkbookBuilder b = rapport(1).sheet("Resultaträkning")
                .row("Post", "Typ", "Utfall period", "Budget", "Prognos")
                .row("Taxor och avgifter", null, 400.4, 400.4, 400.4)
                .row("Bidrag (intäkter)", null, 400.4, 400.4, 400.4)
                .row("Övriga intäkter", null, 400.4, 400.4, 400.4)
                .row("Summa intäkter", "Summa", 1201.3000000000002, 1201.3000000000002, 1201.3000000000002)
                .row("Personalkostnader", null, -1201.2000000000003, -1000, -1100);
        XlsxParts parts = XlsxParts.of(b.build());
        String sheet = parts.text(parts.sheetPart("Resultaträkning"));
        assertTrue(sheet.contains("<v>1201.3000000000002</v>") && sheet.contains("<v>-1201.2000000000003</v>"), sheet);
        Path workbook = Files.write(dir.resolve("brus.xlsx"), parts.zip());
        Cli.Run check = Cli.run("check", workbook.toString());
        assertEquals(0, check.status(), check.all());
        assertTrue(check.out().contains("Arbetsboken är klar att göra dokument av."), check.all());
        assertFalse(check.all().contains("00000"), "no message prints Excel's float noise: " + check.all());

        Generated g = Generated.of(workbook, dir.resolve("ut-brus"));
        assertFalse(g.run().all().contains("00000"), g.run().all());
        List<String> personal = List.of(nb("-1 201,2"), nb("-1 000,0"), nb("-1 100,0"), "-100,0");
        PdfDoc.read(g.pdf("delarsrapport-")).rowIndex("Personalkostnader", personal);
        assertEquals(personal, DocxDoc.read(g.docx("delarsrapport-")).table("Resultaträkning")
                .row("Personalkostnader").subList(1, 5));
    }
}
