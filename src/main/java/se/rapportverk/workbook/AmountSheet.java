package se.rapportverk.workbook;

import java.util.List;
import java.util.Set;

/**
 * The Resultaträkning or the Driftsredovisning as read.
 *
 * @param sheetName      the sheet's name as it stands in the workbook
 * @param columns        the value columns the sheet has
 * @param hasAvvikelse   whether the sheet has a given Avvikelse column
 * @param rows           the rows in sheet order, given totals included
 */
public record AmountSheet(String sheetName, Set<AmountColumn> columns, boolean hasAvvikelse, List<AmountRow> rows) {
    public AmountSheet {
        columns = Set.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Whether the sheet has a value column. */
    public boolean has(AmountColumn column) {
        return columns.contains(column);
    }
}
