package se.rapportverk.report;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import se.rapportverk.calc.NyckeltalSeries;
import se.rapportverk.document.Chart;
import se.rapportverk.document.Table.RowKind;
import se.rapportverk.format.SwedishFormat;
import se.rapportverk.format.SwedishMonths;
import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Mal;
import se.rapportverk.workbook.Nyckeltal;

/**
 * The charts of the documents, each made from a calculated table as the document prints it (or, for
 * a key figure, from its readings formatted as its table formats them), so that a chart never shows
 * a figure the text does not.
 *
 * <p>A new chart is one more method here and one more entry in a model's {@code diagram} map, as
 * {@link #ackumuleratUtfall} is: a {@link Chart.Kind#LINE} chart with the months as categories and
 * three series (Utfall this year {@code SOLID}, last year {@code HATCHED}, Budget {@code DASHED}), made
 * from the table of cumulative months.
 */
final class FigureCharts {

    private FigureCharts() {
    }

    private static final String NB = String.valueOf(SwedishFormat.NBSP);

    /** The index of the column with the given header, or -1. */
    private static int column(FigureTable t, String header) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).header().equals(header)) {
                return i;
            }
        }
        return -1;
    }

    private static List<FigureTable.Row> body(FigureTable t) {
        return t.rows().stream().filter(r -> r.kind() == RowKind.BODY).toList();
    }

    /**
     * Avvikelse prognos helår mot budget per verksamhet: one bar per Driftsredovisning row (not the
     * subtotals or the total), sorted from the largest deficit to the largest surplus, each with its
     * printed avvikelse.
     *
     * @param drift the Driftsredovisning as printed; its last column is the avvikelse
     */
    static Optional<FigureChart> avvikelsePerVerksamhet(FigureTable drift, String unit) {
        int col = drift.columns().size() - 1;
        record Bar(String name, FigureChart.Point point) {
        }
        List<Bar> bars = new ArrayList<>();
        for (FigureTable.Row r : body(drift)) {
            bars.add(new Bar(r.label(), FigureChart.Point.of(r.cells().get(col))));
        }
        if (bars.stream().allMatch(b -> b.point().value() == null)) {
            return Optional.empty(); // no avvikelse to draw (no Budget or no Prognos)
        }
        // Stable: rows with the same avvikelse keep the table's order; rows without one come last.
        bars.sort(Comparator.comparing((Bar b) -> b.point().value() == null)
                .thenComparing(b -> b.point().value(), Comparator.nullsLast(Comparator.naturalOrder())));
        List<String> names = bars.stream().map(Bar::name).toList();
        List<FigureChart.Point> points = bars.stream().map(Bar::point).toList();
        String header = drift.columns().get(col).header();
        StringBuilder alt = new StringBuilder("Liggande stapeldiagram: ").append(Models.midSentence(header))
                .append(" per verksamhet i ").append(unit)
                .append(", sorterat från det största underskottet till det största överskottet.");
        Bar first = bars.get(0);
        if (first.point().value() != null && first.point().value().signum() < 0) {
            alt.append(" Störst underskott: ").append(first.name()).append(' ').append(first.point().text()).append(NB)
                    .append(unit).append('.');
        }
        for (int i = bars.size() - 1; i >= 0; i--) {
            Bar b = bars.get(i);
            if (b.point().value() != null) {
                if (b.point().value().signum() > 0) {
                    alt.append(" Störst överskott: ").append(b.name()).append(' ').append(b.point().text()).append(NB)
                            .append(unit).append('.');
                }
                break;
            }
        }
        alt.append(" Beloppen står också i driftsredovisningen.");
        return Optional.of(new FigureChart(Chart.Kind.BAR, header + " per verksamhet (" + unit + ")", alt.toString(),
                Chart.Size.NORMAL, names, List.of(new FigureChart.Series(header, Chart.Style.SOLID, points)),
                Optional.empty()));
    }

    /**
     * Budget against Prognos helår per post of the Resultaträkning: a pair of bars per row (not the
     * sums), Budget hatched and Prognos filled, each with its printed amount.
     */
    static Optional<FigureChart> budgetMotPrognos(FigureTable rr, String budgetHeader, String prognosHeader,
                                                  String unit) {
        int budget = column(rr, budgetHeader);
        int prognos = column(rr, prognosHeader);
        List<FigureTable.Row> rows = body(rr);
        if (budget < 0 || prognos < 0 || rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = rows.stream().map(FigureTable.Row::label).toList();
        List<FigureChart.Point> b = rows.stream().map(r -> FigureChart.Point.of(r.cells().get(budget))).toList();
        List<FigureChart.Point> p = rows.stream().map(r -> FigureChart.Point.of(r.cells().get(prognos))).toList();
        StringBuilder alt = new StringBuilder("Liggande stapeldiagram: ").append(Models.midSentence(budgetHeader))
                .append(" och ").append(Models.midSentence(prognosHeader)).append(" per post i resultaträkningen, i ")
                .append(unit).append("; intäkter är positiva och kostnader negativa.");
        int widest = -1;
        BigDecimal most = BigDecimal.ZERO;
        for (int i = 0; i < rows.size(); i++) {
            BigDecimal bv = b.get(i).value();
            BigDecimal pv = p.get(i).value();
            if (bv != null && pv != null && pv.subtract(bv).abs().compareTo(most) > 0) {
                most = pv.subtract(bv).abs();
                widest = i;
            }
        }
        if (widest >= 0) {
            alt.append(" Störst skillnad: ").append(names.get(widest)).append(", budget ").append(b.get(widest).text())
                    .append(" och prognos ").append(p.get(widest).text()).append(NB).append(unit).append('.');
        }
        alt.append(" Beloppen står också i resultaträkningen.");
        return Optional.of(new FigureChart(Chart.Kind.BAR,
                "Budget och prognos helår per post i resultaträkningen (" + unit + ")", alt.toString(),
                Chart.Size.NORMAL, names, List.of(new FigureChart.Series(budgetHeader, Chart.Style.HATCHED, b),
                new FigureChart.Series(prognosHeader, Chart.Style.SOLID, p)), Optional.empty()));
    }

    /**
     * The goal assessments: the number of goals per Bedömning (the summary table's Totalt column),
     * each bar in its assessment's colour beside its words.
     *
     * @param summary the table of goals per Bedömning and Nivå; its first column the Bedömning, its last Totalt
     */
    static Optional<FigureChart> malbedomningar(FigureTable summary) {
        int col = summary.columns().size() - 1;
        List<FigureTable.Row> rows = body(summary);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        List<FigureChart.Point> points = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (FigureTable.Row r : rows) {
            FigureChart.Point point = FigureChart.Point.of(r.cells().get(col));
            for (Mal.Bedomning b : Mal.Bedomning.values()) {
                if (b.word().equals(r.label())) {
                    point = point.in(Palette.colour(b));
                }
            }
            names.add(r.label());
            points.add(point);
            parts.add(Models.midSentence(r.label()) + " " + point.text());
        }
        String total = summary.rows().stream().filter(r -> r.kind() == RowKind.TOTAL).findFirst()
                .map(r -> r.cells().get(col).text()).orElse("");
        String alt = "Liggande stapeldiagram: antal mål per bedömning. " + capitalised(join(parts))
                + (total.isEmpty() ? "" : " av " + total + " mål") + ". Antalen står också i tabellen över måluppfyllelsen.";
        return Optional.of(new FigureChart(Chart.Kind.BAR, "Antal mål per bedömning", alt, Chart.Size.NORMAL, names,
                List.of(new FigureChart.Series("Antal mål", Chart.Style.SOLID, points)), Optional.empty()));
    }

    /**
     * The cumulative Utfall of the nämnd by month: a line for this year (solid, to the period's last
     * month), one for last year (short dashes) and the Budget (dashed), from the table of cumulative
     * months as printed ({@code tabeller.manadsutfall}, which the template prints beneath the chart).
     *
     * @param months    the table: the months as rows, a column per series, headed as given
     * @param utfall    the header of this year's column
     * @param foregaende the header of last year's column (absent when the sheet has none)
     * @param budget    the header of the budget's column (absent when the sheet has none)
     */
    static Optional<FigureChart> ackumuleratUtfall(FigureTable months, String utfall, String foregaende,
                                                   String budget, int year, String unit) {
        int u = column(months, utfall);
        List<FigureTable.Row> rows = body(months);
        if (u < 0 || rows.isEmpty()) {
            return Optional.empty();
        }
        List<String> categories = rows.stream().map(r -> SwedishMonths.parse(r.label())
                .map(SwedishMonths::abbreviation).orElse(r.label())).toList();
        List<FigureChart.Series> series = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        int[] columns = {u, column(months, foregaende), column(months, budget)};
        Chart.Style[] styles = {Chart.Style.SOLID, Chart.Style.HATCHED, Chart.Style.DASHED};
        String[] drawn = {"heldragen linje", "kort streckad linje", "streckad linje"};
        String[] words = {"utfallet " + year, "utfallet " + (year - 1), "budgeten " + year};
        for (int i = 0; i < columns.length; i++) {
            int col = columns[i];
            if (col < 0) {
                continue;
            }
            series.add(new FigureChart.Series(months.columns().get(col).header(), styles[i],
                    rows.stream().map(r -> FigureChart.Point.of(r.cells().get(col))).toList()));
            lines.add(words[i] + " (" + drawn[i] + ")");
        }
        // The last month of this year's outcome, and every series' figure then.
        int last = -1;
        for (int r = 0; r < rows.size(); r++) {
            if (series.get(0).points().get(r).value() != null) {
                last = r;
            }
        }
        StringBuilder alt = new StringBuilder("Linjediagram: ackumulerat utfall per månad för nämnden som helhet i ")
                .append(unit).append(", ").append(join(lines)).append('.');
        if (last >= 0) {
            List<String> then = new ArrayList<>();
            for (FigureChart.Series s : series) {
                FigureChart.Point p = s.points().get(last);
                if (p.value() != null) {
                    then.add(Models.midSentence(s.name()) + " " + p.text());
                }
            }
            alt.append(" Till och med ").append(rows.get(last).label()).append(": ").append(join(then)).append(NB)
                    .append(unit).append('.');
        }
        alt.append(" Beloppen står också i tabellen under diagrammet.");
        String caption = "Ackumulerat utfall per månad, " + year
                + (columns[1] >= 0 ? " mot " + (year - 1) : "")
                + (columns[2] >= 0 ? (columns[1] >= 0 ? " och budget" : " mot budget") : "") + " (" + unit + ")";
        return Optional.of(new FigureChart(Chart.Kind.LINE, caption, alt.toString(), Chart.Size.NORMAL, categories,
                series, Optional.empty()));
    }

    /**
     * A key figure's readings as lines, one per Enhet, with its Målvärde dashed: one target line
     * when every Enhet has the same targets, else one per set of Enheter that share theirs. Its
     * figures are formatted as the key figure's table formats them, and listed in the chart's note,
     * since no table prints every reading.
     *
     * @param group    the series of one key figure, one per Enhet
     * @param decimals the decimals of the key figure's table
     */
    static FigureChart nyckeltal(List<NyckeltalSeries> group, int decimals) {
        TreeSet<YearMonth> months = new TreeSet<>();
        group.forEach(s -> s.points().forEach(p -> months.add(p.reading().period())));
        List<YearMonth> periods = List.copyOf(months);
        List<String> categories = periods.stream().map(YearMonth::toString).toList();
        NyckeltalSeries first = group.get(0);
        String name = first.nyckeltal();
        List<FigureChart.Series> series = new ArrayList<>();
        Map<List<String>, List<String>> targets = new LinkedHashMap<>();
        // The Målvärde cells each target line shows, month by month (of every Enhet that shares it).
        Map<List<String>, List<SortedSet<CellRef>>> targetCells = new LinkedHashMap<>();
        List<String> noteParts = new ArrayList<>();
        List<String> who = new ArrayList<>();
        for (NyckeltalSeries s : group) {
            String enhet = s.enhet().isEmpty() ? name : s.enhet();
            who.add(enhet);
            List<FigureChart.Point> utfall = new ArrayList<>();
            List<String> target = new ArrayList<>();
            List<SortedSet<CellRef>> cells = new ArrayList<>();
            for (YearMonth m : periods) {
                Optional<Nyckeltal> r = s.points().stream().map(NyckeltalSeries.Point::reading)
                        .filter(x -> x.period().equals(m)).findFirst();
                utfall.add(new FigureChart.Point(r.map(x -> SwedishFormat.number(x.utfall().value(), decimals))
                        .orElse(SwedishFormat.NOT_REPORTED), null,
                        r.map(x -> x.utfall().sources()).orElseGet(TreeSet::new)));
                target.add(r.map(x -> SwedishFormat.number(x.malvarde().value(), decimals))
                        .orElse(SwedishFormat.NOT_REPORTED));
                cells.add(r.map(x -> x.malvarde().sources()).orElseGet(TreeSet::new));
            }
            series.add(new FigureChart.Series(enhet, Chart.Style.SOLID, utfall));
            noteParts.add(enhet + ": " + String.join("; ", utfall.stream().map(FigureChart.Point::text).toList()));
            if (target.stream().anyMatch(t -> !t.equals(SwedishFormat.NOT_REPORTED))) {
                targets.computeIfAbsent(target, k -> new ArrayList<>()).add(enhet);
                List<SortedSet<CellRef>> shared = targetCells.computeIfAbsent(target, k -> new ArrayList<>());
                for (int i = 0; i < cells.size(); i++) {
                    if (shared.size() <= i) {
                        shared.add(new TreeSet<>());
                    }
                    shared.get(i).addAll(cells.get(i));
                }
            }
        }
        List<String> targetNotes = new ArrayList<>();
        // Targets that differ between Enheter are told apart by their value when each is the same
        // every month (Målvärde 62,0), else by their Enheter.
        boolean constantTargets = targets.keySet().stream().allMatch(t -> t.stream().distinct().count() == 1);
        for (Map.Entry<List<String>, List<String>> t : targets.entrySet()) {
            String label = targets.size() == 1 ? "Målvärde"
                    : constantTargets ? "Målvärde " + t.getKey().get(0) : "Målvärde " + join(t.getValue());
            List<SortedSet<CellRef>> cells = targetCells.get(t.getKey());
            List<FigureChart.Point> points = new ArrayList<>();
            for (int i = 0; i < t.getKey().size(); i++) {
                points.add(new FigureChart.Point(t.getKey().get(i), null, cells.get(i)));
            }
            series.add(new FigureChart.Series(label, Chart.Style.DASHED, points));
            boolean constant = t.getKey().stream().distinct().count() == 1;
            String values = constant ? t.getKey().get(0) + " varje månad" : String.join("; ", t.getKey());
            targetNotes.add((targets.size() == 1 ? "" : join(t.getValue()) + " ") + values);
        }
        String unit = first.mattenhet().orElse("");
        String span = categories.get(0) + "–" + categories.get(categories.size() - 1);
        StringBuilder note = new StringBuilder("Utfall per månad ").append(span)
                .append(unit.isEmpty() ? "" : " (" + unit + ")").append(". ").append(String.join(". ", noteParts))
                .append('.');
        if (!targetNotes.isEmpty()) {
            note.append(" Målvärde: ").append(String.join("; ", targetNotes)).append('.');
        }
        StringBuilder alt = new StringBuilder("Linjediagram: ").append(Models.midSentence(name)).append(" per månad ")
                .append(span);
        if (group.size() > 1 || !first.enhet().isEmpty()) {
            alt.append(" för ").append(join(who));
        }
        if (!targets.isEmpty()) {
            alt.append(targets.size() == 1 ? ", med målvärdet som streckad linje" : ", med målvärdena som streckade linjer");
        }
        alt.append('.');
        first.riktning().ifPresent(r -> alt.append(' ').append(r.word()).append('.'));
        alt.append(" Värdena står under diagrammet.");
        return new FigureChart(Chart.Kind.LINE, name + " per månad" + (unit.isEmpty() ? "" : " (" + unit + ")"),
                alt.toString(), Chart.Size.SMALL, categories, series, Optional.of(note.toString()));
    }

    /** {@code a}, {@code a och b}, {@code a, b och c}. */
    static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " och " + parts.get(parts.size() - 1);
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
