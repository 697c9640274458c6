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

import se.rapportverk.testutil.WorkbookBuilder;

/**
 * Forecast support (issue 10, item 4; docs/arbetsbok.md, Prognosstöd): the three methods and the
 * trend's 95 % prediction interval against figures worked out by hand, as the appendix Prognosunderlag
 * of the PDF and the DOCX shows them, and check 7's warning as {@code check} prints it.
 *
 * <p>The workbook: period januari–april (P = 4), amounts in tkr shown in tkr with one decimal. The nämnd
 * (and its one verksamhet, Hemtjänst, with the same figures) has Utfall period -412, Bokslut föregående
 * år -1 200, Utfall period föregående år -380, Budget -1 250, Prognos -1 300, and the months
 * -100, -104, -102, -106.
 *
 * <pre>
 * Linear:   -412 / 4 × 12                                  = -1 236
 * Seasonal: -412 × -1 200 / -380 = -494 400 / 380          = -1 301,05… → -1 301,1
 * Trend:    x = 1…4, x̄ = 2,5, ȳ = -103, Sxx = 2,25 + 0,25 + 0,25 + 2,25 = 5
 *           Sxy = (-1,5)(3) + (-0,5)(-1) + (0,5)(1) + (1,5)(-3) = -8, b = -8 / 5 = -1,6, a = -103 + 1,6 × 2,5 = -99
 *           ŷ = -100,6 -102,2 -103,8 -105,4; residuals 0,6 -1,8 1,8 -0,6; SSE = 7,2; s² = 7,2 / 2 = 3,6
 *           months 5…12 (k = 8): Σŷ = 8 × -99 - 1,6 × (5 + … + 12 = 68) = -792 - 108,8 = -900,8
 *           year = -412 - 900,8 = -1 312,8
 *           D = Σ(x - 2,5) over 5…12 = 68 - 8 × 2,5 = 48; k + k²/n + D²/Sxx = 8 + 64/4 + 2 304/5 = 484,8
 *           t(0,975; 2) = 4,302653 (tables); half width = 4,302653 × √3,6 × √484,8
 *                       = 4,302653 × 1,897367 × 22,018174 = 179,750
 *           interval -1 312,8 ∓ 179,750 = -1 492,550 … -1 133,050 → -1 492,5 and -1 133,1 (half up on the magnitude)
 * </pre>
 */
class ForecastTest {

    @TempDir
    static Path dir;

    static Generated fits;
    static Cli.Run outside;

    static WorkbookBuilder workbook(long prognosPersonal, long prognosHemtjanst) {
        WorkbookBuilder b = new WorkbookBuilder().sheet("Rapport")
                .row("Fält", "Värde")
                .row("Kommun", "Testby kommun")
                .row("Nämnd", "Vård- och omsorgsnämnden")
                .row("År", 2025)
                .row("Period", "april")
                .row("Beloppsenhet", "tkr")
                .row("Tabellenhet", "tkr")
                .row("Decimaler", 1)
                .row("Datum", "2025-05-20");
        b.sheet("Resultaträkning")
                .row("Post", "Typ", "Bokslut föregående år", "Utfall period föregående år", "Utfall period", "Budget",
                        "Prognos")
                .row("Taxor och avgifter", null, 100, 30, 38, 110, 100)
                .row("Personalkostnader", null, -1300, -410, -450, -1360, prognosPersonal);
        b.sheet("Driftsredovisning")
                .row("Verksamhet", "Bokslut föregående år", "Utfall period föregående år", "Utfall period", "Budget",
                        "Prognos")
                .row("Hemtjänst", -1200, -380, -412, -1250, prognosHemtjanst);
        b.sheet("Månadsutfall").row("Månad", "Utfall", "Verksamhet");
        long[] months = {-100, -104, -102, -106};
        for (int m = 0; m < 4; m++) {
            b.row(m + 1, months[m], null);
        }
        String[] names = {"januari", "februari", "mars", "april"};
        for (int m = 0; m < 4; m++) {
            b.row(names[m], months[m], "Hemtjänst");
        }
        return b;
    }

    @BeforeAll
    static void generate() throws IOException {
        // Prognos -1 300 (-1 400 + 100): inside the interval, 1,05 from the seasonal forecast.
        Path good = Files.write(dir.resolve("prognos.xlsx"), workbook(-1400, -1300).build());
        fits = Generated.of(good, dir.resolve("ut"));
        // Prognos -1 100: above the interval's upper end -1 133,05, and far from every method.
        Path bad = Files.write(dir.resolve("utanfor.xlsx"), workbook(-1200, -1100).build());
        outside = Cli.run("check", bad.toString());
    }

    @Test
    void theAppendixShowsEachMethodAndTheIntervalInThePdf() {
        PdfDoc pdf = PdfDoc.read(fits.pdf("delarsrapport-"));
        assertTrue(pdf.lines().contains("Bilaga: Prognosunderlag"), pdf.lines().toString());
        // Verksamhet | Prognos | Linjär | Säsong | Trend | Prognosen mot metoderna
        pdf.rowIndex("Hemtjänst", List.of(Sv.nb("-1 300,0"), Sv.nb("-1 236,0"), Sv.nb("-1 301,1"), Sv.nb("-1 312,8"),
                "● Stämmer"));
        pdf.rowIndex("Nämnden totalt", List.of(Sv.nb("-1 300,0"), Sv.nb("-1 236,0"), Sv.nb("-1 301,1"),
                Sv.nb("-1 312,8"), "● Stämmer"));
        // Verksamhet | Månader | Trendprognos | lägst | högst | Prognos
        pdf.rowIndex("Nämnden totalt", List.of("4", Sv.nb("-1 312,8"), Sv.nb("-1 492,5"), Sv.nb("-1 133,1"),
                Sv.nb("-1 300,0")));
    }

    @Test
    void theAppendixShowsEachMethodAndTheIntervalInTheDocx() {
        DocxDoc docx = DocxDoc.read(fits.docx("delarsrapport-"));
        DocxDoc.Table t = docx.table("Prognosunderlag");
        assertEquals(List.of("Verksamhet (tkr)", "Prognos helår 2025", "Linjär prognos", "Säsongsprognos",
                "Trendprognos", "Prognosen mot metoderna"), t.rows().get(0));
        assertEquals(List.of("Hemtjänst", Sv.nb("-1 300,0"), Sv.nb("-1 236,0"), Sv.nb("-1 301,1"), Sv.nb("-1 312,8"),
                "● Stämmer"), t.rows().get(1));
        assertEquals(List.of("Nämnden totalt", Sv.nb("-1 300,0"), Sv.nb("-1 236,0"), Sv.nb("-1 301,1"),
                Sv.nb("-1 312,8"), "● Stämmer"), t.rows().get(2));
        DocxDoc.Table trend = docx.table("Trendprognos med prognosintervall");
        assertEquals(List.of(List.of("Hemtjänst", "4", Sv.nb("-1 312,8"), Sv.nb("-1 492,5"), Sv.nb("-1 133,1"),
                        Sv.nb("-1 300,0")),
                List.of("Nämnden totalt", "4", Sv.nb("-1 312,8"), Sv.nb("-1 492,5"), Sv.nb("-1 133,1"), Sv.nb("-1 300,0"))),
                trend.rows().subList(1, 3));
    }

    @Test
    void aPrognosInsideTheIntervalAndNearAMethodGivesNoWarning() {
        assertTrue(!fits.run().err().contains("varning"), fits.run().all());
    }

    /**
     * Check 7 names the Prognos cell and quotes every method. Thresholds: Hemtjänst 5 % of |Budget|
     * 1 250 = 62,5 (more than 0,25 % of the nämnd's 1 250, 3,125); the nämnd 2 % of 1 250 = 25. The
     * figures are shown to the Prognos' whole tkr: -1 301,05 → -1 301, -1 312,8 → -1 313, -1 492,55 →
     * -1 493, -1 133,05 → -1 133.
     */
    @Test
    void aPrognosOutsideTheIntervalIsAWarningAtItsCellQuotingEveryMethod() {
        assertEquals(0, outside.status(), outside.all());
        String methods = "linjär -1 236 tkr, säsong -1 301 tkr, trend -1 313 tkr (95 % prognosintervall -1 493 till "
                + "-1 133 tkr); kontrollera prognosen eller förklara skillnaden i texten";
        assertTrue(outside.err().contains(Sv.nb("varning  Driftsredovisning!F2: Prognosen för Hemtjänst (-1 100 tkr i F2) "
                + "ligger utanför trendens 95-procentiga prognosintervall och skiljer sig från varje prognosmetod med mer "
                + "än 62,5 tkr: " + methods)), outside.err());
        assertTrue(outside.err().contains(Sv.nb("varning  Resultaträkning!G2:G3: Prognosen för nämnden som helhet "
                + "(-1 100 tkr i G2:G3) ligger utanför trendens 95-procentiga prognosintervall och skiljer sig från varje "
                + "prognosmetod med mer än 25 tkr: " + methods)), outside.err());
    }
}
