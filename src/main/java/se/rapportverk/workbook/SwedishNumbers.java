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
 */
public final class SwedishNumbers {

    private static final Pattern NUMBER = Pattern.compile(
            "([-+\u2212\u2013]?)\\s*((?:\\d{1,3}(?: \\d{3})+)|\\d+)?(?:[.,](\\d+))?\\s*(%|[a-zA-Z.]+)?");

    private SwedishNumbers() {
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
     * Reads a number from text.
     *
     * @param text the cell's text (not blank)
     * @return the number, or empty when the text is not a number
     */
    public static Optional<Parsed> parse(String text) {
        String t = text.strip()
                .replace('\u00A0', ' ')
                .replace('\u2009', ' ')
                .replace('\u202F', ' ')
                .replace('\u2007', ' ');
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
