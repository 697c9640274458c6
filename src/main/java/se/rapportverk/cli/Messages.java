package se.rapportverk.cli;

import java.util.stream.Collectors;

import picocli.CommandLine;

/** Swedish wording of picocli's command-line errors. */
final class Messages {

    private Messages() {
    }

    static String parameterError(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return "saknar " + missing.getMissing().stream().map(Messages::label).collect(Collectors.joining(", "));
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            String what = String.join(" ", unmatched.getUnmatched());
            return what.startsWith("-") ? "okänd flagga " + what : "okänt argument " + what;
        }
        if (ex instanceof CommandLine.OverwrittenOptionException) {
            return "en flagga angavs två gånger";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "för många argument";
        }
        return ex.getMessage();
    }

    private static String label(CommandLine.Model.ArgSpec arg) {
        return arg.isOption() ? ((CommandLine.Model.OptionSpec) arg).longestName() : arg.paramLabel();
    }
}
