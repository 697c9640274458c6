package se.rapportverk.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.RapportField;
import se.rapportverk.workbook.Schema;
import se.rapportverk.workbook.Workbook;
import se.rapportverk.workbook.WorkbookTexts;

/**
 * Everything calculated from one workbook, and the results of every check. Pure: the same
 * workbook always gives the same calculation.
 *
 * @param resultatrakning   the calculated Resultaträkning
 * @param driftsredovisning the calculated Driftsredovisning
 * @param volymer           the volume follow-up
 * @param investeringar     the investment statement
 * @param externaUtforare   the external providers' shares
 * @param malSummary        the count of goals per assessment
 * @param handlingsplan     the calculated actions
 * @param bemanning         the staffing room per unit, the total last
 * @param nyckeltal         the key figures' series
 * @param flerarsoversikt   the multi-year overview
 * @param prognosunderlag   the forecast methods' figures for the nämnd and every Driftsredovisning row
 * @param textFigures       the figures a text may name in braces
 * @param checks            every comparison of every check, in contract order
 */
public record Calculation(Optional<AmountStatement> resultatrakning, Optional<AmountStatement> driftsredovisning,
                          Optional<List<VolymLine>> volymer, Optional<Investeringar> investeringar,
                          Optional<List<ExternLine>> externaUtforare, Optional<MalSummary> malSummary,
                          Optional<Handlingsplan> handlingsplan, Optional<List<BemanningLine>> bemanning,
                          Optional<List<NyckeltalSeries>> nyckeltal, Optional<Flerarsoversikt> flerarsoversikt,
                          Optional<Prognosunderlag> prognosunderlag, TextFigures textFigures,
                          List<CheckResult> checks) {

    /** Calculates every table of a workbook and runs every check. */
    public static Calculation of(Workbook workbook) {
        return of(workbook, WorkbookTexts.all(workbook));
    }

    /**
     * Calculates every table of a workbook and runs every check.
     *
     * @param texts the workbook's texts, as {@link WorkbookTexts#all} gives them (for a caller that needs them too)
     */
    public static Calculation of(Workbook workbook, List<WorkbookTexts.Entry> texts) {
        Optional<AmountStatement> rr = workbook.resultatrakning().map(AmountStatement::resultatrakning);
        Optional<AmountStatement> drift = workbook.driftsredovisning().map(AmountStatement::driftsredovisning);
        Optional<Investeringar> inv = workbook.investeringar().map(Investeringar::calculate);

        Checks checks = new Checks(workbook.rapport().amountUnit());
        List<CheckResult> results = new ArrayList<>();
        rr.ifPresent(s -> results.addAll(checks.givenTotals(s)));
        drift.ifPresent(s -> results.addAll(checks.givenTotals(s)));
        inv.ifPresent(i -> results.addAll(checks.givenTotals(i)));
        if (rr.isPresent() && drift.isPresent()) {
            results.addAll(checks.driftAgainstResultat(drift.get(), rr.get()));
        }
        workbook.resultatrakning().ifPresent(s -> results.addAll(checks.signs(s)));
        workbook.driftsredovisning().ifPresent(s -> results.addAll(checks.rowSigns(s)));
        workbook.resultatrakning().ifPresent(s -> results.addAll(checks.periods(s)));
        workbook.driftsredovisning().ifPresent(s -> results.addAll(checks.periods(s)));

        Optional<Handlingsplan> plan = workbook.atgarder().map(actions -> {
            Optional<Figure> deficit = workbook.rapport().deficit();
            String how = deficit.map(d -> Schema.RAPPORT.name() + "!" + RapportField.UNDERSKOTT.label() + " ("
                    + d.sources().first() + ")").orElse("");
            if (deficit.isEmpty()) {
                Optional<AmountStatement> statement = rr.isPresent() ? rr : drift;
                Optional<Figure> net = statement.map(s -> s.total().shownAvvikelse().figure())
                        .filter(f -> f.reported() && f.value().signum() < 0);
                deficit = net.map(Figure::negate);
                how = net.isPresent() ? "minus avvikelsen prognos mot budget i "
                        + (rr.isPresent() ? "resultaträkningen" : "driftsredovisningen") : "";
            }
            return Handlingsplan.calculate(actions, workbook.rapport().year(), deficit, how,
                    workbook.rapport().amountUnit());
        });
        plan.ifPresent(p -> results.addAll(p.checks()));

        Optional<List<BemanningLine>> bemanning = workbook.bemanning().map(units -> {
            List<BemanningLine> lines = new ArrayList<>(units.stream()
                    .map(b -> BemanningLine.of(b, workbook.rapport().annualHours())).toList());
            lines.add(BemanningLine.total(lines));
            return List.copyOf(lines);
        });

        Optional<Integer> period = workbook.rapport().period();
        workbook.manadsutfall().ifPresent(m -> results.addAll(checks.months(m, rr, drift, period)));
        Optional<Prognosunderlag> forecasts = Prognosunderlag.of(rr, drift, workbook.manadsutfall(), period);
        forecasts.ifPresent(f -> results.addAll(f.checks(workbook.rapport().amountUnit())));

        Optional<List<VolymLine>> volymer = workbook.volymer().map(v -> Volymer.calculate(v, drift));
        Optional<MalSummary> mal = workbook.mal().map(MalSummary::of);
        Optional<List<ExternLine>> extern = workbook.externaUtforare().map(rows -> rows.stream().map(ExternLine::of)
                .toList());
        extern.ifPresent(lines -> results.addAll(checks.givenShares(lines)));
        TextFigures figures = TextFigures.of(rr, drift, forecasts, inv, mal, volymer, plan);
        results.addAll(new TextFigureChecks(figures, workbook.rapport().amountUnit())
                .check(texts));

        return new Calculation(rr, drift, volymer, inv, extern, mal, plan, bemanning,
                workbook.nyckeltal().map(NyckeltalSeries::of),
                workbook.flerarsoversikt().map(Flerarsoversikt::of),
                forecasts, figures, sorted(results));
    }

    /** The results in the contract's order of checks, each check's results in the order made. */
    private static List<CheckResult> sorted(List<CheckResult> results) {
        return results.stream().sorted(java.util.Comparator.comparingInt(r -> r.kind().number())).toList();
    }

    /** The checks that failed. */
    public List<CheckResult> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
