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

import static se.rapportverk.testutil.WorkbookBuilder.formula;

/**
 * Values as users type them (issue 12, item 2): the words Rapportverk prints read back
 * ({@code Kontroll genomförd med stor avvikelse}, {@code Delvis}, {@code Satsningar}); an empty
 * Bedömning is Ej bedömt with a warning; an unknown Rapport field gets "menade du"; an unknown
 * Texter key lists the keys; and one cell that cannot be read gives one message and nothing more.
 */
class TypedValuesTest {

    @TempDir
    static Path dir;

    static Generated generated;
    static DocxDoc docx;
    static PdfDoc pdf;

    @BeforeAll
    static void generate() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Rapport").row("Diarienr", "2024.101 VON");
        b.sheet("Texter").row("Avsnitt", "Rubrik", "Text")
                .row("sammanfattning", null, "Nämnden redovisar ett underskott.")
                .row("hälsning", null, "Med vänlig hälsning");
        b.sheet("Mål").row("Nivå", "Mål", "Innebörd", "Bedömning", "Text")
                .row("Kommunfullmäktiges övergripande mål", "Tillsammans skapar vi trygghet", null, "Delvis",
                        "Nämnden har arbetat med trygghet.")
                .row("KF", "Samhörighet", null, "Målet är uppfyllt", null)
                .row("Utvecklingsmål", "Ekonomi i balans", null, null, "Prognosen visar ett underskott.");
        b.sheet("Uppdrag").row("Typ", "Namn", "Uppföljning")
                .row("Satsningar", "Satsning barn och unga", "Uppräkningen täcker inte kostnaderna.");
        b.sheet("Internkontroll").row("Risk", "Beskrivning", "Kontroll", "Resultat", "Kommentar")
                .row("Risk för bristande beslutsunderlag", null, "Kontroll av analyser",
                        "Kontroll genomförd med stor avvikelse", "Arbetet pågår.")
                .row("Risk för hot och våld", null, "Avvikelse gällande hot och våld", null, "64 avvikelser om hot.");
        Path workbook = Files.write(dir.resolve("skrivna-varden.xlsx"), b.build());
        generated = Generated.of(workbook, dir.resolve("ut"));
        docx = DocxDoc.read(generated.docx("delarsrapport-"));
        pdf = PdfDoc.read(generated.pdf("delarsrapport-"));
    }

    static List<String> lines(Cli.Run run, String severity) {
        return run.plain().lines().map(String::strip).filter(l -> l.startsWith(severity + " "))
                .map(l -> l.substring(severity.length()).strip()).toList();
    }

    @Test
    void theWarningsAreTheEmptyBedomningTheFieldAndTheKey() {
        List<String> warnings = lines(generated.run(), "varning");
        assertEquals(List.of(
                "Rapport!A10: okänt fält \"Diarienr\"; menade du \"Diarienummer\"? Fältet läses inte",
                "Texter!A3: okänt avsnitt \"hälsning\"; texten används inte. Avsnitten som dokumenten har är "
                        + "sammanfattning, uppdrag-och-ansvar, vasentliga-handelser, mal, mal-kommunfullmaktige, mal-namnd, "
                        + "ekonomi-sammanfattning, ekonomisk-analys, atgarder-for-budget-i-balans, volymer, "
                        + "externa-utforare, investeringar, forvantad-utveckling, internkontroll, nyckeltal, bemanning, "
                        + "arendebeskrivning, forvaltningens-yttrande och ekonomisk-bedomning. "
                        + "Ett eget avsnitt behöver en Rubrik i B3",
                "Mål!D4: Bedömning saknas för målet \"Ekonomi i balans\"; det visas som Ej bedömt. Skriv \"Uppfyllt\", "
                        + "\"Delvis uppfyllt\", \"Ej uppfyllt\" eller \"Ej bedömt\""), warnings);
    }

    @Test
    void goalsShowTheAssessmentTheWorkbookMeant() {
        String body = pdf.body("Vård- och omsorgsnämnden – Delårsrapport augusti 2024");
        Texts.assertInOrder(body, List.of("Tillsammans skapar vi trygghet",
                "Bedömning av måluppfyllelsen vid delåret: ● Delvis uppfyllt",
                "Samhörighet", "Bedömning av måluppfyllelsen vid delåret: ● Uppfyllt",
                "Ekonomi i balans", "Bedömning av måluppfyllelsen vid delåret: ● Ej bedömt"));
        String text = docx.text();
        Texts.assertInOrder(text, List.of("Bedömning av måluppfyllelsen vid delåret: ● Delvis uppfyllt",
                "Bedömning av måluppfyllelsen vid delåret: ● Uppfyllt",
                "Bedömning av måluppfyllelsen vid delåret: ● Ej bedömt"));
        // Two of the three are Kommunfullmäktige's (KF, Kommunfullmäktiges övergripande mål), one the nämnd's.
        DocxDoc.Table summary = docx.table("Sammanställning av måluppfyllelsen vid delåret");
        assertEquals(List.of("Uppfyllt", "1", "0", "1"), summary.row("Uppfyllt"));
        assertEquals(List.of("Delvis uppfyllt", "1", "0", "1"), summary.row("Delvis uppfyllt"));
        assertEquals(List.of("Ej bedömt", "0", "1", "1"), summary.row("Ej bedömt"));
    }

    @Test
    void satsningarIsASatsning() {
        String body = pdf.body("Vård- och omsorgsnämnden – Delårsrapport augusti 2024");
        Texts.assertInOrder(body, List.of("Särskilda satsningar i kommunfullmäktiges årsplan",
                "Satsning barn och unga", "Uppräkningen täcker inte kostnaderna."));
    }

    @Test
    void theInternkontrollShowsThePrintedResultAndABlankForTheUnreported() {
        DocxDoc.Table t = docx.tables.stream().filter(x -> x.rows().size() == 3 && x.header().size() == 4)
                .filter(x -> x.rows().get(1).get(0).startsWith("Risk för bristande")).findFirst().orElseThrow();
        assertEquals("● Kontroll genomförd med stor avvikelse", t.rows().get(1).get(2));
        assertEquals("", t.rows().get(2).get(2), "a control without a result is blank, as in reference 003");
        // The PDF: the result wraps in its column; the second row has nothing between Kontroll and Kommentar.
        List<String> lines = pdf.lines();
        int at = lines.indexOf("Risk för bristande Kontroll av analyser ● Kontroll Arbetet pågår.");
        assertTrue(at >= 0, lines.toString());
        assertEquals(List.of("beslutsunderlag genomförd med", "stor avvikelse",
                "Risk för hot och våld Avvikelse gällande 64 avvikelser om hot."), lines.subList(at + 1, at + 4));
        assertFalse(String.join("\n", lines).contains("Ej rapporterad"));
    }

    @Test
    void oneUnreadableCellIsOneMessageWithoutFollowOnWarningsAboutTotals() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Resultaträkning")
                .row("Post", "Typ", "Utfall period", "Budget", "Prognos", "Avvikelse")
                .row("Taxor och avgifter", null, 32300, 44000, 48700, 4700)
                .row("Summa intäkter", "Summa", formula("SUM(C2:C2)"), formula("SUM(D2:D2)"), formula("SUM(E2:E2)"),
                        4700)
                .row("Personalkostnader", null, "544,3,0", -763500, -829800, -66300)
                .row("Summa kostnader", "Summa", -544300, -763500, -829800, -66300)
                .row("Summa totalt", "Summa", -512000, -719500, -781100, -61600);
        b.sheet("Driftsredovisning").row("Verksamhet", "Utfall period", "Budget", "Prognos")
                .row("Hemtjänst", -512000, -719500, -781100);
        Path workbook = Files.write(dir.resolve("en-cell.xlsx"), b.build());
        Cli.Run run = Cli.run("check", workbook.toString());
        run.assertNoStackTrace();
        assertEquals(List.of("Resultaträkning!C4: \"544,3,0\" är inte ett tal; skriv till exempel 1 092,2 "
                + "eller -51,2"), lines(run, "fel"), run.all());
        assertEquals(List.of(), lines(run, "varning"), run.all());
    }

    @Test
    void aSignAsWellAsParenthesesIsAnErrorNamingTheCell() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Resultaträkning")
                .row("Post", "Typ", "Utfall period", "Budget", "Prognos")
                .row("Personalkostnader", null, "-(544 300)", -763500, -829800);
        Path workbook = Files.write(dir.resolve("dubbelt.xlsx"), b.build());
        Cli.Run run = Cli.run("check", workbook.toString());
        assertEquals(List.of("Resultaträkning!C2: \"-(544 300)\" har både minustecken och parentes och kan läsas som "
                + "negativt eller som positivt; skriv talet med minustecken (-225,0) eller inom parentes (225,0), inte "
                + "båda"), lines(run, "fel"), run.all());
    }
}
