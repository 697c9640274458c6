package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportverk.testutil.WorkbookBuilder.percent;

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
 * What reference 003 contains that the contract could not express before issue 12 (item 3):
 * the goal levels' own headings and intro texts (4.1 and 4.2), a goal's lead-ins only with an
 * Innebörd, Volymer in two tables with Avvikelse utifrån volym 0 without a Kostnad per enhet,
 * Externa utförare given as shares, and the Internkontroll's unreported rows with a word of the
 * workbook's own. The figures expected are those of reference 003, typed here by hand.
 */
class ReferenceContentTest {

    @TempDir
    static Path dir;

    static DocxDoc docx;
    static PdfDoc pdf;
    static String body;
    static Generated generated;

    @BeforeAll
    static void generate() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Rapport").row("Kontroll utan resultat", "Ej rapporterad");
        b.sheet("Texter").row("Avsnitt", "Rubrik", "Text")
                .row("mal", null, "Nämnden följer upp kommunfullmäktiges mål och sina egna utvecklingsmål.")
                .row("mal-kommunfullmaktige", "Kommunfullmäktiges målbild och övergripande mål",
                        "Kommunfullmäktige har beslutat om fyra övergripande mål.")
                .row("mal-namnd", "Utvecklingsmål för grunduppdraget", null)
                .row("Kompetens", "Kompetensförsörjning", "Nämnden rekryterar sjuksköterskor.")
                .row("forvantad-utveckling", null, "Behoven väntas öka.")
                .row("Jämställdhet", "Jämställdhetsperspektiv", "Insatserna fördelas lika.");
        b.sheet("Mål").row("Nivå", "Mål", "Beskrivning", "Innebörd", "Bedömning", "Text")
                .row("Kommunfullmäktige", "Tillsammans skapar vi trygghet", null,
                        "Alla ska känna sig trygga med vård och omsorg.", "Delvis uppfyllt",
                        "Nämnden har infört trygghetsskapande insatser.")
                .row("Nämnd", "Mer effektiva och ändamålsenliga arbetssätt",
                        "Målet omfattar digitalisering och nya arbetssätt.", null, "Uppfyllt",
                        "E-handel har införts i hemtjänsten.");
        b.sheet("Volymer").row("Verksamheter med volymuppräknning i RFM", "Volymenhet", "Volym budget enligt beslutad RFM",
                        "Volym prognos helår", "Kostnad per enhet", "Grupp")
                .row("LSS, daglig verksamhet", "Kunder", 235, 235, null, "Kunder och timmar")
                .row("Boendestöd", "Timmar", 16000, 16000, null, "Kunder och timmar")
                .row("Hemtjänst", "Timmar", 346000, 346000, null, "Kunder och timmar")
                .row("Korttidsboende", "Årsplacering", 30, 30, null, "Årsplaceringar")
                .row("Köpta platser", "Årsplacering", 55, 54, 1200, "Årsplaceringar")
                .row("LSS, boende", "Årsplacering", 121, 121, null, "Årsplaceringar")
                .row("Särskilt boende", "Årsplacering", 447, 447, null, "Årsplaceringar");
        b.sheet("Externa utförare").row("Köp av verksamhet", "Andel % av nettokostnad utfall jan-aug 2024",
                        "Andel % av nettokostnad budget jan-aug 2024", "Antal externa utförare per 31 augusti 2024")
                .row("Köpta platser", "100,0 %", "100,0 %", 27)
                .row("Hemtjänst", percent(0.211), percent(0.237), 9)
                .row("Korttidsboende", "0,4 %", "0,4 %", 1)
                .row("LSS, personlig assistans", "47,1", "47,0", 32);
        b.sheet("Internkontroll").row("Risk", "Kontroll", "Resultat", "Kommentar")
                .row("Risk för ökad sjukfrånvaro", "Andel sjukfrånvaro.", null, "Sjukfrånvaron är högre än i fjol.")
                .row("Risk för brister i samverkan med regionen", "Kontroll av samverkansprocesser",
                        "Kontroll genomförd med mindre avvikelse", "Samverkansforum finns upprättade.");
        Path workbook = Files.write(dir.resolve("som-referensen.xlsx"), b.build());
        generated = Generated.of(workbook, dir.resolve("ut"));
        docx = DocxDoc.read(generated.docx("delarsrapport-"));
        pdf = PdfDoc.read(generated.pdf("delarsrapport-"));
        body = pdf.body("Vård- och omsorgsnämnden – Delårsrapport augusti 2024");
    }

    @Test
    void theGoalLevelsHaveTheirOwnHeadingsAndIntroTexts() {
        List<String> headings = docx.headings().stream().map(DocxDoc.Para::text).toList();
        Texts.assertInOrder(String.join("\n", headings), List.of("1 Uppföljning av mål",
                "1.1 Kommunfullmäktiges målbild och övergripande mål", "1.1.1 Tillsammans skapar vi trygghet",
                "1.2 Utvecklingsmål för grunduppdraget", "1.2.1 Mer effektiva och ändamålsenliga arbetssätt"));
        Texts.assertInOrder(body, List.of("1.1 Kommunfullmäktiges målbild och övergripande mål "
                        + "Kommunfullmäktige har beslutat om fyra övergripande mål. 1.1.1 Tillsammans skapar vi trygghet",
                "1.2 Utvecklingsmål för grunduppdraget 1.2.1 Mer effektiva"));
        assertTrue(pdf.toc().stream().anyMatch(e -> e.title().equals("1.2 Utvecklingsmål för grunduppdraget")),
                pdf.toc().toString());
    }

    @Test
    void ownSectionsStandAfterTheSectionAboveThemInTheTexterSheet() {
        List<String> headings = docx.headings().stream().map(DocxDoc.Para::text).toList();
        Texts.assertInOrder(String.join("\n", headings), List.of("1.2.1 Mer effektiva och ändamålsenliga arbetssätt",
                "1.3 Kompetensförsörjning", "2 Uppföljning ekonomi"));
        Texts.assertInOrder(String.join("\n", headings), List.of("Förväntad utveckling", "Jämställdhetsperspektiv",
                "Internkontroll"));
        Texts.assertInOrder(body, List.of("1.3 Kompetensförsörjning Nämnden rekryterar sjuksköterskor.",
                "Förväntad utveckling Behoven väntas öka.", "Jämställdhetsperspektiv Insatserna fördelas lika."));
    }

    @Test
    void aGoalHasItsLeadInsOnlyWithAnInnebord() {
        Texts.assertInOrder(body, List.of("1.1.1 Tillsammans skapar vi trygghet För nämnden innebär det: Alla ska "
                + "känna sig trygga med vård och omsorg. Bedömning av måluppfyllelsen vid delåret: ● Delvis uppfyllt "
                + "Till delåret har nämnden bidragit genom att: Nämnden har infört trygghetsskapande insatser.",
                "1.2.1 Mer effektiva och ändamålsenliga arbetssätt Målet omfattar digitalisering och nya arbetssätt. "
                        + "Bedömning av måluppfyllelsen vid delåret: ● Uppfyllt E-handel har införts i hemtjänsten."));
        String text = docx.text();
        assertEquals(1, text.split("Till delåret har nämnden bidragit genom att:", -1).length - 1, text);
        assertEquals(1, text.split("För nämnden innebär det:", -1).length - 1, text);
    }

    static final List<String> VOLYM_HEADER = List.of("Verksamhet", "Volymenhet", "Volym budget", "Volym prognos helår",
            "Avvikelse volym prognos mot budget", "Avvikelse utifrån volym (mkr)", "Avvikelse i driftsredovisningen (mkr)");

    @Test
    void volymerStandInTwoTablesAndAVolumeWithoutDeviationCostsNothing() {
        DocxDoc.Table first = docx.table("Kunder och timmar");
        assertEquals(List.of(VOLYM_HEADER,
                PlanExamples.row("LSS, daglig verksamhet", "Kunder", "235", "235", "0", "0,0", "–"),
                PlanExamples.row("Boendestöd", "Timmar", "16 000", "16 000", "0", "0,0", "–"),
                PlanExamples.row("Hemtjänst", "Timmar", "346 000", "346 000", "0", "0,0", "–")), first.rows());
        DocxDoc.Table second = docx.table("Årsplaceringar");
        // Köpta platser: one placement fewer than budgeted at 1 200 tkr each: −(54 − 55) × 1 200 tkr = 1,2 mkr
        // (the tables are in mkr); the others do not deviate, so 0 without a Kostnad per enhet.
        assertEquals(List.of(VOLYM_HEADER,
                PlanExamples.row("Korttidsboende", "Årsplacering", "30", "30", "0", "0,0", "–"),
                PlanExamples.row("Köpta platser", "Årsplacering", "55", "54", "-1", "1,2", "–"),
                PlanExamples.row("LSS, boende", "Årsplacering", "121", "121", "0", "0,0", "–"),
                PlanExamples.row("Särskilt boende", "Årsplacering", "447", "447", "0", "0,0", "–")), second.rows());
        int from = pdf.lines().indexOf("Kunder och timmar");
        int second0 = pdf.lines().indexOf("Årsplaceringar");
        assertTrue(from >= 0 && second0 > from, pdf.lines().toString());
        pdf.rowIndex("Hemtjänst Timmar", PlanExamples.row("346 000", "346 000", "0", "0,0", "–"), from);
        pdf.rowIndex("Köpta platser Årsplacering", PlanExamples.row("55", "54", "-1", "1,2", "–"), second0);
    }

    @Test
    void externaUtforareGivenAsSharesAreShownAsGiven() {
        DocxDoc.Table t = docx.tableStartingWith("Köp av verksamhet");
        assertEquals(List.of(List.of("Köp av verksamhet", "Andel av nettokostnad utfall jan–aug 2024",
                        "Andel av nettokostnad budget jan–aug 2024", "Antal externa utförare per 31 augusti 2024"),
                PlanExamples.row("Köpta platser", "100,0 %", "100,0 %", "27"),
                PlanExamples.row("Hemtjänst", "21,1 %", "23,7 %", "9"),
                PlanExamples.row("Korttidsboende", "0,4 %", "0,4 %", "1"),
                PlanExamples.row("LSS, personlig assistans", "47,1 %", "47,0 %", "32")), t.rows());
        pdf.rowIndex("Hemtjänst", PlanExamples.row("21,1 %", "23,7 %", "9"));
        pdf.rowIndex("LSS, personlig assistans", PlanExamples.row("47,1 %", "47,0 %", "32"));
    }

    @Test
    void theInternkontrollShowsTheWorkbooksWordForAnUnreportedControl() {
        String text = docx.text();
        Texts.assertInOrder(text, List.of("Risk för ökad sjukfrånvaro", "Andel sjukfrånvaro.", "Ej rapporterad",
                "Sjukfrånvaron är högre än i fjol.", "Risk för brister i samverkan med regionen",
                "● Kontroll genomförd med mindre avvikelse"));
        assertTrue(String.join("\n", pdf.lines()).contains("Ej rapporterad"));
    }

    @Test
    void nothingIsWarned() {
        assertFalse(generated.run().plain().contains("varning"), generated.run().all());
    }

    @Test
    void aShareGivenBesideTheAmountsIsCheckedAgainstThemAndASheetWithNeitherIsAnError() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        // Hemtjänst: 35 200 / 167 000 = 21,08 %, given as 21,1 %: agrees. Köpta platser: 43 200 / 43 200 = 100 %,
        // given as 90,0 %: a finding.
        b.sheet("Externa utförare").row("Verksamhet", "Köp av verksamhet utfall", "Nettokostnad utfall", "Andel utfall")
                .row("Hemtjänst", 35200, 167000, "21,1 %")
                .row("Köpta platser", 43200, 43200, "90,0 %");
        Path workbook = Files.write(dir.resolve("andelar.xlsx"), b.build());
        Cli.Run run = Cli.run("check", workbook.toString());
        String out = run.plain();
        assertTrue(out.contains("Köpta platser (Andel utfall) är angiven till 90,0 % men beloppen"), out);
        assertFalse(out.contains("Hemtjänst (Andel utfall) är angiven"), out);

        WorkbookBuilder neither = TestWorkbooks.rapport();
        neither.sheet("Externa utförare").row("Verksamhet", "Antal externa utförare").row("Hemtjänst", 9);
        Path none = Files.write(dir.resolve("inga-andelar.xlsx"), neither.build());
        Cli.Run refused = Cli.run("check", none.toString());
        assertEquals(List.of("Externa utförare: bladet behöver antingen kolumnerna \"Köp av verksamhet utfall\" och "
                + "\"Nettokostnad utfall\" eller, när beloppen inte är kända, kolumnen \"Andel utfall\" med andelen i "
                + "procent"), TypedValuesTest.lines(refused, "fel"), refused.all());
    }
}
