package se.rapportverk.calc;

import se.rapportverk.workbook.CheckType;

/**
 * The checks the calculation runs, each the check of {@link CheckType} with its number, title and
 * how a failure counts (declared there once: 1–5 the contract's, 6–9 Rapportverk's).
 */
public enum CheckKind {
    GIVEN_TOTALS(CheckType.GIVEN_TOTALS),
    DRIFT_AGAINST_RESULTAT(CheckType.DRIFT_AGAINST_RESULTAT),
    SIGNS(CheckType.SIGNS),
    ACTIONS(CheckType.ACTIONS),
    PERIODS(CheckType.PERIODS),
    MONTHS(CheckType.MONTHS),
    FORECASTS(CheckType.FORECASTS),
    FIGURE_REFERENCES(CheckType.FIGURE_REFERENCES),
    TYPED_FIGURES(CheckType.TYPED_FIGURES);

    private final CheckType type;

    CheckKind(CheckType type) {
        this.type = type;
    }

    /** The check as declared. */
    public CheckType type() {
        return type;
    }

    /**
     * Whether a failure is always an error (a text naming a figure that does not exist, which the
     * document could not show); the other checks warn, or are errors with {@code --strict}.
     */
    public boolean error() {
        return type.failure() == CheckType.Failure.ERROR;
    }

    /** The check's number. */
    public int number() {
        return type.number();
    }

    /** A Swedish title. */
    public String title() {
        return type.title();
    }

    /** Whether a failure is a discrepancy between figures, which {@code --strict} turns into an error. */
    public boolean discrepancy() {
        return type.failure() == CheckType.Failure.DISCREPANCY;
    }
}
