package se.rapportverk.calc;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.rapportverk.workbook.AmountColumn;
import se.rapportverk.workbook.AmountRow;
import se.rapportverk.workbook.AmountSheet;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Names;

/**
 * A calculated Resultaträkning or Driftsredovisning: the entered rows in sections, each section's
 * subtotal, and the total. Given totals of the sheet are not part of it (they are only checked).
 *
 * @param source   the sheet as read
 * @param sections the sections in order
 * @param total    the calculated total over every row ({@code Summa totalt} or {@code Totalt})
 */
public record AmountStatement(AmountSheet source, List<Section> sections, AmountLine total) {

    /** The name of the calculated total of the Resultaträkning. */
    public static final String SUMMA_INTAKTER = "Summa intäkter";
    public static final String SUMMA_KOSTNADER = "Summa kostnader";
    public static final String SUMMA_TOTALT = "Summa totalt";
    public static final String TOTALT = "Totalt";

    /**
     * A group of lines with its subtotal.
     *
     * @param name     the group's name (Intäkter, Kostnader, or an Område), empty when ungrouped
     * @param lines    the entered rows
     * @param subtotal the calculated subtotal, when the section has one
     */
    public record Section(String name, List<AmountLine> lines, Optional<AmountLine> subtotal) {
        public Section {
            lines = List.copyOf(lines);
        }
    }

    /** Every entered line in order. */
    public List<AmountLine> lines() {
        return sections.stream().flatMap(s -> s.lines().stream()).toList();
    }

    /**
     * Calculates a Resultaträkning: income rows and their sum, cost rows and their sum, and the
     * net total, for every column.
     */
    public static AmountStatement resultatrakning(AmountSheet sheet) {
        List<AmountLine> income = new ArrayList<>();
        List<AmountLine> costs = new ArrayList<>();
        for (AmountRow row : sheet.rows()) {
            switch (row.kind()) {
                case INCOME -> income.add(line(row));
                case COST -> costs.add(line(row));
                default -> {
                }
            }
        }
        boolean unreadable = sheet.rows().stream().anyMatch(r -> r.kind() == AmountRow.Kind.UNREADABLE);
        AmountLine sumIncome = unreadableIf(unreadable, sum(SUMMA_INTAKTER, income));
        AmountLine sumCosts = unreadableIf(unreadable, sum(SUMMA_KOSTNADER, costs));
        List<Section> sections = List.of(
                new Section("Intäkter", income, Optional.of(sumIncome)),
                new Section("Kostnader", costs, Optional.of(sumCosts)));
        return withGivenTotals(new AmountStatement(sheet, sections, sum(SUMMA_TOTALT, List.of(sumIncome, sumCosts))));
    }

    /**
     * Calculates a Driftsredovisning: when rows carry an Område, one section per Område in order
     * of first appearance with its subtotal ({@code Summa <Område>}); the total over every row.
     */
    public static AmountStatement driftsredovisning(AmountSheet sheet) {
        Map<String, List<AmountLine>> groups = new LinkedHashMap<>();
        boolean grouped = false;
        boolean unreadable = false;
        for (AmountRow row : sheet.rows()) {
            if (row.kind() == AmountRow.Kind.GIVEN_TOTAL || row.kind() == AmountRow.Kind.UNREADABLE) {
                unreadable |= row.kind() == AmountRow.Kind.UNREADABLE;
                continue;
            }
            String group = row.group().map(t -> t.value()).orElse("");
            grouped |= !group.isEmpty();
            groups.computeIfAbsent(group, g -> new ArrayList<>()).add(line(row));
        }
        List<Section> sections = new ArrayList<>();
        List<AmountLine> all = new ArrayList<>();
        for (Map.Entry<String, List<AmountLine>> e : groups.entrySet()) {
            Optional<AmountLine> subtotal = grouped && !e.getKey().isEmpty()
                    ? Optional.of(unreadableIf(unreadable, sum("Summa " + e.getKey(), e.getValue()))) : Optional.empty();
            sections.add(new Section(e.getKey(), e.getValue(), subtotal));
            all.addAll(e.getValue());
        }
        return withGivenTotals(new AmountStatement(sheet, sections, unreadableIf(unreadable, sum(TOTALT, all))));
    }

    private static AmountLine line(AmountRow row) {
        return new AmountLine(row.label().value(), Optional.of(row.label().cell()), row.values(), false, Map.of(),
                row.givenAvvikelse());
    }

    /**
     * The calculated total a given total row of the sheet is checked against, by its label.
     * Resultaträkning: a name containing {@code intäkt} → Summa intäkter, {@code kostnad} → Summa
     * kostnader. Driftsredovisning: {@code Summa <Område>} → that Område's subtotal. Otherwise the
     * statement's total.
     */
    public static AmountLine matchingTotal(AmountStatement statement, String label) {
        String key = Names.normalise(label);
        for (Section section : statement.sections()) {
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

    /**
     * The statement with each calculated total carrying the values of the first given total row of
     * the sheet that matches it (later ones are only checked).
     */
    private static AmountStatement withGivenTotals(AmountStatement statement) {
        Map<AmountLine, AmountRow> given = new java.util.IdentityHashMap<>();
        for (AmountRow row : statement.source().rows()) {
            if (row.kind() == AmountRow.Kind.GIVEN_TOTAL) {
                given.putIfAbsent(matchingTotal(statement, row.label().value()), row);
            }
        }
        if (given.isEmpty()) {
            return statement;
        }
        java.util.function.UnaryOperator<AmountLine> attach = line -> {
            AmountRow row = given.get(line);
            return row == null ? line : line.withGiven(row.values(), row.givenAvvikelse());
        };
        List<Section> sections = statement.sections().stream()
                .map(s -> new Section(s.name(), s.lines(), s.subtotal().map(attach))).toList();
        return new AmountStatement(statement.source(), sections, attach.apply(statement.total()));
    }

    /** A calculated line: the sum of the lines, column by column. */
    static AmountLine sum(String label, List<AmountLine> lines) {
        Map<AmountColumn, Figure> values = new EnumMap<>(AmountColumn.class);
        for (AmountColumn column : AmountColumn.values()) {
            values.put(column, Figure.sum(lines.stream().map(l -> l.value(column)).toList()));
        }
        return new AmountLine(label, Optional.empty(), values, true);
    }

    /**
     * A calculated line made unreadable when the sheet has a row that could not be read: the row
     * could belong to it, so the line is not what the sheet adds up to and no check compares it.
     */
    private static AmountLine unreadableIf(boolean unreadable, AmountLine line) {
        if (!unreadable) {
            return line;
        }
        Map<AmountColumn, Figure> values = new EnumMap<>(AmountColumn.class);
        line.values().forEach((c, f) -> values.put(c, f.asUnreadable()));
        return new AmountLine(line.label(), line.labelCell(), values, line.calculated());
    }

    /** The line with the largest deviation in magnitude among the entered lines, if any is non-zero. */
    public Optional<AmountLine> largestDeviation(java.util.function.Function<AmountLine, Figure> deviation) {
        AmountLine best = null;
        for (AmountLine line : lines()) {
            Figure d = deviation.apply(line);
            if (d.reported() && d.value().signum() != 0
                    && (best == null || d.value().abs().compareTo(deviation.apply(best).value().abs()) > 0)) {
                best = line;
            }
        }
        return Optional.ofNullable(best);
    }
}
