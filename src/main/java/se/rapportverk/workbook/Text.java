package se.rapportverk.workbook;

import java.util.Objects;

/**
 * A text read from a cell, with the cell it came from.
 *
 * @param value the text, trimmed of surrounding whitespace; never empty
 * @param cell  where it was read
 */
public record Text(String value, CellRef cell) {
    public Text {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(cell, "cell");
    }

    @Override
    public String toString() {
        return value;
    }
}
