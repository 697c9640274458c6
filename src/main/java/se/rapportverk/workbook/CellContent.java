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
     * @param value    the value as Excel stores it, exactly as its shortest decimal form
     * @param decimals decimals of that form
     * @param percent  whether the cell is formatted as a percentage (shown ×100)
     * @param date     the date, when the cell is formatted as a date
     */
    record Number(BigDecimal value, int decimals, boolean percent, LocalDate date) implements CellContent {
    }

    /** A text cell or formula result. */
    record Str(String value) implements CellContent {
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
