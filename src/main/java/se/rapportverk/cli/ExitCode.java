package se.rapportverk.cli;

/** What the exit status of the rapportverk command means. */
public final class ExitCode {

    /** Everything worked (warnings may have been printed). */
    public static final int OK = 0;
    /** The workbook has errors (or discrepancies under --strict); nothing was written. */
    public static final int WORKBOOK_ERRORS = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The documents could not be made or written (templates, disk); nothing was half-written. */
    public static final int FAILURE = 3;

    private ExitCode() {
    }
}
