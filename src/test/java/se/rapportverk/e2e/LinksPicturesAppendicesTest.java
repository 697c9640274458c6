package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import se.rapportverk.render.pdf.VeraPdf;
import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;

/**
 * Issue 9, item 3, as readers get it: the web and e-mail addresses of the workbook's texts are links,
 * its organisation chart (sheet Bilder) a picture with its alternative text, and its appendices (sheet
 * Bilagor) stand after the main text, under "Bilagor" in the delårsrapport's contents and as headings
 * of their own and in Beslutsunderlag in the tjänsteskrivelse. The examples are generated through the
 * CLI and read back with PDFBox and POI; every expected value is written here by hand from the example
 * workbooks' cells (src/test/java/se/rapportverk/examples/DelarsrapportTexter.java).
 */
class LinksPicturesAppendicesTest {

    static final String DR_PDF = "delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf";
    static final String DR_DOCX = "delarsrapport-vard-och-omsorgsnamnden-2025-08.docx";
    static final String TS = "tjansteskrivelse-vard-och-omsorgsnamnden-2025";

    /** Texter!uppdrag-och-ansvar's two addresses and the first appendix's, as the texts write them. */
    static final List<String> SHOWN = List.of("www.ekeby.se/vard-och-omsorg", "ekonomi.von@ekeby.se",
            "www.ekeby.se/internkontroll");
    /** Where they go: a www address over https, an e-mail address as mailto. */
    static final List<String> TARGETS = List.of("https://www.ekeby.se/vard-och-omsorg", "mailto:ekonomi.von@ekeby.se",
            "https://www.ekeby.se/internkontroll");

    /** Bilder!B2. */
    static final String ALT = "Organisationsschema. Under vård- och omsorgsnämnden står vård- och "
            + "omsorgsförvaltningen med förvaltningschefen, och under förvaltningen de fem avdelningarna "
            + "myndighet, äldreomsorg, LSS och socialpsykiatri, hälsa och sjukvård samt verksamhetsstöd.";
    /** Bilder!C2. */
    static final String CAPTION = "Vård- och omsorgsförvaltningens organisation 2025.";

    static final String BILAGA_1 = "Bilaga 1: Bilaga till internkontrollplan";
    static final String BILAGA_2 = "Bilaga 2: Nämndens verksamhetsplan";
    /** The forecast methods' appendix, numbered after the sheet's. */
    static final String BILAGA_3 = "Bilaga 3: Prognosunderlag";

    static byte[] pdf;
    static byte[] docx;
    static PdfDoc doc;

    @BeforeAll
    static void generate() {
        Generated g = SharedRuns.of(Examples.DELARSRAPPORT);
        pdf = g.bytes(DR_PDF);
        docx = g.bytes(DR_DOCX);
        doc = PdfDoc.read(pdf);
    }

    // ------------------------------------------------------------------ links

    @Test
    void pdfAddressesAreLinkAnnotationsOverTheirTextOwnedByTaggedLinks() throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            List<String> uris = new ArrayList<>();
            List<Integer> pages = new ArrayList<>();
            for (int i = 0; i < pd.getNumberOfPages(); i++) {
                PDPage page = pd.getPage(i);
                for (PDAnnotation a : page.getAnnotations()) {
                    if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        int n = uris.size();
                        uris.add(uri.getURI());
                        pages.add(i + 1);
                        assertEquals(n < TARGETS.size() && TARGETS.get(n).startsWith("mailto:")
                                ? "E-post till ekonomi.von@ekeby.se" : "Länk till " + uri.getURI(), a.getContents());
                        if (n < SHOWN.size()) {
                            assertTrue(textUnder(page, a).contains(SHOWN.get(n)), textUnder(page, a));
                        }
                    }
                }
            }
            assertEquals(TARGETS, uris);
            int section2 = doc.pageOfLine(CAPTION);
            assertEquals(List.of(section2, section2, doc.pageOfLine(BILAGA_1)), pages,
                    "each link on the page of its text: two under Uppdrag och ansvar, one in Bilaga 1");
            assertEquals(TARGETS, linkedFromLinkElements(pd.getDocumentCatalog().getStructureTreeRoot()),
                    "every annotation is owned by a Link structure element");
        }
    }

    /** The text on the page within the annotation's rectangle (a little taller, for the descenders). */
    private static String textUnder(PDPage page, PDAnnotation a) throws IOException {
        PDFTextStripperByArea area = new PDFTextStripperByArea();
        var r = a.getRectangle();
        float top = page.getMediaBox().getHeight() - r.getUpperRightY();
        area.addRegion("a", new Rectangle2D.Float(r.getLowerLeftX() - 1, top - 1, r.getWidth() + 2, r.getHeight() + 2));
        area.extractRegions(page);
        return area.getTextForRegion("a").strip();
    }

    /** The URIs of the link annotations that Link structure elements own, in the structure's order. */
    private static List<String> linkedFromLinkElements(PDStructureNode node) {
        List<String> found = new ArrayList<>();
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (e.getStructureType().equals("Link")) {
                    for (Object k : e.getKids()) {
                        if (k instanceof PDObjectReference ref && ref.getReferencedObject() instanceof PDAnnotationLink l
                                && l.getAction() instanceof PDActionURI uri) {
                            found.add(uri.getURI());
                        }
                    }
                }
                found.addAll(linkedFromLinkElements(e));
            }
        }
        return found;
    }

    @Test
    void docxAddressesAreHyperlinksWithExternalRelationships() throws IOException {
        try (XWPFDocument d = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            List<String> targets = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            String ns = "declare namespace w='" + DocxDoc.W + "' declare namespace r='http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships' ";
            // The contents' entries are hyperlinks too, to bookmarks (w:anchor); the addresses have relationships.
            for (XmlObject h : d.getDocument().selectPath(ns + ".//w:hyperlink[@r:id]")) {
                String id = h.getDomNode().getAttributes().getNamedItemNS(
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id").getNodeValue();
                PackageRelationship rel = d.getPackagePart().getRelationship(id);
                assertEquals(TargetMode.EXTERNAL, rel.getTargetMode());
                assertEquals("http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                        rel.getRelationshipType());
                targets.add(rel.getTargetURI().toString());
                StringBuilder sb = new StringBuilder();
                for (XmlObject t : h.selectPath(ns + ".//w:t")) {
                    sb.append(t.getDomNode().getFirstChild().getNodeValue());
                }
                texts.add(sb.toString());
                assertEquals(1, h.selectPath(ns + ".//w:rStyle[@w:val='Hyperlink']").length, "Word's Hyperlink style");
            }
            assertEquals(TARGETS, targets);
            assertEquals(SHOWN, texts);
        }
    }

    // ------------------------------------------------------------------ the picture

    @Test
    void pdfPictureIsATaggedFigureWithItsAltTextBetweenItsParagraphs() throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            List<PDStructureElement> figures = new ArrayList<>();
            figures(pd.getDocumentCatalog().getStructureTreeRoot(), figures);
            List<PDStructureElement> chart = figures.stream().filter(f -> ALT.equals(f.getAlternateDescription())).toList();
            assertEquals(1, chart.size(), "the organisation chart is one Figure with Bilder!B2 as Alt: " + figures.stream()
                    .map(PDStructureElement::getAlternateDescription).toList());
            int page = doc.pageOfLine(CAPTION);
            assertEquals(page, pd.getPages().indexOf(chart.get(0).getPage()) + 1, "the Figure is on its caption's page");
            // The image: organisation.png, 1800 × 780 pixels, drawn on that page.
            List<String> images = new ArrayList<>();
            PDPage p = pd.getPage(page - 1);
            for (COSName name : p.getResources().getXObjectNames()) {
                PDXObject x = p.getResources().getXObject(name);
                if (x instanceof PDImageXObject im) {
                    images.add(im.getWidth() + "×" + im.getHeight());
                }
            }
            assertTrue(images.contains("1800×780"), images.toString());
        }
        // Where the text's [bild: Organisation] line stands: after the paragraph before it, the caption under it.
        Texts.assertInOrder(doc.body("Vård- och omsorgsnämnden – Delårsrapport augusti 2025"), List.of(
                "2 Uppdrag och ansvar", "Förvaltningen har drygt 1" + Sv.NBSP + "700 medarbetare.", CAPTION,
                "Den nya socialtjänstlagen gäller från den 1 juli 2025.", "3 Väsentliga händelser"));
    }

    private static void figures(PDStructureNode node, List<PDStructureElement> found) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (e.getStructureType().equals("Figure")) {
                    found.add(e);
                }
                figures(e, found);
            }
        }
    }

    @Test
    void docxPictureIsTheWorkbooksFileWithItsDescriptionAndCaption() throws IOException {
        byte[] png;
        try (InputStream in = getClass().getResourceAsStream("/se/rapportverk/examples/organisation.png")) {
            png = in.readAllBytes();
        }
        try (XWPFDocument d = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            List<XWPFPictureData> pictures = d.getAllPictures().stream()
                    .filter(p -> java.util.Arrays.equals(p.getData(), png)).toList();
            assertEquals(1, pictures.size(), "the PNG placed over Bilder's row, stored as it is");
            assertEquals("image/png", pictures.get(0).getPackagePart().getContentType());
            List<String> descr = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (XmlObject p : d.getDocument().selectPath("declare namespace wp='http://schemas.openxmlformats.org/"
                    + "drawingml/2006/wordprocessingDrawing' .//wp:inline/wp:docPr")) {
                var attrs = p.getDomNode().getAttributes();
                descr.add(attrs.getNamedItem("descr") == null ? "" : attrs.getNamedItem("descr").getNodeValue());
                names.add(attrs.getNamedItem("name").getNodeValue());
            }
            int at = descr.indexOf(ALT);
            assertTrue(at >= 0, "a drawing with Bilder!B2 as its description: " + descr);
            assertEquals("Organisation", names.get(at), "named by Bilder!A2");
            // The paragraph after the picture's is its caption, in the caption style.
            List<IBodyElement> body = d.getBodyElements();
            int picture = -1;
            for (int i = 0; i < body.size(); i++) {
                if (body.get(i) instanceof XWPFParagraph p && p.getCTP().xmlText().contains("wp:inline")
                        && p.getCTP().xmlText().contains(ALT.substring(0, 40))) {
                    picture = i;
                }
            }
            assertTrue(picture > 0, "the picture's paragraph");
            XWPFParagraph caption = (XWPFParagraph) body.get(picture + 1);
            assertEquals(CAPTION, caption.getText());
            assertEquals("PictureCaption", caption.getStyleID());
            assertEquals("Förvaltningen har drygt 1" + Sv.NBSP + "700 medarbetare.", lastSentence(((XWPFParagraph) body.get(picture - 1))
                    .getText()));
        }
    }

    private static String lastSentence(String paragraph) {
        String[] sentences = paragraph.split("(?<=\\.) ");
        return sentences[sentences.length - 1];
    }

    // ------------------------------------------------------------------ appendices

    @Test
    void pdfAppendicesFollowTheMainTextEachOnItsOwnPageUnderBilagor() {
        // The contents: "Bilagor" after 10 Internkontroll, each appendix under it with its page.
        List<PdfDoc.TocEntry> toc = doc.toc();
        List<String> titles = toc.stream().map(PdfDoc.TocEntry::title).toList();
        assertEquals(List.of("10 Internkontroll", "Bilagor", BILAGA_1, BILAGA_2, BILAGA_3),
                titles.subList(titles.size() - 5, titles.size()));
        int bilagor = doc.pageOfLine("Bilagor", 3);
        int first = doc.pageOfLine(BILAGA_1, 3);
        int second = doc.pageOfLine(BILAGA_2, 3);
        int third = doc.pageOfLine(BILAGA_3, 3);
        assertEquals(List.of(bilagor, first, second, third), toc.subList(toc.size() - 4, toc.size()).stream()
                .map(PdfDoc.TocEntry::page).toList(), "the contents give the pages the headings stand on");
        assertEquals(bilagor, first, "Bilaga 1 opens the page that Bilagor heads");
        assertEquals(first + 1, second, "each appendix on a new page");
        assertEquals(second + 1, third, "Prognosunderlag after the sheet's appendices, on a new page");
        assertTrue(doc.pageOfLine("10 Internkontroll", 3) < bilagor, "after the main text");
        // Bookmarks: Bilagor at the first level, the appendices below it.
        List<PdfDoc.Bookmark> outline = doc.outline;
        int at = outline.indexOf(new PdfDoc.Bookmark(1, "Bilagor", bilagor));
        assertTrue(at > 0, outline.toString());
        assertEquals(List.of(new PdfDoc.Bookmark(1, "Bilagor", bilagor), new PdfDoc.Bookmark(2, BILAGA_1, first),
                new PdfDoc.Bookmark(3, "Så har kontrollerna genomförts", first), new PdfDoc.Bookmark(2, BILAGA_2, second),
                new PdfDoc.Bookmark(2, BILAGA_3, third)), outline.subList(at, at + 5),
                "the ### in Bilaga 1's text one level below it");
        // Each appendix: its heading, its text, its file's name without the folder.
        Texts.assertInOrder(String.join("\n", doc.page(first)), List.of("Bilagor", BILAGA_1,
                "Bilagan redovisar hur kontrollerna", "Så har kontrollerna genomförts",
                "Internkontrollplanen finns på www.ekeby.se/internkontroll.",
                "Fil: Internkontrollplan 2025 vård- och omsorgsnämnden.pdf"));
        Texts.assertInOrder(String.join("\n", doc.page(second)), List.of(BILAGA_2,
                "Verksamhetsplanen beskriver hur nämnden arbetar",
                "Fil: Verksamhetsplan 2025 vård- och omsorgsnämnden.pdf"));
        assertTrue(doc.lines().stream().noneMatch(l -> l.contains("bilagor/")), "no folder in the document");
    }

    @Test
    void docxAppendicesAreHeadingsAfterAPageBreakInTheContentsField() throws IOException {
        DocxDoc d = DocxDoc.read(docx);
        List<DocxDoc.Para> headings = d.headings();
        List<String> last = headings.subList(headings.size() - 5, headings.size()).stream()
                .map(h -> h.style() + ": " + h.text()).toList();
        assertEquals(List.of("Heading1: Bilagor", "Heading2: " + BILAGA_1,
                "Heading3NotInToc: Så har kontrollerna genomförts", "Heading2: " + BILAGA_2, "Heading2: " + BILAGA_3),
                last);
        List<String> toc = d.paragraphs.stream().filter(p -> p.style().matches("TOC\\d"))
                .map(p -> p.style() + ": " + p.text().split("\t")[0]).toList();
        assertEquals(List.of("TOC1: Bilagor", "TOC2: " + BILAGA_1, "TOC2: " + BILAGA_2, "TOC2: " + BILAGA_3),
                toc.subList(toc.size() - 4, toc.size()));
        List<String> texts = d.paragraphs.stream().map(DocxDoc.Para::text).toList();
        int bilagor = texts.lastIndexOf("Bilagor");
        int first = texts.indexOf(BILAGA_1);
        int second = texts.indexOf(BILAGA_2);
        assertEquals(bilagor + 1, first);
        assertTrue(texts.subList(first, second).contains("Fil: Internkontrollplan 2025 vård- och omsorgsnämnden.pdf"));
        int third = texts.indexOf(BILAGA_3);
        assertEquals("Fil: Verksamhetsplan 2025 vård- och omsorgsnämnden.pdf", texts.subList(second, third).stream()
                .filter(t -> !t.isBlank()).reduce((x, y) -> y).orElseThrow(), "the file ends Bilaga 2");
        // A page break before "Bilagor" and before Bilaga 2 (an empty paragraph with a page break).
        try (XWPFDocument w = new XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            List<XWPFParagraph> ps = w.getParagraphs();
            for (String heading : List.of("Bilagor", BILAGA_2, BILAGA_3)) {
                int at = -1;
                for (int i = 0; i < ps.size(); i++) {
                    if (ps.get(i).getText().equals(heading)) {
                        at = i;
                    }
                }
                assertTrue(ps.get(at - 1).getCTP().xmlText().contains("w:type=\"page\""), "page break before " + heading);
            }
        }
    }

    @Test
    void tjansteskrivelseListsItsAppendixInBeslutsunderlagAndShowsItAfterTheLetter() {
        Generated g = SharedRuns.of(Examples.TJANSTESKRIVELSE);
        PdfDoc ts = PdfDoc.read(g.pdf(TS));
        String bilaga = "Bilaga 1: Arbetsgrupp för handlingsplanen";
        String body = ts.body("Vård- och omsorgsnämnden – Uppföljning av handlingsplan personlig assistans");
        // Beslutsunderlag: the Ärende sheet's items, then the appendix, as the last item before Förslag till beslut.
        Texts.assertInOrder(body, List.of("Beslutsunderlag", "• Tjänsteskrivelse daterad 2025-09-09", "• " + bilaga,
                "Förslag till beslut", "Beslutet skickas till", "• Akten", bilaga, "Styrgrupp", "• Förvaltningschef",
                "Arbetsgrupp", "• Samordnare för schemaläggning och bemanning"));
        int page = ts.pageOfLine(bilaga, ts.pageOfLine("Förslag till beslut"));
        assertEquals(ts.pageCount(), page, "the appendix is last");
        assertTrue(ts.pageOfLine("Beslutet skickas till") < page, "on a page of its own");
        assertEquals(bilaga, ts.page(page).get(1), "its heading opens the page, below the running header");
        assertTrue(ts.outline.contains(new PdfDoc.Bookmark(1, bilaga, page)), ts.outline.toString());

        DocxDoc d = DocxDoc.read(g.docx(TS));
        List<String> texts = d.paragraphs.stream().map(DocxDoc.Para::text).toList();
        int underlag = texts.indexOf("Beslutsunderlag");
        int forslag = texts.indexOf("Förslag till beslut");
        assertEquals(bilaga, texts.get(forslag - 1));
        assertEquals("ListBullet", d.paragraphs.get(forslag - 1).style());
        assertTrue(underlag < forslag - 1);
        DocxDoc.Para heading = d.headings().get(d.headings().size() - 3);
        assertEquals(bilaga, heading.text());
        assertTrue(heading.style().startsWith("Heading1"), heading.style());
        assertEquals(List.of("Styrgrupp", "Arbetsgrupp"), d.headings().subList(d.headings().size() - 2,
                d.headings().size()).stream().map(DocxDoc.Para::text).toList());
    }

    /**
     * Dokument chooses the documents an appendix belongs to, and each document numbers its own from 1: a
     * workbook that makes a delårsrapport, a handlingsplan and a tjänsteskrivelse, with one appendix for
     * all, one for the delårsrapport, one for the tjänsteskrivelse and one for the plan and the letter;
     * also every document stays PDF/A-3a and PDF/UA-1 with a picture, links and appendices.
     */
    @Test
    void eachDocumentNumbersTheAppendicesThatBelongToIt(@TempDir Path dir) throws IOException {
        byte[] chart = LinksAndPictures.png(600, 300);
        WorkbookBuilder b = TestWorkbooks.withResultatrakning(TestWorkbooks.rapport())
                .sheet("Texter").row("Avsnitt", "Text")
                .row("uppdrag-och-ansvar", "Läs mer på https://www.testby.se/omsorg.\n\n[bild: Karta]")
                .row("arendebeskrivning", "Ärendet gäller delårsrapporten.")
                .sheet("Ärende").row("Typ", "Text").row("Beslutsförslag", "Nämnden godkänner delårsrapporten.")
                .row("Beslutsunderlag", "Tjänsteskrivelse daterad 2024-09-24")
                .sheet("Bilder").row("Namn", "Alt-text").row("Karta", "En karta över kommunens fyra boenden")
                .picture(1, 2, chart, 200)
                .sheet("Bilagor").row("Rubrik", "Text", "Fil", "Dokument")
                .row("Gemensam", "För båda dokumenten, med kartan igen:\n[bild: Karta]", null, null)
                .row("Bara rapporten", "Står bara i delårsrapporten.", "Underlag.pdf", "Delårsrapport")
                .row("Bara skrivelsen", "Står bara i tjänsteskrivelsen; frågor till registrator@testby.se.", null,
                        "Tjänsteskrivelse")
                .row("Planens och skrivelsens", "Står i planen och i skrivelsen.", null, "Åtgärdsplan, Tjänsteskrivelse")
                .sheet("Åtgärder").row("Åtgärd", "Effekt helår").row("Färre timvikarier", 1000);
        Path workbook = dir.resolve("arbetsbok.xlsx");
        byte[] bytes = b.build();
        Files.write(workbook, bytes);
        Files.writeString(dir.resolve("Underlag.pdf"), "%PDF-1.7");
        Path out = dir.resolve("ut");
        Cli.Run run = Cli.run("generate", workbook.toString(), "--out", out.toString());
        assertEquals(0, run.status(), run.all());
        Map<String, byte[]> files = Generated.read(out);
        byte[] rapport = files.get(files.keySet().stream().filter(n -> n.startsWith("delarsrapport-") && n.endsWith(".pdf"))
                .findFirst().orElseThrow());
        byte[] skrivelse = files.get(files.keySet().stream().filter(n -> n.startsWith("tjansteskrivelse-")
                && n.endsWith(".pdf")).findFirst().orElseThrow());
        byte[] plan = files.get(files.keySet().stream().filter(n -> n.startsWith("handlingsplan-") && n.endsWith(".pdf"))
                .findFirst().orElseThrow());
        PdfDoc r = PdfDoc.read(rapport);
        PdfDoc s = PdfDoc.read(skrivelse);
        PdfDoc h = PdfDoc.read(plan);
        List<String> hToc = h.toc().stream().map(PdfDoc.TocEntry::title).toList();
        assertEquals(List.of("Bilagor", "Bilaga 1: Gemensam", "Bilaga 2: Planens och skrivelsens"),
                hToc.subList(hToc.size() - 3, hToc.size()), "the handlingsplan's contents end with its own");
        assertTrue(s.lines().contains("Bilaga 3: Planens och skrivelsens"), s.lines().toString());
        List<String> rToc = r.toc().stream().map(PdfDoc.TocEntry::title).toList();
        assertEquals(List.of("Bilagor", "Bilaga 1: Gemensam", "Bilaga 2: Bara rapporten", "Bilaga 3: Prognosunderlag"),
                rToc.subList(rToc.size() - 4, rToc.size()));
        assertTrue(r.lines().contains("Fil: Underlag.pdf"));
        assertTrue(s.lines().contains("Bilaga 1: Gemensam") && s.lines().contains("Bilaga 2: Bara skrivelsen"),
                s.lines().toString());
        assertTrue(s.lines().stream().noneMatch(l -> l.contains("Bara rapporten")), "not the delårsrapport's");
        assertTrue(r.lines().stream().noneMatch(l -> l.contains("Bara skrivelsen")), "not the tjänsteskrivelse's");
        for (byte[] pdfFile : List.of(rapport, skrivelse, plan)) {
            Map<PDFAFlavour, List<VeraPdf.Failure>> failures =
                    VeraPdf.validate(pdfFile, List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1));
            assertEquals(List.of(), failures.get(PDFAFlavour.PDFA_3_A), "PDF/A-3a");
            assertEquals(List.of(), failures.get(PDFAFlavour.PDFUA_1), "PDF/UA-1");
        }
        try (PDDocument pd = Loader.loadPDF(skrivelse)) {
            assertEquals(List.of("mailto:registrator@testby.se"), linkedFromLinkElements(
                    pd.getDocumentCatalog().getStructureTreeRoot()));
        }
        try (PDDocument pd = Loader.loadPDF(rapport)) {
            assertEquals(List.of("https://www.testby.se/omsorg"), linkedFromLinkElements(
                    pd.getDocumentCatalog().getStructureTreeRoot()));
            List<PDStructureElement> figures = new ArrayList<>();
            figures(pd.getDocumentCatalog().getStructureTreeRoot(), figures);
            assertEquals(2, figures.stream().filter(f -> "En karta över kommunens fyra boenden".equals(
                    f.getAlternateDescription())).count(), "the map in Uppdrag och ansvar and in Bilaga 1");
        }
        // Both documents show the map (the tjänsteskrivelse in its appendix): in Word, one media part per
        // document, each drawing with an id of its own.
        for (String prefix : List.of("delarsrapport-", "tjansteskrivelse-")) {
            byte[] word = files.get(files.keySet().stream().filter(n -> n.startsWith(prefix) && n.endsWith(".docx"))
                    .findFirst().orElseThrow());
            try (XWPFDocument d = new XWPFDocument(new java.io.ByteArrayInputStream(word))) {
                assertEquals(1, d.getAllPictures().stream().filter(p -> java.util.Arrays.equals(p.getData(), chart))
                        .count(), prefix);
                List<String> ids = new ArrayList<>();
                for (XmlObject p : d.getDocument().selectPath("declare namespace wp='http://schemas.openxmlformats.org/"
                        + "drawingml/2006/wordprocessingDrawing' .//wp:docPr")) {
                    ids.add(p.getDomNode().getAttributes().getNamedItem("id").getNodeValue());
                }
                assertEquals(ids.size(), new java.util.HashSet<>(ids).size(), prefix + " drawing ids " + ids);
            }
        }
        // The same workbook without the file beside it: an error at the cell, and nothing is written.
        Files.delete(dir.resolve("Underlag.pdf"));
        Path none = dir.resolve("inget");
        Cli.Run missing = Cli.run("generate", workbook.toString(), "--out", none.toString());
        assertEquals(1, missing.status(), missing.all());
        assertTrue(missing.err().contains("Bilagor!C3: filen \"Underlag.pdf\" finns inte i mappen "
                + dir.getFileName() + ", där arbetsboken ligger."), missing.err());
        assertTrue(!Files.exists(none) || Generated.read(none).isEmpty(), "no document is written");
        assertArrayEquals(bytes, Files.readAllBytes(workbook), "the workbook is left as it was");
    }

    /** Test images. */
    static final class LinksAndPictures {
        static byte[] png(int w, int h) throws IOException {
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = img.createGraphics();
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(new java.awt.Color(0x1F3864));
            g.fillRect(w / 4, h / 4, w / 2, h / 2);
            g.dispose();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(img, "png", out);
            return out.toByteArray();
        }
    }
}
