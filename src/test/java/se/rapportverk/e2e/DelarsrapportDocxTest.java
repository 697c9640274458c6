package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The delårsrapport of {@code delarsrapport-augusti-2025.xlsx} as an editor gets it in Word:
 * generated once through the CLI, read back with Apache POI, against the figures written out by hand
 * in {@link DelarsrapportExample}.
 */
class DelarsrapportDocxTest {

    static DocxDoc docx;

    @BeforeAll
    static void generate() {
        Generated generated = SharedRuns.of(Examples.DELARSRAPPORT);
        docx = DocxDoc.read(generated.bytes("delarsrapport-vard-och-omsorgsnamnden-2025-08.docx"));
    }

    @Test
    void numberedHeadingsUseWordsHeadingStylesByLevel() {
        List<String> numbered = new ArrayList<>();
        for (DocxDoc.Para h : docx.headings()) {
            if (h.text().matches("\\d+(\\.\\d+)* .+")) {
                numbered.add(h.text());
                int level = h.text().split(" ")[0].split("\\.").length;
                assertEquals("Heading" + level, h.style(), h.text());
            }
        }
        assertEquals(DelarsrapportExample.NUMBERED_HEADINGS, numbered);
    }

    @Test
    void tableOfContentsIsARealFieldPrefilledWithTheHeadings() {
        List<String> instructions = docx.select("//w:instrText");
        assertTrue(instructions.stream().anyMatch(i -> i.contains("TOC \\o")), instructions.toString());
        List<String> entries = docx.paragraphs.stream().filter(p -> p.style().matches("TOC\\d"))
                .map(p -> p.text().split("\t")[0]).toList();
        assertEquals(DelarsrapportExample.TOC_HEADINGS, entries);
        // Each entry is at the level of its heading.
        for (DocxDoc.Para p : docx.paragraphs.stream().filter(p -> p.style().matches("TOC\\d"))
                .filter(p -> !p.text().startsWith("Bilaga")).toList()) {
            int level = p.text().split(" ")[0].split("\\.").length;
            assertEquals("TOC" + level, p.style(), p.text());
        }
        assertEquals("Innehållsförteckning", docx.paragraphs.stream().filter(p -> p.style().equals("TOCHeading"))
                .findFirst().orElseThrow().text());
    }

    @Test
    void economicTablesAreRealTablesWithCalculatedRepeatingHeaders() {
        for (String caption : List.of("Resultaträkning", "Driftsredovisning")) {
            DocxDoc.Table t = docx.table(caption);
            assertEquals(DelarsrapportExample.HEADERS, t.header().subList(1, t.header().size()), caption);
            assertTrue(t.headerRepeat().get(0), caption + ": the header row repeats on every page (w:tblHeader)");
            assertTrue(t.headerRepeat().subList(1, t.headerRepeat().size()).stream().noneMatch(b -> b),
                    caption + ": only the header row repeats");
        }
        assertEquals("Intäkter / Kostnader (mkr)", docx.table("Resultaträkning").header().get(0));
        assertEquals("Verksamhet (mkr)", docx.table("Driftsredovisning").header().get(0));
    }

    @Test
    void resultatrakningHasThePostsAndCalculatedSums() {
        DocxDoc.Table t = docx.table("Resultaträkning");
        List<List<String>> body = t.rows().subList(1, t.rows().size());
        assertEquals(DelarsrapportExample.RESULTATRAKNING.stream().map(DelarsrapportExample.Row::cells).toList(), body);
    }

    @Test
    void driftsredovisningHasGroupsSubtotalsAndATotalEqualToSummaTotalt() {
        DocxDoc.Table t = docx.table("Driftsredovisning");
        for (DelarsrapportExample.Row row : DelarsrapportExample.DRIFTSREDOVISNING) {
            assertEquals(row.cells(), t.row(row.label()));
        }
        for (String omrade : DelarsrapportExample.OMRADEN) {
            assertEquals(omrade, t.row(omrade).get(0), "group row");
        }
        // The group rows stand before their Område's rows: 16 verksamheter, 3 groups, 3 subtotals, Totalt.
        assertEquals(1 + 16 + 3 + 3 + 1, t.rows().size());
    }

    @Test
    void bothEconomicTablesCarryTheRoundingNoteInTheNoteStyle() {
        // Issue 7: Summa totalt -750,9 over rows that add up, as printed, to -751,0 (see the PDF test).
        for (String caption : List.of("Resultaträkning", "Driftsredovisning")) {
            DocxDoc.Para after = docx.table(caption).after();
            assertEquals("Beloppen är avrundade, vilket kan ge avrundningsdifferenser i summeringar.", after.text(), caption);
            assertEquals("Note", after.style(), caption);
        }
        long notes = docx.paragraphs.stream().filter(p -> p.text().startsWith("Beloppen är avrundade")).count();
        assertEquals(2, notes, "no note under the tables that add up (volymer, externa utförare, investeringar)");
    }

    @Test
    void theSummaryOfSection6IsDraftedFromTheCalculatedFigures() {
        List<String> texts = docx.paragraphs.stream().map(DocxDoc.Para::text).toList();
        int heading = texts.indexOf("6 Uppföljning ekonomi");
        String section = String.join(" ", texts.subList(heading, heading + 6));
        assertTrue(section.contains(String.join(" ", DelarsrapportExample.SUMMARY)), section);
    }

    @Test
    void goalAssessmentsShowSymbolAndWords() {
        String text = docx.text();
        for (List<String> goal : DelarsrapportPdfTest.concat(DelarsrapportExample.KF_GOALS,
                DelarsrapportExample.NAMND_GOALS)) {
            int at = text.indexOf(goal.get(0) + "\n");
            int assessment = text.indexOf("Bedömning av måluppfyllelsen vid delåret: ", at);
            String line = text.substring(assessment, text.indexOf('\n', assessment));
            assertEquals("Bedömning av måluppfyllelsen vid delåret: \u25CF " + goal.get(1), line);
        }
    }

    @Test
    void externaUtforareSharesArePercentWithOneDecimal() {
        DocxDoc.Table t = docx.tableStartingWith("Köp av verksamhet");
        for (DelarsrapportExample.Row row : DelarsrapportExample.EXTERNA_UTFORARE) {
            assertEquals(row.cells(), t.row(row.label()));
        }
    }

    @Test
    void headerAndFooterCarryTitleDiarienummerAndSidaXAvYButNotOnTheTitlePage() {
        var policy = docx.document.getHeaderFooterPolicy();
        assertEquals("Vård- och omsorgsnämnden – Delårsrapport augusti 2025", policy.getDefaultHeader().getText().strip());
        var footer = policy.getDefaultFooter();
        assertTrue(footer.getText().startsWith("Dnr 2025.112 VON\tSida "), footer.getText());
        List<String> fields = new ArrayList<>();
        try (var cursor = footer._getHdrFtr().newCursor()) {
            cursor.selectPath("declare namespace w='" + DocxDoc.W + "' .//w:instrText");
            while (cursor.toNextSelection()) {
                fields.add(cursor.getTextValue().strip());
            }
        }
        assertEquals(List.of("PAGE", "NUMPAGES"), fields, "Sida { PAGE } av { NUMPAGES }");
        assertTrue(footer.getText().matches("(?s)Dnr 2025\\.112 VON\tSida \\d+ av \\d+\\s*"), footer.getText());
        // The title page has a header and footer of its own, empty.
        assertTrue(docx.document.getDocument().getBody().getSectPr().isSetTitlePg(), "w:titlePg");
        assertEquals("", policy.getFirstPageHeader().getText().strip());
        assertEquals("", policy.getFirstPageFooter().getText().strip());
    }

    @Test
    void documentPropertiesAreSwedish() {
        assertEquals("Delårsrapport augusti 2025", docx.core().getTitle());
        assertEquals("Vård- och omsorgsförvaltningen", docx.core().getCreator());
        assertEquals("sv-SE", docx.language());
    }
}
