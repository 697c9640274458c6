package se.rapportverk.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import se.rapportverk.document.Block;
import se.rapportverk.document.Document;
import se.rapportverk.document.DocumentInfo;
import se.rapportverk.document.FieldList;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Signatures;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.document.TableOfContents;

/** Documents at the edges of the tree's contract still make valid files. */
class EdgeCaseTest {

    private static Document doc(List<Block> blocks) {
        return new Document(SampleDocuments.info(), blocks);
    }

    private static void assertValid(XmlObject part) {
        List<XmlError> errors = new ArrayList<>();
        XmlOptions options = new XmlOptions();
        options.setErrorListener(errors);
        assertTrue(part.validate(options) && errors.isEmpty(), errors::toString);
    }

    @Test
    void emptyDocumentIsStillAValidFile() {
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(doc(List.of())));
        assertValid(docx.getDocument());
        assertEquals(1, docx.getParagraphs().size(), "a body holds at least one paragraph");
        assertFalse(docx.getDocument().getBody().getSectPr().isSetTitlePg(), "no title page, header from page 1");
    }

    @Test
    void tablesWithoutRowsSignaturesWithoutSignatoriesAndEmptyFieldListsLeaveNoTable() {
        List<Block> blocks = List.of(
                new Table("Tom tabell", List.of(new Table.Column(Table.Align.LEFT, 1)), List.of(), 0,
                        Table.Style.GRID),
                new Signatures(List.of()),
                new FieldList(List.of(), FieldList.Layout.COLUMNS));
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(doc(blocks)));
        assertValid(docx.getDocument());
        assertTrue(docx.getTables().isEmpty());
        assertEquals("Tom tabell", docx.getParagraphs().get(0).getText());
    }

    @Test
    void tableOfContentsWithoutHeadingsIsAnEmptyFieldWordCanFill() {
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(doc(List.of(
                new TableOfContents("Innehåll", 2), Paragraph.of("Text utan rubriker.")))));
        assertValid(docx.getDocument());
        assertEquals(List.of(" TOC \\o \"1-2\" \\h \\z \\u "),
                DocxTestSupport.select(docx.getDocument(), "//w:instrText"));
        assertEquals(List.of("begin", "separate", "end"),
                DocxTestSupport.select(docx.getDocument(), "//w:fldChar/@w:fldCharType"));
    }

    @Test
    void tocDepthFollowsMaxLevel() {
        List<Block> blocks = List.of(new TableOfContents("Innehåll", 1),
                new Heading(1, "1", "Ett", true, true), new Heading(2, "1.1", "Ett ett", true, true));
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(doc(blocks)));
        List<String> entries = docx.getParagraphs().stream().filter(p -> p.getStyle() != null
                && p.getStyle().startsWith("TOC") && !p.getStyle().equals("TOCHeading"))
                .map(p -> DocxTestSupport.select(p.getCTP(), ".//w:t").get(0)).toList();
        assertEquals(List.of("1 Ett"), entries);
        assertTrue(DocxTestSupport.select(docx.getDocument(), "//w:instrText").get(0).contains("\"1-1\""));
    }

    @Test
    void tabsLineBreaksAndControlCharactersBecomeValidXml() {
        CTP p = CTP.Factory.newInstance();
        Runs.text(p::addNewR, "a\tb\r\nc\u0001d\u0000e \uD800f");
        assertValid(p);
        List<String> pieces = new ArrayList<>();
        for (var r : p.getRList()) {
            if (r.sizeOfTabArray() > 0) {
                pieces.add("TAB");
            } else if (r.sizeOfBrArray() > 0) {
                pieces.add("BR");
            } else {
                pieces.add(r.getTArray(0).getStringValue());
            }
        }
        assertEquals(List.of("a", "TAB", "b", "BR", "cde f"), pieces);
    }

    @Test
    void leadingAndTrailingSpacesAreKept() {
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(doc(List.of(
                new Paragraph(List.of(Span.bold("Etikett:"), Span.plain("  två mellanslag ")),
                        Paragraph.Style.BODY)))));
        XWPFParagraph p = docx.getParagraphs().get(0);
        assertEquals("Etikett:  två mellanslag ", p.getText());
    }

    @Test
    void runsCarryNoDirectFontOrSizeFormatting() {
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(SampleDocuments.delarsrapport()));
        XmlObject body = docx.getDocument().getBody();
        assertTrue(DocxTestSupport.select(body, ".//w:rPr/w:rFonts").isEmpty(), "fonts come from styles");
        assertTrue(DocxTestSupport.select(body, ".//w:rPr/w:sz").isEmpty(), "sizes come from styles");
        assertTrue(DocxTestSupport.select(body, ".//w:pPr/w:spacing").isEmpty(), "spacing comes from styles");
        // What direct formatting there is: bold, italic and colour of spans, alignment of cells.
        assertFalse(DocxTestSupport.select(body, ".//w:rPr/w:b").isEmpty());
    }

    @Test
    void documentLanguageIsTheDefaultLanguageOfTheText() {
        DocumentInfo sv = SampleDocuments.info();
        DocumentInfo en = new DocumentInfo(sv.title(), sv.subject(), sv.author(), "en-GB", sv.date(),
                sv.headerText(), sv.footerText(), sv.keywords());
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(new Document(en,
                List.of(Paragraph.of("Summary.")))));
        assertEquals(List.of("en-GB"), DocxTestSupport.select(docx.getStyles().getCtStyles(),
                "./w:docDefaults//w:lang/@w:val"));
        assertEquals("en-GB", docx.getProperties().getCoreProperties().getUnderlyingProperties()
                .getLanguageProperty().orElseThrow());
    }

    @Test
    void documentWithoutTitlePageHasTheHeaderOnEveryPage() {
        DocumentInfo info = SampleDocuments.info();
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(new Document(info,
                List.of(Paragraph.of("Tjänsteskrivelse utan titelsida.")))));
        assertFalse(docx.getDocument().getBody().getSectPr().isSetTitlePg());
        assertEquals(info.headerText(), docx.getHeaderFooterPolicy().getDefaultHeader().getText().strip());
    }
}
