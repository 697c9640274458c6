package se.rapportverk.cli;

import java.io.PrintWriter;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Map;

/**
 * A progress bar for a batch, drawn on one line of the terminal and redrawn in place:
 * <pre>
 *   37 av 290 arbetsböcker  [#######.....................]  12 %  0:05
 * </pre>
 * Shown only when a person is watching: Java has a console that is a terminal, the command's
 * streams are the process's own, the environment is not CI ({@code CI} set) and the terminal is not
 * {@code dumb}. Output redirected to a file or a pipe, a log and CI get no bar, so what they hold
 * is the same as without it. The bar goes to the console (the terminal), never into the output
 * streams.
 */
final class Progress {

    private static final int WIDTH = 28;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintWriter terminal;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private long drawn = Long.MIN_VALUE;
    private int shownLength;

    private Progress(PrintWriter terminal, int total) {
        this.terminal = terminal;
        this.total = total;
    }

    /** No bar: the run is not watched on a terminal. */
    static Progress none() {
        return new Progress(null, 0);
    }

    /**
     * A bar for {@code total} items, when a person is watching (see the class comment), else none.
     *
     * @param console the command's streams: a bar only when they are the process's own
     */
    static Progress forBatch(Console console, int total) {
        if (console.out() != System.out || console.err() != System.err || !watched(System.getenv())) {
            return none();
        }
        java.io.Console c = System.console();
        Progress p = new Progress(c.writer(), total);
        p.draw(true);
        return p;
    }

    /** Whether a person is watching on a terminal: a console that is a terminal, not CI, not a dumb terminal. */
    static boolean watched(Map<String, String> env) {
        if (env.containsKey("CI") || "dumb".equals(env.get("TERM"))) {
            return false;
        }
        java.io.Console c = System.console();
        return c != null && isTerminal(c);
    }

    /**
     * Java 22 and later give a console even when the streams are redirected, and say with
     * {@code isTerminal()} whether it is one; before that, a console is a terminal.
     */
    private static boolean isTerminal(java.io.Console c) {
        try {
            Method m = java.io.Console.class.getMethod("isTerminal");
            return (Boolean) m.invoke(c);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return false;
        }
    }

    boolean shown() {
        return terminal != null;
    }

    /** One more item is done (from any thread). */
    synchronized void done(int doneSoFar) {
        if (terminal == null) {
            return;
        }
        done = Math.max(done, doneSoFar);
        draw(done == total);
    }

    /**
     * Prints something below the bar: the bar is taken away, {@code print} runs, the bar comes back.
     */
    synchronized void around(Runnable print) {
        if (terminal == null) {
            print.run();
            return;
        }
        clear();
        print.run();
        System.out.flush();
        System.err.flush();
        draw(true);
    }

    /** Takes the bar away for good. */
    synchronized void finish() {
        if (terminal != null) {
            clear();
        }
    }

    private void clear() {
        terminal.print("\r" + " ".repeat(shownLength) + "\r");
        terminal.flush();
        shownLength = 0;
    }

    private void draw(boolean now) {
        long t = System.nanoTime();
        if (!now && t - drawn < REDRAW_NANOS) {
            return;
        }
        drawn = t;
        String line = line(done, total, (t - start) / 1_000_000_000L);
        terminal.print("\r" + line);
        terminal.flush();
        shownLength = line.length();
    }

    /** The bar's text: {@code "  37 av 290 arbetsböcker  [#######....]  12 %  0:05"}. */
    static String line(int done, int total, long seconds) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        int percent = total == 0 ? 100 : (int) (100L * done / total);
        return String.format(Locale.ROOT, "%4d av %d arbetsböcker  [%s%s] %3d %%  %d:%02d", done, total,
                "#".repeat(filled), ".".repeat(WIDTH - filled), percent, seconds / 60, seconds % 60);
    }
}
