package se.rapportverk.calc;

/**
 * The checks, numbered as the contract numbers them (1–5) and as Rapportverk adds them (6–9, see
 * docs/arbetsbok.md): Månadsutfall against the period, the Prognos against the forecast methods, the
 * figures a text names in braces, and the figures a text types.
 */
public enum CheckKind {
    GIVEN_TOTALS(1, "Angivna summor och avvikelser", true, false),
    DRIFT_AGAINST_RESULTAT(2, "Driftsredovisningen mot resultaträkningen", true, false),
    SIGNS(3, "Tecken på intäkter och kostnader", false, false),
    ACTIONS(4, "Åtgärdernas effekter", false, false),
    PERIODS(5, "Perioden mot helåret", false, false),
    MONTHS(6, "Månadsutfallet mot perioden", true, false),
    FORECASTS(7, "Prognosen mot prognosmetoderna", false, false),
    FIGURE_REFERENCES(8, "Hänvisningar till beräknade tal i texter", false, true),
    TYPED_FIGURES(9, "Tal skrivna i texter mot de beräknade", false, false);

    private final int number;
    private final String title;
    private final boolean discrepancy;
    private final boolean error;

    CheckKind(int number, String title, boolean discrepancy, boolean error) {
        this.number = number;
        this.title = title;
        this.discrepancy = discrepancy;
        this.error = error;
    }

    /**
     * Whether a failure is always an error (check 8: a text naming a figure that does not exist, which
     * the document could not show); the other checks warn, or are errors with {@code --strict}.
     */
    public boolean error() {
        return error;
    }

    /** The contract's number of the check. */
    public int number() {
        return number;
    }

    /** A Swedish title. */
    public String title() {
        return title;
    }

    /**
     * Whether a failure is a discrepancy between figures (checks 1, 2 and 6), which {@code --strict}
     * turns into an error; checks 3, 4, 5, 7 and 9 only ever warn.
     */
    public boolean discrepancy() {
        return discrepancy;
    }
}
