package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The delårsrapport of {@code delarsrapport-augusti-2025.xlsx} as an editor gets it in Word:
 * generated once through the CLI, read back with Apache POI, figures computed from the workbook.
 */
class DelarsrapportDocxTest {

    static DocxDoc docx;
    static DelarsrapportFigures expected;

    @BeforeAll
    static void generate() {
        Generated generated = SharedRuns.of(Examples.DELARSRAPPORT);
        docx = DocxDoc.read(generated.bytes("delarsrapport-vard-och-omsorgsnamnden-2025-08.docx"));
        expected = new DelarsrapportFigures(WorkbookCells.read(Examples.DELARSRAPPORT));
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
        assertEquals(expected.numberedHeadings(), numbered);
    }

    @Test
    void tableOfContentsIsARealFieldPrefilledWithTheHeadings() {
        List<String> instructions = docx.select("//w:instrText");
        assertTrue(instructions.stream().anyMatch(i -> i.contains("TOC \\o")), instructions.toString());
        List<String> entries = docx.paragraphs.stream().filter(p -> p.style().matches("TOC\\d"))
                .map(p -> p.text().split("\t")[0]).toList();
        assertEquals(expected.tocHeadings(), entries);
        // Each entry is at the level of its heading.
        for (DocxDoc.Para p : docx.paragraphs.stream().filter(p -> p.style().matches("TOC\\d")).toList()) {
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
            assertEquals(DelarsrapportFigures.HEADERS, t.header().subList(1, t.header().size()), caption);
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
        List<DelarsrapportFigures.Row> rows = expected.resultatrakning();
        List<List<String>> body = t.rows().subList(1, t.rows().size());
        assertEquals(rows.size(), body.size(), body.toString());
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = new ArrayList<>(List.of(rows.get(i).label()));
            row.addAll(rows.get(i).figures());
            assertEquals(row, body.get(i));
        }
        assertEquals(List.of("Summa totalt", Sv.nb("-1 044,4"), "-705,6", "-750,9", Sv.nb("-1 078,1"), Sv.nb("-1 121,5"),
                "-43,4"), t.row("Summa totalt"));
    }

    @Test
    void driftsredovisningHasGroupsSubtotalsAndATotalEqualToSummaTotalt() {
        DocxDoc.Table t = docx.table("Driftsredovisning");
        for (DelarsrapportFigures.Row row : expected.driftsredovisning()) {
            List<String> want = new ArrayList<>(List.of(row.label()));
            want.addAll(row.figures());
            assertEquals(want, t.row(row.label()));
        }
        assertEquals(docx.table("Resultaträkning").row("Summa totalt").subList(1, 7), t.row("Totalt").subList(1, 7));
        for (String omrade : expected.omraden().keySet()) {
            assertEquals(omrade, t.row(omrade).get(0), "group row");
        }
    }

    @Test
    void theSummaryOfSection6IsDraftedFromTheCalculatedFigures() {
        List<String> texts = docx.paragraphs.stream().map(DocxDoc.Para::text).toList();
        int heading = texts.indexOf("6 Uppföljning ekonomi");
        String section = String.join(" ", texts.subList(heading, heading + 6));
        assertTrue(section.contains(String.join(" ", expected.summarySentences())), section);
    }

    @Test
    void goalAssessmentsShowSymbolAndWords() {
        String text = docx.text();
        for (String niva : List.of("Kommunfullmäktige", "Nämnd")) {
            for (WorkbookCells.Line goal : expected.goals(niva)) {
                int at = text.indexOf(goal.text("Mål") + "\n");
                int assessment = text.indexOf("Bedömning av måluppfyllelsen vid delåret: ", at);
                String line = text.substring(assessment, text.indexOf('\n', assessment));
                assertEquals("Bedömning av måluppfyllelsen vid delåret: \u25CF " + goal.text("Bedömning"), line);
            }
        }
    }

    @Test
    void externaUtforareSharesArePercentWithOneDecimal() {
        DocxDoc.Table t = docx.tableStartingWith("Köp av verksamhet");
        for (DelarsrapportFigures.Row row : expected.externaUtforare()) {
            List<String> want = new ArrayList<>(List.of(row.label()));
            want.addAll(row.figures());
            assertEquals(want, t.row(row.label()));
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
