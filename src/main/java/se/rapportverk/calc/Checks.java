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
import se.rapportverk.workbook.ColumnSpec;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Investering;
import se.rapportverk.workbook.Manadsutfall;
import se.rapportverk.workbook.Schema;
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

    /** The headers the messages quote, as the contract declares them. */
    private static final String AVVIKELSE = Schema.AVVIKELSE.header();
    private static final String PROGNOS = AmountColumn.PROGNOS.spec().header();
    private static final String BUDGET = AmountColumn.BUDGET.spec().header();

    private final Unit unit;

    /**
     * @param unit the workbook's Beloppsenhet, in which messages quote amounts
     */
    public Checks(Unit unit) {
        this.unit = unit;
    }

    /** The largest difference the rounding rule accepts between a given and a calculated figure. */
    public static BigDecimal tolerance(Figure given, Figure calculated, int terms) {
        return Tolerance.of(given, calculated, terms);
    }

    private String amount(BigDecimal value, int decimals) {
        return SwedishFormat.withUnit(value, decimals, unit.symbol());
    }

    /** An amount with at least the decimals, more when the value has them (a value divided by 1 000). */
    private java.util.function.Function<BigDecimal, String> amounts(int decimals) {
        return v -> amount(v, Math.max(decimals, Math.min(6, v.stripTrailingZeros().scale())));
    }

    // ------------------------------------------------------------------ check 1: given totals

    /**
     * Check 1 on a Resultaträkning or Driftsredovisning: every given total row and every given
     * Avvikelse against the calculated value.
     */
    public List<CheckResult> givenTotals(AmountStatement statement) {
        List<CheckResult> results = new ArrayList<>();
        AmountSheet sheet = statement.source();
        java.util.Map<CellRef, AmountLine> lineOf = new java.util.HashMap<>();
        statement.lines().forEach(l -> l.labelCell().ifPresent(c -> lineOf.put(c, l)));
        for (AmountRow row : sheet.rows()) {
            if (row.kind() == AmountRow.Kind.UNREADABLE) {
                continue;
            }
            if (row.kind() == AmountRow.Kind.GIVEN_TOTAL) {
                AmountLine target = AmountStatement.matchingTotal(statement, row.label().value());
                List<AmountLine> summed = rowsOf(statement, target);
                for (AmountColumn column : AmountColumn.values()) {
                    if (!sheet.has(column)) {
                        continue;
                    }
                    List<Diagnosis.Part> parts = new ArrayList<>();
                    parts.add(new Diagnosis.Part(row.value(column), "den angivna summan", 1, false));
                    summed.forEach(l -> parts.add(new Diagnosis.Part(l.value(column), l.label(), -1, true)));
                    compare(results, CheckKind.GIVEN_TOTALS, row.value(column), target.value(column),
                            row.label().value(), column.spec().header(), target.label(), true, sheet.sheetName(), parts);
                }
                if (row.givenAvvikelse().reported()) {
                    compare(results, CheckKind.GIVEN_TOTALS, row.givenAvvikelse(), target.avvikelse(),
                            row.label().value(), AVVIKELSE, target.label(), false, sheet.sheetName(),
                            List.of(new Diagnosis.Part(row.givenAvvikelse(), "den angivna avvikelsen", 1, false)));
                }
            } else {
                AmountLine line = lineOf.get(row.label().cell());
                if (row.givenAvvikelse().reported()) {
                    compare(results, CheckKind.GIVEN_TOTALS, row.givenAvvikelse(), line.avvikelse(),
                            line.label(), AVVIKELSE, line.label(), false, sheet.sheetName(), List.of(
                                    new Diagnosis.Part(row.givenAvvikelse(), "den angivna avvikelsen", 1, false),
                                    new Diagnosis.Part(line.value(AmountColumn.PROGNOS), PROGNOS, -1, false),
                                    new Diagnosis.Part(line.value(AmountColumn.BUDGET), BUDGET, 1, false)));
                }
            }
        }
        return results;
    }

    /** The entered lines a calculated total adds up. */
    private static List<AmountLine> rowsOf(AmountStatement statement, AmountLine total) {
        for (AmountStatement.Section section : statement.sections()) {
            if (section.subtotal().isPresent() && section.subtotal().get() == total) {
                return section.lines();
            }
        }
        return statement.lines();
    }

    /** Check 1 on the Investeringar: given totals and given Avvikelse. */
    public List<CheckResult> givenTotals(Investeringar investeringar) {
        List<CheckResult> results = new ArrayList<>();
        String sheet = investeringar.sheetName();
        for (Investering row : investeringar.givenTotals()) {
            InvesteringLine total = investeringar.total();
            String label = row.projekt().value();
            compareInvestment(results, investeringar, row.budget(), total.budget(), label,
                    Schema.INVESTERINGAR.budget.header(), InvesteringLine::budget);
            compareInvestment(results, investeringar, row.utfallPeriod(), total.utfallPeriod(), label,
                    Schema.INVESTERINGAR.utfallPeriod.header(), InvesteringLine::utfallPeriod);
            compareInvestment(results, investeringar, row.prognos(), total.prognos(), label,
                    Schema.INVESTERINGAR.prognos.header(), InvesteringLine::prognos);
            compare(results, CheckKind.GIVEN_TOTALS, row.givenAvvikelse(), total.avvikelse(), label, AVVIKELSE,
                    "Totalt", false, sheet, List.of(new Diagnosis.Part(row.givenAvvikelse(), "den angivna avvikelsen", 1,
                            false)));
        }
        for (InvesteringLine line : investeringar.lines()) {
            compare(results, CheckKind.GIVEN_TOTALS, line.givenAvvikelse(), line.avvikelse(), line.projekt(),
                    AVVIKELSE, line.projekt(), false, sheet, List.of(
                            new Diagnosis.Part(line.givenAvvikelse(), "den angivna avvikelsen", 1, false),
                            new Diagnosis.Part(line.prognos(), Schema.INVESTERINGAR.prognos.header(), -1, false),
                            new Diagnosis.Part(line.budget(), Schema.INVESTERINGAR.budget.header(), 1, false)));
        }
        return results;
    }

    private void compareInvestment(List<CheckResult> results, Investeringar inv, Figure given, Figure calculated,
                                   String label, String column, java.util.function.Function<InvesteringLine, Figure> value) {
        List<Diagnosis.Part> parts = new ArrayList<>();
        parts.add(new Diagnosis.Part(given, "den angivna summan", 1, false));
        inv.lines().forEach(l -> parts.add(new Diagnosis.Part(value.apply(l), l.projekt(), -1, true)));
        compare(results, CheckKind.GIVEN_TOTALS, given, calculated, label, column, "Totalt", true, inv.sheetName(), parts);
    }

    /**
     * Compares a given figure with the calculated one and records the result; a failure names its
     * likely cause when one is found ({@link Diagnosis}).
     *
     * @param rowLabel    the label of the row the given value stands on
     * @param columnLabel the column compared ({@code Utfall period}, {@code Avvikelse})
     * @param targetLabel the calculated line it is compared with
     * @param isSum       whether the calculated value is a sum of rows (else Prognos − Budget)
     * @param parts       the entered values of both sides, for the diagnosis
     */
    private void compare(List<CheckResult> results, CheckKind kind, Figure given, Figure calculated,
                         String rowLabel, String columnLabel, String targetLabel, boolean isSum, String homeSheet,
                         List<Diagnosis.Part> parts) {
        if (!given.reported() || given.unreadable() || calculated.unreadable()) {
            // An unreadable figure's cell has its error already; a comparison with it would only repeat it.
            return;
        }
        BigDecimal difference = given.orZero().subtract(calculated.orZero());
        BigDecimal tolerance = tolerance(given, calculated, calculated.terms());
        boolean passed = Tolerance.within(difference, tolerance);
        int decimals = Math.max(given.decimals(), calculated.decimals());
        String cells = CellRanges.describe(calculated.sources(), homeSheet);
        String place = given.sources().isEmpty() ? homeSheet : given.sources().first().toString();
        String message;
        java.util.SortedSet<CellRef> cause = new java.util.TreeSet<>();
        if (passed) {
            message = rowLabel + " (" + columnLabel + ") stämmer: " + amount(given.value(), decimals)
                    + " mot beräknat " + amount(calculated.orZero(), decimals) + " (" + cells + ")"
                    + (difference.signum() == 0 ? "" : "; det angivna beloppet visas i dokumenten");
        } else {
            String calculatedAs = isSum ? "raderna " + cells + " summerar till " : PROGNOS + " − " + BUDGET + " (" + cells + ") är ";
            message = rowLabel + " (" + columnLabel + ") är angiven till " + amount(given.value(), decimals)
                    + " men " + calculatedAs + amount(calculated.orZero(), decimals) + "; skillnaden är "
                    + amount(difference, decimals) + ", mer än avrundning kan förklara (högst "
                    + amount(tolerance, decimals + 1) + ")";
            Optional<Diagnosis.Cause> found = Diagnosis.of(isSum ? Diagnosis.Comparison.GIVEN_SUM
                    : Diagnosis.Comparison.GIVEN_VALUE, difference, tolerance, decimals, parts, homeSheet, amounts(decimals));
            message += found.map(Checks::causeSentence).orElse("");
            found.ifPresent(c -> cause.addAll(c.cells()));
        }
        results.add(new CheckResult(kind, passed, place, targetLabel + ", " + columnLabel, given, calculated,
                tolerance, message, cause));
    }

    /** The diagnosis as the end of a message: {@code . Trolig orsak: …}. */
    private static String causeSentence(Diagnosis.Cause cause) {
        return (cause.cells().isEmpty() ? ". Möjlig orsak: " : ". Trolig orsak: ") + cause.text();
    }

    /**
     * Check 1 on the Externa utförare: a share given in percent (Andel utfall, Andel budget) on a row
     * that also has both amounts is compared with the share the amounts give, under the rounding rule
     * of the given share's decimals.
     */
    public List<CheckResult> givenShares(List<ExternLine> lines) {
        List<CheckResult> results = new ArrayList<>();
        for (ExternLine l : lines) {
            share(results, l, l.row().andelUtfall(), l.utfallCalculated() ? l.andelUtfall() : Figure.none(),
                    Schema.EXTERNA_UTFORARE.andelUtfall.header());
            share(results, l, l.row().andelBudget(), l.budgetCalculated() ? l.andelBudget() : Figure.none(),
                    Schema.EXTERNA_UTFORARE.andelBudget.header());
        }
        return results;
    }

    private static void share(List<CheckResult> results, ExternLine line, Figure given, Figure calculated,
                              String column) {
        if (!given.reported() || !calculated.reported() || given.unreadable() || calculated.unreadable()) {
            return;
        }
        BigDecimal tolerance = BigDecimal.valueOf(5, given.decimals() + 1);
        BigDecimal difference = given.value().subtract(calculated.value());
        boolean passed = Tolerance.within(difference, tolerance);
        String label = line.row().verksamhet().value();
        int decimals = Math.max(1, given.decimals());
        String message = passed
                ? label + " (" + column + ") stämmer: " + SwedishFormat.percent(given.value(), decimals) + " mot beräknat "
                        + SwedishFormat.percent(calculated.value(), decimals)
                : label + " (" + column + ") är angiven till " + SwedishFormat.percent(given.value(), decimals)
                        + " men beloppen (" + CellRanges.describe(calculated.sources(), null) + ") ger "
                        + SwedishFormat.percent(calculated.value(), decimals + 1) + "; andelen av beloppen visas";
        results.add(new CheckResult(CheckKind.GIVEN_TOTALS, passed, given.sources().first().toString(),
                label + ", " + column, given, calculated, tolerance, message));
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
            if (!d.reported() && !r.reported() || d.unreadable() || r.unreadable()) {
                continue;
            }
            BigDecimal difference = d.orZero().subtract(r.orZero());
            BigDecimal tolerance = tolerance(d, r, d.terms() + r.terms());
            boolean passed = Tolerance.within(difference, tolerance);
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
            java.util.SortedSet<CellRef> cause = new java.util.TreeSet<>();
            String message;
            if (passed) {
                message = subject + " stämmer med resultaträkningens Summa totalt: " + amount(d.orZero(), decimals);
            } else {
                message = "Totalt för " + column.spec().header() + " (" + dCells + ") är " + amount(d.orZero(), decimals)
                        + " men Summa totalt i resultaträkningen (" + rCells + ") är " + amount(r.orZero(), decimals)
                        + "; skillnaden är " + amount(difference, decimals) + ", mer än avrundning kan förklara (högst "
                        + amount(tolerance, decimals + 1) + ")";
                List<Diagnosis.Part> parts = new ArrayList<>();
                drift.lines().forEach(l -> parts.add(new Diagnosis.Part(l.value(column), l.label(), 1, true)));
                resultat.lines().forEach(l -> parts.add(new Diagnosis.Part(l.value(column), l.label(), -1, true)));
                Optional<Diagnosis.Cause> found = Diagnosis.of(Diagnosis.Comparison.TWO_SUMS, difference, tolerance,
                        decimals, parts, driftSheet, amounts(decimals));
                message += found.map(Checks::causeSentence).orElse("");
                found.ifPresent(c -> cause.addAll(c.cells()));
            }
            results.add(new CheckResult(CheckKind.DRIFT_AGAINST_RESULTAT, passed, place, subject, d, r, tolerance,
                    message, cause));
        }
        return results;
    }

    /** The cell of a column in the sheet's own total row (the one checked against the statement's total), if any. */
    private static Optional<CellRef> givenTotalCell(AmountStatement statement, AmountColumn column) {
        return statement.source().rows().stream()
                .filter(row -> row.kind() == AmountRow.Kind.GIVEN_TOTAL)
                .filter(row -> AmountStatement.matchingTotal(statement, row.label().value()) == statement.total())
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

    /**
     * Check 3 on the Driftsredovisning, whose rows are net amounts of either sign: a value whose sign
     * differs from every other value of its own row (at least two others, all of one sign) is a
     * warning naming that cell. A row without such a value passes.
     */
    public List<CheckResult> rowSigns(AmountSheet sheet) {
        List<CheckResult> results = new ArrayList<>();
        for (AmountRow row : sheet.rows()) {
            if (row.kind() == AmountRow.Kind.GIVEN_TOTAL) {
                continue;
            }
            List<Figure> positive = new ArrayList<>();
            List<Figure> negative = new ArrayList<>();
            List<AmountColumn> positiveColumns = new ArrayList<>();
            List<AmountColumn> negativeColumns = new ArrayList<>();
            for (AmountColumn column : AmountColumn.values()) {
                Figure value = row.value(column);
                if (!value.reported() || value.value().signum() == 0 || value.sources().isEmpty()) {
                    continue;
                }
                (value.value().signum() > 0 ? positive : negative).add(value);
                (value.value().signum() > 0 ? positiveColumns : negativeColumns).add(column);
            }
            if (positive.size() + negative.size() < 3) {
                continue;
            }
            String label = row.label().value();
            boolean oddPositive = positive.size() == 1;
            boolean oddNegative = negative.size() == 1;
            if (oddPositive || oddNegative) {
                Figure odd = oddPositive ? positive.get(0) : negative.get(0);
                AmountColumn column = oddPositive ? positiveColumns.get(0) : negativeColumns.get(0);
                CellRef cell = odd.sources().first();
                String message = label + " (" + column.spec().header() + ", " + cell.address() + ") är "
                        + amount(odd.value(), odd.decimals()) + " men radens övriga belopp är "
                        + (oddPositive ? "negativa" : "positiva") + "; kontrollera tecknet";
                results.add(new CheckResult(CheckKind.SIGNS, false, cell.toString(), label + ", " + column.spec().header(),
                        odd, Figure.none(), BigDecimal.ZERO, message, new java.util.TreeSet<>(java.util.Set.of(cell))));
            } else {
                results.add(new CheckResult(CheckKind.SIGNS, true, row.label().cell().toString(), label + ", tecken",
                        Figure.none(), Figure.none(), BigDecimal.ZERO, label + ": inget belopp har ett annat tecken än radens övriga"));
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
            String periodHeader = AmountColumn.UTFALL_PERIOD_FOREGAENDE_AR.spec().header();
            String subject = row.label().value() + ", " + periodHeader;
            String message = wrong
                    ? periodHeader + " för " + row.label().value() + " (" + amount(period.value(), decimals)
                    + ") är större än " + AmountColumn.BOKSLUT_FOREGAENDE_AR.spec().header() + " ("
                    + amount(year.value(), decimals) + ", "
                    + year.sources().first().address() + "); perioden kan inte överstiga helåret"
                    : subject + " ryms inom helåret";
            results.add(new CheckResult(CheckKind.PERIODS, !wrong, period.sources().first().toString(), subject,
                    period, year, BigDecimal.ZERO, message));
        }
        return results;
    }

    // ------------------------------------------------------------------ check 6: Månadsutfall

    /** One comparison of check 6: a column of the months, over which months, against which column. */
    private record MonthSum(ColumnSpec column, java.util.function.Function<Manadsutfall.Month, Figure> value,
                            boolean wholeYear, AmountColumn target) {
    }

    private static final List<MonthSum> MONTH_SUMS = List.of(
            new MonthSum(Schema.MANADSUTFALL.utfall, Manadsutfall.Month::utfall, false, AmountColumn.UTFALL_PERIOD),
            new MonthSum(Schema.MANADSUTFALL.utfallForegaendeAr, Manadsutfall.Month::utfallForegaendeAr, false,
                    AmountColumn.UTFALL_PERIOD_FOREGAENDE_AR),
            new MonthSum(Schema.MANADSUTFALL.utfallForegaendeAr, Manadsutfall.Month::utfallForegaendeAr, true,
                    AmountColumn.BOKSLUT_FOREGAENDE_AR),
            new MonthSum(Schema.MANADSUTFALL.budget, Manadsutfall.Month::budget, false, AmountColumn.BUDGET_PERIOD),
            new MonthSum(Schema.MANADSUTFALL.budget, Manadsutfall.Month::budget, true, AmountColumn.BUDGET));

    /**
     * Check 6: the months of Månadsutfall against the period. The months of the nämnd as a whole (rows
     * without Verksamhet) against Summa totalt of the Resultaträkning (or Totalt of the
     * Driftsredovisning without one), and each Verksamhet's months against its Driftsredovisning row:
     * Utfall of the months 1…P against Utfall period, Utfall föregående år against Utfall period
     * föregående år (and, with all twelve months, against Bokslut föregående år), Budget against Budget
     * period (and, with all twelve months, against Budget). Under the rounding rule, as check 2. A
     * Verksamhet the Driftsredovisning does not have is a failure too.
     */
    public List<CheckResult> months(Manadsutfall months, Optional<AmountStatement> resultatrakning,
                                    Optional<AmountStatement> drift, Optional<Integer> period) {
        List<CheckResult> results = new ArrayList<>();
        Optional<AmountStatement> whole = resultatrakning.isPresent() ? resultatrakning : drift;
        List<Manadsutfall.Month> namnd = months.namnd();
        if (!namnd.isEmpty() && whole.isPresent()) {
            String where = resultatrakning.isPresent() ? "Summa totalt i resultaträkningen" : "Totalt i driftsredovisningen";
            compareMonths(results, months, namnd, "nämnden som helhet", whole.get(), whole.get().total(),
                    whole.get().lines(), where, period);
        }
        java.util.Map<String, AmountLine> driftLines = new java.util.HashMap<>();
        drift.ifPresent(d -> d.lines().forEach(l -> driftLines.putIfAbsent(
                se.rapportverk.workbook.Names.normalise(l.label()), l)));
        for (java.util.Map.Entry<se.rapportverk.workbook.Text, List<Manadsutfall.Month>> e
                : months.perVerksamhet().entrySet()) {
            String name = e.getKey().value();
            Optional<AmountLine> line = Optional.ofNullable(driftLines.get(se.rapportverk.workbook.Names.normalise(name)));
            if (line.isEmpty()) {
                List<String> known = drift.map(d -> d.lines().stream().map(AmountLine::label).toList()).orElse(List.of());
                String message = drift.isEmpty()
                        ? "verksamheten \"" + name + "\" har månadsutfall men arbetsboken har ingen driftsredovisning "
                        + "att jämföra med"
                        : "verksamheten \"" + name + "\" finns inte i driftsredovisningen"
                        + se.rapportverk.workbook.Names.closest(name, known).map(k -> "; menar du \"" + k + "\"?")
                                .orElse("; skriv " + Schema.MANADSUTFALL.verksamhet.header() + " som i driftsredovisningen");
                results.add(new CheckResult(CheckKind.MONTHS, false, e.getKey().cell().toString(),
                        name + ", " + Schema.MANADSUTFALL.verksamhet.header(),
                        Figure.none(), Figure.none(), BigDecimal.ZERO, message,
                        new java.util.TreeSet<>(java.util.Set.of(e.getKey().cell()))));
                continue;
            }
            compareMonths(results, months, e.getValue(), name, drift.get(), line.get(), List.of(line.get()),
                    name + " i driftsredovisningen", period);
        }
        return results;
    }

    private void compareMonths(List<CheckResult> results, Manadsutfall sheet, List<Manadsutfall.Month> months,
                               String who, AmountStatement statement, AmountLine target, List<AmountLine> targetRows,
                               String where, Optional<Integer> period) {
        for (MonthSum sum : MONTH_SUMS) {
            if (!sheet.has(sum.column()) || !statement.source().has(sum.target()) || (!sum.wholeYear() && period.isEmpty())) {
                continue;
            }
            int last = sum.wholeYear() ? 12 : period.get();
            List<Manadsutfall.Month> range = months.stream().filter(m -> m.month() <= last).toList();
            List<Figure> values = range.stream().map(sum.value()).toList();
            boolean complete = range.size() == last && values.stream().allMatch(Figure::reported);
            if (values.stream().noneMatch(Figure::reported) || (sum.wholeYear() && !complete)) {
                continue;
            }
            Figure monthsSum = Figure.sum(values);
            Figure given = target.value(sum.target());
            if (!given.reported()) {
                continue;
            }
            BigDecimal difference = monthsSum.orZero().subtract(given.orZero());
            BigDecimal tolerance = tolerance(monthsSum, given, monthsSum.terms() + given.terms());
            boolean passed = Tolerance.within(difference, tolerance);
            int decimals = Math.max(monthsSum.decimals(), given.decimals());
            String span = se.rapportverk.format.SwedishMonths.range(last);
            String monthCells = CellRanges.describe(monthsSum.sources(), sheet.sheetName());
            String targetCells = CellRanges.describe(given.sources(), null);
            String subject = who + ", " + sum.column().header() + " " + span + " mot " + sum.target().spec().header();
            String place = sheet.sheetName() + "!" + monthCells;
            java.util.SortedSet<CellRef> cause = new java.util.TreeSet<>();
            String message;
            if (passed) {
                message = "Månadsutfallet " + span + " för " + who + " (" + sum.column().header() + ") stämmer med "
                        + sum.target().spec().header() + ": " + amount(monthsSum.orZero(), decimals);
            } else {
                message = "Månadsutfallet " + span + " för " + who + " (" + sum.column().header() + ", " + monthCells
                        + ") summerar till " + amount(monthsSum.orZero(), decimals) + " men " + sum.target().spec().header()
                        + " för " + where + " (" + targetCells + ") är " + amount(given.orZero(), decimals)
                        + "; skillnaden är " + amount(difference, decimals) + ", mer än avrundning kan förklara (högst "
                        + amount(tolerance, decimals + 1) + ")";
                if (range.size() < last && !sum.wholeYear()) {
                    message += "; " + (last - range.size() == 1 ? "en månad saknas" : (last - range.size())
                            + " månader saknas") + " i " + sheet.sheetName();
                }
                List<Diagnosis.Part> parts = new ArrayList<>();
                for (Manadsutfall.Month m : range) {
                    parts.add(new Diagnosis.Part(sum.value().apply(m),
                            se.rapportverk.format.SwedishMonths.name(m.month()), 1, true));
                }
                targetRows.forEach(l -> parts.add(new Diagnosis.Part(l.value(sum.target()), l.label(), -1, true)));
                Optional<Diagnosis.Cause> found = Diagnosis.of(Diagnosis.Comparison.TWO_SUMS, difference, tolerance,
                        decimals, parts, sheet.sheetName(), amounts(decimals));
                message += found.map(Checks::causeSentence).orElse("");
                found.ifPresent(c -> cause.addAll(c.cells()));
            }
            results.add(new CheckResult(CheckKind.MONTHS, passed, place, subject, monthsSum, given, tolerance, message,
                    cause));
        }
    }

    /** The first result that failed, if any (for tests and summaries). */
    public static Optional<CheckResult> firstFailure(List<CheckResult> results) {
        return results.stream().filter(r -> !r.passed()).findFirst();
    }
}
