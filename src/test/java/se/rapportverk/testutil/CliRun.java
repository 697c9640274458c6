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
 * @param stray  what something printed past the command's own streams, on {@code System.out} or
 *               {@code System.err} (a library's own messages, which would reach the user too)
 */
public record CliRun(int status, String out, String err, String stray) {

    /** Runs {@code rapportverk ARGS}. */
    public static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream stray = new ByteArrayOutputStream();
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        int status;
        try {
            PrintStream capture = new PrintStream(stray, true, StandardCharsets.UTF_8);
            System.setOut(capture);
            System.setErr(capture);
            status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        return new CliRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8),
                stray.toString(StandardCharsets.UTF_8));
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
