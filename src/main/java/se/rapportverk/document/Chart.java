package se.rapportverk.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A chart of figures that the document also shows as text (in a table or in a note beside the
 * chart). Renderers draw it: the PDF as vector graphics tagged as a figure with {@link #alt()} as its
 * alternative text, Word as a native chart whose data is in an embedded workbook, HTML as inline SVG.
 *
 * <p>Values arrive as the document prints them: {@link Point#value()} is the printed figure (in the
 * unit and with the decimals of its table), {@link Point#label()} the same figure formatted. A
 * renderer never computes a figure; it only chooses the axis ticks.
 *
 * @param kind       how the values are drawn
 * @param caption    the text above the chart (names the unit: "(mkr)"); may be empty
 * @param alt        the alternative text: what the chart shows, in words, for readers who cannot see it
 * @param size       how much room the chart takes
 * @param categories the categories, in the order drawn (top to bottom for bars, left to right for lines)
 * @param series     the series, each with one point per category
 * @param sources    the workbook cells the chart shows, for placing remarks; {@link Sources#NONE} when none.
 *                   The same cells stand as text in a table or note beside the chart, and a remark goes
 *                   there; on the chart only when nothing else shows its place ({@link RemarkPlacement})
 * @param remark     a remark of its own for the reader of an editable document, or empty
 */
public record Chart(Kind kind, String caption, String alt, Size size, List<String> categories, List<Series> series,
                    Sources sources, String remark) implements Block {

    /** How the values are drawn. */
    public enum Kind {
        /** Horizontal bars from zero, one bar per series in each category (grouped). */
        BAR,
        /** Lines over the categories (periods, months), one per series. */
        LINE
    }

    /** How much room a chart takes. */
    public enum Size {
        /** The full text width, as tall as its content needs. */
        NORMAL,
        /** The full text width but low, with the legend beside the plot (a key figure's series). */
        SMALL
    }

    /**
     * How a series is drawn, so that series differ by more than their colour.
     */
    public enum Style {
        /** Filled bars, or a solid line with markers. */
        SOLID,
        /** Bars hatched with diagonal lines, or a line with markers and short dashes. */
        HATCHED,
        /** A dashed line without markers: a target or reference (Målvärde, Budget). */
        DASHED
    }

    /**
     * One series.
     *
     * @param name   its name, shown in the legend
     * @param style  how it is drawn
     * @param points one per category
     */
    public record Series(String name, Style style, List<Point> points) {
        public Series {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(style, "style");
            points = List.copyOf(points);
        }
    }

    /**
     * One value.
     *
     * @param value  the figure as printed, or {@code null} when not reported (no bar, a gap in a line)
     * @param label  the figure formatted as the document prints it ({@code -19,7}, {@code –})
     * @param colour an RGB colour as six upper-case hex digits for this point alone (an assessment's
     *               colour), or {@code null} for the series' colour
     */
    public record Point(BigDecimal value, String label, String colour) {
        public Point {
            Objects.requireNonNull(label, "label");
            if (colour != null && !colour.matches("[0-9A-F]{6}")) {
                throw new IllegalArgumentException("colour must be six upper-case hex digits: " + colour);
            }
        }
    }

    /** A chart that shows no workbook cells. */
    public Chart(Kind kind, String caption, String alt, Size size, List<String> categories, List<Series> series) {
        this(kind, caption, alt, size, categories, series, Sources.NONE, "");
    }

    public Chart {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(sources, "sources");
        Objects.requireNonNull(remark, "remark");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(alt, "alt");
        Objects.requireNonNull(size, "size");
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (alt.isBlank()) {
            throw new IllegalArgumentException("ett diagram behöver en beskrivning (alt) för den som inte ser det");
        }
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("ett diagram behöver minst en kategori (<category>)");
        }
        if (series.isEmpty()) {
            throw new IllegalArgumentException("ett diagram behöver minst en serie (<series>)");
        }
        for (Series s : series) {
            if (s.points().size() != categories.size()) {
                throw new IllegalArgumentException("serien \"" + s.name() + "\" har " + s.points().size()
                        + " värden för " + categories.size() + " kategorier");
            }
        }
    }

    /** The most decimals any value has (the axis and the embedded workbook show as many). */
    public int decimals() {
        int d = 0;
        for (Series s : series) {
            for (Point p : s.points()) {
                if (p.value() != null) {
                    d = Math.max(d, Math.max(0, p.value().scale()));
                }
            }
        }
        return d;
    }
}
