package se.rapportverk.cli;

import java.io.PrintStream;
import java.util.List;

import se.rapportverk.workbook.Diagnostics;
import se.rapportverk.workbook.Issue;

/** Prints findings and results for people, in Swedish. Errors go to the error stream. */
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

    /** Prints every warning (to standard output) and every error (to the error stream). */
    void issues(Diagnostics diagnostics) {
        List<Issue> warnings = diagnostics.warnings();
        List<Issue> errors = diagnostics.errors();
        if (!warnings.isEmpty()) {
            out.println(count(warnings.size(), "varning", "varningar") + ":");
            warnings.forEach(i -> out.println("  " + i));
        }
        if (!errors.isEmpty()) {
            err.println(count(errors.size(), "fel", "fel") + ":");
            errors.forEach(i -> err.println("  " + i));
        }
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
