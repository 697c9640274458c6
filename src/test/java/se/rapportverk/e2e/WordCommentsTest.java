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
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.e2e.DocxComments.Place;
import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;

/**
 * Issue 7, item 4: each warning is a Word comment by Rapportverk beside the figure, row or heading it
 * concerns; a workbook without warnings gives a Word file without warning comments (a drafted
 * paragraph's mark is a comment too, issue 10); the PDF stays clean.
 * ({@code --strict} refusing the discrepancies is {@link CheckWorkbookTest#generateStrictWritesNothing}.)
 *
 * <p>Every expected place and text is written by hand from input-examples/README.md, the output of
 * {@code rapportverk check} and the workbooks' cells; none is computed here.
 */
class WordCommentsTest {

    /** A warning as the console prints it (after {@code varning}) and the table cell it must stand on. */
    record Expected(String text, Place place) {
    }

    /**
     * The seven warnings of delarsrapport-med-avvikelser.xlsx and their figures. The Resultaträkning and
     * the Driftsredovisning show mkr with one decimal; the workbook has tkr.
     */
    static final List<Expected> AVVIKELSER = List.of(
            // README 1: the given Summa intäkter in E5 is not printed (it disagrees); the calculated 61 135 tkr is,
            // in the Summa intäkter row's Utfall column.
            new Expected("Resultaträkning!E5: Summa intäkter (Utfall period) är angiven till 63 235 tkr men raderna "
                    + "E2:E4 summerar till 61 135 tkr; skillnaden är 2 100 tkr, mer än avrundning kan förklara "
                    + "(högst 1,5 tkr)",
                    Place.cell("Resultaträkning", "Summa intäkter", "Utfall jan–aug 2025", "61,1")),
            // README 2: the given avvikelse in I6; the row prints Prognos − Budget = -47 200 tkr.
            new Expected("Resultaträkning!I6: Personalkostnader (Avvikelse) är angiven till -42 700 tkr men Prognos − "
                    + "Budget (G6, H6) är -47 200 tkr; skillnaden är 4 500 tkr, mer än avrundning kan förklara (högst "
                    + "1,0 tkr). Trolig orsak: två siffror har bytt plats i I6 (den angivna avvikelsen, -42 700 tkr): "
                    + "med -47 200 tkr stämmer avvikelsen",
                    Place.cell("Resultaträkning", "Personalkostnader", "Avvikelse prognos helår mot budget", "-47,2")),
            // README 3, the follow-up discrepancy: it names one likely cause, C11, so it stands where C11 is shown.
            new Expected("Driftsredovisning!C18: Totalt för Bokslut föregående år (C2:C17, angivet i C18) är "
                    + "-1 044 355 tkr men Summa totalt i resultaträkningen (Resultaträkning!C2:C4, "
                    + "Resultaträkning!C6:C11, angivet i Resultaträkning!C13) är -1 034 115 tkr; skillnaden är "
                    + "-10 240 tkr, mer än avrundning kan förklara (högst 12,5 tkr). Trolig orsak: tecknet i "
                    + "Resultaträkning!C11 (Kapitaltjänstkostnader, 5 120 tkr): med -5 120 tkr stämmer summorna",
                    Place.cell("Resultaträkning", "Kapitaltjänstkostnader", "Bokslut 2024", "5,1")),
            // README 4: three cells could explain it, none is singled out: the given total H18 (-1 094 500 tkr).
            new Expected("Driftsredovisning!H18: Totalt för Prognos (H2:H17, angivet i H18) är -1 094 500 tkr men "
                    + "Summa totalt i resultaträkningen (Resultaträkning!H2:H4, Resultaträkning!H6:H11, angivet i "
                    + "Resultaträkning!H13) är -1 121 500 tkr; skillnaden är 27 000 tkr, mer än avrundning kan förklara "
                    + "(högst 12,5 tkr). Trolig orsak: två siffror har bytt plats i en av cellerna H2 (Hemtjänst: "
                    + "-241 500 tkr i stället för -214 500 tkr), H9 (LSS, daglig verksamhet: -96 500 tkr i stället för "
                    + "-69 500 tkr) eller H14 (Köpta platser: -85 900 tkr i stället för -58 900 tkr); med rätt värde "
                    + "stämmer summorna",
                    Place.cell("Driftsredovisning", "Totalt", "Prognos helår 2025", "-1 094,5")),
            // README 3: the sign typed wrong in C11 (+5 120 tkr).
            new Expected("Resultaträkning!C11: Kapitaltjänstkostnader är en kostnad men beloppet är positivt "
                    + "(5 120 tkr); kostnader skrivs med minustecken",
                    Place.cell("Resultaträkning", "Kapitaltjänstkostnader", "Bokslut 2024", "5,1")),
            // README 5: D15, -5 448 tkr.
            new Expected("Driftsredovisning!D15: Utfall period föregående år för Bostadsanpassning (-5 448 tkr) är "
                    + "större än Bokslut föregående år (-5 170 tkr, C15); perioden kan inte överstiga helåret",
                    Place.cell("Driftsredovisning", "Bostadsanpassning", "Utfall jan–aug 2024", "-5,4")),
            // README, check 7: Hemtjänst's Prognos in H2 (-214 500 tkr) is far from both forecast methods; the
            // comment stands on that Prognos in the Driftsredovisning (-214,5 mkr), the first figure showing H2.
            new Expected("Driftsredovisning!H2: Prognosen för Hemtjänst (-214 500 tkr i H2) skiljer sig från varje "
                    + "prognosmetod med mer än 11 090 tkr: linjär -242 924 tkr, säsong -237 523 tkr; kontrollera "
                    + "prognosen eller förklara skillnaden i texten",
                    Place.cell("Driftsredovisning", "Hemtjänst", "Prognos helår 2025", "-214,5")));

    /** The comment each drafted paragraph carries (docs/dokument.md, Skrivna utkast), typed by hand. */
    static final String DRAFTED = "Utkast skrivet av Rapportverk utifrån siffrorna; granska texten.";

    @TempDir
    static Path dir;

    static Generated avvikelser;
    static DocxComments comments;

    @BeforeAll
    static void generate() {
        avvikelser = SharedRuns.of(Examples.AVVIKELSER);
        comments = DocxComments.read(avvikelser.docx("delarsrapport-"));
    }

    /** The comments that are warnings, not the marks of drafted paragraphs. */
    static List<DocxComments.Comment> warnings(DocxComments found) {
        return found.comments.stream().filter(c -> !c.text().equals(DRAFTED)).toList();
    }

    @Test
    void eachWarningOfTheExampleIsOneCommentOnItsFigure() {
        assertEquals(AVVIKELSER.size(), warnings(comments).size(),
                () -> comments.comments.stream().map(DocxComments.Comment::text).toList().toString());
        for (Expected e : AVVIKELSER) {
            DocxComments.Comment c = comments.withText(e.text());
            assertEquals(e.place(), c.start(), e.text());
            assertEquals(e.place(), c.end(), e.text());
            assertEquals(e.place(), c.reference(), e.text());
        }
    }

    @Test
    void commentsAreByRapportverkDatedWithTheDocumentDate() {
        assertTrue(comments.hasPart);
        for (DocxComments.Comment c : comments.comments) {
            assertEquals("Rapportverk", c.author());
            assertEquals("RV", c.initials());
            // Rapport!Datum of the example.
            assertEquals("2025-09-23T00:00:00Z", c.date());
        }
    }

    @Test
    void theCommentsSayWhatTheConsoleSays() {
        List<String> printed = avvikelser.run().err().lines()
                .filter(l -> l.startsWith("  varning  ")).map(l -> l.substring("  varning  ".length())).toList();
        assertEquals(7, printed.size(), avvikelser.run().err());
        List<String> texts = warnings(comments).stream().map(DocxComments.Comment::raw).sorted().toList();
        assertEquals(printed.stream().sorted().toList(), texts);
    }

    /**
     * The drafted paragraphs of the example: it has texts of its own in Texter for every section but the
     * summary of §6 (ekonomi-sammanfattning), whose two drafted paragraphs each carry the mark, beside the
     * warnings; and the Ekonomisk analys, which this example leaves to the draft.
     */
    @Test
    void theExamplesDraftedParagraphsCarryTheirMark() {
        List<DocxComments.Comment> drafted = comments.comments.stream().filter(c -> c.text().equals(DRAFTED)).toList();
        assertEquals(3, drafted.size(), () -> comments.comments.toString());
        List<String> starts = List.of("Vård- och omsorgsnämndens utfall för perioden januari–augusti är ",
                "Helårsprognosen är ", "De tre största negativa avvikelserna i helårsprognosen mot budget finns inom ");
        for (int i = 0; i < starts.size(); i++) {
            DocxComments.Comment c = drafted.get(i);
            assertEquals("", c.start().table(), c.toString());
            assertTrue(c.start().text().startsWith(starts.get(i)), c.toString());
            assertEquals(c.start(), c.end(), "the whole paragraph");
            assertEquals(c.start(), c.reference());
        }
    }

    /**
     * A workbook without warnings gives Word files whose only comments are the drafted paragraphs' marks:
     * the delårsrapport example's summary of §6 (two paragraphs; Texter has no ekonomi-sammanfattning),
     * and none in the other documents, which draft nothing and have no comments part.
     */
    @Test
    void aWorkbookWithoutWarningsGivesWordFilesWithoutWarningComments() {
        for (Path workbook : Examples.ALL) {
            if (workbook.equals(Examples.AVVIKELSER)) {
                continue;
            }
            Generated g = SharedRuns.of(workbook);
            assertFalse(g.run().err().contains("varning"), () -> workbook + " has warnings: " + g.run().err());
            for (String name : g.files().keySet().stream().filter(n -> n.endsWith(".docx")).toList()) {
                DocxComments found = DocxComments.read(g.bytes(name));
                assertEquals(List.of(), warnings(found), name);
                if (workbook.equals(Examples.DELARSRAPPORT) && name.startsWith("delarsrapport-")) {
                    assertEquals(List.of(DRAFTED, DRAFTED), found.comments.stream().map(DocxComments.Comment::text)
                            .toList(), name);
                    assertEquals(6, found.marksInBody(), "start, end and reference of each: " + name);
                } else {
                    assertFalse(found.hasPart, name + " has a comments part");
                    assertEquals(0, found.comments.size(), name);
                    assertEquals(0, found.marksInBody(), name);
                }
            }
        }
    }

    @Test
    void thePdfShowsNoneOfThem() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(avvikelser.pdf("delarsrapport-"))) {
            for (PDPage page : pdf.getPages()) {
                for (PDAnnotation a : page.getAnnotations()) {
                    assertFalse(List.of("Text", "Popup", "FreeText").contains(a.getSubtype()),
                            "a comment annotation in the PDF: " + a.getContents());
                }
            }
        }
        String text = String.join("\n", PdfDoc.read(avvikelser.pdf("delarsrapport-")).lines());
        assertFalse(text.contains("mer än avrundning kan förklara"), "a warning printed in the PDF");
        assertFalse(text.contains("Rapportverk!") || text.contains("Resultaträkning!E5"), "a warning's place in the PDF");
    }

    /**
     * A plan's checks (check 4) on the summary table: an action's effect on its own figure, the sum of the
     * effects on the Summa row's.
     */
    @Test
    void aPlansWarningsStandOnItsSummaryTable() throws IOException {
        WorkbookBuilder b = new WorkbookBuilder().sheet("Rapport")
                .row("Fält", "Värde")
                .row("Kommun", "Testby kommun")
                .row("Nämnd", "Vård- och omsorgsnämnden")
                .row("År", 2025)
                .row("Beloppsenhet", "mkr")
                .row("Underskott", 1.5)
                .row("Datum", "2025-03-01");
        b.sheet("Åtgärder")
                .row("Åtgärd", "Startdatum", "Effekt helår", "Effekt innevarande år")
                .row("Färre köpta platser", "2025-01-01", 1.2, 1.6)
                .row("Effektivare schemaläggning", "2025-01-01", 0.4, 0.3);
        Path workbook = Files.write(dir.resolve("plan.xlsx"), b.build());
        Generated g = Generated.of(workbook, dir.resolve("plan"));
        DocxComments found = DocxComments.read(g.docx("handlingsplan-"));
        assertEquals(2, found.comments.size(), () -> found.comments.toString());
        String table = "Åtgärder och deras ekonomiska effekt";
        String column = "Ekonomisk effekt innevarande år (kr)";
        // D2, 1,6 mkr shown in kr.
        DocxComments.Comment action = found.withText("Åtgärder!D2: Färre köpta platser: Effekt innevarande år (1,6 mkr) "
                + "är större än Effekt helår (1,2 mkr); ett år kan inte ge mer än ett helt år");
        assertEquals(Place.cell(table, "Färre köpta platser", column, "1 600 000"), action.start());
        // 1,6 + 0,3 = 1,9 mkr of D2:D3, above the deficit 1,5 mkr: the Summa row's figure of D2:D3.
        DocxComments.Comment sum = found.withText("Åtgärder: summan av åtgärdernas effekt innevarande år (1,9 mkr, "
                + "Åtgärder!D2:D3) är större än underskottet (1,5 mkr); kontrollera effekterna eller underskottet");
        assertEquals(Place.cell(table, "Summa", column, "1 900 000"), sum.start());
        assertEquals(sum.start(), sum.reference());
    }

    /**
     * A workbook built here with one warning for each of the other places: a row (a column the table does
     * not show), a total row (check 2 on that column), a table's caption (a hidden row of its sheet), a
     * paragraph (a text with characters no font has), a heading (a row of Texter the document does not
     * show) and the start of the document (the Rapport sheet).
     */
    @Test
    void warningsWithoutAFigureStandOnTheirRowCaptionParagraphHeadingOrTheStart() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Rapport").row("Kommunfärg", "blå");                       // Rapport!A10
        b.sheet("Texter").row("Avsnitt", "Rubrik", "Text")
                .row("sammanfattning", null, "Nämnden redovisar ett underskott, 赤字.")   // Texter!C2
                .row("okänt-avsnitt", null, "Läses inte.");                              // Texter!A3
        b.sheet("Resultaträkning")
                .row("Post", "Typ", "Bokslut föregående år", "Utfall period föregående år", "Utfall period",
                        "Budget period", "Budget", "Prognos")
                .row("Taxor och avgifter", null, 44500, 29800, 32300, 29300, 44000, 48700)
                // F3, Budget period (a column the table does not show), typed negative.
                .row("Bidrag (intäkter)", null, 34900, 15000, 16300, -22000, 33000, 27500)
                .hiddenRow("Övriga intäkter", null, 12900, 7400, 8300, 7700, 11500, 11900)   // row 4, hidden
                .row("Personalkostnader", null, -760000, -505800, -544300, -512500, -763500, -829800)
                .row("Bidrag (kostnader)", null, -21200, -11500, -15000, -16600, -24900, -23100)
                .row("Köp av verksamhet", null, -161200, -98600, -107400, -114400, -171600, -148000)
                .row("Lokalhyror", null, -61000, -41800, -45300, -42700, -64100, -68900)
                .row("Övriga driftskostnader", null, -105900, -64700, -69300, -66900, -100400, -105300)
                .row("Kapitaltjänstkostnader", null, -4900, -3200, -3200, -3300, -5000, -5200);
        // TestWorkbooks' Driftsredovisning with Central administration's Budget period 44 013 lower: the 44 000
        // that F3 takes off the Resultaträkning's total, and 13 tkr that no single cell explains.
        b.sheet("Driftsredovisning")
                .row("Verksamhet", "Område", "Bokslut föregående år", "Utfall period föregående år", "Utfall period",
                        "Budget period", "Budget", "Prognos")
                .row("Hemtjänst", "Äldreomsorg", -225000, -146400, -167000, -147500, -221300, -247000)
                .row("Särskilt boende", "Äldreomsorg", -302700, -205400, -214100, -200900, -301300, -303700)
                .row("Köpta platser", "Äldreomsorg", -58500, -37100, -43200, -45200, -67800, -64000)
                .row("LSS, boende", "LSS", -119700, -81800, -81200, -72300, -108500, -121900)
                .row("LSS, daglig verksamhet", "LSS", -59300, -39100, -43200, -45800, -68700, -69000)
                .row("Central administration", "Gemensamt", -256700, -163600, -178900, -229713, -273400, -286600);
        Path workbook = Files.write(dir.resolve("platser.xlsx"), b.build());
        Generated g = Generated.of(workbook, dir.resolve("ut"));
        DocxComments found = DocxComments.read(g.docx("delarsrapport-"));

        // F3: the row Bidrag (intäkter), from its first cell to its last (Avvikelse 27 500 − 33 000 tkr = -5,5 mkr).
        DocxComments.Comment sign = found.withText("Resultaträkning!F3: Bidrag (intäkter) är en intäkt men beloppet är "
                + "negativt (-22 000 tkr); intäkter skrivs utan minustecken");
        assertEquals(Place.cell("Resultaträkning", "Bidrag (intäkter)", "Intäkter / Kostnader (mkr)",
                "Bidrag (intäkter)"), sign.start());
        assertEquals(Place.cell("Resultaträkning", "Bidrag (intäkter)", "Avvikelse prognos helår mot budget", "-5,5"),
                sign.end());
        assertEquals(sign.end(), sign.reference());

        // Budget period: the Driftsredovisning's F2:F7 (-741 413 tkr) against the Resultaträkning's (-741 400 tkr),
        // a column neither table shows: the Driftsredovisning's Totalt row, first cell to last.
        DocxComments.Comment total = found.startingWith("Driftsredovisning!F2:F7: Totalt för Budget period (F2:F7) är "
                + "-741 413 tkr men Summa totalt i resultaträkningen");
        assertFalse(total.text().contains("orsak"), total.text());
        assertEquals("Totalt", total.start().row());
        assertEquals("Driftsredovisning", total.start().table());
        assertEquals("Verksamhet (mkr)", total.start().column());
        assertEquals("Totalt", total.end().row());
        assertEquals("Avvikelse prognos helår mot budget", total.end().column());

        // The hidden row 4: the Resultaträkning as a whole, on its caption.
        DocxComments.Comment hidden = found.startingWith("Resultaträkning: rad 4 är dold");
        assertEquals(Place.paragraph("Resultaträkning"), hidden.start());
        assertEquals(hidden.start(), hidden.reference());

        // Texter!C2, characters no font of the PDF has: the paragraph written from that cell.
        DocxComments.Comment font = found.startingWith("Texter!C2: tecknen");
        assertEquals(Place.paragraph("Nämnden redovisar ett underskott, 赤字."), font.start());

        // Texter!A3, a section the document does not show: the heading of the section that shows Texter.
        DocxComments.Comment unknown = found.startingWith("Texter!A3: okänt avsnitt");
        assertEquals(Place.paragraph("1 Sammanfattning"), unknown.start());

        // Rapport!A10: the whole document, on its first paragraph (the title page's kommun).
        DocxComments.Comment field = found.startingWith("Rapport!A10: okänt fält");
        assertEquals(Place.paragraph("Testby kommun"), field.start());
        assertEquals(field.start(), field.end());

        long printed = g.run().err().lines().filter(l -> l.startsWith("  varning  ")).count();
        assertEquals(printed, warnings(found).size(), g.run().err());
    }
}
