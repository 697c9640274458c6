package se.rapportverk.workbook;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers typed as text the way Swedish users type them: {@code 1 092,2} (with a normal,
 * no-break or thin space between thousands), {@code -51,2}, {@code −51,2} (U+2212),
 * {@code 1092.2}, {@code 12 %}, and amounts with a unit: {@code 100 000 kr}, {@code 4,2 mkr}.
 *
 * <p>Accepted: an optional sign ({@code -}, {@code −}, {@code –}, {@code +}); digits, grouped in
 * threes by spaces or not grouped at all; one decimal separator, comma or point; then optionally
 * {@code %} or a unit ({@code kr}, {@code tkr}, {@code mkr}, {@code mnkr}). Anything else is not a
 * number: {@code 1.092,2} is refused rather than guessed at.
 *
 * <p>An accounting negative, the number in parentheses as ledgers and last year's report print
 * it, reads as negative: {@code (225,0)} is -225,0, {@code (1 092,2)} is -1 092,2, and a unit or
 * {@code %} may stand inside or after the parentheses ({@code (4,2 mkr)}, {@code (4,2) mkr}). A sign
 * as well as parentheses ({@code -(225,0)}, {@code (-225,0)}) could mean either sign: it is
 * {@linkplain #signAndParentheses(String) refused}, never guessed at.
 *
 * <p>A point followed by exactly three digits after one to three digits ({@code -12.500},
 * {@code 1.250}) reads two ways, -12,5 or -12 500, a factor of 1 000 apart: it is
 * {@linkplain #ambiguity(String) ambiguous} and never read. A comma in the same place
 * ({@code 1,250}) is the Swedish decimal comma, 1,25: Swedish never groups thousands with a comma.
 */
public final class SwedishNumbers {

    private static final Pattern NUMBER = Pattern.compile(
            "([-+\u2212\u2013]?)\\s*((?:\\d{1,3}(?: \\d{3})+)|\\d+)?(?:[.,](\\d+))?\\s*(%|[a-zA-Z.]+)?");
    private static final Pattern POINT_THOUSANDS = Pattern.compile(
            "([-+\u2212\u2013]?)\\s*([1-9]\\d{0,2})\\.(\\d{3})\\s*(%|[a-zA-Z.]+)?");

    private static final Pattern PARENTHESES = Pattern.compile(
            "([-+\u2212\u2013]?)\\s*\\(\\s*([^()]*?)\\s*\\)\\s*(%|[a-zA-Z.]+)?");

    private SwedishNumbers() {
    }

    /**
     * A text without its accounting parentheses: {@code (225,0)} → {@code -225,0},
     * {@code (4,2) mkr} → {@code -4,2 mkr}; any other text as it is. A text with a sign as well as
     * parentheses is returned unchanged (it is then not a number; see {@link #signAndParentheses}).
     */
    private static String unwrapped(String text) {
        Matcher m = PARENTHESES.matcher(spaces(text));
        if (!m.matches() || !m.group(1).isEmpty() || m.group(2).isEmpty()
                || "-+\u2212\u2013".indexOf(m.group(2).charAt(0)) >= 0) {
            return text;
        }
        if (m.group(3) != null && (m.group(2).endsWith("%") || m.group(2).matches(".*[a-zA-Z.]$"))) {
            return text;
        }
        return "-" + m.group(2) + (m.group(3) == null ? "" : " " + m.group(3));
    }

    /**
     * Whether a text is a number in parentheses that also has a sign, {@code -(225,0)} or
     * {@code (-225,0)}: it reads as negative or as positive (a double negative), so it is refused.
     */
    public static boolean signAndParentheses(String text) {
        Matcher m = PARENTHESES.matcher(spaces(text));
        if (!m.matches() || m.group(2).isEmpty()) {
            return false;
        }
        String inner = m.group(2);
        boolean signInside = "-+\u2212\u2013".indexOf(inner.charAt(0)) >= 0;
        String number = signInside ? inner.substring(1) : inner;
        if (!(signInside || !m.group(1).isEmpty())) {
            return false;
        }
        return plain(number + (m.group(3) == null ? "" : " " + m.group(3))).isPresent();
    }

    /**
     * A number read from text.
     *
     * @param value   the exact value as typed (percent not divided by 100)
     * @param unit    the unit typed after it, if any
     * @param percent whether a {@code %} followed it
     */
    public record Parsed(BigDecimal value, Optional<Unit> unit, boolean percent) {
    }

    /**
     * The two readings of an ambiguous text.
     *
     * @param decimal   the reading with a decimal point ({@code -12.500} → -12.5)
     * @param thousands the reading with a thousands point ({@code -12.500} → -12500)
     * @param suffix    what followed the number ({@code %}, a unit such as {@code kr}), or empty
     */
    public record Ambiguous(BigDecimal decimal, BigDecimal thousands, String suffix) {
    }

    /**
     * Whether a text is a number that reads two ways: one to three digits (not starting with 0), a
     * point, exactly three digits, optionally a sign before and {@code %} or a unit after.
     */
    public static Optional<Ambiguous> ambiguity(String text) {
        Matcher m = POINT_THOUSANDS.matcher(spaces(unwrapped(text)));
        if (!m.matches()) {
            return Optional.empty();
        }
        String suffix = m.group(4) == null ? "" : m.group(4);
        if (!suffix.isEmpty() && !suffix.equals("%") && Unit.parse(suffix).isEmpty()) {
            return Optional.empty();
        }
        boolean negative = !m.group(1).isEmpty() && !m.group(1).equals("+");
        BigDecimal decimal = new BigDecimal(m.group(2) + "." + m.group(3));
        BigDecimal thousands = new BigDecimal(m.group(2) + m.group(3));
        return Optional.of(new Ambiguous(negative ? decimal.negate() : decimal,
                negative ? thousands.negate() : thousands, suffix));
    }

    private static String spaces(String text) {
        return text.strip()
                .replace('\u00A0', ' ')
                .replace('\u2009', ' ')
                .replace('\u202F', ' ')
                .replace('\u2007', ' ');
    }

    /**
     * Reads a number from text.
     *
     * @param text the cell's text (not blank)
     * @return the number, or empty when the text is not a number or is {@linkplain #ambiguity(String) ambiguous}
     */
    public static Optional<Parsed> parse(String text) {
        if (ambiguity(text).isPresent()) {
            return Optional.empty();
        }
        return plain(unwrapped(text));
    }

    /** A number without parentheses. */
    private static Optional<Parsed> plain(String text) {
        String t = spaces(text);
        Matcher m = NUMBER.matcher(t);
        if (!m.matches()) {
            return Optional.empty();
        }
        String integerPart = m.group(2);
        String fraction = m.group(3);
        if (integerPart == null && fraction == null) {
            return Optional.empty();
        }
        String suffix = m.group(4);
        Optional<Unit> unit = Optional.empty();
        boolean percent = false;
        if (suffix != null) {
            if (suffix.equals("%")) {
                percent = true;
            } else {
                unit = Unit.parse(suffix);
                if (unit.isEmpty()) {
                    return Optional.empty();
                }
            }
        }
        StringBuilder digits = new StringBuilder();
        String sign = m.group(1);
        if (!sign.isEmpty() && !sign.equals("+")) {
            digits.append('-');
        }
        digits.append(integerPart == null ? "0" : integerPart.replace(" ", ""));
        if (fraction != null) {
            digits.append('.').append(fraction);
        }
        return Optional.of(new Parsed(new BigDecimal(digits.toString()), unit, percent));
    }

    /** Whether a text means "not reported": empty, or only a dash as reports print it. */
    public static boolean isNotReported(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        return t.isEmpty() || t.equals("–") || t.equals("-") || t.equals("—") || t.equals("\u2212");
    }
}
