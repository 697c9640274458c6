package se.rapportverk.workbook;

/**
 * The value columns shared by Resultaträkning and Driftsredovisning (contract v1), in the order
 * the tables show them. Their declarations stand here, once, and {@link Schema} puts them in both
 * sheets.
 */
public enum AmountColumn {
    BOKSLUT_FOREGAENDE_AR(ColumnSpec.amount("Bokslut föregående år").pattern("Bokslut {år-1}", "Utfall helår {år-1}")
            .help("Helårets utfall föregående år, som i bokslutet.")),
    UTFALL_PERIOD_FOREGAENDE_AR(ColumnSpec.amount("Utfall period föregående år").pattern("Utfall {period} {år-1}")
            .help("Utfallet för samma månader föregående år.")),
    UTFALL_PERIOD(ColumnSpec.amount("Utfall period").required().pattern("Utfall {period} {år}")
            .help("Utfallet för årets period: januari till och med Period på bladet Rapport.")),
    BUDGET_PERIOD(ColumnSpec.amount("Budget period").pattern("Budget {period} {år}")
            .help("Budgeten för periodens månader; ger avvikelsen mot periodens budget i texten.")),
    BUDGET(ColumnSpec.amount("Budget").required().pattern("Budget {år}", "Budget helår {år}", "Årsbudget {år}")
            .help("Helårets budget.")),
    PROGNOS(ColumnSpec.amount("Prognos").required().alias("Prognos helår", "Helårsprognos")
            .pattern("Prognos helår {år}", "Prognos {år}", "Helårsprognos {år}")
            .help("Prognosen för helåret."));

    private final ColumnSpec spec;

    AmountColumn(ColumnSpec spec) {
        this.spec = spec;
    }

    /** The column as the contract declares it. */
    public ColumnSpec spec() {
        return spec;
    }
}
