package se.rapportverk.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class SwedishFormatTest {

    private static String n(String value, int decimals) {
        return SwedishFormat.number(new BigDecimal(value), decimals).replace('\u00A0', ' ');
    }

    @Test
    void groupsThousandsWithNoBreakSpaceAndUsesDecimalComma() {
        assertEquals("1\u00A0092,2", SwedishFormat.number(new BigDecimal("1092.2"), 1));
        assertEquals("1 021 900", n("1021900", 0));
        assertEquals("999", n("999", 0));
        assertEquals("12 345 678,90", n("12345678.9", 2));
    }

    @Test
    void negativesUseHyphenMinus() {
        assertEquals("-51,2", n("-51.2", 1));
        assertEquals("-1 092,2", n("-1092.2", 1));
    }

    @Test
    void roundsHalfUpOnlyWhenShown() {
        assertEquals("0,1", n("0.05", 1));
        assertEquals("-0,1", n("-0.05", 1));
        assertEquals("66,4", n("66.35", 1));
        assertEquals("1 092,2", n("1092.249", 1));
    }

    @Test
    void zeroHasTheTableDecimalsAndNoSign() {
        assertEquals("0,0", n("0", 1));
        assertEquals("0,0", n("-0.04", 1));
        assertEquals("0", n("-0.4", 0));
    }

    @Test
    void notReportedIsAnEnDash() {
        assertEquals("–", SwedishFormat.number(null, 1));
        assertEquals("–", SwedishFormat.percent(null, 1));
    }

    @Test
    void percentHasASpaceBeforeTheSign() {
        assertEquals("21,1\u00A0%", SwedishFormat.percent(new BigDecimal("21.07"), 1));
        assertEquals("100,0\u00A0%", SwedishFormat.percent(new BigDecimal("100"), 1));
    }

    @Test
    void monthsAreLowerCaseWithEnDashRanges() {
        assertEquals("januari–augusti", SwedishMonths.range(8));
        assertEquals("jan–aug", SwedishMonths.shortRange(8));
        assertEquals("januari", SwedishMonths.range(1));
        assertEquals(9, SwedishMonths.parse("Sep.").orElseThrow());
        assertEquals(5, SwedishMonths.parse("maj").orElseThrow());
    }
}
