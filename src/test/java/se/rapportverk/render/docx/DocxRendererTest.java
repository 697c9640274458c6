package se.rapportverk.render.docx;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.model.XWPFHeaderFooterPolicy;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

import se.rapportverk.document.Document;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Table;
import se.rapportverk.document.Table.RowKind;

/** Renders the sample delårsrapport and reads it back with POI. */
class DocxRendererTest {

    private static byte[] bytes;
    private static XWPFDocument docx;
    private static Document sample;

    @BeforeAll
    static void render() {
        sample = SampleDocuments.delarsrapport();
        bytes = DocxTestSupport.render(sample);
        docx = DocxTestSupport.read(bytes);
    }

    @Test
    void extensionIsDocx() {
        assertEquals("docx", new DocxRenderer().extension());
    }

    @Test
    void headingsUseTheBuiltInHeadingStylesWithTheirNumbers() {
        List<String> expected = new ArrayList<>();
        for (Heading h : sample.headings()) {
            if (h.inToc()) {
                expected.add("Heading" + h.level() + " " + h.displayText());
            }
        }
        List<String> actual = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            String style = p.getStyle();
            if (style != null && style.matches("Heading[1-3]")) {
                actual.add(style + " " + p.getText());
            }
        }
        assertEquals(expected, actual);
        assertEquals("Heading1 1 Sammanfattning", actual.get(0));
        assertTrue(actual.contains("Heading2 4.2 Nämndens mål"), actual::toString);
        assertTrue(actual.contains("Heading3 3.1.1 Lärcentrum"), actual::toString);
    }

    @Test
    void headingStylesAreWordsBuiltInOnesWithOutlineLevels() {
        for (int level = 1; level <= 3; level++) {
            XWPFStyle style = docx.getStyles().getStyle("Heading" + level);
            assertNotNull(style, "Heading" + level);
            assertEquals("heading " + level, style.getName());
            assertEquals(List.of(Integer.toString(level - 1)),
                    DocxTestSupport.select(style.getCTStyle(), "./w:pPr/w:outlineLvl/@w:val"));
        }
        for (String id : List.of("Title", "Subtitle", "Caption", "Note", "ListBullet", "ListNumber", "TOC1",
                "TOC2", "TOC3", "TOCHeading", "Header", "Footer", "ReportTable", "LayoutTable", "TableText")) {
            assertNotNull(docx.getStyles().getStyle(id), id);
        }
        assertEquals("toc 1", docx.getStyles().getStyle("TOC1").getName());
        assertEquals("TOC Heading", docx.getStyles().getStyle("TOCHeading").getName());
    }

    @Test
    void everyHeadingCarriesTheBookmarkItsTocEntryLinksTo() {
        List<String> bookmarks = new ArrayList<>();
        for (XWPFParagraph p : docx.getParagraphs()) {
            if (p.getStyle() != null && p.getStyle().startsWith("Heading")) {
                List<String> names = DocxTestSupport.select(p.getCTP(), "./w:bookmarkStart/@w:name");
                assertEquals(1, names.size(), p.getText());
                bookmarks.add(names.get(0));
            }
        }
        List<String> anchors = new ArrayList<>();
        for (XWPFParagraph p : tocEntries()) {
            anchors.addAll(DocxTestSupport.select(p.getCTP(), "./w:hyperlink/@w:anchor"));
        }
        assertFalse(anchors.isEmpty());
        assertTrue(bookmarks.containsAll(anchors), () -> anchors + " not all in " + bookmarks);
        assertEquals(bookmarks.size(), new TreeSet<>(bookmarks).size(), "bookmark names are unique");
    }

    @Test
    void tableOfContentsIsARealFieldPreFilledWithTheHeadingsInOrder() {
        List<String> instructions = DocxTestSupport.select(docx.getDocument(), "//w:instrText");
        assertTrue(instructions.contains(" TOC \\o \"1-3\" \\h \\z \\u "), instructions::toString);

        List<String> expected = new ArrayList<>();
        for (Heading h : sample.headings()) {
            if (h.inToc()) {
                expected.add("TOC" + h.level() + " " + h.displayText());
            }
        }
        List<String> actual = new ArrayList<>();
        for (XWPFParagraph p : tocEntries()) {
            String text = String.join("", DocxTestSupport.select(p.getCTP(), ".//w:t"));
            actual.add(p.getStyle() + " " + text.replaceAll("\\d+$", "").strip());
            List<String> pageRefs = DocxTestSupport.select(p.getCTP(), ".//w:instrText");
            String anchor = DocxTestSupport.select(p.getCTP(), "./w:hyperlink/@w:anchor").get(0);
            assertTrue(pageRefs.contains(" PAGEREF " + anchor + " \\h "), pageRefs::toString);
        }
        assertEquals(expected, actual);
        assertFalse(actual.stream().anyMatch(s -> s.contains("Bilagor")), "a heading left out of the TOC");
    }

    @Test
    void tocFieldIsCompleteAndMarkedForUpdate() {
        List<String> fldChars = DocxTestSupport.select(docx.getDocument(), "//w:fldChar/@w:fldCharType");
        long begins = fldChars.stream().filter("begin"::equals).count();
        long ends = fldChars.stream().filter("end"::equals).count();
        assertEquals(begins, ends, "every field is closed");
        assertEquals(List.of("true"), DocxTestSupport.select(docx.getDocument(), "//w:fldChar/@w:dirty"),
                "the TOC field, and only it, asks to be updated");
        assertEquals("Innehållsförteckning", paragraphsWithStyle("TOCHeading").get(0).getText());
    }

    @Test
    void headingLeftOutOfTheTocLooksTheSameButHasBodyTextOutlineLevel() {
        XWPFParagraph bilagor = paragraphsWithStyle("Heading2NotInToc").get(0);
        assertEquals("Bilagor", bilagor.getText());
        XWPFStyle style = docx.getStyles().getStyle("Heading2NotInToc");
        assertEquals("Heading2", style.getBasisStyleID());
        assertEquals(List.of("9"), DocxTestSupport.select(style.getCTStyle(), "./w:pPr/w:outlineLvl/@w:val"));
    }

    @Test
    void tablesAreRealTablesWithRepeatedHeaderRows() {
        XWPFTable drift = tableAfterCaption(SampleDocuments.DRIFT_CAPTION);
        Table source = SampleDocuments.drift();
        assertEquals(source.rows().size(), drift.getNumberOfRows());
        XWPFTableRow header = drift.getRow(0);
        assertTrue(header.isRepeatHeader(), "header row repeats on every page");
        assertFalse(drift.getRow(1).isRepeatHeader());
        for (XWPFTableRow row : drift.getRows()) {
            assertTrue(row.isCantSplitRow(), "rows never split across pages");
        }
        List<String> headerTexts = header.getTableCells().stream().map(XWPFTableCell::getText).toList();
        assertEquals(List.of(SampleDocuments.YEAR_HEADERS), headerTexts);
        assertEquals("Äldreomsorg, enhet 3", drift.getRow(4).getCell(0).getText());
        assertEquals("-1\u00A0206,4", drift.getRow(4).getCell(1).getText(), "no-break space kept");
        assertEquals(List.of(se.rapportverk.render.layout.Theme.hex(se.rapportverk.render.layout.Theme.standard().headerFill)),
                DocxTestSupport.select(header.getCell(1).getCTTc(), "./w:tcPr/w:shd/@w:fill"));
        assertEquals("TableHeading", header.getCell(0).getParagraphs().get(0).getStyle());
        assertTrue(styleHas("TableHeading", "keepNext"), "header keeps with the first body row");
        assertTrue(styleHas("Caption", "keepNext"), "caption keeps with its table");
    }

    @Test
    void numberColumnsAreRightAlignedHeaderCellsToo() {
        XWPFTable drift = tableAfterCaption(SampleDocuments.DRIFT_CAPTION);
        XWPFTableRow body = drift.getRow(2);
        assertEquals(ParagraphAlignment.LEFT, body.getCell(0).getParagraphs().get(0).getAlignment());
        for (int c = 1; c < 7; c++) {
            assertEquals(ParagraphAlignment.RIGHT, body.getCell(c).getParagraphs().get(0).getAlignment(), "col " + c);
            assertEquals(ParagraphAlignment.RIGHT, drift.getRow(0).getCell(c).getParagraphs().get(0).getAlignment());
        }
    }

    @Test
    void groupRowSpansTheTableAndTotalRowIsBoldWithARuleAbove() {
        XWPFTable drift = tableAfterCaption(SampleDocuments.DRIFT_CAPTION);
        Table source = SampleDocuments.drift();
        XWPFTableRow group = drift.getRow(1);
        assertEquals(1, group.getTableCells().size());
        assertEquals(List.of("7"), DocxTestSupport.select(group.getCell(0).getCTTc(), "./w:tcPr/w:gridSpan/@w:val"));
        assertEquals("TableGroup", group.getCell(0).getParagraphs().get(0).getStyle());
        assertTrue(styleIsBold("TableGroup"));

        int last = source.rows().size() - 1;
        assertEquals(RowKind.TOTAL, source.rows().get(last).kind());
        XWPFTableRow total = drift.getRow(last);
        assertEquals("Totalt (mkr)", total.getCell(0).getText());
        assertEquals("TableTotal", total.getCell(0).getParagraphs().get(0).getStyle());
        assertTrue(styleIsBold("TableTotal"), "total row is bold");
        assertFalse(styleIsBold("TableText"), "body rows are not");
        assertEquals(List.of("single"),
                DocxTestSupport.select(total.getCell(3).getCTTc(), "./w:tcPr/w:tcBorders/w:top/@w:val"));

        XWPFTableRow subtotal = drift.getRow(19);
        assertEquals("Summa äldreomsorg", subtotal.getCell(0).getText());
        assertEquals("TableTotal", subtotal.getCell(0).getParagraphs().get(0).getStyle());
        assertTrue(DocxTestSupport.select(subtotal.getCell(3).getCTTc(), "./w:tcPr/w:tcBorders").isEmpty(),
                "a subtotal has no rule above");
    }

    @Test
    void tableTextIsNinePointArial() {
        assertEquals(List.of("18"),
                DocxTestSupport.select(docx.getStyles().getStyle("TableText").getCTStyle(), "./w:rPr/w:sz/@w:val"));
        CTStyles styles = stylesPart();
        assertEquals(List.of("Arial"), DocxTestSupport.select(styles, "./w:docDefaults//w:rFonts/@w:ascii"));
    }

    @Test
    void columnWidthsFollowTheWeightsAndFillTheTextWidth() {
        XWPFTable drift = tableAfterCaption(SampleDocuments.DRIFT_CAPTION);
        List<Integer> grid = DocxTestSupport.select(drift.getCTTbl(), "./w:tblGrid/w:gridCol/@w:w").stream()
                .map(Integer::valueOf).toList();
        assertEquals(7, grid.size());
        assertEquals(se.rapportverk.render.layout.Geometry.twips(se.rapportverk.render.layout.Geometry.standard().contentWidth), grid.stream().mapToInt(Integer::intValue).sum());
        assertEquals(3.2 / 1.3, grid.get(0) / (double) grid.get(1), 0.01);
    }

    @Test
    void plainTablesHaveNoRules() {
        XWPFTable signatures = docx.getTables().get(docx.getTables().size() - 1);
        assertEquals("LayoutTable", signatures.getStyleID());
        assertTrue(DocxTestSupport.select(docx.getStyles().getStyle("LayoutTable").getCTStyle(),
                ".//w:tblBorders").isEmpty());
        assertEquals(List.of("Eva Ek", "Per Persson", "Lena Lind"),
                signatures.getRow(0).getTableCells().stream()
                        .map(c -> c.getParagraphs().get(0).getText()).toList());
        assertEquals("Förvaltningschef", signatures.getRow(0).getCell(0).getParagraphs().get(1).getText());
    }

    @Test
    void fieldListLinesHaveBoldLabels() {
        XWPFParagraph line = paragraphsWithStyle("FieldLine").get(0);
        assertEquals("Beslutande instans: Vård- och omsorgsnämnden", line.getText());
        assertEquals("Strong", line.getRuns().get(0).getStyle());
        assertTrue(styleIsBold("Strong"));
    }

    @Test
    void footerSaysSidaXAvYWithFieldsAndTheDiarienummer() {
        XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
        XWPFFooter footer = policy.getDefaultFooter();
        String text = footer.getText();
        assertTrue(text.contains("Sida"), text);
        assertTrue(text.contains(" av "), text);
        assertTrue(text.startsWith("Diarienummer VON 2024/123"), text);
        List<String> instructions = DocxTestSupport.select(footer._getHdrFtr(), "//w:instrText");
        assertEquals(List.of(" PAGE ", " NUMPAGES "), instructions);
        assertEquals(1, footer.getParagraphs().size());
        assertEquals("Vård- och omsorgsnämnden – Delårsrapport augusti 2024",
                policy.getDefaultHeader().getText().strip());
    }

    @Test
    void titlePageHasNoHeaderOrFooter() {
        assertTrue(docx.getDocument().getBody().getSectPr().isSetTitlePg());
        XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
        assertNotNull(policy.getFirstPageHeader());
        assertEquals("", policy.getFirstPageHeader().getText().strip());
        assertEquals("", policy.getFirstPageFooter().getText().strip());
        assertEquals("Delårsrapport augusti 2024", paragraphsWithStyle("Title").get(0).getText());
        assertEquals("Vård- och omsorgsnämnden", paragraphsWithStyle("Subtitle").get(0).getText());
    }

    @Test
    void pageIsA4WithMarginsOf25mm() {
        var sectPr = docx.getDocument().getBody().getSectPr();
        assertEquals(List.of("11906"), DocxTestSupport.select(sectPr, "./w:pgSz/@w:w"));
        assertEquals(List.of("16838"), DocxTestSupport.select(sectPr, "./w:pgSz/@w:h"));
        assertEquals(List.of("1417"), DocxTestSupport.select(sectPr, "./w:pgMar/@w:left"));
    }

    @Test
    void corePropertiesCarryTheDocumentInfo() {
        var core = docx.getProperties().getCoreProperties();
        assertEquals("Delårsrapport augusti 2024", core.getTitle());
        assertEquals("Delårsrapport för Vård- och omsorgsnämnden", core.getSubject());
        assertEquals("Vård- och omsorgsförvaltningen", core.getCreator());
        assertEquals("delårsrapport, uppföljning, ekonomi", core.getKeywords());
        assertEquals(Instant.parse("2024-09-24T00:00:00Z"), core.getCreated().toInstant());
        assertEquals(Instant.parse("2024-09-24T00:00:00Z"), core.getModified().toInstant());
        assertEquals("sv-SE", core.getUnderlyingProperties().getLanguageProperty().orElse(null));
        assertEquals("Rapportverk", docx.getProperties().getExtendedProperties().getApplication());
    }

    @Test
    void defaultLanguageIsSwedish() {
        assertEquals(List.of("sv-SE"), DocxTestSupport.select(stylesPart(), "./w:docDefaults//w:lang/@w:val"));
    }

    @Test
    void textIsWrittenExactlyAsGiven() {
        List<String> texts = docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
        assertTrue(texts.contains(SampleDocuments.LITERAL), "markup-like text survives as typed");
        assertTrue(texts.stream().anyMatch(t -> t.contains("-29,7\u00A0mkr")), "no-break space kept");
    }

    @Test
    void colouredSymbolKeepsItsColour() {
        XWPFRun symbol = docx.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                .filter(r -> "●".equals(r.text())).findFirst().orElseThrow();
        assertEquals(SampleDocuments.GREEN, symbol.getColor());
    }

    @Test
    void listsUseRealNumberingAndEachNumberedListRestarts() {
        List<XWPFParagraph> bullets = paragraphsWithStyle("ListBullet");
        assertEquals(4, bullets.size());
        assertEquals("bullet", docx.getNumbering()
                .getAbstractNum(docx.getNumbering().getAbstractNumID(bullets.get(0).getNumID()))
                .getCTAbstractNum().getLvlArray(0).getNumFmt().getVal().toString());

        List<XWPFParagraph> numbered = paragraphsWithStyle("ListNumber");
        assertEquals(6, numbered.size());
        Set<String> numIds = new TreeSet<>();
        numbered.forEach(p -> numIds.add(p.getNumID().toString()));
        assertEquals(2, numIds.size(), "two numbered lists, two lists");
        for (String numId : numIds) {
            var num = docx.getNumbering().getNum(new java.math.BigInteger(numId)).getCTNum();
            assertEquals(1, num.getLvlOverrideArray(0).getStartOverride().getVal().intValue(), "restarts at 1");
            assertEquals("decimal", docx.getNumbering().getAbstractNum(num.getAbstractNumId().getVal())
                    .getCTAbstractNum().getLvlArray(0).getNumFmt().getVal().toString());
        }
    }

    @Test
    void pageBreaksAreRealBreaks() {
        List<String> breaks = DocxTestSupport.select(docx.getDocument(), "/w:document/w:body/w:p/w:r/w:br/@w:type");
        assertEquals(List.of("page", "page"), breaks, "after the title page and the explicit PageBreak");
    }

    @Test
    void partsAreValidAgainstTheSchema() {
        XWPFHeaderFooterPolicy policy = docx.getHeaderFooterPolicy();
        assertAll(
                () -> assertValid(docx.getDocument()),
                () -> assertValid(stylesPart()),
                () -> assertValid(docx.getSettings().getCTSettings()),
                () -> assertValid(numberingPart()),
                () -> assertValid(policy.getDefaultHeader()._getHdrFtr()),
                () -> assertValid(policy.getDefaultFooter()._getHdrFtr()),
                () -> assertValid(policy.getFirstPageHeader()._getHdrFtr()),
                () -> assertValid(policy.getFirstPageFooter()._getHdrFtr()));
    }

    @Test
    void schemaValidationCatchesElementsOutOfOrder() throws Exception {
        // The check above is only worth something if it sees what Word would refuse.
        var wrongOrder = org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP.Factory.parse(
                "<w:p xmlns:w='" + DocxTestSupport.W + "'><w:pPr><w:jc w:val='right'/>"
                        + "<w:pStyle w:val='Normal'/></w:pPr></w:p>");
        assertFalse(wrongOrder.validate());
    }

    @Test
    void sameDocumentGivesTheSameBytesWhateverTheTimeZoneAndLocale() throws IOException {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        byte[] first;
        byte[] second;
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            first = DocxTestSupport.render(SampleDocuments.delarsrapport());
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Locale.setDefault(Locale.forLanguageTag("ar-SA-u-nu-arab"));
            second = DocxTestSupport.render(SampleDocuments.delarsrapport());
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        assertArrayEquals(first, second);
        assertArrayEquals(bytes, first, "and the same as under the build's own time zone and locale");

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(first))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2024, 9, 24, 0, 0), e.getTimeLocal(), e.getName());
                assertEquals(ZipEntry.STORED, e.getMethod());
            }
        }
        assertEquals("[Content_Types].xml", names.get(0));
        assertEquals("_rels/.rels", names.get(1));
        assertEquals(names.subList(2, names.size()).stream().sorted().toList(), names.subList(2, names.size()));
    }

    @Test
    void anotherDocumentGivesOtherBytes() {
        Document other = new Document(SampleDocuments.info(), sample.blocks().subList(0, 5));
        assertNotEquals(bytes.length, DocxTestSupport.render(other).length);
    }

    private static void assertValid(org.apache.xmlbeans.XmlObject part) {
        List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
        org.apache.xmlbeans.XmlOptions options = new org.apache.xmlbeans.XmlOptions();
        options.setErrorListener(errors);
        boolean valid = part.validate(options);
        assertTrue(valid && errors.isEmpty(), () -> errors.toString());
    }

    private static List<XWPFParagraph> tocEntries() {
        return docx.getParagraphs().stream()
                .filter(p -> p.getStyle() != null && p.getStyle().matches("TOC[1-3]")).toList();
    }

    private static List<XWPFParagraph> paragraphsWithStyle(String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
    }

    /** The table whose caption paragraph comes right before it. */
    private static XWPFTable tableAfterCaption(String caption) {
        var elements = docx.getBodyElements();
        for (int i = 0; i + 1 < elements.size(); i++) {
            if (elements.get(i) instanceof XWPFParagraph p && caption.equals(p.getText())
                    && "Caption".equals(p.getStyle()) && elements.get(i + 1) instanceof XWPFTable t) {
                return t;
            }
        }
        throw new AssertionError("no table captioned " + caption);
    }

    private static org.apache.xmlbeans.XmlObject numberingPart() throws IOException {
        try (var in = docx.getPackage().getPart(
                org.apache.poi.openxml4j.opc.PackagingURIHelper.createPartName("/word/numbering.xml"))
                .getInputStream()) {
            return org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument.Factory.parse(in);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException
                 | org.apache.xmlbeans.XmlException e) {
            throw new IOException(e);
        }
    }

    private static CTStyles stylesPart() {
        return docx.getStyles().getCtStyles();
    }

    /** Whether a paragraph or character style, or one it is based on, sets a property. */
    private static boolean styleHas(String styleId, String property) {
        for (String id = styleId; id != null; ) {
            XWPFStyle style = docx.getStyles().getStyle(id);
            if (!DocxTestSupport.select(style.getCTStyle(), "./w:pPr/w:" + property + " | ./w:rPr/w:" + property)
                    .isEmpty()) {
                return true;
            }
            id = style.getBasisStyleID();
        }
        return false;
    }

    private static boolean styleIsBold(String styleId) {
        return styleHas(styleId, "b");
    }
}
