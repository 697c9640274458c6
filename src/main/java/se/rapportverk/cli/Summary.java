package se.rapportverk.cli;

import java.util.List;
import java.util.Locale;

/**
 * The summary that ends a run over several workbooks, one line per workbook in the order given,
 * and a last line that counts them and gives the exit status:
 * <pre>
 * Sammanfattning:
 *   arbetsbok                          dokument  varningar  fel  utfall
 *   input-examples/atgardsplan.xlsx           1          0    0  klar
 *   input-examples/trasig.xlsx                0          0    2  fel i arbetsboken
 * 2 arbetsböcker: 1 klar, 1 med fel i arbetsboken. Slutstatus 1.
 * </pre>
 * It holds nothing that changes from run to run (no times), so that a run's output can be compared
 * with another's.
 */
final class Summary {

    private Summary() {
    }

    static String of(List<GenerateCommand.Outcome> outcomes) {
        int width = "arbetsbok".length();
        for (GenerateCommand.Outcome o : outcomes) {
            width = Math.max(width, o.workbook().toString().length());
        }
        StringBuilder sb = new StringBuilder("Sammanfattning:\n");
        sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %8s  %9s  %4s  %s%n", "arbetsbok", "dokument",
                "varningar", "fel", "utfall"));
        int[] byStatus = new int[ExitCode.OUT_OF_MEMORY + 1];
        int worst = ExitCode.OK;
        for (GenerateCommand.Outcome o : outcomes) {
            GenerateCommand.Result r = o.result();
            sb.append(String.format(Locale.ROOT, "  %-" + width + "s  %8d  %9s  %4s  %s%n", o.workbook(), r.documents(),
                    count(r.warnings()), count(r.errors()), verdict(r.status())));
            byStatus[r.status()]++;
            worst = Math.max(worst, r.status());
        }
        StringBuilder last = new StringBuilder();
        last.append(Console.count(outcomes.size(), "arbetsbok", "arbetsböcker")).append(": ");
        String sep = "";
        for (int status = 0; status < byStatus.length; status++) {
            if (byStatus[status] > 0) {
                last.append(sep).append(byStatus[status]).append(' ').append(group(status, byStatus[status]));
                sep = ", ";
            }
        }
        last.append(". Slutstatus ").append(worst).append('.');
        sb.append(last).append('\n');
        return sb.toString().replace("\r\n", "\n").replace("\n", System.lineSeparator());
    }

    private static String count(int n) {
        return n < 0 ? "–" : Integer.toString(n);
    }

    /** The last column: what became of the workbook. */
    static String verdict(int status) {
        return switch (status) {
            case ExitCode.OK -> "klar";
            case ExitCode.WORKBOOK_ERRORS -> "fel i arbetsboken";
            case ExitCode.USAGE -> "fel i kommandot";
            case ExitCode.FAILURE -> "kunde inte göras";
            default -> "minnet räckte inte";
        };
    }

    private static String group(int status, int n) {
        return switch (status) {
            case ExitCode.OK -> n == 1 ? "klar" : "klara";
            case ExitCode.WORKBOOK_ERRORS -> "med fel i arbetsboken";
            case ExitCode.USAGE -> "med fel i kommandot";
            case ExitCode.FAILURE -> "kunde inte göras";
            default -> "fick slut på minne";
        };
    }
}
