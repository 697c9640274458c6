package se.rapportverk.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

import se.rapportverk.document.Chart;
import se.rapportverk.format.SwedishFormat;

/**
 * Properties of a chart's value axis (both the PDF and Word draw it): it spans every value, a bar
 * chart's includes zero, its steps are 1, 2, 2,5 or 5 times a power of ten, whole numbers get whole
 * steps, it has a readable number of ticks, and each tick is labelled in Swedish with a label that
 * reads back as the tick itself.
 */
class ChartAxisProperties {

    @Provide
    Arbitrary<BigDecimal> values() {
        return Arbitraries.integers().between(0, 2).flatMap(scale -> Arbitraries.bigDecimals()
                .between(new BigDecimal("-99999999"), new BigDecimal("99999999")).ofScale(scale));
    }

    private static Chart chart(Chart.Kind kind, List<BigDecimal> values) {
        List<String> categories = new ArrayList<>();
        List<Chart.Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            categories.add("K" + i);
            points.add(new Chart.Point(values.get(i), values.get(i).toPlainString(), null));
        }
        return new Chart(kind, "", "Ett diagram", Chart.Size.NORMAL, categories,
                List.of(new Chart.Series("S", Chart.Style.SOLID, points)));
    }

    @Property
    void theAxisSpansEveryValueInNiceSteps(@ForAll @Size(min = 1, max = 20) List<@net.jqwik.api.From("values") BigDecimal> values,
                                           @ForAll boolean bars) {
        Chart.Kind kind = bars ? Chart.Kind.BAR : Chart.Kind.LINE;
        ChartLayout.Axis axis = ChartLayout.valueAxis(chart(kind, values));
        for (BigDecimal v : values) {
            assertTrue(axis.min().compareTo(v) <= 0 && axis.max().compareTo(v) >= 0, v + " within " + axis);
        }
        if (bars) {
            assertTrue(axis.min().signum() <= 0 && axis.max().signum() >= 0, "zero within " + axis);
        } else {
            // A line never lies on the plot's edge.
            for (BigDecimal v : values) {
                assertTrue(axis.min().compareTo(v) < 0 && axis.max().compareTo(v) > 0, v + " inside " + axis);
            }
        }
        BigDecimal step = axis.step();
        BigDecimal mantissa = step.movePointLeft(step.precision() - step.scale() - 1).stripTrailingZeros();
        assertTrue(Set.of("1", "2", "2.5", "5").contains(mantissa.toPlainString()), "step " + step);
        if (values.stream().allMatch(v -> v.scale() <= 0)) {
            assertTrue(step.compareTo(BigDecimal.ONE) >= 0, "whole numbers get whole steps: " + step);
        }
        List<BigDecimal> ticks = axis.ticks();
        assertTrue(ticks.size() >= 2 && ticks.size() <= 14, ticks.size() + " ticks: " + axis);
        Set<String> labels = new HashSet<>();
        for (BigDecimal t : ticks) {
            String label = axis.label(t);
            assertEquals(0, t.compareTo(SwedishFormat.parse(label)), label + " for " + t);
            assertTrue(labels.add(label), "labels differ: " + label);
        }
    }

    @Property
    void everyMarkStaysInsideTheChartsBox(@ForAll @Size(min = 1, max = 12) List<@net.jqwik.api.From("values") BigDecimal> values,
                                          @ForAll boolean bars) {
        Chart c = chart(bars ? Chart.Kind.BAR : Chart.Kind.LINE, values);
        Theme theme = Theme.standard();
        ChartLayout.Drawing d = ChartLayout.draw(c, theme);
        for (ChartLayout.Mark m : d.marks()) {
            switch (m) {
                case ChartLayout.Label l -> {
                    float w = theme.fonts.width(l.text(), l.face(), l.size());
                    float left = switch (l.anchor()) {
                        case START -> l.x();
                        case MIDDLE -> l.x() - w / 2;
                        case END -> l.x() - w;
                    };
                    assertTrue(left >= -0.5f && left + w <= d.width() + 0.5f, "\"" + l.text() + "\" at " + left);
                    assertTrue(l.baseline() > 0 && l.baseline() <= d.height() + 0.5f, l.text() + " baseline " + l.baseline());
                }
                case ChartLayout.Stroke s -> inside(s.xs(), s.ys(), d);
                case ChartLayout.Area a -> inside(a.xs(), a.ys(), d);
            }
        }
    }

    private static void inside(float[] xs, float[] ys, ChartLayout.Drawing d) {
        for (int i = 0; i < xs.length; i++) {
            assertTrue(xs[i] >= -0.5f && xs[i] <= d.width() + 0.5f && ys[i] >= -0.5f && ys[i] <= d.height() + 0.5f,
                    "(" + xs[i] + ", " + ys[i] + ") outside " + d.width() + " × " + d.height());
        }
    }
}
