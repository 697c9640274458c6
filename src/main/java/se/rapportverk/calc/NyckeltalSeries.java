package se.rapportverk.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.apache.commons.math3.stat.regression.SimpleRegression;

import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Nyckeltal;
import se.rapportverk.workbook.Text;

/**
 * The readings of one key figure for one unit over time: each against its target, and the trend.
 *
 * @param nyckeltal the key figure
 * @param enhet     the unit measured, or empty
 * @param points    the readings in period order
 * @param trend     the least-squares slope of Utfall per month, or an absent figure with fewer than
 *                  two periods
 */
public record NyckeltalSeries(String nyckeltal, String enhet, List<Point> points, Figure trend) {

    /**
     * One reading.
     *
     * @param reading   the row as read
     * @param avvikelse Utfall − Målvärde
     * @param met       whether the target is met, when there is one
     */
    public record Point(Nyckeltal reading, Figure avvikelse, Optional<Boolean> met) {
    }

    /** The direction that is better for this key figure, from its readings. */
    public Optional<Nyckeltal.Riktning> riktning() {
        return points.stream().map(p -> p.reading().riktning()).flatMap(Optional::stream).findFirst();
    }

    /** The unit of measure, from its readings. */
    public Optional<String> mattenhet() {
        return points.stream().map(p -> p.reading().mattenhet()).flatMap(Optional::stream).map(Text::value).findFirst();
    }

    /**
     * Groups the readings per key figure and unit (in order of first appearance) and calculates
     * each series.
     */
    public static List<NyckeltalSeries> of(List<Nyckeltal> rows) {
        Map<String, List<Nyckeltal>> groups = new LinkedHashMap<>();
        for (Nyckeltal n : rows) {
            String key = n.nyckeltal().value() + "\u0000" + n.enhet().map(Text::value).orElse("");
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(n);
        }
        List<NyckeltalSeries> series = new ArrayList<>();
        for (List<Nyckeltal> group : groups.values()) {
            List<Nyckeltal> sorted = group.stream().sorted(Comparator.comparing(Nyckeltal::period)).toList();
            List<Point> points = sorted.stream().map(NyckeltalSeries::point).toList();
            series.add(new NyckeltalSeries(sorted.get(0).nyckeltal().value(),
                    sorted.get(0).enhet().map(Text::value).orElse(""), points, trend(sorted)));
        }
        return series;
    }

    private static Point point(Nyckeltal n) {
        if (!n.malvarde().reported() || !n.utfall().reported()) {
            return new Point(n, Figure.none(), Optional.empty());
        }
        Figure avvikelse = n.utfall().minus(n.malvarde());
        boolean higherIsBetter = n.riktning().orElse(Nyckeltal.Riktning.HOGRE) == Nyckeltal.Riktning.HOGRE;
        int cmp = n.utfall().value().compareTo(n.malvarde().value());
        return new Point(n, avvikelse, Optional.of(higherIsBetter ? cmp >= 0 : cmp <= 0));
    }

    /** The least-squares slope of Utfall over months (Apache Commons Math). */
    private static Figure trend(List<Nyckeltal> sorted) {
        List<Nyckeltal> reported = sorted.stream().filter(n -> n.utfall().reported()).toList();
        if (reported.stream().map(Nyckeltal::period).distinct().count() < 2) {
            return Figure.none();
        }
        SimpleRegression regression = new SimpleRegression();
        TreeSet<CellRef> cells = new TreeSet<>();
        int decimals = 0;
        for (Nyckeltal n : reported) {
            long month = n.period().getYear() * 12L + n.period().getMonthValue();
            regression.addData(month, n.utfall().value().doubleValue());
            cells.addAll(n.utfall().sources());
            decimals = Math.max(decimals, n.utfall().decimals());
        }
        double slope = regression.getSlope();
        if (!Double.isFinite(slope)) {
            // Values near Excel's largest number overflow the regression's doubles: no trend to show.
            return Figure.none();
        }
        return new Figure(BigDecimal.valueOf(slope), cells, decimals, reported.size());
    }
}
