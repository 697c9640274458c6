package se.rapportverk.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.rapportverk.document.Table;
import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;

/**
 * A table of calculated figures, already formatted, each figure keeping the cells it came from.
 * It feeds two readers: the templates (through {@link #toModel()}) and the auditor's provenance
 * list (through {@link #provenance()}), so what is shown and what is traced are the same values.
 *
 * @param name    the table's name, as the provenance list calls it (templates choose the caption they show)
 * @param columns the columns with their headers
 * @param rows    the body rows (the header row is made from the columns)
 */
public record FigureTable(String name, List<Column> columns, List<Row> rows) {

    /** A column: header text, alignment and relative width. */
    public record Column(String header, Table.Align align, float weight) {
    }

    /** A body row. */
    public record Row(Table.RowKind kind, List<Entry> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The text of the first cell: the row's label. */
        public String label() {
            return cells.isEmpty() ? "" : cells.get(0).text();
        }
    }

    /** A cell of the table. */
    public sealed interface Entry {
        /** The cell's text as shown. */
        String text();
    }

    /** A text cell, with the cell it was read from when it comes from the workbook. */
    public record Label(String text, Optional<CellRef> cell) implements Entry {
        public static Label of(String text) {
            return new Label(text, Optional.empty());
        }
    }

    /**
     * An assessment cell: a coloured symbol beside its words (the colour never carries the meaning alone).
     *
     * @param symbol the symbol ({@code ●})
     * @param colour six hex digits
     * @param text   the words
     */
    public record Assessment(String symbol, String colour, String text) implements Entry {
    }

    /**
     * A figure cell.
     *
     * @param figure the exact figure
     * @param text   the figure as shown
     * @param how    how it was obtained, in Swedish ({@code inläst}, {@code summa}, {@code Prognos − Budget})
     */
    public record Value(Figure figure, String text, String how) implements Entry {
    }

    public FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (Row row : rows) {
            if (row.cells().size() != columns.size() && !(row.kind() == Table.RowKind.GROUP && row.cells().size() == 1)) {
                throw new IllegalArgumentException("row \"" + row.label() + "\" has " + row.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
    }

    /**
     * The table as template data: {@code name}, {@code columns} (each {@code header},
     * {@code align}, {@code width}), {@code headerRows}, and {@code rows} (each {@code kind} and
     * {@code cells}, the header row first; a cell has {@code text}, and an assessment also
     * {@code symbol} and {@code color}).
     */
    public Map<String, Object> toModel() {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("name", name);
        List<Map<String, Object>> cols = new ArrayList<>();
        for (Column c : columns) {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("header", c.header());
            col.put("align", c.align().name().toLowerCase(Locale.ROOT));
            col.put("width", formatWeight(c.weight()));
            cols.add(col);
        }
        model.put("columns", cols);
        model.put("headerRows", 1);
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(row("header", columns.stream().map(c -> cell(Label.of(c.header()))).toList()));
        for (Row r : rows) {
            out.add(row(r.kind().name().toLowerCase(Locale.ROOT), r.cells().stream().map(FigureTable::cell).toList()));
        }
        model.put("rows", out);
        return model;
    }

    private static String formatWeight(float weight) {
        return weight == Math.rint(weight) ? String.valueOf((int) weight) : String.valueOf(weight);
    }

    /** A cell as template data: {@code text}, and for assessments {@code symbol} and {@code color}. */
    private static Map<String, Object> cell(Entry entry) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", entry.text());
        if (entry instanceof Assessment a) {
            m.put("symbol", a.symbol());
            m.put("color", a.colour());
        }
        return m;
    }

    private static Map<String, Object> row(String kind, List<?> cells) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind);
        m.put("cells", cells);
        return m;
    }

    /**
     * One traced figure: where it stands in the table, what it shows, and where it came from.
     *
     * @param row    the row's label
     * @param column the column's header
     * @param value  the figure as shown
     * @param how    how it was obtained
     * @param figure the exact figure with its cells
     */
    public record Trace(String row, String column, String value, String how, Figure figure) {
    }

    /** Every figure of the table with its cells, row by row. */
    public List<Trace> provenance() {
        List<Trace> traces = new ArrayList<>();
        for (Row r : rows) {
            for (int i = 0; i < r.cells().size(); i++) {
                if (r.cells().get(i) instanceof Value v) {
                    traces.add(new Trace(r.label(), columns.get(i).header(), v.text(), v.how(), v.figure()));
                }
            }
        }
        return traces;
    }
}
