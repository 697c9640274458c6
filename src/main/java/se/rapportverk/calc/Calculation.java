package se.rapportverk.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.rapportverk.workbook.Workbook;

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
 * @param checks            every comparison of every check, in contract order
 */
public record Calculation(Optional<AmountStatement> resultatrakning, Optional<AmountStatement> driftsredovisning,
                          Optional<List<VolymLine>> volymer, Optional<Investeringar> investeringar,
                          Optional<List<ExternLine>> externaUtforare, Optional<MalSummary> malSummary,
                          List<CheckResult> checks) {

    /** Calculates every table of a workbook and runs every check. */
    public static Calculation of(Workbook workbook) {
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
        workbook.resultatrakning().ifPresent(s -> results.addAll(checks.periods(s)));
        workbook.driftsredovisning().ifPresent(s -> results.addAll(checks.periods(s)));

        return new Calculation(rr, drift,
                workbook.volymer().map(v -> Volymer.calculate(v, drift)),
                inv,
                workbook.externaUtforare().map(rows -> rows.stream().map(ExternLine::of).toList()),
                workbook.mal().map(MalSummary::of),
                List.copyOf(results));
    }

    /** The checks that failed. */
    public List<CheckResult> failures() {
        return checks.stream().filter(c -> !c.passed()).toList();
    }
}
