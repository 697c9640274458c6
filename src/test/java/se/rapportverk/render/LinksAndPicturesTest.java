package se.rapportverk.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

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
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.Document;
import se.rapportverk.document.DocumentInfo;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Picture;
import se.rapportverk.document.Sources;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.render.docx.DocxRenderer;
import se.rapportverk.render.html.HtmlRenderer;
import se.rapportverk.render.pdf.PdfRenderer;
import se.rapportverk.render.pdf.VeraPdf;

/**
 * Links and pictures in a document tree, read back from the PDF (PDFBox: link annotations with their
 * URI, tagged as Link structure elements that own them, the images with their size and their Figure's
 * Alt), from the Word file (POI: hyperlinks with external relationships, pictures with their
 * description and the file stored as it is) and from the HTML. The expected values are written here
 * by hand.
 */
class LinksAndPicturesTest {

    private static final String WEB = "https://www.ekeby.se/vard-och-omsorg";
    private static final String MAIL = "mailto:ekonomi@ekeby.se";
    private static final String ALT = "Organisationsschema med nämnden överst och tre verksamhetsområden under";

    /** The text each link shows. */
    private static final Map<String, String> SHOWN = Map.of(WEB, "www.ekeby.se/vard-och-omsorg",
            MAIL, "ekonomi@ekeby.se", "https://www.ekeby.se/riktlinjer", "https://www.ekeby.se/riktlinjer",
            "https://www.ekeby.se/taxor", "www.ekeby.se/taxor");

    private static byte[] png;
    private static byte[] jpeg;
    private static byte[] pdf;
    private static byte[] docx;
    private static String html;

    @BeforeAll
    static void render() throws IOException {
        png = image("png", true, 400, 200);
        jpeg = image("jpg", false, 300, 300);
        Document document = document();
        RenderOptions options = RenderOptions.withoutSource("0123456789abcdef0123456789abcdef");
        pdf = bytes(new PdfRenderer(), document, options);
        docx = bytes(new DocxRenderer(), document, options);
        html = new String(bytes(new HtmlRenderer(), document, options), StandardCharsets.UTF_8);
        // Left to look at: target/links-and-pictures.pdf and .docx.
        java.nio.file.Files.write(java.nio.file.Path.of("target", "links-and-pictures.pdf"), pdf);
        java.nio.file.Files.write(java.nio.file.Path.of("target", "links-and-pictures.docx"), docx);
    }

    /** An image of the size, with transparency when asked (a PNG is then made opaque on white in the PDF). */
    static byte[] image(String format, boolean alpha, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(alpha ? new Color(0, 0, 0, 0) : Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(new Color(0x1F3864));
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    private static byte[] bytes(DocumentRenderer r, Document d, RenderOptions o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(d, o, out);
        return out.toByteArray();
    }

    static Document document() {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(1, "1", "Uppdrag och ansvar", true, true));
        b.add(new Paragraph(List.of(Span.plain("Läs mer på "), Span.plain("www.ekeby.se/vard-och-omsorg").linkedTo(WEB),
                Span.plain(" eller skriv till "), Span.plain("ekonomi@ekeby.se").linkedTo(MAIL),
                Span.plain(".")), Paragraph.Style.BODY));
        b.add(new Picture("Organisation", ALT, "Bild 1. Förvaltningens organisation 2025.",
                new Picture.Image(Picture.Format.PNG, png, 400, 200, 300f), Sources.cell("Bilder", 1, 0)));
        b.add(new BulletList(List.of(List.of(Span.plain("Riktlinjer: "),
                Span.plain("https://www.ekeby.se/riktlinjer").linkedTo("https://www.ekeby.se/riktlinjer")))));
        b.add(new Table("", List.of(new Table.Column(Table.Align.LEFT, 1), new Table.Column(Table.Align.LEFT, 2)),
                List.of(new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of("Vad"), Table.Cell.of("Var"))),
                        new Table.Row(Table.RowKind.BODY, List.of(Table.Cell.of("Taxor"),
                                new Table.Cell(List.of(Span.plain("www.ekeby.se/taxor").linkedTo(
                                        "https://www.ekeby.se/taxor")))))), 1, Table.Style.GRID));
        b.add(new Picture("Foto", "Ett fotografi av ett särskilt boende", "",
                new Picture.Image(Picture.Format.JPEG, jpeg, 300, 300, 0f), Sources.NONE));
        return new Document(new DocumentInfo("Prov", "", "Ekeby", "sv-SE", LocalDate.of(2025, 9, 23), "Ekeby – Prov",
                "", ""), b);
    }

    @Test
    void pdfConformsToPdfA3aAndPdfUa1() {
        Map<PDFAFlavour, List<VeraPdf.Failure>> failures =
                VeraPdf.validate(pdf, List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), failures.get(PDFAFlavour.PDFA_3_A), "PDF/A-3a");
        assertEquals(List.of(), failures.get(PDFAFlavour.PDFUA_1), "PDF/UA-1");
    }

    @Test
    void pdfLinksGoToTheirAddressesOverTheirTextAndAreTaggedAsLinks() throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            PDPage page = pd.getPage(0);
            List<String> uris = new ArrayList<>();
            for (PDAnnotation a : page.getAnnotations()) {
                if (a instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                    assertTrue(a.getContents().startsWith("Länk till ") || a.getContents().startsWith("E-post till "),
                            a.getContents());
                    // The area covers the link's own text.
                    PDFTextStripperByArea area = new PDFTextStripperByArea();
                    var r = a.getRectangle();
                    float top = page.getMediaBox().getHeight() - r.getUpperRightY();
                    area.addRegion("a", new java.awt.geom.Rectangle2D.Float(r.getLowerLeftX(), top,
                            r.getWidth(), r.getHeight()));
                    area.extractRegions(page);
                    String text = area.getTextForRegion("a").strip();
                    String shown = SHOWN.get(uri.getURI());
                    assertTrue(text.contains(shown.substring(1, shown.length() - 1)), text + " / " + shown);
                    assertTrue(text.length() <= shown.length() + 1, text + " / " + shown);
                }
            }
            assertEquals(List.of(WEB, MAIL, "https://www.ekeby.se/riktlinjer", "https://www.ekeby.se/taxor"), uris);
            // Every link annotation is owned by a Link structure element (an object reference), whose text
            // is the address.
            List<String> linkTexts = new ArrayList<>();
            int owned = collectLinks(pd.getDocumentCatalog().getStructureTreeRoot(), linkTexts);
            assertEquals(4, owned);
            assertTrue(linkTexts.size() >= 4, linkTexts.toString());
        }
    }

    /** The Link elements that own a link annotation, counted; their texts' element types collected. */
    private static int collectLinks(PDStructureNode node, List<String> found) {
        int owned = 0;
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (e.getStructureType().equals("Link")) {
                    for (Object k : e.getKids()) {
                        if (k instanceof PDObjectReference ref && ref.getReferencedObject() instanceof PDAnnotationLink) {
                            owned++;
                        }
                    }
                    found.add(e.getParent() instanceof PDStructureElement p ? p.getStructureType() : "?");
                }
                owned += collectLinks(e, found);
            }
        }
        return owned;
    }

    @Test
    void pdfPicturesAreFiguresWithTheirAltTextAndTheirImage() throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            List<String> alts = new ArrayList<>();
            collectFigures(pd.getDocumentCatalog().getStructureTreeRoot(), alts);
            assertEquals(List.of(ALT, "Ett fotografi av ett särskilt boende"), alts);
            List<String> images = new ArrayList<>();
            for (PDPage page : pd.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(name);
                    if (x instanceof PDImageXObject im) {
                        images.add(im.getWidth() + "x" + im.getHeight() + " " + im.getSuffix());
                    }
                }
            }
            assertEquals(List.of("400x200 png", "300x300 jpg"), images.stream().sorted(
                    java.util.Comparator.reverseOrder()).toList());
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pd);
            assertTrue(text.contains("Bild 1. Förvaltningens organisation 2025."), text);
        }
    }

    private static void collectFigures(PDStructureNode node, List<String> alts) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if (e.getStructureType().equals("Figure")) {
                    alts.add(e.getAlternateDescription());
                }
                collectFigures(e, alts);
            }
        }
    }

    @Test
    void docxHyperlinksHaveExternalRelationshipsAndPicturesTheirDescription() throws Exception {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XmlObject body = d.getDocument();
            String w = "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' "
                    + "declare namespace r='http://schemas.openxmlformats.org/officeDocument/2006/relationships' ";
            List<String> targets = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (XmlObject h : body.selectPath(w + ".//w:hyperlink[@r:id]")) {
                String id = h.getDomNode().getAttributes().getNamedItemNS(
                        "http://schemas.openxmlformats.org/officeDocument/2006/relationships", "id").getNodeValue();
                PackageRelationship rel = d.getPackagePart().getRelationship(id);
                assertEquals("External", rel.getTargetMode().name().substring(0, 1).toUpperCase()
                        + rel.getTargetMode().name().substring(1).toLowerCase());
                targets.add(rel.getTargetURI().toString());
                StringBuilder sb = new StringBuilder();
                for (XmlObject t : h.selectPath(w + ".//w:t")) {
                    sb.append(t.getDomNode().getFirstChild().getNodeValue());
                }
                texts.add(sb.toString());
                assertEquals(1, h.selectPath(w + ".//w:rStyle[@w:val='Hyperlink']").length);
            }
            assertEquals(List.of(WEB, MAIL, "https://www.ekeby.se/riktlinjer", "https://www.ekeby.se/taxor"), targets);
            assertEquals("www.ekeby.se/vard-och-omsorg", texts.get(0));
            assertEquals("ekonomi@ekeby.se", texts.get(1));
            // Pictures: the files as they are, with their alternative text.
            List<XWPFPictureData> pictures = d.getAllPictures();
            assertEquals(2, pictures.size());
            assertArrayEquals(png, pictures.get(0).getData());
            assertArrayEquals(jpeg, pictures.get(1).getData());
            List<String> descr = new ArrayList<>();
            for (XmlObject p : body.selectPath("declare namespace wp='http://schemas.openxmlformats.org/drawingml/"
                    + "2006/wordprocessingDrawing' .//wp:docPr")) {
                descr.add(p.getDomNode().getAttributes().getNamedItem("descr").getNodeValue());
            }
            assertEquals(List.of(ALT, "Ett fotografi av ett särskilt boende"), descr);
            assertTrue(d.getStyles().styleExist("Hyperlink"));
            assertTrue(d.getStyles().styleExist("PictureCaption"));
            assertNotNull(d.getDocument().getBody());
        }
    }

    @Test
    void htmlHasAnchorsAndImagesWithAltText() {
        assertTrue(html.contains("<a href=\"" + WEB + "\">www.ekeby.se/vard-och-omsorg</a>"), html);
        assertTrue(html.contains("<a href=\"" + MAIL + "\">ekonomi@ekeby.se</a>"), html);
        assertTrue(html.contains("alt=\"" + ALT + "\""), html);
        assertTrue(html.contains("src=\"data:image/png;base64,"), html);
        assertTrue(html.contains("src=\"data:image/jpeg;base64,"), html);
        assertTrue(html.contains("<figcaption>Bild 1. Förvaltningens organisation 2025.</figcaption>"), html);
    }

    @Test
    void sameTreeSameBytes() throws IOException {
        RenderOptions options = RenderOptions.withoutSource("0123456789abcdef0123456789abcdef");
        assertArrayEquals(pdf, bytes(new PdfRenderer(), document(), options));
        assertArrayEquals(docx, bytes(new DocxRenderer(), document(), options));
    }
}
