package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The handlingsplan of {@code handlingsplan-personlig-assistans-2025.xlsx}, in PDF and Word,
 * against figures computed from the workbook.
 */
class HandlingsplanTest {

    static final String BASE = "handlingsplan-vard-och-omsorgsnamnden-2025";
    static final String HEADER = "Vård- och omsorgsnämnden – Handlingsplan";

    static PdfDoc pdf;
    static DocxDoc docx;
    static String body;
    static PlanFigures plan;
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
        plan = new PlanFigures(wb);
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
    static List<String> headings(PlanFigures plan) {
        List<String> h = new ArrayList<>(List.of("1 Sammanfattning", "2 Nyckeltal"));
        int i = 1;
        for (String name : plan.nyckeltal().keySet()) {
            h.add("2." + i++ + " " + name);
        }
        int n = 3;
        for (PlanFigures.Action a : plan.actions()) {
            h.add(n++ + " " + a.name());
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
        List<String> expected = headings(plan);
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
        List<List<String>> expected = new ArrayList<>();
        plan.actions().forEach(a -> expected.add(plan.summaryRow(a)));
        expected.add(List.of("Summa", "", plan.amount(plan.sumInnevarande()), plan.amount(plan.sumHelar())));
        assertEquals(expected, t.rows().subList(1, t.rows().size()));
        assertEquals(4, plan.actions().size());
        assertEquals(List.of("Endast verkställa beslutade timmar", "2025-01-01", "Ej minus resultat", ""), expected.get(0));
        assertEquals("Hålla prognos", expected.get(2).get(2));

        for (List<String> row : expected) {
            List<String> figures = row.subList(1, row.size()).stream().filter(s -> !s.isEmpty()).toList();
            pdf.rowIndex(row.get(0), figures);
        }
    }

    @Test
    void deficitCoverageAndWhatRemains() {
        Map<String, String> coverage = plan.coverage();
        assertEquals(Sv.nb("1 200 000"), coverage.get("Underskott att täcka"));
        assertEquals("12,1" + Sv.NBSP + "%", coverage.get("Täckningsgrad"));
        DocxDoc.Table t = docx.table("Täckning av underskottet");
        assertEquals(List.of("", "Belopp (kr)"), t.header());
        List<List<String>> expected = coverage.entrySet().stream().map(e -> List.of(e.getKey(), e.getValue())).toList();
        assertEquals(expected, t.rows().subList(1, t.rows().size()));
        for (Map.Entry<String, String> e : coverage.entrySet()) {
            assertTrue(pdf.lines().contains(e.getKey() + " " + e.getValue()), e.toString());
        }
    }

    @Test
    void aptActionShowsHoursAndTheCalculatedEffects() {
        PlanFigures.Action apt = plan.actions().get(3);
        WorkbookCells.Line l = apt.line();
        BigDecimal hours = l.number("Antal").multiply(l.number("Timmar per"));
        List<String> effect = List.of(
                l.text("Antal") + " × " + l.text("Timmar per") + " timmar = " + Sv.number(hours, 0)
                        + " timmar per år à " + Sv.number(l.number("Timkostnad"), 0) + Sv.NBSP + "kr",
                "Ekonomisk effekt helår: " + Sv.number(apt.helar(), 0) + Sv.NBSP + "kr",
                "Ekonomisk effekt 2025: " + Sv.number(apt.innevarande(), 0) + Sv.NBSP + "kr (" + apt.months()
                        + " av 12 månader, " + Texts.MONTHS.get(apt.start().getMonthValue() - 1) + "–december)");
        assertEquals("42 × 4 timmar = 168 timmar per år à 320" + Sv.NBSP + "kr", effect.get(0));
        assertEquals("Ekonomisk effekt helår: " + Sv.nb("53 760") + Sv.NBSP + "kr", effect.get(1));
        assertTrue(effect.get(2).startsWith("Ekonomisk effekt 2025: " + Sv.nb("44 800") + Sv.NBSP + "kr"), effect.get(2));

        List<String> texts = docx.paragraphs.stream().map(DocxDoc.Para::text).toList();
        int heading = texts.indexOf("6 " + apt.name());
        int at = texts.subList(heading, texts.size()).indexOf("Ekonomisk effekt") + heading;
        assertEquals(effect, texts.subList(at + 1, at + 4));
        assertTrue(docx.paragraphs.subList(at + 1, at + 4).stream().allMatch(p -> p.style().equals("ListBullet")));
        Texts.assertInOrder(body, List.of("6 " + apt.name(), "Ekonomisk effekt", "• " + effect.get(0),
                "• " + effect.get(1), "• " + effect.get(2)));
    }

    @Test
    void eachActionHasItsOwnSectionWithTheFiveParts() {
        int n = 3;
        for (PlanFigures.Action a : plan.actions()) {
            WorkbookCells.Line l = a.line();
            List<String> parts = new ArrayList<>(List.of(n + " " + a.name(), "Ansvarig: " + l.text("Ansvarig"),
                    "Startdatum: " + a.start(), "Beskrivning av åtgärd", "Möjligheter"));
            Texts.items(l.text("Möjligheter")).forEach(i -> parts.add("• " + i));
            parts.add("Risker");
            Texts.items(l.text("Risker")).forEach(i -> parts.add("• " + i));
            parts.add("Ekonomisk effekt");
            parts.add("Uppföljning " + l.text("Uppföljning"));
            Texts.assertInOrder(body, parts);

            // In Word: the same order, the parts as headings, the items as list paragraphs.
            List<String> texts = docx.paragraphs.stream().map(DocxDoc.Para::text).toList();
            int heading = texts.indexOf(n + " " + a.name());
            assertEquals("Heading1", docx.paragraphs.get(heading).style());
            int next = n - 3 + 1 < plan.actions().size()
                    ? texts.indexOf((n + 1) + " " + plan.actions().get(n - 3 + 1).name()) : texts.size();
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

    static final Pattern TREND = Pattern.compile(
            "(.+): (stigande|sjunkande) med (\\S+)\u00A0(\\S+) per månad (\\d{4}-\\d{2})–(\\d{4}-\\d{2}), en (förbättring|försämring)");

    /** Checks a key figure's rows (Enhet, Period, Utfall, Målvärde, Avvikelse, verdict) against the workbook. */
    static void assertNyckeltalRows(String name, List<PlanFigures.Point> points, List<List<String>> rows) {
        assertEquals(points.size(), rows.size(), name);
        for (int i = 0; i < points.size(); i++) {
            PlanFigures.Point p = points.get(i);
            List<String> r = rows.get(i);
            assertEquals(List.of(p.enhet(), p.period()), r.subList(0, 2), name);
            assertTrue(PlanFigures.shows(r.get(2), p.utfall()), name + " Utfall " + r);
            assertTrue(PlanFigures.shows(r.get(3), p.malvarde()), name + " Målvärde " + r);
            assertTrue(PlanFigures.shows(r.get(4), p.utfall().subtract(p.malvarde())), name + " Avvikelse " + r);
            assertEquals("\u25CF " + (p.met() ? "Uppfyllt" : "Ej uppfyllt"), r.get(5), name + " " + r);
        }
    }

    /** Checks the trend sentences of a key figure: direction, size, periods and whether it is an improvement. */
    static void assertTrends(PlanFigures plan, String name, List<String> sentences) {
        Map<String, List<PlanFigures.Point>> units = plan.byUnit(name);
        assertEquals(units.size(), sentences.size(), sentences.toString());
        int i = 0;
        for (Map.Entry<String, List<PlanFigures.Point>> u : units.entrySet()) {
            Matcher m = TREND.matcher(sentences.get(i++));
            assertTrue(m.matches(), sentences.get(i - 1));
            BigDecimal slope = PlanFigures.slope(u.getValue());
            boolean lowerIsBetter = plan.riktning(name).equals("Lägre är bättre");
            assertEquals(u.getKey(), m.group(1));
            assertEquals(slope.signum() > 0 ? "stigande" : "sjunkande", m.group(2), m.group());
            assertTrue(PlanFigures.shows(m.group(3), slope.abs()), m.group() + " vs slope " + slope);
            assertEquals(plan.mattenhet(name).equals("%") ? "procentenheter" : plan.mattenhet(name), m.group(4));
            assertEquals(u.getValue().get(0).period(), m.group(5));
            assertEquals(u.getValue().get(u.getValue().size() - 1).period(), m.group(6));
            assertEquals((slope.signum() < 0) == lowerIsBetter ? "förbättring" : "försämring", m.group(7), m.group());
        }
    }

    /** Nyckeltal in both formats, for any plan. */
    static void assertNyckeltal(PlanFigures plan, DocxDoc docx, PdfDoc pdf) {
        List<String> texts = docx.paragraphs.stream().map(DocxDoc.Para::text).toList();
        int k = 1;
        List<DocxDoc.Table> tables = docx.tables.stream().filter(t -> t.header().get(0).equals("Enhet")
                && t.header().contains("Måluppfyllelse")).toList();
        assertEquals(plan.nyckeltal().size(), tables.size());
        for (Map.Entry<String, List<PlanFigures.Point>> e : plan.nyckeltal().entrySet()) {
            String name = e.getKey();
            DocxDoc.Table t = tables.get(k - 1);
            assertEquals(List.of("Enhet", "Period", "Utfall", "Målvärde", "Avvikelse", "Måluppfyllelse"), t.header());
            assertNyckeltalRows(name, e.getValue(), t.rows().subList(1, t.rows().size()));
            int heading = texts.indexOf("2." + k + " " + name);
            assertTrue(heading > 0, name);
            assertEquals("Måttenhet: " + plan.mattenhet(name) + ". " + plan.riktning(name) + ".", texts.get(heading + 1));
            int trend = texts.subList(heading, texts.size()).indexOf("Trend") + heading;
            List<String> sentences = texts.subList(trend + 1, trend + 1 + plan.byUnit(name).size());
            assertTrends(plan, name, sentences);

            // The PDF: each row as a line, in order, within the sub-section; the trend sentences after them.
            String section = "2." + k + " " + name;
            int from = pdf.lines().indexOf(section);
            assertTrue(from > 0, section);
            List<List<String>> pdfRows = new ArrayList<>();
            int at = from;
            List<String> lines = pdf.lines();
            for (PlanFigures.Point p : e.getValue()) {
                String start = p.enhet() + " " + p.period() + " ";
                while (at < lines.size() && !lines.get(at).startsWith(start)) {
                    at++;
                }
                assertTrue(at < lines.size(), "no row \"" + start + "\" in the PDF under " + section);
                List<String> cells = new ArrayList<>(List.of(p.enhet(), p.period()));
                String[] rest = lines.get(at).substring(start.length()).split(" ", 4);
                cells.addAll(List.of(rest[0], rest[1], rest[2], rest[3]));
                pdfRows.add(cells);
            }
            assertNyckeltalRows(name, e.getValue(), pdfRows);
            List<String> pdfSentences = bullets(pdf, lines.subList(at, lines.size()).indexOf("Trend") + at);
            assertTrends(plan, name, pdfSentences);
            k++;
        }
    }

    /**
     * The bullet items that follow a line of the PDF, each joined from the lines it wraps over (running
     * headers and footers skipped), up to the next heading or the first line that is not a bullet's.
     */
    static List<String> bullets(PdfDoc pdf, int after) {
        List<String> lines = pdf.lines();
        String header = pdf.page(2).get(0);
        List<String> items = new ArrayList<>();
        for (int i = after + 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.equals(header) || line.matches(".*Sida \\d+ av \\d+")) {
                continue;
            }
            if (line.startsWith("\u2022 ")) {
                items.add(line.substring(2));
            } else if (items.isEmpty() || line.matches("\\d+(\\.\\d+)* \\S.*")) {
                break;
            } else {
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + line);
            }
        }
        return items;
    }

    @Test
    void nyckeltalShowTargetsMetAsSymbolAndWordsAndTheTrend() {
        assertNyckeltal(plan, docx, pdf);
    }

    /** Each key figure's heading stands on the page where its table begins, not alone at the foot of the page before. */
    static void assertNyckeltalHeadingsKeepWithTheirTables(PlanFigures plan, PdfDoc pdf) {
        int k = 1;
        for (String name : plan.nyckeltal().keySet()) {
            String heading = "2." + k++ + " " + name;
            int page = pdf.pageOfLine(heading);
            List<String> lines = pdf.page(page);
            List<String> after = lines.subList(lines.indexOf(heading), lines.size());
            assertTrue(after.stream().anyMatch(l -> l.startsWith("Enhet Period Utfall Målvärde Avvikelse")),
                    heading + " stands on page " + page + " without its table: " + after);
        }
    }

    @Test
    void nyckeltalHeadingsStandWithTheirTables() {
        assertNyckeltalHeadingsKeepWithTheirTables(plan, pdf);
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
