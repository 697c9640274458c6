package se.rapportverk.calc;

/** The checks of contract v1, numbered as the contract numbers them. */
public enum CheckKind {
    GIVEN_TOTALS(1, "Angivna summor och avvikelser", true),
    DRIFT_AGAINST_RESULTAT(2, "Driftsredovisningen mot resultaträkningen", true),
    SIGNS(3, "Tecken på intäkter och kostnader", false),
    ACTIONS(4, "Åtgärdernas effekter", false),
    PERIODS(5, "Perioden mot helåret", false);

    private final int number;
    private final String title;
    private final boolean discrepancy;

    CheckKind(int number, String title, boolean discrepancy) {
        this.number = number;
        this.title = title;
        this.discrepancy = discrepancy;
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
     * Whether a failure is a discrepancy between figures (checks 1 and 2), which {@code --strict}
     * turns into an error; the other checks only ever warn.
     */
    public boolean discrepancy() {
        return discrepancy;
    }
}
