package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The kontrollrapport ({@code generate --report}) as an auditor reads it, in HTML and PDF: every
 * check with its place, cells, values and verdict, and for each figure the cells it came from.
 */
class KontrollrapportTest {

    static Generated clean;
    static Generated faulty;

    @BeforeAll
    static void generate() {
        clean = SharedRuns.of(Examples.DELARSRAPPORT);
        faulty = SharedRuns.of(Examples.AVVIKELSER);
    }

    static JsonNode manifest(Generated g) throws IOException {
        return new ObjectMapper().readTree(g.bytes(g.manifestName()));
    }

    /** The check rows of the HTML: a first cell "subject\nplace; cells[\nmessage]" and six cells in all. */
    static List<List<String>> checkRows(Generated g) {
        return HtmlTable.rows(g.kontrollrapportHtml()).stream()
                .filter(r -> r.size() == 6 && r.get(0).contains("\n") && r.get(5).matches("\u25CF (Stämmer|Avviker)")).toList();
    }

    static String shown(String raw) {
        return Sv.number(new BigDecimal(raw), 0);
    }

    /** Every check the manifest records stands in the HTML with its place, cells, values and verdict. */
    static void assertEveryCheckIsListed(Generated g) throws IOException {
        List<List<String>> rows = checkRows(g);
        JsonNode results = manifest(g).path("checks").path("results");
        assertEquals(results.size(), rows.size(), "one row per check");
        for (JsonNode c : results) {
            String head = c.path("subject").asText() + "\n" + c.path("place").asText() + "; " + c.path("cells").asText();
            List<String> row = rows.stream().filter(r -> r.get(0).startsWith(head)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row for " + head));
            assertEquals(shown(c.path("given").asText()), row.get(1), head);
            if (!c.path("calculated").isNull() && c.path("check").asInt() != 3) {
                assertEquals(shown(c.path("calculated").asText()), row.get(2), head);
                assertEquals(shown(c.path("difference").asText()), row.get(3), head);
            }
            assertEquals("\u25CF " + (c.path("passed").asBoolean() ? "Stämmer" : "Avviker"), row.get(5), head);
            if (!c.path("passed").asBoolean()) {
                assertTrue(row.get(0).endsWith("\n" + c.path("message").asText()), "the message of " + head);
            }
        }
    }

    @Test
    void everyCheckOfTheCleanWorkbookIsListedAndPasses() throws IOException {
        assertEveryCheckIsListed(clean);
        assertTrue(checkRows(clean).stream().allMatch(r -> r.get(5).equals("\u25CF Stämmer")));
    }

    @Test
    void everyCheckOfTheFaultyWorkbookIsListedWithTheDeliberateFindingsAsAvviker() throws IOException {
        assertEveryCheckIsListed(faulty);
        List<List<String>> failed = checkRows(faulty).stream().filter(r -> r.get(5).equals("\u25CF Avviker")).toList();
        List<AvvikelserFindings.Finding> findings = AvvikelserFindings.of(WorkbookCells.read(Examples.AVVIKELSER));
        assertEquals(findings.size(), failed.size(), failed.toString());
        for (AvvikelserFindings.Finding f : findings) {
            assertEquals(1, failed.stream().filter(r -> r.get(0).contains("\n" + f.place() + "; ")
                    && r.get(0).contains("\n" + f.message())).count(), f.line());
        }
        // The Summa intäkter row names its place and every cell, with both values and the difference.
        assertTrue(failed.contains(List.of("Summa intäkter, Utfall period\nResultaträkning!E5; Resultaträkning!E2:E5\n"
                        + findings.get(0).message() + ", mer än avrundning kan förklara (högst 1,5" + Sv.NBSP + "tkr)",
                Sv.nb("63 235"), Sv.nb("61 135"), Sv.nb("2 100"), "1,5", "\u25CF Avviker")), failed.toString());
    }

    /** The number of comparisons per check, counted from the workbook's structure. */
    @Test
    void theSummaryCountsEveryComparisonOfEachCheck() throws IOException {
        WorkbookCells wb = WorkbookCells.read(Examples.DELARSRAPPORT);
        int values = DelarsrapportFigures.COLUMNS.size() + 1; // the five amount columns and Budget period
        long rrPosts = new DelarsrapportFigures(wb).posts().size();
        long rrTotals = wb.rows("Resultaträkning").size() - rrPosts;
        long drRows = wb.rows("Driftsredovisning").size() - 1;
        long invTotals = 3; // Investeringar: the Totalt row's Budget, Utfall period and Prognos
        // Check 1: every given Avvikelse, every given total's value columns, Investeringar's Totalt.
        long check1 = (rrPosts + rrTotals) + rrTotals * values + (drRows + 1) + values + invTotals;
        Map<Integer, Long> expected = new TreeMap<>(Map.of(1, check1, 2, (long) values, 3, rrPosts * values,
                4, 0L, 5, rrPosts + drRows));
        assertEquals(Map.of(1, 56L, 2, 6L, 3, 54L, 4, 0L, 5, 25L), expected);
        List<List<String>> summary = HtmlTable.rows(clean.kontrollrapportHtml()).stream()
                .filter(r -> r.size() == 5 && r.get(0).matches("[1-5]")).toList();
        assertEquals(5, summary.size(), summary.toString());
        for (List<String> r : summary) {
            long n = expected.get(Integer.parseInt(r.get(0)));
            assertEquals(List.of(String.valueOf(n), String.valueOf(n), "0"), r.subList(2, 5), r.toString());
        }
        JsonNode checks = manifest(clean).path("checks");
        assertEquals(141, checks.path("comparisons").asInt());
        assertEquals(141, checks.path("passed").asInt());
    }

    /** The rows of a sheet with a Typ, as the range of their row numbers in a column. */
    static String range(WorkbookCells wb, String typ, String column) {
        List<Integer> rows = wb.rows("Resultaträkning").stream().filter(l -> l.text("Typ").equals(typ))
                .map(WorkbookCells.Line::rowNumber).toList();
        return "Resultaträkning!" + column + rows.get(0) + ":" + column + rows.get(rows.size() - 1);
    }

    @Test
    void everyFigureNamesTheCellsItCameFrom() {
        WorkbookCells wb = WorkbookCells.read(Examples.DELARSRAPPORT);
        DelarsrapportFigures figures = new DelarsrapportFigures(wb);
        List<String> summaTotalt = figures.resultatrakning().get(figures.resultatrakning().size() - 1).figures();
        String cells = range(wb, "Intäkt", "H") + ", " + range(wb, "Kostnad", "H");
        assertEquals("Resultaträkning!H2:H4, Resultaträkning!H6:H11", cells);
        List<List<String>> rows = HtmlTable.rows(clean.kontrollrapportHtml());
        assertTrue(rows.contains(List.of("Summa totalt", "Prognos helår 2025", summaTotalt.get(4), "summa", cells)),
                "Summa totalt, Prognos");
        assertTrue(rows.contains(List.of("Summa totalt", "Avvikelse prognos helår mot budget", summaTotalt.get(5),
                "Prognos − Budget", range(wb, "Intäkt", "G") + ", " + range(wb, "Kostnad", "G") + ", " + cells)));
        int last = wb.rows("Driftsredovisning").size();
        assertTrue(rows.contains(List.of("Totalt", "Prognos helår 2025", summaTotalt.get(4), "summa",
                "Driftsredovisning!H2:H" + last)), "Driftsredovisning Totalt, Prognos");
        assertTrue(rows.contains(List.of("Taxor och avgifter", "Prognos helår 2025", "49,3", "inläst", "Resultaträkning!H2")));

        // The same in the PDF: the row (its cells may wrap onto the next lines).
        PdfDoc pdf = PdfDoc.read(clean.kontrollrapportPdf());
        List<String> lines = pdf.lines();
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            String window = String.join(" ", lines.subList(i, Math.min(lines.size(), i + 3)));
            if (lines.get(i).startsWith("Summa totalt Prognos helår") && lines.get(i).contains(summaTotalt.get(4))
                    && window.contains("summa") && window.contains(range(wb, "Intäkt", "H"))
                    && window.contains(range(wb, "Kostnad", "H"))) {
                found = true;
            }
        }
        assertTrue(found, "the PDF's provenance row of Summa totalt, Prognos");
    }

    @Test
    void thePdfKontrollrapportHasTheSameChecksAndVerdicts() throws IOException {
        PdfDoc pdf = PdfDoc.read(faulty.kontrollrapportPdf());
        String body = pdf.body("Vård- och omsorgsnämnden – Kontrollrapport");
        JsonNode checks = manifest(faulty).path("checks");
        assertEquals(checks.path("failed").asInt(), count(body, "\u25CF Avviker"));
        assertEquals(checks.path("passed").asInt(), count(body, "\u25CF Stämmer"));
        for (JsonNode c : checks.path("results")) {
            if (!c.path("passed").asBoolean()) {
                assertTrue(body.contains(c.path("message").asText()), c.path("message").asText());
                assertTrue(body.contains(c.path("place").asText() + ";"), c.path("place").asText());
            }
        }
        for (AvvikelserFindings.Finding f : AvvikelserFindings.of(WorkbookCells.read(Examples.AVVIKELSER))) {
            assertTrue(body.contains(f.message()), f.message());
        }
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
