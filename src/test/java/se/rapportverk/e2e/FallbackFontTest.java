package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import se.rapportverk.render.pdf.VeraPdf;
import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;

/**
 * A character the PDF's main font lacks is never a silent "?": an arrow or a check mark is drawn
 * with the embedded fallback font (DejaVu Sans), and a character no font has (a Chinese
 * character) is drawn as the replacement character while `check` and `generate` warn,
 * naming the cell and the characters.
 */
class FallbackFontTest {

    static final String SYMBOLS = "Mål uppnått \u2713, ej uppnått \u2717, trend \u2192 uppåt \u2191.";
    static final String NO_FONT = "Kontaktperson \u738B\u82B3 \uD83D\uDE00 i Ekeby.";

    @TempDir
    static Path dir;
    static Path workbook;
    static Generated generated;
    static String pdfText;

    @BeforeAll
    static void generate() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Texter").row("Avsnitt", "Rubrik", "Text")
                .row("sammanfattning", null, SYMBOLS)
                .row("vasentliga-handelser", null, NO_FONT);
        TestWorkbooks.withResultatrakning(b);
        workbook = Files.write(dir.resolve("tecken.xlsx"), b.build());
        generated = Generated.of(workbook, dir.resolve("ut"));
        pdfText = PdfDoc.read(generated.pdf("delarsrapport-")).body("Vård- och omsorgsnämnden – Delårsrapport augusti 2024");
    }

    @Test
    void symbolsTheMainFontLacksAreDrawnWithTheEmbeddedFallback() throws IOException {
        assertTrue(pdfText.contains(SYMBOLS), pdfText);
        assertFalse(pdfText.contains("uppnått ?"), "no question mark for a check mark");
        List<String> fonts = new java.util.ArrayList<>();
        try (PDDocument pd = Loader.loadPDF(generated.pdf("delarsrapport-"))) {
            for (PDPage page : pd.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fonts.add(f.getName() + (f.isEmbedded() ? "" : " (not embedded)"));
                }
            }
        }
        assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+DejaVuSans")), fonts.toString());
        assertTrue(fonts.stream().noneMatch(f -> f.endsWith("(not embedded)")), fonts.toString());
    }

    @Test
    void charactersNoFontHasAreNamedWithTheirCellByGenerateAndCheck() {
        // The emoji is in DejaVu Sans; the Chinese name is in no font of the PDF.
        String expected = "Texter!C3: tecknen \"\u738B\" (U+738B), \"\u82B3\" (U+82B3) "
                + "finns inte i PDF:ens typsnitt och visas där som \"\uFFFD\"; Word-filen visar dem med datorns typsnitt";
        assertTrue(generated.run().all().contains(expected), generated.run().all());
        Cli.Run check = Cli.run("check", workbook.toString());
        assertTrue(check.all().contains(expected), check.all());
        assertFalse(generated.run().all().contains("Texter!C2"), "the symbols have a font: no warning");
        // The PDF shows the replacement character, and reads as the text as written.
        assertTrue(pdfText.contains(NO_FONT), "ActualText keeps the characters: " + pdfText);
    }

    @Test
    void theFallbackKeepsThePdfArchivalAndAccessible() throws IOException {
        assertEquals(List.of(), VeraPdf.validate(generated.pdf("delarsrapport-"),
                List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1)).values().stream().flatMap(List::stream).toList());
    }
}
