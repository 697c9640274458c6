package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import se.rapportverk.format.SwedishFormat;

/**
 * Properties of reading Swedish numbers typed as text: what the documents print reads back as the
 * same number (whatever minus sign or space Word or Excel put in), and no text is ever read at
 * another scale than it was typed (the silent factor of 1 000 of issue 7).
 */
class SwedishNumbersProperties {

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Combinators.combine(Arbitraries.longs().between(-999_999_999_999L, 999_999_999_999L),
                Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
    }

    @Property(tries = 500)
    void whatTheFormatterPrintsReadsBackAsTheSameNumber(@ForAll("amounts") BigDecimal value) {
        String printed = SwedishFormat.number(value, value.scale());
        SwedishNumbers.Parsed parsed = SwedishNumbers.parse(printed).orElseThrow(() -> new AssertionError(printed));
        assertEquals(value, parsed.value(), printed);
        assertTrue(parsed.unit().isEmpty() && !parsed.percent(), printed);
    }

    @Property(tries = 300)
    void percentagesAndAmountsWithTheirUnitReadBack(@ForAll("amounts") BigDecimal value,
                                                    @ForAll Unit unit) {
        SwedishNumbers.Parsed percent = SwedishNumbers.parse(SwedishFormat.percent(value, value.scale())).orElseThrow();
        assertEquals(value, percent.value());
        assertTrue(percent.percent());
        SwedishNumbers.Parsed withUnit = SwedishNumbers.parse(SwedishFormat.withUnit(value, value.scale(),
                unit.symbol())).orElseThrow();
        assertEquals(value, withUnit.value());
        assertEquals(Optional.of(unit), withUnit.unit());
    }

    @Property(tries = 300)
    void everyMinusSignAndSpaceUsersTypeReadsTheSame(@ForAll("amounts") BigDecimal value,
                                                     @ForAll("minus") String minus, @ForAll("space") String space) {
        String printed = SwedishFormat.number(value, value.scale());
        String typed = printed.replace("-", minus).replace("\u00A0", space);
        assertEquals(value, SwedishNumbers.parse(typed).orElseThrow(() -> new AssertionError(typed)).value(), typed);
    }

    @Provide
    Arbitrary<String> minus() {
        return Arbitraries.of("-", "\u2212", "\u2013");
    }

    @Provide
    Arbitrary<String> space() {
        return Arbitraries.of(" ", "\u00A0", "\u2009", "\u202F", "\u2007");
    }

    /** Texts made of digits, separators and signs, most of them not numbers at all. */
    @Provide
    Arbitrary<String> numberLike() {
        return Arbitraries.strings().withChars("0123456789 .,-\u2212%").ofMinLength(1).ofMaxLength(14);
    }

    @Property(tries = 3000)
    void noTextIsReadAtAnotherScaleThanItWasTyped(@ForAll("numberLike") String text) {
        Optional<SwedishNumbers.Parsed> parsed = SwedishNumbers.parse(text);
        if (parsed.isEmpty()) {
            return;
        }
        BigDecimal value = parsed.get().value();
        String typedDigits = text.replaceAll("[^0-9]", "");
        String readDigits = value.abs().toPlainString().replace(".", "");
        assertEquals(stripLeadingZeros(typedDigits), stripLeadingZeros(readDigits), text + " → " + value);
        int separator = Math.max(text.lastIndexOf(','), text.lastIndexOf('.'));
        int typedDecimals = separator < 0 ? 0 : text.substring(separator + 1).replaceAll("[^0-9]", "").length();
        assertEquals(typedDecimals, value.scale(), text + " → " + value + ": the decimals as typed");
    }

    private static String stripLeadingZeros(String digits) {
        String s = digits.replaceFirst("^0+", "");
        return s.isEmpty() ? "0" : s;
    }

    @Property(tries = 1000)
    void aPointBeforeExactlyThreeDigitsIsNeverReadButNamesBothReadings(
            @ForAll @IntRange(min = 1, max = 999) int whole, @ForAll @IntRange(min = 0, max = 999) int part,
            @ForAll boolean negative) {
        String three = String.format(java.util.Locale.ROOT, "%03d", part);
        String text = (negative ? "-" : "") + whole + "." + three;
        assertTrue(SwedishNumbers.parse(text).isEmpty(), text);
        SwedishNumbers.Ambiguous a = SwedishNumbers.ambiguity(text).orElseThrow();
        BigDecimal sign = negative ? BigDecimal.ONE.negate() : BigDecimal.ONE;
        assertEquals(new BigDecimal(whole + "." + three).multiply(sign), a.decimal());
        assertEquals(BigDecimal.valueOf(whole * 1000L + part).multiply(sign), a.thousands());
    }

    @Property(tries = 1000)
    void aCommaBeforeExactlyThreeDigitsIsTheDecimalComma(
            @ForAll @IntRange(min = 1, max = 999) int whole, @ForAll @IntRange(min = 0, max = 999) int part) {
        String three = String.format(java.util.Locale.ROOT, "%03d", part);
        assertEquals(new BigDecimal(whole + "." + three), SwedishNumbers.parse(whole + "," + three).orElseThrow().value());
        assertTrue(SwedishNumbers.ambiguity(whole + "," + three).isEmpty());
    }

    /** Positive amounts, as an accountant writes them inside parentheses. */
    @Provide
    Arbitrary<BigDecimal> positiveAmounts() {
        return Combinators.combine(Arbitraries.longs().between(1, 999_999_999_999L),
                Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
    }

    @Property(tries = 500)
    void aPrintedAmountInParenthesesIsItsNegative(@ForAll("positiveAmounts") BigDecimal value,
                                                  @ForAll("space") String space) {
        String printed = SwedishFormat.number(value, value.scale()).replace("\u00A0", space);
        assertEquals(value.negate(), SwedishNumbers.parse("(" + printed + ")").orElseThrow(
                () -> new AssertionError(printed)).value(), printed);
        SwedishNumbers.Parsed withUnit = SwedishNumbers.parse("(" + printed + ") tkr").orElseThrow();
        assertEquals(value.negate(), withUnit.value());
        assertEquals(Optional.of(Unit.TKR), withUnit.unit());
    }

    @Property(tries = 500)
    void aSignAsWellAsParenthesesIsNeverRead(@ForAll("positiveAmounts") BigDecimal value, @ForAll("minus") String minus,
                                             @ForAll boolean inside) {
        String printed = SwedishFormat.number(value, value.scale());
        String text = inside ? "(" + minus + printed + ")" : minus + "(" + printed + ")";
        assertTrue(SwedishNumbers.parse(text).isEmpty(), text);
        assertTrue(SwedishNumbers.signAndParentheses(text), text);
    }
}
