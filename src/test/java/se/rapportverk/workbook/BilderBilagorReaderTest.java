package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;
import se.rapportverk.testutil.XlsxParts;

/**
 * The sheets Bilder and Bilagor (docs/arbetsbok.md): what is read, and every message about them, with
 * the cell it names, written here by hand.
 */
class BilderBilagorReaderTest {

    static byte[] png(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        img.setRGB(0, 0, Color.BLUE.getRGB());
        return write(img, "png");
    }

    static byte[] write(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A workbook with the given Bilder rows (and their pictures placed by the caller) and a text. */
    private static WorkbookBuilder withText(String text) {
        return TestWorkbooks.rapport().sheet("Texter").row("Avsnitt", "Rubrik", "Text")
                .row("uppdrag-och-ansvar", null, text);
    }

    private static ReadResult read(WorkbookBuilder b) {
        return WorkbookReader.read("arbetsbok.xlsx", b.build());
    }

    private static List<String> messages(ReadResult r, Severity severity) {
        return r.diagnostics().issues().stream().filter(i -> i.severity() == severity).map(Issue::toString).toList();
    }

    @Test
    void aPicturePlacedOverItsRowIsReadWithItsTextsSizeAndFile() {
        byte[] png = png(400, 200);
        ReadResult r = read(withText("Så här:\n\n[bild: Organisation]\n\nSlut.").sheet("Bilder")
                .row("Namn", "Alt-text", "Bildtext", "Bild")
                .row("Organisation", "Ett organisationsschema", "Bild 1. Organisationen.")
                .picture(1, 3, png, 300));
        assertEquals(List.of(), r.diagnostics().issues(), r.diagnostics().issues().toString());
        Bild b = r.workbook().orElseThrow().bilder().orElseThrow().get(0);
        assertEquals("Organisation", b.namn().value());
        assertEquals("Bilder!A2", b.namn().cell().toString());
        assertEquals("Ett organisationsschema", b.altText().value());
        assertEquals("Bild 1. Organisationen.", b.bildtext().orElseThrow().value());
        assertEquals(Bild.Format.PNG, b.format());
        assertEquals(400, b.widthPx());
        assertEquals(200, b.heightPx());
        assertEquals(300.0, b.widthPoints(), 0.01);
        assertArrayEquals(png, b.bytes());
    }

    @Test
    void aJpegIsReadToo() {
        BufferedImage img = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
        byte[] jpeg = write(img, "jpg");
        ReadResult r = read(withText("[bild: Foto]").sheet("Bilder").row("Namn", "Alt-text")
                .row("Foto", "Ett foto av entrén").picture(1, 2, jpeg, 100));
        assertEquals(List.of(), r.diagnostics().issues());
        Bild b = r.workbook().orElseThrow().bilder().orElseThrow().get(0);
        assertEquals(Bild.Format.JPEG, b.format());
        assertEquals(30, b.widthPx());
        assertEquals(20, b.heightPx());
    }

    @Test
    void missingAltTextIsAnErrorNamingTheCell() {
        ReadResult r = read(withText("[bild: Karta]").sheet("Bilder").row("Namn", "Alt-text").row("Karta", null)
                .picture(1, 2, png(10, 10), 50));
        assertEquals(List.of("Bilder!B2: bilden \"Karta\" saknar alternativtext; skriv i Alt-text vad bilden visar, "
                + "för den som inte ser den (en skärmläsare läser texten; PDF/UA och lagen om tillgänglighet kräver "
                + "den)"), messages(r, Severity.ERROR));
    }

    @Test
    void aRowWithoutAPictureOrWithTwoIsAnError() {
        ReadResult r = read(withText("[bild: A]\n\n[bild: B]").sheet("Bilder").row("Namn", "Alt-text")
                .row("A", "Text om A").row("B", "Text om B")
                .picture(2, 2, png(10, 10), 50).picture(2, 3, png(12, 10), 50));
        assertEquals(List.of("Bilder!A2: ingen bild är placerad på rad 2; infoga bilden (Infoga › Bilder › Placera "
                        + "över celler) och dra den så att dess övre vänstra hörn står på raden. En bild som är placerad "
                        + "i en cell (Placera i cell) läses inte.",
                "Bilder!A3: 2 bilder står på rad 3 (\"Bild 1\", \"Bild 2\"); en rad har en bild, så flytta de andra "
                        + "till egna rader"), messages(r, Severity.ERROR).subList(0, 2));
    }

    @Test
    void aPictureOnARowWithoutANameIsUnusedAndSaidSo() {
        ReadResult r = read(withText("[bild: A]").sheet("Bilder").row("Namn", "Alt-text").row("A", "Text om A")
                .picture(1, 2, png(10, 10), 50).picture(0, 4, png(10, 10), 50));
        assertEquals(List.of("Bilder: bilden \"Bild 2\" står på rad 1, som inte har något Namn, och används inte; "
                + "flytta den så att dess övre vänstra hörn står på raden med dess namn"), messages(r, Severity.WARNING));
    }

    @Test
    void unsupportedFormatsAreErrorsThatSayWhatToDo() {
        byte[] emf = new byte[80];
        emf[0] = 1;
        emf[40] = ' ';
        emf[41] = 'E';
        emf[42] = 'M';
        emf[43] = 'F';
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();
        byte[] gif = write(new BufferedImage(5, 5, BufferedImage.TYPE_INT_RGB), "gif");
        ReadResult r = read(withText("[bild: E]\n\n[bild: S]\n\n[bild: G]").sheet("Bilder").row("Namn", "Alt-text")
                .row("E", "a").row("S", "b").row("G", "c")
                .picture(1, 2, emf, 50).picture(2, 2, svg, 50).picture(3, 2, gif, 50));
        String what = "som Rapportverk inte kan visa likadant i PDF, Word och webbläsare; spara bilden som PNG "
                + "(diagram, figurer, skärmbilder) eller JPEG (foton) och infoga den igen";
        assertEquals(List.of("Bilder!A2: bilden \"E\": bilden är en EMF-bild (en Windows-metafil), " + what,
                "Bilder!A3: bilden \"S\": bilden är en SVG-bild (en SVG kan bära skript och länkar och ritas olika "
                        + "av olika program), " + what,
                "Bilder!A4: bilden \"G\": bilden är en GIF-bild, " + what), messages(r, Severity.ERROR));
    }

    @Test
    void aCmykJpegAndAPictureBeyondTheLimitsAreRefused() throws IOException {
        // A JPEG frame header with four components (CMYK) and one too large a PNG (only its header is read).
        byte[] cmyk = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 17, 8, 0, 10, 0, 10, 4, 1, 0x11, 0,
            2, 0x11, 0, 3, 0x11, 0, 4, 0x11, 0, (byte) 0xFF, (byte) 0xD9};
        byte[] huge = png(4, 4);
        huge[16] = 0;
        huge[17] = 0;
        huge[18] = (byte) 0x4E;
        huge[19] = (byte) 0x21; // 20 001 pixels wide
        ReadResult r = read(withText("[bild: C]\n\n[bild: H]").sheet("Bilder").row("Namn", "Alt-text")
                .row("C", "a").row("H", "b").picture(1, 2, cmyk, 50).picture(2, 2, huge, 50));
        assertEquals(List.of("Bilder!A2: bilden \"C\": bilden är en JPEG i CMYK (för tryck), som inte kan visas med "
                        + "dokumentens färgprofil; spara den i RGB (som för skärm och webb), som JPEG eller PNG, och "
                        + "infoga den igen",
                "Bilder!A3: bilden \"H\": bilden är 20001 × 4 pixlar; Rapportverk tar bilder på högst 10000 pixlar på "
                        + "en sida och 40 miljoner pixlar i allt. Spara den mindre och infoga den igen."),
                messages(r, Severity.ERROR));
    }

    @Test
    void aReferenceToAPictureTheSheetLacksIsAnErrorAtTheTextAndAnUnusedPictureAWarning() {
        ReadResult r = read(withText("Före.\n[bild: Organisatoin]\nEfter.").sheet("Bilder").row("Namn", "Alt-text")
                .row("Organisation", "Ett schema").picture(1, 2, png(10, 10), 50));
        assertEquals(List.of("Texter!C2: bilden \"Organisatoin\" finns inte i bladet Bilder; menar du "
                + "\"Organisation\"?"), messages(r, Severity.ERROR));
        assertEquals(List.of("Bilder!A2: bilden \"Organisation\" visas inte i någon text; skriv [bild: Organisation] "
                + "på en egen rad i texten där den ska stå"), messages(r, Severity.WARNING));
        ReadResult none = read(withText("[bild: Karta]"));
        assertEquals(List.of("Texter!C2: bilden \"Karta\" finns inte i bladet Bilder; arbetsboken har inget blad "
                + "Bilder. Lägg bilden i bladet Bilder (kolumnerna Namn, Alt-text och Bildtext) med samma namn"),
                messages(none, Severity.ERROR));
    }

    @Test
    void aPictureLinkedToAFileOutsideTheWorkbookIsRefused() {
        byte[] xlsx = withText("[bild: L]").sheet("Bilder").row("Namn", "Alt-text").row("L", "a")
                .picture(1, 2, png(10, 10), 50).build();
        XlsxParts parts = XlsxParts.of(xlsx);
        String rels = parts.names().stream().filter(n -> n.startsWith("xl/drawings/_rels/")).findFirst().orElseThrow();
        parts.replaceFirst(rels, "Target=\"[^\"]*\"", "Target=\"file:///C:/Bilder/karta.png\" TargetMode=\"External\"");
        ReadResult r = WorkbookReader.read("arbetsbok.xlsx", parts.zip());
        assertEquals(List.of("Bilder!A2: bilden \"L\": bilden är länkad till en fil utanför arbetsboken "
                + "(file:///C:/Bilder/karta.png); infoga bilden i stället (Infoga › Bilder › Placera över celler), så "
                + "att den finns i arbetsboken"), messages(r, Severity.ERROR));
    }

    @Test
    void aPictureFileOverTenMegabytesIsRefusedAtItsRow() {
        // Random bytes after a PNG signature: they do not pack, so the file's part really is that large.
        byte[] big = new byte[12 << 20];
        new java.util.Random(7).nextBytes(big);
        System.arraycopy(png(4, 4), 0, big, 0, 33);
        ReadResult r = read(withText("[bild: Stor]").sheet("Bilder").row("Namn", "Alt-text").row("Stor", "a")
                .picture(1, 2, big, 50));
        assertEquals(List.of("Bilder!A2: bilden \"Stor\": bildfilen är 12 MB; Rapportverk tar bilder på högst "
                + "10 MB. Spara den mindre (färre pixlar, eller som JPEG om det är ett foto) och infoga den igen."),
                messages(r, Severity.ERROR));
    }

    @Test
    void aRowWithAnAltTextButNoNameIsAnError() {
        ReadResult r = read(withText("[bild: A]").sheet("Bilder").row("Namn", "Alt-text").row("A", "Text om A")
                .row(null, "Ett schema").picture(1, 2, png(10, 10), 50));
        assertEquals(List.of("Bilder!A3: namnet saknas på raden; en text visar bilden med [bild: Namn]"),
                messages(r, Severity.ERROR));
    }

    @Test
    void appendicesAreReadInOrderWithTheirDocuments() {
        ReadResult r = read(TestWorkbooks.rapport().sheet("Bilagor").row("Rubrik", "Text", "Fil", "Dokument")
                .row("Internkontrollplan", "Planen i korthet.", "Internkontrollplan 2025.pdf", null)
                .row("Protokoll", null, "Protokoll.pdf", "Tjänsteskrivelse, Delårsrapport")
                .row("Åtgärder", "Text", null, "Åtgärdsplan"));
        assertEquals(List.of(), r.diagnostics().issues(), r.diagnostics().issues().toString());
        List<Bilaga> bilagor = r.workbook().orElseThrow().bilagor().orElseThrow();
        assertEquals(List.of("Internkontrollplan", "Protokoll", "Åtgärder"), bilagor.stream()
                .map(b -> b.rubrik().value()).toList());
        assertEquals(Set.of(), bilagor.get(0).dokument());
        assertEquals(Set.of(DocumentType.TJANSTESKRIVELSE, DocumentType.DELARSRAPPORT), bilagor.get(1).dokument());
        assertEquals(Set.of(DocumentType.HANDLINGSPLAN), bilagor.get(2).dokument());
        assertEquals("Bilagor!C2", bilagor.get(0).fil().orElseThrow().cell().toString());
        assertEquals("Planen i korthet.", bilagor.get(0).text().orElseThrow().value());
    }

    @Test
    void appendixMessagesNameTheirCells() {
        ReadResult r = read(TestWorkbooks.rapport().sheet("Bilagor").row("Rubrik", "Text", "Fil", "Dokument")
                .row(null, "En text utan rubrik")
                .row("Bilaga 2: Protokoll", "Text")
                .row("Plan", null, "bilagor\\plan.pdf")
                .row("Tom")
                .row("Fel dokument", "Text", null, "Årsredovisning"));
        assertEquals(List.of("Bilagor!A2: rubriken saknas; varje bilaga behöver en rubrik (Rapportverk skriver "
                        + "\"Bilaga 1:\" framför den)",
                "Bilagor!D6: \"Årsredovisning\" är inget dokument; skriv Delårsrapport, Handlingsplan eller "
                        + "Tjänsteskrivelse, flera med komma, eller lämna Dokument tom för alla dokument"), messages(r, Severity.ERROR));
        assertEquals(List.of("Bilagor!A3: Rapportverk numrerar bilagorna själv; \"Bilaga 2: Protokoll\" visas som "
                        + "\"Bilaga N: Protokoll\". Skriv bara rubriken.",
                "Bilagor!A5: bilagan \"Tom\" har varken Text eller Fil; den står med bara sin rubrik"),
                messages(r, Severity.WARNING));
        List<Bilaga> bilagor = r.workbook().orElseThrow().bilagor().orElseThrow();
        assertEquals("Protokoll", bilagor.get(0).rubrik().value());
        assertEquals("plan.pdf", bilagor.get(1).fil().orElseThrow().value());
    }

    /** A workbook with one appendix whose Fil is the value, written into the folder and read from there. */
    private static ReadResult withFile(Path folder, String fil) throws IOException {
        Path workbook = folder.resolve("arbetsbok.xlsx");
        Files.write(workbook, TestWorkbooks.rapport().sheet("Bilagor").row("Rubrik", "Fil").row("Plan", fil).build());
        return WorkbookReader.read(workbook);
    }

    @Test
    void aFileInTheWorkbooksFolderOrAFolderInItIsListedByItsNameAlone(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("bilagor"));
        Files.writeString(dir.resolve("bilagor/Plan 2025.pdf"), "%PDF-1.7");
        Files.writeString(dir.resolve("Plan.pdf"), "%PDF-1.7");
        for (String fil : List.of("bilagor/Plan 2025.pdf", "bilagor\\Plan 2025.pdf", "./bilagor//Plan 2025.pdf")) {
            ReadResult r = withFile(dir, fil);
            assertEquals(List.of(), r.diagnostics().issues(), fil);
            Text shown = r.workbook().orElseThrow().bilagor().orElseThrow().get(0).fil().orElseThrow();
            assertEquals("Plan 2025.pdf", shown.value(), fil);
            assertEquals("Bilagor!B2", shown.cell().toString());
        }
        assertEquals("Plan.pdf", withFile(dir, "Plan.pdf").workbook().orElseThrow().bilagor().orElseThrow().get(0)
                .fil().orElseThrow().value());
    }

    @Test
    void aFileThatIsNotThereOrLeavesTheFolderIsAnErrorAtItsCell(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("Delår"));
        Files.createDirectories(folder.resolve("bilagor"));
        Files.writeString(dir.resolve("hemlig.pdf"), "%PDF-1.7");
        String where = "lägg filen i mappen där arbetsboken ligger, eller i en mapp i den, och skriv namnet så som det "
                + "står där, till exempel Internkontrollplan 2025.pdf eller bilagor/Internkontrollplan 2025.pdf";
        assertEquals(List.of("Bilagor!B2: filen \"Plan.pdf\" finns inte i mappen Delår, där arbetsboken ligger. Lägg "
                + "filen där eller rätta namnet; det ska stå som filen heter, med filändelsen (till exempel .pdf)"),
                messages(withFile(folder, "Plan.pdf"), Severity.ERROR));
        assertEquals(List.of("Bilagor!B2: \"../hemlig.pdf\" pekar utanför arbetsbokens mapp (med ..); " + where),
                messages(withFile(folder, "../hemlig.pdf"), Severity.ERROR));
        assertEquals(List.of("Bilagor!B2: \"bilagor\\..\\..\\hemlig.pdf\" pekar utanför arbetsbokens mapp (med ..); "
                + where), messages(withFile(folder, "bilagor\\..\\..\\hemlig.pdf"), Severity.ERROR));
        assertEquals(List.of("Bilagor!B2: \"" + dir.resolve("hemlig.pdf") + "\" pekar utanför arbetsbokens mapp (en "
                + "sökväg från en enhet eller från roten); " + where),
                messages(withFile(folder, dir.resolve("hemlig.pdf").toString()), Severity.ERROR));
        assertEquals(List.of("Bilagor!B2: \"C:\\Users\\anna\\Skrivbord\\plan.pdf\" pekar utanför arbetsbokens mapp "
                + "(en sökväg från en enhet eller från roten); " + where),
                messages(withFile(folder, "C:\\Users\\anna\\Skrivbord\\plan.pdf"), Severity.ERROR));
        assertEquals(List.of("Bilagor!B2: \"bilagor\" är en mapp i mappen Delår, ingen fil; skriv filens namn"),
                messages(withFile(folder, "bilagor"), Severity.ERROR));
        assertEquals(List.of("Bilagor!B2: \"bilagor/\" är en mapp, inget filnamn; skriv filens namn, till exempel "
                + "Internkontrollplan 2025.pdf"), messages(withFile(folder, "bilagor/"), Severity.ERROR));
        assertEquals(List.of("Bilagor!B2: \"https://www.ekeby.se/plan.pdf\" är en webbadress, ingen fil; skriv "
                + "adressen i Text, där den blir en länk, och lämna Fil tom"),
                messages(withFile(folder, "https://www.ekeby.se/plan.pdf"), Severity.ERROR));
        assertEquals(List.of("Bilagor!B2: \"Plan?.pdf\" är inget filnamn: tecknet ? kan inte stå i ett filnamn"),
                messages(withFile(folder, "Plan?.pdf"), Severity.ERROR));
        ReadResult r = withFile(folder, "Plan.pdf");
        assertTrue(r.workbook().isPresent(), "the workbook is read; its error stops the documents");
        assertEquals(List.of(), r.workbook().get().bilagor().orElseThrow(), "the appendix with a bad Fil is left out");
    }

    @Test
    void aLinkInTheFolderToAFileOutsideItIsRefused(@TempDir Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("Delår"));
        Files.writeString(dir.resolve("hemlig.pdf"), "%PDF-1.7");
        Files.createSymbolicLink(folder.resolve("Plan.pdf"), dir.resolve("hemlig.pdf"));
        Files.createSymbolicLink(folder.resolve("Trasig.pdf"), dir.resolve("finns-inte.pdf"));
        assertEquals(List.of("Bilagor!B2: \"Plan.pdf\" är en länk till en fil utanför mappen Delår, där arbetsboken "
                + "ligger; lägg filen själv i mappen"), messages(withFile(folder, "Plan.pdf"), Severity.ERROR));
        assertEquals(List.of("Bilagor!B2: filen \"Trasig.pdf\" i mappen Delår kan inte nås (den är en trasig länk "
                + "eller behörighet saknas)"), messages(withFile(folder, "Trasig.pdf"), Severity.ERROR));
    }

    @Test
    void withoutAFolderOnlyTheNameIsChecked() {
        // An upload on the web page or the copy embedded in a PDF: no folder to look in.
        ReadResult r = read(TestWorkbooks.rapport().sheet("Bilagor").row("Rubrik", "Fil").row("Plan", "bilagor/Plan.pdf")
                .row("Ut", "../Plan.pdf"));
        assertEquals(List.of("Bilagor!B3: \"../Plan.pdf\" pekar utanför arbetsbokens mapp (med ..); lägg filen i "
                + "mappen där arbetsboken ligger, eller i en mapp i den, och skriv namnet så som det står där, till "
                + "exempel Internkontrollplan 2025.pdf eller bilagor/Internkontrollplan 2025.pdf"),
                messages(r, Severity.ERROR));
        assertEquals("Plan.pdf", r.workbook().orElseThrow().bilagor().orElseThrow().get(0).fil().orElseThrow().value());
    }

    @Test
    void theSheetsNeedTheirRequiredColumns() {
        ReadResult r = read(TestWorkbooks.rapport().sheet("Bilder").row("Namn", "Bildtext").row("A", "b")
                .sheet("Bilagor").row("Titel", "Text").row("A", "b"));
        assertEquals(List.of("Bilagor: kolumnen \"Rubrik\" saknas. Rubrikraden (rad 1) har \"Titel\" och \"Text\"; "
                        + "bladet behöver \"Rubrik\".",
                "Bilder: kolumnen \"Alt-text\" saknas. Rubrikraden (rad 1) har \"Namn\" och \"Bildtext\"; bladet "
                        + "behöver \"Namn\" och \"Alt-text\"."),
                messages(r, Severity.ERROR));
    }
}
