package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * A small workbook built in the test with only some sheets: the sections without data are left out
 * and the numbering closes up; and a workbook that also makes a delårsrapport lists it under the
 * tjänsteskrivelse's Beslutsunderlag (docs/dokument.md).
 */
class SmallWorkbooksTest {

    @TempDir
    static Path dir;

    static Generated generated;

    @BeforeAll
    static void generate() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        // No Titel: it would title the delårsrapport too (Rapport!Titel overrides every document's title).
        b.sheet("Rapport").row("Handläggare", "Ada Andersson, controller");
        b.sheet("Texter").row("Avsnitt", "Rubrik", "Text")
                .row("sammanfattning", null, "Nämnden redovisar ett underskott.")
                .row("vasentliga-handelser", null, "Under perioden har mycket hänt.")
                .row("arendebeskrivning", null, "Ärendet gäller delårsrapporten.");
        TestWorkbooks.withResultatrakning(b);
        TestWorkbooks.withDriftsredovisning(b);
        b.sheet("Ärende").row("Typ", "Text", "Titel")
                .row("Beslutsförslag", "Nämnden godkänner delårsrapporten.", null)
                .row("Beslutsunderlag", "Tjänsteskrivelse daterad 2024-09-24", null)
                .row("Underskrift", "Ada Andersson", "Controller");
        Path workbook = Files.write(dir.resolve("liten.xlsx"), b.build());
        generated = Generated.of(workbook, dir.resolve("ut"));
    }

    @Test
    void sectionsWithoutDataAreLeftOutAndTheNumberingClosesUp() {
        DocxDoc docx = DocxDoc.read(generated.docx("delarsrapport-"));
        List<String> h1 = docx.headings().stream().filter(h -> h.style().equals("Heading1")).map(DocxDoc.Para::text).toList();
        assertEquals(List.of("1 Sammanfattning", "2 Väsentliga händelser", "3 Uppföljning ekonomi",
                "Bilaga: Prognosunderlag"), h1);
        PdfDoc pdf = PdfDoc.read(generated.pdf("delarsrapport-"));
        // 3.1 Ekonomisk analys is drafted from the Driftsredovisning (the workbook has no text of its own).
        assertEquals(List.of("1 Sammanfattning", "2 Väsentliga händelser", "3 Uppföljning ekonomi", "3.1 Ekonomisk analys",
                "Bilaga: Prognosunderlag"), pdf.toc().stream().map(PdfDoc.TocEntry::title).toList());
    }

    @Test
    void theTjansteskrivelseListsTheDelarsrapportUnderBeslutsunderlag() {
        DocxDoc docx = DocxDoc.read(generated.docx("tjansteskrivelse-"));
        List<String> texts = docx.paragraphs.stream().map(DocxDoc.Para::text).toList();
        int at = texts.indexOf("Beslutsunderlag");
        assertTrue(at > 0, texts.toString());
        List<String> underlag = docx.paragraphs.subList(at + 1, texts.size()).stream()
                .takeWhile(p -> p.style().equals("ListBullet")).map(DocxDoc.Para::text).toList();
        assertEquals(List.of("Tjänsteskrivelse daterad 2024-09-24", "Delårsrapport augusti 2024, daterad 2024-09-24"),
                underlag);
        assertEquals(2, generated.files().keySet().stream().filter(n -> n.endsWith(".pdf")
                && !n.startsWith("kontrollrapport")).count(), generated.files().keySet().toString());
    }
}
