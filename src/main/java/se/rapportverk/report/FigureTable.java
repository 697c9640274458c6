package se.rapportverk.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import se.rapportverk.document.Table;
import se.rapportverk.format.SwedishFormat;
import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;

/**
 * A table of calculated figures, already formatted, each figure keeping the cells it came from.
 * It feeds two readers: the templates (through {@link #toModel()}) and the auditor's provenance
 * list (through {@link #provenance()}), so what is shown and what is traced are the same values.
 *
 * <p>A table also knows which of its figures add up others ({@link Sum}): a total row, a subtotal,
 * an Avvikelse = Prognos − Budget. When a printed figure differs from what its printed parts add up
 * to, because each was rounded on its own or because a given total is printed, the table carries the
 * rounding note ({@link #roundingNote()}).
 *
 * @param name    the table's name, as the provenance list calls it (templates choose the caption they show)
 * @param columns the columns with their headers
 * @param rows    the body rows (the header row is made from the columns)
 * @param sums    the figures that are sums or differences of other figures of the table
 */
public record FigureTable(String name, List<Column> columns, List<Row> rows, List<Sum> sums) {

    /** A figure's place in the table: body row and column, from 0. */
    public record Place(int row, int column) {
    }

    /** One part of a sum: a figure of the table, added ({@code +1}) or subtracted ({@code -1}). */
    public record Term(Place place, int sign) {
    }

    /**
     * A figure that is, by its calculation, the sum of other figures of the table: {@code total =
     * Σ sign × term}. Parts that are not figures (a text such as {@code Hålla prognos}) or not
     * reported count as zero.
     */
    public record Sum(Place total, List<Term> terms) {
        public Sum {
            terms = List.copyOf(terms);
        }

        /** A column total: the figure of the column on {@code totalRow} is the sum of the same column on {@code rows}. */
        public static Sum ofRows(int totalRow, int column, List<Integer> rows) {
            return new Sum(new Place(totalRow, column), rows.stream().map(r -> new Term(new Place(r, column), 1)).toList());
        }

        /** A difference on one row: the column {@code column} is {@code plus − minus}. */
        public static Sum difference(int row, int column, int plus, int minus) {
            return new Sum(new Place(row, column), List.of(new Term(new Place(row, plus), 1),
                    new Term(new Place(row, minus), -1)));
        }
    }

    /** The note a table carries when its printed figures do not add up to its printed totals. */
    public static final String ROUNDING_NOTE = "Beloppen är avrundade, vilket kan ge avrundningsdifferenser i summeringar.";

    /** A table without sums. */
    public FigureTable(String name, List<Column> columns, List<Row> rows) {
        this(name, columns, rows, List.of());
    }

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

        /** The workbook cells the entry shows, in order; empty when it shows none. */
        SortedSet<CellRef> shows();
    }

    /** A text cell, with the cell it was read from when it comes from the workbook. */
    public record Label(String text, Optional<CellRef> cell) implements Entry {
        public static Label of(String text) {
            return new Label(text, Optional.empty());
        }

        /** The cell it was read from, if any. */
        @Override
        public SortedSet<CellRef> shows() {
            return cell.map(c -> (SortedSet<CellRef>) new TreeSet<>(java.util.Set.of(c))).orElseGet(TreeSet::new);
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
        /** None: an assessment is made from a cell's word, not shown as read. */
        @Override
        public SortedSet<CellRef> shows() {
            return new TreeSet<>();
        }
    }

    /**
     * A figure cell.
     *
     * @param figure the exact figure
     * @param text   the figure as shown
     * @param how    how it was obtained, in Swedish ({@code inläst}, {@code summa}, {@code Prognos − Budget})
     * @param stands the cells the figure stands for beyond its sources: the total or avvikelse the
     *               workbook gives for it, also when that is not the one printed (it disagrees), so that
     *               a finding about the given cell is placed on this figure
     */
    public record Value(Figure figure, String text, String how, SortedSet<CellRef> stands) implements Entry {
        public Value {
            stands = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(stands));
        }

        /** A figure that stands for no cells beyond its sources. */
        public Value(Figure figure, String text, String how) {
            this(figure, text, how, new TreeSet<>());
        }

        /** Its sources and the cells it stands for. */
        @Override
        public SortedSet<CellRef> shows() {
            SortedSet<CellRef> all = new TreeSet<>(figure.sources());
            all.addAll(stands);
            return all;
        }
    }

    public FigureTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        sums = List.copyOf(sums);
        for (Row row : rows) {
            if (row.cells().size() != columns.size() && !(row.kind() == Table.RowKind.GROUP && row.cells().size() == 1)) {
                throw new IllegalArgumentException("row \"" + row.label() + "\" has " + row.cells().size()
                        + " cells for " + columns.size() + " columns");
            }
        }
        for (Sum sum : sums) {
            if (!(entry(rows, sum.total()) instanceof Value)) {
                throw new IllegalArgumentException("the total of a sum is not a figure: " + sum.total());
            }
            for (Term t : sum.terms()) {
                entry(rows, t.place());
            }
        }
    }

    private static Entry entry(List<Row> rows, Place place) {
        if (place.row() < 0 || place.row() >= rows.size() || place.column() < 0
                || place.column() >= rows.get(place.row()).cells().size()) {
            throw new IllegalArgumentException("no figure at " + place);
        }
        return rows.get(place.row()).cells().get(place.column());
    }

    /** The figure at a place as printed, read back from its text; zero for a text or {@code –}. */
    public BigDecimal printed(Place place) {
        if (entry(rows, place) instanceof Value v) {
            BigDecimal value = SwedishFormat.parse(v.text());
            return value == null ? BigDecimal.ZERO : value;
        }
        return BigDecimal.ZERO;
    }

    /** The sums whose printed total differs from its printed parts. */
    public List<Sum> roundingDifferences() {
        List<Sum> differing = new ArrayList<>();
        // Each printed figure read back once, though it is a part of several sums.
        Map<Place, BigDecimal> printed = new java.util.HashMap<>();
        for (Sum sum : sums) {
            BigDecimal parts = BigDecimal.ZERO;
            for (Term t : sum.terms()) {
                parts = parts.add(printed.computeIfAbsent(t.place(), this::printed).multiply(BigDecimal.valueOf(t.sign())));
            }
            if (parts.compareTo(printed.computeIfAbsent(sum.total(), this::printed)) != 0) {
                differing.add(sum);
            }
        }
        return differing;
    }

    /** Whether the table carries {@link #ROUNDING_NOTE}: some printed total differs from its printed parts. */
    public boolean roundingNote() {
        return !roundingDifferences().isEmpty();
    }

    /**
     * The table as template data: {@code name}, {@code columns} (each {@code header},
     * {@code align}, {@code width}), {@code headerRows}, and {@code rows} (each {@code kind} and
     * {@code cells}, the header row first; a cell has {@code text}, {@code cells} when it shows workbook
     * cells (references as the template attribute {@code cells} reads them), and an assessment also
     * {@code symbol} and {@code color}), and, when the printed figures do not add up, {@code avrundning}: the rounding note.
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
        List<Map<String, Object>> out = new ArrayList<>(rows.size() + 1);
        List<Map<String, Object>> header = new ArrayList<>(columns.size());
        for (Column c : columns) {
            header.add(cell(Label.of(c.header())));
        }
        out.add(row("header", java.util.Collections.unmodifiableList(header)));
        for (Row r : rows) {
            List<Map<String, Object>> cells = new ArrayList<>(r.cells().size());
            for (Entry e : r.cells()) {
                cells.add(cell(e));
            }
            out.add(row(r.kind().name().toLowerCase(Locale.ROOT), java.util.Collections.unmodifiableList(cells)));
        }
        model.put("rows", out);
        if (roundingNote()) {
            model.put("avrundning", ROUNDING_NOTE);
        }
        return model;
    }

    private static String formatWeight(float weight) {
        return weight == Math.rint(weight) ? String.valueOf((int) weight) : String.valueOf(weight);
    }

    /**
     * A cell as template data: {@code text}, {@code cells} when it shows workbook cells, and for
     * assessments {@code symbol} and {@code color}.
     */
    private static Map<String, Object> cell(Entry entry) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("text", entry.text());
        // What the entry shows, without copying it into a set of its own where it is one already.
        java.util.Collection<CellRef> shows = switch (entry) {
            case Value v when v.stands().isEmpty() -> v.figure().sources();
            case Label l -> l.cell().map(List::of).orElse(List.of());
            default -> entry.shows();
        };
        if (!shows.isEmpty()) {
            m.put("cells", SourceCells.text(shows));
        }
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
