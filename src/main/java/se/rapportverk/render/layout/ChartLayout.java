package se.rapportverk.render.layout;

import static se.rapportverk.render.layout.Theme.*;

import java.awt.Color;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import se.rapportverk.document.Chart;
import se.rapportverk.format.SwedishFormat;
import se.rapportverk.render.layout.Fonts.Face;
import se.rapportverk.render.layout.LineBreaker.Line;
import se.rapportverk.render.layout.LineBreaker.Styled;

/**
 * Draws a chart as marks (strokes, filled shapes and labels) in a box of a given width: the PDF
 * places the marks on its page, the HTML page writes them as SVG, and the Word chart takes the same
 * size, colours, axis range and ticks ({@link #valueAxis}). Coordinates are points, from the box's
 * top left corner, y downwards.
 *
 * <p>Series never differ by colour alone: bars of a second series are hatched, lines carry a marker
 * of their own (circle, square, triangle, diamond), a target line is dashed and labelled at its end,
 * and every bar carries its value.
 */
public final class ChartLayout {

    private ChartLayout() {
    }

    /** Where a label stands relative to its x. */
    public enum Anchor { START, MIDDLE, END }

    /** The marker of a line series. */
    public enum Marker { CIRCLE, SQUARE, TRIANGLE, DIAMOND }

    /** One thing drawn. */
    public sealed interface Mark permits Stroke, Area, Label {
    }

    /**
     * An open line through the points.
     *
     * @param dash on and off lengths, or an empty array for a solid line
     */
    public record Stroke(float[] xs, float[] ys, float width, Color colour, float[] dash) implements Mark {
    }

    /** A closed shape filled with one colour. */
    public record Area(float[] xs, float[] ys, Color colour) implements Mark {
    }

    /** A line of text: {@code x} is its start, middle or end by {@code anchor}; {@code baseline} its baseline. */
    public record Label(float x, float baseline, String text, Face face, float size, Color colour, Anchor anchor)
            implements Mark {
    }

    /** A rectangle of the drawing: left, top, width and height. */
    public record Box(float x, float y, float width, float height) {
    }

    /**
     * A chart drawn: its box, its marks in drawing order, where its plot (the area inside the
     * axes) and its legend stand, so that the Word chart can place them alike.
     *
     * @param legend where the legend stands, or null when the chart has none
     */
    public record Drawing(float width, float height, List<Mark> marks, Box plot, Box legend) {
    }

    /**
     * The value axis: from {@code min} to {@code max} in steps of {@code step}, labelled with
     * {@code decimals} decimals.
     */
    public record Axis(BigDecimal min, BigDecimal max, BigDecimal step, int decimals) {
        /** The tick values from min to max. */
        public List<BigDecimal> ticks() {
            List<BigDecimal> ticks = new ArrayList<>();
            for (BigDecimal t = min; t.compareTo(max) <= 0; t = t.add(step)) {
                ticks.add(t);
            }
            return ticks;
        }

        /**
         * Where a value stands on the axis: 0 at {@code min}, 1 at {@code max}. Worked out exactly,
         * then rounded, so that values near Excel's largest numbers do not overflow a double.
         */
        public double fraction(BigDecimal value) {
            return value.subtract(min).divide(max.subtract(min), MathContext.DECIMAL64).doubleValue();
        }

        /** A tick as labelled: Swedish format ({@code -20}, {@code 1 000}, {@code 2,5}). */
        public String label(BigDecimal tick) {
            return SwedishFormat.number(tick, decimals);
        }
    }

    /** About this many intervals on a value axis. */
    private static final int TICKS = 5;
    private static final float LABEL_GAP = 3f;

    /**
     * The colour of a series: the house style's colour for its place among the series that are not
     * targets; a target's grey.
     */
    public static Color colour(Theme theme, Chart chart, int series) {
        if (chart.series().get(series).style() == Chart.Style.DASHED) {
            return CHART_TARGET;
        }
        List<Color> colours = theme.chartSeries;
        return colours.get(plainIndex(chart, series) % colours.size());
    }

    /** The marker of a line series (a target has none). */
    public static Marker marker(Chart chart, int series) {
        return Marker.values()[plainIndex(chart, series) % Marker.values().length];
    }

    private static int plainIndex(Chart chart, int series) {
        int n = 0;
        for (int i = 0; i < series; i++) {
            if (chart.series().get(i).style() != Chart.Style.DASHED) {
                n++;
            }
        }
        return n;
    }

    /** The colour of one point: its own (an assessment's), else its series'. */
    public static Color colour(Theme theme, Chart chart, int series, int point) {
        String own = chart.series().get(series).points().get(point).colour();
        return own == null ? colour(theme, chart, series) : new Color(Integer.parseInt(own, 16));
    }

    /**
     * The value axis of a chart: nice steps (1, 2, 2,5 or 5 times a power of ten) over every value;
     * a bar chart's always includes zero, where its bars start.
     */
    public static Axis valueAxis(Chart chart) {
        BigDecimal lo = null;
        BigDecimal hi = null;
        for (Chart.Series s : chart.series()) {
            for (Chart.Point p : s.points()) {
                if (p.value() != null) {
                    lo = lo == null || p.value().compareTo(lo) < 0 ? p.value() : lo;
                    hi = hi == null || p.value().compareTo(hi) > 0 ? p.value() : hi;
                }
            }
        }
        if (lo == null) {
            lo = BigDecimal.ZERO;
            hi = BigDecimal.ONE;
        }
        if (chart.kind() == Chart.Kind.BAR) {
            lo = lo.min(BigDecimal.ZERO);
            hi = hi.max(BigDecimal.ZERO);
        }
        if (lo.compareTo(hi) == 0) {
            BigDecimal pad = lo.signum() == 0 ? BigDecimal.ONE : lo.abs().divide(BigDecimal.TEN);
            lo = chart.kind() == Chart.Kind.BAR && lo.signum() >= 0 ? lo.min(BigDecimal.ZERO) : lo.subtract(pad);
            hi = hi.add(pad);
        }
        BigDecimal step = niceStep(hi.subtract(lo).divide(BigDecimal.valueOf(TICKS), MathContext.DECIMAL64));
        if (chart.decimals() == 0 && step.compareTo(BigDecimal.ONE) < 0) {
            step = BigDecimal.ONE; // whole numbers (counts) get whole ticks
        }
        BigDecimal min = lo.divide(step, 0, RoundingMode.FLOOR).multiply(step);
        BigDecimal max = hi.divide(step, 0, RoundingMode.CEILING).multiply(step);
        if (chart.kind() == Chart.Kind.BAR) {
            // A bar that reaches the axis' end leaves its value label no room: one more step there.
            BigDecimal near = step.multiply(new BigDecimal("0.4"));
            if (lo.signum() < 0 && lo.subtract(min).compareTo(near) < 0) {
                min = min.subtract(step);
            }
            if (hi.signum() > 0 && max.subtract(hi).compareTo(near) < 0) {
                max = max.add(step);
            }
        }
        if (chart.kind() == Chart.Kind.LINE) {
            // A line, a target above all, never lies on the plot's edge, where it could not be seen.
            if (min.compareTo(lo) == 0) {
                min = min.subtract(step);
            }
            if (max.compareTo(hi) == 0) {
                max = max.add(step);
            }
        }
        int decimals = Math.max(0, step.stripTrailingZeros().scale());
        return new Axis(min, max, step, decimals);
    }

    /**
     * The smallest of 1, 2, 2,5, 5 and 10 times a power of ten that is at least {@code rough} (which
     * is positive), in decimals: a range as wide as Excel's largest numbers takes no double.
     */
    static BigDecimal niceStep(BigDecimal rough) {
        BigDecimal r = rough.stripTrailingZeros();
        int exponent = r.precision() - r.scale() - 1; // the power of ten of its first digit
        double fraction = r.scaleByPowerOfTen(-exponent).doubleValue(); // in [1, 10)
        BigDecimal nice;
        if (fraction <= 1.0000001) {
            nice = BigDecimal.ONE;
        } else if (fraction <= 2.0000001) {
            nice = BigDecimal.valueOf(2);
        } else if (fraction <= 2.5000001) {
            nice = new BigDecimal("2.5");
        } else if (fraction <= 5.0000001) {
            nice = BigDecimal.valueOf(5);
        } else {
            nice = BigDecimal.TEN;
        }
        return nice.scaleByPowerOfTen(exponent).stripTrailingZeros();
    }

    /**
     * Draws the chart in a box of the given width, in the house style's colours and font.
     *
     * @param breaker the layout's line breaker (with the theme's fonts), for measuring labels and
     *                for category labels that take two lines
     */
    public static Drawing draw(Chart chart, Theme theme, float width, LineBreaker breaker) {
        return switch (chart.kind()) {
            case BAR -> new Bars(chart, theme, width, breaker).draw();
            case LINE -> new Lines(chart, theme, width, breaker).draw();
        };
    }

    /** The chart drawn at the full text width of the theme's page. */
    public static Drawing draw(Chart chart, Theme theme) {
        return draw(chart, theme, theme.geometry.contentWidth, new LineBreaker(theme.fonts));
    }

    /** The height the chart takes at the given width. */
    public static float height(Chart chart, Theme theme, float width) {
        return draw(chart, theme, width, new LineBreaker(theme.fonts)).height();
    }

    // ------------------------------------------------------------------ shared drawing

    private abstract static class Canvas {
        final Chart chart;
        final Theme theme;
        final float width;
        final LineBreaker breaker;
        final Axis axis;
        final List<Mark> marks = new ArrayList<>();

        Canvas(Chart chart, Theme theme, float width, LineBreaker breaker) {
            this.chart = chart;
            this.theme = theme;
            this.width = width;
            this.breaker = breaker;
            this.axis = valueAxis(chart);
        }

        void line(float x1, float y1, float x2, float y2, float w, Color c) {
            marks.add(new Stroke(new float[] {x1, x2}, new float[] {y1, y2}, w, c, new float[0]));
        }

        void rect(float x, float y, float w, float h, Color c) {
            marks.add(new Area(new float[] {x, x + w, x + w, x}, new float[] {y, y, y + h, y + h}, c));
        }

        void label(float x, float baseline, String text, Face face, Color c, Anchor anchor) {
            if (!text.isEmpty()) {
                marks.add(new Label(x, baseline, text, face, CHART_SIZE, c, anchor));
            }
        }

        float textWidth(String text) {
            return breaker.fonts().width(text.replace(String.valueOf(LineBreaker.SOFT_HYPHEN), ""), Face.REGULAR,
                    CHART_SIZE);
        }

        /** The baseline of text of the chart's size centred on y. */
        static float centred(float y) {
            return y + CHART_SIZE * 0.35f;
        }

        List<Line> wrap(String text, float w) {
            return breaker.breakLines(List.of(new Styled(text, Face.REGULAR, CHART_SIZE, theme.text)), w);
        }

        /** A hatched box: its outline and diagonal lines 3 points apart, in the colour. */
        void hatched(float x, float y, float w, float h, Color c) {
            float spacing = 3f;
            for (float k = x + y + spacing / 2; k < x + w + y + h; k += spacing) {
                float fromX = Math.max(x, k - (y + h));
                float toX = Math.min(x + w, k - y);
                if (toX - fromX > 0.05f) {
                    marks.add(new Stroke(new float[] {fromX, toX}, new float[] {k - fromX, k - toX}, 0.6f, c,
                            new float[0]));
                }
            }
            outline(x, y, w, h, c);
        }

        void outline(float x, float y, float w, float h, Color c) {
            marks.add(new Stroke(new float[] {x, x + w, x + w, x, x}, new float[] {y, y, y + h, y + h, y}, 0.6f, c,
                    new float[0]));
        }

        /** A bar, or a legend swatch, drawn in the series' style. */
        void box(float x, float y, float w, float h, int series, Color c) {
            if (chart.series().get(series).style() == Chart.Style.HATCHED) {
                hatched(x, y, w, h, c);
            } else {
                rect(x, y, w, h, c);
            }
        }

        void drawMarker(float x, float y, Marker m, Color c) {
            float r = CHART_MARKER;
            switch (m) {
                case CIRCLE -> {
                    int n = 12;
                    float[] xs = new float[n];
                    float[] ys = new float[n];
                    for (int i = 0; i < n; i++) {
                        double a = 2 * Math.PI * i / n;
                        xs[i] = x + (float) (r * Math.cos(a));
                        ys[i] = y + (float) (r * Math.sin(a));
                    }
                    marks.add(new Area(xs, ys, c));
                }
                case SQUARE -> rect(x - r * 0.9f, y - r * 0.9f, r * 1.8f, r * 1.8f, c);
                case TRIANGLE -> marks.add(new Area(new float[] {x, x + r * 1.15f, x - r * 1.15f},
                        new float[] {y - r * 1.2f, y + r * 0.9f, y + r * 0.9f}, c));
                case DIAMOND -> marks.add(new Area(new float[] {x, x + r * 1.2f, x, x - r * 1.2f},
                        new float[] {y - r * 1.25f, y, y + r * 1.25f, y}, c));
            }
        }

        /** The dash pattern of a line series. */
        float[] dash(int series) {
            return switch (chart.series().get(series).style()) {
                case SOLID -> new float[0];
                case HATCHED -> new float[] {3f, 2f};
                case DASHED -> new float[] {5f, 3f};
            };
        }

        /** A legend entry's sample: a swatch for bars, a piece of line with its marker for lines. */
        void sample(float x, float midY, int series) {
            Color c = colour(theme, chart, series);
            if (chart.kind() == Chart.Kind.BAR) {
                box(x, midY - 3.5f, 10f, 7f, series, c);
                return;
            }
            Chart.Style style = chart.series().get(series).style();
            marks.add(new Stroke(new float[] {x, x + 16f}, new float[] {midY, midY},
                    style == Chart.Style.DASHED ? CHART_TARGET_WIDTH : CHART_LINE_WIDTH, c, dash(series)));
            if (style != Chart.Style.DASHED) {
                drawMarker(x + 8f, midY, ChartLayout.marker(chart, series), c);
            }
        }

        static float sampleWidth(Chart chart) {
            return chart.kind() == Chart.Kind.BAR ? 10f : 16f;
        }

        /**
         * A legend below the plot from {@code top}, entries side by side, wrapping to new rows.
         *
         * @return the bottom of the legend
         */
        float legendBelow(float left, float top) {
            float x = left;
            float rowTop = top;
            float sw = sampleWidth(chart);
            for (int i = 0; i < chart.series().size(); i++) {
                String name = chart.series().get(i).name();
                float w = sw + 4f + textWidth(name);
                if (x > left && x + w > width) {
                    x = left;
                    rowTop += CHART_LEADING + 3f;
                }
                float mid = rowTop + CHART_LEADING / 2f;
                sample(x, mid, i);
                label(x + sw + 4f, centred(mid), name, Face.REGULAR, theme.text, Anchor.START);
                x += w + 14f;
            }
            return rowTop + CHART_LEADING;
        }

        abstract Drawing draw();
    }

    // ------------------------------------------------------------------ horizontal bars

    private static final class Bars extends Canvas {

        Bars(Chart chart, Theme theme, float width, LineBreaker breaker) {
            super(chart, theme, width, breaker);
        }

        @Override
        Drawing draw() {
            int n = chart.series().size();
            float bar = n == 1 ? CHART_BAR : CHART_GROUPED_BAR;
            float barsHeight = n * bar + (n - 1);
            // Category labels in a column at the left, at most 36 % of the width, wrapped if need be.
            float widest = 0;
            for (String c : chart.categories()) {
                widest = Math.max(widest, textWidth(c));
            }
            float labelWidth = Math.min(widest, width * 0.36f);
            List<List<Line>> labels = new ArrayList<>();
            for (String c : chart.categories()) {
                labels.add(wrap(c, labelWidth));
            }
            // Value labels stand left of negative bars and right of the others; where one would
            // reach past the plot, the plot gives it room.
            float left = labelWidth + 8f;
            float negativeRoom = 0;
            float positiveRoom = 0;
            for (int pass = 0; pass < 2; pass++) {
                double plot = width - positiveRoom - left - negativeRoom;
                float needLeft = 0;
                float needRight = 0;
                for (Chart.Series s : chart.series()) {
                    for (Chart.Point p : s.points()) {
                        if (p.value() != null) {
                            float w = textWidth(p.label()) + LABEL_GAP + 1f;
                            double end = axis.fraction(p.value());
                            if (p.value().signum() < 0) {
                                needLeft = Math.max(needLeft, (float) (w - end * plot));
                            } else {
                                needRight = Math.max(needRight, (float) (w - (1 - end) * plot));
                            }
                        }
                    }
                }
                negativeRoom = Math.max(negativeRoom, needLeft * 1.1f);
                positiveRoom = Math.max(positiveRoom, needRight * 1.1f);
            }
            // The axis' end labels stand centred under its ends, inside the box.
            negativeRoom = Math.max(negativeRoom, textWidth(axis.label(axis.min())) / 2f + 1f - left);
            positiveRoom = Math.max(positiveRoom, textWidth(axis.label(axis.max())) / 2f + 1f);
            float plotLeft = left + negativeRoom;
            float plotRight = width - positiveRoom;
            java.util.function.Function<BigDecimal, Float> xOf =
                    v -> plotLeft + (float) axis.fraction(v) * (plotRight - plotLeft);

            float top = 2f;
            float y = top;
            List<float[]> bands = new ArrayList<>();
            for (int i = 0; i < chart.categories().size(); i++) {
                float h = Math.max(labels.get(i).size() * CHART_LEADING, barsHeight) + 2 * CHART_BAR_GAP;
                bands.add(new float[] {y, h});
                y += h;
            }
            float bottom = y;
            // Grid lines at the ticks, the zero line over them.
            for (BigDecimal t : axis.ticks()) {
                float x = xOf.apply(t);
                if (t.signum() != 0) {
                    line(x, top, x, bottom, CHART_GRID_WIDTH, CHART_GRID);
                }
            }
            for (int i = 0; i < chart.categories().size(); i++) {
                float bandTop = bands.get(i)[0];
                float bandHeight = bands.get(i)[1];
                List<Line> lines = labels.get(i);
                float textTop = bandTop + (bandHeight - lines.size() * CHART_LEADING) / 2f;
                for (int k = 0; k < lines.size(); k++) {
                    label(labelWidth, centred(textTop + (k + 0.5f) * CHART_LEADING), lines.get(k).plainText(),
                            Face.REGULAR, theme.text, Anchor.END);
                }
                float barTop = bandTop + (bandHeight - barsHeight) / 2f;
                for (int s = 0; s < n; s++) {
                    Chart.Point p = chart.series().get(s).points().get(i);
                    float by = barTop + s * (bar + 1);
                    if (p.value() == null) {
                        label(xOf.apply(BigDecimal.ZERO) + LABEL_GAP, centred(by + bar / 2f), p.label(),
                                Face.REGULAR, MUTED, Anchor.START);
                        continue;
                    }
                    float x0 = xOf.apply(BigDecimal.ZERO);
                    float x1 = xOf.apply(p.value());
                    float w = Math.abs(x1 - x0);
                    if (w > 0.01f) {
                        box(Math.min(x0, x1), by, w, bar, s, colour(theme, chart, s, i));
                    }
                    boolean negative = p.value().signum() < 0;
                    label(negative ? x1 - LABEL_GAP : x1 + LABEL_GAP, centred(by + bar / 2f), p.label(),
                            Face.REGULAR, theme.text, negative ? Anchor.END : Anchor.START);
                }
            }
            float zero = xOf.apply(BigDecimal.ZERO);
            line(zero, top, zero, bottom, CHART_AXIS_WIDTH, theme.strongRule);
            line(plotLeft, bottom, plotRight, bottom, CHART_GRID_WIDTH, CHART_GRID);
            float tickBaseline = bottom + 3f + CHART_SIZE;
            for (BigDecimal t : axis.ticks()) {
                label(xOf.apply(t), tickBaseline, axis.label(t), Face.REGULAR, MUTED,
                        Anchor.MIDDLE);
            }
            float end = tickBaseline + 3f;
            Box legend = null;
            if (n > 1) {
                float legendTop = end + 6f;
                end = legendBelow(left, legendTop) + 2f;
                legend = new Box(left, legendTop, width - left, end - legendTop);
            }
            return new Drawing(width, end, List.copyOf(marks), new Box(plotLeft, top, plotRight - plotLeft, bottom - top),
                    legend);
        }
    }

    // ------------------------------------------------------------------ lines

    private static final class Lines extends Canvas {

        Lines(Chart chart, Theme theme, float width, LineBreaker breaker) {
            super(chart, theme, width, breaker);
        }

        @Override
        Drawing draw() {
            boolean small = chart.size() == Chart.Size.SMALL;
            float plotHeight = small ? CHART_SMALL_PLOT_HEIGHT : CHART_PLOT_HEIGHT;
            float tickWidth = 0;
            for (BigDecimal t : axis.ticks()) {
                tickWidth = Math.max(tickWidth, textWidth(axis.label(t)));
            }
            // Targets are labelled with their last value at their right end.
            float endRoom = 0;
            for (Chart.Series s : chart.series()) {
                if (s.style() == Chart.Style.DASHED) {
                    endRoom = Math.max(endRoom, textWidth(lastLabel(s)) + LABEL_GAP + 2f);
                }
            }
            float legendWidth = small ? width * 0.32f : 0f;
            float plotLeft = tickWidth + 5f;
            float plotRight = width - (small ? legendWidth + 10f : 0f) - endRoom;
            float top = CHART_SIZE / 2f + 1f;
            float bottom = top + plotHeight;
            java.util.function.Function<BigDecimal, Float> yOf = v -> bottom - (float) axis.fraction(v) * plotHeight;
            int count = chart.categories().size();
            float spacing = (plotRight - plotLeft) / count;
            java.util.function.IntFunction<Float> xOf = i -> plotLeft + (i + 0.5f) * spacing;

            for (BigDecimal t : axis.ticks()) {
                float y = yOf.apply(t);
                line(plotLeft, y, plotRight, y, CHART_GRID_WIDTH, CHART_GRID);
                label(plotLeft - 4f, centred(y), axis.label(t), Face.REGULAR, MUTED, Anchor.END);
            }
            line(plotLeft, bottom, plotRight, bottom, CHART_AXIS_WIDTH, theme.strongRule);
            // Category labels, every k-th one when they would touch.
            float widest = 0;
            for (String c : chart.categories()) {
                widest = Math.max(widest, textWidth(c));
            }
            int every = Math.max(1, (int) Math.ceil((widest + 4f) / spacing));
            float categoryBaseline = bottom + 3f + CHART_SIZE;
            for (int i = 0; i < count; i++) {
                line(xOf.apply(i), bottom, xOf.apply(i), bottom + 2.5f, CHART_AXIS_WIDTH, theme.strongRule);
                if (i % every == 0) {
                    label(xOf.apply(i), categoryBaseline, chart.categories().get(i), Face.REGULAR, MUTED,
                            Anchor.MIDDLE);
                }
            }
            // Targets first, so the series are drawn over them.
            List<Integer> order = new ArrayList<>();
            for (int s = 0; s < chart.series().size(); s++) {
                if (chart.series().get(s).style() == Chart.Style.DASHED) {
                    order.add(s);
                }
            }
            for (int s = 0; s < chart.series().size(); s++) {
                if (chart.series().get(s).style() != Chart.Style.DASHED) {
                    order.add(s);
                }
            }
            for (int s : order) {
                Chart.Series series = chart.series().get(s);
                Color c = colour(theme, chart, s);
                boolean target = series.style() == Chart.Style.DASHED;
                List<Float> xs = new ArrayList<>();
                List<Float> ys = new ArrayList<>();
                for (int i = 0; i <= count; i++) {
                    Chart.Point p = i < count ? series.points().get(i) : null;
                    if (p != null && p.value() != null) {
                        xs.add(xOf.apply(i));
                        ys.add(yOf.apply(p.value()));
                    } else if (!xs.isEmpty()) {
                        stroke(xs, ys, target ? CHART_TARGET_WIDTH : CHART_LINE_WIDTH, c, dash(s), target);
                        xs.clear();
                        ys.clear();
                    }
                }
                if (!target) {
                    for (int i = 0; i < count; i++) {
                        Chart.Point p = series.points().get(i);
                        if (p.value() != null) {
                            drawMarker(xOf.apply(i), yOf.apply(p.value()), ChartLayout.marker(chart, s),
                                    colour(theme, chart, s, i));
                        }
                    }
                } else {
                    for (int i = count - 1; i >= 0; i--) {
                        Chart.Point p = series.points().get(i);
                        if (p.value() != null) {
                            float y = yOf.apply(p.value());
                            label(plotRight + LABEL_GAP, centred(y), p.label(), Face.REGULAR, CHART_TARGET,
                                    Anchor.START);
                            break;
                        }
                    }
                }
            }
            float end = categoryBaseline + 3f;
            Box legend = null;
            if (small) {
                float legendBottom = legendBeside(width - legendWidth, top);
                legend = new Box(width - legendWidth, top, legendWidth, legendBottom - top);
                end = Math.max(end, legendBottom);
            } else if (chart.series().size() > 1) {
                float legendTop = end + 6f;
                end = legendBelow(plotLeft, legendTop) + 2f;
                legend = new Box(plotLeft, legendTop, width - plotLeft, end - legendTop);
            }
            return new Drawing(width, end, List.copyOf(marks), new Box(plotLeft, top, plotRight - plotLeft, plotHeight),
                    legend);
        }

        /** A line from its first to its last point; a target line reaches the plot's edges. */
        private void stroke(List<Float> xs, List<Float> ys, float w, Color c, float[] dash, boolean target) {
            float[] x = new float[xs.size()];
            float[] y = new float[ys.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = xs.get(i);
                y[i] = ys.get(i);
            }
            if (x.length == 1) {
                x = new float[] {x[0] - 3f, x[0] + 3f};
                y = new float[] {y[0], y[0]};
            }
            marks.add(new Stroke(x, y, w, c, dash));
        }

        private static String lastLabel(Chart.Series s) {
            for (int i = s.points().size() - 1; i >= 0; i--) {
                if (s.points().get(i).value() != null) {
                    return s.points().get(i).label();
                }
            }
            return "";
        }

        /**
         * The legend in a column at the right, one entry under the other.
         *
         * @return its bottom
         */
        private float legendBeside(float left, float top) {
            float y = top;
            float sw = sampleWidth(chart);
            float textLeft = left + sw + 5f;
            for (int i = 0; i < chart.series().size(); i++) {
                List<Line> lines = wrap(chart.series().get(i).name(), width - textLeft);
                sample(left, y + CHART_LEADING / 2f, i);
                for (int k = 0; k < lines.size(); k++) {
                    label(textLeft, centred(y + (k + 0.5f) * CHART_LEADING), lines.get(k).plainText(), Face.REGULAR,
                            theme.text, Anchor.START);
                }
                y += lines.size() * CHART_LEADING + 4f;
            }
            return y;
        }
    }
}
