package se.rapportverk.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

import se.rapportverk.document.Block;
import se.rapportverk.document.NumberedList;
import se.rapportverk.document.Table;
import se.rapportverk.document.TableOfContents;
import se.rapportverk.document.TitlePage;
import se.rapportverk.render.pdf.ExampleDocuments;
import se.rapportverk.render.pdf.ExampleDocuments.Example;

/**
 * The Word files of the real documents (every example workbook through the built-in templates,
 * and the check reports' trees too), not only of the hand-made sample: every part valid against
 * the schema (element order is what makes Word ask to repair a file), the structures Word is
 * strict about, numbered lists that restart, a complete TOC field, and columns no word is broken
 * in.
 */
class ExampleDocxTest {

    static Stream<Example> examples() {
        return ExampleDocuments.all().stream();
    }

    private static final java.util.Map<String, byte[]> FILES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, XWPFDocument> READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** The example's Word file, rendered once. */
    private static byte[] file(Example e) {
        return FILES.computeIfAbsent(e.name(), n -> render(e));
    }

    /** The example's Word file read back with POI, once (the tests only read it). */
    private static XWPFDocument read(Example e) {
        return READ.computeIfAbsent(e.name(), n -> DocxTestSupport.read(file(e)));
    }

    private static byte[] render(Example e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DocxRenderer().render(e.tree(), e.options(), out);
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
        return out.toByteArray();
    }

    private static void assertValid(String what, XmlObject part) {
        List<XmlError> errors = new ArrayList<>();
        XmlOptions options = new XmlOptions();
        options.setErrorListener(errors);
        boolean valid = part.validate(options);
        assertTrue(valid && errors.isEmpty(), () -> what + ": " + errors);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyPartIsValidAgainstTheSchema(Example e) throws Exception {
        XWPFDocument docx = read(e);
        assertValid("document", docx.getDocument());
        assertValid("styles", docx.getStyles().getCtStyles());
        assertValid("settings", docx.getSettings().getCTSettings());
        PackagePart numbering = docx.getPackage().getPartsByName(
                java.util.regex.Pattern.compile("/word/numbering.xml")).get(0);
        try (InputStream in = numbering.getInputStream()) {
            assertValid("numbering", NumberingDocument.Factory.parse(in));
        }
        for (XWPFHeader h : docx.getHeaderList()) {
            assertValid("header", h._getHdrFtr());
        }
        for (XWPFFooter f : docx.getFooterList()) {
            assertValid("footer", f._getHdrFtr());
        }
        assertEquals(2, docx.getHeaderList().size(), "a default and a first-page header");
        assertEquals(2, docx.getFooterList().size(), "a default and a first-page footer");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void tablesHaveRowsAndEveryCellEndsInAParagraph(Example e) {
        XWPFDocument docx = read(e);
        for (CTTbl tbl : docx.getDocument().getBody().getTblList()) {
            assertTrue(tbl.sizeOfTrArray() > 0, "a table without rows is a damaged file to Word");
            int columns = tbl.getTblGrid().sizeOfGridColArray();
            for (var tr : tbl.getTrList()) {
                int spanned = 0;
                for (CTTc tc : tr.getTcList()) {
                    spanned += tc.getTcPr().isSetGridSpan() ? tc.getTcPr().getGridSpan().getVal().intValue() : 1;
                    assertTrue(tc.sizeOfPArray() > 0, "a cell holds a paragraph");
                    org.w3c.dom.Node last = tc.getDomNode().getLastChild();
                    while (last != null && last.getNodeType() != org.w3c.dom.Node.ELEMENT_NODE) {
                        last = last.getPreviousSibling();
                    }
                    assertTrue(last != null && "p".equals(last.getLocalName()), "a cell ends in a paragraph");
                }
                assertEquals(columns, spanned, "every row fills the grid");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void bookmarksAreUniqueAndEveryLinkHasItsBookmark(Example e) {
        XWPFDocument docx = read(e);
        var body = docx.getDocument();
        List<String> ids = DocxTestSupport.select(body, "//w:bookmarkStart/@w:id");
        List<String> names = DocxTestSupport.select(body, "//w:bookmarkStart/@w:name");
        assertEquals(ids.size(), new HashSet<>(ids).size(), "bookmark ids are unique");
        assertEquals(names.size(), new HashSet<>(names).size(), "bookmark names are unique");
        assertEquals(ids, DocxTestSupport.select(body, "//w:bookmarkEnd/@w:id"));
        Set<String> known = new HashSet<>(names);
        for (String anchor : DocxTestSupport.select(body, "//w:hyperlink/@w:anchor")) {
            assertTrue(known.contains(anchor), "link to a missing bookmark: " + anchor);
        }
        // Complex fields are balanced: every begin has its separate and end.
        assertEquals(DocxTestSupport.select(body, "//w:fldChar[@w:fldCharType='begin']").size(),
                DocxTestSupport.select(body, "//w:fldChar[@w:fldCharType='end']").size());
        boolean hasToc = e.tree().blocks().stream().anyMatch(TableOfContents.class::isInstance);
        assertEquals(hasToc, DocxTestSupport.select(body, "//w:instrText").stream()
                .anyMatch(s -> s.strip().startsWith("TOC ")), "a TOC field where the tree has a TOC");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void numberedListsRestartAtOne(Example e) {
        List<Block> blocks = e.tree().blocks();
        long lists = blocks.stream().filter(NumberedList.class::isInstance).count();
        XWPFDocument docx = read(e);
        List<String> numIds = DocxTestSupport.select(docx.getDocument(),
                "//w:p[w:pPr/w:pStyle/@w:val='ListNumber']/w:pPr/w:numPr/w:numId/@w:val");
        assertEquals(lists, new HashSet<>(numIds).size(), "one list definition per numbered list");
        for (String numId : new HashSet<>(numIds)) {
            var num = docx.getNumbering().getNum(new java.math.BigInteger(numId)).getCTNum();
            assertEquals(1, num.getLvlOverrideArray(0).getStartOverride().getVal().intValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void columnsAreThePdfsColumns(Example e) {
        // The PDF's layout (which never breaks a word, see ExampleLayoutTest) gives each table its
        // widths; the Word file's columns end where the PDF's do, to the twip, and fill the line.
        se.rapportverk.render.layout.Layouter.Result layout = se.rapportverk.render.layout.Layouter.layout(e.tree());
        List<Block> blocks = e.tree().blocks();
        XWPFDocument docx = read(e);
        List<CTTbl> written = docx.getDocument().getBody().getTblList();
        int w = 0;
        int textWidth = se.rapportverk.render.layout.Geometry.twips(se.rapportverk.render.layout.Geometry.standard().contentWidth);
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof Table t) || t.rows().isEmpty() || t.columns().isEmpty()) {
                continue;
            }
            CTTbl tbl = null;
            while (w < written.size() && tbl == null) {
                CTTbl candidate = written.get(w++);
                if (candidate.getTblGrid().sizeOfGridColArray() == t.columns().size()
                        && candidate.sizeOfTrArray() == t.rows().size()) {
                    tbl = candidate;
                }
            }
            assertTrue(tbl != null, "table written");
            float[] pdf = layout.columnWidths().get(i);
            double edge = 0;
            int sum = 0;
            for (int c = 0; c < pdf.length; c++) {
                edge += pdf[c] * 20;
                sum += Integer.parseInt(tbl.getTblGrid().getGridColArray(c).getW().toString());
                assertEquals(edge, sum, 0.51, "column " + c + " of " + t.caption() + " ends where the PDF's does");
            }
            assertEquals(textWidth, sum);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void runsCarryNoDirectFontSizeOrSpacing(Example e) {
        XWPFDocument docx = read(e);
        // Bold comes from styles: paragraph styles, and the character style Strong for bold text.
        Set<String> runForbidden = Set.of("rFonts", "sz", "szCs", "spacing", "ind", "u", "highlight", "shd", "b");
        // Bold is a toggle property: Strong inside a bold paragraph style would turn bold off in Word.
        Set<String> boldParagraphs = Set.of("Heading1", "Heading2", "Heading3", "Caption", "TableHeading",
                "TableTotal", "TableGroup", "Title", "TitlePageKommun", "TOCHeading");
        Set<String> paragraphForbidden = Set.of("spacing", "ind", "rPr");
        Set<String> defined = new HashSet<>(DocxTestSupport.select(docx.getStyles().getCtStyles(),
                "//w:style/@w:styleId"));
        List<String> found = new ArrayList<>();
        Set<String> used = new HashSet<>();
        walk(docx.getDocument().getDomNode(), node -> {
            String name = node.getLocalName();
            String parent = node.getParentNode() == null ? "" : node.getParentNode().getLocalName();
            if ("rPr".equals(parent) && runForbidden.contains(name)
                    && "r".equals(node.getParentNode().getParentNode().getLocalName())) {
                found.add("run " + name);
            }
            if ("pPr".equals(parent) && paragraphForbidden.contains(name)
                    && !(name.equals("spacing") && COVER_STYLES.contains(styleOf(node.getParentNode())))) {
                found.add("paragraph " + name);
            }
            if ("pStyle".equals(name) || "rStyle".equals(name) || "tblStyle".equals(name)) {
                used.add(((org.w3c.dom.Element) node).getAttributeNS(DocxTestSupport.W, "val"));
            }
            if ("rStyle".equals(name) && "Strong".equals(((org.w3c.dom.Element) node).getAttributeNS(DocxTestSupport.W, "val"))) {
                org.w3c.dom.Node p = node;
                while (p != null && !"p".equals(p.getLocalName())) {
                    p = p.getParentNode();
                }
                org.w3c.dom.Node pPr = p == null ? null : p.getFirstChild();
                String pStyle = "";
                if (pPr != null && "pPr".equals(pPr.getLocalName()) && pPr.getFirstChild() != null
                        && "pStyle".equals(pPr.getFirstChild().getLocalName())) {
                    pStyle = ((org.w3c.dom.Element) pPr.getFirstChild()).getAttributeNS(DocxTestSupport.W, "val");
                }
                if (boldParagraphs.contains(pStyle)) {
                    found.add("Strong in " + pStyle);
                }
            }
        });
        assertEquals(List.of(), found, "direct formatting where a style should be");
        for (String style : used) {
            assertTrue(defined.contains(style), "undefined style " + style);
        }
    }

    /**
     * The cover's paragraphs take the space above them from the PDF's layout of the cover (the
     * house style's zones), as direct spacing: the one place spacing is not the style's.
     */
    static final Set<String> COVER_STYLES = Set.of("TitlePageLogo", "TitlePageKommun", "TitlePageRule", "Title",
            "Subtitle", "TitlePageLine");

    private static String styleOf(org.w3c.dom.Node pPr) {
        for (org.w3c.dom.Node c = pPr.getFirstChild(); c != null; c = c.getNextSibling()) {
            if ("pStyle".equals(c.getLocalName())) {
                return ((org.w3c.dom.Element) c).getAttributeNS(DocxTestSupport.W, "val");
            }
        }
        return "Normal";
    }

    private static void walk(org.w3c.dom.Node node, java.util.function.Consumer<org.w3c.dom.Node> visit) {
        for (org.w3c.dom.Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                visit.accept(c);
                walk(c, visit);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void sameBytesEveryTime(Example e) {
        assertArrayEquals(file(e), render(e));
        boolean titlePage = !e.tree().blocks().isEmpty() && e.tree().blocks().get(0) instanceof TitlePage;
        XWPFDocument docx = read(e);
        var policy = docx.getHeaderFooterPolicy();
        assertEquals("", policy.getFirstPageHeader().getText().strip(), "no running header on page 1");
        assertEquals(titlePage, !policy.getFirstPageFooter().getText().contains("Sida"),
                "the footer on page 1 unless it is a title page");
        assertFalse(policy.getDefaultFooter().getText().isBlank());
    }
}
