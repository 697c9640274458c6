package se.rapportverk.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
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

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private final Map<String, Named> byKey = new LinkedHashMap<>();

    private TextFigures() {
    }

    /** The names a workbook's calculation gives. */
    static TextFigures of(Optional<AmountStatement> resultatrakning, Optional<AmountStatement> drift,
                          Optional<Prognosunderlag> forecasts, Optional<Investeringar> investeringar,
                          Optional<MalSummary> mal, Optional<List<VolymLine>> volymer, Optional<Handlingsplan> plan) {
        TextFigures t = new TextFigures();
        Optional<AmountStatement> whole = resultatrakning.isPresent() ? resultatrakning : drift;
        whole.ifPresent(s -> t.lineMeasures(s, s.total(), ""));
        forecasts.ifPresent(f -> t.forecastMeasures(f.rows().get(0), ""));
        resultatrakning.ifPresent(t::statement);
        drift.ifPresent(t::statement);
        forecasts.ifPresent(f -> f.rows().stream().skip(1).forEach(r -> t.forecastMeasures(r, r.label())));
        investeringar.ifPresent(inv -> {
            InvesteringLine total = inv.total();
            t.add("investeringar budget", "", INVESTERING, Kind.AMOUNT, total.shownBudget().figure());
            t.add("investeringar utfall", "", INVESTERING, Kind.AMOUNT, total.shownUtfallPeriod().figure());
            t.add("investeringar prognos", "", INVESTERING, Kind.AMOUNT, total.shownPrognos().figure());
            t.add("investeringar avvikelse", "", INVESTERING, Kind.AMOUNT, total.shownAvvikelse().figure());
        });
        mal.ifPresent(m -> {
            t.add("antal mål", Kind.COUNT, m.total(), "");
            t.add("antal mål uppfyllda", Kind.COUNT, m.total(Mal.Bedomning.UPPFYLLT), "");
            t.add("antal mål delvis uppfyllda", Kind.COUNT, m.total(Mal.Bedomning.DELVIS_UPPFYLLT), "");
            t.add("antal mål ej uppfyllda", Kind.COUNT, m.total(Mal.Bedomning.EJ_UPPFYLLT), "");
            t.add("antal mål ej bedömda", Kind.COUNT, m.total(Mal.Bedomning.EJ_BEDOMT), "");
        });
        volymer.ifPresent(lines -> lines.forEach(l -> {
            String row = l.volym().verksamhet().value();
            t.add("volym budget", row, Kind.VOLUME, l.volym().volymBudget(), "", false);
            t.add("volym prognos", row, Kind.VOLUME, l.volym().volymPrognos(), "", false);
            t.add("volym avvikelse", row, Kind.VOLUME, l.avvikelseVolym(), "", false);
            t.add("avvikelse utifrån volym", row, Kind.AMOUNT, l.avvikelseUtifranVolym(),
                    "Kostnad per enhet saknas för " + row, false);
        }));
        plan.ifPresent(p -> {
            String noDeficit = "underskottet är inte känt (Rapport!Underskott saknas och arbetsboken har ingen negativ "
                    + "avvikelse)";
            t.add("underskott", Kind.AMOUNT, p.underskott().orElse(Figure.none()), noDeficit);
            t.add("effekt innevarande år", Kind.AMOUNT, p.sumInnevarande(), "");
            t.add("effekt helår", Kind.AMOUNT, p.sumHelar(), "");
            t.add("täckningsgrad", Kind.PERCENT, p.tackningsgrad(), noDeficit);
            t.add("kvarstående underskott", Kind.AMOUNT, p.kvarstaende(), noDeficit);
            t.add("utfall hittills", Kind.AMOUNT, p.sumUtfall(), "ingen åtgärd har Utfall hittills");
            t.add("realiserad andel", Kind.PERCENT, p.realiseradAndel(), "ingen åtgärd har Utfall hittills");
        });
        return t;
    }

    /** Every line of a statement, its subtotals and its total, by their labels. */
    private void statement(AmountStatement s) {
        for (AmountStatement.Section section : s.sections()) {
            for (AmountLine line : section.lines()) {
                lineMeasures(s, line, line.label());
            }
            section.subtotal().ifPresent(sub -> lineMeasures(s, sub, sub.label()));
        }
        lineMeasures(s, s.total(), s.total().label());
    }

    private void lineMeasures(AmountStatement s, AmountLine line, String row) {
        String sheet = s.source().sheetName();
        String who = row.isEmpty() ? "nämnden" : row;
        for (Measure m : LINE_MEASURES) {
            String why = "";
            if (!s.source().has(m.column())) {
                why = "bladet " + sheet + " har ingen kolumn " + m.column().spec().header();
            } else if (!m.value().apply(line).reported()) {
                why = m.column().spec().header() + " är inte ifyllt för " + who + " i " + sheet;
            }
            add(m.name(), row, m.kind(), m.value().apply(line), why, false);
        }
    }

    private void forecastMeasures(Prognosunderlag.Forecast f, String row) {
        String who = f.namnd() ? "nämnden" : f.label();
        add(FORECAST_MEASURES.get(0), row, Kind.AMOUNT, f.linear().orElse(Figure.none()),
                "Utfall period saknas för " + who, true);
        add(FORECAST_MEASURES.get(1), row, Kind.AMOUNT, f.seasonal().orElse(Figure.none()),
                "säsongsprognosen behöver Utfall period, Bokslut föregående år och Utfall period föregående år (inte 0) för "
                        + who, true);
        String noTrend = f.trendMissing().isEmpty() ? "trenden behöver Månadsutfall för " + who
                : "trenden kan inte räknas för " + who + ": " + f.trendMissing();
        add(FORECAST_MEASURES.get(2), row, Kind.AMOUNT, f.trend().map(Prognosunderlag.Trend::value).orElse(Figure.none()),
                noTrend, true);
        add(FORECAST_MEASURES.get(3), row, Kind.AMOUNT, f.trend().map(Prognosunderlag.Trend::low).orElse(Figure.none()),
                noTrend, true);
        add(FORECAST_MEASURES.get(4), row, Kind.AMOUNT, f.trend().map(Prognosunderlag.Trend::high).orElse(Figure.none()),
                noTrend, true);
    }

    /** Avvikelse as printed, as a percentage of the printed |Budget|; unreported for a zero budget. */
    private static Figure avvikelsePercent(AmountLine line) {
        Figure budget = line.shown(AmountColumn.BUDGET).figure();
        if (!budget.reported()) {
            return Figure.none();
        }
        return line.shownAvvikelse().figure().percentOf(budget.withValue(budget.value().abs()));
    }

    private void add(String name, Kind kind, Figure figure, String whyMissing) {
        add(name, "", kind, figure, whyMissing, false);
    }

    private void add(String measure, String row, Kind kind, Figure figure, String whyMissing, boolean method) {
        String name = row.isEmpty() ? measure : measure + " " + row;
        String why = figure.reported() ? "" : (whyMissing.isEmpty() ? "talet kan inte räknas fram" : whyMissing);
        byKey.putIfAbsent(Names.normalise(name), new Named(name, row, kind, figure, why, method));
    }

    private void add(String name, String row, String mention, Kind kind, Figure figure) {
        byKey.putIfAbsent(Names.normalise(name), new Named(name, mention, kind, figure,
                figure.reported() ? "" : "talet kan inte räknas fram", false));
    }

    /** What a sentence must name for a typed amount to be taken for an investment figure. */
    private static final String INVESTERING = "investering";

    /** The figure of a name, compared normalised. */
    public Optional<Named> find(String name) {
        return Optional.ofNullable(byKey.get(Names.normalise(name)));
    }

    /** Every name, in the order of the documentation. */
    public Collection<Named> all() {
        return java.util.Collections.unmodifiableCollection(byKey.values());
    }

    /** The known names nearest to an unknown one (by edits), at most {@code count}, nearest first. */
    public List<String> nearest(String unknown, int count) {
        String key = Names.normalise(unknown);
        return byKey.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, Named>>comparingInt(e -> DISTANCE.apply(key, e.getKey()))
                        .thenComparing(e -> e.getValue().name().length()))
                .limit(count).map(e -> e.getValue().name()).toList();
    }

    /** Names of one kind that can be shown, for comparing typed numbers (check 9). */
    List<Named> available(Kind kind) {
        List<Named> out = new ArrayList<>();
        for (Named n : byKey.values()) {
            if (n.kind() == kind && n.available()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The magnitude of a figure's value. */
    static BigDecimal magnitude(Figure f) {
        return f.value().abs();
    }
}
