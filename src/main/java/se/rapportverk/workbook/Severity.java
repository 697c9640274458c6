package se.rapportverk.workbook;

/** How serious a finding is. */
public enum Severity {
    /** Stops generation: no output file is written. */
    ERROR("fel"),
    /** Printed; generation continues. */
    WARNING("varning");

    private final String swedish;

    Severity(String swedish) {
        this.swedish = swedish;
    }

    /** The Swedish word, {@code fel} or {@code varning}. */
    public String swedish() {
        return swedish;
    }
}
