package se.rapportverk.e2e;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What the delårsrapport of {@code delarsrapport-augusti-2025.xlsx} must show, computed here from
 * the workbook's cells with BigDecimal (amounts in tkr, shown in mkr with one decimal).
 */
final class DelarsrapportFigures {

    /** A table row as shown: its label and its figures, left to right. */
    record Row(String label, List<String> figures) {
    }

    /** The value columns of Resultaträkning and Driftsredovisning, in the table's order (Avvikelse last). */
    static final List<String> COLUMNS = List.of("Bokslut föregående år", "Utfall period föregående år", "Utfall period",
            "Budget", "Prognos");

    /** The headers docs/dokument.md prescribes for År 2025 and Period augusti. */
    static final List<String> HEADERS = List.of("Bokslut 2024", "Utfall jan–aug 2024", "Utfall jan–aug 2025",
            "Budget 2025", "Prognos helår 2025", "Avvikelse prognos helår mot budget");

    final WorkbookCells wb;

    DelarsrapportFigures(WorkbookCells wb) {
        this.wb = wb;
    }

    private static boolean isGivenTotal(String label) {
        String l = label.strip().toLowerCase(java.util.Locale.ROOT);
        return l.startsWith("summa") || l.startsWith("totalt") || l.startsWith("netto");
    }

    /** The Resultaträkning's entered rows (given totals left out). */
    List<WorkbookCells.Line> posts() {
        return wb.rows("Resultaträkning").stream()
                .filter(l -> !l.text("Typ").equals("Summa") && !isGivenTotal(l.text("Post"))).toList();
    }

    List<WorkbookCells.Line> incomes() {
        return posts().stream().filter(l -> l.text("Typ").equals("Intäkt")).toList();
    }

    List<WorkbookCells.Line> costs() {
        return posts().stream().filter(l -> l.text("Typ").equals("Kostnad")).toList();
    }

    /** The sum of a column over rows, in tkr. */
    static BigDecimal sum(List<WorkbookCells.Line> rows, String column) {
        return rows.stream().map(l -> l.number(column)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The six figures of a row or of a sum of rows: the five columns and Prognos − Budget. */
    static List<String> figures(List<WorkbookCells.Line> rows) {
        List<String> f = new ArrayList<>();
        for (String c : COLUMNS) {
            f.add(Sv.mkr(sum(rows, c)));
        }
        f.add(Sv.mkr(sum(rows, "Prognos").subtract(sum(rows, "Budget"))));
        return f;
    }

    /** Resultaträkning as it must read: incomes, Summa intäkter, costs, Summa kostnader, Summa totalt. */
    List<Row> resultatrakning() {
        List<Row> rows = new ArrayList<>();
        incomes().forEach(l -> rows.add(new Row(l.text("Post"), figures(List.of(l)))));
        rows.add(new Row("Summa intäkter", figures(incomes())));
        costs().forEach(l -> rows.add(new Row(l.text("Post"), figures(List.of(l)))));
        rows.add(new Row("Summa kostnader", figures(costs())));
        rows.add(new Row("Summa totalt", figures(posts())));
        return rows;
    }

    /** The Driftsredovisning's entered rows, by Område in the sheet's order. */
    Map<String, List<WorkbookCells.Line>> omraden() {
        Map<String, List<WorkbookCells.Line>> byOmrade = new LinkedHashMap<>();
        for (WorkbookCells.Line l : wb.rows("Driftsredovisning")) {
            if (!isGivenTotal(l.text("Verksamhet"))) {
                byOmrade.computeIfAbsent(l.text("Område"), k -> new ArrayList<>()).add(l);
            }
        }
        return byOmrade;
    }

    /** The Driftsredovisning's rows with figures: each verksamhet, "Summa <Område>" and Totalt. */
    List<Row> driftsredovisning() {
        List<Row> rows = new ArrayList<>();
        List<WorkbookCells.Line> all = new ArrayList<>();
        omraden().forEach((omrade, lines) -> {
            lines.forEach(l -> rows.add(new Row(l.text("Verksamhet"), figures(List.of(l)))));
            rows.add(new Row("Summa " + omrade, figures(lines)));
            all.addAll(lines);
        });
        rows.add(new Row("Totalt", figures(all)));
        return rows;
    }

    /** The post (lower case, as the summary names it mid-sentence) whose difference is largest in magnitude. */
    String largest(Function<WorkbookCells.Line, BigDecimal> difference) {
        WorkbookCells.Line max = posts().stream()
                .max(Comparator.comparing(l -> difference.apply(l).abs())).orElseThrow();
        return max.text("Post").toLowerCase(java.util.Locale.ROOT);
    }

    BigDecimal largestValue(Function<WorkbookCells.Line, BigDecimal> difference) {
        return posts().stream().map(difference).max(Comparator.comparing(BigDecimal::abs)).orElseThrow();
    }

    /** The drafted summary paragraph of §6, as docs/dokument.md describes it, with the figures computed here. */
    List<String> summarySentences() {
        BigDecimal utfall = sum(posts(), "Utfall period");
        BigDecimal avvikelsePeriod = utfall.subtract(sum(posts(), "Budget period"));
        Function<WorkbookCells.Line, BigDecimal> period = l -> l.number("Utfall period").subtract(l.number("Budget period"));
        BigDecimal prognos = sum(posts(), "Prognos");
        BigDecimal avvikelse = prognos.subtract(sum(posts(), "Budget"));
        Function<WorkbookCells.Line, BigDecimal> helar = l -> l.number("Prognos").subtract(l.number("Budget"));
        return List.of(
                "Vård- och omsorgsnämndens utfall för perioden januari–augusti är " + Sv.mkr(utfall.negate())
                        + " mkr, vilket motsvarar en avvikelse mot budget för perioden om " + Sv.mkr(avvikelsePeriod) + " mkr.",
                "Den enskilt största avvikelsen finns för " + largest(period) + " och motsvarar ett underskott om "
                        + Sv.mkr(largestValue(period)) + " mkr i jämförelse med budget.",
                "Helårsprognosen är " + Sv.mkr(prognos.negate()) + " mkr, vilket motsvarar ett underskott om "
                        + Sv.mkr(avvikelse) + " mkr i jämförelse med budget.",
                "Den största avvikelsen i prognosen finns för " + largest(helar) + ", som väntas avvika med "
                        + Sv.mkr(largestValue(helar)) + " mkr mot budget vid årets slut.");
    }

    /** The goals of a Nivå, in the sheet's order. */
    List<WorkbookCells.Line> goals(String niva) {
        return wb.rows("Mål").stream().filter(l -> l.text("Nivå").equals(niva)).toList();
    }

    /**
     * The numbered headings in order: the ten sections of docs/dokument.md, their numbered
     * sub-sections, and one 4.1.n / 4.2.n heading per goal of the Mål sheet.
     */
    List<String> numberedHeadings() {
        List<String> h = new ArrayList<>(List.of("1 Sammanfattning", "2 Uppdrag och ansvar", "3 Väsentliga händelser",
                "4 Uppföljning av mål", "4.1 Kommunfullmäktiges mål"));
        List<WorkbookCells.Line> kf = goals("Kommunfullmäktige");
        for (int i = 0; i < kf.size(); i++) {
            h.add("4.1." + (i + 1) + " " + kf.get(i).text("Mål"));
        }
        h.add("4.2 Nämndens mål");
        List<WorkbookCells.Line> namnd = goals("Nämnd");
        for (int i = 0; i < namnd.size(); i++) {
            h.add("4.2." + (i + 1) + " " + namnd.get(i).text("Mål"));
        }
        h.addAll(List.of("5 Uppföljning av riktade satsningar och uppdrag",
                "5.1 Satsningar och uppdrag från kommunfullmäktige",
                "6 Uppföljning ekonomi", "6.1 Ekonomisk analys", "6.2 Åtgärder för budget i balans",
                "6.3 Uppföljning volymer",
                "7 Uppföljning av väsentliga externa utförare", "7.1 Sammanfattning av utförd uppföljning",
                "8 Investeringsredovisning", "9 Förväntad utveckling", "10 Internkontroll"));
        return h;
    }

    /** The numbered headings of levels 1 and 2, which the table of contents lists. */
    List<String> tocHeadings() {
        return numberedHeadings().stream().filter(t -> t.split(" ")[0].split("\\.").length <= 2).toList();
    }

    /** Externa utförare: Verksamhet, share of net cost (utfall), share (budget), number of providers. */
    List<Row> externaUtforare() {
        List<Row> rows = new ArrayList<>();
        for (WorkbookCells.Line l : wb.rows("Externa utförare")) {
            rows.add(new Row(l.text("Verksamhet"), List.of(
                    Sv.percent(l.number("Köp av verksamhet utfall"), l.number("Nettokostnad utfall")),
                    Sv.percent(l.number("Köp av verksamhet budget"), l.number("Nettokostnad budget")),
                    l.text("Antal externa utförare"))));
        }
        return rows;
    }

    /**
     * Volymer: budget, prognos, Avvikelse volym, Avvikelse utifrån volym = −(avvikelse × kostnad per
     * enhet) in mkr, and the Driftsredovisning's Avvikelse of the same Verksamhet in mkr.
     */
    List<Row> volymer() {
        Map<String, BigDecimal> drift = new LinkedHashMap<>();
        omraden().values().forEach(ls -> ls.forEach(l -> drift.put(l.text("Verksamhet"),
                l.number("Prognos").subtract(l.number("Budget")))));
        List<Row> rows = new ArrayList<>();
        for (WorkbookCells.Line l : wb.rows("Volymer")) {
            BigDecimal diff = l.number("Volym prognos").subtract(l.number("Volym budget"));
            rows.add(new Row(l.text("Verksamhet"), List.of(l.text("Volymenhet"),
                    Sv.number(l.number("Volym budget"), 0), Sv.number(l.number("Volym prognos"), 0), Sv.number(diff, 0),
                    Sv.mkr(diff.multiply(l.number("Kostnad per enhet")).negate()),
                    Sv.mkr(drift.get(l.text("Verksamhet"))))));
        }
        return rows;
    }
}
