package se.rapportverk.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.rapportverk.format.SwedishFormat;
import se.rapportverk.format.SwedishMonths;
import se.rapportverk.workbook.Atgard;
import se.rapportverk.workbook.CellRanges;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Schema;
import se.rapportverk.workbook.Unit;

/**
 * The calculated action plan: each action's effects, their sums, the deficit they must close, the
 * coverage (Täckningsgrad) and what remains; for a follow-up, the realised share per action and in
 * total. Check 4 of the contract is made here too.
 *
 * @param lines           the actions in sheet order
 * @param sumHelar        Σ Effekt helår
 * @param sumInnevarande  Σ Effekt innevarande år
 * @param underskott      the deficit to close (positive), when known
 * @param underskottHow   where the deficit comes from, in Swedish
 * @param tackningsgrad   Σ Effekt innevarande år / Underskott, in percent
 * @param kvarstaende     Underskott − Σ Effekt innevarande år
 * @param followUp        whether any action carries a Status or an Utfall hittills
 * @param sumUtfall       Σ Utfall hittills over every action: what has been realised towards the deficit
 * @param planned         the actions with a planned amount for the year (a reported Effekt innevarande år)
 *                        and their sums: the Summa row of a follow-up, whose realised share is of the same
 *                        actions
 * @param unplanned       the other actions (an effect that is only a text, or no start date) and their sums
 * @param realiseradAndel the realised share in total: Σ Utfall hittills / Σ Effekt innevarande år of the
 *                        planned actions (an action whose effect is only a text has nothing to be a share of),
 *                        in percent
 * @param tackningsgradRealiserad Σ Utfall hittills / Underskott, in percent (follow-up)
 * @param kvarstaendeRealiserat   Underskott − Σ Utfall hittills (follow-up)
 * @param checks          the comparisons of check 4
 */
public record Handlingsplan(List<ActionLine> lines, Figure sumHelar, Figure sumInnevarande, Optional<Figure> underskott,
                            String underskottHow, Figure tackningsgrad, Figure kvarstaende, boolean followUp,
                            Figure sumUtfall, Subset planned, Subset unplanned, Figure realiseradAndel,
                            Figure tackningsgradRealiserad, Figure kvarstaendeRealiserat, List<CheckResult> checks) {

    /**
     * Some of the actions and their sums.
     *
     * @param lines       the actions
     * @param innevarande Σ Effekt innevarande år
     * @param helar       Σ Effekt helår
     * @param utfall      Σ Utfall hittills
     */
    public record Subset(List<ActionLine> lines, Figure innevarande, Figure helar, Figure utfall) {
        public Subset {
            lines = List.copyOf(lines);
        }

        static Subset of(List<ActionLine> lines) {
            return new Subset(lines, Figure.sum(lines.stream().map(ActionLine::effektInnevarande).toList()),
                    Figure.sum(lines.stream().map(ActionLine::effektHelar).toList()),
                    Figure.sum(lines.stream().map(l -> l.atgard().utfallHittills()).toList()));
        }

        /** Whether any of the actions has an amount to show (a full-year effect or an utfall). */
        public boolean hasAmounts() {
            return helar.reported() || utfall.reported();
        }
    }

    private static final Figure TWELVE = Figure.constant(BigDecimal.valueOf(12));

    /**
     * Calculates the plan.
     *
     * @param actions    the Åtgärder rows
     * @param year       the report year
     * @param underskott the deficit: Rapport!Underskott, or minus the net avvikelse of the forecast
     * @param howDeficit where the deficit comes from, in Swedish
     * @param unit       the workbook's Beloppsenhet, for messages
     */
    public static Handlingsplan calculate(List<Atgard> actions, int year, Optional<Figure> underskott,
                                          String howDeficit, Unit unit) {
        List<ActionLine> lines = new ArrayList<>();
        List<CheckResult> checks = new ArrayList<>();
        for (Atgard a : actions) {
            lines.add(line(a, year, checks, unit));
        }
        Figure sumHelar = Figure.sum(lines.stream().map(ActionLine::effektHelar).toList());
        Figure sumInnevarande = Figure.sum(lines.stream().map(ActionLine::effektInnevarande).toList());
        Figure tackningsgrad = underskott.map(u -> sumInnevarande.percentOf(u)).orElse(Figure.none());
        Figure kvarstaende = underskott.map(u -> u.minus(sumInnevarande)).orElse(Figure.none());
        boolean followUp = actions.stream().anyMatch(a -> a.status().isPresent() || a.utfallHittills().reported());
        Figure sumUtfall = Figure.sum(actions.stream().map(Atgard::utfallHittills).toList());
        Subset planned = Subset.of(lines.stream().filter(l -> l.effektInnevarande().reported()).toList());
        Subset unplanned = Subset.of(lines.stream().filter(l -> !l.effektInnevarande().reported()).toList());
        Figure realiserad = followUp ? planned.utfall().percentOf(planned.innevarande()) : Figure.none();
        Figure tackningRealiserad = followUp ? underskott.map(u -> sumUtfall.percentOf(u)).orElse(Figure.none())
                : Figure.none();
        Figure kvarRealiserat = followUp ? underskott.map(u -> u.minus(sumUtfall)).orElse(Figure.none()) : Figure.none();
        if (underskott.isPresent() && sumInnevarande.reported() && !sumInnevarande.unreadable()
                && !underskott.get().unreadable()) {
            Figure u = underskott.get();
            boolean over = sumInnevarande.value().compareTo(u.value()) > 0;
            String sum = amount(sumInnevarande, unit);
            String deficit = amount(u, unit);
            checks.add(new CheckResult(CheckKind.ACTIONS, !over, Schema.ATGARDER.name(),
                    "Summa effekt innevarande år mot underskottet",
                    sumInnevarande, u, BigDecimal.ZERO, over
                    ? "summan av åtgärdernas effekt innevarande år (" + sum + ", "
                            + CellRanges.describe(sumInnevarande.sources(), null) + ") är större än underskottet ("
                            + deficit + "); kontrollera effekterna eller underskottet"
                    : "summan av åtgärdernas effekt innevarande år (" + sum + ") ryms i underskottet (" + deficit + ")"));
        }
        return new Handlingsplan(lines, sumHelar, sumInnevarande, underskott, howDeficit, tackningsgrad, kvarstaende,
                followUp, sumUtfall, planned, unplanned, realiserad, tackningRealiserad, kvarRealiserat,
                List.copyOf(checks));
    }

    /**
     * An amount in a message, with the unit's decimals (one for mkr) or the finer decimals typed:
     * {@code 1,6 mkr}, {@code 100 000 kr}.
     */
    static String amount(Figure f, Unit unit) {
        return SwedishFormat.withUnit(f.value(), Math.max(unit.defaultDecimals(), Math.min(f.decimals(), 3)),
                unit.symbol());
    }

    /** The headers the messages and the provenance quote, as the contract declares them. */
    private static final String EFFEKT_HELAR = Schema.ATGARDER.effektHelar.header();
    private static final String EFFEKT_INNEVARANDE_AR = Schema.ATGARDER.effektInnevarandeAr.header();
    private static final String HOURS_TIMES_COST = Schema.ATGARDER.antal.header() + " × "
            + Schema.ATGARDER.timmarPer.header() + " × " + Schema.ATGARDER.timkostnad.header();

    private static ActionLine line(Atgard a, int year, List<CheckResult> checks, Unit unit) {
        Figure timmar = a.antal().reported() && a.timmarPer().reported() ? a.antal().times(a.timmarPer()) : Figure.none();
        Figure helar = a.effektHelar();
        String helarHow = "inläst";
        Figure calculated = timmar.reported() && a.timkostnad().reported() ? timmar.times(a.timkostnad()) : Figure.none();
        if (!helar.reported() && !helar.unreadable() && calculated.reported()) {
            helar = calculated;
            helarHow = HOURS_TIMES_COST;
        } else if (helar.reported() && calculated.reported() && helar.value().compareTo(calculated.value()) != 0) {
            checks.add(new CheckResult(CheckKind.ACTIONS, false, helar.sources().first().toString(),
                    a.namn().value() + ", " + EFFEKT_HELAR, helar, calculated, BigDecimal.ZERO,
                    a.namn().value() + ": " + EFFEKT_HELAR + " är " + amount(helar, unit)
                            + " men " + HOURS_TIMES_COST + " är "
                            + amount(calculated, unit) + "; " + EFFEKT_HELAR + " används"));
        }

        Figure innevarande = a.effektInnevarande();
        String innevarandeHow = "inläst";
        Integer months = null;
        Optional<LocalDate> start = a.startdatum();
        if (!innevarande.reported() && !innevarande.unreadable() && helar.reported() && !helar.unreadable()) {
            if (start.isEmpty()) {
                innevarandeHow = "saknar startdatum";
            } else if (start.get().getYear() < year) {
                innevarande = helar;
                months = 12;
                innevarandeHow = "helår (start före " + year + ")";
            } else if (start.get().getYear() > year) {
                innevarande = helar.times(Figure.constant(BigDecimal.ZERO));
                months = 0;
                innevarandeHow = "0 (start efter " + year + ")";
            } else {
                months = 13 - start.get().getMonthValue();
                innevarande = helar.times(Figure.constant(BigDecimal.valueOf(months))).dividedBy(TWELVE);
                innevarandeHow = EFFEKT_HELAR + " × " + months + "/12 (från " + SwedishMonths.name(start.get().getMonthValue())
                        + ")";
            }
        }
        if (start.isPresent() && start.get().getYear() != year) {
            checks.add(new CheckResult(CheckKind.ACTIONS, false, a.startCell().toString(), a.namn().value() + ", " + Schema.ATGARDER.startdatum.header(),
                    Figure.none(), Figure.none(), BigDecimal.ZERO,
                    a.namn().value() + ": startdatumet " + start.get() + " ligger utanför rapportåret " + year));
        }
        if (a.effektInnevarande().reported() && helar.reported()
                && a.effektInnevarande().value().compareTo(helar.value()) > 0) {
            checks.add(new CheckResult(CheckKind.ACTIONS, false, a.effektInnevarande().sources().first().toString(),
                    a.namn().value() + ", " + EFFEKT_INNEVARANDE_AR, a.effektInnevarande(), helar, BigDecimal.ZERO,
                    a.namn().value() + ": " + EFFEKT_INNEVARANDE_AR + " ("
                            + amount(a.effektInnevarande(), unit)
                            + ") är större än " + EFFEKT_HELAR + " (" + amount(helar, unit)
                            + "); ett år kan inte ge mer än ett helt år"));
        }
        Figure andel = a.utfallHittills().reported() ? a.utfallHittills().percentOf(innevarande) : Figure.none();
        return new ActionLine(a, helar, helarHow, innevarande, innevarandeHow, months, timmar, andel);
    }
}
