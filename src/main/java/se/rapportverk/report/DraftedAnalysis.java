package se.rapportverk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.rapportverk.calc.AmountLine;
import se.rapportverk.calc.AmountStatement;
import se.rapportverk.calc.Calculation;
import se.rapportverk.calc.InvesteringLine;
import se.rapportverk.calc.Investeringar;
import se.rapportverk.calc.MalSummary;
import se.rapportverk.calc.Prognosunderlag;
import se.rapportverk.calc.VolymLine;
import se.rapportverk.document.Table.Align;
import se.rapportverk.document.Table.RowKind;
import se.rapportverk.format.SwedishFormat;
import se.rapportverk.workbook.AmountColumn;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Mal;
import se.rapportverk.workbook.Schema;
import se.rapportverk.workbook.Text;

/**
 * The figures of the paragraphs the delårsrapport drafts where the workbook gives no text of its own
 * (docs/dokument.md, *Skrivna utkast*): the verksamheter with the largest negative avvikelse, the
 * volumes, the investments and the goals. Every figure is one the tables print, formatted as they
 * print it, an amount with its unit after a no-break space (so that {@code -25,7 mkr} never breaks); the
 * sentences are the template's. Also the Prognosunderlag table of the appendix.
 */
final class DraftedAnalysis {

    /** The Word comment a drafted paragraph carries (templates: {@code utkast.kommentar}). */
    static final String COMMENT = "Utkast skrivet av Rapportverk utifrån siffrorna; granska texten.";

    /** The appendix lists every row of a Driftsredovisning of at most this many rows. */
    static final int APPENDIX_ALL_ROWS = 100;

    /** How many verksamheter the analysis names at most. */
    static final int LARGEST = 3;

    private final Calculation calc;
    private final AmountFormat amounts;
    private final PeriodLabels labels;

    DraftedAnalysis(Calculation calc, AmountFormat amounts, PeriodLabels labels) {
        this.calc = calc;
        this.amounts = amounts;
        this.labels = labels;
    }

    /** The template data: {@code utkast}, and each analysis the workbook has the figures for. */
    Map<String, Object> toModel() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("utkast", Map.of("kommentar", COMMENT));
        calc.driftsredovisning().flatMap(this::verksamheter).ifPresent(v -> m.put("analys", v));
        calc.volymer().flatMap(this::volymer).ifPresent(v -> m.put("volymanalys", v));
        calc.investeringar().flatMap(this::investeringar).ifPresent(v -> m.put("investeringsanalys", v));
        calc.malSummary().map(this::mal).filter(l -> !l.isEmpty()).ifPresent(v -> m.put("malanalys", v));
        calc.prognosunderlag().filter(p -> p.rows().stream().anyMatch(Prognosunderlag.Forecast::hasMethods))
                .ifPresent(p -> m.put("prognoser", prognoser(p)));
        return m;
    }

    /** Whether a figure shows as zero in the table unit. */
    private boolean zero(Figure f) {
        return !f.reported() || amounts.from().convert(f.value(), amounts.to())
                .setScale(amounts.decimals(), RoundingMode.HALF_UP).signum() == 0;
    }

    /** An amount as the tables show it, with the unit after a no-break space: {@code -25,7 mkr}. */
    private String amount(Figure f) {
        return amounts.format(f) + SwedishFormat.NBSP + amounts.unit();
    }

    private String magnitude(Figure f) {
        return amount(f.withValue(f.value().abs()));
    }

    // ------------------------------------------------------------------ verksamheter

    /**
     * The verksamheter with the largest negative avvikelse prognos mot budget (as printed; at most
     * {@link #LARGEST}), each with its share of the nämnd's avvikelse when that is negative; and the
     * largest positive one.
     */
    private Optional<Map<String, Object>> verksamheter(AmountStatement drift) {
        List<AmountLine> negative = drift.lines().stream()
                .filter(l -> l.shownAvvikelse().figure().reported() && l.shownAvvikelse().figure().value().signum() < 0
                        && !zero(l.shownAvvikelse().figure()))
                .sorted(Comparator.comparing(l -> l.shownAvvikelse().figure().value()))
                .limit(LARGEST).toList();
        if (negative.isEmpty()) {
            return Optional.empty();
        }
        Figure total = drift.total().shownAvvikelse().figure();
        boolean shares = total.reported() && total.value().signum() < 0 && !zero(total);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AmountLine l : negative) {
            Map<String, Object> r = new LinkedHashMap<>();
            Figure avvikelse = l.shownAvvikelse().figure();
            r.put("namn", Models.midSentence(l.label()));
            r.put("belopp", amount(avvikelse));
            if (shares) {
                r.put("andel", SwedishFormat.percent(avvikelse.percentOf(total).value(), 1));
            }
            rows.add(r);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("verksamheter", rows);
        m.put("antal", NumberWords.common(rows.size()));
        m.put("totalt", amount(total));
        m.put("andelar", shares);
        drift.lines().stream()
                .filter(l -> l.shownAvvikelse().figure().reported() && l.shownAvvikelse().figure().value().signum() > 0
                        && !zero(l.shownAvvikelse().figure()))
                .max(Comparator.comparing(l -> l.shownAvvikelse().figure().value()))
                .ifPresent(l -> m.put("storstaOverskott", Map.of("namn", Models.midSentence(l.label()),
                        "belopp", amount(l.shownAvvikelse().figure()))));
        return Optional.of(m);
    }

    // ------------------------------------------------------------------ volumes

    /** The verksamheter whose volume forecast differs from the budget, and those where it does not. */
    private Optional<Map<String, Object>> volymer(List<VolymLine> lines) {
        List<Map<String, Object>> avvikande = new ArrayList<>();
        List<String> oforandrade = new ArrayList<>();
        for (VolymLine l : lines) {
            Figure d = l.avvikelseVolym();
            if (!l.volym().volymBudget().reported() || !l.volym().volymPrognos().reported()) {
                continue;
            }
            if (d.value().signum() == 0) {
                oforandrade.add(Models.midSentence(l.volym().verksamhet().value()));
                continue;
            }
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("verksamhet", l.volym().verksamhet().value());
            l.volym().volymenhet().map(Text::value).map(v -> v.toLowerCase(java.util.Locale.ROOT))
                    .ifPresent(v -> r.put("enhet", v));
            r.put("budget", volume(l.volym().volymBudget()));
            r.put("prognos", volume(l.volym().volymPrognos()));
            r.put("skillnad", volume(d.withValue(d.value().abs())));
            r.put("fler", d.value().signum() > 0);
            if (l.avvikelseUtifranVolym().reported()) {
                r.put("belopp", amount(l.avvikelseUtifranVolym()));
            }
            avvikande.add(r);
        }
        if (avvikande.isEmpty() && oforandrade.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("avvikande", avvikande);
        m.put("oforandrade", oforandrade);
        return Optional.of(m);
    }

    private static String volume(Figure f) {
        return SwedishFormat.number(f.value(), Math.min(f.decimals(), 2));
    }

    // ------------------------------------------------------------------ investments

    /**
     * The investment budget, forecast and avvikelse (magnitudes when budget and forecast have one
     * sign, as the reference's text writes them; signed otherwise), the outcome of the period and its
     * share of the budget, and the project with the largest avvikelse.
     */
    private Optional<Map<String, Object>> investeringar(Investeringar inv) {
        InvesteringLine total = inv.total();
        Figure budget = total.shownBudget().figure();
        Figure prognos = total.shownPrognos().figure();
        if (!budget.reported() || !prognos.reported()) {
            return Optional.empty();
        }
        Figure utfall = total.shownUtfallPeriod().figure();
        boolean oneSign = budget.value().signum() * prognos.value().signum() >= 0
                && (!utfall.reported() || utfall.value().signum() * budget.value().signum() >= 0);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ar", String.valueOf(labels.year()));
        m.put("budget", oneSign ? magnitude(budget) : amount(budget));
        m.put("prognos", oneSign ? magnitude(prognos) : amount(prognos));
        Figure avvikelse = total.shownAvvikelse().figure();
        m.put("avvikelse", amount(avvikelse));
        m.put("iNivaMedBudget", zero(avvikelse));
        if (utfall.reported()) {
            m.put("utfall", oneSign ? magnitude(utfall) : amount(utfall));
            Figure share = utfall.percentOf(budget);
            if (share.reported()) {
                m.put("andelAvBudget", SwedishFormat.percent(share.value(), 1));
            }
        }
        inv.lines().stream().filter(l -> l.shownAvvikelse().figure().reported() && !zero(l.shownAvvikelse().figure()))
                .max(Comparator.comparing(l -> l.shownAvvikelse().figure().value().abs()))
                .filter(l -> inv.lines().size() > 1)
                .ifPresent(l -> m.put("storsta", Map.of("projekt", Models.midSentence(l.projekt()),
                        "belopp", amount(l.shownAvvikelse().figure()))));
        return Optional.of(m);
    }

    // ------------------------------------------------------------------ goals

    /**
     * Per Nivå with goals: who ({@code kommunfullmäktiges}, {@code nämndens}), how many in words, and
     * the assessments with their counts, in the order Uppfyllt, Delvis uppfyllt, Ej uppfyllt; goals not
     * yet assessed separately.
     */
    private List<Map<String, Object>> mal(MalSummary summary) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Mal.Niva niva : Mal.Niva.values()) {
            long total = summary.total(niva).value().longValueExact();
            if (total == 0) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("vem", niva == Mal.Niva.KOMMUNFULLMAKTIGE ? "kommunfullmäktiges" : "nämndens");
            m.put("antal", NumberWords.neuter(total));
            m.put("ett", total == 1);
            List<Map<String, Object>> parts = new ArrayList<>();
            for (Mal.Bedomning b : List.of(Mal.Bedomning.UPPFYLLT, Mal.Bedomning.DELVIS_UPPFYLLT,
                    Mal.Bedomning.EJ_UPPFYLLT)) {
                long n = summary.count(niva, b).value().longValueExact();
                if (n > 0) {
                    parts.add(Map.of("antal", NumberWords.neuter(n), "ord", assessed(b, n == 1)));
                }
            }
            m.put("bedomningar", parts);
            long notAssessed = summary.count(niva, Mal.Bedomning.EJ_BEDOMT).value().longValueExact();
            if (notAssessed > 0) {
                m.put("ejBedomda", NumberWords.neuter(notAssessed));
            }
            out.add(m);
        }
        return out;
    }

    /** The assessment as an adjective agreeing with the count of goals (neuter). */
    private static String assessed(Mal.Bedomning b, boolean one) {
        return switch (b) {
            case UPPFYLLT -> one ? "uppfyllt" : "uppfyllda";
            case DELVIS_UPPFYLLT -> one ? "delvis uppfyllt" : "delvis uppfyllda";
            case EJ_UPPFYLLT -> one ? "ej uppfyllt" : "ej uppfyllda";
            case EJ_BEDOMT -> one ? "ej bedömt" : "ej bedömda";
        };
    }

    // ------------------------------------------------------------------ Prognosunderlag

    private Map<String, Object> prognoser(Prognosunderlag p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("manader", String.valueOf(p.period()));
        m.put("trend", p.rows().stream().anyMatch(r -> r.trend().isPresent()));
        m.put("sasong", p.rows().stream().anyMatch(r -> r.seasonal().isPresent()));
        m.put("andelAvBudget", SwedishFormat.percent(Prognosunderlag.SHARE_OF_BUDGET.movePointRight(2), 0));
        m.put("andelAvNamndensBudget", SwedishFormat.percent(Prognosunderlag.SHARE_OF_NAMND_BUDGET.movePointRight(2), 2));
        m.put("andelForNamnden", SwedishFormat.percent(Prognosunderlag.SHARE_OF_BUDGET_NAMND.movePointRight(2), 0));
        m.put("konfidens", String.valueOf(Math.round(Prognosunderlag.CONFIDENCE * 100)));
        List<String> avviker = p.rows().stream().filter(r -> p.fits(r).map(ok -> !ok).orElse(false))
                .map(r -> r.namnd() ? "nämnden som helhet" : r.label()).toList();
        // Named in the text only when they are few; the table shows them all.
        m.put("avviker", avviker.size() <= LARGEST * 4 ? avviker : List.of());
        long rowsAvviker = p.rows().stream().skip(1).filter(r -> p.fits(r).map(ok -> !ok).orElse(false)).count();
        m.put("antalAvviker", SwedishFormat.number(BigDecimal.valueOf(rowsAvviker), 0));
        m.put("ingenAvviker", rowsAvviker == 0);
        m.put("allaRader", allRows(p));
        m.put("rader", SwedishFormat.number(BigDecimal.valueOf(p.rows().size() - 1), 0));
        return m;
    }

    /**
     * The table of the appendix Prognosunderlag: per Driftsredovisning row and for the nämnd, the
     * Prognos, each method's figure, and whether the Prognos fits the methods (check 7).
     */
    Optional<FigureTable> prognosTable() {
        Optional<Prognosunderlag> found = forecasts();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Prognosunderlag p = found.get();
        boolean seasonal = p.rows().stream().anyMatch(r -> r.seasonal().isPresent());
        boolean trend = p.rows().stream().anyMatch(r -> r.trend().isPresent());
        List<FigureTable.Column> columns = new ArrayList<>();
        columns.add(new FigureTable.Column("Verksamhet (" + amounts.unit() + ")", Align.LEFT, 3.1f));
        columns.add(new FigureTable.Column(labels.header(AmountColumn.PROGNOS), Align.RIGHT, 1.4f));
        columns.add(new FigureTable.Column("Linjär prognos", Align.RIGHT, 1.3f));
        if (seasonal) {
            columns.add(new FigureTable.Column("Säsongsprognos", Align.RIGHT, 1.5f));
        }
        if (trend) {
            columns.add(new FigureTable.Column("Trendprognos", Align.RIGHT, 1.4f));
        }
        columns.add(new FigureTable.Column("Prognosen mot metoderna", Align.LEFT, 1.5f));
        List<FigureTable.Row> rows = new ArrayList<>();
        for (Prognosunderlag.Forecast f : ordered(p)) {
            List<FigureTable.Entry> cells = new ArrayList<>();
            cells.add(new FigureTable.Label(f.label(), f.labelCell()));
            cells.add(value(f.prognos(), "inläst"));
            cells.add(value(f.linear().orElse(Figure.none()), "Utfall period / " + p.period() + " × 12"));
            if (seasonal) {
                cells.add(value(f.seasonal().orElse(Figure.none()),
                        "Utfall period × Bokslut föregående år / Utfall period föregående år"));
            }
            if (trend) {
                cells.add(value(f.trend().map(Prognosunderlag.Trend::value).orElse(Figure.none()), trendHow(f)));
            }
            Optional<Boolean> fits = p.fits(f);
            cells.add(fits.<FigureTable.Entry>map(ok -> new FigureTable.Assessment(Palette.SYMBOL,
                    Palette.colour(ok), ok ? "Stämmer" : "Avviker"))
                    .orElse(FigureTable.Label.of(SwedishFormat.NOT_REPORTED)));
            rows.add(new FigureTable.Row(f.namnd() ? RowKind.TOTAL : RowKind.BODY, cells));
        }
        return Optional.of(new FigureTable("Prognosunderlag", columns, rows));
    }

    /**
     * The trend's prediction interval, for the rows that have a trend: the months it is fitted to, the
     * trend's figure and the interval's ends.
     */
    Optional<FigureTable> trendTable() {
        Optional<Prognosunderlag> found = forecasts();
        if (found.isEmpty() || found.get().rows().stream().noneMatch(r -> r.trend().isPresent())) {
            return Optional.empty();
        }
        List<FigureTable.Column> columns = List.of(
                new FigureTable.Column("Verksamhet (" + amounts.unit() + ")", Align.LEFT, 3.4f),
                new FigureTable.Column("Månader", Align.RIGHT, 1f),
                new FigureTable.Column("Trendprognos", Align.RIGHT, 1.3f),
                new FigureTable.Column("Prognosintervall, lägst", Align.RIGHT, 1.4f),
                new FigureTable.Column("Prognosintervall, högst", Align.RIGHT, 1.4f),
                new FigureTable.Column(labels.header(AmountColumn.PROGNOS), Align.RIGHT, 1.3f));
        List<FigureTable.Row> rows = new ArrayList<>();
        for (Prognosunderlag.Forecast f : ordered(found.get())) {
            if (f.trend().isEmpty()) {
                continue;
            }
            Prognosunderlag.Trend t = f.trend().get();
            Figure months = Figure.sum(List.of(t.value())).withValue(BigDecimal.valueOf(t.months()));
            rows.add(new FigureTable.Row(f.namnd() ? RowKind.TOTAL : RowKind.BODY, List.of(
                    new FigureTable.Label(f.label(), f.labelCell()),
                    new FigureTable.Value(months, String.valueOf(t.months()), "antal månader i " + Schema.MANADSUTFALL.name()),
                    value(t.value(), trendHow(f)),
                    value(t.low(), "nedre gräns för " + Math.round(Prognosunderlag.CONFIDENCE * 100)
                            + " % prognosintervall"),
                    value(t.high(), "övre gräns för " + Math.round(Prognosunderlag.CONFIDENCE * 100)
                            + " % prognosintervall"),
                    value(f.prognos(), "inläst"))));
        }
        return Optional.of(new FigureTable("Trendprognos med prognosintervall", columns, rows));
    }

    private Optional<Prognosunderlag> forecasts() {
        return calc.prognosunderlag().filter(p -> p.rows().stream().anyMatch(Prognosunderlag.Forecast::hasMethods));
    }

    /** The Driftsredovisning rows first, the nämnd last (as a total row). */
    private static List<Prognosunderlag.Forecast> ordered(Prognosunderlag p) {
        List<Prognosunderlag.Forecast> ordered = new ArrayList<>();
        boolean all = allRows(p);
        for (Prognosunderlag.Forecast f : p.rows().subList(1, p.rows().size())) {
            if (all || p.fits(f).map(ok -> !ok).orElse(false)) {
                ordered.add(f);
            }
        }
        ordered.add(p.rows().get(0));
        return ordered;
    }

    /**
     * Whether the appendix lists every row: with at most {@link #APPENDIX_ALL_ROWS} rows in the
     * Driftsredovisning. A larger one lists the nämnd and the rows whose Prognos does not fit the methods,
     * so that the appendix stays a page or two and not a second copy of a long Driftsredovisning.
     */
    private static boolean allRows(Prognosunderlag p) {
        return p.rows().size() - 1 <= APPENDIX_ALL_ROWS;
    }

    private static String trendHow(Prognosunderlag.Forecast f) {
        return "minsta kvadrat-linje över " + f.trend().map(Prognosunderlag.Trend::months).orElse(0)
                + " månader i " + Schema.MANADSUTFALL.name() + ", förlängd till december";
    }

    private FigureTable.Value value(Figure f, String how) {
        return new FigureTable.Value(f, amounts.format(f), how);
    }
}
