package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The handlingsplan of {@code handlingsplan-personlig-assistans-2025.xlsx}, in PDF and Word, against
 * the figures written out by hand in {@link PlanExamples}.
 */
class HandlingsplanTest {

    static final String BASE = "handlingsplan-vard-och-omsorgsnamnden-2025";
    static final String HEADER = "Vård- och omsorgsnämnden – Handlingsplan";

    static PdfDoc pdf;
    static DocxDoc docx;
    static String body;
    static WorkbookCells wb;

    @BeforeAll
    static void generate() {
        Generated g = SharedRuns.of(Examples.HANDLINGSPLAN);
        assertEquals(List.of(BASE + ".docx", BASE + ".pdf"), g.files().keySet().stream()
                .filter(n -> n.startsWith("handlingsplan-")).toList());
        pdf = PdfDoc.read(g.bytes(BASE + ".pdf"));
        docx = DocxDoc.read(g.bytes(BASE + ".docx"));
        body = pdf.body(HEADER);
        wb = WorkbookCells.read(Examples.HANDLINGSPLAN);
    }

    static final List<String> METADATA = List.of("Ansvar", "Typ av styrdokument", "Beslutande instans", "Datum för beslut",
            "Diarienummer", "Gäller för", "Giltighetstid", "Revideras senast", "Dokumentansvarig");

    static String field(WorkbookCells wb, String name) {
        WorkbookCells.Line l = wb.rapport(name);
        return l.cells().get("Värde").getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(l.cells().get("Värde"))
                ? l.date("Värde").toString() : l.text("Värde");
    }

    /** The numbered headings: Sammanfattning, Nyckeltal with one sub-section per key figure, one section per action. */
    static List<String> headings(List<PlanExamples.KeyFigure> keyFigures, List<List<String>> summary) {
        List<String> h = new ArrayList<>(List.of("1 Sammanfattning", "2 Nyckeltal"));
        int i = 1;
        for (PlanExamples.KeyFigure k : keyFigures) {
            h.add("2." + i++ + " " + k.name());
        }
        int n = 3;
        for (List<String> action : summary.subList(0, 4)) {
            h.add(n++ + " " + action.get(0));
        }
        return h;
    }

    @Test
    void metadataBlockListsTheFieldsOfTheRapportSheet() {
        List<String> expected = METADATA.stream().map(f -> f + ": " + field(wb, f)).toList();
        assertEquals(expected, docx.paragraphs.stream().filter(p -> p.style().equals("FieldLine")).limit(9)
                .map(DocxDoc.Para::text).toList());
        assertEquals(expected, pdf.page(2).subList(1, 10));
        assertEquals("Datum för beslut: 2025-03-18", expected.get(3));
    }

    @Test
    void innehallListsTheSectionsWithTheirPages() {
        assertTrue(pdf.page(2).contains("Innehåll"), pdf.page(2).toString());
        List<String> expected = headings(PlanExamples.NYCKELTAL_2024, PlanExamples.HANDLINGSPLAN_SUMMARY);
        assertEquals(expected, pdf.toc().stream().map(PdfDoc.TocEntry::title).toList());
        for (PdfDoc.TocEntry e : pdf.toc()) {
            assertEquals(pdf.pageOfLine(e.title(), 3), e.page(), e.title());
        }
        assertEquals("Innehåll", docx.paragraphs.stream().filter(p -> p.style().equals("TOCHeading")).findFirst()
                .orElseThrow().text());
        assertEquals(expected, docx.paragraphs.stream().filter(p -> p.style().matches("TOC\\d"))
                .map(p -> p.text().split("\t")[0]).toList());
        assertEquals(expected, docx.headings().stream().filter(p -> p.style().matches("Heading[12]"))
                .map(DocxDoc.Para::text).toList());
    }

    @Test
    void summaryTableHasEveryActionItsStartAndBothEffectsAndTheTotal() {
        DocxDoc.Table t = docx.table("Åtgärder och deras ekonomiska effekt");
        assertEquals(List.of("Namn på åtgärd", "Startdatum", "Ekonomisk effekt innevarande år (kr)",
                "Ekonomisk effekt helår (kr)"), t.header());
        assertTrue(t.headerRepeat().get(0));
        List<List<String>> expected = PlanExamples.HANDLINGSPLAN_SUMMARY;
        assertEquals(expected, t.rows().subList(1, t.rows().size()));
        for (List<String> row : expected) {
            List<String> figures = row.subList(1, row.size()).stream().filter(s -> !s.isEmpty()).toList();
            pdf.rowIndex(row.get(0), figures);
        }
    }

    @Test
    void deficitCoverageAndWhatRemains() {
        DocxDoc.Table t = docx.table("Täckning av underskottet");
        assertEquals(List.of("", "Belopp (kr)"), t.header());
        assertEquals(PlanExamples.HANDLINGSPLAN_COVERAGE, t.rows().subList(1, t.rows().size()));
        for (List<String> row : PlanExamples.HANDLINGSPLAN_COVERAGE) {
            assertTrue(pdf.lines().contains(String.join(" ", row)), row.toString());
        }
    }

    @Test
    void tablesInWholeKronorAddUpAndCarryNoRoundingNote() {
        assertTrue(docx.paragraphs.stream().noneMatch(p -> p.text().startsWith("Beloppen är avrundade")));
        assertTrue(pdf.lines().stream().noneMatch(l -> l.startsWith("Beloppen är avrundade")));
    }

    @Test
    void aptActionShowsHoursAndTheCalculatedEffects() {
        // APT: Antal 42, Timmar per 4, Timkostnad 320, start 1 March: 10 of 12 months of 53 760 kr.
        String name = "Effektivare APT – samordning och tidsoptimering";
        List<String> effect = List.of(Sv.nb("42 × 4 timmar = 168 timmar per år à 320 kr"),
                Sv.nb("Ekonomisk effekt helår: 53 760 kr"),
                Sv.nb("Ekonomisk effekt 2025: 44 800 kr (10 av 12 månader, mars–december)"));
        List<String> texts = docx.paragraphs.stream().map(DocxDoc.Para::text).toList();
        int heading = texts.indexOf("6 " + name);
        int at = texts.subList(heading, texts.size()).indexOf("Ekonomisk effekt") + heading;
        assertEquals(effect, texts.subList(at + 1, at + 4));
        assertTrue(docx.paragraphs.subList(at + 1, at + 4).stream().allMatch(p -> p.style().equals("ListBullet")));
        Texts.assertInOrder(body, List.of("6 " + name, "Ekonomisk effekt", "• " + effect.get(0),
                "• " + effect.get(1), "• " + effect.get(2)));
    }

    @Test
    void eachActionHasItsOwnSectionWithTheFiveParts() {
        List<WorkbookCells.Line> actions = wb.rows("Åtgärder");
        int n = 3;
        for (int i = 0; i < actions.size(); i++) {
            WorkbookCells.Line l = actions.get(i);
            String name = l.text("Åtgärd");
            List<String> parts = new ArrayList<>(List.of(n + " " + name, "Ansvarig: " + l.text("Ansvarig"),
                    "Startdatum: " + l.date("Startdatum"), "Beskrivning av åtgärd", "Möjligheter"));
            Texts.items(l.text("Möjligheter")).forEach(item -> parts.add("• " + item));
            parts.add("Risker");
            Texts.items(l.text("Risker")).forEach(item -> parts.add("• " + item));
            parts.add("Ekonomisk effekt");
            parts.add("Uppföljning " + l.text("Uppföljning"));
            Texts.assertInOrder(body, parts);

            // In Word: the same order, the parts as headings, the items as list paragraphs.
            List<String> texts = docx.paragraphs.stream().map(DocxDoc.Para::text).toList();
            int heading = texts.indexOf(n + " " + name);
            assertEquals("Heading1", docx.paragraphs.get(heading).style());
            int next = i + 1 < actions.size() ? texts.indexOf((n + 1) + " " + actions.get(i + 1).text("Åtgärd"))
                    : texts.size();
            List<DocxDoc.Para> section = docx.paragraphs.subList(heading, next);
            assertEquals(List.of("Beskrivning av åtgärd", "Möjligheter", "Risker", "Ekonomisk effekt", "Uppföljning"),
                    section.stream().filter(p -> p.style().startsWith("Heading2")).map(DocxDoc.Para::text).toList());
            List<String> bullets = section.stream().filter(p -> p.style().equals("ListBullet")).map(DocxDoc.Para::text).toList();
            assertTrue(bullets.containsAll(Texts.items(l.text("Möjligheter"))), bullets.toString());
            assertTrue(bullets.containsAll(Texts.items(l.text("Risker"))), bullets.toString());
            assertEquals(l.text("Uppföljning"), section.get(section.size() - 1).text());
            n++;
        }
    }

    /** The header of a key figure's table: one row per Enhet, the latest reading and the trend. */
    static final List<String> NYCKELTAL_HEADER = List.of("Enhet", "Senaste period", "Utfall", "Målvärde", "Måluppfyllelse",
            "Trend per månad");

    /**
     * Nyckeltal in both formats, for any plan: headings and notes; one table per key figure with a row
     * per Enhet (the latest reading, whether the target is met in symbol and words, the trend); and a
     * small line chart per key figure, whose every value is read back from the Word chart's caches and
     * its embedded workbook, and from the PDF's figure and the note under it.
     */
    static void assertNyckeltal(List<PlanExamples.KeyFigure> keyFigures, DocxDoc docx, PdfDoc pdf, byte[] pdfBytes) {
        List<String> texts = docx.paragraphs.stream().map(DocxDoc.Para::text).toList();
        List<DocxDoc.Table> tables = docx.tables.stream().filter(t -> t.header().equals(NYCKELTAL_HEADER)).toList();
        assertEquals(keyFigures.size(), tables.size());
        List<DocxCharts.Read> charts = DocxCharts.read(docx.document).stream().filter(c -> c.kind().equals("line")).toList();
        assertEquals(keyFigures.size(), charts.size(), "one line chart per key figure");
        List<PdfFigures.Figure> figures = PdfFigures.read(pdfBytes).stream()
                .filter(f -> f.alt().startsWith("Linjediagram")).toList();
        assertEquals(keyFigures.size(), figures.size(), "one figure per key figure in the PDF");
        int k = 1;
        for (PlanExamples.KeyFigure key : keyFigures) {
            DocxDoc.Table t = tables.get(k - 1);
            assertEquals(key.rows(), t.rows().subList(1, t.rows().size()), key.name());
            int heading = texts.indexOf("2." + k + " " + key.name());
            assertTrue(heading > 0, key.name());
            assertEquals(key.note(), texts.get(heading + 1));

            // The Word chart: a category per month, a line per Enhet and the Målvärde, in the caches and the workbook.
            DocxCharts.Read chart = charts.get(k - 1);
            assertEquals(key.name() + " per månad (" + unit(key) + ")", chart.title());
            assertEquals(key.lines().stream().map(PlanExamples.Line::name).toList(),
                    chart.series().stream().map(DocxCharts.Series::name).toList(), key.name());
            for (int s = 0; s < key.lines().size(); s++) {
                DocxCharts.Series series = chart.series().get(s);
                assertEquals(key.months(), series.categories(), key.name());
                assertNumbers(DocxCharts.printed(key.lines().get(s).values()), series.values(), key.name() + ", "
                        + series.name());
                assertEquals("Blad1!$" + (char) ('B' + s) + "$2:$" + (char) ('B' + s) + "$" + (key.months().size() + 1),
                        series.valueRef());
                assertEquals("Blad1!$A$2:$A$" + (key.months().size() + 1), series.categoryRef());
                assertEquals("Blad1!$" + (char) ('B' + s) + "$1", series.nameRef());
            }
            assertSheet(chart, key);
            assertTrue(chart.alt().startsWith("Linjediagram: " + Character.toLowerCase(key.name().charAt(0))
                    + key.name().substring(1) + " per månad " + key.months().get(0) + "–"
                    + key.months().get(key.months().size() - 1)), chart.alt());

            // The PDF: the figure's alternative text is Word's; it draws the months, the legend and the targets'
            // last values; the note under it gives every value.
            PdfFigures.Figure figure = figures.get(k - 1);
            assertEquals(chart.alt(), figure.alt());
            // The months along the axis: the first, and then at regular steps where they would not all fit.
            List<String> months = figure.labels().stream().filter(key.months()::contains).toList();
            assertEquals(key.months().get(0), months.get(0), figure.labels().toString());
            int step = key.months().indexOf(months.get(Math.min(1, months.size() - 1)));
            for (int m = 0; m < months.size(); m++) {
                assertEquals(key.months().get(m * Math.max(step, 1)), months.get(m), figure.labels().toString());
            }
            for (PlanExamples.Line line : key.lines()) {
                assertTrue(figure.labels().contains(line.name()), line.name() + " in " + figure.labels());
            }
            String note = noteAfterChart(pdf, key);
            for (PlanExamples.Line line : key.lines()) {
                if (!line.name().startsWith("Målvärde")) {
                    assertTrue(note.contains(line.name() + ": " + String.join("; ", line.values()) + "."),
                            line.name() + " in " + note);
                }
            }
            k++;
        }
    }

    private static String unit(PlanExamples.KeyFigure key) {
        return key.note().replaceFirst("^Måttenhet: ([^.]+)\\..*$", "$1");
    }

    /** The note under a key figure's chart in the PDF, joined from its lines. */
    private static String noteAfterChart(PdfDoc pdf, PlanExamples.KeyFigure key) {
        List<String> lines = pdf.lines();
        int from = lines.indexOf(key.name() + " per månad (" + unit(key) + ")");
        assertTrue(from > 0, key.name());
        int note = from;
        while (!lines.get(note).startsWith("Utfall per månad")) {
            note++;
        }
        StringBuilder sb = new StringBuilder(lines.get(note));
        for (int i = note + 1; i < lines.size() && !lines.get(i).matches("(\\d+\\.)+\\d* .*|\\d+ .*|Dnr .*"); i++) {
            sb.append(sb.charAt(sb.length() - 1) == '–' ? "" : " ").append(lines.get(i));
        }
        return sb.toString();
    }

    /** The embedded workbook: the months in column A, a column per line with its name in row 1. */
    private static void assertSheet(DocxCharts.Read chart, PlanExamples.KeyFigure key) {
        assertEquals("Blad1", chart.sheetName());
        List<List<Object>> sheet = chart.sheet();
        assertEquals(key.months().size() + 1, sheet.size(), key.name());
        for (int s = 0; s < key.lines().size(); s++) {
            assertEquals(key.lines().get(s).name(), sheet.get(0).get(s + 1));
            for (int m = 0; m < key.months().size(); m++) {
                assertEquals(key.months().get(m), sheet.get(m + 1).get(0));
                Object cell = sheet.get(m + 1).get(s + 1);
                assertNumbers(List.of(DocxCharts.printed(key.lines().get(s).values().get(m))),
                        List.of((java.math.BigDecimal) cell), key.name() + " " + key.months().get(m));
            }
        }
    }

    /** Two lists of numbers equal as numbers (105.2 and 105.20 are the same). */
    static void assertNumbers(List<java.math.BigDecimal> expected, List<java.math.BigDecimal> actual, String what) {
        assertEquals(expected.size(), actual.size(), what + ": " + actual);
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(actual.get(i) != null && expected.get(i).compareTo(actual.get(i)) == 0,
                    what + ": expected " + expected + " but was " + actual);
        }
    }

    @Test
    void nyckeltalShowTargetsMetAsSymbolAndWordsAndTheTrend() {
        assertNyckeltal(PlanExamples.NYCKELTAL_2024, docx, pdf, SharedRuns.of(Examples.HANDLINGSPLAN).bytes(BASE + ".pdf"));
    }

    /** Each key figure's heading stands on the page where its table begins, not alone at the foot of the page before. */
    static void assertNyckeltalHeadingsKeepWithTheirTables(List<PlanExamples.KeyFigure> keyFigures, PdfDoc pdf) {
        int k = 1;
        for (PlanExamples.KeyFigure key : keyFigures) {
            String heading = "2." + k++ + " " + key.name();
            int page = pdf.pageOfLine(heading);
            List<String> lines = pdf.page(page);
            List<String> after = lines.subList(lines.indexOf(heading), lines.size());
            assertTrue(after.stream().anyMatch(l -> l.startsWith("Enhet period Utfall Målvärde Måluppfyllelse Trend")),
                    heading + " stands on page " + page + " without its table: " + after);
        }
    }

    @Test
    void nyckeltalHeadingsStandWithTheirTables() {
        assertNyckeltalHeadingsKeepWithTheirTables(PlanExamples.NYCKELTAL_2024, pdf);
    }

    @Test
    void everyPageButTheTitlePageHasHeaderAndFooter() {
        int n = pdf.pageCount();
        for (int p = 2; p <= n; p++) {
            assertEquals(HEADER, pdf.page(p).get(0), "header of page " + p);
            assertEquals("Dnr 2025.019 VON Sida " + p + " av " + n, pdf.lastLine(p), "footer of page " + p);
        }
        assertEquals(List.of("Ekeby kommun", "Handlingsplan", "Vård- och omsorgsnämnden", "Vård- och omsorgsförvaltningen",
                "2025-02-25", "Dnr 2025.019 VON"), pdf.page(1));
    }

    @Test
    void documentPropertiesAreSwedish() {
        assertEquals("Handlingsplan", pdf.title);
        assertEquals("Vård- och omsorgsförvaltningen", pdf.author);
        assertEquals("sv-SE", pdf.language);
        assertEquals("Handlingsplan", docx.core().getTitle());
        assertEquals("Vård- och omsorgsförvaltningen", docx.core().getCreator());
        assertEquals("sv-SE", docx.language());
    }
}
