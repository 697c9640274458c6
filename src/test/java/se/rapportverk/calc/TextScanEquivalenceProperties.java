package se.rapportverk.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * The plain scans that replaced regex scans in checks 8 and 9 find exactly what the regex scans found.
 * The oracles are the old implementations, kept here as they were: {@code Matcher.find()} over the whole
 * text, {@code String.split("\n\n", -1)} for the rows of a Texter section.
 */
class TextScanEquivalenceProperties {

    /** Pieces of text that matter to the patterns, and some that only look as if they did. */
    private static final List<String> PIECES = List.of("{", "}", "{{", "}}", "\\", "\\{", "${", "$", "{prognos}",
            "{utfall hemtjänst}", "{ budget utan tecken }", "{x}}", "{1}", "{å-ö,.()/&'%:}", "0", "1", "7", "12", "123",
            "1 234", "1\u00A0234", "1\u202F234", "12 34", ",", ",5", ".", "-", "−", "–", "- ", " ", "A", "Z", "9x", "x9", "\u00A0", "\u202F",
            "\n", "\n\n", "\n\n\n", "\t", "kr", "mkr", "tkr", "mnkr", "kronor", "miljoner kronor", "tusen kronor",
            "procent", "%", "a", "Å", "ä", "x", "ab", "mkrx", "krona", "\uD83D\uDE00", "\u0301", "\uD800", "\uDC00",
            "٣", "²", "Ⅻ", "0,0", "29,7 mkr", "-4,0 %", "4,0 procent", "361 000 kr");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieced = Arbitraries.of(PIECES).list().ofMaxSize(40).map(l -> String.join("", l));
        Arbitrary<String> anyChars = Arbitraries.strings().ofMaxLength(80);
        Arbitrary<String> fewChars = Arbitraries.strings().withChars("{}\\$0123456789 ,.-−–%krmtnoplesca\u00A0\n")
                .ofMaxLength(80);
        return Arbitraries.oneOf(pieced, anyChars, fewChars);
    }

    /** The old scan: every match of the pattern, by {@code find()}, as start, end and groups. */
    private static List<List<Object>> byFind(Pattern pattern, String text) {
        List<List<Object>> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(describe(m));
        }
        return out;
    }

    /** The new scan: {@link TextReferences#findFrom} from the end of each match. */
    private static List<List<Object>> byScan(Pattern pattern, TextReferences.Starts canStart, String text) {
        List<List<Object>> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        for (int at = 0; TextReferences.findFrom(m, text, at, canStart); at = m.end()) {
            out.add(describe(m));
        }
        return out;
    }

    private static List<Object> describe(Matcher m) {
        List<Object> d = new ArrayList<>(List.of(m.start(), m.end()));
        for (int g = 1; g <= m.groupCount(); g++) {
            d.add(String.valueOf(m.group(g)));
        }
        return d;
    }

    @Property(tries = 3000)
    void typedNumbersAreFoundAsByFind(@ForAll("texts") String text) {
        assertEquals(byFind(TextFigureChecks.TYPED, text), byScan(TextFigureChecks.TYPED, TextFigureChecks.TYPED_START,
                text));
    }

    @Property(tries = 3000)
    void referencesAreFoundAsByFind(@ForAll("texts") String text) {
        assertEquals(byFind(TextReferences.BRACED, text), byScan(TextReferences.BRACED, TextReferences.BRACED_START,
                text));
    }

    // ------------------------------------------------------------------ the old TextReferences, whole

    /** The old {@code find}: each reference (not escaped) as start, end and the name as typed. */
    private static List<List<Object>> oldFind(String text) {
        List<List<Object>> out = new ArrayList<>();
        Matcher m = TextReferences.BRACED.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                continue;
            }
            out.add(List.of(m.start(), m.end(), m.group(2).strip()));
        }
        return out;
    }

    private static String oldReplace(String text) {
        Matcher m = TextReferences.BRACED.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        while (m.find()) {
            sb.append(text, at, m.start());
            if (m.group(1) != null) {
                sb.append(text, m.start() + 1, m.end());
            } else {
                sb.append('<').append(m.group(2).strip()).append('>');
            }
            at = m.end();
        }
        sb.append(text, at, text.length());
        return sb.toString();
    }

    private static String oldWithoutReferences(String text) {
        Matcher m = TextReferences.BRACED.matcher(text);
        StringBuilder sb = new StringBuilder(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    @Property(tries = 2000)
    void findReplaceAndBlankingAreAsBefore(@ForAll("texts") String text) {
        assertEquals(oldFind(text), TextReferences.find(text).stream()
                .map(r -> List.<Object>of(r.start(), r.end(), r.typed())).toList());
        assertEquals(oldReplace(text), TextReferences.replace(text, r -> "<" + r.typed() + ">"));
        assertEquals(oldWithoutReferences(text), TextReferences.withoutReferences(text));
    }

    // ------------------------------------------------------------------ the rows of a Texter section

    /** The old {@code place}: the text split at blank lines, the row whose part holds the position. */
    private static int oldRowOf(String text, int position, int rows) {
        String[] parts = text.split("\n\n", -1);
        if (parts.length == rows) {
            int at = 0;
            for (int i = 0; i < parts.length; i++) {
                at += parts[i].length() + 2;
                if (position < at) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Provide
    Arbitrary<String> sections() {
        return Arbitraries.of("", "a", "ab c", "\n", "\n\n", "\n\n\n", "\n\n\n\n", " \n", "x\n\ny", "1 234 kr", "\r\n")
                .list().ofMaxSize(12).map(l -> String.join("", l));
    }

    @Property(tries = 3000)
    void theRowOfAPositionIsAsBySplitting(@ForAll("sections") String text, @ForAll @IntRange(min = 0, max = 200) int at,
                                           @ForAll @IntRange(min = 1, max = 8) int rows) {
        int position = Math.min(at, text.length());
        assertEquals(oldRowOf(text, position, rows), TextFigureChecks.rowOf(text, position, rows));
    }

    // ------------------------------------------------------------------ the words of a sentence

    private static final Pattern OLD_NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String oldWords(String text) {
        return " " + OLD_NOT_WORD.matcher(se.rapportverk.workbook.Names.normalise(text)).replaceAll(" ").strip() + " ";
    }

    @Property(tries = 3000)
    void theWordsOfATextAreAsByTheRegex(@ForAll("texts") String text) {
        assertEquals(oldWords(text), TextFigureChecks.words(text));
    }

    @net.jqwik.api.Example
    void everyCharacterIsAWordCharacterOrNotAsByTheRegex() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            String s = "a" + new String(Character.toChars(c)) + "b";
            String expected = oldWords(s);
            if (!expected.equals(TextFigureChecks.words(s))) {
                assertEquals(expected, TextFigureChecks.words(s), "U+" + Integer.toHexString(c));
            }
        }
    }
}
