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

import se.rapportverk.document.Chart;
import se.rapportverk.format.SwedishFormat;
import se.rapportverk.workbook.CellRef;

/**
 * A chart of figures the document also prints: each value is a figure of a calculated table (or a
 * key figure's reading) as the table shows it, so the chart and the text can never disagree. It
 * feeds the templates through {@link #toModel()}, which write it as a {@code <chart>} element.
 *
 * @param kind       bars or lines
 * @param caption    the text above the chart, with the unit
 * @param alt        what the chart shows, in words (the PDF's alternative text, Word's alt text)
 * @param size       normal, or small (a key figure's series)
 * @param categories the categories in the order drawn
 * @param series     the series
 * @param note       the chart's figures in words, for a chart whose figures no table shows; or empty
 */
public record FigureChart(Chart.Kind kind, String caption, String alt, Chart.Size size, List<String> categories,
                          List<Series> series, Optional<String> note) {

    /** A series: its name, its style and one point per category. */
    public record Series(String name, Chart.Style style, List<Point> points) {
        public Series {
            points = List.copyOf(points);
        }
    }

    /**
     * One value as printed.
     *
     * @param text   the figure as the table prints it ({@code -19,7}), or {@code –} when not reported
     * @param colour six hex digits for this point alone (an assessment's colour), or null
     * @param shows  the workbook cells the figure shows (those of the table's cell), for placing remarks
     */
    public record Point(String text, String colour, SortedSet<CellRef> shows) {
        public Point {
            shows = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(shows));
        }

        /** A point that shows no workbook cells. */
        public Point(String text, String colour) {
            this(text, colour, new TreeSet<>());
        }

        /** A point of a table's cell: its printed figure, or not reported when the cell is no figure. */
        public static Point of(FigureTable.Entry entry) {
            return new Point(entry instanceof FigureTable.Value v ? v.text() : SwedishFormat.NOT_REPORTED, null,
                    entry.shows());
        }

        /** The printed figure read back ({@code -19.7}), or null when not reported. */
        public BigDecimal value() {
            try {
                return SwedishFormat.parse(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** The same point in a colour of its own. */
        public Point in(String hex) {
            return new Point(text, hex, shows);
        }
    }

    public FigureChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        for (Series s : series) {
            if (s.points().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.points().size()
                        + " points for " + categories.size() + " categories");
            }
        }
    }

    /** Every workbook cell the chart shows: its points' cells. */
    public SortedSet<CellRef> shows() {
        SortedSet<CellRef> all = new TreeSet<>();
        for (Series s : series) {
            for (Point p : s.points()) {
                all.addAll(p.shows());
            }
        }
        return all;
    }

    /**
     * The chart as template data: {@code kind}, {@code caption}, {@code alt}, {@code size},
     * {@code categories}, {@code series} (each {@code name}, {@code style} and {@code values}, each
     * value {@code text}, and {@code n}, the printed figure as a plain number, when reported, and
     * {@code color} when it has its own), {@code cells} when it shows workbook cells (references as the
     * template attribute {@code cells} reads them), and {@code note} when there is one.
     */
    public Map<String, Object> toModel() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name().toLowerCase(Locale.ROOT));
        m.put("caption", caption);
        m.put("alt", alt);
        m.put("size", size.name().toLowerCase(Locale.ROOT));
        m.put("categories", categories);
        List<Map<String, Object>> out = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> sm = new LinkedHashMap<>();
            sm.put("name", s.name());
            sm.put("style", s.style().name().toLowerCase(Locale.ROOT));
            List<Map<String, Object>> values = new ArrayList<>();
            for (Point p : s.points()) {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("text", p.text());
                BigDecimal n = p.value();
                if (n != null) {
                    v.put("n", n.toPlainString());
                }
                if (p.colour() != null) {
                    v.put("color", p.colour());
                }
                values.add(v);
            }
            sm.put("values", values);
            out.add(sm);
        }
        m.put("series", out);
        SortedSet<CellRef> shows = shows();
        if (!shows.isEmpty()) {
            m.put("cells", SourceCells.text(shows));
        }
        note.ifPresent(n -> m.put("note", n));
        return m;
    }
}
