package se.rapportverk.workbook;

/**
 * The value columns shared by Resultaträkning and Driftsredovisning (contract v1), in the order
 * the tables show them.
 */
public enum AmountColumn {
    BOKSLUT_FOREGAENDE_AR("Bokslut föregående år", false),
    UTFALL_PERIOD_FOREGAENDE_AR("Utfall period föregående år", false),
    UTFALL_PERIOD("Utfall period", true),
    BUDGET_PERIOD("Budget period", false),
    BUDGET("Budget", true),
    PROGNOS("Prognos", true);

    private final ColumnSpec spec;

    AmountColumn(String header, boolean required) {
        this.spec = new ColumnSpec(header, required);
    }

    /** The column as the contract names it. */
    public ColumnSpec spec() {
        return spec;
    }
}
