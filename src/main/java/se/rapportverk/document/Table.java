package se.rapportverk.document;

import java.util.List;
import java.util.Objects;

/**
 * A table. The first {@code headerRows} rows are the header, repeated on every page the table
 * runs over. Numbers arrive already formatted: renderers never format or compute.
 *
 * @param caption    text above the table (may be empty); the unit is stated here or in the first header
 * @param columns    the columns, with alignment and relative width
 * @param rows       header rows first, then body rows
 * @param headerRows how many leading rows form the header
 * @param style      rules and shading
 */
public record Table(String caption, List<Column> columns, List<Row> rows, int headerRows, Style style)
        implements Block {

    /** Horizontal alignment of a column. */
    public enum Align { LEFT, RIGHT, CENTER }

    /** How a table is drawn. */
    public enum Style {
        /** A data table: shaded header, rules between rows. */
        GRID,
        /** A layout table without rules (letterheads, signatures). */
        PLAIN
    }

    /** The role of a row, which decides its weight and rules. */
    public enum RowKind {
        /** A header row (bold, shaded, repeated on each page). */
        HEADER,
        /** An ordinary row. */
        BODY,
        /** A group label (an Område): bold, the first cell spanning the row. */
        GROUP,
        /** A calculated subtotal: bold. */
        SUBTOTAL,
        /** A calculated total: bold with a rule above. */
        TOTAL
    }

    /**
     * One column.
     *
     * @param align  alignment of the body cells (numbers right-aligned)
     * @param weight relative width
     */
    public record Column(Align align, float weight) {
        // equals and hashCode as a record's own, written out so that none is linked at run time
        @Override
        public boolean equals(Object o) {
            return o instanceof Column c && align == c.align && Float.compare(weight, c.weight) == 0;
        }

        @Override
        public int hashCode() {
            return align.hashCode() * 31 + Float.hashCode(weight);
        }
    }

    /**
     * One row of cells, as many as the table has columns (a GROUP row may have one).
     *
     * @param kind    the row's role
     * @param cells   its cells
     * @param sources the workbook cells the row shows beyond those of its cells (its cells' own are
     *                {@link #shown()}), for placing remarks; {@link Sources#NONE} when none
     * @param remark  a remark of its own for the reader of an editable document, or empty
     */
    public record Row(RowKind kind, List<Cell> cells, Sources sources, String remark) {
        public Row {
            Objects.requireNonNull(kind, "kind");
            cells = List.copyOf(cells);
            Objects.requireNonNull(sources, "sources");
            Objects.requireNonNull(remark, "remark");
        }

        /** A row that shows no workbook cells beyond its cells'. */
        public Row(RowKind kind, List<Cell> cells) {
            this(kind, cells, Sources.NONE, "");
        }

        /** Every workbook cell the row shows: its own sources and its cells'. */
        public Sources shown() {
            Sources all = sources;
            for (Cell c : cells) {
                all = all.with(c.sources());
            }
            return all;
        }
    }

    /**
     * One cell: a run of spans (several paragraphs are not needed in a table cell).
     *
     * @param spans   the text
     * @param sources the workbook cells the cell shows (a figure's cells, a label's cell), for placing
     *                remarks; {@link Sources#NONE} when none
     * @param remark  a remark of its own for the reader of an editable document, or empty
     */
    public record Cell(List<Span> spans, Sources sources, String remark) {
        public Cell {
            spans = List.copyOf(spans);
            Objects.requireNonNull(sources, "sources");
            Objects.requireNonNull(remark, "remark");
        }

        /** A cell that shows no workbook cells. */
        public Cell(List<Span> spans) {
            this(spans, Sources.NONE, "");
        }

        /** A cell of plain text. */
        public static Cell of(String text) {
            return new Cell(List.of(Span.plain(text)));
        }

        /** The text of all spans joined. */
        public String plainText() {
            StringBuilder sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    public Table {
        Objects.requireNonNull(caption, "caption");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        if (headerRows < 0 || headerRows > rows.size()) {
            throw new IllegalArgumentException("headerRows out of range: " + headerRows);
        }
        for (Row row : rows) {
            int n = row.cells().size();
            if (n != columns.size() && !(row.kind() == RowKind.GROUP && n == 1)) {
                throw new IllegalArgumentException(
                        "row has " + n + " cells, the table " + columns.size() + " columns");
            }
        }
    }
}
