package se.rapportverk.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import se.rapportverk.format.SwedishFormat;
import se.rapportverk.workbook.AmountColumn;
import se.rapportverk.workbook.AmountRow;
import se.rapportverk.workbook.AmountSheet;
import se.rapportverk.workbook.CellRanges;
import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Investering;
import se.rapportverk.workbook.Names;
import se.rapportverk.workbook.Unit;

/**
 * The checks of contract v1 over the figures of a workbook. Each check returns every comparison
 * it made, passed or failed, so that a check report can show them all.
 *
 * <p>The rounding rule: a given value is accepted when it differs from the calculated one by at
 * most half a unit of the finest decimal place used in the cells involved, times the number of
 * entered values the calculation summed.
 */
public final class Checks {

    private final Unit unit;

    /**
     * @param unit the workbook's Beloppsenhet, in which messages quote amounts
     */
    public Checks(Unit unit) {
        this.unit = unit;
    }

    /** The largest difference the rounding rule accepts between a given and a calculated figure. */
    public static BigDecimal tolerance(Figure given, Figure calculated, int terms) {
        int decimals = Math.max(given.decimals(), calculated.decimals());
        return BigDecimal.valueOf(5, decimals + 1).multiply(BigDecimal.valueOf(terms));
    }

    static boolean within(BigDecimal difference, BigDecimal tolerance) {
        return difference.abs().compareTo(tolerance) <= 0;
    }

    private String amount(BigDecimal value, int decimals) {
        return SwedishFormat.withUnit(value, decimals, unit.symbol());
    }

    // ------------------------------------------------------------------ check 1: given totals

    /**
     * Check 1 on a Resultaträkning or Driftsredovisning: every given total row and every given
     * Avvikelse against the calculated value.
     */
    public List<CheckResult> givenTotals(AmountStatement statement) {
        List<CheckResult> results = new ArrayList<>();
        AmountSheet sheet = statement.source();
        List<AmountLine> lines = statement.lines();
        int lineIndex = 0;
        for (AmountRow row : sheet.rows()) {
            if (row.kind() == AmountRow.Kind.GIVEN_TOTAL) {
                AmountLine target = matchingTotal(statement, row.label().value());
                for (AmountColumn column : AmountColumn.values()) {
                    if (!sheet.has(column)) {
                        continue;
                    }
                    compare(results, CheckKind.GIVEN_TOTALS, row.value(column), target.value(column),
                            row.label().value(), column.spec().header(), target.label(), true, sheet.sheetName());
                }
                if (row.givenAvvikelse().reported()) {
                    compare(results, CheckKind.GIVEN_TOTALS, row.givenAvvikelse(), target.avvikelse(),
                            row.label().value(), "Avvikelse", target.label(), false, sheet.sheetName());
                }
            } else {
                AmountLine line = lines.get(lineIndex++);
                if (row.givenAvvikelse().reported()) {
                    compare(results, CheckKind.GIVEN_TOTALS, row.givenAvvikelse(), line.avvikelse(),
                            line.label(), "Avvikelse", line.label(), false, sheet.sheetName());
                }
            }
        }
        return results;
    }

    private static AmountLine matchingTotal(AmountStatement statement, String label) {
        String key = Names.normalise(label);
        for (AmountStatement.Section section : statement.sections()) {
            if (section.subtotal().isEmpty()) {
                continue;
            }
            String name = Names.normalise(section.name());
            String subtotal = Names.normalise(section.subtotal().get().label());
            if (key.equals(subtotal) || (!name.isEmpty() && key.endsWith(" " + name))
                    || (name.equals("intakter") && key.contains("intakt"))
                    || (name.equals("kostnader") && key.contains("kostnad"))) {
                return section.subtotal().get();
            }
        }
        return statement.total();
    }

    /** Check 1 on the Investeringar: given totals and given Avvikelse. */
    public List<CheckResult> givenTotals(Investeringar investeringar) {
        List<CheckResult> results = new ArrayList<>();
        for (Investering row : investeringar.givenTotals()) {
            InvesteringLine total = investeringar.total();
            String label = row.projekt().value();
            String sheet = investeringar.sheetName();
            compare(results, CheckKind.GIVEN_TOTALS, row.budget(), total.budget(), label, "Budget", "Totalt", true, sheet);
            compare(results, CheckKind.GIVEN_TOTALS, row.utfallPeriod(), total.utfallPeriod(), label, "Utfall period",
                    "Totalt", true, sheet);
            compare(results, CheckKind.GIVEN_TOTALS, row.prognos(), total.prognos(), label, "Prognos", "Totalt", true,
                    sheet);
            compare(results, CheckKind.GIVEN_TOTALS, row.givenAvvikelse(), total.avvikelse(), label, "Avvikelse",
                    "Totalt", false, sheet);
        }
        for (InvesteringLine line : investeringar.lines()) {
            compare(results, CheckKind.GIVEN_TOTALS, line.givenAvvikelse(), line.avvikelse(), line.projekt(),
                    "Avvikelse", line.projekt(), false, investeringar.sheetName());
        }
        return results;
    }

    /**
     * Compares a given figure with the calculated one and records the result.
     *
     * @param rowLabel    the label of the row the given value stands on
     * @param columnLabel the column compared ({@code Utfall period}, {@code Avvikelse})
     * @param targetLabel the calculated line it is compared with
     * @param isSum       whether the calculated value is a sum of rows (else Prognos − Budget)
     */
    private void compare(List<CheckResult> results, CheckKind kind, Figure given, Figure calculated,
                         String rowLabel, String columnLabel, String targetLabel, boolean isSum, String homeSheet) {
        if (!given.reported()) {
            return;
        }
        BigDecimal difference = given.orZero().subtract(calculated.orZero());
        BigDecimal tolerance = tolerance(given, calculated, calculated.terms());
        boolean passed = within(difference, tolerance);
        int decimals = Math.max(given.decimals(), calculated.decimals());
        String cells = CellRanges.describe(calculated.sources(), homeSheet);
        String place = given.sources().isEmpty() ? homeSheet : given.sources().first().toString();
        String message;
        if (passed) {
            message = rowLabel + " (" + columnLabel + ") stämmer: " + amount(given.value(), decimals)
                    + " mot beräknat " + amount(calculated.orZero(), decimals) + " (" + cells + ")";
        } else {
            String calculatedAs = isSum ? "raderna " + cells + " summerar till " : "Prognos − Budget (" + cells + ") är ";
            message = rowLabel + " (" + columnLabel + ") är angiven till " + amount(given.value(), decimals)
                    + " men " + calculatedAs + amount(calculated.orZero(), decimals) + "; skillnaden är "
                    + amount(difference, decimals) + ", mer än avrundning kan förklara (högst "
                    + amount(tolerance, decimals + 1) + ")";
        }
        results.add(new CheckResult(kind, passed, place, targetLabel + ", " + columnLabel, given, calculated,
                tolerance, message));
    }

    // ------------------------------------------------------------------ check 2: drift against resultat

    /**
     * Check 2: Totalt of every column of the Driftsredovisning against Summa totalt of the same
     * column of the Resultaträkning.
     */
    public List<CheckResult> driftAgainstResultat(AmountStatement drift, AmountStatement resultat) {
        List<CheckResult> results = new ArrayList<>();
        for (AmountColumn column : AmountColumn.values()) {
            if (!drift.source().has(column) || !resultat.source().has(column)) {
                continue;
            }
            Figure d = drift.total().value(column);
            Figure r = resultat.total().value(column);
            if (!d.reported() && !r.reported()) {
                continue;
            }
            BigDecimal difference = d.orZero().subtract(r.orZero());
            BigDecimal tolerance = tolerance(d, r, d.terms() + r.terms());
            boolean passed = within(difference, tolerance);
            int decimals = Math.max(d.decimals(), r.decimals());
            String subject = "Totalt, " + column.spec().header();
            String driftSheet = drift.source().sheetName();
            Optional<CellRef> driftGiven = givenTotalCell(drift, column);
            Optional<CellRef> resultatGiven = givenTotalCell(resultat, column);
            String dCells = CellRanges.describe(d.sources(), driftSheet)
                    + driftGiven.map(c -> ", angivet i " + c.address()).orElse("");
            String rCells = CellRanges.describe(r.sources(), null)
                    + resultatGiven.map(c -> ", angivet i " + c).orElse("");
            String place = driftGiven.map(CellRef::toString)
                    .orElse(driftSheet + "!" + CellRanges.describe(d.sources(), driftSheet));
            String message = passed
                    ? subject + " stämmer med resultaträkningens Summa totalt: " + amount(d.orZero(), decimals)
                    : "Totalt för " + column.spec().header() + " (" + dCells + ") är " + amount(d.orZero(), decimals)
                    + " men Summa totalt i resultaträkningen (" + rCells + ") är " + amount(r.orZero(), decimals)
                    + "; skillnaden är " + amount(difference, decimals) + ", mer än avrundning kan förklara (högst "
                    + amount(tolerance, decimals + 1) + ")";
            results.add(new CheckResult(CheckKind.DRIFT_AGAINST_RESULTAT, passed, place, subject, d, r, tolerance,
                    message));
        }
        return results;
    }

    /** The cell of a column in the sheet's own total row (the one checked against the statement's total), if any. */
    private static Optional<CellRef> givenTotalCell(AmountStatement statement, AmountColumn column) {
        return statement.source().rows().stream()
                .filter(row -> row.kind() == AmountRow.Kind.GIVEN_TOTAL)
                .filter(row -> matchingTotal(statement, row.label().value()) == statement.total())
                .map(row -> row.value(column))
                .filter(Figure::reported)
                .map(f -> f.sources().first())
                .findFirst();
    }

    // ------------------------------------------------------------------ check 3: signs

    /** Check 3: income entered as negative, or costs as positive, in the Resultaträkning. */
    public List<CheckResult> signs(AmountSheet resultatrakning) {
        List<CheckResult> results = new ArrayList<>();
        for (AmountRow row : resultatrakning.rows()) {
            if (row.kind() != AmountRow.Kind.INCOME && row.kind() != AmountRow.Kind.COST) {
                continue;
            }
            boolean income = row.kind() == AmountRow.Kind.INCOME;
            for (AmountColumn column : AmountColumn.values()) {
                Figure value = row.value(column);
                if (!value.reported()) {
                    continue;
                }
                boolean wrong = income ? value.value().signum() < 0 : value.value().signum() > 0;
                String subject = row.label().value() + ", " + column.spec().header();
                String message = wrong
                        ? (income
                        ? row.label().value() + " är en intäkt men beloppet är negativt ("
                                + amount(value.value(), value.decimals()) + "); intäkter skrivs utan minustecken"
                        : row.label().value() + " är en kostnad men beloppet är positivt ("
                                + amount(value.value(), value.decimals()) + "); kostnader skrivs med minustecken")
                        : subject + " har rätt tecken";
                results.add(new CheckResult(CheckKind.SIGNS, !wrong, value.sources().first().toString(), subject,
                        value, Figure.none(), BigDecimal.ZERO, message));
            }
        }
        return results;
    }

    // ------------------------------------------------------------------ check 5: periods

    /**
     * Check 5: Utfall period föregående år larger in magnitude than Bokslut föregående år, row by
     * row of a Resultaträkning or Driftsredovisning.
     */
    public List<CheckResult> periods(AmountSheet sheet) {
        List<CheckResult> results = new ArrayList<>();
        for (AmountRow row : sheet.rows()) {
            if (row.kind() == AmountRow.Kind.GIVEN_TOTAL) {
                continue;
            }
            Figure period = row.value(AmountColumn.UTFALL_PERIOD_FOREGAENDE_AR);
            Figure year = row.value(AmountColumn.BOKSLUT_FOREGAENDE_AR);
            if (!period.reported() || !year.reported()) {
                continue;
            }
            boolean wrong = period.value().abs().compareTo(year.value().abs()) > 0;
            int decimals = Math.max(period.decimals(), year.decimals());
            String subject = row.label().value() + ", Utfall period föregående år";
            String message = wrong
                    ? "Utfall period föregående år för " + row.label().value() + " (" + amount(period.value(), decimals)
                    + ") är större än Bokslut föregående år (" + amount(year.value(), decimals) + ", "
                    + year.sources().first().address() + "); perioden kan inte överstiga helåret"
                    : subject + " ryms inom helåret";
            results.add(new CheckResult(CheckKind.PERIODS, !wrong, period.sources().first().toString(), subject,
                    period, year, BigDecimal.ZERO, message));
        }
        return results;
    }

    /** The first result that failed, if any (for tests and summaries). */
    public static Optional<CheckResult> firstFailure(List<CheckResult> results) {
        return results.stream().filter(r -> !r.passed()).findFirst();
    }
}
