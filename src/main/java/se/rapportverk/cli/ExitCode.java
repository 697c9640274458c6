package se.rapportverk.cli;

/** What the exit status of the rapportverk command means. */
public final class ExitCode {

    /** Everything worked (warnings may have been printed). */
    public static final int OK = 0;
    /**
     * The input has errors: the workbook (or discrepancies under --strict), the PDF given to
     * {@code extract}; for {@code verify}, files that differ. Nothing was written.
     */
    public static final int WORKBOOK_ERRORS = 1;
    /**
     * The command line was wrong, or the house style given with {@code --husstil} cannot be used (or
     * {@code extract} would overwrite a file without --force).
     */
    public static final int USAGE = 2;
    /**
     * The documents could not be made or written (templates, disk, an internal error); nothing was
     * half-written.
     */
    public static final int FAILURE = 3;
    /** Java ran out of memory; nothing was half-written. More memory: RAPPORTVERK_MINNE. */
    public static final int OUT_OF_MEMORY = 4;

    private ExitCode() {
    }

    /** The exit codes, one a line, for the overview. */
    static String summary() {
        return "Slutstatus:\n"
                + "  " + OK + "  klart (varningar kan finnas)\n"
                + "  " + WORKBOOK_ERRORS + "  fel i arbetsboken eller PDF:en, inget skrevs (för verify: filer som skiljer sig)\n"
                + "  " + USAGE + "  fel i kommandot eller i husstilen\n"
                + "  " + FAILURE + "  dokumenten kunde inte göras eller skrivas; inget halvskrivet blir kvar\n"
                + "  " + OUT_OF_MEMORY + "  minnet räckte inte; ge Rapportverk mer minne med " + Failures.MEMORY_VARIABLE
                + "=4g";
    }
}
