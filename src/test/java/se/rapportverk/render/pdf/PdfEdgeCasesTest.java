package se.rapportverk.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.Document;
import se.rapportverk.document.DocumentInfo;
import se.rapportverk.document.FieldList;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Numbering;
import se.rapportverk.document.PageBreak;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Signatures;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.document.TableOfContents;
import se.rapportverk.document.TitlePage;
import se.rapportverk.render.RenderOptions;

/** Documents at the edges: empty, odd, oversized; each must still come out as valid PDF/A. */
class PdfEdgeCasesTest {

    private static DocumentInfo info(String title, String footer) {
        return new DocumentInfo(title, "", "", "sv-SE", LocalDate.of(2025, 1, 31), "Kommunstyrelsen", footer, "");
    }

    private static byte[] render(Document d) throws IOException {
        return new PdfRenderer().renderBytes(d, RenderOptions.withoutSource("abc123"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setLineSeparator("\n");
            return s.getText(pd);
        }
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            return pd.getNumberOfPages();
        }
    }

    @Test
    void emptyDocumentIsOneValidPage() throws IOException {
        byte[] pdf = render(new Document(info("Tomt", ""), List.of()));
        assertEquals(1, pageCount(pdf));
        assertTrue(text(pdf).contains("Sida 1 av 1"));
        Map<PDFAFlavour, List<VeraPdf.Failure>> f = VeraPdf.validate(pdf, List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), f.get(PDFAFlavour.PDFA_3_A));
        assertEquals(List.of(), f.get(PDFAFlavour.PDFUA_1));
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            assertNull(pd.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.getPDFName("AF")),
                    "no associated file without a workbook");
            assertNull(pd.getDocumentCatalog().getNames());
        }
    }

    @Test
    void oddContentStaysValid() throws IOException {
        List<Block> b = new ArrayList<>();
        b.add(new PageBreak()); // at the start: no blank page
        b.add(new Heading(1, "", "Ärendet", true, true));
        b.add(new Heading(3, "", "Hoppar över en nivå", true, true)); // tags must not skip H2
        b.add(new Paragraph(List.of(Span.plain("")), Paragraph.Style.BODY));
        b.add(Paragraph.of("Rad ett\nrad två\tmed tabb, en bock \u2713, ett kryss \u2717, "
                + "ett hårt bindestreck\u2011här, en emoji \uD83D\uDE00 och ett osynligt\u200Bmellanrum."));
        b.add(Paragraph.of("https://www.example.se/ett/mycket/langt/stycke/utan/mellanrum/som/maste/brytas/"
                + "mitt/i/ordet/for/att/fa/plats/pa/raden/och/inte/rinna/ut/over/marginalen/alls"));
        b.add(new PageBreak());
        b.add(new PageBreak());
        b.add(new TitlePage("Kommunen", "En titelsida mitt i", "", List.of()));
        String longCell = "Mycket lång cell. ".repeat(220); // taller than a page
        b.add(new Table("", List.of(new Table.Column(Table.Align.LEFT, 1), new Table.Column(Table.Align.RIGHT, 1)),
                List.of(new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of("A"), Table.Cell.of("B"))),
                        new Table.Row(Table.RowKind.BODY, List.of(Table.Cell.of(longCell), Table.Cell.of("1,0"))),
                        new Table.Row(Table.RowKind.TOTAL, List.of(Table.Cell.of("Summa"), Table.Cell.of("1,0")))),
                1, Table.Style.GRID));
        b.add(new Table("Bara rubrik", List.of(new Table.Column(Table.Align.CENTER, 1)),
                List.of(new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of("Ensam")))), 1, Table.Style.GRID));
        b.add(new Table("", List.of(new Table.Column(Table.Align.LEFT, 1), new Table.Column(Table.Align.LEFT, 2)),
                List.of(new Table.Row(Table.RowKind.BODY, List.of(Table.Cell.of("Utan"), Table.Cell.of("rubrikrad"))),
                        new Table.Row(Table.RowKind.GROUP, List.of(Table.Cell.of("Grupp sist")))),
                0, Table.Style.PLAIN));
        // Words wider than the page can hold in two columns: broken with a hyphen, tagged as soft.
        String giant = "Omsorgsförvaltningensbemanningsutrymmesberäkningsmodellsuppföljning";
        b.add(new Table("", List.of(new Table.Column(Table.Align.LEFT, 1), new Table.Column(Table.Align.LEFT, 1)),
                List.of(new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of("Ord"), Table.Cell.of("Ord"))),
                        new Table.Row(Table.RowKind.BODY, List.of(Table.Cell.of(giant), Table.Cell.of(giant)))),
                1, Table.Style.GRID));
        b.add(Paragraph.of("Ett mjukt binde\u00ADstreck syns inte mitt på en rad."));
        b.add(new BulletList(List.of()));
        b.add(new FieldList(List.of(), FieldList.Layout.COLUMNS));
        b.add(new Signatures(List.of(
                new Signatures.Signature("Ett", "Ordförande"), new Signatures.Signature("Två", "Sekreterare"),
                new Signatures.Signature("Tre", "Justerare"),
                new Signatures.Signature("Fyra Förnamn Mellannamn Efternamnsson-Långnamnsdottir",
                        "Justerare och ledamot av kommunstyrelsens arbetsutskott"),
                new Signatures.Signature("Fem", "Justerare"))));
        b.add(new TableOfContents("Innehåll", 1));
        b.add(new Heading(2, "", "Sist av allt en rubrik", true, true));
        Document d = new Document(info("Udda innehåll", ""), Numbering.apply(b));
        byte[] pdf = render(d);
        String text = text(pdf);
        assertTrue(text.contains("Rad ett\nrad två med tabb"), text);
        assertTrue(text.contains("Mycket lång cell."));
        assertTrue(text.contains("Ett Två Tre"), "three signatories a row: " + text);
        assertTrue(text.contains("alls"));
        assertTrue(text.contains("Långnamnsdottir"), "a long signature name wraps, it is not cut");
        assertTrue(text.contains("arbetsutskott"), "a long signature title wraps, it is not cut");
        assertFalse(text.startsWith("\n"));
        assertTrue(text.contains("Ett mjukt bindestreck syns inte"), "a soft hyphen inside a line is not drawn");
        // A giant word is broken with a hyphen, tagged as a soft hyphen (ActualText U+00AD), which
        // readers take for what it is: no NUL, no hyphen in the word.
        assertFalse(text.contains("\u0000"), "an ActualText readers cannot decode");
        assertTrue(text.contains("Omsorgsförvaltningensbemanning"));
        long hyphens = se.rapportverk.render.layout.Layouter.layout(d).pages().stream().flatMap(pg -> pg.items.stream())
                .filter(it -> it instanceof se.rapportverk.render.layout.PageItem.Text t && t.text().equals("-") && "\u00AD".equals(t.actualText()))
                .count();
        assertTrue(hyphens >= 2, "hyphens drawn at the breaks: " + hyphens);
        Map<PDFAFlavour, List<VeraPdf.Failure>> f = VeraPdf.validate(pdf, List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1));
        assertEquals(List.of(), f.get(PDFAFlavour.PDFA_3_A));
        assertEquals(List.of(), f.get(PDFAFlavour.PDFUA_1));
        // The over-tall row runs over several pages instead of off the page.
        assertTrue(pageCount(pdf) >= 5, "pages: " + pageCount(pdf));
    }

    @Test
    void tableOfContentsOverSeveralPagesHasTheRightNumbers() throws IOException {
        List<Block> b = new ArrayList<>();
        b.add(new TitlePage("Kommunen", "Lång innehållsförteckning", "Nämnden", List.of()));
        b.add(new TableOfContents("Innehållsförteckning", 2));
        for (int i = 1; i <= 45; i++) {
            b.add(new Heading(1, "", "Avsnitt om ämne " + i, true, true));
            b.add(Paragraph.of("Inledande text till avsnitt " + i + ". ".repeat(i % 7 * 30)));
            for (int j = 1; j <= 2; j++) {
                b.add(new Heading(2, "", "Del " + j + " av avsnitt " + i, true, true));
                b.add(Paragraph.of("Text i del " + j + "."));
            }
        }
        Document d = new Document(info("Lång", ""), Numbering.apply(b));
        byte[] pdf = render(d);
        List<List<String>> pages = new ArrayList<>();
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            PDFTextStripper st = new PDFTextStripper();
            st.setSortByPosition(true);
            st.setLineSeparator("\n");
            for (int p = 1; p <= pd.getNumberOfPages(); p++) {
                st.setStartPage(p);
                st.setEndPage(p);
                pages.add(List.of(st.getText(pd).split("\n")));
            }
        }
        List<Heading> headings = d.headings();
        int firstHeadingPage = -1;
        for (int p = 1; p <= pages.size() && firstHeadingPage < 0; p++) {
            if (pages.get(p - 1).contains(headings.get(0).displayText())) {
                firstHeadingPage = p;
            }
        }
        assertTrue(firstHeadingPage >= 5, "the TOC should take several pages: " + firstHeadingPage);
        List<String> toc = new ArrayList<>();
        for (int p = 2; p < firstHeadingPage; p++) {
            toc.addAll(pages.get(p - 1));
        }
        for (Heading h : headings) {
            String entry = toc.stream().filter(l -> l.startsWith(h.displayText() + " ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no TOC entry for " + h.displayText()));
            int listed = Integer.parseInt(entry.substring(entry.lastIndexOf(' ') + 1));
            int actual = -1;
            for (int p = firstHeadingPage; p <= pages.size() && actual < 0; p++) {
                if (pages.get(p - 1).contains(h.displayText())) {
                    actual = p;
                }
            }
            assertEquals(actual, listed, h.displayText());
        }
    }

    @Test
    void untitledDocumentIsPdfAButDoesNotClaimPdfUa() throws IOException {
        byte[] pdf = render(new Document(info("", "Dnr 1"), List.of(Paragraph.of("Text."))));
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertFalse(raw.contains("pdfuaid:part"), "no PDF/UA claim without a title");
        assertEquals(List.of(), VeraPdf.validate(pdf, PDFAFlavour.PDFA_3_A));
    }
}
