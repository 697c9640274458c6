package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The delårsrapport of {@code delarsrapport-augusti-2025.xlsx} as a reader gets it in the PDF:
 * generated once through the CLI, read back with PDFBox, figures computed from the workbook.
 */
class DelarsrapportPdfTest {

    static final String PDF = "delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf";
    static final String HEADER = "Vård- och omsorgsnämnden – Delårsrapport augusti 2025";

    static Generated generated;
    static PdfDoc pdf;
    static DelarsrapportFigures expected;
    static String body;

    @BeforeAll
    static void generate() {
        generated = SharedRuns.of(Examples.DELARSRAPPORT);
        pdf = PdfDoc.read(generated.bytes(PDF));
        expected = new DelarsrapportFigures(WorkbookCells.read(Examples.DELARSRAPPORT));
        body = pdf.body(HEADER);
    }

    @Test
    void writesTheDocumentsManifestAndKontrollrapportWithTheDocumentedNames() {
        assertEquals(Set.of(PDF, "delarsrapport-vard-och-omsorgsnamnden-2025-08.docx",
                "kontrollrapport-delarsrapport-augusti-2025.pdf", "kontrollrapport-delarsrapport-augusti-2025.html",
                "manifest-delarsrapport-augusti-2025.json"), generated.files().keySet());
        for (String name : generated.files().keySet()) {
            assertTrue(generated.run().out().contains("Skrev " + generated.folder().resolve(name)), generated.run().out());
        }
        assertEquals("", generated.run().err(), "a clean workbook gives no warnings");
    }

    @Test
    void titlePageHasKommunTitleAndNamndAndNoFooter() {
        List<String> first = pdf.page(1);
        assertEquals(List.of("Ekeby kommun", "Delårsrapport augusti 2025", "Vård- och omsorgsnämnden",
                "Vård- och omsorgsförvaltningen", "2025-09-23", "Dnr 2025.112 VON"), first);
    }

    @Test
    void everyPageButTheTitlePageHasHeaderAndFooterSidaXAvY() {
        int n = pdf.pageCount();
        assertTrue(n >= 10, "pages: " + n);
        for (int p = 2; p <= n; p++) {
            assertEquals(HEADER, pdf.page(p).get(0), "header of page " + p);
            assertEquals("Dnr 2025.112 VON Sida " + p + " av " + n, pdf.lastLine(p), "footer of page " + p);
        }
        assertFalse(pdf.page(1).stream().anyMatch(l -> l.contains("Sida")), "no footer on the title page");
    }

    @Test
    void numberedHeadingsStandInOrderAsLinesOfTheirOwn() {
        int from = pdf.pageOfLine("Innehållsförteckning") + 1;
        int lastPage = from;
        int lastIndex = -1;
        for (String heading : expected.numberedHeadings()) {
            int page = pdf.pageOfLine(heading, lastPage);
            assertTrue(page > 0, "heading not found after page " + lastPage + ": " + heading);
            int index = pdf.page(page).indexOf(heading);
            assertTrue(page > lastPage || index > lastIndex, "out of order: " + heading);
            lastPage = page;
            lastIndex = index;
        }
    }

    @Test
    void tableOfContentsListsTheSectionsWithThePagesTheyStandOn() {
        int tocPage = pdf.pageOfLine("Innehållsförteckning");
        assertEquals(2, tocPage);
        List<PdfDoc.TocEntry> toc = pdf.toc();
        assertEquals(expected.tocHeadings(), toc.stream().map(PdfDoc.TocEntry::title).toList());
        Set<Integer> pages = new LinkedHashSet<>();
        for (PdfDoc.TocEntry entry : toc) {
            int actual = pdf.pageOfLine(entry.title(), tocPage + 1);
            assertEquals(actual, entry.page(), "TOC page of " + entry.title());
            pages.add(actual);
        }
        assertTrue(pages.size() >= 8, "the headings spread over many pages: " + pages);
    }

    @Test
    void outlineBookmarksOpenThePagesOfTheirHeadings() {
        List<String> numbered = new ArrayList<>();
        for (PdfDoc.Bookmark b : pdf.outline) {
            if (b.title().matches("\\d+(\\.\\d+)* .+")) {
                numbered.add(b.title());
                int depth = b.title().split(" ")[0].split("\\.").length;
                assertEquals(depth, b.level(), "outline level of " + b.title());
                assertEquals(pdf.pageOfLine(b.title(), 3), b.page(), "bookmark page of " + b.title());
            }
        }
        assertEquals(expected.numberedHeadings(), numbered);
    }

    @Test
    void resultatrakningShowsEveryPostAndTheCalculatedSumsInMkr() {
        int last = -1;
        for (DelarsrapportFigures.Row row : expected.resultatrakning()) {
            int index = pdf.rowIndex(row.label(), row.figures());
            assertTrue(index > last, "rows in order: " + row.label());
            last = index;
        }
        // The figures input-examples/README.md states for the example.
        assertEquals(List.of("-1" + Sv.NBSP + "044,4", "-705,6", "-750,9", "-1" + Sv.NBSP + "078,1",
                "-1" + Sv.NBSP + "121,5", "-43,4"), expected.resultatrakning().get(expected.resultatrakning().size() - 1)
                .figures());
        pdf.rowIndex("Summa totalt", List.of(Sv.nb("-1 044,4"), "-705,6", "-750,9", Sv.nb("-1 078,1"),
                Sv.nb("-1 121,5"), "-43,4"));
    }

    @Test
    void driftsredovisningHasASubtotalPerOmradeAndATotalEqualToTheResultatrakning() {
        int caption = pdf.lines().indexOf("Driftsredovisning");
        assertTrue(caption > 0);
        int last = caption;
        for (DelarsrapportFigures.Row row : expected.driftsredovisning()) {
            int index = pdf.rowIndex(row.label(), row.figures(), caption);
            assertTrue(index > last, "rows in order: " + row.label());
            last = index;
        }
        List<DelarsrapportFigures.Row> rr = expected.resultatrakning();
        List<DelarsrapportFigures.Row> dr = expected.driftsredovisning();
        assertEquals(rr.get(rr.size() - 1).figures(), dr.get(dr.size() - 1).figures(),
                "the workbook's Driftsredovisning adds up to its Resultaträkning");
        for (String omrade : expected.omraden().keySet()) {
            assertTrue(pdf.lines().subList(caption, last).contains(omrade), "group row " + omrade);
        }
    }

    @Test
    void theSummaryOfSection6IsDraftedFromTheCalculatedFigures() {
        List<String> sentences = expected.summarySentences();
        // The README's figures: 750,9 mkr, -28,0 mkr, 1 121,5 mkr, -43,4 mkr.
        assertTrue(sentences.get(0).contains(" 750,9 mkr") && sentences.get(0).contains(" -28,0 mkr"), sentences.get(0));
        assertTrue(sentences.get(2).contains(" 1" + Sv.NBSP + "121,5 mkr") && sentences.get(2).contains(" -43,4 mkr"),
                sentences.get(2));
        String paragraph = String.join(" ", sentences);
        int at = body.indexOf("6 Uppföljning ekonomi Sammanfattning " + paragraph);
        assertTrue(at >= 0, "expected after the heading of §6:\n" + paragraph + "\nbut §6 reads:\n"
                + body.substring(body.indexOf("6 Uppföljning ekonomi"), body.indexOf("6 Uppföljning ekonomi") + 900));
    }

    @Test
    void everyGoalShowsItsAssessmentAsASymbolAndWords() {
        for (String niva : List.of("Kommunfullmäktige", "Nämnd")) {
            for (WorkbookCells.Line goal : expected.goals(niva)) {
                int heading = body.indexOf(" " + goal.text("Mål") + " För nämnden innebär det:");
                assertTrue(heading > 0, goal.text("Mål"));
                int assessment = body.indexOf("Bedömning av måluppfyllelsen vid delåret: ", heading);
                String shown = body.substring(assessment + "Bedömning av måluppfyllelsen vid delåret: ".length());
                String words = goal.text("Bedömning");
                assertTrue(shown.startsWith("\u25CF " + words + " "), goal.text("Mål") + ": " + shown.substring(0, 40));
            }
        }
        // The summary table counts the goals per Bedömning and Nivå.
        for (String bedomning : List.of("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")) {
            long kf = expected.goals("Kommunfullmäktige").stream().filter(g -> g.text("Bedömning").equals(bedomning)).count();
            long namnd = expected.goals("Nämnd").stream().filter(g -> g.text("Bedömning").equals(bedomning)).count();
            assertTrue(pdf.lines().contains(bedomning + " " + kf + " " + namnd + " " + (kf + namnd)),
                    "count row " + bedomning);
        }
    }

    @Test
    void externaUtforareShowSharesAsPercentWithOneDecimal() {
        int section = pdf.lines().indexOf("7 Uppföljning av väsentliga externa utförare");
        for (DelarsrapportFigures.Row row : expected.externaUtforare()) {
            pdf.rowIndex(row.label(), row.figures(), section);
        }
        assertEquals("19,1" + Sv.NBSP + "%", expected.externaUtforare().get(1).figures().get(0));
    }

    @Test
    void volymerShowTheDeviationAndItsCost() {
        int section = pdf.lines().indexOf("6.3 Uppföljning volymer");
        for (DelarsrapportFigures.Row row : expected.volymer()) {
            pdf.rowIndex(row.label(), row.figures(), section);
        }
    }

    @Test
    void documentPropertiesAreSwedish() {
        assertEquals("Delårsrapport augusti 2025", pdf.title);
        assertEquals("Vård- och omsorgsförvaltningen", pdf.author);
        assertEquals("sv-SE", pdf.language);
    }

    @Test
    void noGoalRepeatsItsLeadIn() {
        String twice = "Till delåret har nämnden bidragit genom att: Till delåret har nämnden bidragit genom att:";
        assertFalse(body.contains(twice), "the lead-in stands twice in a row");
    }
}
