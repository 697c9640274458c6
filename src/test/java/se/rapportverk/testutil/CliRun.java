package se.rapportverk.testutil;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import se.rapportverk.cli.Main;

/**
 * One run of the command line in this JVM, as a user runs it, with what it printed.
 *
 * @param status the exit status
 * @param out    standard output
 * @param err    the error stream
 */
public record CliRun(int status, String out, String err) {

    /** Runs {@code rapportverk ARGS}. */
    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Everything printed. */
    public String all() {
        return out + err;
    }

    /** Everything printed, no-break spaces made ordinary (to compare with text typed in a test). */
    public String plain() {
        return all().replace('\u00A0', ' ');
    }
}
