package se.rapportverk.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What the user is told when something unexpected stops a command: running out of memory (exit
 * status 4, with what to do), and any other error or unexpected exception (an internal error, exit
 * status 3). The text is Swedish; the exception's own (English) text and trace are shown only with
 * {@code RAPPORTVERK_DEBUG=1}.
 */
final class Failures {

    /** The environment variable the launchers read for Java's maximum heap ({@code 4g}). */
    static final String MEMORY_VARIABLE = "RAPPORTVERK_MINNE";
    /** The environment variable that shows the details of an internal error. */
    static final String DEBUG_VARIABLE = "RAPPORTVERK_DEBUG";

    /**
     * Memory set aside at start and given back when memory runs out, so that the message can still
     * be made and printed.
     */
    private static volatile byte[] reserve = new byte[1 << 20];

    private Failures() {
    }

    /** Loads and initialises this class (and its reserve of memory) before it is needed. */
    static void ready() {
        // Nothing to do: calling it is what initialises the class.
    }

    /**
     * Tells the user about a failure and gives the exit status.
     *
     * @param t       what was thrown
     * @param subject the file being worked on ({@code a.xlsx}), or empty
     * @param err     the error stream
     * @return {@link ExitCode#OUT_OF_MEMORY} or {@link ExitCode#FAILURE}
     */
    static int report(Throwable t, String subject, PrintStream err) {
        if (hasOutOfMemory(t)) {
            reserve = null;
            err.println(outOfMemory(subject, Runtime.getRuntime().maxMemory()));
            debug(t, err);
            reserve = new byte[1 << 20];
            return ExitCode.OUT_OF_MEMORY;
        }
        err.println(internal(t, subject));
        debug(t, err);
        return ExitCode.FAILURE;
    }

    static boolean hasOutOfMemory(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof OutOfMemoryError) {
                return true;
            }
            if (c.getCause() == c) {
                break;
            }
        }
        return false;
    }

    /** The message for running out of memory, with a heap size to try that is twice the one used. */
    static String outOfMemory(String subject, long maxHeapBytes) {
        long mib = maxHeapBytes / (1024 * 1024);
        long suggestGib = Math.max(2, (2 * mib + 1023) / 1024);
        return "Minnet räckte inte: Rapportverk fick slut på arbetsminne" + with(subject) + " (Java hade högst "
                + String.format(Locale.ROOT, "%,d", mib).replace(',', '\u00A0') + " MiB).\n"
                + "Ge Rapportverk mer minne och kör igen: sätt miljövariabeln " + MEMORY_VARIABLE + ", till exempel "
                + MEMORY_VARIABLE + "=" + suggestGib + "g (startskriptet ger då Java " + suggestGib
                + " GiB), eller starta Java med -Xmx" + suggestGib + "g.\n"
                + "Inga filer skrevs" + forFile(subject) + "; inget halvskrivet finns kvar.";
    }

    /** The message for an internal error: Swedish only, and where it happened. */
    static String internal(Throwable t, String subject) {
        String kind = t instanceof StackOverflowError ? " (för djup nästling, till exempel i en mall eller en fil)" : "";
        return "Internt fel i Rapportverk" + with(subject) + kind + ": ett programfel, inte ett fel i det du gav.\n"
                + "Inga filer skrevs" + forFile(subject) + "; inget halvskrivet finns kvar.\n"
                + "Kör samma kommando med miljövariabeln " + DEBUG_VARIABLE + "=1 för att se de tekniska detaljerna, "
                + "och skicka dem till den som förvaltar Rapportverk.";
    }

    private static String with(String subject) {
        return subject.isEmpty() ? "" : " med " + subject;
    }

    private static String forFile(String subject) {
        return subject.isEmpty() ? "" : " för " + subject;
    }

    /** The exception behind a message already printed in Swedish, with {@code RAPPORTVERK_DEBUG=1}. */
    static void debugDetails(Throwable t, PrintStream err) {
        debug(t, err);
    }

    private static void debug(Throwable t, PrintStream err) {
        if (System.getenv(DEBUG_VARIABLE) != null) {
            err.println("Tekniska detaljer (" + DEBUG_VARIABLE + "):");
            t.printStackTrace(err);
        }
    }

    /** Whether a failure is one a command should catch and report rather than let pass. */
    static boolean unexpected(Throwable t) {
        return t instanceof RuntimeException || t instanceof Error;
    }
}
