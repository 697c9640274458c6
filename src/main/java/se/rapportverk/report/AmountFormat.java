package se.rapportverk.report;

import se.rapportverk.format.SwedishFormat;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Unit;

/**
 * How the amounts of one table are shown: converted exactly from the workbook's Beloppsenhet to
 * the table's unit, then rounded half up to the table's decimals.
 *
 * @param from     the workbook's Beloppsenhet
 * @param to       the unit shown
 * @param decimals decimals shown
 */
public record AmountFormat(Unit from, Unit to, int decimals) {

    /** The figure as shown, {@code –} when not reported. */
    public String format(Figure figure) {
        return SwedishFormat.number(from.convert(figure.value(), to), decimals);
    }

    /** The unit's symbol, {@code mkr}. */
    public String unit() {
        return to.symbol();
    }
}
