package se.rapportverk.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

import se.rapportverk.workbook.CellRanges;
import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;

/**
 * Why two sides of a comparison disagree: the likely cause of a difference that rounding cannot
 * explain, named with its cell. A comparison is {@code left − right}, each side made of entered
 * values ({@link Part}s). The causes looked for, each as the one cell whose correction makes the
 * difference vanish (within the check's tolerance):
 *
 * <ol>
 *   <li>a sign typed wrong: correcting the value v to −v explains the difference (it is 2 × v);</li>
 *   <li>a row left out of, or counted twice in, a sum: the difference is one row;</li>
 *   <li>a wrong unit: the value is a factor 1 000 too large or too small;</li>
 *   <li>two digits transposed in one value, exactly; and only when nothing above explains it. When
 *       no single value explains it but the difference is divisible by 9 (in units of the last
 *       decimal), that is said without a cell.</li>
 * </ol>
 *
 * The cause with the smallest remaining difference is named; on equal remaining differences the
 * order above decides; several equally good cells (at most three) are all named.
 */
final class Diagnosis {

    /** What a comparison is, for the wording of the cause. */
    enum Comparison {
        /** A given total against the sum of its rows (check 1): the given value is on the left. */
        GIVEN_SUM,
        /** A given value against a calculation that is not a sum (Avvikelse = Prognos − Budget). */
        GIVEN_VALUE,
        /** Two calculated sums (check 2): rows on both sides. */
        TWO_SUMS
    }

    /**
     * One entered value of a comparison.
     *
     * @param figure the value, read from one cell
     * @param label  the row it stands on ({@code Bostadsanpassning}), or the given value's own label
     * @param side   +1 on the left side of {@code left − right}, −1 on the right
     * @param row    whether it is a row of a sum (and so may have been left out or counted twice)
     */
    record Part(Figure figure, String label, int side, boolean row) {
    }

    /** A likely cause: the Swedish sentence and the cells it names. */
    record Cause(String text, SortedSet<CellRef> cells) {
    }

    private enum Kind { SIGN, ROW, UNIT, TRANSPOSED }

    private record Candidate(Kind kind, Part part, BigDecimal corrected, BigDecimal residual, String text) {
    }

    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final int MAX_NAMED = 3;

    private Diagnosis() {
    }

    /**
     * The likely cause of a difference, if one is found.
     *
     * @param comparison what is compared
     * @param difference left − right
     * @param tolerance  the largest difference rounding explains
     * @param decimals   the finest decimal place of the values compared
     * @param parts      the entered values of both sides
     * @param homeSheet  the sheet of the finding, whose name cells leave out
     * @param amount     how an amount is written in the message (with its unit)
     */
    static Optional<Cause> of(Comparison comparison, BigDecimal difference, BigDecimal tolerance, int decimals,
                              List<Part> parts, String homeSheet, Function<BigDecimal, String> amount) {
        if (difference.signum() == 0) {
            return Optional.empty();
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Part p : parts) {
            if (!p.figure().reported() || p.figure().value().signum() == 0 || p.figure().sources().isEmpty()) {
                continue;
            }
            BigDecimal v = p.figure().value();
            add(candidates, Kind.SIGN, p, v.negate(), difference, tolerance, decimals, null);
            if (p.row() && comparison != Comparison.GIVEN_VALUE) {
                // The row counted on the left but not on the right, or the other way round.
                BigDecimal leftOnly = difference.subtract(v.multiply(BigDecimal.valueOf(p.side()))).abs();
                BigDecimal rightOnly = difference.add(v.multiply(BigDecimal.valueOf(p.side()))).abs();
                String row = "raden " + p.label() + " (" + cell(p, homeSheet) + ", " + amount.apply(v) + ")";
                if (comparison == Comparison.GIVEN_SUM) {
                    // The rows are on the right: a row missing from the given total makes left − right = −v.
                    add(candidates, Kind.ROW, p, null, rightOnly, tolerance, decimals,
                            "den angivna summan verkar ha räknat " + row + " två gånger; skillnaden är lika stor som raden");
                    add(candidates, Kind.ROW, p, null, leftOnly, tolerance, decimals,
                            "den angivna summan verkar sakna " + row + "; skillnaden är lika stor som raden");
                } else {
                    String text = row + " verkar saknas på ena sidan eller vara räknad två gånger på den andra; "
                            + "skillnaden är lika stor som raden";
                    add(candidates, Kind.ROW, p, null, leftOnly.min(rightOnly), tolerance, decimals, text);
                }
            }
            for (BigDecimal q : List.of(v.multiply(THOUSAND), v.divide(THOUSAND))) {
                // A thousandth that shows as zero is the row left out, not a unit.
                if (q.setScale(decimals, RoundingMode.HALF_UP).signum() != 0) {
                    add(candidates, Kind.UNIT, p, q, difference, tolerance, decimals, null);
                }
            }
        }
        List<Candidate> best = best(candidates);
        if (best.isEmpty()) {
            best = transposed(comparison, difference, decimals, parts, homeSheet, amount);
        }
        if (best.isEmpty()) {
            BigDecimal units = difference.movePointRight(decimals);
            boolean whole = units.stripTrailingZeros().scale() <= 0;
            if (whole && units.remainder(BigDecimal.valueOf(9)).signum() == 0) {
                return Optional.of(new Cause("skillnaden är delbar med 9, vilket kan tyda på två siffror som har bytt "
                        + "plats i någon av cellerna", new TreeSet<>()));
            }
            return Optional.empty();
        }
        if (best.size() > MAX_NAMED) {
            return Optional.empty();
        }
        SortedSet<CellRef> cells = new TreeSet<>();
        best.forEach(c -> cells.addAll(c.part().figure().sources()));
        return Optional.of(new Cause(describe(comparison, best, homeSheet, amount), cells));
    }

    /**
     * The sentence for equally good candidates, all of one kind: {@code tecknet i D13
     * (Bostadsanpassning, 1,6 mkr): med -1,6 mkr stämmer summan}, or for several cells {@code två
     * siffror har bytt plats i en av cellerna H2 (Hemtjänst: -241 500 tkr i stället för -214 500 tkr),
     * … eller …; med rätt värde stämmer summorna}.
     */
    private static String describe(Comparison comparison, List<Candidate> best, String homeSheet,
                                   Function<BigDecimal, String> amount) {
        Kind kind = best.get(0).kind();
        if (kind == Kind.ROW) {
            return String.join("; eller ", best.stream().map(Candidate::text).toList());
        }
        String prefix = switch (kind) {
            case SIGN -> "tecknet i ";
            case UNIT -> "fel enhet (en faktor 1 000) i ";
            default -> "två siffror har bytt plats i ";
        };
        if (best.size() == 1) {
            Candidate c = best.get(0);
            return prefix + where(c.part(), homeSheet, amount) + ": med " + amount.apply(c.corrected()) + " stämmer "
                    + what(comparison);
        }
        List<String> each = best.stream().map(c -> cell(c.part(), homeSheet) + " (" + c.part().label() + ": "
                + amount.apply(c.corrected()) + " i stället för " + amount.apply(c.part().figure().value()) + ")").toList();
        return prefix + "en av cellerna " + String.join(", ", each.subList(0, each.size() - 1)) + " eller "
                + each.get(each.size() - 1) + "; med rätt värde stämmer " + what(comparison);
    }

    /**
     * The remaining difference after the part is corrected to {@code corrected} (or, for a row, the
     * remaining difference itself), and the candidate when it is within tolerance. Remaining
     * differences are compared at the decimals of the values: closer than that is a tie, which the
     * order of the causes decides.
     */
    private static void add(List<Candidate> candidates, Kind kind, Part p, BigDecimal corrected, BigDecimal difference,
                            BigDecimal tolerance, int decimals, String text) {
        BigDecimal residual = corrected == null ? difference
                : difference.add(corrected.subtract(p.figure().value()).multiply(BigDecimal.valueOf(p.side()))).abs();
        if (Tolerance.within(residual, tolerance)) {
            candidates.add(new Candidate(kind, p, corrected, residual.setScale(decimals, RoundingMode.HALF_UP), text));
        }
    }

    /** The candidates with the smallest remaining difference, then the first kind; one per text. */
    private static List<Candidate> best(List<Candidate> candidates) {
        Comparator<Candidate> order = Comparator.comparing(Candidate::residual).thenComparing(Candidate::kind);
        Optional<Candidate> first = candidates.stream().min(order);
        if (first.isEmpty()) {
            return List.of();
        }
        return candidates.stream().filter(c -> order.compare(c, first.get()) == 0).distinct().toList();
    }

    /** Parts whose value, with two of its digits swapped, makes the difference vanish exactly. */
    private static List<Candidate> transposed(Comparison comparison, BigDecimal difference, int decimals, List<Part> parts,
                                              String homeSheet, Function<BigDecimal, String> amount) {
        List<Candidate> found = new ArrayList<>();
        for (Part p : parts) {
            if (!p.figure().reported() || p.figure().sources().isEmpty()) {
                continue;
            }
            BigDecimal v = p.figure().value();
            // The value it should have been: left − right vanishes when v becomes v − side × difference.
            BigDecimal q = v.subtract(difference.multiply(BigDecimal.valueOf(p.side())));
            if (q.signum() != 0 && q.signum() != v.signum()) {
                continue;
            }
            if (swapOfTwoDigits(v, q, decimals)) {
                found.add(new Candidate(Kind.TRANSPOSED, p, q, BigDecimal.ZERO, null));
            }
        }
        return found.size() > MAX_NAMED ? List.of() : found;
    }

    /** Whether b is a with two of its digits swapped, both written with the given decimals. */
    static boolean swapOfTwoDigits(BigDecimal a, BigDecimal b, int decimals) {
        String x = digits(a, decimals);
        String y = digits(b, decimals);
        // As many digits on both sides: a leading zero swapped in is not a transposition.
        if (x == null || y == null || x.length() != y.length()) {
            return false;
        }
        int width = x.length();
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            if (x.charAt(i) != y.charAt(i)) {
                differing.add(i);
            }
        }
        return differing.size() == 2 && x.charAt(differing.get(0)) == y.charAt(differing.get(1))
                && x.charAt(differing.get(1)) == y.charAt(differing.get(0));
    }

    /** The digits of |v| at the decimals, or null when v has finer decimals. */
    private static String digits(BigDecimal v, int decimals) {
        try {
            return v.abs().setScale(decimals, RoundingMode.UNNECESSARY).unscaledValue().toString();
        } catch (ArithmeticException e) {
            return null;
        }
    }

    private static String cell(Part p, String homeSheet) {
        return CellRanges.describe(p.figure().sources(), homeSheet);
    }

    /** {@code D13 (Bostadsanpassning, 1,6 mkr)}: the cell, its row and its value. */
    private static String where(Part p, String homeSheet, Function<BigDecimal, String> amount) {
        return cell(p, homeSheet) + " (" + p.label() + ", " + amount.apply(p.figure().value()) + ")";
    }

    private static String what(Comparison comparison) {
        return switch (comparison) {
            case GIVEN_SUM -> "summan";
            case GIVEN_VALUE -> "avvikelsen";
            case TWO_SUMS -> "summorna";
        };
    }
}
