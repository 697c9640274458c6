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

import se.rapportverk.testutil.WorkbookBuilder;

/**
 * One workbook that makes a handlingsplan and the tjänsteskrivelse that presents it (issue 12,
 * item 3): each document keeps its own Titel and texts (Rapport and Texter rows with a Dokument);
 * sections of the user's own (Barnrättsperspektiv, Konsekvensanalys) stand where the Texter sheet
 * puts them and only in the documents they name; Förslag till beslut stands first; the letterhead
 * has the handläggare's telefon and e-post.
 */
class OneWorkbookSeveralDocumentsTest {

    @TempDir
    static Path dir;

    static final String PLAN_TITLE = "Handlingsplan för en ekonomi i balans";
    static final String ARENDE = "Handlingsplan för en ekonomi i balans inom personlig assistans";

    static DocxDoc planDocx;
    static PdfDoc planPdf;
    static DocxDoc letterDocx;
    static PdfDoc letterPdf;

    @BeforeAll
    static void generate() throws IOException {
        WorkbookBuilder b = new WorkbookBuilder().sheet("Rapport")
                .row("Fält", "Värde", "Dokument")
                .row("Kommun", "Testby kommun")
                .row("Nämnd", "Vård- och omsorgsnämnden")
                .row("Förvaltning", "Vård- och omsorgsförvaltningen")
                .row("År", 2025)
                .row("Period", "april")
                .row("Beloppsenhet", "kr")
                .row("Datum", "2025-05-06")
                .row("Titel", PLAN_TITLE, "Handlingsplan")
                .row("Titel", ARENDE, "Tjänsteskrivelse")
                .row("Diarienummer", "2025.019 VON")
                .row("Handläggare", "Maria Holmgren, controller")
                .row("Telefon", "08-523 038 60")
                .row("E-post", "maria.holmgren@testby.se")
                .row("Förslag till beslut", "Först")
                .row("Underskott", 1200000);
        b.sheet("Texter").row("Avsnitt", "Rubrik", "Text", "Dokument")
                .row("sammanfattning", null, "Planen ska täcka underskottet inom personlig assistans.", "Handlingsplan")
                .row("sammanfattning", null, "Förvaltningen lägger fram en handlingsplan.", "Tjänsteskrivelse")
                .row("arendebeskrivning", null, "Nämnden gav förvaltningen i uppdrag att ta fram en plan.", null)
                .row("Barnrättsperspektiv", "Barnrättsperspektiv", "Åtgärderna påverkar inte barn direkt.",
                        "Tjänsteskrivelse")
                .row("forvaltningens-yttrande", null, "Förvaltningen bedömer att åtgärderna räcker.", null)
                .row("Konsekvensanalys", "Konsekvensanalys", "Kunderna får samma insatser som i dag.", "Tjänsteskrivelse")
                .row("Bakgrund", "Bakgrund till planen", "Underskottet uppstod under 2024.", "Handlingsplan");
        b.sheet("Åtgärder").row("Nr", "Åtgärd", "Startdatum", "Effekt helår", "Beskrivning")
                .row("1", "Effektivare APT", "2025-01-01", 53760, "Kortare arbetsplatsträffar.");
        b.sheet("Ärende").row("Typ", "Text", "Titel")
                .row("Beslutsförslag", "Nämnden godkänner handlingsplanen.", null)
                .row("Beslutsförslag", "Nämnden ger förvaltningen i uppdrag att följa upp planen.", null)
                .row("Underskrift", "Anna Berg", "Förvaltningschef");
        Path workbook = Files.write(dir.resolve("plan-och-skrivelse.xlsx"), b.build());
        Generated generated = Generated.of(workbook, dir.resolve("ut"));
        planDocx = DocxDoc.read(generated.docx("handlingsplan-"));
        planPdf = PdfDoc.read(generated.pdf("handlingsplan-"));
        letterDocx = DocxDoc.read(generated.docx("tjansteskrivelse-"));
        letterPdf = PdfDoc.read(generated.pdf("tjansteskrivelse-"));
    }

    @Test
    void eachDocumentHasItsOwnTitle() {
        assertEquals(PLAN_TITLE, planDocx.core().getTitle());
        assertEquals(PLAN_TITLE, planPdf.title);
        assertEquals(ARENDE, letterDocx.core().getTitle());
        assertEquals(ARENDE, letterPdf.title);
        assertEquals(ARENDE, letterDocx.headings().get(0).text());
        String body = letterPdf.body("Vård- och omsorgsnämnden – " + ARENDE);
        assertTrue(body.contains("Vård- och omsorgsnämnden " + ARENDE + " Förslag till beslut"), body);
        // The tjänsteskrivelse lists the plan under its own title.
        String letter = letterDocx.text();
        assertTrue(letter.contains(PLAN_TITLE + ", daterad 2025-05-06"), letter);
    }

    @Test
    void eachDocumentHasItsOwnTextsAndTheTextsForAll() {
        String plan = planPdf.body(planPdf.page(2).get(0));
        assertTrue(plan.contains("Planen ska täcka underskottet inom personlig assistans."), plan);
        assertFalse(plan.contains("Förvaltningen lägger fram en handlingsplan."), plan);
        String letter = letterDocx.text();
        assertTrue(letter.contains("Förvaltningen lägger fram en handlingsplan."), letter);
        assertFalse(letter.contains("Planen ska täcka underskottet"), letter);
        assertFalse(letter.contains("Underskottet uppstod under 2024."), "Bakgrund is the plan's only");
    }

    @Test
    void theTjansteskrivelseHasItsOwnSectionsInWorkbookOrderAndTheProposalsFirst() {
        List<String> h2 = letterDocx.headings().stream().filter(h -> h.style().startsWith("Heading2"))
                .map(DocxDoc.Para::text).toList();
        assertEquals(List.of("Förslag till beslut", "Sammanfattning av ärendet", "Ärendebeskrivning",
                "Barnrättsperspektiv", "Förvaltningens yttrande", "Konsekvensanalys", "Beslutsunderlag"), h2);
        String body = letterPdf.body("Vård- och omsorgsnämnden – " + ARENDE);
        Texts.assertInOrder(body, List.of(ARENDE, "Förslag till beslut",
                "1. Nämnden godkänner handlingsplanen.",
                "2. Nämnden ger förvaltningen i uppdrag att följa upp planen.",
                "Sammanfattning av ärendet Förvaltningen lägger fram en handlingsplan.",
                "Ärendebeskrivning Nämnden gav förvaltningen i uppdrag att ta fram en plan.",
                "Barnrättsperspektiv Åtgärderna påverkar inte barn direkt.",
                "Förvaltningens yttrande Förvaltningen bedömer att åtgärderna räcker.",
                "Konsekvensanalys Kunderna får samma insatser som i dag.", "Beslutsunderlag"));
    }

    @Test
    void thePlanHasItsOwnSectionAfterItsLastKeyAboveIt() {
        List<String> h1 = planDocx.headings().stream().filter(h -> h.style().equals("Heading1"))
                .map(DocxDoc.Para::text).toList();
        assertEquals(List.of("1 Sammanfattning", "2 Bakgrund till planen", "3 Effektivare APT"), h1);
        List<String> toc = planPdf.toc().stream().map(PdfDoc.TocEntry::title).toList();
        assertEquals(List.of("1 Sammanfattning", "2 Bakgrund till planen", "3 Effektivare APT"), toc);
        assertFalse(planDocx.text().contains("Barnrättsperspektiv"));
    }

    @Test
    void theLetterheadHasTheHandlaggaresTelefonAndEPost() {
        DocxDoc.Table header = letterDocx.tables.get(0);
        assertEquals("TJÄNSTESKRIVELSE\nDatum: 2025-05-06\nDiarienummer: 2025.019 VON\nHandläggare: Maria Holmgren, "
                + "controller\nTelefon: 08-523 038 60\nE-post: maria.holmgren@testby.se", header.rows().get(0).get(1));
        Texts.assertInOrder(String.join("\n", letterPdf.page(1)), List.of("Handläggare: Maria Holmgren, controller",
                "Telefon: 08-523 038 60", "E-post: maria.holmgren@testby.se"));
    }

    @Test
    void aDokumentThatIsNoDocumentAndAYearForOneDocumentAreErrorsNamingTheCell() throws IOException {
        WorkbookBuilder b = new WorkbookBuilder().sheet("Rapport")
                .row("Fält", "Värde", "Dokument")
                .row("Kommun", "Testby kommun")
                .row("Nämnd", "Vård- och omsorgsnämnden")
                .row("År", 2025)
                .row("Period", "april", "Handlingsplan")
                .row("Titel", "Plan", "Årsrapport");
        b.sheet("Ärende").row("Typ", "Text").row("Beslutsförslag", "Nämnden godkänner planen.");
        Path workbook = Files.write(dir.resolve("fel-dokument.xlsx"), b.build());
        Cli.Run run = Cli.run("check", workbook.toString());
        run.assertNoStackTrace();
        assertEquals(List.of("Rapport!C5: fältet \"Period\" gäller alla dokument och kan inte begränsas till ett; lämna "
                + "Dokument tom", "Rapport!C6: \"Årsrapport\" är inget dokument; skriv Delårsrapport, Handlingsplan eller "
                + "Tjänsteskrivelse, flera med komma, eller lämna Dokument tom för alla dokument"),
                TypedValuesTest.lines(run, "fel"), run.all());
    }
}
