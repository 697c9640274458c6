package se.rapportverk.cli;

import java.io.PrintStream;
import java.util.List;

import se.rapportverk.workbook.Diagnostics;
import se.rapportverk.workbook.Issue;
import se.rapportverk.workbook.Severity;

/**
 * Prints findings and results for people, in Swedish. Results (files written, verdicts) go to
 * standard output; findings about the input (errors and warnings, in one list in the order they
 * were found) and failures go to the error stream.
 */
final class Console {

    private final PrintStream out;
    private final PrintStream err;

    Console(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /**
     * Prints every error and warning in the order found, after a heading that counts them:
     * <pre>
     * 1 fel och 2 varningar:
     *   fel      Resultaträkning!E3: "12,3x" är inte ett tal …
     *   varning  Mål!D4: …
     * </pre>
     */
    void issues(Diagnostics diagnostics) {
        List<Issue> issues = diagnostics.issues();
        if (issues.isEmpty()) {
            return;
        }
        int errors = diagnostics.errors().size();
        int warnings = diagnostics.warnings().size();
        err.println((errors > 0 && warnings > 0 ? count(errors, "fel", "fel") + " och " + count(warnings, "varning", "varningar")
                : errors > 0 ? count(errors, "fel", "fel") : count(warnings, "varning", "varningar")) + ":");
        for (Issue i : issues) {
            err.println("  " + label(i.severity()) + i);
        }
    }

    /** {@code "fel      "} or {@code "varning  "}: the severity, padded so the places line up. */
    static String label(Severity severity) {
        return String.format(java.util.Locale.ROOT, "%-9s", severity.swedish());
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
