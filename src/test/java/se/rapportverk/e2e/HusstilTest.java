package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import se.rapportverk.render.pdf.VeraPdf;
import se.rapportverk.testutil.PdfColours;

/**
 * A kommun's own house style, as its communications officer makes it: {@code rapportverk husstil}
 * writes the standard one, the officer changes colours, margins, the font (Liberation Serif), the
 * logo (a PNG with transparency), the cover and the letterhead in husstil.ini, and generate uses it.
 * Both formats are read back: the logo image, the fonts, the colours in the PDF's content and the
 * Word styles, the margins; the PDF stays PDF/A-3a and PDF/UA-1; the same bytes every time; and the
 * archived PDF alone is enough to make the documents again after the house style folder is gone.
 *
 * <p>The expected values are the ones written into husstil.ini here, not read from the code.
 */
class HusstilTest {

    static final String HEADING = "7A1F2B";
    static final String ACCENT = "B5893A";
    static final String TABLE_HEADER = "5A1A22";
    static final String TABLE_HEADER_TEXT = "FFFFFF";
    /** The first two series of the charts: a green and an ochre. */
    static final String CHART_1 = "2F6B4F";
    static final String CHART_2 = "C9A227";
    /** 30 mm in points. */
    static final float LEFT_MARGIN = (float) (30 * 72 / 25.4);
    /** 28 mm in points. */
    static final float TOP_MARGIN = (float) (28 * 72 / 25.4);

    @TempDir
    static Path dir;

    static Path style;
    static Path used;
    static byte[] logo;
    static Generated delarsrapport;
    static Generated brev;
    static byte[] pdf;
    static byte[] docx;
    static byte[] letterPdf;
    static byte[] letterDocx;

    @BeforeAll
    static void makeAHouseStyleAndUseIt() throws IOException {
        style = dir.resolve("ekeby-husstil");
        Cli.Run made = Cli.run("husstil", style.toString());
        assertEquals(0, made.status(), made.all());
        logo = drawLogo();
        Files.write(style.resolve("ekeby-vapen.png"), logo);
        for (String face : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            try (InputStream in = HusstilTest.class.getResourceAsStream("/liberation/LiberationSerif-" + face + ".ttf")) {
                Files.write(style.resolve("Serif-" + face + ".ttf"), in.readAllBytes());
            }
        }
        String ini = Files.readString(style.resolve("husstil.ini"), StandardCharsets.UTF_8);
        ini = replace(ini, "fil = logotyp.png", "fil = ekeby-vapen.png");
        ini = replace(ini, "normal = LiberationSans-Regular.ttf", "normal = Serif-Regular.ttf");
        ini = replace(ini, "fet = LiberationSans-Bold.ttf", "fet = Serif-Bold.ttf");
        ini = replace(ini, "kursiv = LiberationSans-Italic.ttf", "kursiv = Serif-Italic.ttf");
        ini = replace(ini, "fet kursiv = LiberationSans-BoldItalic.ttf", "fet kursiv = Serif-BoldItalic.ttf");
        ini = replace(ini, "namn i word = Arial", "namn i word =");
        ini = replace(ini, "rubrik = #1F3864", "rubrik = #" + HEADING);
        ini = replace(ini, "accent = #1F3864", "accent = #" + ACCENT);
        ini = replace(ini, "tabellhuvud = #DCE4EE", "tabellhuvud = #" + TABLE_HEADER);
        ini = replace(ini, "tabellhuvudets text = #1A1A1A", "tabellhuvudets text = #" + TABLE_HEADER_TEXT);
        ini = replace(ini, "diagram 1 = #1F3864", "diagram 1 = #" + CHART_1);
        ini = replace(ini, "diagram 2 = #6F95C2", "diagram 2 = #" + CHART_2);
        ini = replace(ini, "vänster = 25 mm", "vänster = 30 mm");
        ini = replace(ini, "överkant = 25 mm", "överkant = 2,8 cm");
        ini = replace(ini, "överst = logotyp", "överst = logotyp, kommun");
        ini = replace(ini, "mitten = kommun, linje, titel, nämnd", "mitten = linje, titel, nämnd");
        ini = replace(ini, "nederst = förvaltning, datum, diarienummer", "nederst = datum, diarienummer");
        ini = replace(ini, "vänster = logotyp, kommun, förvaltning", "vänster = kommun, förvaltning");
        ini = replace(ini, "höger = dokumenttyp, uppgifter", "höger = logotyp, dokumenttyp, uppgifter");
        ini = replace(ini, "logotyp = nej", "logotyp = ja");
        Files.writeString(style.resolve("husstil.ini"), ini, StandardCharsets.UTF_8);

        // The documents are made from a copy, which the archive test deletes afterwards.
        used = copyOf(style, Files.createDirectories(dir.resolve("anvand-husstil")));
        delarsrapport = Generated.of(Examples.DELARSRAPPORT, dir.resolve("ut"), "--husstil", used.toString());
        brev = Generated.of(Examples.TJANSTESKRIVELSE, dir.resolve("ut-brev"), "--husstil", style.toString());
        pdf = delarsrapport.bytes(delarsrapport.name("delarsrapport-", ".pdf"));
        docx = delarsrapport.bytes(delarsrapport.name("delarsrapport-", ".docx"));
        letterPdf = brev.bytes(brev.name("tjansteskrivelse-", ".pdf"));
        letterDocx = brev.bytes(brev.name("tjansteskrivelse-", ".docx"));
    }

    static String replace(String text, String from, String to) {
        assertTrue(text.contains(from), "the standard husstil.ini has \"" + from + "\"");
        return text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
    }

    /** A logo of the test's own: a ring on a transparent ground, 400 × 240 pixels. */
    static byte[] drawLogo() throws IOException {
        BufferedImage image = new BufferedImage(400, 240, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x7A1F2B));
        g.setStroke(new BasicStroke(30f));
        g.draw(new Ellipse2D.Double(40, 40, 160, 160));
        g.fillRect(240, 60, 120, 120);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    // ------------------------------------------------------------------ the PDF

    @Test
    void theLogoIsAnImageOnTheCoverTaggedAsAFigureWithAltTextAndAnArtifactInTheHeader() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDImageXObject cover = images(d.getPage(0)).get(0);
            assertEquals(400, cover.getWidth());
            assertEquals(240, cover.getHeight());
            // The cover's logo is the first Figure, with its alt text; the four charts follow it (the third, of
            // the months, a line chart).
            List<String> figures = figures(d);
            assertEquals("Ekeby kommun logotyp", figures.get(0), figures.toString());
            assertEquals(5, figures.size(), figures.toString());
            assertEquals(List.of(true, true, false, true), figures.subList(1, 5).stream()
                    .map(f -> f.startsWith("Liggande stapeldiagram: ")).toList(), figures.toString());
            assertTrue(figures.get(3).startsWith("Linjediagram: "), figures.toString());
            // From page 2 the logo stands in the header, as decoration: drawn inside an artifact.
            PDPage second = d.getPage(2);
            assertEquals(1, images(second).size());
            assertEquals(List.of(true), imagesDrawnInArtifacts(second));
            assertEquals(List.of(false), imagesDrawnInArtifacts(d.getPage(0)), "the cover's logo is content");
        }
    }

    @Test
    void theFontIsEmbeddedAndNoOtherTextFontIsUsed() throws IOException {
        Set<String> fonts = new TreeMapSet();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage page : d.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    assertTrue(f.isEmbedded(), f.getName());
                    fonts.add(f.getName().substring(f.getName().indexOf('+') + 1));
                }
            }
        }
        assertEquals(Set.of("LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"), fonts);
    }

    @Test
    void theColoursAreDrawnInThePdf() throws IOException {
        Set<String> fills = new HashSet<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PDPage page : d.getPages()) {
                fills.addAll(colours(page, "rg"));
                fills.addAll(colours(page, "RG"));
            }
        }
        assertTrue(fills.contains(HEADING), "headings: " + fills);
        assertTrue(fills.contains(ACCENT), "the cover's rule and the bullets: " + fills);
        assertTrue(fills.contains(TABLE_HEADER), "table header shading: " + fills);
        assertTrue(fills.contains(TABLE_HEADER_TEXT), "table header text: " + fills);
        assertTrue(fills.contains(CHART_1) && fills.contains(CHART_2), "the charts' two series: " + fills);
        assertFalse(fills.contains("1F3864"), "no standard blue left: " + fills);
        assertFalse(fills.contains("6F95C2"), "no standard chart blue left: " + fills);
        assertFalse(fills.contains("DCE4EE"), "no standard header shading left: " + fills);
    }

    @Test
    void theMarginsAreTheHouseStyles() throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            float left = Float.MAX_VALUE;
            float top = Float.MAX_VALUE;
            for (int p = 2; p < d.getNumberOfPages(); p++) {
                float[] box = textBox(d, p);
                left = Math.min(left, box[0]);
                top = Math.min(top, box[1]);
            }
            assertEquals(LEFT_MARGIN, left, 0.3f, "the body text starts at the left margin");
            // The running header stands in the top margin, the body below it.
            assertTrue(top < TOP_MARGIN, "header in the margin: " + top);
            assertEquals(595.28f, d.getPage(0).getMediaBox().getWidth(), 0.1f);
        }
    }

    @Test
    void theCoverShowsWhatTheHouseStyleSaysWhereItSaysIt() throws IOException {
        PdfDoc doc = PdfDoc.read(pdf);
        List<String> cover = doc.page(1);
        assertEquals(List.of("Ekeby kommun", "Delårsrapport augusti 2025", "Vård- och omsorgsnämnden", "2025-09-23",
                "Dnr 2025.112 VON"), cover, "förvaltningen is not on this cover; the kommun stands with the logo");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            float[] box = textBox(d, 0);
            // The foot ends above the bottom margin (25 mm) by the room Word's page break needs.
            float bottomMargin = (float) (25 * 72 / 25.4);
            assertTrue(box[3] > 842 - bottomMargin - 40 && box[3] < 842 - bottomMargin, "foot at " + box[3]);
        }
    }

    @Test
    void theLetterheadPutsTheLogoAtTheRight() throws IOException {
        try (PDDocument d = Loader.loadPDF(letterPdf)) {
            PDPage first = d.getPage(0);
            assertEquals(1, images(first).size(), "the letterhead's logo; no header logo on a letter's first page");
            float x = imageX(first);
            assertTrue(x > LEFT_MARGIN + 200, "in the right column: " + x);
            assertEquals(List.of("Ekeby kommun logotyp"), figures(d));
        }
        List<String> first = PdfDoc.read(letterPdf).page(1);
        assertEquals("Ekeby kommun", first.get(0).substring(0, "Ekeby kommun".length()), first.toString());
    }

    @Test
    void thePdfStaysArchivalAndAccessible() throws IOException {
        for (byte[] file : List.of(pdf, letterPdf)) {
            assertEquals(List.of(), VeraPdf.validate(file, List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1))
                    .values().stream().flatMap(List::stream).toList());
        }
    }

    @Test
    void thePdfCarriesTheHouseStyleBesideTheWorkbook() throws IOException {
        Map<String, String> attached = new TreeMap<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            var tree = d.getDocumentCatalog().getNames().getEmbeddedFiles();
            for (var spec : tree.getNames().values()) {
                PDComplexFileSpecification f = spec;
                attached.put(f.getFilename(), f.getEmbeddedFile().getSubtype());
            }
        }
        Map<String, String> expected = new TreeMap<>(Map.of(
                "delarsrapport-augusti-2025.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "husstil.ini", "text/plain", "ekeby-vapen.png", "image/png",
                "Serif-Regular.ttf", "font/ttf", "Serif-Bold.ttf", "font/ttf", "Serif-Italic.ttf", "font/ttf",
                "Serif-BoldItalic.ttf", "font/ttf"));
        assertEquals(expected, attached, "the kommun's files; not the standard ones it left unused");
    }

    // ------------------------------------------------------------------ the Word file

    @Test
    void theWordFileHasTheLogoAsARealPictureWithAltText() throws IOException {
        try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<XWPFPictureData> pictures = w.getAllPictures();
            assertEquals(1, pictures.size(), "one media part, however often the logo is shown");
            assertArrayEquals(logo, pictures.get(0).getData(), "the kommun's PNG as it is");
            assertEquals("image/png", pictures.get(0).getPackagePart().getContentType());
            String body = w.getDocument().xmlText();
            assertTrue(body.contains("descr=\"Ekeby kommun logotyp\""), "alt text on the cover's picture");
            XWPFHeader header = w.getHeaderList().stream().filter(h -> !h.getAllPictures().isEmpty()).findFirst()
                    .orElseThrow(() -> new AssertionError("no header with the logo"));
            assertArrayEquals(logo, header.getAllPictures().get(0).getData());
            assertTrue(header._getHdrFtr().xmlText().contains("decorative"), "the header's logo is decoration");
        }
        try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(letterDocx))) {
            assertTrue(w.getDocument().xmlText().contains("descr=\"Ekeby kommun logotyp\""), "the letterhead's logo");
        }
    }

    @Test
    void theWordStylesHaveTheColoursFontAndMargins() throws IOException {
        try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(HEADING, color(w, "Heading1"));
            assertEquals(HEADING, color(w, "Title"));
            assertEquals(TABLE_HEADER_TEXT, color(w, "TableHeading"));
            String styles = w.getStyles().getCtStyles().xmlText();
            assertTrue(styles.contains("w:ascii=\"Liberation Serif\""), "the font's own family name");
            assertFalse(styles.contains("Arial"), "not the standard font");
            assertTrue(styles.contains("w:color=\"" + ACCENT + "\""), "the cover's rule in the accent colour");
            var pgMar = w.getDocument().getBody().getSectPr().getPgMar();
            assertEquals("1701", pgMar.getLeft().toString(), "30 mm in twips");
            assertEquals("1587", pgMar.getTop().toString(), "28 mm in twips");
            assertEquals("794", pgMar.getHeader().toString(), "the header in the middle of the top margin");
            String body = w.getDocument().xmlText();
            assertTrue(body.contains("w:fill=\"" + TABLE_HEADER + "\""), "table header shading");
        }
    }

    @Test
    void theWordChartsHaveTheHouseStylesColoursAndFont() throws IOException {
        try (XWPFDocument w = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertEquals(4, w.getCharts().size());
            for (var chart : w.getCharts()) {
                String xml = chart.getCTChartSpace().xmlText();
                assertTrue(xml.contains("typeface=\"Liberation Serif\""), "the house style's font: " + chart);
                assertFalse(xml.contains("Arial"), "not the standard font");
                assertFalse(xml.contains("1F3864") || xml.contains("6F95C2"), "no standard series colour");
            }
            // Budget och prognos: Budget (the first series, hatched) and Prognos (the second, filled).
            var bars = w.getCharts().get(1).getCTChart().getPlotArea().getBarChartArray(0).getSerList();
            assertEquals(CHART_1, rgb(bars.get(0).getSpPr().getPattFill().getFgClr().getSrgbClr().getVal()));
            assertEquals(CHART_2, rgb(bars.get(1).getSpPr().getSolidFill().getSrgbClr().getVal()));
            // Avvikelse per verksamhet: one series, the first colour.
            // Ackumulerat utfall: this year's line the first colour, last year's the second.
            var lines = w.getCharts().get(2).getCTChart().getPlotArea().getLineChartArray(0).getSerList();
            assertEquals(CHART_1, rgb(lines.get(0).getSpPr().getLn().getSolidFill().getSrgbClr().getVal()));
            assertEquals(CHART_2, rgb(lines.get(1).getSpPr().getLn().getSolidFill().getSrgbClr().getVal()));
            var avvikelse = w.getCharts().get(3).getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
            assertEquals(CHART_1, rgb(avvikelse.getSpPr().getSolidFill().getSrgbClr().getVal()));
        }
    }

    static String rgb(byte[] v) {
        return String.format("%02X%02X%02X", v[0], v[1], v[2]);
    }

    // ------------------------------------------------------------------ the archive

    @Test
    void theManifestRecordsEveryFileOfTheHouseStyle() throws IOException {
        String manifest = new String(delarsrapport.bytes(delarsrapport.name("manifest-", ".json")), StandardCharsets.UTF_8);
        assertTrue(manifest.contains("\"standard\" : false"), manifest);
        for (String file : List.of("husstil.ini", "ekeby-vapen.png", "Serif-Regular.ttf", "Serif-BoldItalic.ttf")) {
            assertTrue(manifest.contains("\"file\" : \"" + file + "\",\n        \"sha256\" : \""
                    + Sha.of(style.resolve(file)) + "\""), file + " in " + manifest);
        }
    }

    @Test
    void theSameBytesFromACopyOfTheHouseStyleElsewhere() throws IOException {
        Path copy = Files.createDirectories(dir.resolve("kopia").resolve("annan-mapp"));
        try (Stream<Path> files = Files.list(style)) {
            for (Path f : files.toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        Generated again = Generated.of(Examples.DELARSRAPPORT, dir.resolve("ut-igen"), "--husstil", copy.toString());
        DeterminismTest.assertSameFiles(delarsrapport.files(), again.files(), "with a custom house style");
    }

    @Test
    void theArchivedPdfAloneMakesTheDocumentsAgainAfterTheHouseStyleIsGone() throws IOException {
        // The archive: the documents and their manifest; the house style folder they were made with is gone.
        Path archive = delarsrapport.folder();
        deleteTree(used);
        assertFalse(Files.exists(used));
        String pdfName = delarsrapport.name("delarsrapport-", ".pdf");

        Cli.Run noStyle = Cli.run("verify", Examples.DELARSRAPPORT.toString(), archive.toString());
        assertEquals(2, noStyle.status(), noStyle.all());
        assertTrue(noStyle.err().contains("Ange den med --husstil MAPP; extract tar ut den"), noStyle.err());

        Path out = dir.resolve("uttaget");
        Cli.Run extract = Cli.run("extract", archive.resolve(pdfName).toString(), out.toString());
        assertEquals(0, extract.status(), extract.all());
        String base = pdfName.substring(0, pdfName.length() - ".pdf".length());
        Path workbook = out.resolve(base + "-arbetsbok.xlsx");
        Path extracted = out.resolve(base + "-husstil");
        assertTrue(extract.out().contains("--husstil " + extracted), extract.out());
        for (String f : List.of("husstil.ini", "ekeby-vapen.png", "Serif-Regular.ttf", "Serif-Bold.ttf",
                "Serif-Italic.ttf", "Serif-BoldItalic.ttf")) {
            assertArrayEquals(Files.readAllBytes(style.resolve(f)), Files.readAllBytes(extracted.resolve(f)), f);
        }
        Cli.Run verify = Cli.run("verify", workbook.toString(), archive.toString(), "--husstil", extracted.toString());
        assertEquals(0, verify.status(), verify.all());
        assertTrue(verify.out().contains("Alla 4 filer är identiska"), verify.out());
        assertFalse(verify.out().contains("har ändrats"), verify.out());
    }

    @Test
    void aFolderWithTheStandardFilesCarriesOnlyItsSettings() throws IOException {
        Path standard = dir.resolve("standard-husstil");
        assertEquals(0, Cli.run("husstil", standard.toString()).status());
        Generated g = Generated.of(Examples.TJANSTESKRIVELSE, dir.resolve("ut-standard"), "--husstil", standard.toString());
        Set<String> attached = new LinkedHashSet<>();
        try (PDDocument d = Loader.loadPDF(g.bytes(g.name("tjansteskrivelse-", ".pdf")))) {
            d.getDocumentCatalog().getNames().getEmbeddedFiles().getNames().values()
                    .forEach(f -> attached.add(f.getFilename()));
        }
        assertEquals(Set.of("tjansteskrivelse-handlingsplan-2025.xlsx", "husstil.ini"), attached,
                "the standard logo and fonts are in every copy of this version; they do not travel");
        // extract gives the whole folder back all the same.
        Path out = dir.resolve("uttaget-standard");
        Cli.Run extract = Cli.run("extract", g.folder().resolve(g.name("tjansteskrivelse-", ".pdf")).toString(),
                out.toString());
        assertEquals(0, extract.status(), extract.all());
        try (Stream<Path> files = Files.list(out.resolve("tjansteskrivelse-vard-och-omsorgsnamnden-2025-husstil"))) {
            assertEquals(List.of("LiberationSans-Bold.ttf", "LiberationSans-BoldItalic.ttf", "LiberationSans-Italic.ttf",
                    "LiberationSans-LICENSE.txt", "LiberationSans-Regular.ttf", "husstil.ini", "logotyp.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    // ------------------------------------------------------------------ bad house styles

    @Test
    void aPdfWhoseHouseStyleIsDamagedGivesNothingOut() throws IOException {
        // The PDF's streams are stored uncompressed: the settings stand in it as text.
        String latin1 = new String(pdf, StandardCharsets.ISO_8859_1);
        String good = "rubrik = #" + HEADING;
        assertTrue(latin1.contains(good));
        byte[] damaged = latin1.replace(good, "rubrik = #7A1F2X").getBytes(StandardCharsets.ISO_8859_1);
        Path folder = Files.createDirectories(dir.resolve("skadad"));
        Path file = Files.write(folder.resolve("skadad.pdf"), damaged);
        Cli.Run run = Cli.run("extract", file.toString(), folder.resolve("ut").toString());
        assertEquals(1, run.status(), run.all());
        run.assertNoStackTrace();
        assertTrue(run.err().startsWith(file + ": husstilen som PDF:en bär går inte att använda: husstil.ini i PDF:en, "
                + "rad "), run.err());
        assertTrue(run.err().contains("[färger] rubrik: \"#7A1F2X\" är ingen färg") && run.err().endsWith(
                ". Ingen fil skrevs.\n"), run.err());
        assertFalse(Files.exists(folder.resolve("ut")), "nothing written");
    }

    @Test
    void aBadHouseStyleIsAnErrorInTheCommandWithTheFileAndLineAndNothingIsWritten() throws IOException {
        Path bad = dir.resolve("fel-husstil");
        Cli.run("husstil", bad.toString());
        Files.writeString(bad.resolve("husstil.ini"), "[färger]\nrubrik = mörkröd\n", StandardCharsets.UTF_8);
        String expected = "Husstilen kan inte användas: " + bad.resolve("husstil.ini") + ", rad 2: [färger] rubrik: "
                + "\"mörkröd\" är ingen färg; skriv sex hexadecimala siffror, till exempel #1F3864, eller rgb(31, 56, 100)\n";
        Cli.Run check = Cli.run("check", Examples.DELARSRAPPORT.toString(), "--husstil", bad.toString());
        assertEquals(2, check.status(), check.all());
        assertEquals(expected, check.err());
        check.assertNoStackTrace();
        Path out = dir.resolve("ut-fel");
        Cli.Run generate = Cli.run("generate", Examples.DELARSRAPPORT.toString(), "--out", out.toString(),
                "--husstil", bad.toString());
        assertEquals(2, generate.status(), generate.all());
        assertEquals(expected + "Inga filer skrevs.\n", generate.err());
        assertFalse(Files.exists(out), "nothing written");
        Cli.Run none = Cli.run("check", Examples.DELARSRAPPORT.toString(), "--husstil", dir.resolve("saknas").toString());
        assertEquals(2, none.status());
        assertTrue(none.err().startsWith("Husstilen kan inte användas: " + dir.resolve("saknas") + ": mappen finns inte"),
                none.err());
    }

    @Test
    void theHusstilCommandWritesTheStandardOnceThenChecksIt() throws IOException {
        Path folder = dir.resolve("ny");
        Cli.Run first = Cli.run("husstil", folder.toString());
        assertEquals(0, first.status(), first.all());
        assertTrue(first.out().contains("Skrev " + folder.resolve("husstil.ini")), first.out());
        Cli.Run again = Cli.run("husstil", folder.toString());
        assertEquals(0, again.status(), again.all());
        assertTrue(again.out().startsWith(folder + " har redan en husstil; ingenting skrevs. Den går att använda"),
                again.out());
        Files.writeString(folder.resolve("husstil.ini"), "[marginaler]\nvänster = 5 mm\n", StandardCharsets.UTF_8);
        Cli.Run broken = Cli.run("husstil", folder.toString());
        assertEquals(2, broken.status());
        assertEquals("Husstilen kan inte användas: " + folder.resolve("husstil.ini") + ", rad 2: [marginaler] vänster: "
                + "5\u00A0mm är utanför det tillåtna; skriv från 10\u00A0mm till 60\u00A0mm\n", broken.err());
        // A folder with a logo of the kommun's own under the standard name is not overwritten.
        Path own = Files.createDirectories(dir.resolve("egen-logotyp"));
        Files.write(own.resolve("logotyp.png"), logo);
        Cli.Run refused = Cli.run("husstil", own.toString());
        assertEquals(2, refused.status());
        assertArrayEquals(logo, Files.readAllBytes(own.resolve("logotyp.png")));
        assertFalse(Files.exists(own.resolve("husstil.ini")), "nothing written");
    }

    // ------------------------------------------------------------------ helpers

    /** The colour a Word style gives its text. */
    static String color(XWPFDocument w, String styleId) {
        var rPr = w.getStyles().getStyle(styleId).getCTStyle().getRPr();
        return rPr.getColorArray(0).xgetVal().getStringValue();
    }

    /** A set that keeps its order of names sorted, for messages. */
    static final class TreeMapSet extends java.util.TreeSet<String> {
        private static final long serialVersionUID = 1L;
    }

    static Path copyOf(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return to;
    }

    static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static List<PDImageXObject> images(PDPage page) throws IOException {
        List<PDImageXObject> out = new ArrayList<>();
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                out.add(image);
            }
        }
        return out;
    }

    /** The alt texts of the Figure elements, in order. */
    static List<String> figures(PDDocument d) {
        List<String> out = new ArrayList<>();
        Deque<Object> todo = new ArrayDeque<>(d.getDocumentCatalog().getStructureTreeRoot().getKids());
        while (!todo.isEmpty()) {
            Object o = todo.pop();
            if (o instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    out.add(e.getAlternateDescription());
                }
                List<Object> kids = e.getKids();
                for (int i = kids.size() - 1; i >= 0; i--) {
                    todo.push(kids.get(i));
                }
            } else if (o instanceof PDStructureNode n) {
                n.getKids().forEach(todo::push);
            }
        }
        return out;
    }

    /** For each image drawn on the page, whether it is drawn inside an artifact. */
    static List<Boolean> imagesDrawnInArtifacts(PDPage page) throws IOException {
        List<Boolean> out = new ArrayList<>();
        Deque<Boolean> marked = new ArrayDeque<>();
        PDFStreamParser parser = new PDFStreamParser(page);
        List<COSBase> operands = new ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op) {
                switch (op.getName()) {
                    case "BDC", "BMC" -> marked.push(!operands.isEmpty() && operands.get(0) instanceof COSName n
                            && n.getName().equals("Artifact") || marked.contains(true));
                    case "EMC" -> marked.pop();
                    case "Do" -> {
                        COSName name = (COSName) operands.get(0);
                        if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                            out.add(marked.contains(true));
                        }
                    }
                    default -> {
                    }
                }
                operands.clear();
            } else if (token instanceof COSBase b) {
                operands.add(b);
            }
        }
        return out;
    }

    /** The x of the image drawn on the page (from its transformation matrix). */
    static float imageX(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        List<COSBase> operands = new ArrayList<>();
        float x = -1;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op) {
                if (op.getName().equals("cm") && operands.size() == 6) {
                    x = ((COSNumber) operands.get(4)).floatValue();
                }
                if (op.getName().equals("Do")) {
                    return x;
                }
                operands.clear();
            } else if (token instanceof COSBase b) {
                operands.add(b);
            }
        }
        return x;
    }

    /** The colours the page sets with the operator (rg fill, RG stroke), as six hex digits. */
    static Set<String> colours(PDPage page, String operator) throws IOException {
        return PdfColours.set(page, operator);
    }

    /** The smallest x and y (from the top) and the largest x and y of the text on a page (0-based). */
    static float[] textBox(PDDocument d, int page) throws IOException {
        float[] box = {Float.MAX_VALUE, Float.MAX_VALUE, 0, 0};
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                for (TextPosition t : positions) {
                    if (t.getUnicode().isBlank()) {
                        continue;
                    }
                    box[0] = Math.min(box[0], t.getXDirAdj());
                    box[1] = Math.min(box[1], t.getYDirAdj() - t.getHeightDir());
                    box[2] = Math.max(box[2], t.getXDirAdj() + t.getWidthDirAdj());
                    box[3] = Math.max(box[3], t.getYDirAdj());
                }
            }
        };
        stripper.setStartPage(page + 1);
        stripper.setEndPage(page + 1);
        stripper.getText(d);
        return box;
    }
}
