package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The charts of the delårsrapport of {@code delarsrapport-augusti-2025.xlsx}, read back from the Word
 * file (the chart parts' caches, the embedded workbooks, the alternative text) and from the PDF (the
 * figures' alternative text and the labels they draw), against figures read by hand from the
 * workbook's cells (tkr, shown in mkr with one decimal):
 *
 * <ul>
 *   <li>Mål!D2:D9: Uppfyllt D5, D7, D8; Delvis uppfyllt D2, D3, D6; Ej uppfyllt D4, D9.</li>
 *   <li>Resultaträkning!G2:G4, G6:G11 (Budget) and H2:H4, H6:H11 (Prognos), the posts without the sums.</li>
 *   <li>Driftsredovisning!I2:I17 (Avvikelse = H − G), sorted from the largest deficit: Hemtjänst I2 -19 700,
 *       LSS, boende I8 -11 400, … Köpta platser I14 6 000; Öppen verksamhet äldreomsorg I7 and Nämnd I17 are
 *       both 200 and keep the sheet's order.</li>
 *   <li>Månadsutfall!B2:B9 (Utfall, January–August; the period ends in August), C2:C13 (Utfall föregående år)
 *       and D2:D13 (Budget), the rows without Verksamhet, added up month by month (see {@link #UTFALL_ACK}).</li>
 * </ul>
 */
class DelarsrapportChartsTest {

    static final String BASE = "delarsrapport-vard-och-omsorgsnamnden-2025-08";
    static byte[] docxBytes;
    static byte[] pdfBytes;
    static List<DocxCharts.Read> charts;
    static List<PdfFigures.Figure> figures;
    static PdfFigures.Figure logo;

    static final List<String> BEDOMNINGAR = List.of("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt");
    static final List<String> ANTAL = List.of("3", "3", "2");

    static final List<String> POSTER = List.of("Taxor och avgifter", "Bidrag (intäkter)", "Övriga intäkter",
            "Personalkostnader", "Bidrag (kostnader)", "Köp av verksamhet", "Lokalhyror", "Övriga driftskostnader",
            "Kapitaltjänstkostnader");
    static final List<String> BUDGET = List.of("46,8", "33,9", "12,3", "-795,4", "-25,9", "-173,8", "-66,9", "-103,8",
            "-5,3");
    static final List<String> PROGNOS = List.of("49,3", "29,6", "13,1", "-842,6", "-24,5", "-160,3", "-70,1", "-110,6",
            "-5,4");

    static final List<String> VERKSAMHETER = List.of("Hemtjänst", "LSS, boende", "Hälso- och sjukvård", "Särskilt boende",
            "LSS, personlig assistans", "Korttidsboende", "Central administration", "Boendestöd",
            "Öppen verksamhet socialpsykiatri", "Bostadsanpassning", "Öppen verksamhet äldreomsorg", "Nämnd",
            "Hjälpmedel, dagverksamhet, larm och nattpatrull", "LSS, daglig verksamhet",
            "LSS, kontaktperson, ledsagning och avlösning", "Köpta platser");
    static final List<String> AVVIKELSER = List.of("-19,7", "-11,4", "-5,9", "-5,1", "-3,3", "-3,1", "-1,6", "-0,8",
            "-0,6", "-0,4", "0,2", "0,2", "0,6", "0,7", "0,8", "6,0");

    static final List<String> MANADER = List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt",
            "nov", "dec");
    /**
     * Månadsutfall!B2:B9 added up: -92 676; -92 676 − 85 414 = -178 090; − 91 309 = -269 399; − 91 741 =
     * -361 140; − 91 171 = -452 311; − 96 815 = -549 126; − 105 306 = -654 432; − 96 425 = -750 857 (the
     * Resultaträkning's Utfall period). No Utfall after August: null.
     */
    static final List<String> UTFALL_ACK = Arrays.asList("-92,7", "-178,1", "-269,4", "-361,1", "-452,3", "-549,1",
            "-654,4", "-750,9", null, null, null, null);
    /**
     * C2:C13: -87 110; − 82 271 = -169 381; − 88 585 = -257 966; − 86 454 = -344 420; − 87 516 = -431 936;
     * − 89 252 = -521 188; − 95 257 = -616 445; − 89 162 = -705 607; − 83 603 = -789 210; − 85 192 = -874 402;
     * − 84 324 = -958 726; − 85 629 = -1 044 355 (Bokslut föregående år).
     */
    static final List<String> FOREGAENDE_ACK = List.of("-87,1", "-169,4", "-258,0", "-344,4", "-431,9", "-521,2",
            "-616,4", "-705,6", "-789,2", "-874,4", "-958,7", "-1 044,4");
    /**
     * D2:D13: -88 800; -172 300; -262 000; -349 000; -437 800; -531 900; -631 400; -722 900; -809 000;
     * -897 800; -984 800; -1 078 100 (Budget).
     */
    static final List<String> BUDGET_ACK = List.of("-88,8", "-172,3", "-262,0", "-349,0", "-437,8", "-531,9",
            "-631,4", "-722,9", "-809,0", "-897,8", "-984,8", "-1 078,1");
    static final String ALT_MANAD = Sv.nb("Linjediagram: ackumulerat utfall per månad för nämnden som helhet i mkr, "
            + "utfallet 2025 (heldragen linje), utfallet 2024 (kort streckad linje) och budgeten 2025 (streckad linje). "
            + "Till och med augusti: utfall 2025 -750,9, utfall 2024 -705,6 och budget 2025 -722,9 mkr. Beloppen står "
            + "också i tabellen under diagrammet.");
    static final String CAPTION_MANAD = "Ackumulerat utfall per månad, 2025 mot 2024 och budget (mkr)";

    static final String ALT_MAL = "Liggande stapeldiagram: antal mål per bedömning. Uppfyllt 3, delvis uppfyllt 3 och "
            + "ej uppfyllt 2 av 8 mål. Antalen står också i tabellen över måluppfyllelsen.";
    static final String ALT_RR = Sv.nb("Liggande stapeldiagram: budget 2025 och prognos helår 2025 per post i "
            + "resultaträkningen, i mkr; intäkter är positiva och kostnader negativa. Störst skillnad: Personalkostnader, "
            + "budget -795,4 och prognos -842,6 mkr. Beloppen står också i resultaträkningen.");
    static final String ALT_DRIFT = Sv.nb("Liggande stapeldiagram: avvikelse prognos helår mot budget per verksamhet i "
            + "mkr, sorterat från det största underskottet till det största överskottet. Störst underskott: Hemtjänst "
            + "-19,7 mkr. Störst överskott: Köpta platser 6,0 mkr. Beloppen står också i driftsredovisningen.");

    @BeforeAll
    static void generate() {
        Generated g = SharedRuns.of(Examples.DELARSRAPPORT);
        docxBytes = g.bytes(BASE + ".docx");
        pdfBytes = g.bytes(BASE + ".pdf");
        charts = DocxCharts.read(docxBytes);
        // The cover's logo is the document's first figure (the house style's); the charts follow.
        List<PdfFigures.Figure> all = PdfFigures.read(pdfBytes);
        logo = all.get(0);
        figures = all.subList(1, all.size());
    }

    @Test
    void theDocumentHasItsFourChartsInBothFormats() {
        assertEquals(List.of("Antal mål per bedömning", "Budget och prognos helår per post i resultaträkningen (mkr)",
                CAPTION_MANAD, "Avvikelse prognos helår mot budget per verksamhet (mkr)"),
                charts.stream().map(DocxCharts.Read::title).toList());
        assertEquals(List.of("bar", "bar", "line", "bar"), charts.stream().map(DocxCharts.Read::kind).toList());
        assertEquals(List.of(ALT_MAL, ALT_RR, ALT_MANAD, ALT_DRIFT), charts.stream().map(DocxCharts.Read::alt).toList());
        assertEquals(List.of(ALT_MAL, ALT_RR, ALT_MANAD, ALT_DRIFT), figures.stream().map(PdfFigures.Figure::alt).toList(),
                "the PDF's figures carry the same alternative text");
        assertEquals("Ekeby kommun logotyp", logo.alt(), "the cover's logo comes first");
        assertEquals(1, logo.page());
    }

    @Test
    void goalAssessmentsInWordAreTheCountsPerBedomning() {
        DocxCharts.Read c = charts.get(0);
        assertEquals(List.of("Antal mål"), c.series().stream().map(DocxCharts.Series::name).toList());
        assertEquals(BEDOMNINGAR, c.series().get(0).categories());
        HandlingsplanTest.assertNumbers(DocxCharts.printed(ANTAL), c.values(0), "antal mål");
        assertEquals("[$-41D]#,##0", c.series().get(0).formatCode());
        assertSheet(c, BEDOMNINGAR, List.of(ANTAL));
        // Each bar in its assessment's colour (beside its words): green, amber, red.
        var ser = c.part().getCTChart().getPlotArea().getBarChartArray(0).getSerArray(0);
        List<String> colours = new ArrayList<>();
        for (var point : ser.getDPtList()) {
            byte[] rgb = point.getSpPr().getSolidFill().getSrgbClr().getVal();
            colours.add(String.format("%02X%02X%02X", rgb[0], rgb[1], rgb[2]));
        }
        assertEquals(List.of("2E7D32", "E69F00", "C62828"), colours);
    }

    @Test
    void budgetAgainstPrognosInWordIsTheResultatrakningsPosts() {
        DocxCharts.Read c = charts.get(1);
        assertEquals(List.of("Budget 2025", "Prognos helår 2025"), c.series().stream().map(DocxCharts.Series::name).toList());
        for (DocxCharts.Series s : c.series()) {
            assertEquals(POSTER, s.categories());
            assertEquals("Blad1!$A$2:$A$10", s.categoryRef());
            assertEquals("[$-41D]#,##0.0", s.formatCode());
        }
        HandlingsplanTest.assertNumbers(DocxCharts.printed(BUDGET), c.values(0), "budget");
        HandlingsplanTest.assertNumbers(DocxCharts.printed(PROGNOS), c.values(1), "prognos");
        assertEquals("Blad1!$B$2:$B$10", c.series().get(0).valueRef());
        assertEquals("Blad1!$C$2:$C$10", c.series().get(1).valueRef());
        assertSheet(c, POSTER, List.of(BUDGET, PROGNOS));
        // Budget is hatched, Prognos filled: they differ by more than colour.
        var sers = c.part().getCTChart().getPlotArea().getBarChartArray(0).getSerList();
        assertTrue(sers.get(0).getSpPr().isSetPattFill(), "budget hatched");
        assertTrue(sers.get(1).getSpPr().isSetSolidFill(), "prognos filled");
    }

    @Test
    void avvikelsePerVerksamhetInWordIsSortedFromTheLargestDeficit() {
        DocxCharts.Read c = charts.get(3);
        assertEquals(List.of("Avvikelse prognos helår mot budget"),
                c.series().stream().map(DocxCharts.Series::name).toList());
        assertEquals(VERKSAMHETER, c.series().get(0).categories());
        HandlingsplanTest.assertNumbers(DocxCharts.printed(AVVIKELSER), c.values(0), "avvikelse");
        assertSheet(c, VERKSAMHETER, List.of(AVVIKELSER));
    }

    /**
     * The cumulative Utfall by month (issue 10, item 2): a line chart in Word with the months as categories,
     * this year's line to August and last year's and the budget's to December, each value in the c:val cache
     * as the table prints it; this year's solid, last year's short-dashed, the budget's dashed.
     */
    @Test
    void cumulativeUtfallByMonthInWordIsTheMonthsAddedUp() {
        DocxCharts.Read c = charts.get(2);
        assertEquals(List.of("Utfall 2025", "Utfall 2024", "Budget 2025"),
                c.series().stream().map(DocxCharts.Series::name).toList());
        for (DocxCharts.Series s : c.series()) {
            assertEquals(MANADER, s.categories());
            assertEquals("Blad1!$A$2:$A$13", s.categoryRef());
            assertEquals("[$-41D]#,##0.0", s.formatCode());
        }
        assertNullableNumbers(UTFALL_ACK, c.values(0), "utfall 2025");
        assertNullableNumbers(FOREGAENDE_ACK, c.values(1), "utfall 2024");
        assertNullableNumbers(BUDGET_ACK, c.values(2), "budget 2025");
        var sers = c.part().getCTChart().getPlotArea().getLineChartArray(0).getSerList();
        assertFalse(sers.get(0).getSpPr().getLn().isSetPrstDash(), "this year solid");
        assertEquals("sysDash", sers.get(1).getSpPr().getLn().getPrstDash().getVal().toString(), "last year short dashes");
        assertEquals("dash", sers.get(2).getSpPr().getLn().getPrstDash().getVal().toString(), "budget dashed");
    }

    /**
     * The same figures in the PDF: the table under the chart (its caption, then a row per month; "–" where
     * this year has no month yet), and the chart drawn with the budget's last value at its line's end.
     */
    @Test
    void cumulativeUtfallByMonthStandsInTheTableUnderTheChartInThePdf() {
        PdfDoc pdf = PdfDoc.read(pdfBytes);
        List<String> lines = pdf.lines();
        int chart = lines.indexOf(CAPTION_MANAD);
        assertTrue(chart >= 0, "the chart's caption");
        int table = lines.subList(chart + 1, lines.size()).indexOf("Ackumulerat utfall per månad") + chart + 1;
        assertTrue(table > chart, "the table's caption after the chart's");
        assertEquals("Månad (mkr) Utfall 2025 Utfall 2024 Budget 2025", lines.get(table + 1));
        List<String> names = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                "september", "oktober", "november", "december");
        for (int m = 0; m < 12; m++) {
            String utfall = UTFALL_ACK.get(m) == null ? "–" : UTFALL_ACK.get(m);
            assertEquals(Sv.nb(names.get(m) + " " + utfall + " " + FOREGAENDE_ACK.get(m) + " " + BUDGET_ACK.get(m)),
                    lines.get(table + 2 + m));
        }
        PdfFigures.Figure drawn = figures.get(2);
        assertEquals(ALT_MANAD, drawn.alt());
        assertInOrder(drawn.labels(), MANADER);
        assertTrue(drawn.labels().contains(Sv.nb("-1 078,1")), "the budget's December at its line's end: " + drawn.labels());
        assertTrue(drawn.labels().containsAll(List.of("Utfall 2025", "Utfall 2024", "Budget 2025")), "the legend");
    }

    /** Figures as printed against a cache where a missing point is null. */
    private static void assertNullableNumbers(List<String> expected, List<BigDecimal> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": " + actual);
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i) == null) {
                assertEquals(null, actual.get(i), what + " " + MANADER.get(i) + ": " + actual);
            } else {
                assertTrue(actual.get(i) != null && DocxCharts.printed(expected.get(i)).compareTo(actual.get(i)) == 0,
                        what + " " + MANADER.get(i) + ": expected " + expected + " but was " + actual);
            }
        }
    }

    /** The embedded workbook: the categories in A2 down, a series per column from B with its name in row 1. */
    private static void assertSheet(DocxCharts.Read c, List<String> categories, List<List<String>> series) {
        assertEquals("Blad1", c.sheetName());
        assertEquals(categories.size() + 1, c.sheet().size());
        for (int s = 0; s < series.size(); s++) {
            assertEquals(c.series().get(s).name(), c.sheet().get(0).get(s + 1));
            for (int r = 0; r < categories.size(); r++) {
                assertEquals(categories.get(r), c.sheet().get(r + 1).get(0));
                HandlingsplanTest.assertNumbers(List.of(DocxCharts.printed(series.get(s).get(r))),
                        List.of((BigDecimal) c.sheet().get(r + 1).get(s + 1)), categories.get(r));
            }
        }
    }

    @Test
    void thePdfDrawsEveryBarsValueBesideItsCategory() {
        // Drawn top to bottom: each category's label, then the value of each of its bars.
        assertInOrder(figures.get(0).labels(), interleave(BEDOMNINGAR, List.of(ANTAL)));
        assertInOrder(figures.get(1).labels(), interleave(POSTER, List.of(BUDGET, PROGNOS)));
        assertInOrder(figures.get(3).labels(), interleave(VERKSAMHETER, List.of(AVVIKELSER)));
        // A long name takes two lines beside its bar.
        assertTrue(String.join("|", figures.get(3).labels()).contains("Hjälpmedel, dagverksamhet, larm och|nattpatrull"),
                figures.get(3).labels().toString());
    }

    @Test
    void thePdfsAxesAreWrittenInSwedish() {
        // Resultaträkning: -842,6 to 49,3 in steps of 200 mkr; the thousand with a no-break space.
        assertInOrder(figures.get(1).labels(), List.of(Sv.nb("-1 000"), "-800", "-600", "-400", "-200", "0", "200"));
        // Driftsredovisning: -19,7 to 6,0 in steps of 10, one step more where a bar nearly reaches the end.
        assertInOrder(figures.get(3).labels(), List.of("-30", "-20", "-10", "0", "10"));
        // The counts in whole steps.
        assertInOrder(figures.get(0).labels(), List.of("0", "1", "2", "3", "4"));
        // The legend names the two series.
        assertTrue(figures.get(1).labels().containsAll(List.of("Budget 2025", "Prognos helår 2025")));
    }

    @Test
    void everyFontOfThePdfIsEmbeddedAndNoneIsType3() throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdfBytes)) {
            for (PDPage page : pd.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertFalse(font instanceof PDType3Font, font.getName());
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                }
            }
        }
    }

    @Test
    void theEmbeddedWorkbooksAreStoredWithTheDocumentDate() throws IOException {
        int workbooks = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docxBytes))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().startsWith("word/embeddings/") && e.getName().endsWith(".xlsx")) {
                    workbooks++;
                    try (ZipInputStream inner = new ZipInputStream(new ByteArrayInputStream(zip.readAllBytes()))) {
                        for (ZipEntry i; (i = inner.getNextEntry()) != null; ) {
                            assertEquals(ZipEntry.STORED, i.getMethod(), i.getName());
                            // Rapport!Datum, 2025-09-23.
                            assertEquals(LocalDateTime.of(2025, 9, 23, 0, 0), i.getTimeLocal(), i.getName());
                        }
                    }
                }
            }
        }
        assertEquals(4, workbooks);
    }

    /** The category labels, each followed by its values in the series' order. */
    private static List<String> interleave(List<String> categories, List<List<String>> series) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            out.add(categories.get(i));
            for (List<String> s : series) {
                out.add(s.get(i));
            }
        }
        return out;
    }

    /** The expected labels stand among the drawn ones in this order (a label of two lines is joined). */
    static void assertInOrder(List<String> drawn, List<String> expected) {
        String joined = "|" + String.join("|", drawn) + "|";
        int at = 0;
        for (String e : expected) {
            int found = joined.indexOf("|" + e + "|", at);
            if (found < 0) {
                found = joined.indexOf("|" + e.replaceFirst(" (\\S+)$", "|$1") + "|", at);
            }
            assertTrue(found >= 0, "\"" + e + "\" after position " + at + " in " + drawn);
            at = found + 1;
        }
    }
}
