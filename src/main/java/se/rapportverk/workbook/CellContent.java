package se.rapportverk.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What a cell holds once formulas are resolved: the raw material of every typed value. */
sealed interface CellContent {

    /** An empty cell (or one holding only whitespace). */
    record Empty() implements CellContent {
    }

    /**
     * A numeric cell or formula result.
     *
     * @param value    the value at Excel's precision (15 significant digits), without trailing zeros
     * @param decimals decimals of that value
     * @param percent  whether the cell is formatted as a percentage (shown ×100)
     * @param date     the date, when the cell is formatted as a date
     */
    record Number(BigDecimal value, int decimals, boolean percent, LocalDate date) implements CellContent {
    }

    /**
     * A text cell or formula result, cleaned ({@link CellText}).
     *
     * @param value   the text
     * @param removed the invisible control characters removed from it ({@code U+0007}), or {@code null}
     */
    record Str(String value, String removed) implements CellContent {
        Str(String value) {
            this(value, null);
        }
    }

    /** A boolean cell. */
    record Bool(boolean value) implements CellContent {
    }

    /**
     * A formula that gives an error value or cannot be calculated.
     *
     * @param formula the formula text, without {@code =}
     * @param problem what is wrong, in Swedish ({@code ger felvärdet #DIV/0!})
     */
    record Failed(String formula, String problem) implements CellContent {
    }
}
