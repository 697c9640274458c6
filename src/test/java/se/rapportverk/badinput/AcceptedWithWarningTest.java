package se.rapportverk.badinput;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportverk.badinput.HostileFiles.RR;
import static se.rapportverk.badinput.HostileFiles.SST;
import static se.rapportverk.badinput.HostileFiles.good;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import se.rapportverk.testutil.CliRun;
import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;
import se.rapportverk.testutil.XlsxParts;

/**
 * Odd input that is read, not refused: the documents are made, and {@code check} and {@code generate}
 * give the same warning naming the cell or sheet. Control and bidirectional characters never reach the
 * PDF or the Word file.
 */
class AcceptedWithWarningTest {

    private static final Pattern INVISIBLE = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F"
            + "\\u200E\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");

    @TempDir
    Path dir;

    /**
     * @param warning the warning, place included; {@code null} when none is expected
     * @param shown   a text the PDF and the DOCX show
     */
    record Case(String name, Supplier<byte[]> bytes, String warning, String shown) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("styrtecken och dubbelriktningstecken i en text", () -> good()
                        .replaceFirst(SST, "Nämnden redovisar", "Nämnden_x0007_ \u202Eredovisar\u2066").zip(),
                        "Texter!C2: texten innehöll osynliga styrtecken (U+0007, U+202E, U+2066) som har tagits bort; "
                                + "kontrollera att texten blev rätt", "Nämnden redovisar ett underskott."),
                new Case("en cell med bara styrtecken", () -> good()
                        .replaceFirst(SST, "Under perioden har \\*\\*mycket\\*\\* hänt\\.", "_x0001__x0002_").zip(),
                        "Texter!C3: texten innehöll osynliga styrtecken (U+0001, U+0002) som har tagits bort; cellen "
                                + "läses som tom", "Nämnden redovisar ett underskott."),
                new Case("å, ä och ö sammansatta som på en Mac", () -> {
                    XlsxParts p = good();
                    p.put("xl/workbook.xml", p.text("xl/workbook.xml").replace("Resultaträkning", "Resultatra\u0308kning"));
                    return p.put(SST, p.text(SST).replace("ä", "a\u0308").replace("å", "a\u030A")
                            .replace("ö", "o\u0308").replace("Ä", "A\u0308").replace("Å", "A\u030A")).zip();
                }, null, "Väsentliga händelser"),
                new Case("ett dolt blad", () -> good().replaceFirst("xl/workbook.xml", "<sheet name=\"Texter\"",
                        "<sheet state=\"hidden\" name=\"Texter\"").zip(),
                        "Texter: bladet är dolt men läses som alla andra blad", "Nämnden redovisar ett underskott."),
                new Case("en formel mot en annan arbetsbok med sparat resultat", () -> good()
                        .replaceFirst(RR, "<c r=\"E3\"([^>]*)><v>16300.0</v>", "<c r=\"E3\"$1><f>[1]Blad1!E3</f>"
                                + "<v>16300.0</v>").zip(),
                        "Resultaträkning: cellen E3 hämtar sina värden från en annan arbetsbok", "Resultaträkning"),
                new Case("en tom andra kolumn med samma rubrik", () -> XlsxParts.of(TestWorkbooks.delarsrapport())
                        .replaceFirst(RR, "(<c r=\"H1\"[^>]*><v>\\d+</v></c>)", "$1<c r=\"I1\" t=\"inlineStr\"><is><t>"
                                + "Prognos</t></is></c>").zip(),
                        "Resultaträkning!I1: kolumnen \"Prognos\" finns redan i H1; den läses inte", "Resultaträkning"),
                new Case("talen på alla sätt som kontraktet tillåter", () -> {
                    WorkbookBuilder b = TestWorkbooks.rapport().sheet("Resultaträkning")
                            .row("Post", "Typ", "Utfall period", "Budget", "Prognos")
                            .row("Taxor och avgifter", null, "1 092,2", "1\u00A0092,2", "1\u2009092,2")
                            .row("Bidrag (intäkter)", null, "1092.2", "1,250", "+4,7")
                            .row("Personalkostnader", null, "\u221251,2", "\u201351,2", "-51,2")
                            .row("Lokalhyror", null, "-100 000 kr", "-4,2 mkr", "–")
                            .row("Övriga driftskostnader", null, WorkbookBuilder.formula("-10-2"), -3, "-1 021 900");
                    return b.build();
                }, null, "Resultaträkning"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isReadAndCheckAndGenerateAgree(Case c) throws IOException {
        Path input = dir.resolve("arbetsbok.xlsx");
        Files.write(input, c.bytes().get());
        byte[] before = Files.readAllBytes(input);
        Path out = dir.resolve("ut");

        CliRun check = CliRun.of("check", input.toString());
        assertEquals(0, check.status(), check.all());
        CliRun generate = CliRun.of("generate", input.toString(), "--out", out.toString());
        assertEquals(0, generate.status(), generate.all());
        for (CliRun run : List.of(check, generate)) {
            if (c.warning() == null) {
                assertFalse(run.all().contains("varning"), run.all());
            } else {
                assertTrue(run.plain().contains(c.warning()), () -> "expected\n  " + c.warning() + "\nin\n" + run.all());
            }
        }
        assertEquals(warnings(check), warnings(generate), "check and generate warn alike");
        assertEquals("", check.stray() + generate.stray(), "nothing is printed past the command's own streams");

        Path pdf;
        Path docx;
        try (Stream<Path> files = Files.list(out)) {
            List<Path> written = files.toList();
            pdf = written.stream().filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
            docx = written.stream().filter(p -> p.toString().endsWith(".docx")).findFirst().orElseThrow();
        }
        String pdfText;
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            pdfText = new PDFTextStripper().getText(d);
        }
        String docxText;
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx));
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            docxText = x.getText();
        }
        for (String text : List.of(pdfText, docxText)) {
            assertTrue(text.replace('\u00A0', ' ').contains(c.shown()), () -> c.shown() + " in\n" + text);
            assertFalse(INVISIBLE.matcher(text).find(), () -> "an invisible control character in\n" + text);
            assertFalse(text.contains("a\u0308") || text.contains("a\u030A") || text.contains("o\u0308"),
                    "letters are composed");
        }
        assertArrayEquals(before, Files.readAllBytes(input), "the input is never changed");
    }

    private static List<String> warnings(CliRun run) {
        // The findings, wherever the console prints them: one indented line each.
        return run.all().lines().filter(l -> l.startsWith("  ")).toList();
    }
}
