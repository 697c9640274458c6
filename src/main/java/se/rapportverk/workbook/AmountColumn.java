package se.rapportverk.workbook;

/**
 * The value columns shared by Resultaträkning and Driftsredovisning (contract v1), in the order
 * the tables show them. Their declarations stand here, once, and {@link Schema} puts them in both
 * sheets.
 */
public enum AmountColumn {
    BOKSLUT_FOREGAENDE_AR(ColumnSpec.amount("Bokslut föregående år")
            .help("Helårets utfall föregående år, som i bokslutet.")),
    UTFALL_PERIOD_FOREGAENDE_AR(ColumnSpec.amount("Utfall period föregående år")
            .help("Utfallet för samma månader föregående år.")),
    UTFALL_PERIOD(ColumnSpec.amount("Utfall period").required()
            .help("Utfallet för årets period: januari till och med Period på bladet Rapport.")),
    BUDGET_PERIOD(ColumnSpec.amount("Budget period")
            .help("Budgeten för periodens månader; ger avvikelsen mot periodens budget i texten.")),
    BUDGET(ColumnSpec.amount("Budget").required().help("Helårets budget.")),
    PROGNOS(ColumnSpec.amount("Prognos").required().help("Prognosen för helåret."));

    private final ColumnSpec spec;

    AmountColumn(ColumnSpec spec) {
        this.spec = spec;
    }

    /** The column as the contract declares it. */
    public ColumnSpec spec() {
        return spec;
    }
}
