package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The cheaper name and cell-text code of the fourth performance round gives what the code it replaced
 * gave, the old code kept here as the oracle: {@link Names#normalise} (one pass over Latin-1 text),
 * {@link Choice#find} (keys made once per type) and {@link CellText#clean} (no normaliser for text that
 * is composed as it stands).
 */
class CheaperTextProperties {

    // ------------------------------------------------------------------ the old code

    private static String oldNormalise(String name) {
        if (name == null) {
            return "";
        }
        String composed = Normalizer.isNormalized(name, Normalizer.Form.NFC) ? name
                : Normalizer.normalize(name, Normalizer.Form.NFC);
        String lower = composed.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        boolean pendingSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = sb.length() > 0;
                continue;
            }
            if (pendingSpace) {
                sb.append(' ');
                pendingSpace = false;
            }
            sb.append(switch (c) {
                case 'å', 'ä', 'á', 'à' -> 'a';
                case 'ö', 'ø' -> 'o';
                case 'é', 'è' -> 'e';
                default -> c;
            });
        }
        return sb.toString();
    }

    private static String oldKey(String name) {
        return oldNormalise(oldNormalise(name).replace('-', ' ').replace('_', ' '));
    }

    private static <E extends Enum<E> & Choice> Optional<E> oldFind(Class<E> type, String text) {
        String key = oldKey(text);
        for (E e : type.getEnumConstants()) {
            if (oldKey(e.word()).equals(key) || e.aliases().stream().anyMatch(a -> oldKey(a).equals(key))) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    private static CellText.Cleaned oldClean(String s) {
        boolean any = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (CellText.isRemoved(ch)) {
                any = true;
                break;
            }
        }
        String kept = s;
        String removed = null;
        if (any) {
            StringBuilder sb = new StringBuilder(s.length());
            Set<String> codes = new LinkedHashSet<>();
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                if (Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    sb.append(ch).append(s.charAt(i + 1));
                    i++;
                } else if (CellText.isRemoved(ch)) {
                    codes.add(String.format(Locale.ROOT, "U+%04X", (int) ch));
                } else {
                    sb.append(ch);
                }
            }
            kept = sb.toString();
            removed = String.join(", ", codes.stream().limit(5).toList()) + (codes.size() > 5 ? " …" : "");
        }
        if (!Normalizer.isNormalized(kept, Normalizer.Form.NFC)) {
            kept = Normalizer.normalize(kept, Normalizer.Form.NFC);
        }
        return new CellText.Cleaned(kept, removed);
    }

    // ------------------------------------------------------------------ texts

    /** Pieces that matter: case, folded letters, every kind of space, composition, controls, surrogates. */
    private static final List<String> PIECES = List.of("a", "Z", "å", "Å", "ä", "Ä", "ö", "Ö", "ø", "Ø", "é", "É", "è",
            "á", "à", "Á", "ß", "ÿ", "µ", "Þ", "×", "İ", "ı", "Σ", "ς", "ǅ", "ﬀ", "Ω", "Ω", "K", "a\u030A", "o\u0308",
            "\u0301", "e\u0301", "\u0300", " ", "  ", "\t", "\n", "\r", "\u000B", "\u001C", "\u001F", "\u0085", "\u00A0",
            "\u1680", "\u2000", "\u2001", "\u2002", "\u2007", "\u200B", "\u2028", "\u202F", "\u205F", "\u3000", "-", "_",
            "–", "—", "’", "…", "\u0000", "\u0007", "\u007F", "\u009F", "\u202E", "\u2066", "\u200E", "\uFEFF", "\uFFFF",
            "\uD83D\uDE00", "\uD800", "\uDC00", "x\uD800", "1", "9", "Resultaträkning", "RESULTATRÄKNING", "Mål",
            "Delvis uppfyllt", "KF", "mnkr", "miljoner kronor", "Ej bedömt", "Väsentliga händelser", "_x0007_",
            "\u0127", "\u01C4", "\u02FF", "\u0340", "\u0344", "\u0958", "\u212B", "\u2126", "\uAC00", "\u1100\u1161",
            "\u0F73");

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieced = Arbitraries.of(PIECES).list().ofMaxSize(12).map(l -> String.join("", l));
        Arbitrary<String> latin1 = Arbitraries.strings().withCharRange('\u0000', '\u00FF').ofMaxLength(30);
        Arbitrary<String> anyChars = Arbitraries.strings().ofMaxLength(30);
        Arbitrary<String> spaces = Arbitraries.strings().withChars(" \t\u00A0\u2002\u3000aAåÅ-_").ofMaxLength(20);
        return Arbitraries.oneOf(pieced, latin1, anyChars, spaces);
    }

    // ------------------------------------------------------------------ the properties

    @Property(tries = 5000)
    void namesAreNormalisedAsBefore(@ForAll("texts") String text) {
        assertEquals(oldNormalise(text), Names.normalise(text));
        assertEquals(oldKey(text), Names.key(text));
    }

    @Example
    void everyCharacterAndEveryPairOfLatin1IsNormalisedAsBefore() {
        assertEquals("", Names.normalise(null));
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            String s = String.valueOf(c);
            assertEquals(oldNormalise(s), Names.normalise(s), () -> "U+" + Integer.toHexString(s.charAt(0)));
        }
        char[] pair = new char[2];
        for (char a = 0; a <= 0xFF; a++) {
            for (char b = 0; b <= 0xFF; b++) {
                pair[0] = a;
                pair[1] = b;
                String s = new String(pair);
                String expected = oldNormalise(s);
                if (!expected.equals(Names.normalise(s))) {
                    assertEquals(expected, Names.normalise(s), "U+" + Integer.toHexString(a) + " U+" + Integer.toHexString(b));
                }
            }
        }
    }

    @Property(tries = 3000)
    void choicesAreFoundAsBefore(@ForAll("choiceTexts") String text) {
        for (Class<?> type : List.of(Unit.class, RapportField.class, TextKey.class, Mal.Niva.class, Mal.Bedomning.class,
                AmountRow.Typ.class, Uppdrag.Typ.class, Internkontroll.Resultat.class, Nyckeltal.Riktning.class,
                Atgard.Status.class, Arende.Typ.class, Arende.Placering.class)) {
            assertEquals(oldFindRaw(type, text), findRaw(type, text), type + " " + text);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Object> oldFindRaw(Class type, String text) {
        return oldFind(type, text);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Optional<Object> findRaw(Class type, String text) {
        return Choice.find(type, text);
    }

    /** Every word and alias of every choice, changed in case, spaces and hyphens, and other texts. */
    @Provide
    Arbitrary<String> choiceTexts() {
        List<String> words = new java.util.ArrayList<>();
        for (Class<?> type : List.of(Unit.class, RapportField.class, TextKey.class, Mal.Niva.class, Mal.Bedomning.class,
                AmountRow.Typ.class, Uppdrag.Typ.class, Internkontroll.Resultat.class, Nyckeltal.Riktning.class,
                Atgard.Status.class, Arende.Typ.class, Arende.Placering.class)) {
            for (Object constant : type.getEnumConstants()) {
                Choice c = (Choice) constant;
                words.add(c.word());
                words.addAll(c.aliases());
            }
        }
        Arbitrary<String> word = Arbitraries.of(words);
        Arbitrary<String> changed = word.map(w -> w.toUpperCase(Locale.ROOT).replace(' ', '-'));
        Arbitrary<String> spaced = word.map(w -> "  " + w.replace(" ", "\u00A0 _") + "\t");
        return Arbitraries.oneOf(word, changed, spaced, texts());
    }

    @Property(tries = 5000)
    void cellTextIsCleanedAsBefore(@ForAll("texts") String text) {
        assertEquals(oldClean(text), CellText.clean(text));
    }

    /**
     * What {@link CellText#isComposed} calls composed is so for the JDK's normaliser: every such character
     * alone and every pair of them (composition joins neighbours; none of these is a combining mark).
     */
    @Example
    void theCharactersTakenAsComposedAreSoAloneAndInPairs() {
        StringBuilder set = new StringBuilder();
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (CellText.isComposed(c)) {
                set.append(c);
                assertTrue(Normalizer.isNormalized(String.valueOf(c), Normalizer.Form.NFC), () -> "U+"
                        + Integer.toHexString(set.charAt(set.length() - 1)));
            }
        }
        char[] pair = new char[2];
        for (int i = 0; i < set.length(); i++) {
            pair[0] = set.charAt(i);
            for (int j = 0; j < set.length(); j++) {
                pair[1] = set.charAt(j);
                if (!Normalizer.isNormalized(new String(pair), Normalizer.Form.NFC)) {
                    throw new AssertionError("U+" + Integer.toHexString(pair[0]) + " U+" + Integer.toHexString(pair[1]));
                }
            }
        }
        assertTrue(CellText.isComposed('ö') && CellText.isComposed('–') && !CellText.isComposed('\u0301')
                && !CellText.isComposed('\u2000') && !CellText.isComposed('\u212B'));
    }

    // ------------------------------------------------------------------ cell references

    private static final java.util.Comparator<CellRef> OLD_ORDER = java.util.Comparator.comparing(CellRef::sheet)
            .thenComparingInt(CellRef::column).thenComparingInt(CellRef::row);

    private static String oldDescribe(java.util.Collection<CellRef> cells, String homeSheet) {
        java.util.SortedSet<CellRef> sorted = new java.util.TreeSet<>(OLD_ORDER);
        sorted.addAll(cells);
        List<String> parts = new java.util.ArrayList<>();
        CellRef start = null;
        CellRef previous = null;
        for (CellRef cell : sorted) {
            if (previous != null && cell.sheet().equals(previous.sheet()) && cell.column() == previous.column()
                    && cell.row() == previous.row() + 1) {
                previous = cell;
                continue;
            }
            if (start != null) {
                parts.add(oldRange(start, previous, homeSheet));
            }
            start = cell;
            previous = cell;
        }
        if (start != null) {
            parts.add(oldRange(start, previous, homeSheet));
        }
        return String.join(", ", parts);
    }

    private static String oldRange(CellRef start, CellRef end, String homeSheet) {
        String prefix = start.sheet().equals(homeSheet) ? "" : start.sheet() + "!";
        String a = org.apache.poi.ss.util.CellReference.convertNumToColString(start.column()) + (start.row() + 1);
        String b = org.apache.poi.ss.util.CellReference.convertNumToColString(end.column()) + (end.row() + 1);
        return start.equals(end) ? prefix + a : prefix + a + ":" + b;
    }

    @Provide
    Arbitrary<List<CellRef>> cellLists() {
        Arbitrary<CellRef> cell = net.jqwik.api.Combinators.combine(
                Arbitraries.of("Drift", "Resultaträkning", "Rapport", "drift", "Drift "),
                Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 5))
                .as((sheet, row, column) -> new CellRef(new String(sheet), row, column));
        return cell.list().ofMaxSize(25);
    }

    @Property(tries = 3000)
    void cellsAreOrderedAndDescribedAsBefore(@ForAll("cellLists") List<CellRef> cells) {
        for (int i = 0; i + 1 < cells.size(); i++) {
            assertEquals(Integer.signum(OLD_ORDER.compare(cells.get(i), cells.get(i + 1))),
                    Integer.signum(cells.get(i).compareTo(cells.get(i + 1))));
        }
        for (String home : new String[] {"Drift", null}) {
            assertEquals(oldDescribe(cells, home), CellRanges.describe(cells, home));
            java.util.TreeSet<CellRef> set = new java.util.TreeSet<>(cells);
            assertEquals(oldDescribe(cells, home), CellRanges.describe(set, home));
            assertEquals(oldDescribe(cells, home), CellRanges.describe(CellSet.copyOf(cells), home));
        }
    }

    @Example
    void everyColumnIsNamedAsPoiNamesIt() {
        for (int column = -3; column <= 20000; column++) {
            assertEquals(org.apache.poi.ss.util.CellReference.convertNumToColString(column), CellRef.columnName(column));
        }
        for (int column : new int[] {Integer.MAX_VALUE - 1, 1 << 20, 475253, 475254}) {
            assertEquals(org.apache.poi.ss.util.CellReference.convertNumToColString(column), CellRef.columnName(column));
        }
        assertEquals("XFD1048576", new CellRef("x", 1048575, 16383).address());
    }
}
