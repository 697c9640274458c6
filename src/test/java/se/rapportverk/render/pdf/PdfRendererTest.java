package se.rapportverk.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import se.rapportverk.document.Document;
import se.rapportverk.document.Heading;

/** Renders the sample delårsrapport once and reads it back with PDFBox and veraPDF. */
class PdfRendererTest {

    private static final Pattern TOC_LINE = Pattern.compile("^(.+?)[ .]*?\\s(\\d+)$");
    private static final Pattern SUBSET = Pattern.compile("[A-Z]{6}\\+LiberationSans(-Bold|-Italic|-BoldItalic)?");

    private static Document document;
    private static byte[] pdf;
    private static PDDocument pd;
    /** Text lines of each page, index 0 = page 1. */
    private static List<List<String>> pages;

    @BeforeAll
    static void render() throws IOException {
        document = SampleDocument.document();
        pdf = new PdfRenderer().renderBytes(document, SampleDocument.options());
        pd = Loader.loadPDF(pdf);
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        pages = new ArrayList<>();
        for (int p = 1; p <= pd.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            pages.add(List.of(stripper.getText(pd).split("\n")));
        }
    }

    @AfterAll
    static void close() throws IOException {
        pd.close();
    }

    /** The 1-based page on which a line equal to the text stands, after the table of contents. */
    private static int pageOfLine(String line, int fromPage) {
        for (int p = fromPage; p <= pages.size(); p++) {
            if (pages.get(p - 1).contains(line)) {
                return p;
            }
        }
        return -1;
    }

    /** The last page of the table of contents: the page before the first heading stands. */
    private static int tocLastPage() {
        int tocStart = -1;
        for (int p = 1; p <= pages.size() && tocStart < 0; p++) {
            if (pages.get(p - 1).contains("Innehållsförteckning")) {
                tocStart = p;
            }
        }
        assertTrue(tocStart > 0, "no table of contents");
        return pageOfLine(document.headings().get(0).displayText(), tocStart) - 1;
    }

    private static List<Heading> tocHeadings() {
        return document.headings().stream().filter(h -> h.inToc() && h.level() <= 3).toList();
    }

    @Test
    void rendersA4PagesWithTitlePageFirst() {
        assertTrue(pd.getNumberOfPages() >= 6, "pages: " + pd.getNumberOfPages());
        for (PDPage page : pd.getPages()) {
            assertEquals(595.28f, page.getMediaBox().getWidth(), 0.1f);
            assertEquals(841.89f, page.getMediaBox().getHeight(), 0.1f);
        }
        List<String> first = pages.get(0);
        assertTrue(first.contains("Sjöstads kommun"), first.toString());
        assertTrue(first.contains(SampleDocument.TITLE), first.toString());
        assertTrue(first.contains("Vård- och omsorgsnämnden"), first.toString());
        // No running header or footer on the title page.
        assertFalse(first.stream().anyMatch(l -> l.contains(SampleDocument.HEADER) || l.contains("Sida ")),
                first.toString());
        // The table of contents starts on a new page.
        assertEquals("Innehållsförteckning", pages.get(1).get(1));
    }

    @Test
    void headingsAppearInDocumentOrder() {
        int from = tocLastPage() + 1;
        int lastPage = from;
        int lastIndex = -1;
        for (Heading h : document.headings()) {
            int page = pageOfLine(h.displayText(), from);
            assertTrue(page > 0, "heading not found as a line of its own: " + h.displayText());
            int index = pages.get(page - 1).indexOf(h.displayText());
            assertTrue(page > lastPage || (page == lastPage && index > lastIndex),
                    "out of order: " + h.displayText());
            lastPage = page;
            lastIndex = index;
        }
        assertEquals("4.2.1 Ekonomi i balans", document.headings().get(10).displayText());
    }

    @Test
    void tocPageNumbersAreWhereTheHeadingsLand() {
        int tocEnd = tocLastPage();
        assertEquals(2, tocEnd);
        List<String> tocLines = new ArrayList<>();
        for (int p = 2; p <= tocEnd; p++) {
            tocLines.addAll(pages.get(p - 1));
        }
        List<Heading> headings = tocHeadings();
        int found = 0;
        for (Heading h : headings) {
            String entry = tocLines.stream().filter(l -> l.startsWith(h.displayText() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no TOC entry for " + h.displayText() + " in " + tocLines));
            Matcher m = TOC_LINE.matcher(entry);
            assertTrue(m.matches(), entry);
            int listed = Integer.parseInt(m.group(2));
            int actual = pageOfLine(h.displayText(), tocEnd + 1);
            assertEquals(actual, listed, "TOC page of " + h.displayText());
            found++;
        }
        assertEquals(headings.size(), found);
        // Headings spread over several pages, so the check is not trivially true.
        Set<Integer> distinct = new LinkedHashSet<>();
        headings.forEach(h -> distinct.add(pageOfLine(h.displayText(), tocEnd + 1)));
        assertTrue(distinct.size() >= 4, distinct.toString());
    }

    @Test
    void tocEntriesLinkToTheirHeadings() throws IOException {
        PDPage tocPage = pd.getPage(1);
        List<PDAnnotationLink> links = new ArrayList<>();
        for (PDAnnotation a : tocPage.getAnnotations()) {
            if (a instanceof PDAnnotationLink l) {
                links.add(l);
            }
        }
        List<Heading> headings = tocHeadings();
        assertEquals(headings.size(), links.size());
        for (int i = 0; i < links.size(); i++) {
            PDPageDestination dest = (PDPageDestination) links.get(i).getDestination();
            int target = pd.getPages().indexOf(dest.getPage()) + 1;
            assertEquals(pageOfLine(headings.get(i).displayText(), 3), target, headings.get(i).displayText());
            assertEquals(headings.get(i).displayText(), links.get(i).getContents());
        }
    }

    @Test
    void footersCountAllPagesAndHeadersRepeat() {
        int n = pages.size();
        for (int p = 2; p <= n; p++) {
            List<String> lines = pages.get(p - 1);
            assertEquals(SampleDocument.HEADER, lines.get(0), "header of page " + p);
            String footer = lines.get(lines.size() - 1);
            assertEquals(SampleDocument.FOOTER + " Sida " + p + " av " + n, footer, "footer of page " + p);
        }
    }

    @Test
    void longTableRepeatsItsHeaderOnEveryPage() {
        List<Integer> tablePages = new ArrayList<>();
        for (int p = 1; p <= pages.size(); p++) {
            if (pages.get(p - 1).stream().anyMatch(l -> l.contains(" – enhet "))) {
                tablePages.add(p);
            }
        }
        assertTrue(tablePages.size() >= 3, "the table should span pages: " + tablePages);
        for (int p : tablePages) {
            List<String> lines = pages.get(p - 1);
            int header = indexOfStart(lines, SampleDocument.TABLE_HEADER_FIRST);
            assertTrue(header > 0, "no table header on page " + p + ": " + lines);
            assertTrue(lines.stream().anyMatch(l -> l.contains("Avvikelse")), "page " + p);
            assertTrue(lines.stream().anyMatch(l -> l.contains("Utfall jan–")), "page " + p);
            // Body rows follow the header on the same page: never a header alone at the foot.
            assertTrue(lines.get(header + 1).contains(" – enhet ") || lines.get(header + 2).contains(" – enhet "),
                    "header alone on page " + p);
        }
        // The caption stands once, above the table, with the header on its page.
        int captionPage = pageOfLine(SampleDocument.TABLE_CAPTION, 1);
        assertEquals(tablePages.get(0), captionPage);
        // The total row ends the table, and is not alone on its page.
        int last = tablePages.get(tablePages.size() - 1);
        List<String> lastLines = pages.get(last - 1);
        assertTrue(lastLines.stream().anyMatch(l -> l.startsWith(SampleDocument.TOTAL_LABEL + " ")), lastLines.toString());
    }

    private static int indexOfStart(List<String> lines, String start) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void headingsAreNeverLastOnAPage() {
        for (Heading h : document.headings()) {
            int page = pageOfLine(h.displayText(), 3);
            List<String> lines = pages.get(page - 1);
            int i = lines.indexOf(h.displayText());
            // After the heading comes content, then the footer line.
            assertTrue(i < lines.size() - 2, h.displayText() + " stands alone at the foot of page " + page);
        }
    }

    @Test
    void textIsShownLiterallyWithSwedishCharactersAndSymbols() {
        String all = String.join("\n", pages.stream().map(l -> String.join("\n", l)).toList());
        assertTrue(all.contains("Texten <b>visas</b> exakt som den är skriven & *utan* tolkning."));
        assertTrue(all.contains("\u221229,7\u00A0mkr"), "minus sign and no-break space");
        assertTrue(all.contains("1\u00A0092,2\u00A0mkr"));
        assertTrue(all.contains("Bedömning: \u25CF Uppfyllt."));
        assertTrue(all.contains("Åtgärder för budget i balans"));
        assertTrue(all.contains("Örjan Östlund"));
        assertTrue(all.contains("januari–augusti"));
        assertTrue(all.contains("• Vara en attraktiv arbetsgivare."));
        assertTrue(all.contains("1. Samordnad bemanning i hela förvaltningen."));
        assertTrue(all.contains("Diarienummer: VON-2024/182"));
        assertTrue(all.contains("Typ av styrdokument Plan"));
        assertTrue(all.contains("Anna Andersson Örjan Östlund"), "signatures side by side");
        assertTrue(all.contains("Förvaltningschef Ekonomichef"), "titles below the names");
    }

    @Test
    void fourLiberationSansFacesAreEmbeddedAsSubsets() throws IOException {
        Set<String> names = new LinkedHashSet<>();
        for (PDPage page : pd.getPages()) {
            PDResources res = page.getResources();
            for (COSName n : res.getFontNames()) {
                PDFont font = res.getFont(n);
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(SUBSET.matcher(font.getName()).matches(), font.getName());
                names.add(font.getName().substring(7));
            }
        }
        assertEquals(Set.of("LiberationSans", "LiberationSans-Bold", "LiberationSans-Italic",
                "LiberationSans-BoldItalic"), names);
    }

    @Test
    void documentPropertiesLanguageAndXmp() throws IOException {
        PDDocumentInformation info = pd.getDocumentInformation();
        assertEquals(SampleDocument.TITLE, info.getTitle());
        assertEquals("Vård- och omsorgsförvaltningen", info.getAuthor());
        assertEquals(SampleDocument.info().subject(), info.getSubject());
        assertEquals(SampleDocument.info().keywords(), info.getKeywords());
        assertEquals("Rapportverk", info.getCreator());
        Calendar created = info.getCreationDate();
        assertEquals(Instant.parse("2024-09-24T00:00:00Z"), created.toInstant());
        assertEquals(created.toInstant(), info.getModificationDate().toInstant());

        PDDocumentCatalog catalog = pd.getDocumentCatalog();
        assertEquals("sv-SE", catalog.getLanguage());
        assertTrue(catalog.getViewerPreferences().displayDocTitle());
        assertTrue(catalog.getMarkInfo().isMarked());

        String xmp = new String(catalog.getMetadata().toByteArray(), StandardCharsets.UTF_8);
        assertTrue(xmp.contains("<rdf:li xml:lang=\"x-default\">" + SampleDocument.TITLE + "</rdf:li>"), xmp);
        assertTrue(xmp.contains("<pdfaid:part>3</pdfaid:part>"), xmp);
        assertTrue(xmp.contains("<pdfaid:conformance>A</pdfaid:conformance>"), xmp);
        assertTrue(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"), xmp);
        assertTrue(xmp.contains("<xmp:CreateDate>2024-09-24T00:00:00+00:00</xmp:CreateDate>"), xmp);
        assertTrue(xmp.contains("<dc:creator><rdf:Seq><rdf:li>Vård- och omsorgsförvaltningen</rdf:li>"), xmp);

        // The trailer /ID comes from the document id.
        COSArray id = pd.getDocument().getTrailer().getCOSArray(COSName.ID);
        assertNotNull(id);
    }

    @Test
    void outlineHasTheHeadingsNestedByLevel() {
        PDOutlineItem first = pd.getDocumentCatalog().getDocumentOutline().getFirstChild();
        List<String> flat = new ArrayList<>();
        List<String> nesting = new ArrayList<>();
        collect(first, 1, flat, nesting);
        List<Heading> headings = document.headings();
        assertEquals(headings.stream().map(Heading::displayText).toList(), flat);
        assertEquals(headings.stream().map(h -> h.level() + ":" + h.displayText()).toList(), nesting);
    }

    private static void collect(PDOutlineItem item, int depth, List<String> flat, List<String> nesting) {
        for (PDOutlineItem i = item; i != null; i = i.getNextSibling()) {
            flat.add(i.getTitle());
            nesting.add(depth + ":" + i.getTitle());
            if (i.getFirstChild() != null) {
                collect(i.getFirstChild(), depth + 1, flat, nesting);
            }
        }
    }

    @Test
    void workbookIsEmbeddedAsSourceAssociatedFile() throws IOException {
        Map<String, PDComplexFileSpecification> files =
                pd.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
        assertEquals(1, files.size());
        PDComplexFileSpecification fs = files.values().iterator().next();
        assertEquals(SampleDocument.WORKBOOK_NAME, fs.getFileUnicode());
        assertEquals("Source", fs.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")));
        PDEmbeddedFile ef = fs.getEmbeddedFileUnicode();
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ef.getSubtype());
        assertArrayEquals(SampleDocument.options().sourceWorkbook(), ef.toByteArray());
        assertEquals(Instant.parse("2024-09-24T00:00:00Z"), ef.getModDate().toInstant());

        COSArray af = pd.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
        assertNotNull(af, "catalog /AF");
        assertEquals(1, af.size());
        COSBase entry = af.get(0);
        COSBase target = entry instanceof COSObject o ? o.getObject() : entry;
        assertTrue(target == fs.getCOSObject(), "/AF refers to the embedded file's specification");
    }

    @Test
    void tagTreeHasHeadingsParagraphsListsAndTables() {
        Set<String> types = new LinkedHashSet<>();
        collectTypes(pd.getDocumentCatalog().getStructureTreeRoot(), types);
        for (String t : List.of("Document", "H1", "H2", "H3", "P", "L", "LI", "Lbl", "LBody", "Table", "THead",
                "TBody", "TR", "TH", "TD", "Caption", "TOC", "TOCI", "Link")) {
            assertTrue(types.contains(t), "no " + t + " in " + types);
        }
    }

    private static void collectTypes(PDStructureNode node, Set<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                types.add(e.getStructureType());
                collectTypes(e, types);
            }
        }
    }

    @Test
    void conformsToPdfA3aAndPdfUa1() {
        Map<PDFAFlavour, List<VeraPdf.Failure>> failures =
                VeraPdf.validate(pdf, List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), failures.get(PDFAFlavour.PDFA_3_A), "PDF/A-3a");
        assertEquals(List.of(), failures.get(PDFAFlavour.PDFUA_1), "PDF/UA-1");
    }

    @Test
    void sameInputGivesSameBytesWhateverTheTimeZoneAndLocale() throws IOException {
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfRenderer().render(SampleDocument.document(), SampleDocument.options(), out);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Locale.setDefault(Locale.forLanguageTag("th-TH-u-ca-buddhist-nu-thai"));
            byte[] second = new PdfRenderer().renderBytes(SampleDocument.document(), SampleDocument.options());
            if (!java.util.Arrays.equals(pdf, out.toByteArray()) || !java.util.Arrays.equals(pdf, second)) {
                fail("renderings differ: " + firstDifference(pdf, out.toByteArray()) + " / "
                        + firstDifference(pdf, second));
            }
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
    }

    @Test
    void documentIdDecidesTheFileIdentifierAndSubsetNames() throws IOException {
        var other = new se.rapportverk.render.RenderOptions(SampleDocument.options().sourceWorkbook(),
                SampleDocument.WORKBOOK_NAME, "0000000000000000000000000000000000000000");
        byte[] again = new PdfRenderer().renderBytes(document, other);
        assertFalse(java.util.Arrays.equals(pdf, again));
        try (PDDocument d = Loader.loadPDF(again)) {
            String id1 = pd.getDocument().getTrailer().getCOSArray(COSName.ID).toString();
            String id2 = d.getDocument().getTrailer().getCOSArray(COSName.ID).toString();
            assertFalse(id1.equals(id2), "the /ID follows the document id");
            String font1 = pd.getPage(2).getResources().getFont(COSName.getPDFName("F1")).getName();
            String font2 = d.getPage(2).getResources().getFont(COSName.getPDFName("F1")).getName();
            assertEquals(font1.substring(7), font2.substring(7));
            assertFalse(font1.equals(font2), "the subset prefix follows the document id: " + font1);
        }
    }

    private static String firstDifference(byte[] a, byte[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            if (a[i] != b[i]) {
                int from = Math.max(0, i - 40);
                return "at byte " + i + ": «" + new String(a, from, Math.min(80, n - from), StandardCharsets.ISO_8859_1)
                        + "» vs «" + new String(b, from, Math.min(80, n - from), StandardCharsets.ISO_8859_1) + "»";
            }
        }
        return a.length == b.length ? "none" : "lengths " + a.length + " and " + b.length;
    }

    @Test
    void contentCarriesNoLinkToTheClock() {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("D:(\\d{8})").matcher(raw);
        int dates = 0;
        while (m.find()) {
            assertEquals("20240924", m.group(1));
            dates++;
        }
        assertTrue(dates >= 3, "creation, modification and embedded file dates");
        COSDictionary trailer = pd.getDocument().getTrailer();
        assertNotNull(trailer.getCOSArray(COSName.ID));
    }
}
