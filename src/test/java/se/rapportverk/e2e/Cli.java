package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import se.rapportverk.cli.Main;

/** The command line as a user runs it, with its output captured. */
final class Cli {

    /** What one command did: exit status and what it printed. */
    record Run(int status, String out, String err) {
        String all() {
            return out + err;
        }

        /** Output with no-break spaces made ordinary, for comparing with text typed in a test. */
        String plain() {
            return all().replace('\u00A0', ' ');
        }

        void assertNoStackTrace() {
            assertFalse(all().contains("Exception"), all());
            assertFalse(all().contains("\tat "), all());
        }
    }

    private Cli() {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
