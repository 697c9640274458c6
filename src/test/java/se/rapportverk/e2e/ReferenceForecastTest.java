package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Check 7 on the figures of reference 003 (its Driftsredovisning in mkr, {@link RoundedMkrReferenceTest}):
 * the reference's own internkontroll names poor forecasts as a risk, and four of its Prognoser lie far
 * from both methods. Each figure below is worked out by hand from the reference's table (Bokslut 2023,
 * Utfall jan–aug 2023, Utfall jan–aug 2024, Budget 2024, Prognos helår 2024; P = 8):
 *
 * <pre>
 * Korttidsboende   linear -10,0 / 8 × 12 = -15,0   seasonal -10,0 × -15,9 / -9,7 = -16,39   Prognos -20,6
 *                  threshold: 5 % × 15,3 = 0,765 < 0,25 % × 1 041,0 = 2,6025 → 2,6025; nearest 4,21 away
 * LSS, daglig      linear -43,2 / 8 × 12 = -64,8   seasonal -43,2 × -59,3 / -39,1 = -65,52   Prognos -69,0
 *                  threshold 5 % × 68,7 = 3,435; nearest 3,48 away
 * LSS, personlig   linear -47,6 / 8 × 12 = -71,4   seasonal -47,6 × -69,4 / -40,9 = -80,77   Prognos -75,4
 *                  threshold 5 % × 69,9 = 3,495; nearest 4,0 away
 * Boendestöd       linear -10,6 / 8 × 12 = -15,9   seasonal -10,6 × -15,6 / -10,2 = -16,21   Prognos -20,6
 *                  threshold 2,6025; nearest 4,39 away
 * </pre>
 *
 * Every other row is within its threshold (Särskilt boende, 11,8 from the seasonal -315,5, stays under
 * 5 % × 301,3 = 15,065; Öppen verksamhet socialpsykiatri, 1,3 away, under 2,6025), and so is the nämnd
 * (-1 092,2 against the linear -1 091,4; 2 % × 1 041,0 = 20,82).
 */
class ReferenceForecastTest {

    @TempDir
    static Path dir;

    static Cli.Run check;
    static Generated generated;

    @BeforeAll
    static void run() throws IOException {
        Path workbook = Files.write(dir.resolve("referens-003.xlsx"), RoundedMkrReferenceTest.reference003().build());
        check = Cli.run("check", workbook.toString());
        generated = Generated.of(workbook, dir.resolve("ut"));
    }

    static final List<String> WARNINGS = List.of(
            "Driftsredovisning!F4: Prognosen för Korttidsboende (-20,6 mkr i F4) skiljer sig från varje prognosmetod med "
                    + "mer än 2,6025 mkr: linjär -15,0 mkr, säsong -16,4 mkr",
            "Driftsredovisning!F8: Prognosen för LSS, daglig verksamhet (-69,0 mkr i F8) skiljer sig från varje "
                    + "prognosmetod med mer än 3,435 mkr: linjär -64,8 mkr, säsong -65,5 mkr",
            "Driftsredovisning!F9: Prognosen för LSS, personlig assistans (-75,4 mkr i F9) skiljer sig från varje "
                    + "prognosmetod med mer än 3,495 mkr: linjär -71,4 mkr, säsong -80,8 mkr",
            "Driftsredovisning!F11: Prognosen för Boendestöd (-20,6 mkr i F11) skiljer sig från varje prognosmetod med "
                    + "mer än 2,6025 mkr: linjär -15,9 mkr, säsong -16,2 mkr");

    @Test
    void checkWarnsForTheFourPrognoserFarFromBothMethods() {
        assertEquals(0, check.status(), check.all());
        List<String> forecasts = check.err().lines().map(String::strip).filter(l -> l.contains("Prognosen för"))
                .map(l -> l.substring("varning".length()).strip()).toList();
        assertEquals(WARNINGS.size(), forecasts.size(), String.join("\n", forecasts));
        for (int i = 0; i < WARNINGS.size(); i++) {
            assertEquals(Sv.nb(WARNINGS.get(i)) + "; kontrollera prognosen eller förklara skillnaden i texten",
                    forecasts.get(i));
        }
    }

    @Test
    void theKontrollrapportListsThemAsFindingsAtTheirPrognosCells() {
        List<List<String>> rows = KontrollrapportTest.checkRows(generated);
        for (String w : WARNINGS) {
            String place = w.substring(0, w.indexOf(':'));
            String row = w.substring(w.indexOf("för ") + 4, w.indexOf(" ("));
            List<String> found = rows.stream().filter(r -> r.get(0).startsWith(row + ", Prognos mot prognosmetoderna\n"
                    + place + "; ")).findFirst().orElseThrow(() -> new AssertionError("no row for " + w));
            assertEquals("● Avviker", found.get(5), w);
            assertTrue(found.get(0).contains(Sv.nb(w.substring(w.indexOf(": ") + 2))), found.get(0));
        }
    }

    @Test
    void theAppendixMarksTheFourRowsAvviker() {
        DocxDoc docx = DocxDoc.read(generated.docx("delarsrapport-"));
        List<List<String>> rows = docx.table("Prognosunderlag").rows();
        List<String> avviker = rows.stream().filter(r -> r.get(r.size() - 1).equals("● Avviker")).map(r -> r.get(0)).toList();
        assertEquals(List.of("Korttidsboende", "LSS, daglig verksamhet", "LSS, personlig assistans", "Boendestöd"), avviker);
        PdfDoc pdf = PdfDoc.read(generated.pdf("delarsrapport-"));
        assertTrue(pdf.body("Vård- och omsorgsnämnden – Delårsrapport augusti 2024").contains("Det gäller Korttidsboende, "
                + "LSS, daglig verksamhet, LSS, personlig assistans och Boendestöd."), "the appendix names them");
    }
}
