package se.rapportverk.workbook;

import java.util.Objects;

/**
 * One finding about a workbook: where it is and what is wrong, in Swedish.
 *
 * @param severity error or warning
 * @param place    {@code Sheet!A1}, a sheet name, or the file name
 * @param message  what is wrong and what would be right, in Swedish
 */
public record Issue(Severity severity, String place, String message) {
    public Issue {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(message, "message");
    }

    /** {@code Resultaträkning!E3: "12,3x" är inte ett tal}. */
    @Override
    public String toString() {
        return place + ": " + message;
    }
}
