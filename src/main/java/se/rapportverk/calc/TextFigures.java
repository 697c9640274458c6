package se.rapportverk.calc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.text.similarity.LevenshteinDistance;

import se.rapportverk.workbook.AmountColumn;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Mal;
import se.rapportverk.workbook.Names;
import se.rapportverk.workbook.Schema;

/**
 * The calculated figures a workbook text may name in braces (docs/arbetsbok.md, *Tal i texter*): the
 * one list of their Swedish names. A name is a measure ({@code prognos avvikelse}) alone, for the
 * nämnd as a whole, or followed by a row ({@code prognos avvikelse hemtjänst}): a Post or a total of
 * the Resultaträkning, a Verksamhet, Område total or Totalt of the Driftsredovisning, a Verksamhet of
 * Volymer. Names are compared normalised (case, å/ä/ö, spaces); a Resultaträkning row goes before a
 * Driftsredovisning row of the same name.
 */
public final class TextFigures {

    /** What a figure is, which decides how it is shown. */
    public enum Kind {
        /** An amount: shown in the document's table unit, with the unit ({@code -43,4 mkr}). */
        AMOUNT,
        /** A percentage, with one decimal ({@code -4,0 %}). */
        PERCENT,
        /** A count, whole ({@code 4}). */
        COUNT,
        /** A volume, as the volume table shows it, without a unit ({@code 361 000}). */
        VOLUME
    }

    /**
     * A figure a text can name.
     *
     * @param name        its name as documented, with the row as typed in the workbook
     * @param mention     what a sentence must name for a number typed in it to be taken for this figure
     *                    (check 9): the row as typed ({@code Hemtjänst}), a subject ({@code investering}),
     *                    or empty for a figure of the nämnd as a whole
     * @param kind        how it is shown
     * @param figure      the figure, in Beloppsenhet for amounts
     * @param unavailable why it cannot be calculated for this workbook, in Swedish; empty when it can
     * @param method      whether it is a forecast method's figure (Rapportverk's, not the workbook's)
     */
    public record Named(String name, String mention, Kind kind, Figure figure, String unavailable, boolean method) {
        /** Whether a text can show it. */
        public boolean available() {
            return unavailable.isEmpty();
        }
    }

    /** A measure of an amount line: its name and how it is taken from the line. */
    private record Measure(String name, Kind kind, AmountColumn column, Function<AmountLine, Figure> value) {
    }

    /** What a sentence must name for a typed amount to be taken for an investment figure. */
    private static final String INVESTERING = "investering";

    private static final List<Measure> LINE_MEASURES = List.of(
            new Measure("utfall", Kind.AMOUNT, AmountColumn.UTFALL_PERIOD, l -> l.shown(AmountColumn.UTFALL_PERIOD).figure()),
            new Measure("utfall föregående år", Kind.AMOUNT, AmountColumn.UTFALL_PERIOD_FOREGAENDE_AR,
                    l -> l.shown(AmountColumn.UTFALL_PERIOD_FOREGAENDE_AR).figure()),
            new Measure("bokslut föregående år", Kind.AMOUNT, AmountColumn.BOKSLUT_FOREGAENDE_AR,
                    l -> l.shown(AmountColumn.BOKSLUT_FOREGAENDE_AR).figure()),
            new Measure("budget", Kind.AMOUNT, AmountColumn.BUDGET, l -> l.shown(AmountColumn.BUDGET).figure()),
            new Measure("budget period", Kind.AMOUNT, AmountColumn.BUDGET_PERIOD,
                    l -> l.shown(AmountColumn.BUDGET_PERIOD).figure()),
            new Measure("prognos", Kind.AMOUNT, AmountColumn.PROGNOS, l -> l.shown(AmountColumn.PROGNOS).figure()),
            new Measure("prognos avvikelse", Kind.AMOUNT, AmountColumn.PROGNOS, l -> l.shownAvvikelse().figure()),
            new Measure("utfall avvikelse", Kind.AMOUNT, AmountColumn.BUDGET_PERIOD, AmountLine::shownAvvikelsePeriod),
            new Measure("prognos avvikelse procent", Kind.PERCENT, AmountColumn.BUDGET, TextFigures::avvikelsePercent));

    /** The names of the forecast measures, in the order of the documentation. */
    public static final List<String> FORECAST_MEASURES = List.of("linjär prognos", "säsongsprognos", "trendprognos",
            "trendprognos lägst", "trendprognos högst");

    /** The measures of a Volymer row. */
    private static final List<String> VOLUME_MEASURES = List.of("volym budget", "volym prognos", "volym avvikelse",
            "avvikelse utifrån volym");

    /** When a workbook has more rows than this, the nearest names are looked for among rows sharing a word. */
    private static final int NEAREST_ALL_ROWS = 200;

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    /** What the names are made of: a measure and an optional row. Resolved on demand (a workbook can have 100 000 rows). */
    private final Map<String, Named> fixed = new LinkedHashMap<>();
    private final Map<String, Row> rows = new LinkedHashMap<>();
    private final List<String> measures = new ArrayList<>();

    /** A row a name can end with: its label as typed and how each of its measures is found. */
    private record Row(String label, Optional<AmountStatement> statement, Optional<AmountLine> line,
                       Optional<Prognosunderlag.Forecast> forecast, Optional<VolymLine> volym) {
        Row with(Optional<AmountStatement> s, Optional<AmountLine> l, Optional<Prognosunderlag.Forecast> f,
                 Optional<VolymLine> v) {
            return new Row(label, statement.or(() -> s), line.or(() -> l), forecast.or(() -> f), volym.or(() -> v));
        }
    }

    private TextFigures() {
        LINE_MEASURES.forEach(m -> measures.add(m.name()));
        measures.addAll(FORECAST_MEASURES);
        measures.addAll(VOLUME_MEASURES);
        // The longest first, so that "prognos avvikelse procent" is not read as "prognos" + a row.
        measures.sort(Comparator.comparingInt(String::length).reversed());
    }

    /** The names a workbook's calculation gives. */
    static TextFigures of(Optional<AmountStatement> resultatrakning, Optional<AmountStatement> drift,
                          Optional<Prognosunderlag> forecasts, Optional<Investeringar> investeringar,
                          Optional<MalSummary> mal, Optional<List<VolymLine>> volymer, Optional<Handlingsplan> plan) {
        TextFigures t = new TextFigures();
        Optional<AmountStatement> whole = resultatrakning.isPresent() ? resultatrakning : drift;
        whole.ifPresent(s -> {
            for (Measure m : LINE_MEASURES) {
                t.fixed(m.name(), "", m.kind(), t.lineFigure(m, s, s.total(), ""));
            }
        });
        forecasts.ifPresent(f -> {
            for (String m : FORECAST_MEASURES) {
                t.fixed(m, "", Kind.AMOUNT, forecastFigure(m, f.rows().get(0)));
            }
        });
        resultatrakning.ifPresent(t::statement);
        drift.ifPresent(t::statement);
        forecasts.ifPresent(f -> f.rows().stream().skip(1).forEach(r -> t.row(r.label(), Optional.empty(),
                Optional.empty(), Optional.of(r), Optional.empty())));
        volymer.ifPresent(lines -> lines.forEach(l -> t.row(l.volym().verksamhet().value(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(l))));
        investeringar.ifPresent(inv -> {
            InvesteringLine total = inv.total();
            t.fixed("investeringar budget", INVESTERING, Kind.AMOUNT, reported(total.shownBudget().figure(), ""));
            t.fixed("investeringar utfall", INVESTERING, Kind.AMOUNT, reported(total.shownUtfallPeriod().figure(), ""));
            t.fixed("investeringar prognos", INVESTERING, Kind.AMOUNT, reported(total.shownPrognos().figure(), ""));
            t.fixed("investeringar avvikelse", INVESTERING, Kind.AMOUNT, reported(total.shownAvvikelse().figure(), ""));
        });
        mal.ifPresent(m -> {
            t.fixed("antal mål", "", Kind.COUNT, reported(m.total(), ""));
            t.fixed("antal mål uppfyllda", "", Kind.COUNT, reported(m.total(Mal.Bedomning.UPPFYLLT), ""));
            t.fixed("antal mål delvis uppfyllda", "", Kind.COUNT, reported(m.total(Mal.Bedomning.DELVIS_UPPFYLLT), ""));
            t.fixed("antal mål ej uppfyllda", "", Kind.COUNT, reported(m.total(Mal.Bedomning.EJ_UPPFYLLT), ""));
            t.fixed("antal mål ej bedömda", "", Kind.COUNT, reported(m.total(Mal.Bedomning.EJ_BEDOMT), ""));
        });
        plan.ifPresent(p -> {
            String noDeficit = "underskottet är inte känt (Rapport!Underskott saknas och arbetsboken har ingen negativ "
                    + "avvikelse)";
            String noUtfall = "ingen åtgärd har Utfall hittills";
            t.fixed("underskott", "", Kind.AMOUNT, reported(p.underskott().orElse(Figure.none()), noDeficit));
            t.fixed("effekt innevarande år", "", Kind.AMOUNT, reported(p.sumInnevarande(), ""));
            t.fixed("effekt helår", "", Kind.AMOUNT, reported(p.sumHelar(), ""));
            t.fixed("täckningsgrad", "", Kind.PERCENT, reported(p.tackningsgrad(), noDeficit));
            t.fixed("kvarstående underskott", "", Kind.AMOUNT, reported(p.kvarstaende(), noDeficit));
            t.fixed("utfall hittills", "", Kind.AMOUNT, reported(p.sumUtfall(), noUtfall));
            t.fixed("realiserad andel", "", Kind.PERCENT, reported(p.realiseradAndel(), noUtfall));
        });
        return t;
    }

    /** A figure and, when it is not reported, why. */
    private record Found(Figure figure, String unavailable) {
    }

    private static Found reported(Figure f, String why) {
        return new Found(f, f.reported() ? "" : (why.isEmpty() ? "talet kan inte räknas fram" : why));
    }

    private void fixed(String name, String mention, Kind kind, Found found) {
        fixed.putIfAbsent(Names.normalise(name), new Named(name, mention, kind, found.figure(), found.unavailable(),
                FORECAST_MEASURES.contains(name)));
    }

    /** Every line of a statement, its subtotals and its total, by their labels (the first statement wins). */
    private void statement(AmountStatement s) {
        for (AmountStatement.Section section : s.sections()) {
            for (AmountLine line : section.lines()) {
                row(line.label(), Optional.of(s), Optional.of(line), Optional.empty(), Optional.empty());
            }
            section.subtotal().ifPresent(sub -> row(sub.label(), Optional.of(s), Optional.of(sub), Optional.empty(),
                    Optional.empty()));
        }
        row(s.total().label(), Optional.of(s), Optional.of(s.total()), Optional.empty(), Optional.empty());
    }

    private void row(String label, Optional<AmountStatement> s, Optional<AmountLine> line,
                     Optional<Prognosunderlag.Forecast> forecast, Optional<VolymLine> volym) {
        String key = Names.normalise(label);
        Row existing = rows.get(key);
        rows.put(key, existing == null ? new Row(label, s, line, forecast, volym)
                : existing.with(s, line, forecast, volym));
    }

    private Found lineFigure(Measure m, AmountStatement s, AmountLine line, String row) {
        String sheet = s.source().sheetName();
        String who = row.isEmpty() ? "nämnden" : row;
        Figure f = m.value().apply(line);
        if (!s.source().has(m.column())) {
            return new Found(f, "bladet " + sheet + " har ingen kolumn " + m.column().spec().header());
        }
        return reported(f, m.column().spec().header() + " är inte ifyllt för " + who + " i " + sheet);
    }

    private static Found forecastFigure(String measure, Prognosunderlag.Forecast f) {
        String who = f.namnd() ? "nämnden" : f.label();
        String noTrend = f.trendMissing().isEmpty() ? "trenden behöver " + Schema.MANADSUTFALL.name() + " för " + who
                : "trenden kan inte räknas för " + who + ": " + f.trendMissing();
        return switch (FORECAST_MEASURES.indexOf(measure)) {
            case 0 -> reported(f.linear().orElse(Figure.none()), "Utfall period saknas för " + who);
            case 1 -> reported(f.seasonal().orElse(Figure.none()), "säsongsprognosen behöver Utfall period, Bokslut "
                    + "föregående år och Utfall period föregående år (inte 0) för " + who);
            case 2 -> reported(f.trend().map(Prognosunderlag.Trend::value).orElse(Figure.none()), noTrend);
            case 3 -> reported(f.trend().map(Prognosunderlag.Trend::low).orElse(Figure.none()), noTrend);
            default -> reported(f.trend().map(Prognosunderlag.Trend::high).orElse(Figure.none()), noTrend);
        };
    }

    /** A measure of a row, when the row has what the measure needs. */
    private Optional<Named> measureOf(String measure, Row r) {
        String name = measure + " " + r.label();
        for (Measure m : LINE_MEASURES) {
            if (m.name().equals(measure)) {
                return r.line().map(l -> named(name, r.label(), m.kind(), lineFigure(m, r.statement().get(), l,
                        r.label()), false));
            }
        }
        if (FORECAST_MEASURES.contains(measure)) {
            return r.forecast().map(f -> named(name, r.label(), Kind.AMOUNT, forecastFigure(measure, f), true));
        }
        return r.volym().map(l -> switch (VOLUME_MEASURES.indexOf(measure)) {
            case 0 -> named(name, r.label(), Kind.VOLUME, reported(l.volym().volymBudget(), ""), false);
            case 1 -> named(name, r.label(), Kind.VOLUME, reported(l.volym().volymPrognos(), ""), false);
            case 2 -> named(name, r.label(), Kind.VOLUME, reported(l.avvikelseVolym(), ""), false);
            default -> named(name, r.label(), Kind.AMOUNT, reported(l.avvikelseUtifranVolym(),
                    "Kostnad per enhet saknas för " + r.label()), false);
        });
    }

    private static Named named(String name, String mention, Kind kind, Found found, boolean method) {
        return new Named(name, mention, kind, found.figure(), found.unavailable(), method);
    }

    /** Avvikelse as printed, as a percentage of the printed |Budget|; unreported for a zero budget. */
    private static Figure avvikelsePercent(AmountLine line) {
        Figure budget = line.shown(AmountColumn.BUDGET).figure();
        if (!budget.reported()) {
            return Figure.none();
        }
        return line.shownAvvikelse().figure().percentOf(budget.withValue(budget.value().abs()));
    }

    /** The figure of a name, compared normalised. */
    public Optional<Named> find(String name) {
        String key = Names.normalise(name);
        Named f = fixed.get(key);
        if (f != null) {
            return Optional.of(f);
        }
        for (String measure : measures) {
            String m = Names.normalise(measure);
            if (key.startsWith(m + " ")) {
                Row r = rows.get(key.substring(m.length() + 1));
                if (r != null) {
                    Optional<Named> found = measureOf(measure, r);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The known names nearest to an unknown one (by edits), at most {@code count}, nearest first. Among
     * the rows of a large workbook only those sharing a word with the unknown name are tried.
     */
    public List<String> nearest(String unknown, int count) {
        String key = Names.normalise(unknown);
        java.util.Set<String> words = new java.util.HashSet<>(List.of(key.split(" ")));
        List<String> names = new ArrayList<>();
        fixed.values().forEach(n -> names.add(n.name()));
        for (Row r : rows.values()) {
            if (rows.size() > NEAREST_ALL_ROWS
                    && java.util.Arrays.stream(Names.normalise(r.label()).split(" ")).noneMatch(words::contains)) {
                continue;
            }
            for (String measure : measures) {
                measureOf(measure, r).ifPresent(n -> names.add(n.name()));
            }
        }
        return names.stream().distinct()
                .sorted(Comparator.<String>comparingInt(n -> DISTANCE.apply(key, Names.normalise(n)))
                        .thenComparingInt(String::length))
                .limit(count).toList();
    }

    /**
     * The figures of one kind that can be shown and that a typed number in a sentence may stand for
     * (check 9): those of the nämnd, those whose subject the sentence names, and those of every row the
     * sentence names; never the forecast methods'.
     *
     * @param mentioned whether the sentence names a row or subject
     * @param memo      a row's figures of a kind, kept by the caller from one call to the next (they are
     *                  the same each time), for one thread
     */
    List<Named> candidates(Kind kind, java.util.function.Predicate<String> mentioned, Map<Object, List<Named>> memo) {
        List<Named> out = new ArrayList<>();
        for (Named n : fixed.values()) {
            if (n.kind() == kind && n.available() && !n.method() && (n.mention().isEmpty() || mentioned.test(n.mention()))) {
                out.add(n);
            }
        }
        for (Map.Entry<String, Row> e : rows.entrySet()) {
            Row r = e.getValue();
            if (!mentioned.test(r.label())) {
                continue;
            }
            out.addAll(memo.computeIfAbsent(List.of(kind, e.getKey()), k -> {
                List<Named> shown = new ArrayList<>();
                for (String measure : measures) {
                    measureOf(measure, r).filter(n -> n.kind() == kind && n.available() && !n.method())
                            .ifPresent(shown::add);
                }
                return shown;
            }));
        }
        return out;
    }
}
