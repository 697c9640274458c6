package se.rapportverk.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Properties of the Swedish number format (docs/dokument.md): what a document prints reads back as
 * the exact value rounded half up to the decimals shown, never rescaled, in the one prescribed shape,
 * whatever the machine's locale.
 */
class SwedishFormatProperties {

    @Provide
    Arbitrary<BigDecimal> amounts() {
        return Arbitraries.integers().between(0, 6).flatMap(scale -> Arbitraries.bigDecimals()
                .between(new BigDecimal("-999999999999"), new BigDecimal("999999999999")).ofScale(scale));
    }

    @Property
    void whatIsPrintedReadsBackAsTheValueRoundedHalfUp(@ForAll("amounts") BigDecimal value,
                                                       @ForAll @IntRange(min = 0, max = 4) int decimals) {
        String printed = SwedishFormat.number(value, decimals);
        BigDecimal expected = value.setScale(decimals, RoundingMode.HALF_UP);
        assertEquals(0, expected.compareTo(SwedishFormat.parse(printed)), printed + " for " + value);
        // Never a silent rescaling: the printed value is within half a unit of the last decimal shown.
        BigDecimal half = BigDecimal.ONE.movePointLeft(decimals).divide(BigDecimal.valueOf(2));
        assertTrue(SwedishFormat.parse(printed).subtract(value).abs().compareTo(half) <= 0, printed + " for " + value);
    }

    @Property
    void thePrintedShapeIsTheOnePrescribed(@ForAll("amounts") BigDecimal value,
                                           @ForAll @IntRange(min = 0, max = 4) int decimals) {
        String printed = SwedishFormat.number(value, decimals);
        String fraction = decimals == 0 ? "" : ",\\d{" + decimals + "}";
        assertTrue(printed.matches("-?\\d{1,3}(\u00A0\\d{3})*" + fraction), printed);
        assertFalse(printed.matches("-0(,0*)?"), "no minus on a zero: " + printed);
        assertFalse(printed.matches("-?0\\d.*"), "no leading zero: " + printed);
    }

    @Property
    void aPercentIsTheNumberWithANoBreakSpaceAndThePercentSign(@ForAll("amounts") BigDecimal value) {
        assertEquals(SwedishFormat.number(value, 1) + "\u00A0%", SwedishFormat.percent(value, 1));
    }

    @Property(tries = 200)
    void theMachinesLocaleChangesNothing(@ForAll("amounts") BigDecimal value,
                                         @ForAll @IntRange(min = 0, max = 3) int decimals) {
        Locale before = Locale.getDefault();
        String here = SwedishFormat.number(value, decimals);
        try {
            for (Locale l : new Locale[] {Locale.US, Locale.GERMANY, Locale.forLanguageTag("ar-EG"),
                    Locale.forLanguageTag("hi-IN-u-nu-deva")}) {
                Locale.setDefault(l);
                assertEquals(here, SwedishFormat.number(value, decimals), l.toString());
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Property
    void parseAcceptsOnlyThePrintedShape(@ForAll("amounts") BigDecimal value) {
        String printed = SwedishFormat.number(value, 2);
        // The same figure typed otherwise is not what a document prints.
        for (String other : new String[] {printed.replace('\u00A0', ' '), printed.replace(',', '.'), printed + " "}) {
            if (!other.equals(printed)) {
                boolean refused;
                try {
                    SwedishFormat.parse(other);
                    refused = false;
                } catch (IllegalArgumentException e) {
                    refused = true;
                }
                assertTrue(refused, other);
            }
        }
        assertEquals(null, SwedishFormat.parse(SwedishFormat.NOT_REPORTED));
    }
}
