package se.rapportverk.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.regression.SimpleRegression;

import se.rapportverk.format.SwedishFormat;
import se.rapportverk.format.SwedishMonths;
import se.rapportverk.workbook.AmountColumn;
import se.rapportverk.workbook.CellRanges;
import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Manadsutfall;
import se.rapportverk.workbook.Names;
import se.rapportverk.workbook.Schema;
import se.rapportverk.workbook.Unit;

/**
 * Forecast support (docs/arbetsbok.md, *Prognosstöd*): for the nämnd as a whole and for every
 * Driftsredovisning row, what three mechanical methods give for the full year, and check 7, which
 * holds the manual Prognos against them.
 *
 * <ul>
 *   <li><b>linear</b> (straight line): Utfall period / P × 12, with P the last month of the period;</li>
 *   <li><b>seasonal</b>: Utfall period × Bokslut föregående år / Utfall period föregående år, the
 *       previous year's share of the year that the period made;</li>
 *   <li><b>trend</b> (with Månadsutfall): the least-squares line y = a + b·m through the months
 *       1…P, its values for the months P+1…12 added to the months' own sum, with a 95 % prediction
 *       interval for that year-end cumulative figure (see {@link Trend}).</li>
 * </ul>
 *
 * @param period the last month of the period (1–11)
 * @param rows   the nämnd as a whole first, then every Driftsredovisning row in order
 */
public record Prognosunderlag(int period, List<Forecast> rows) {

    /** A Driftsredovisning row's Prognos farther than this share of its |Budget| from every method is a warning … */
    public static final BigDecimal SHARE_OF_BUDGET = new BigDecimal("0.05");
    /** … but never for less than this share of the nämnd's |Budget| (materiality). */
    public static final BigDecimal SHARE_OF_NAMND_BUDGET = new BigDecimal("0.0025");
    /** The nämnd's Prognos farther than this share of its |Budget| from every method is a warning. */
    public static final BigDecimal SHARE_OF_BUDGET_NAMND = new BigDecimal("0.02");
    /**
     * Check 7 holds a Prognos against the methods only when at least this many give a figure: the
     * straight line alone says too little about a year whose costs have seasons.
     */
    public static final int MIN_METHODS = 2;
    /** The prediction interval's confidence. */
    public static final double CONFIDENCE = 0.95;
    /** Months the least-squares line needs (three give one degree of freedom for its spread). */
    public static final int TREND_MIN_MONTHS = 3;

    private static final MathContext MC = Figure.DIVISION;

    public Prognosunderlag {
        rows = List.copyOf(rows);
    }

    /**
     * The forecasts of one row.
     *
     * @param label         {@code Nämnden totalt} or the Verksamhet
     * @param labelCell     the Verksamhet's cell (empty for the nämnd)
     * @param utfall        Utfall period
     * @param budget        Budget (full year), as printed
     * @param prognos       the manual Prognos, as printed
     * @param prognosPlace  the Prognos cell ({@code Driftsredovisning!H2}), or the cells of a calculated total
     * @param linear        Utfall period / P × 12
     * @param seasonal      Utfall period × Bokslut föregående år / Utfall period föregående år
     * @param trend         the least-squares trend, with Månadsutfall
     * @param trendMissing  why there is no trend, in Swedish, when Månadsutfall has months for the row
     *                      but they cannot give one; empty otherwise
     */
    public record Forecast(String label, Optional<CellRef> labelCell, Figure utfall, Figure budget, Figure prognos,
                           String prognosPlace, Optional<Figure> linear, Optional<Figure> seasonal,
                           Optional<Trend> trend, String trendMissing) {

        /** Whether the row is the nämnd as a whole. */
        public boolean namnd() {
            return labelCell.isEmpty();
        }

        /** Whether any method gives a figure. */
        public boolean hasMethods() {
            return linear.isPresent() || seasonal.isPresent() || trend.isPresent();
        }
    }

    /**
     * The least-squares trend of one row. With n = P months observed (x = 1…n, mean x̄, Sxx = Σ(x − x̄)²),
     * the line ŷ(x) = a + b·x and s² = Σ(y − ŷ)² / (n − 2). The year-end cumulative figure is
     * Y = Σ observed + T with T the sum of the k = 12 − P future months. Its estimate T̂ = Σ_F ŷ(x_j) = k·ȳ + b·D
     * with D = Σ_F (x_j − x̄). Future months are independent of the fitted ones, ȳ and b are uncorrelated, so
     * Var(T − T̂) = σ²·(k + k²/n + D²/Sxx), and the 95 % prediction interval is
     * Y ± t(0,975; n − 2) · s · √(k + k²/n + D²/Sxx).
     *
     * @param value  the year-end cumulative figure the line gives
     * @param low    the lower end of the prediction interval
     * @param high   the upper end
     * @param months the months the line is fitted to
     * @param slope  b, the change of a month's net amount from one month to the next
     */
    public record Trend(Figure value, Figure low, Figure high, int months, BigDecimal slope) {

        /** Whether a value lies inside the interval (its ends included). */
        public boolean contains(BigDecimal v) {
            return v.compareTo(low.value()) >= 0 && v.compareTo(high.value()) <= 0;
        }
    }

    /**
     * The forecasts of a workbook, or empty when it has no Period (or a Period of December, which
     * leaves nothing to forecast) or neither Resultaträkning nor Driftsredovisning.
     */
    public static Optional<Prognosunderlag> of(Optional<AmountStatement> resultatrakning,
                                               Optional<AmountStatement> driftsredovisning,
                                               Optional<Manadsutfall> manadsutfall, Optional<Integer> period) {
        if (period.isEmpty() || period.get() >= 12) {
            return Optional.empty();
        }
        Optional<AmountStatement> whole = resultatrakning.isPresent() ? resultatrakning : driftsredovisning;
        if (whole.isEmpty()) {
            return Optional.empty();
        }
        int p = period.get();
        List<Forecast> rows = new ArrayList<>();
        AmountLine total = whole.get().total();
        rows.add(forecast("Nämnden totalt", Optional.empty(), total, totalPlace(whole.get()), p,
                manadsutfall.map(Manadsutfall::namnd).orElse(List.of())));
        Map<String, List<Manadsutfall.Month>> perVerksamhet = new java.util.HashMap<>();
        manadsutfall.map(Manadsutfall::perVerksamhet).orElse(Map.of())
                .forEach((name, list) -> perVerksamhet.put(Names.normalise(name.value()), list));
        driftsredovisning.ifPresent(drift -> {
            for (AmountLine line : drift.lines()) {
                List<Manadsutfall.Month> months = perVerksamhet.getOrDefault(Names.normalise(line.label()), List.of());
                Figure prognos = line.value(AmountColumn.PROGNOS);
                String place = prognos.sources().isEmpty() ? drift.source().sheetName()
                        : prognos.sources().first().toString();
                rows.add(forecast(line.label(), line.labelCell(), line, place, p, months));
            }
        });
        return Optional.of(new Prognosunderlag(p, rows));
    }

    /** The cell of the sheet's own total Prognos when it has one, else the Prognos cells summed. */
    private static String totalPlace(AmountStatement statement) {
        Figure given = statement.total().given().getOrDefault(AmountColumn.PROGNOS, Figure.none());
        if (given.reported() && !given.sources().isEmpty()) {
            return given.sources().first().toString();
        }
        Figure prognos = statement.total().value(AmountColumn.PROGNOS);
        String sheet = statement.source().sheetName();
        return prognos.sources().isEmpty() ? sheet : sheet + "!" + CellRanges.describe(prognos.sources(), sheet);
    }

    private static Forecast forecast(String label, Optional<CellRef> labelCell, AmountLine line, String place, int p,
                                     List<Manadsutfall.Month> months) {
        Figure utfall = line.value(AmountColumn.UTFALL_PERIOD);
        Figure bokslut = line.value(AmountColumn.BOKSLUT_FOREGAENDE_AR);
        Figure utfallFg = line.value(AmountColumn.UTFALL_PERIOD_FOREGAENDE_AR);
        Optional<Figure> linear = utfall.reported()
                ? Optional.of(derived(utfall.value().multiply(BigDecimal.valueOf(12)).divide(BigDecimal.valueOf(p), MC),
                        List.of(utfall)))
                : Optional.empty();
        Optional<Figure> seasonal = utfall.reported() && bokslut.reported() && utfallFg.reported()
                && utfallFg.value().signum() != 0
                ? Optional.of(derived(utfall.value().multiply(bokslut.value()).divide(utfallFg.value(), MC),
                        List.of(utfall, bokslut, utfallFg)))
                : Optional.empty();
        Optional<Trend> trend = Optional.empty();
        String missing = "";
        if (!months.isEmpty()) {
            List<Integer> absent = new ArrayList<>();
            for (int m = 1; m <= p; m++) {
                int month = m;
                if (months.stream().noneMatch(x -> x.month() == month && x.utfall().reported())) {
                    absent.add(m);
                }
            }
            if (p < TREND_MIN_MONTHS) {
                missing = "en trend behöver minst " + TREND_MIN_MONTHS + " månader";
            } else if (!absent.isEmpty()) {
                missing = Schema.MANADSUTFALL.utfall.header() + " saknas i " + Schema.MANADSUTFALL.name() + " för "
                        + String.join(", ", absent.stream().map(SwedishMonths::name).toList());
            } else {
                trend = trend(months.stream().filter(x -> x.month() <= p).toList(), p);
            }
        }
        return new Forecast(label, labelCell, utfall, line.shown(AmountColumn.BUDGET).figure(),
                line.shown(AmountColumn.PROGNOS).figure(), place, linear, seasonal, trend, missing);
    }

    /** A calculated figure with the sources and decimals of its operands. */
    private static Figure derived(BigDecimal value, List<Figure> from) {
        Figure all = Figure.sum(from);
        return new Figure(value, all.sources(), all.decimals(), all.terms());
    }

    /** The t quantile of the prediction interval by degrees of freedom (at most 10: p ≤ 12), each worked out once. */
    private static final java.util.concurrent.ConcurrentHashMap<Integer, Double> T_QUANTILES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The quantile of Student's t distribution that leaves (1 − {@link #CONFIDENCE}) / 2 above it, as commons-math
     * works it out (a root search: the same figure every time for the same degrees of freedom).
     */
    static double tQuantile(int degreesOfFreedom) {
        return T_QUANTILES.computeIfAbsent(degreesOfFreedom,
                df -> new TDistribution(df).inverseCumulativeProbability(0.5 + CONFIDENCE / 2));
    }

    /** The least-squares trend over the months 1…p (each present once), with its prediction interval. */
    static Optional<Trend> trend(List<Manadsutfall.Month> months, int p) {
        SimpleRegression regression = new SimpleRegression();
        BigDecimal observed = BigDecimal.ZERO;
        List<Figure> figures = new ArrayList<>();
        for (Manadsutfall.Month m : months) {
            regression.addData(m.month(), m.utfall().value().doubleValue());
            observed = observed.add(m.utfall().value());
            figures.add(m.utfall());
        }
        int n = months.size();
        int k = 12 - p;
        double a = regression.getIntercept();
        double b = regression.getSlope();
        double s = Math.sqrt(regression.getMeanSquareError());
        double meanX = (n + 1) / 2.0;
        double sxx = regression.getXSumSquares();
        double future = 0;
        double d = 0;
        for (int x = p + 1; x <= 12; x++) {
            future += a + b * x;
            d += x - meanX;
        }
        double t = tQuantile(n - 2);
        double halfWidth = t * s * Math.sqrt(k + (double) k * k / n + d * d / sxx);
        if (!Double.isFinite(future) || !Double.isFinite(halfWidth)) {
            return Optional.empty();
        }
        BigDecimal value = observed.add(BigDecimal.valueOf(future));
        BigDecimal half = BigDecimal.valueOf(halfWidth);
        Figure base = Figure.sum(figures);
        return Optional.of(new Trend(derived(value, List.of(base)), derived(value.subtract(half), List.of(base)),
                derived(value.add(half), List.of(base)), n, BigDecimal.valueOf(b)));
    }

    // ------------------------------------------------------------------ check 7

    /**
     * Check 7: for every row whose Prognos and at least {@link #MIN_METHODS} methods are there, whether the Prognos lies
     * inside the trend's prediction interval (when there is a trend) and within the threshold of at
     * least one method. A failure names the row and the Prognos cell and quotes every method's figure.
     *
     * @param unit the workbook's Beloppsenhet, in which messages quote amounts
     */
    public List<CheckResult> checks(Unit unit) {
        List<CheckResult> results = new ArrayList<>();
        Figure namndBudget = rows.get(0).budget();
        for (Forecast f : rows) {
            check(f, unit, namndBudget).ifPresent(results::add);
        }
        return results;
    }

    private Optional<CheckResult> check(Forecast f, Unit unit, Figure namndBudget) {
        if (!f.prognos().reported() || methodCount(f) < MIN_METHODS) {
            return Optional.empty();
        }
        BigDecimal prognos = f.prognos().value();
        BigDecimal threshold = threshold(f, namndBudget);
        List<Figure> methods = new ArrayList<>();
        f.linear().ifPresent(methods::add);
        f.seasonal().ifPresent(methods::add);
        f.trend().ifPresent(t -> methods.add(t.value()));
        Figure nearest = methods.get(0);
        for (Figure m : methods) {
            if (prognos.subtract(m.value()).abs().compareTo(prognos.subtract(nearest.value()).abs()) < 0) {
                nearest = m;
            }
        }
        boolean far = prognos.subtract(nearest.value()).abs().compareTo(threshold) > 0;
        boolean outside = f.trend().isPresent() && !f.trend().get().contains(prognos);
        // Figures are quoted to the finest decimal of the row's entered values (a Prognos typed as 69 beside
        // an Utfall of 43,2 is quoted -69,0).
        int decimals = Math.max(f.prognos().decimals(), methods.stream().mapToInt(Figure::decimals).max().orElse(0));
        String subject = f.label() + ", Prognos mot prognosmetoderna";
        String message;
        if (!far && !outside) {
            message = "Prognosen för " + name(f) + " (" + amount(prognos, decimals, unit) + ") stämmer med "
                    + "prognosmetoderna: " + methods(f, decimals, unit);
        } else {
            List<String> why = new ArrayList<>();
            if (outside) {
                why.add("ligger utanför trendens " + percent(CONFIDENCE) + "-procentiga prognosintervall");
            }
            if (far) {
                why.add("skiljer sig från varje prognosmetod med mer än " + amount(threshold,
                        Math.max(decimals, Math.min(4, threshold.stripTrailingZeros().scale())), unit));
            }
            String cell = f.prognosPlace().substring(f.prognosPlace().indexOf('!') + 1);
            message = "Prognosen för " + name(f) + " (" + amount(prognos, decimals, unit) + " i " + cell
                    + ") " + String.join(" och ", why) + ": " + methods(f, decimals, unit)
                    + "; kontrollera prognosen eller förklara skillnaden i texten";
        }
        SortedSet<CellRef> cause = new TreeSet<>();
        if ((far || outside) && !f.namnd()) {
            cause.addAll(f.prognos().sources());
        }
        // The check records the nearest method's figure to the Prognos' own precision: what it shows.
        Figure shown = nearest.withValue(nearest.value().setScale(decimals, java.math.RoundingMode.HALF_UP));
        return Optional.of(new CheckResult(CheckKind.FORECASTS, !far && !outside, f.prognosPlace(), subject,
                f.prognos(), new Figure(shown.value(), shown.sources(), decimals, shown.terms()), threshold, message,
                cause));
    }

    private static int methodCount(Forecast f) {
        return (f.linear().isPresent() ? 1 : 0) + (f.seasonal().isPresent() ? 1 : 0) + (f.trend().isPresent() ? 1 : 0);
    }

    /**
     * Whether a row's Prognos fits the methods (check 7): inside the trend's interval when there is a
     * trend, and within the threshold of at least one method. Empty when the row has no Prognos or
     * fewer than {@link #MIN_METHODS} methods.
     */
    public Optional<Boolean> fits(Forecast f) {
        return check(f, Unit.TKR, rows.get(0).budget()).map(CheckResult::passed);
    }

    /**
     * The largest distance from the nearest method that is accepted: for a Driftsredovisning row 5 % of
     * its |Budget| (of the linear or seasonal figure when the budget is not reported or zero), but at
     * least 0,25 % of the nämnd's |Budget|; for the nämnd as a whole 2 % of its |Budget|. A row is
     * noisier than the whole, and a difference smaller than a quarter of a percent of the nämnd's budget
     * is not material.
     */
    static BigDecimal threshold(Forecast f, Figure namndBudget) {
        BigDecimal base;
        if (f.budget().reported() && f.budget().value().signum() != 0) {
            base = f.budget().value().abs();
        } else {
            base = f.linear().or(f::seasonal).map(x -> x.value().abs()).orElse(BigDecimal.ZERO);
        }
        if (f.namnd()) {
            return base.multiply(SHARE_OF_BUDGET_NAMND);
        }
        BigDecimal own = base.multiply(SHARE_OF_BUDGET);
        BigDecimal floor = namndBudget.reported() ? namndBudget.value().abs().multiply(SHARE_OF_NAMND_BUDGET)
                : BigDecimal.ZERO;
        return own.max(floor);
    }

    private static String name(Forecast f) {
        return f.namnd() ? "nämnden som helhet" : f.label();
    }

    private static String methods(Forecast f, int decimals, Unit unit) {
        List<String> parts = new ArrayList<>();
        f.linear().ifPresent(x -> parts.add("linjär " + amount(x.value(), decimals, unit)));
        f.seasonal().ifPresent(x -> parts.add("säsong " + amount(x.value(), decimals, unit)));
        f.trend().ifPresent(t -> parts.add("trend " + amount(t.value().value(), decimals, unit) + " ("
                + percent(CONFIDENCE) + SwedishFormat.NBSP + "% prognosintervall "
                + SwedishFormat.number(t.low().value(), decimals)
                + " till " + amount(t.high().value(), decimals, unit) + ")"));
        return String.join(", ", parts);
    }

    private static String amount(BigDecimal value, int decimals, Unit unit) {
        return SwedishFormat.withUnit(value, decimals, unit.symbol());
    }

    private static String percent(double share) {
        return String.valueOf(Math.round(share * 100));
    }
}
