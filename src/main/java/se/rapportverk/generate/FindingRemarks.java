package se.rapportverk.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.rapportverk.calc.CheckResult;
import se.rapportverk.document.Remark;
import se.rapportverk.document.Sources;
import se.rapportverk.report.SourceCells;
import se.rapportverk.workbook.Issue;
import se.rapportverk.workbook.Severity;

/**
 * The workbook's warnings as remarks for the Word file: each one's text as the console writes it
 * ({@code Resultaträkning!E5: Summa intäkter …}), and the places it concerns, the most telling first:
 * the cell a check names as the likely cause (when it names exactly one; of several candidates none
 * is singled out), then the finding's own place, then the cells the check compared.
 */
final class FindingRemarks {

    private FindingRemarks() {
    }

    /**
     * @param findings every finding, in the order they are printed (errors are left out: with an error
     *                 no document is made)
     * @param checks   the check behind a finding, where there is one (by identity)
     */
    static List<Remark> of(List<Issue> findings, Map<Issue, CheckResult> checks) {
        List<Remark> remarks = new ArrayList<>();
        for (Issue issue : findings) {
            if (issue.severity() != Severity.WARNING) {
                continue;
            }
            List<Sources> where = new ArrayList<>();
            CheckResult check = checks.get(issue);
            if (check != null && check.cause().size() == 1) {
                where.add(SourceCells.of(check.cause()));
            }
            where.add(Sources.ofPlace(issue.place()));
            if (check != null) {
                where.add(SourceCells.of(check.given().sources()));
            }
            remarks.add(new Remark(issue.toString(), where));
        }
        return remarks;
    }
}
