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

    /**
     * Whether a value of the HTML (as shown, {@code -1 044 355}) is the manifest's exact value: read back
     * and compared as numbers, so nothing is formatted here; {@code –} stands for a null.
     */
    static void assertShows(JsonNode value, String shown, String what) {
        if (value.isNull()) {
            assertEquals("–", shown, what);
            return;
        }
        BigDecimal read = new BigDecimal(shown.replace(String.valueOf(Sv.NBSP), "").replace(',', '.'));
        assertEquals(0, new BigDecimal(value.asText()).compareTo(read), what + ": " + shown + " for " + value);
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
            assertShows(c.path("given"), row.get(1), head);
            if (!c.path("calculated").isNull() && c.path("check").asInt() != 3) {
                assertShows(c.path("calculated"), row.get(2), head);
                assertShows(c.path("difference"), row.get(3), head);
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
        List<AvvikelserFindings.Finding> findings = AvvikelserFindings.FINDINGS;
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

    /**
     * The number of comparisons per check, counted by hand from the example's sheets: the Resultaträkning
     * has 9 posts and 3 given totals (Summa intäkter, Summa kostnader, Summa totalt) over 6 value columns
     * with a given Avvikelse on every row; the Driftsredovisning 16 verksamheter and a Totalt row;
     * Investeringar a Totalt row with Budget, Utfall period and Prognos.
     */
    @Test
    void theSummaryCountsEveryComparisonOfEachCheck() throws IOException {
        // Check 1: 12 given Avvikelse of the Resultaträkning, 3 × 6 given totals, 17 given Avvikelse and
        // 6 given totals of the Driftsredovisning, 3 of Investeringar: 12 + 18 + 17 + 6 + 3 = 56.
        // Check 2: the 6 value columns. Check 3: 9 posts × 6 columns, and (issue 7) one per verksamhet of
        // the Driftsredovisning: 54 + 16 = 70. Check 5: 9 posts + 16 verksamheter = 25.
        // Check 6 (Månadsutfall): the nämnd's months and Hemtjänst's, each Utfall jan–aug against Utfall period,
        // Utfall föregående år jan–aug and jan–dec against Utfall period föregående år and Bokslut föregående år,
        // Budget jan–aug and jan–dec against Budget period and Budget: 2 × 5 = 10. Check 7: the nämnd and the
        // 16 verksamheter, each with a linear and a seasonal forecast: 17. Check 8: the figures the texts name,
        // 3 in sammanfattning, 6 in ekonomisk-analys, 3 in investeringar: 12. Check 9: the amounts typed in a
        // sentence that names their row and equal to its figure: ekonomisk-analys 13,5 (köp av verksamhet,
        // twice), 5,1, 3,1, 5,9, 11,4, 6,0, 2,5, 3,2, 6,8; Mål 43,4 twice and 47,2; Internkontroll 43,4: 14.
        Map<Integer, Long> expected = new TreeMap<>(Map.of(1, 56L, 2, 6L, 3, 70L, 4, 0L, 5, 25L, 6, 10L, 7, 17L,
                8, 12L, 9, 14L));
        List<List<String>> summary = HtmlTable.rows(clean.kontrollrapportHtml()).stream()
                .filter(r -> r.size() == 5 && r.get(0).matches("[1-9]")).toList();
        assertEquals(9, summary.size(), summary.toString());
        for (List<String> r : summary) {
            long n = expected.get(Integer.parseInt(r.get(0)));
            assertEquals(List.of(String.valueOf(n), String.valueOf(n), "0"), r.subList(2, 5), r.toString());
        }
        JsonNode checks = manifest(clean).path("checks");
        assertEquals(210, checks.path("comparisons").asInt());
        assertEquals(210, checks.path("passed").asInt());
    }

    @Test
    void everyFigureNamesTheCellsItCameFrom() {
        List<List<String>> rows = HtmlTable.rows(clean.kontrollrapportHtml());
        // Summa totalt, Prognos helår 2025: -1 121,5 (README), the given H13 equal to the sum of H2:H4 and H6:H11.
        String cells = "Resultaträkning!H2:H4, Resultaträkning!H6:H11, Resultaträkning!H13";
        assertTrue(rows.contains(List.of("Summa totalt", "Prognos helår 2025", Sv.nb("-1 121,5"), "summa, som angiven",
                cells)), "Summa totalt, Prognos");
        assertTrue(rows.contains(List.of("Summa totalt", "Avvikelse prognos helår mot budget", "-43,4",
                "Prognos − Budget, som angiven", "Resultaträkning!G2:G4, Resultaträkning!G6:G11, "
                        + "Resultaträkning!H2:H4, Resultaträkning!H6:H11, Resultaträkning!I13")), "Summa totalt, Avvikelse");
        assertTrue(rows.contains(List.of("Totalt", "Prognos helår 2025", Sv.nb("-1 121,5"), "summa, som angiven",
                "Driftsredovisning!H2:H18")), "Driftsredovisning Totalt, Prognos");
        // Taxor och avgifter, Prognos: the cell H2, 49 300 tkr.
        assertTrue(rows.contains(List.of("Taxor och avgifter", "Prognos helår 2025", "49,3", "inläst", "Resultaträkning!H2")));

        // The same in the PDF: the row (its cells may wrap onto the next lines).
        PdfDoc pdf = PdfDoc.read(clean.kontrollrapportPdf());
        List<String> lines = pdf.lines();
        boolean found = false;
        for (int i = 0; i < lines.size(); i++) {
            String window = String.join(" ", lines.subList(i, Math.min(lines.size(), i + 3)));
            if (lines.get(i).startsWith("Summa totalt Prognos helår") && lines.get(i).contains(Sv.nb("-1 121,5"))
                    && window.contains("summa") && window.contains("Resultaträkning!H2:H4")
                    && window.contains("Resultaträkning!H6:H11")) {
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
        for (AvvikelserFindings.Finding f : AvvikelserFindings.FINDINGS) {
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
