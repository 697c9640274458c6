package se.rapportverk.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import se.rapportverk.workbook.Names;

/** Swedish wording of picocli's command-line errors, with a suggestion for what was misspelled. */
final class Messages {

    private Messages() {
    }

    static String parameterError(CommandLine.ParameterException ex) {
        CommandLine where = ex.getCommandLine();
        if (ex instanceof CommandLine.MissingParameterException missing) {
            List<String> parts = new ArrayList<>();
            for (ArgSpec arg : missing.getMissing()) {
                parts.add(arg.isOption()
                        ? "flaggan " + ((OptionSpec) arg).longestName() + " behöver ett värde (" + arg.paramLabel() + ")"
                        : "saknar " + arg.paramLabel());
            }
            return String.join("; ", parts);
        }
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> args = unmatched.getUnmatched();
            String first = args.isEmpty() ? "" : args.get(0);
            if (first.startsWith("-") && first.length() > 1) {
                return "okänd flagga " + first + suggestion(first, optionNames(where)).orElse("");
            }
            if (where.getParent() == null) {
                return unknownCommand(first, Main.SUMMARIES.keySet());
            }
            return "för många argument: " + String.join(" ", args);
        }
        if (ex instanceof CommandLine.OverwrittenOptionException overwritten) {
            return label(overwritten.getOverwritten()) + " angavs två gånger";
        }
        if (ex instanceof CommandLine.MaxValuesExceededException) {
            return "för många argument";
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            return "ogiltigt värde för " + label(ex.getArgSpec()) + ": \"" + ex.getValue() + "\"";
        }
        if (ex.getArgSpec() != null) {
            return "ogiltigt värde för " + label(ex.getArgSpec());
        }
        return "kommandot kunde inte tolkas";
    }

    /** {@code okänt kommando "genrate"; menade du generate?} */
    static String unknownCommand(String typed, Collection<String> commands) {
        return "okänt kommando \"" + typed + "\"" + suggestion(typed, commands)
                .orElse("; välj ett av " + String.join(", ", commands));
    }

    /** {@code ; menade du generate?}, when a known word is close enough to be what was meant. */
    static Optional<String> suggestion(String typed, Collection<String> known) {
        if (typed.isBlank()) {
            return Optional.empty();
        }
        Optional<String> prefix = known.stream().filter(k -> k.startsWith(typed) && typed.length() >= 2).findFirst();
        if (prefix.isPresent() && known.stream().filter(k -> k.startsWith(typed)).count() == 1) {
            return Optional.of("; menade du " + prefix.get() + "?");
        }
        if (Names.key(typed).length() < 3) {
            return Optional.empty();
        }
        return Names.closest(typed, known).map(k -> "; menade du " + k + "?");
    }

    /** The options of a command, longest names first (so {@code --out} rather than {@code -o}). */
    private static List<String> optionNames(CommandLine where) {
        return where.getCommandSpec().options().stream()
                .flatMap(o -> java.util.Arrays.stream(o.names()))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .collect(Collectors.toList());
    }

    private static String label(ArgSpec arg) {
        return arg.isOption() ? "flaggan " + ((OptionSpec) arg).longestName() : arg.paramLabel();
    }
}
