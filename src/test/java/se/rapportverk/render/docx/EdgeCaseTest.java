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
        assertTrue(docx.getDocument().getBody().getSectPr().isSetTitlePg(), "a first page of its own");
        assertTrue(docx.getHeaderFooterPolicy().getFirstPageFooter().getText().contains("Sida"),
                "without a title page, the first page has the footer");
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
        Xml x = new Xml(256);
        x.raw("<w:p xmlns:w=\"" + Body.NS_W + "\">");
        Runs.text(x, "a\tb\r\nc\u0001d\u0000e \uD800f");
        x.raw("</w:p>");
        CTP p;
        try {
            p = CTP.Factory.parse(x.buffer().toString(),
                    new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null));
        } catch (org.apache.xmlbeans.XmlException e) {
            throw new AssertionError(e);
        }
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
        assertTrue(DocxTestSupport.select(body, ".//w:pPr[not(w:pStyle[starts-with(@w:val, 'TitlePage') or "
                + "@w:val = 'Title' or @w:val = 'Subtitle'])]/w:spacing").isEmpty(),
                "spacing comes from styles, but on the cover, which takes its places from the PDF's layout");
        // Bold and italic spans take the character styles Strong and Emphasis; what direct
        // formatting there is: the colour of a symbol, italic on bold italic text, alignment of cells.
        assertTrue(DocxTestSupport.select(body, ".//w:rPr/w:b").isEmpty(), "bold comes from styles");
        assertFalse(DocxTestSupport.select(body, ".//w:rPr/w:rStyle[@w:val='Strong']").isEmpty());
        assertFalse(DocxTestSupport.select(body, ".//w:rPr/w:rStyle[@w:val='Emphasis']").isEmpty());
    }

    @Test
    void boldSpansInBoldParagraphStylesStayBold() {
        // Bold is a toggle property: the Strong style inside a bold table header or total would
        // turn bold off in Word. There the span is written plain and the style makes it bold.
        Table t = new Table("", List.of(new Table.Column(Table.Align.LEFT, 1)),
                List.of(new Table.Row(Table.RowKind.HEADER, List.of(new Table.Cell(List.of(Span.bold("Rubrik"))))),
                        new Table.Row(Table.RowKind.BODY, List.of(new Table.Cell(List.of(Span.bold("Fet"))))),
                        new Table.Row(Table.RowKind.TOTAL, List.of(new Table.Cell(List.of(Span.bold("Summa")))))),
                1, Table.Style.GRID);
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(doc(List.of(t,
                new Paragraph(List.of(Span.bold("Trend")), Paragraph.Style.CAPTION)))));
        XmlObject body = docx.getDocument().getBody();
        assertEquals(List.of("Fet"), DocxTestSupport.select(body, ".//w:r[w:rPr/w:rStyle/@w:val='Strong']/w:t"));
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
    void documentWithoutTitlePageHasTheFooterOnEveryPageAndTheHeaderFromPageTwo() {
        // A letter (a tjänsteskrivelse) opens with its letterhead; the running header would only
        // repeat it. Its first page has the footer, the others header and footer: as in the PDF.
        DocumentInfo info = SampleDocuments.info();
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(new Document(info,
                List.of(Paragraph.of("Tjänsteskrivelse utan titelsida.")))));
        assertTrue(docx.getDocument().getBody().getSectPr().isSetTitlePg());
        var policy = docx.getHeaderFooterPolicy();
        assertEquals(info.headerText(), policy.getDefaultHeader().getText().strip());
        assertEquals("", policy.getFirstPageHeader().getText().strip());
        assertEquals(policy.getDefaultFooter().getText(), policy.getFirstPageFooter().getText());
        assertTrue(policy.getFirstPageFooter().getText().contains(info.footerText()));
        assertValid(policy.getFirstPageFooter()._getHdrFtr());
        assertValid(policy.getFirstPageHeader()._getHdrFtr());
    }

    @Test
    void tableOfContentsEndsItsPageOnceAsInThePdf() {
        Heading h = new Heading(1, "1", "Sammanfattning", true, true);
        // Followed by a heading: the paragraph that closes the field breaks the page.
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(doc(List.of(
                new TableOfContents("Innehåll", 2), h, Paragraph.of("Text.")))));
        List<String> breaks = DocxTestSupport.select(docx.getDocument(), "/w:document/w:body/w:p/w:r/w:br/@w:type");
        assertEquals(List.of("page"), breaks);
        List<XWPFParagraph> ps = docx.getParagraphs();
        XWPFParagraph closing = ps.get(ps.indexOf(ps.stream().filter(p -> "Heading1".equals(p.getStyle()))
                .findFirst().orElseThrow()) - 1);
        assertEquals(List.of("end"), DocxTestSupport.select(closing.getCTP(), "./w:r/w:fldChar/@w:fldCharType"));
        assertEquals(List.of("page"), DocxTestSupport.select(closing.getCTP(), "./w:r/w:br/@w:type"));
        // Followed by the document's own page break: no second break, no empty page.
        docx = DocxTestSupport.read(DocxTestSupport.render(doc(List.of(
                new TableOfContents("Innehåll", 2), new se.rapportverk.document.PageBreak(), h))));
        assertEquals(List.of("page"), DocxTestSupport.select(docx.getDocument(),
                "/w:document/w:body/w:p/w:r/w:br/@w:type"));
    }

    @Test
    void leadInsKeepWithWhatTheyIntroduce() {
        Table table = new Table("", List.of(new Table.Column(Table.Align.LEFT, 1)),
                List.of(new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of("Enhet"))),
                        new Table.Row(Table.RowKind.BODY, List.of(Table.Cell.of("Norr")))), 1, Table.Style.GRID);
        List<Block> blocks = List.of(
                new Paragraph(List.of(Span.bold("För nämnden innebär det:")), Paragraph.Style.BODY),
                Paragraph.of("Målet innebär att kommunens invånare ska kunna lita på vården."),
                Paragraph.of("Måluppfyllelsen bedöms i tre nivåer:"),
                new se.rapportverk.document.BulletList(List.of(List.of(Span.plain("Uppfyllt")))),
                new Paragraph(List.of(Span.plain("Måttenhet: %.")), Paragraph.Style.NOTE),
                table,
                Paragraph.of("Slutsats:"),
                new Heading(2, "", "Nästa avsnitt", false, false));
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(doc(blocks)));
        List<Boolean> keep = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            if (p.getPartType() == org.apache.poi.xwpf.usermodel.BodyType.DOCUMENT
                    && (p.getStyle() == null || "Note".equals(p.getStyle()))) {
                keep.add(p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetKeepNext());
            }
        }
        // The label, the colon before the list, the unit above the table, and a colon right before
        // a (sub)heading that opens what it introduces: kept with what follows; the plain
        // paragraph, not.
        assertEquals(List.of(true, false, true, true, true), keep);
        assertValid(docx.getDocument());
    }

    @Test
    void aShortTableKeepsItsRowsTogetherALongOneDoesNot() {
        List<Table.Row> shortRows = new ArrayList<>();
        List<Table.Row> longRows = new ArrayList<>();
        shortRows.add(new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of("Enhet"))));
        longRows.add(new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of("Enhet"))));
        for (int i = 0; i < 5; i++) {
            shortRows.add(new Table.Row(Table.RowKind.BODY, List.of(Table.Cell.of("Enhet " + i))));
        }
        for (int i = 0; i < 60; i++) {
            longRows.add(new Table.Row(Table.RowKind.BODY, List.of(Table.Cell.of("Enhet " + i))));
        }
        List<Table.Column> one = List.of(new Table.Column(Table.Align.LEFT, 1));
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(doc(List.of(
                new Table("Kort", one, shortRows, 1, Table.Style.GRID),
                new Table("Lång", one, longRows, 1, Table.Style.GRID)))));
        var shortTable = docx.getTables().get(0).getCTTbl();
        var longTable = docx.getTables().get(1).getCTTbl();
        // Every body row but the last keeps with the next; in a long table only the first four (the
        // header stands with five rows) and the last but one (two rows end the table).
        assertEquals(4, DocxTestSupport.select(shortTable, "./w:tr/w:tc/w:p/w:pPr[w:pStyle/@w:val='TableText']/w:keepNext").size());
        assertEquals(List.of("Enhet 0", "Enhet 1", "Enhet 2", "Enhet 3", "Enhet 58"), DocxTestSupport.select(longTable,
                "./w:tr[w:tc/w:p/w:pPr[w:pStyle/@w:val='TableText']/w:keepNext]/w:tc/w:p/w:r/w:t/text()"));
        assertValid(docx.getDocument());
    }
}
