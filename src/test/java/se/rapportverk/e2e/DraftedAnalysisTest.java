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
 * The paragraphs the delårsrapport drafts from the figures where Texter gives no text of its own
 * (issue 10, item 5; docs/dokument.md, Skrivna utkast), read back from the PDF and the DOCX. The
 * figures are those of {@link TestWorkbooks} (tkr, shown in mkr) and the sheets added here; each
 * expected figure is worked out by hand in the comments.
 */
class DraftedAnalysisTest {

    @TempDir
    static Path dir;

    static String pdf;
    static List<String> docx;
    static String docxText;
    static String examplePdf;
    static DocxComments comments;


    @BeforeAll
    static void generate() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Texter").row("Avsnitt", "Rubrik", "Text").row("sammanfattning", null, "Nämnden redovisar ett underskott.");
        TestWorkbooks.withResultatrakning(b);
        TestWorkbooks.withDriftsredovisning(b);
        b.sheet("Volymer").row("Verksamhet", "Volymenhet", "Volym budget", "Volym prognos", "Kostnad per enhet")
                .row("Hemtjänst", "Timmar", 346000, 355000, 0.6)
                .row("LSS, boende", "Årsplacering", 121, 121, 900)
                .row("Köpta platser", "Årsplacering", 55, 54, 1200);
        b.sheet("Investeringar").row("Projekt", "Budget", "Utfall period", "Prognos")
                .row("Kallelselarm", -3000, -1500, -2600)
                .row("Möbler", -1200, -600, -1300);
        b.sheet("Mål").row("Nivå", "Mål", "Bedömning")
                .row("Kommunfullmäktige", "Trygghet", "Uppfyllt")
                .row("Kommunfullmäktige", "Samhörighet", "Delvis uppfyllt")
                .row("Nämnd", "Effektiva arbetssätt", "Uppfyllt")
                .row("Nämnd", "Samordnade processer", "Delvis uppfyllt")
                .row("Nämnd", "Attraktiv arbetsgivare", "Delvis uppfyllt")
                .row("Nämnd", "Ekonomi i balans", "Ej uppfyllt")
                .row("Nämnd", "Digital välfärd", "Ej bedömt");
        Generated g = Generated.of(Files.write(dir.resolve("utkast.xlsx"), b.build()), dir.resolve("ut"));
        pdf = PdfDoc.read(g.pdf("delarsrapport-")).body("Vård- och omsorgsnämnden – Delårsrapport augusti 2024");
        DocxDoc d = DocxDoc.read(g.docx("delarsrapport-"));
        comments = DocxComments.read(g.docx("delarsrapport-"));
        docx = d.paragraphs.stream().map(DocxDoc.Para::text).toList();
        docxText = d.text();
        examplePdf = PdfDoc.read(SharedRuns.of(Examples.DELARSRAPPORT).pdf("delarsrapport-"))
                .body("Vård- och omsorgsnämnden – Delårsrapport augusti 2025");
    }

    private static void assertBoth(String sentence) {
        assertTrue(pdf.contains(sentence), "PDF: " + sentence + "\nin:\n" + pdf);
        assertTrue(docxText.contains(sentence), "DOCX: " + sentence + "\nin:\n" + docxText);
    }

    /**
     * Avvikelse prognos mot budget per verksamhet (Prognos − Budget): Hemtjänst -247 000 + 221 300 =
     * -25 700; Central administration -287 600 + 273 400 = -14 200; LSS, boende -121 900 + 108 500 =
     * -13 400; Särskilt boende -2 400; LSS, daglig verksamhet +700; Köpta platser -64 000 + 67 800 =
     * +3 800. Totalt -1 092 200 + 1 041 000 = -51 200. Shares of it: 25 700 / 51 200 = 50,195 %;
     * 14 200 / 51 200 = 27,734 %; 13 400 / 51 200 = 26,172 %.
     */
    @Test
    void theLargestNegativeDeviationsWithTheirShareOfTheTotal() {
        assertBoth(Sv.nb("De tre största negativa avvikelserna i helårsprognosen mot budget finns inom hemtjänst (-25,7 "
                + "mkr, 50,2 %), central administration (-14,2 mkr, 27,7 %) och LSS, boende (-13,4 mkr, 26,2 %). "
                + "Andelarna är av nämndens avvikelse om -51,2 mkr. Det största överskottet finns inom köpta platser, "
                + "3,8 mkr."));
        assertTrue(docx.stream().anyMatch(t -> t.matches("\\d+\\.1 Ekonomisk analys")), "under the heading Ekonomisk analys");
    }

    /**
     * Hemtjänst 355 000 − 346 000 = 9 000 more hours; −(9 000 × 0,6) = -5 400 tkr. Köpta platser 54 − 55 =
     * one fewer; −(−1 × 1 200) = 1 200 tkr. LSS, boende 121 = 121.
     */
    @Test
    void eachVolumeThatDiffersAndThoseThatDoNot() {
        assertBoth(Sv.nb("Hemtjänst (timmar): prognosen är 355 000 mot 346 000 i budget, 9 000 fler än budgeterat, vilket "
                + "motsvarar en avvikelse utifrån volym om -5,4 mkr."));
        assertBoth(Sv.nb("Köpta platser (årsplacering): prognosen är 54 mot 55 i budget, 1 färre än budgeterat, vilket "
                + "motsvarar en avvikelse utifrån volym om 1,2 mkr."));
        assertBoth("För LSS, boende är volymprognosen oförändrad mot budget.");
    }

    /**
     * Budget -3 000 − 1 200 = -4 200; Prognos -2 600 − 1 300 = -3 900; avvikelse -3 900 + 4 200 = 300;
     * Utfall -1 500 − 600 = -2 100, 2 100 / 4 200 = 50,0 % of the budget. Per project: Kallelselarm
     * -2 600 + 3 000 = 400, Möbler -1 300 + 1 200 = -100.
     */
    @Test
    void theInvestmentsBudgetForecastOutcomeAndLargestProject() {
        assertBoth(Sv.nb("Investeringsbudgeten för 2024 uppgår till 4,2 mkr och helårsprognosen till 3,9 mkr, vilket ger "
                + "en avvikelse mot budget om 0,3 mkr. Utfallet för januari–augusti är 2,1 mkr, vilket motsvarar 50,0 % av "
                + "årets budget. Den största avvikelsen finns för kallelselarm, 0,4 mkr."));
    }

    /** Two goals of kommunfullmäktige (1 Uppfyllt, 1 Delvis); five of the nämnd (1, 2 Delvis, 1 Ej, 1 Ej bedömt). */
    @Test
    void theGoalSummaryWithCountsInWords() {
        assertBoth("Av kommunfullmäktiges två mål bedöms ett vara uppfyllt och ett delvis uppfyllt. Av nämndens fem mål "
                + "bedöms ett vara uppfyllt, två delvis uppfyllda och ett ej uppfyllt. Ett mål har ännu inte bedömts.");
    }

    /**
     * In the DOCX every drafted paragraph and list carries the comment saying it was drafted from the
     * figures, anchored on that paragraph (on a list from its first item to its last), in document order;
     * the workbook's own text (sammanfattning) carries none. The comment's text as docs/dokument.md words it.
     */
    @Test
    void eachDraftedParagraphCarriesAWordComment() {
        String mark = "Utkast skrivet av Rapportverk utifrån siffrorna; granska texten.";
        assertTrue(comments.hasPart);
        // (start of the paragraph the comment starts on, start of the one it ends on)
        List<List<String>> expected = List.of(
                List.of("Av kommunfullmäktiges två mål bedöms", "Av kommunfullmäktiges två mål bedöms"),
                List.of("Vård- och omsorgsnämndens utfall för perioden januari–augusti är",
                        "Vård- och omsorgsnämndens utfall för perioden januari–augusti är"),
                List.of("Helårsprognosen är", "Helårsprognosen är"),
                List.of("De tre största negativa avvikelserna", "De tre största negativa avvikelserna"),
                List.of("Hemtjänst (timmar): prognosen är", "Köpta platser (årsplacering): prognosen är"),
                List.of("För LSS, boende är volymprognosen oförändrad", "För LSS, boende är volymprognosen oförändrad"),
                List.of("Investeringsbudgeten för 2024", "Investeringsbudgeten för 2024"));
        List<DocxComments.Comment> found = comments.comments;
        assertEquals(expected.size(), found.size(), () -> found.toString());
        for (int i = 0; i < expected.size(); i++) {
            DocxComments.Comment c = found.get(i);
            assertEquals(mark, c.text(), c.toString());
            assertEquals("Rapportverk", c.author());
            assertEquals("", c.start().table(), "a body paragraph, not a table: " + c);
            assertTrue(c.start().text().startsWith(expected.get(i).get(0)), i + ": " + c);
            assertTrue(c.end().text().startsWith(expected.get(i).get(1)), i + ": " + c);
            assertEquals(c.end(), c.reference(), c.toString());
        }
        assertTrue(found.stream().noneMatch(c -> c.start().text().startsWith("Nämnden redovisar ett underskott")),
                "the workbook's own text is not marked");
    }

    /**
     * The summary of §6 words a deficit and a surplus by their size, the word saying the direction: never
     * "ett underskott om -0,5 mkr". Two posts in tkr, shown in mkr. Period: Utfall 1 000 − 5 000 = -4 000;
     * Budget period 900 − 4 800 = -3 900; avvikelse -100 (Personalkostnader -5 000 + 4 800 = -200, the
     * largest; Avgifter +100). Year, first workbook: Budget 1 500 − 7 500 = -6 000, Prognos 1 600 − 8 100 =
     * -6 500, avvikelse -500, Personalkostnader -600 the largest. Second workbook, Personalkostnader's
     * Prognos -7 200: Prognos -5 600, avvikelse +400, Personalkostnader +300 the largest.
     */
    @Test
    void aDeficitAndASurplusAreWordedWithTheirSize() throws IOException {
        assertEquals(List.of("Vård- och omsorgsnämndens utfall för perioden januari–augusti är 4,0 mkr, vilket motsvarar "
                        + "en avvikelse mot budget för perioden om -0,1 mkr. Den enskilt största avvikelsen finns för "
                        + "personalkostnader och motsvarar ett underskott om 0,2 mkr i jämförelse med budget.",
                        "Helårsprognosen är 6,5 mkr, vilket motsvarar ett underskott om 0,5 mkr i jämförelse med budget. "
                        + "Den största avvikelsen i prognosen finns för personalkostnader, som väntas avvika med -0,6 mkr "
                        + "mot budget vid årets slut."),
                summary("underskott.xlsx", -8100));
        assertEquals("Helårsprognosen är 5,6 mkr, vilket motsvarar ett överskott om 0,4 mkr i jämförelse med budget. "
                        + "Den största avvikelsen i prognosen finns för personalkostnader, som väntas avvika med 0,3 mkr "
                        + "mot budget vid årets slut.",
                summary("overskott.xlsx", -7200).get(1));
    }

    /** The two paragraphs under §6's Sammanfattning, from the DOCX, checked against the PDF. */
    private static List<String> summary(String name, int personalPrognos) throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Resultaträkning").row("Post", "Typ", "Utfall period", "Budget period", "Budget", "Prognos")
                .row("Avgifter", "Intäkt", 1000, 900, 1500, 1600)
                .row("Personalkostnader", "Kostnad", -5000, -4800, -7500, personalPrognos);
        Generated g = Generated.of(Files.write(dir.resolve(name), b.build()), dir.resolve(name + "-ut"));
        List<String> paragraphs = DocxDoc.read(g.docx("delarsrapport-")).paragraphs.stream()
                .map(p -> p.text().replace('\u00A0', ' '))
                .filter(t -> t.startsWith("Vård- och omsorgsnämndens utfall för perioden") || t.startsWith("Helårsprognosen är"))
                .toList();
        String pdfText = PdfDoc.read(g.pdf("delarsrapport-")).body("Vård- och omsorgsnämnden – Delårsrapport augusti 2024")
                .replace('\u00A0', ' ');
        for (String p : paragraphs) {
            assertTrue(pdfText.contains(p), "PDF: " + p + "\nin:\n" + pdfText);
        }
        return paragraphs;
    }

    /** The example workbook has texts of its own for all four: nothing is drafted there. */
    @Test
    void aTextOfTheWorkbookReplacesTheDraft() {
        for (String drafted : List.of("största negativa avvikelserna", "volymprognosen oförändrad", "Investeringsbudgeten för",
                "mål bedöms")) {
            assertFalse(examplePdf.contains(drafted), drafted);
        }
    }
}
