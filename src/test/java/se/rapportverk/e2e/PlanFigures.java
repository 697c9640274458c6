package se.rapportverk.e2e;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a handlingsplan (or åtgärdsplan, or uppföljning) must show, computed here from the
 * workbook's cells following docs/arbetsbok.md (sheet Åtgärder, Nyckeltal, Bemanning).
 */
final class PlanFigures {

    /**
     * An action with its effects as the contract defines them.
     *
     * @param helar       Effekt helår, or Antal × Timmar per × Timkostnad; null when neither is given
     * @param innevarande Effekt innevarande år, or helår pro rata from the start month; null without helår
     * @param months      the months of the report year the action runs (for the pro rata)
     */
    record Action(WorkbookCells.Line line, String name, LocalDate start, BigDecimal helar, BigDecimal innevarande,
                  int months, String textEffect) {
    }

    /** One period of a key figure. */
    record Point(String enhet, String period, BigDecimal utfall, BigDecimal malvarde, boolean met) {
    }

    final WorkbookCells wb;
    final int year;
    /** Amounts are shown in tkr (divide by 1000) when Tabellenhet is tkr and Beloppsenhet kr. */
    final boolean tkr;

    PlanFigures(WorkbookCells wb) {
        this.wb = wb;
        this.year = wb.rapport("År").number("Värde").intValueExact();
        this.tkr = wb.rapport("Tabellenhet").text("Värde").equals("tkr") && wb.rapport("Beloppsenhet").text("Värde").equals("kr");
    }

    String unit() {
        return tkr ? "tkr" : "kr";
    }

    /** An amount of the workbook (kr) as the tables show it, whole kr or tkr. */
    String amount(BigDecimal kr) {
        return Sv.number(tkr ? kr.movePointLeft(3) : kr, 0);
    }

    List<Action> actions() {
        List<Action> actions = new ArrayList<>();
        for (WorkbookCells.Line l : wb.rows("Åtgärder")) {
            LocalDate start = l.date("Startdatum");
            BigDecimal helar = l.has("Effekt helår") ? l.number("Effekt helår")
                    : l.has("Antal") && l.has("Timmar per") && l.has("Timkostnad")
                    ? l.number("Antal").multiply(l.number("Timmar per")).multiply(l.number("Timkostnad")) : null;
            int months = start.getYear() < year ? 12 : start.getYear() > year ? 0 : 12 - start.getMonthValue() + 1;
            BigDecimal innevarande = l.has("Effekt innevarande år") ? l.number("Effekt innevarande år")
                    : helar == null ? null : helar.multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(12), 10,
                    RoundingMode.HALF_UP);
            actions.add(new Action(l, l.text("Åtgärd"), start, helar, innevarande, months, l.text("Effekt text")));
        }
        return actions;
    }

    BigDecimal sumInnevarande() {
        return actions().stream().map(Action::innevarande).filter(x -> x != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal sumHelar() {
        return actions().stream().map(Action::helar).filter(x -> x != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal underskott() {
        return wb.rapport("Underskott").number("Värde");
    }

    /** The summary table's row of an action: name, start, innevarande (or the text effect), helår (or empty). */
    List<String> summaryRow(Action a) {
        return List.of(a.name(), a.start().toString(),
                a.innevarande() == null ? a.textEffect() : amount(a.innevarande()),
                a.helar() == null ? "" : amount(a.helar()));
    }

    /** The Täckning table: Underskott, effect this year, Täckningsgrad, Kvarstående underskott. */
    Map<String, String> coverage() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("Underskott att täcka", amount(underskott()));
        m.put("Åtgärdernas effekt innevarande år", amount(sumInnevarande()));
        m.put("Täckningsgrad", Sv.percent(sumInnevarande(), underskott()));
        m.put("Kvarstående underskott", amount(underskott().subtract(sumInnevarande())));
        return m;
    }

    /** The key figures by name, in the sheet's order. */
    Map<String, List<Point>> nyckeltal() {
        Map<String, List<Point>> m = new LinkedHashMap<>();
        for (WorkbookCells.Line l : wb.rows("Nyckeltal")) {
            boolean lower = l.text("Riktning").equals("Lägre är bättre");
            int cmp = l.number("Utfall").compareTo(l.number("Målvärde"));
            m.computeIfAbsent(l.text("Nyckeltal"), k -> new ArrayList<>()).add(new Point(l.text("Enhet"),
                    l.text("Period"), l.number("Utfall"), l.number("Målvärde"), lower ? cmp <= 0 : cmp >= 0));
        }
        return m;
    }

    String riktning(String nyckeltal) {
        return wb.rows("Nyckeltal").stream().filter(l -> l.text("Nyckeltal").equals(nyckeltal)).findFirst()
                .orElseThrow().text("Riktning");
    }

    String mattenhet(String nyckeltal) {
        return wb.rows("Nyckeltal").stream().filter(l -> l.text("Nyckeltal").equals(nyckeltal)).findFirst()
                .orElseThrow().text("Måttenhet");
    }

    /** The least-squares slope per month of a unit's series (x = months since its first period). */
    static BigDecimal slope(List<Point> points) {
        YearMonth first = YearMonth.parse(points.get(0).period());
        int n = points.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = first.until(YearMonth.parse(points.get(i).period()), java.time.temporal.ChronoUnit.MONTHS);
            y[i] = points.get(i).utfall().doubleValue();
        }
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return new BigDecimal(sxy / sxx, MathContext.DECIMAL64);
    }

    /** The units of a key figure with their series, in the sheet's order. */
    Map<String, List<Point>> byUnit(String nyckeltal) {
        Map<String, List<Point>> m = new LinkedHashMap<>();
        for (Point p : nyckeltal().get(nyckeltal)) {
            m.computeIfAbsent(p.enhet(), k -> new ArrayList<>()).add(p);
        }
        return m;
    }

    /** A number shown with some decimals (Swedish, e.g. {@code 103,8}) read back as a decimal. */
    static BigDecimal parse(String shown) {
        return new BigDecimal(shown.replace(Sv.NBSP, ' ').replace(" ", "").replace(',', '.'));
    }

    /** Whether a shown number is the exact value rounded to the decimals it shows. */
    static boolean shows(String shown, BigDecimal exact) {
        BigDecimal s = parse(shown);
        return exact.setScale(Math.max(0, s.scale()), RoundingMode.HALF_UP).compareTo(s) == 0;
    }

    /** The Bemanning sheet's rows with the contract's calculation, in årsarbetare (åa) and kr. */
    record Unit(String enhet, BigDecimal utrymme, BigDecimal bemanning, BigDecimal differens, BigDecimal resultat,
                BigDecimal timmar) {
    }

    List<Unit> bemanning() {
        BigDecimal arsarbetstid = wb.rows("Rapport").stream().anyMatch(l -> l.text("Fält").equals("Årsarbetstid"))
                ? wb.rapport("Årsarbetstid").number("Värde") : BigDecimal.valueOf(1700);
        List<Unit> units = new ArrayList<>();
        for (WorkbookCells.Line l : wb.rows("Bemanning")) {
            BigDecimal kostnad = l.number("Kostnad per årsarbetare");
            BigDecimal utrymme = l.number("Intäkter helår").subtract(l.number("Övriga kostnader helår"))
                    .divide(kostnad, 20, RoundingMode.HALF_UP);
            BigDecimal differens = l.number("Bemanning").subtract(utrymme);
            units.add(new Unit(l.text("Enhet"), utrymme, l.number("Bemanning"), differens,
                    differens.multiply(kostnad).negate(), utrymme.multiply(arsarbetstid)));
        }
        return units;
    }
}
