package se.rapportverk.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The faster reading and writing of references gives what the code it replaced gave (the
 * performance round of issue 8: same output bytes, same messages). The old code is kept here as the
 * oracle: {@code oldParse}, {@code oldOf}, {@code oldAddress}, {@code oldQuoted}.
 */
class SourcesEquivalenceProperties {

    // ------------------------------------------------------------------ the old code, as it was

    private static final Comparator<Sources.Range> OLD_ORDER = Comparator.comparing((Sources.Range r) -> r.sheet())
            .thenComparingInt(Sources.Range::firstColumn).thenComparingInt(Sources.Range::lastColumn)
            .thenComparingInt(Sources.Range::firstRow).thenComparingInt(Sources.Range::lastRow);

    /** The old {@code Sources.of}, as ranges. */
    static List<Sources.Range> oldOf(Collection<Sources.Range> ranges) {
        List<Sources.Range> sorted = new ArrayList<>(new LinkedHashSet<>(ranges));
        sorted.sort(OLD_ORDER);
        List<Sources.Range> joined = new ArrayList<>();
        for (Sources.Range r : sorted) {
            if (!joined.isEmpty()) {
                Sources.Range last = joined.get(joined.size() - 1);
                if (last.covers(r)) {
                    continue;
                }
                if (!last.wholeSheet() && !r.wholeSheet() && last.sheet().equals(r.sheet())
                        && last.firstColumn() == r.firstColumn() && last.lastColumn() == r.lastColumn()
                        && r.firstRow() <= last.lastRow() + 1) {
                    joined.set(joined.size() - 1, new Sources.Range(last.sheet(), last.firstRow(), last.firstColumn(),
                            Math.max(last.lastRow(), r.lastRow()), last.lastColumn()));
                    continue;
                }
            }
            joined.add(r);
        }
        return joined;
    }

    /** The old {@code Sources.toString} of ranges. */
    static String oldText(List<Sources.Range> ranges) {
        StringBuilder sb = new StringBuilder();
        for (Sources.Range r : ranges) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            String name = oldQuoted(r.sheet());
            if (r.wholeSheet()) {
                sb.append(name);
            } else {
                String start = oldAddress(r.firstRow(), r.firstColumn());
                sb.append(name).append("!").append(r.firstRow() == r.lastRow() && r.firstColumn() == r.lastColumn()
                        ? start : start + ":" + oldAddress(r.lastRow(), r.lastColumn()));
            }
        }
        return sb.toString();
    }

    static String oldAddress(int row, int column) {
        StringBuilder letters = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return letters + Integer.toString(row + 1);
    }

    static String oldQuoted(String sheet) {
        boolean plain = sheet.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '.');
        return plain ? sheet : "'" + sheet.replace("'", "''") + "'";
    }

    /** The old {@code Sources.parse}: the ranges, or the message it refused the text with. */
    static Object oldParse(String text) {
        try {
            List<Sources.Range> ranges = new ArrayList<>();
            int i = 0;
            int n = text.length();
            while (true) {
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    if (!ranges.isEmpty()) {
                        throw new IllegalArgumentException("\"" + text + "\" slutar med ett kommatecken; skriv till "
                                + "exempel Resultaträkning!E2:E4, Resultaträkning!E5");
                    }
                    return List.of();
                }
                StringBuilder sheet = new StringBuilder();
                if (text.charAt(i) == '\'') {
                    i++;
                    while (true) {
                        if (i >= n) {
                            throw new IllegalArgumentException("bladnamnet i \"" + text + "\" saknar sitt avslutande '");
                        }
                        char c = text.charAt(i++);
                        if (c == '\'') {
                            if (i < n && text.charAt(i) == '\'') {
                                sheet.append('\'');
                                i++;
                            } else {
                                break;
                            }
                        } else {
                            sheet.append(c);
                        }
                    }
                } else {
                    while (i < n && text.charAt(i) != '!' && text.charAt(i) != ',') {
                        sheet.append(text.charAt(i++));
                    }
                }
                String name = sheet.toString().strip();
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("\"" + text + "\" har en referens utan blad; skriv till exempel "
                            + "Resultaträkning!E5");
                }
                int end = i;
                while (end < n && text.charAt(end) != ',') {
                    end++;
                }
                String rest = text.substring(i, end).strip();
                if (rest.isEmpty()) {
                    ranges.add(Sources.Range.sheet(name));
                } else if (rest.charAt(0) == '!') {
                    ranges.add(oldRange(name, rest.substring(1).strip(), text));
                } else {
                    throw new IllegalArgumentException("\"" + text + "\": efter bladnamnet väntades ! och en cell, till "
                            + "exempel 'Externa utförare'!B3");
                }
                i = end;
                if (i >= n) {
                    return oldOf(ranges);
                }
                i++;
            }
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    private static Sources.Range oldRange(String sheet, String cells, String whole) {
        int colon = cells.indexOf(':');
        int[] start = oldAddress(colon < 0 ? cells : cells.substring(0, colon), whole);
        int[] end = colon < 0 ? start : oldAddress(cells.substring(colon + 1), whole);
        if (end[0] < start[0] || end[1] < start[1]) {
            throw new IllegalArgumentException("\"" + cells + "\" i \"" + whole + "\": skriv området från övre vänstra "
                    + "till nedre högra cellen, till exempel E2:E4");
        }
        return new Sources.Range(sheet, start[0], start[1], end[0], end[1]);
    }

    private static int[] oldAddress(String text, String whole) {
        String a = text.strip().replace("$", "").toUpperCase(Locale.ROOT);
        int i = 0;
        int column = 0;
        while (i < a.length() && a.charAt(i) >= 'A' && a.charAt(i) <= 'Z' && i < 3) {
            column = column * 26 + (a.charAt(i) - 'A' + 1);
            i++;
        }
        String digits = a.substring(i);
        if (i == 0 || digits.isEmpty() || digits.length() > 7 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || digits.charAt(0) == '0') {
            throw new IllegalArgumentException("\"" + text.strip() + "\" i \"" + whole + "\" är ingen cell; skriv "
                    + "kolumnens bokstäver och radens nummer, till exempel E5");
        }
        int row = Integer.parseInt(digits) - 1;
        if (row > 1_048_575 || column - 1 > 16_383) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" i \"" + whole + "\" ligger utanför arbetsbladet");
        }
        return new int[] {row, column - 1};
    }

    /** What the new parse gives, in the oracle's terms. */
    private static Object newParse(String text) {
        try {
            return Sources.parse(text).ranges();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    // ------------------------------------------------------------------ the properties

    @Provide
    Arbitrary<String> sheetNames() {
        return Arbitraries.oneOf(
                Arbitraries.of("Resultaträkning", "Driftsredovisning", "Mål", "Texter", "Externa utförare", "O'Brien",
                        "a,b", "x!y", "ı", "ſ", " Blad", "Blad ", "''"),
                Arbitraries.strings().withChars("abÅö_. '!,-1ı").ofMinLength(1).ofMaxLength(8));
    }

    @Provide
    Arbitrary<List<Sources.Range>> ranges() {
        Arbitrary<Sources.Range> range = Combinators.combine(sheetNames().filter(s -> !s.isEmpty()),
                Arbitraries.oneOf(Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 1_048_575)),
                Arbitraries.oneOf(Arbitraries.integers().between(0, 30), Arbitraries.integers().between(0, 16_383)),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 9))
                .as((sheet, row, column, rows, columns, whole) -> whole == 0 ? Sources.Range.sheet(sheet)
                        : new Sources.Range(sheet, row, column, Math.min(1_048_575, row + rows),
                        Math.min(16_383, column + columns)));
        return range.list().ofMaxSize(8);
    }

    /** Texts near the written form: references as written, cut, joined and spoiled a little. */
    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> written = ranges().map(r -> oldText(oldOf(r)));
        Arbitrary<String> piece = Arbitraries.oneOf(written, Arbitraries.of(", ", ",", " ", "  ", "\t", "!", ":", "$",
                "'", "''", "A", "e", "Z", "ZZZ", "AAAA", "0", "1", "1048576", "1048577", "99999999", "XFD", "XFE",
                "ı", "ſ", "Mål", "!A1", "!A01", "!A0", "!a1", "!$B$2", "A1:B2", "B2:A1", ":A1", "\u00A0", "\u2003"),
                Arbitraries.strings().withChars("AB1!:, '$e0").ofMaxLength(6));
        Arbitrary<String> edited = se.rapportverk.testutil.Edits.of(written, "AZe0159!:, '$\t\u00A0ıſ");
        return Arbitraries.oneOf(written, edited, piece.list().ofMaxSize(6).map(l -> String.join("", l)));
    }

    @Property(tries = 5000)
    void parseReadsAndRefusesAsBefore(@ForAll("texts") String text) {
        assertEquals(oldParse(text), newParse(text), text);
    }

    @Property(tries = 2000)
    void ofAndToStringAreAsBefore(@ForAll("ranges") List<Sources.Range> ranges) {
        List<Sources.Range> old = oldOf(ranges);
        Sources s = Sources.of(ranges);
        assertEquals(old, s.ranges());
        assertEquals(oldText(old), s.toString());
    }

    @Property(tries = 2000)
    void cellTextIsTheTextOfTheCellsAsRanges(@ForAll("ranges") List<Sources.Range> ranges) {
        List<Sources.Range> cells = new ArrayList<>();
        for (Sources.Range r : ranges) {
            cells.add(r.wholeSheet() ? Sources.Range.cell(r.sheet(), 0, 0) : Sources.Range.cell(r.sheet(), r.firstRow(),
                    r.firstColumn()));
            if (!r.wholeSheet() && r.lastRow() > r.firstRow()) {
                cells.add(Sources.Range.cell(r.sheet(), r.firstRow() + 1, r.firstColumn()));
            }
        }
        List<Sources.Range> ordered = oldOf(cells); // single cells in the order of of(), joined where consecutive
        Sources.CellText text = new Sources.CellText();
        for (Sources.Range r : ordered) {
            for (int row = r.firstRow(); row <= r.lastRow(); row++) {
                text.add(r.sheet(), row, r.firstColumn());
            }
        }
        assertEquals(oldText(oldOf(cells)), text.text());
    }

    @Example
    void everyColumnIsWrittenAsBefore() {
        for (int column = 0; column <= 16_383; column++) {
            assertEquals(oldAddress(column % 1000, column), Sources.address(column % 1000, column));
        }
        assertEquals("XFD1048576", Sources.address(1_048_575, 16_383));
    }

    @Property(tries = 1000)
    void sheetsAreQuotedAsBefore(@ForAll("sheetNames") String sheet) {
        assertEquals(oldQuoted(sheet), Sources.quoted(sheet));
    }

    @Example
    void cellTextRefusesCellsOutOfOrderOrTwice() {
        Sources.CellText text = new Sources.CellText();
        text.add("B", 3, 1);
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> text.add("B", 3, 1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> text.add("B", 9, 0));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> text.add("A", 9, 9));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> text.add("", 9, 9));
        text.add("B", 4, 1);
        text.add("B", 6, 1);
        text.add("C d", 0, 0);
        assertEquals("B!B4:B5, B!B7, 'C d'!A1", text.text());
        assertEquals("", new Sources.CellText().text());
    }
}
