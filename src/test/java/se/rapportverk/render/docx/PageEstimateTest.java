package se.rapportverk.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import se.rapportverk.document.Document;
import se.rapportverk.document.Span;

/** The page estimate that pre-fills the table of contents and NUMPAGES. */
class PageEstimateTest {

    @Test
    void breaksLinesAtSpacesAndDashes() {
        double width = PageGeometry.TEXT_WIDTH;
        assertEquals(1, PageEstimate.lines(List.of(), PageEstimate.NORMAL, width));
        assertEquals(1, PageEstimate.lines(List.of(Span.plain("Kort rad.")), PageEstimate.NORMAL, width));
        assertEquals(2, PageEstimate.lines(List.of(Span.plain("Rad ett\nrad två")), PageEstimate.NORMAL, width));
        // "mmmm" is 4 × 833 thousandths of an em, at 10 pt 666.4 twips, and a space 55.6 twips:
        // 12 words to a 9072-twip line (12 × 666.4 + 11 × 55.6 = 8608), so 100 words take 9 lines.
        String words = "mmmm ".repeat(100).strip();
        assertEquals(9, PageEstimate.lines(List.of(Span.plain(words)), PageEstimate.NORMAL, width));
        // One word wider than the line is broken inside.
        assertEquals(3, PageEstimate.lines(List.of(Span.plain("m".repeat(120))), PageEstimate.NORMAL, width));
        // A break after the hyphen of LSS-verksamhet.
        assertEquals(2, PageEstimate.lines(List.of(Span.plain("LSS-verksamhet")), PageEstimate.TABLE_TEXT, 1000));
    }

    @Test
    void boldTextIsWider() {
        String text = "Summa kostnader för verksamheten";
        int wider = 0;
        for (int width = 800; width <= 3000; width += 10) {
            int plain = PageEstimate.lines(List.of(Span.plain(text)), PageEstimate.TABLE_TEXT, width);
            int bold = PageEstimate.lines(List.of(Span.bold(text)), PageEstimate.TABLE_TEXT, width);
            assertTrue(bold >= plain, "at " + width);
            if (bold > plain) {
                wider++;
            }
        }
        assertTrue(wider > 0);
    }

    /** Pages LibreOffice 7.4 put the sample's headings on, from its PDF. */
    @Test
    void sampleHeadingsLandWhereLibreOfficeLaysThemOut() {
        Document sample = SampleDocuments.delarsrapport();
        HeadingAnchors anchors = new HeadingAnchors(sample.blocks());
        PageEstimate estimate = PageEstimate.of(sample.blocks(), anchors);
        Map<String, String> pages = new LinkedHashMap<>();
        for (HeadingAnchors.Anchor a : anchors.tocEntries(3)) {
            pages.put(a.heading().displayText(), estimate.pageOf(a.bookmarkId()));
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String h : List.of("1 Sammanfattning", "2 Uppdrag och ansvar", "3 Väsentliga händelser",
                "3.1 Myndighet, kvalitet och utveckling", "3.1.1 Lärcentrum", "3.2 Hälsa och sjukvård",
                "4 Uppföljning av mål", "4.1 Kommunfullmäktiges mål", "4.1.1 Hållbar ekonomi",
                "4.1.2 Attraktiv arbetsgivare")) {
            expected.put(h, "3");
        }
        expected.put("4.2 Nämndens mål", "4");
        expected.put("5 Uppföljning ekonomi", "4");
        expected.put("5.1 Ekonomisk analys", "6");
        expected.put("6 Internkontroll", "6");
        assertEquals(expected, pages);
        assertEquals(6, estimate.pageCount());
    }

    @Test
    void tocEntriesAndFooterShowTheEstimate() {
        XWPFDocument docx = DocxTestSupport.read(DocxTestSupport.render(SampleDocuments.delarsrapport()));
        XWPFParagraph entry = docx.getParagraphs().stream()
                .filter(p -> "TOC2".equals(p.getStyle()) && p.getText().startsWith("4.2 "))
                .findFirst().orElseThrow();
        List<String> texts = DocxTestSupport.select(entry.getCTP(), ".//w:t");
        assertEquals(List.of("4.2 Nämndens mål", "4"), texts);
        List<String> footer = DocxTestSupport.select(
                docx.getHeaderFooterPolicy().getDefaultFooter()._getHdrFtr(), ".//w:t");
        assertEquals("6", footer.get(footer.size() - 1), "NUMPAGES shows the estimated page count");
    }

    /** The estimate's measures are those of the styles part, or it estimates another document. */
    @Test
    void measuresMirrorTheStylesPart() throws Exception {
        CTStyles styles;
        try (InputStream in = getClass().getResourceAsStream("/render/docx/styles.xml")) {
            styles = StylesDocument.Factory.parse(in).getStyles();
        }
        Map<String, PageEstimate.Metrics> byStyle = new LinkedHashMap<>();
        byStyle.put("Normal", PageEstimate.NORMAL);
        byStyle.put("Heading1", PageEstimate.HEADING_1);
        byStyle.put("Heading2", PageEstimate.HEADING_2);
        byStyle.put("Heading3", PageEstimate.HEADING_3);
        byStyle.put("Caption", PageEstimate.CAPTION);
        byStyle.put("Note", PageEstimate.NOTE);
        byStyle.put("ListBullet", PageEstimate.LIST);
        byStyle.put("TOCHeading", PageEstimate.TOC_HEADING);
        byStyle.put("TOC1", PageEstimate.TOC_1);
        byStyle.put("TOC2", PageEstimate.TOC_2);
        byStyle.put("TOC3", PageEstimate.TOC_3);
        byStyle.put("FieldLine", PageEstimate.FIELD_LINE);
        byStyle.put("SignatureName", PageEstimate.SIGNATURE_NAME);
        byStyle.put("SignatureTitle", PageEstimate.SIGNATURE_TITLE);
        byStyle.put("TableText", PageEstimate.TABLE_TEXT);
        byStyle.put("TableHeading", PageEstimate.TABLE_BOLD);
        byStyle.put("TableTotal", PageEstimate.TABLE_BOLD);
        byStyle.put("TableGroup", PageEstimate.TABLE_GROUP);
        byStyle.put("TableSpacer", PageEstimate.TABLE_SPACER);
        for (var e : byStyle.entrySet()) {
            PageEstimate.Metrics m = e.getValue();
            String id = e.getKey();
            assertEquals(m.sizePt() * 2, Double.parseDouble(inherited(styles, id, "rPr/w:sz/@w:val", "20")), id);
            assertEquals(m.bold(), !inherited(styles, id, "rPr/w:b", "").isEmpty() || hasElement(styles, id, "b"),
                    id + " bold");
            assertEquals(m.before(), Integer.parseInt(inherited(styles, id, "pPr/w:spacing/@w:before", "0")), id);
            assertEquals(m.after(), Integer.parseInt(inherited(styles, id, "pPr/w:spacing/@w:after", "120")), id);
            assertEquals(m.lineFactor(),
                    Integer.parseInt(inherited(styles, id, "pPr/w:spacing/@w:line", "264")) / 240.0, 1e-9, id);
            int indent = Integer.parseInt(inherited(styles, id, "pPr/w:ind/@w:left", "0"));
            if (id.startsWith("List")) {
                indent = 357; // from the list level in numbering.xml
            }
            assertEquals(m.indent(), indent, id);
        }
    }

    /** A value set by a style or a style it is based on, or the document default. */
    private static String inherited(CTStyles styles, String id, String path, String fallback) {
        for (String s = id; s != null; ) {
            CTStyle style = style(styles, s);
            List<String> found = DocxTestSupport.select(style, "./w:" + path);
            if (!found.isEmpty()) {
                return found.get(0).isEmpty() ? "set" : found.get(0);
            }
            s = style.getBasedOn() == null ? null : style.getBasedOn().getVal();
        }
        return fallback;
    }

    private static boolean hasElement(CTStyles styles, String id, String rPrChild) {
        for (String s = id; s != null; ) {
            CTStyle style = style(styles, s);
            if (!DocxTestSupport.select(style, "./w:rPr/w:" + rPrChild + "/..").isEmpty()) {
                return true;
            }
            s = style.getBasedOn() == null ? null : style.getBasedOn().getVal();
        }
        return false;
    }

    private static CTStyle style(CTStyles styles, String id) {
        for (CTStyle s : styles.getStyleArray()) {
            if (id.equals(s.getStyleId())) {
                return s;
            }
        }
        throw new AssertionError("no style " + id);
    }
}
