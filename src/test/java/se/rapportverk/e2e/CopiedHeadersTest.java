package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;

/**
 * A Resultaträkning and a Driftsredovisning whose headers are copied from last year's report, as
 * in reference 003 ({@code Intäkter / Kostnader (tkr)}, {@code Bokslut 2023}, {@code Utfall jan-aug 2023},
 * {@code Utfall jan–aug 2024}, {@code Budget 2024}, {@code Prognos helår 2024}, {@code Avvikelse prognos
 * helår mot budget}), with some negatives written as accountants do, {@code (4 900)}: the documents show
 * the same figures as from the contract's own headers. A header whose year or period contradicts the
 * Rapport sheet is one error naming its cell; missing columns are one message listing what was found.
 */
class CopiedHeadersTest {

    @TempDir
    static Path dir;

    static Generated generated;

    static final List<Object> RR_HEADER = List.of("Intäkter / Kostnader (tkr)", "Typ", "Bokslut 2023",
            "Utfall jan-aug 2023", "Utfall jan–aug 2024", "Budget jan–aug 2024", "Budget 2024", "Prognos helår 2024",
            "Avvikelse prognos helår mot budget");

    /** TestWorkbooks' Resultaträkning (tkr) under copied headers, with accounting negatives in some cells. */
    static WorkbookBuilder resultatrakning(WorkbookBuilder b, List<Object> header) {
        return b.sheet("Resultaträkning").row(header.toArray())
                .row("Taxor och avgifter", null, 44500, 29800, 32300, 29300, 44000, 48700, 4700)
                .row("Bidrag (intäkter)", null, 34900, 15000, 16300, 22000, 33000, 27500, "(5 500)")
                .row("Övriga intäkter", null, 12900, 7400, 8300, 7700, 11500, 11900, 400)
                .row("Personalkostnader", null, "(760 000)", -505800, -544300, -512500, -763500, -829800, "(66 300)")
                .row("Bidrag (kostnader)", null, -21200, -11500, -15000, -16600, -24900, -23100, 1800)
                .row("Köp av verksamhet", null, -161200, -98600, -107400, -114400, -171600, -148000, 23600)
                .row("Lokalhyror", null, -61000, -41800, -45300, -42700, -64100, -68900, -4800)
                .row("Övriga driftskostnader", null, -105900, -64700, -69300, -66900, -100400, -105300, -4900)
                .row("Kapitaltjänstkostnader", null, "(4 900)", "(3 200,0)", -3200, -3300, -5000, -5200, "(200)");
    }

    @BeforeAll
    static void generate() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Rapport").row("Tabellenhet", "mkr");
        resultatrakning(b, RR_HEADER);
        b.sheet("Driftsredovisning")
                .row("Verksamhet (tkr)", "Område", "Bokslut 2023", "Utfall januari–augusti 2023", "Utfall jan-aug 2024",
                        "Budget jan-aug 2024", "Budget 2024", "Prognos helår 2024", "Avvikelse prognos helår mot budget")
                .row("Hemtjänst", "Äldreomsorg", -225000, -146400, -167000, -147500, -221300, -247000, "(25 700)")
                .row("Särskilt boende", "Äldreomsorg", -302700, -205400, -214100, -200900, -301300, -303700, -2400)
                .row("Köpta platser", "Äldreomsorg", -58500, -37100, -43200, -45200, -67800, -64000, 3800)
                .row("LSS, boende", "LSS", -119700, -81800, -81200, -72300, -108500, -121900, -13400)
                .row("LSS, daglig verksamhet", "LSS", -59300, -39100, -43200, -45800, -68700, -69000, -300)
                .row("Central administration", "Gemensamt", -256700, -163600, -178900, -185700, -273400, -286600,
                        -13200);
        Path workbook = Files.write(dir.resolve("kopierade-rubriker.xlsx"), b.build());
        generated = Generated.of(workbook, dir.resolve("ut"));
    }

    /**
     * The Resultaträkning in mkr, written out by hand from the tkr cells above: Summa intäkter for
     * Utfall jan–aug 2024 = 32 300 + 16 300 + 8 300 = 56 900; Summa kostnader for Prognos = -(829 800 +
     * 23 100 + 148 000 + 68 900 + 105 300 + 5 200) = -1 180 300; Summa totalt = 56 900 − 784 500 = -727 600.
     */
    static final List<List<String>> RESULTATRAKNING = List.of(
            List.of("Intäkter / Kostnader (mkr)", "Bokslut 2023", "Utfall jan–aug 2023", "Utfall jan–aug 2024",
                    "Budget 2024", "Prognos helår 2024", "Avvikelse prognos helår mot budget"),
            PlanExamples.row("Taxor och avgifter", "44,5", "29,8", "32,3", "44,0", "48,7", "4,7"),
            PlanExamples.row("Bidrag (intäkter)", "34,9", "15,0", "16,3", "33,0", "27,5", "-5,5"),
            PlanExamples.row("Övriga intäkter", "12,9", "7,4", "8,3", "11,5", "11,9", "0,4"),
            PlanExamples.row("Summa intäkter", "92,3", "52,2", "56,9", "88,5", "88,1", "-0,4"),
            PlanExamples.row("Personalkostnader", "-760,0", "-505,8", "-544,3", "-763,5", "-829,8", "-66,3"),
            PlanExamples.row("Bidrag (kostnader)", "-21,2", "-11,5", "-15,0", "-24,9", "-23,1", "1,8"),
            PlanExamples.row("Köp av verksamhet", "-161,2", "-98,6", "-107,4", "-171,6", "-148,0", "23,6"),
            PlanExamples.row("Lokalhyror", "-61,0", "-41,8", "-45,3", "-64,1", "-68,9", "-4,8"),
            PlanExamples.row("Övriga driftskostnader", "-105,9", "-64,7", "-69,3", "-100,4", "-105,3", "-4,9"),
            PlanExamples.row("Kapitaltjänstkostnader", "-4,9", "-3,2", "-3,2", "-5,0", "-5,2", "-0,2"),
            PlanExamples.row("Summa kostnader", "-1 114,2", "-725,6", "-784,5", "-1 129,5", "-1 180,3", "-50,8"),
            PlanExamples.row("Summa totalt", "-1 021,9", "-673,4", "-727,6", "-1 041,0", "-1 092,2", "-51,2"));

    @Test
    void copiedHeadersAndAccountingNegativesGiveTheResultatrakningInBothFormats() {
        DocxDoc docx = DocxDoc.read(generated.docx("delarsrapport-"));
        assertEquals(RESULTATRAKNING, docx.table("Resultaträkning").rows());
        PdfDoc pdf = PdfDoc.read(generated.pdf("delarsrapport-"));
        int from = pdf.lines().indexOf("Resultaträkning");
        assertTrue(from >= 0, pdf.lines().toString());
        for (List<String> row : RESULTATRAKNING.subList(1, RESULTATRAKNING.size())) {
            from = pdf.rowIndex(row.get(0), row.subList(1, row.size()), from);
        }
    }

    @Test
    void theDriftsredovisningIsReadFromItsCopiedHeadersAndAgreesWithTheResultatrakning() {
        DocxDoc docx = DocxDoc.read(generated.docx("delarsrapport-"));
        DocxDoc.Table t = docx.table("Driftsredovisning");
        assertEquals(List.of("Verksamhet (mkr)", "Bokslut 2023", "Utfall jan–aug 2023", "Utfall jan–aug 2024",
                "Budget 2024", "Prognos helår 2024", "Avvikelse prognos helår mot budget"), t.header());
        // Hemtjänst: -247 000 − (-221 300) = -25 700, given as (25 700).
        assertEquals(PlanExamples.row("Hemtjänst", "-225,0", "-146,4", "-167,0", "-221,3", "-247,0", "-25,7"),
                t.row("Hemtjänst"));
        assertEquals(PlanExamples.row("Totalt", "-1 021,9", "-673,4", "-727,6", "-1 041,0", "-1 092,2", "-51,2"),
                t.row("Totalt"));
        PdfDoc pdf = PdfDoc.read(generated.pdf("delarsrapport-"));
        pdf.rowIndex("Hemtjänst", PlanExamples.row("-225,0", "-146,4", "-167,0", "-221,3", "-247,0", "-25,7"));
    }

    @Test
    void everyGivenAvvikelseUnderTheCopiedHeaderIsCheckedAndNothingAboutThemIsWarned() {
        String out = generated.run().plain();
        // The one warning is check 7 on the workbook's own LSS prognos (-69 000 against the methods'
        // -64 800 and -65 518 tkr), not about a copied header or a given Avvikelse.
        List<String> warnings = out.lines().map(String::strip).filter(l -> l.startsWith("varning ")).toList();
        assertEquals(1, warnings.size(), out);
        assertTrue(warnings.getFirst().startsWith("varning  Driftsredovisning!H6: Prognosen för LSS, daglig verksamhet"),
                out);
        String html = generated.kontrollrapportHtml().replace('\u00A0', ' ');
        // The column under "Avvikelse prognos helår mot budget" is the given Avvikelse: checked, (66 300) as -66 300.
        String row = html.lines().filter(l -> l.contains("<b>Personalkostnader, Avvikelse</b><br>Resultaträkning!I5;"))
                .findFirst().orElseThrow(() -> new AssertionError(html));
        assertTrue(row.contains("<td class=\"r\">-66 300</td><td class=\"r\">-66 300</td>") && row.contains("Stämmer"),
                row);
    }

    static Cli.Run generateFails(WorkbookBuilder b, String name) throws IOException {
        Path workbook = Files.write(dir.resolve(name), b.build());
        Path out = dir.resolve("ut-" + name);
        Cli.Run run = Cli.run("generate", workbook.toString(), "--out", out.toString());
        assertEquals(1, run.status(), run.all());
        run.assertNoStackTrace();
        assertFalse(Files.exists(out) && out.toFile().list().length > 0, "no file is written");
        return run;
    }

    static List<String> errors(Cli.Run run) {
        return run.plain().lines().map(String::strip).filter(l -> l.startsWith("fel ")).map(l -> l.substring(3).strip())
                .toList();
    }

    @Test
    void aHeaderOfAnotherYearIsOneErrorNamingItsCell() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        resultatrakning(b, List.of("Post", "Typ", "Bokslut 2023", "Utfall jan-aug 2023", "Utfall jan–aug 2024",
                "Budget jan–aug 2024", "Budget 2023", "Prognos helår 2024", "Avvikelse"));
        assertEquals(List.of("Resultaträkning!G1: rubriken \"Budget 2023\" kan inte läsas: den gäller 2023 men År på "
                + "bladet Rapport är 2024. Skriv \"Budget 2024\" (Budget), eller rätta År och Period på bladet Rapport"),
                errors(generateFails(b, "fel-ar.xlsx")));
    }

    @Test
    void aHeaderOfAnotherPeriodIsOneErrorNamingItsCell() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        resultatrakning(b, List.of("Post", "Typ", "Bokslut 2023", "Utfall jan-aug 2023", "Utfall jan–jun 2024",
                "Budget jan–aug 2024", "Budget 2024", "Prognos helår 2024", "Avvikelse"));
        assertEquals(List.of("Resultaträkning!E1: rubriken \"Utfall jan–jun 2024\" kan inte läsas: den gäller "
                + "januari–juni men Period på bladet Rapport är augusti. Skriv \"Utfall jan–aug 2024\" (Utfall period), "
                + "eller rätta År och Period på bladet Rapport"), errors(generateFails(b, "fel-period.xlsx")));
    }

    @Test
    void bokslutOfTheReportYearIsNotLastYearsBokslut() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        resultatrakning(b, List.of("Post", "Typ", "Bokslut 2024", "Utfall jan-aug 2023", "Utfall jan–aug 2024",
                "Budget jan–aug 2024", "Budget 2024", "Prognos helår 2024", "Avvikelse"));
        assertEquals(List.of("Resultaträkning!C1: rubriken \"Bokslut 2024\" kan inte läsas: den gäller 2024 men "
                + "föregående år är 2023 (År på bladet Rapport är 2024). Skriv \"Bokslut 2023\" (Bokslut föregående år), "
                + "eller rätta År och Period på bladet Rapport"), errors(generateFails(b, "fel-bokslut.xlsx")));
    }

    @Test
    void missingColumnsAreOneMessageListingTheHeadersFoundAndTheColumnsExpected() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Driftsredovisning").row("Verksamhet", "Utfall", "Budget 2024").row("Hemtjänst", -167000, -221300);
        assertEquals(List.of("Driftsredovisning: kolumnerna \"Utfall period\" och \"Prognos\" saknas. Rubrikraden "
                + "(rad 1) har \"Verksamhet\", \"Utfall\" och \"Budget 2024\"; bladet behöver \"Verksamhet\", "
                + "\"Utfall period\", \"Budget\" och \"Prognos\" (också skrivna med år och period, som "
                + "\"Utfall jan–aug 2024\" eller \"Prognos helår 2024\")."), errors(generateFails(b, "saknas.xlsx")));
    }

    @Test
    void aUnitInAHeaderThatIsNotBeloppsenhetIsAnError() throws IOException {
        WorkbookBuilder b = TestWorkbooks.rapport();
        resultatrakning(b, List.of("Intäkter / Kostnader (mkr)", "Typ", "Bokslut 2023", "Utfall jan-aug 2023",
                "Utfall jan–aug 2024", "Budget jan–aug 2024", "Budget 2024", "Prognos helår 2024", "Avvikelse"));
        assertEquals(List.of("Resultaträkning!A1: rubriken \"Intäkter / Kostnader (mkr)\" säger mkr, men beloppen läses "
                + "i tkr: Beloppsenhet på bladet Rapport är tkr (Rapport!B7). Skriv Beloppsenhet mkr på bladet Rapport "
                + "om beloppen är i mkr, eller ta bort \"(mkr)\" ur rubriken"), errors(generateFails(b, "enhet.xlsx")));
    }
}
