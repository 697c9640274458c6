package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SwedishNumbersTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "1 092,2|1092.2",
            "1\u00A0092,2|1092.2",
            "1\u2009092,2|1092.2",
            "1\u202F092,2|1092.2",
            "-51,2|-51.2",
            "\u221251,2|-51.2",
            "\u201351,2|-51.2",
            "+4,7|4.7",
            "1092.2|1092.2",
            "1092|1092",
            "0,5|0.5",
            ",5|0.5",
            "  44,0  |44.0",
            "1 021 900|1021900",
            "59,0|59.0",
            "(225,0)|-225.0",
            "(1 092,2)|-1092.2",
            "( 66 300 )|-66300",
            "(0)|0"})
    void readsSwedishNumbers(String text, String expected) {
        SwedishNumbers.Parsed parsed = SwedishNumbers.parse(text).orElseThrow();
        assertEquals(new BigDecimal(expected), parsed.value());
        assertTrue(parsed.unit().isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"12 %|12", "12%|12", "21,1 %|21.1"})
    void readsPercentAsTyped(String text, String expected) {
        SwedishNumbers.Parsed parsed = SwedishNumbers.parse(text).orElseThrow();
        assertEquals(new BigDecimal(expected), parsed.value());
        assertTrue(parsed.percent());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"100 000 kr|100000|KR", "4,2 mkr|4.2|MKR", "4,2 mnkr|4.2|MKR", "(4,2 mkr)|-4.2|MKR", "(4,2) mkr|-4.2|MKR",
            "350 tkr|350|TKR", "12 Tkr|12|TKR"})
    void readsAmountsWithTheirUnit(String text, String expected, Unit unit) {
        SwedishNumbers.Parsed parsed = SwedishNumbers.parse(text).orElseThrow();
        assertEquals(new BigDecimal(expected), parsed.value());
        assertEquals(unit, parsed.unit().orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,3x", "1.092,2", "1,092.2", "abc", "1 09,2", "12 34", "--5", "5-", "1,2,3", "kr", "12 euro",
        "-(225,0)", "(-225,0)", "()", "(225,0", "225,0)", "((225))", "(4,2 mkr) tkr", "(abc)"})
    void refusesAnythingElse(String text) {
        assertTrue(SwedishNumbers.parse(text).isEmpty(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "–", "-", "—"})
    void dashesMeanNotReported(String text) {
        assertTrue(SwedishNumbers.isNotReported(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"4.2|MKR|KR|4200000", "100000|KR|TKR|100.000", "1092200|TKR|MKR|1092.200"})
    void convertsUnitsExactly(String value, Unit from, Unit to, String expected) {
        assertEquals(new BigDecimal(expected), from.convert(new BigDecimal(value), to));
    }
}
