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
 * @param sumUtfall       Σ Utfall hittills
 * @param realiseradAndel the realised share in total: Σ Utfall hittills / Σ Effekt innevarande år over the
 *                        actions that have a planned amount for the year (an action whose effect is only a
 *                        text has nothing to be a share of), in percent
 * @param checks          the comparisons of check 4
 */
public record Handlingsplan(List<ActionLine> lines, Figure sumHelar, Figure sumInnevarande, Optional<Figure> underskott,
                            String underskottHow, Figure tackningsgrad, Figure kvarstaende, boolean followUp,
                            Figure sumUtfall, Figure realiseradAndel, List<CheckResult> checks) {

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
        List<ActionLine> planned = lines.stream().filter(l -> l.effektInnevarande().reported()).toList();
        Figure realiserad = followUp
                ? Figure.sum(planned.stream().map(l -> l.atgard().utfallHittills()).toList())
                        .percentOf(Figure.sum(planned.stream().map(ActionLine::effektInnevarande).toList()))
                : Figure.none();
        if (underskott.isPresent() && sumInnevarande.reported()) {
            Figure u = underskott.get();
            boolean over = sumInnevarande.value().compareTo(u.value()) > 0;
            String sum = SwedishFormat.withUnit(sumInnevarande.value(), 0, unit.symbol());
            String deficit = SwedishFormat.withUnit(u.value(), 0, unit.symbol());
            checks.add(new CheckResult(CheckKind.ACTIONS, !over, "Åtgärder", "Summa effekt innevarande år mot underskottet",
                    sumInnevarande, u, BigDecimal.ZERO, over
                    ? "summan av åtgärdernas effekt innevarande år (" + sum + ", "
                            + CellRanges.describe(sumInnevarande.sources(), null) + ") är större än underskottet ("
                            + deficit + "); kontrollera effekterna eller underskottet"
                    : "summan av åtgärdernas effekt innevarande år (" + sum + ") ryms i underskottet (" + deficit + ")"));
        }
        return new Handlingsplan(lines, sumHelar, sumInnevarande, underskott, howDeficit, tackningsgrad, kvarstaende,
                followUp, sumUtfall, realiserad, List.copyOf(checks));
    }

    private static ActionLine line(Atgard a, int year, List<CheckResult> checks, Unit unit) {
        Figure timmar = a.antal().reported() && a.timmarPer().reported() ? a.antal().times(a.timmarPer()) : Figure.none();
        Figure helar = a.effektHelar();
        String helarHow = "inläst";
        Figure calculated = timmar.reported() && a.timkostnad().reported() ? timmar.times(a.timkostnad()) : Figure.none();
        if (!helar.reported() && calculated.reported()) {
            helar = calculated;
            helarHow = "Antal × Timmar per × Timkostnad";
        } else if (helar.reported() && calculated.reported() && helar.value().compareTo(calculated.value()) != 0) {
            checks.add(new CheckResult(CheckKind.ACTIONS, false, helar.sources().first().toString(),
                    a.namn().value() + ", Effekt helår", helar, calculated, BigDecimal.ZERO,
                    a.namn().value() + ": Effekt helår är " + SwedishFormat.withUnit(helar.value(), 0, unit.symbol())
                            + " men Antal × Timmar per × Timkostnad är "
                            + SwedishFormat.withUnit(calculated.value(), 0, unit.symbol()) + "; Effekt helår används"));
        }

        Figure innevarande = a.effektInnevarande();
        String innevarandeHow = "inläst";
        Integer months = null;
        Optional<LocalDate> start = a.startdatum();
        if (!innevarande.reported() && helar.reported()) {
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
                innevarandeHow = "Effekt helår × " + months + "/12 (från " + SwedishMonths.name(start.get().getMonthValue())
                        + ")";
            }
        }
        if (start.isPresent() && start.get().getYear() != year) {
            checks.add(new CheckResult(CheckKind.ACTIONS, false, a.startCell().toString(), a.namn().value() + ", Startdatum",
                    Figure.none(), Figure.none(), BigDecimal.ZERO,
                    a.namn().value() + ": startdatumet " + start.get() + " ligger utanför rapportåret " + year));
        }
        if (a.effektInnevarande().reported() && helar.reported()
                && a.effektInnevarande().value().compareTo(helar.value()) > 0) {
            checks.add(new CheckResult(CheckKind.ACTIONS, false, a.effektInnevarande().sources().first().toString(),
                    a.namn().value() + ", Effekt innevarande år", a.effektInnevarande(), helar, BigDecimal.ZERO,
                    a.namn().value() + ": Effekt innevarande år ("
                            + SwedishFormat.withUnit(a.effektInnevarande().value(), 0, unit.symbol())
                            + ") är större än Effekt helår (" + SwedishFormat.withUnit(helar.value(), 0, unit.symbol())
                            + "); ett år kan inte ge mer än ett helt år"));
        }
        Figure andel = a.utfallHittills().reported() ? a.utfallHittills().percentOf(innevarande) : Figure.none();
        return new ActionLine(a, helar, helarHow, innevarande, innevarandeHow, months, timmar, andel);
    }
}
