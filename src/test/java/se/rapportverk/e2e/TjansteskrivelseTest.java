package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The tjänsteskrivelse of {@code tjansteskrivelse-handlingsplan-2025.xlsx}: header block, ärende
 * as title, sections in order, the Flerårsöversikt computed here, lists, numbered proposals and
 * signatures side by side.
 */
class TjansteskrivelseTest {

    static final String BASE = "tjansteskrivelse-vard-och-omsorgsnamnden-2025";
    static final String TITLE = "Uppföljning av handlingsplan personlig assistans";

    static Generated generated;
    static PdfDoc pdf;
    static DocxDoc docx;
    static WorkbookCells wb;
    static String body;

    @BeforeAll
    static void generate() {
        generated = SharedRuns.of(Examples.TJANSTESKRIVELSE);
        pdf = PdfDoc.read(generated.bytes(BASE + ".pdf"));
        docx = DocxDoc.read(generated.bytes(BASE + ".docx"));
        wb = WorkbookCells.read(Examples.TJANSTESKRIVELSE);
        body = pdf.body("Vård- och omsorgsnämnden – " + TITLE);
    }

    static List<String> arende(String typ) {
        return wb.rows("Ärende").stream().filter(l -> l.text("Typ").equals(typ)).map(l -> l.text("Text")).toList();
    }

    /** The first paragraph of a Texter section (its text up to the first blank line). */
    static String firstParagraph(String avsnitt) {
        String text = wb.rows("Texter").stream().filter(l -> l.text("Avsnitt").equals(avsnitt)).findFirst()
                .orElseThrow().text("Text");
        return text.split("\n\\s*\n")[0].replace('\n', ' ').strip();
    }

    @Test
    void headerBlockNamesKommunForvaltningDatumDiarienummerHandlaggareAndNamnd() {
        String rapportDatum = wb.rapport("Datum").date("Värde").toString();
        DocxDoc.Table header = docx.tables.get(0);
        // The left column opens with the logo (a paragraph with a picture and no text).
        assertEquals(List.of(List.of("\n" + wb.rapport("Kommun").text("Värde") + "\n" + wb.rapport("Förvaltning").text("Värde"),
                "TJÄNSTESKRIVELSE\nDatum: " + rapportDatum + "\nDiarienummer: " + wb.rapport("Diarienummer").text("Värde")
                        + "\nHandläggare: " + wb.rapport("Handläggare").text("Värde")
                        + "\nTelefon: " + wb.rapport("Telefon").text("Värde")
                        + "\nE-post: " + wb.rapport("E-post").text("Värde"))), header.rows());
        assertEquals("Vård- och omsorgsnämnden", docx.paragraphs.stream().filter(p -> !p.text().isBlank()).findFirst()
                .orElseThrow().text(), "the recipient stands under the header");
        Texts.assertInOrder(String.join("\n", pdf.page(1)), List.of("TJÄNSTESKRIVELSE", "Datum: 2025-09-09",
                "Diarienummer: 2025.019 VON", "Handläggare: Maria Holmgren", "Telefon: 0123-456 78",
                "Ekeby kommun E-post: maria.holmgren@ekeby.se",
                "Vård- och omsorgsförvaltningen", "Vård- och omsorgsnämnden", TITLE));
        assertEquals("2025-09-09", rapportDatum);
    }

    @Test
    void theArendeIsTheTitleAndTheSectionsFollowInOrder() {
        assertEquals(TITLE, wb.rapport("Titel").text("Värde"));
        // Barnrättsperspektiv is a section of the workbook's own, where the Texter sheet has it.
        List<String> sections = List.of("Sammanfattning av ärendet", "Ärendebeskrivning", "Förvaltningens yttrande",
                "Barnrättsperspektiv", "Ekonomisk bedömning", "Beslutsunderlag", "Förslag till beslut", "Beslutet skickas till");
        List<DocxDoc.Para> headings = docx.headings();
        assertEquals("Heading1NotInToc", headings.get(0).style());
        assertEquals(TITLE, headings.get(0).text());
        assertEquals(sections, headings.stream().filter(h -> h.style().startsWith("Heading2")).map(DocxDoc.Para::text).toList());
        Texts.assertInOrder(body, List.of(TITLE,
                "Sammanfattning av ärendet " + firstParagraph("sammanfattning"),
                "Ärendebeskrivning " + firstParagraph("arendebeskrivning"),
                "Förvaltningens yttrande " + firstParagraph("forvaltningens-yttrande"),
                "Barnrättsperspektiv " + firstParagraph("Barnrättsperspektiv"),
                "Ekonomisk bedömning " + firstParagraph("ekonomisk-bedomning"),
                "Nettokostnad och resultat per år", "Beslutsunderlag", "Förslag till beslut", "Beslutet skickas till"));
        assertEquals(TITLE, pdf.title);
        assertEquals(TITLE, docx.core().getTitle());
        assertEquals("sv-SE", docx.language());
        assertEquals("sv-SE", pdf.language);
        assertEquals("Vård- och omsorgsförvaltningen", pdf.author);
    }

    /**
     * Flerårsöversikt, written out by hand from the sheet's cells (tkr, ExampleWorkbooks.FLERARSOVERSIKT):
     * Nämnden totalt is the three Områden's Nettokostnad (2022: 44 700 + 20 950 + 24 630 = 90 280),
     * Resultat = Nämndbidrag − Nettokostnad (87 000 − 90 280 = -3 280), the change from the year before
     * (92 880 − 90 280 = 2 600, 2 600 / 90 280 = 2,88 %).
     */
    static final List<List<String>> FLERARSOVERSIKT = List.of(
            List.of("Nettokostnad (tkr)", "2022", "2023", "2024", "2025"),
            PlanExamples.row("Personlig assistans, egen regi", "44 700", "46 100", "47 822", "49 700"),
            PlanExamples.row("Personlig assistans, externa anordnare", "20 950", "21 300", "22 700", "25 400"),
            PlanExamples.row("Kontaktperson, ledsagning och avlösning", "24 630", "25 480", "26 951", "27 600"),
            PlanExamples.row("Nämnden totalt", "90 280", "92 880", "97 473", "102 700"),
            PlanExamples.row("Nämndbidrag", "87 000", "90 700", "95 700", "100 200"),
            PlanExamples.row("Resultat", "-3 280", "-2 180", "-1 773", "-2 500"),
            PlanExamples.row("Förändring nettokostnad mot föregående år", "–", "2 600", "4 593", "5 227"),
            PlanExamples.row("Förändring i procent", "–", "2,9 %", "4,9 %", "5,4 %"));

    @Test
    void flerarsoversiktHasAColumnPerYearTheTotalAndTheResult() {
        List<List<String>> expected = FLERARSOVERSIKT;
        DocxDoc.Table t = docx.table("Nettokostnad och resultat per år");
        assertEquals(expected, t.rows());
        assertTrue(t.headerRepeat().get(0));
        int from = pdf.lines().indexOf("Nettokostnad och resultat per år");
        for (List<String> row : expected.subList(1, expected.size())) {
            pdf.rowIndex(row.get(0), row.subList(1, row.size()), from);
        }
    }

    @Test
    void beslutsunderlagIsAListAndForslagTillBeslutIsNumbered() {
        List<String> underlag = arende("Beslutsunderlag");
        List<String> forslag = arende("Beslutsförslag");
        assertEquals(3, forslag.size());
        List<DocxDoc.Para> paragraphs = docx.paragraphs;
        List<String> texts = paragraphs.stream().map(DocxDoc.Para::text).toList();
        int u = texts.indexOf("Beslutsunderlag");
        assertEquals(underlag, texts.subList(u + 1, u + 1 + underlag.size()));
        paragraphs.subList(u + 1, u + 1 + underlag.size()).forEach(p -> assertEquals("ListBullet", p.style(), p.text()));
        List<DocxDoc.Para> numbered = paragraphs.stream().filter(p -> p.style().equals("ListNumber")).toList();
        assertEquals(forslag, numbered.stream().map(DocxDoc.Para::text).toList());
        assertTrue(numbered.stream().allMatch(DocxDoc.Para::numbered), "Förslag till beslut is a Word numbered list (numPr)");
        assertTrue(texts.indexOf(forslag.get(0)) > texts.indexOf("Förslag till beslut"));

        List<String> pdfParts = new ArrayList<>(List.of("Beslutsunderlag"));
        underlag.forEach(s -> pdfParts.add("• " + s));
        pdfParts.add("Förslag till beslut");
        for (int i = 0; i < forslag.size(); i++) {
            pdfParts.add((i + 1) + ". " + forslag.get(i));
        }
        Texts.assertInOrder(body, pdfParts);
    }

    @Test
    void signaturesStandSideBySideAndBeslutetSkickasTillIsAList() {
        List<WorkbookCells.Line> signatures = wb.rows("Ärende").stream().filter(l -> l.text("Typ").equals("Underskrift")).toList();
        assertEquals(2, signatures.size());
        DocxDoc.Table t = docx.tables.get(docx.tables.size() - 1);
        assertEquals(List.of(signatures.stream().map(s -> s.text("Text") + "\n" + s.text("Titel")).toList()), t.rows(),
                "one row, one cell per signature");
        assertTrue(pdf.lines().contains(signatures.get(0).text("Text") + " " + signatures.get(1).text("Text")),
                "names side by side");
        assertTrue(pdf.lines().contains(signatures.get(0).text("Titel") + " " + signatures.get(1).text("Titel")),
                "titles side by side, below the names");
        List<String> skickas = arende("Skickas till");
        List<String> parts = new ArrayList<>(List.of(signatures.get(1).text("Titel"), "Beslutet skickas till"));
        skickas.forEach(s -> parts.add("• " + s));
        Texts.assertInOrder(body, parts);
        List<String> texts = docx.paragraphs.stream().map(DocxDoc.Para::text).toList();
        int at = texts.indexOf("Beslutet skickas till");
        assertEquals(skickas, texts.subList(at + 1, texts.size()).stream().filter(s -> !s.isBlank()).toList());
    }

    @Test
    void everyPageHasTheFooterSidaXAvYAndTheHeaderFromPageTwo() {
        int n = pdf.pageCount();
        for (int p = 1; p <= n; p++) {
            assertEquals("Dnr 2025.019 VON Sida " + p + " av " + n, pdf.lastLine(p), "footer of page " + p);
            if (p == 1) {
                // A letter: page 1 opens with the letterhead, not the running header; in the standard
                // house style the logo stands above the kommun at the left, the kind of document at the right.
                assertEquals("TJÄNSTESKRIVELSE", pdf.page(p).get(0), "letterhead of page 1");
            } else {
                assertEquals("Vård- och omsorgsnämnden – " + TITLE, pdf.page(p).get(0), "header of page " + p);
            }
        }
    }
}
