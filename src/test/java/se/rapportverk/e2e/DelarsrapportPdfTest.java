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
 * generated once through the CLI, read back with PDFBox, against the figures written out by hand in
 * {@link DelarsrapportExample}.
 */
class DelarsrapportPdfTest {

    static final String PDF = "delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf";
    static final String HEADER = "Vård- och omsorgsnämnden – Delårsrapport augusti 2025";

    static Generated generated;
    static PdfDoc pdf;
    static String body;

    @BeforeAll
    static void generate() {
        generated = SharedRuns.of(Examples.DELARSRAPPORT);
        pdf = PdfDoc.read(generated.bytes(PDF));
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
        for (String heading : DelarsrapportExample.NUMBERED_HEADINGS) {
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
        assertEquals(DelarsrapportExample.TOC_HEADINGS, toc.stream().map(PdfDoc.TocEntry::title).toList());
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
        assertEquals(DelarsrapportExample.NUMBERED_HEADINGS, numbered);
    }

    @Test
    void resultatrakningShowsEveryPostAndTheCalculatedSumsInMkr() {
        int last = -1;
        for (DelarsrapportExample.Row row : DelarsrapportExample.RESULTATRAKNING) {
            int index = pdf.rowIndex(row.label(), row.figures());
            assertTrue(index > last, "rows in order: " + row.label());
            last = index;
        }
    }

    @Test
    void driftsredovisningHasASubtotalPerOmradeAndATotalEqualToTheResultatrakning() {
        int caption = pdf.lines().indexOf("Driftsredovisning");
        assertTrue(caption > 0);
        int last = caption;
        for (DelarsrapportExample.Row row : DelarsrapportExample.DRIFTSREDOVISNING) {
            int index = pdf.rowIndex(row.label(), row.figures(), caption);
            assertTrue(index > last, "rows in order: " + row.label());
            last = index;
        }
        for (String omrade : DelarsrapportExample.OMRADEN) {
            assertTrue(pdf.lines().subList(caption, last).contains(omrade), "group row " + omrade);
        }
    }

    @Test
    void bothEconomicTablesCarryTheRoundingNote() {
        // Issue 7: Summa totalt -750,9 stands over rows that, as printed, add up to -751,0
        // (32,9 + 19,2 + 9,0 − 563,5 − 15,9 − 109,0 − 46,2 − 74,0 − 3,5), and Summa kostnader -812,0 over
        // rows adding up to -812,1. In the Driftsredovisning, Summa Äldreomsorg's Bokslut 2024 is -643,8
        // over rows adding up to -643,7 (-221,0 − 288,8 − 17,0 − 69,7 − 43,5 − 3,7).
        String note = "Beloppen är avrundade, vilket kan ge avrundningsdifferenser i summeringar.";
        List<String> lines = pdf.lines();
        int rr = pdf.rowIndex("Summa totalt", DelarsrapportExample.RESULTATRAKNING.get(11).figures());
        assertEquals(note, lines.get(rr + 1));
        int dr = pdf.rowIndex("Totalt", DelarsrapportExample.DRIFTSREDOVISNING.get(19).figures(),
                lines.indexOf("Driftsredovisning"));
        assertEquals(note, lines.get(dr + 1));
        assertEquals(2, lines.stream().filter(note::equals).count(), "no note under the other tables, which add up");
    }

    @Test
    void theSummaryOfSection6IsDraftedFromTheCalculatedFigures() {
        String paragraph = String.join(" ", DelarsrapportExample.SUMMARY);
        int at = body.indexOf("6 Uppföljning ekonomi Sammanfattning " + paragraph);
        assertTrue(at >= 0, "expected after the heading of §6:\n" + paragraph + "\nbut §6 reads:\n"
                + body.substring(body.indexOf("6 Uppföljning ekonomi"), body.indexOf("6 Uppföljning ekonomi") + 900));
    }

    @Test
    void everyGoalShowsItsAssessmentAsASymbolAndWords() {
        for (List<String> goal : concat(DelarsrapportExample.KF_GOALS, DelarsrapportExample.NAMND_GOALS)) {
            int heading = body.indexOf(" " + goal.get(0) + " För nämnden innebär det:");
            assertTrue(heading > 0, goal.get(0));
            int assessment = body.indexOf("Bedömning av måluppfyllelsen vid delåret: ", heading);
            String shown = body.substring(assessment + "Bedömning av måluppfyllelsen vid delåret: ".length());
            assertTrue(shown.startsWith("\u25CF " + goal.get(1) + " "), goal.get(0) + ": " + shown.substring(0, 40));
        }
        // The summary table counts the goals per Bedömning and Nivå.
        for (String count : DelarsrapportExample.GOAL_COUNTS) {
            assertTrue(pdf.lines().contains(count), "count row " + count);
        }
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    @Test
    void externaUtforareShowSharesAsPercentWithOneDecimal() {
        int section = pdf.lines().indexOf("7 Uppföljning av väsentliga externa utförare");
        for (DelarsrapportExample.Row row : DelarsrapportExample.EXTERNA_UTFORARE) {
            pdf.rowIndex(row.label(), row.figures(), section);
        }
    }

    @Test
    void volymerShowTheDeviationAndItsCost() {
        int section = pdf.lines().indexOf("6.3 Uppföljning volymer");
        for (DelarsrapportExample.Row row : DelarsrapportExample.VOLYMER) {
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
