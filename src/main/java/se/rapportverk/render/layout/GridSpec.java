package se.rapportverk.render.layout;

import java.util.List;

import se.rapportverk.document.Table;

/**
 * A table ready for layout: column widths in points and styled cells. Built from a
 * {@link Table} or from a two-column {@link se.rapportverk.document.FieldList}.
 *
 * @param caption    text set in bold above the table, or empty
 * @param widths     column widths in points
 * @param rows       header rows first
 * @param headerRows how many leading rows are the header
 * @param ruled      rules and shading (GRID) or none (PLAIN)
 * @param padLeft    inner space left of the text in each cell
 * @param padRight   inner space right of the text in each cell
 * @param fontSize   size of the cell text
 * @param leading    line height of the cell text
 */
record GridSpec(String caption, float[] widths, List<GridRow> rows, int headerRows, boolean ruled,
                float padLeft, float padRight, float fontSize, float leading) {

    /** One row: its kind and its cells. */
    record GridRow(Table.RowKind kind, List<GridCell> cells) {
    }

    /**
     * One cell.
     *
     * @param runs   the text
     * @param align  horizontal alignment
     * @param span   how many columns the cell covers
     * @param header whether the cell is a header cell (TH)
     * @param scope  the TH scope, "Column" or "Row", or null for a TD
     */
    record GridCell(List<LineBreaker.Styled> runs, Table.Align align, int span, boolean header, String scope) {
    }
}
