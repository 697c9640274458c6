package se.rapportverk.calc;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.rapportverk.workbook.Names;

/**
 * Finds the names of calculated figures that a workbook text writes in braces, such as
 * {@code {prognos avvikelse}} (docs/arbetsbok.md, *Tal i texter*). Nothing else in a text is read:
 * this is not a template language.
 *
 * <ul>
 *   <li>A reference is {@code {name}}: an opening brace, a name that starts with a letter and holds
 *       letters, digits, spaces and {@code - – , . ( ) / & ' % :}, and a closing brace.</li>
 *   <li>A brace that follows {@code $}, {@code {} or {@code \}, and one that is followed by {@code }},
 *       makes no reference: {@code ${x}}, {@code {{x}}}, unbalanced braces and anything else stay as
 *       typed.</li>
 *   <li>{@code \{name}} is the literal text {@code {name}}: the backslash is dropped, nothing is
 *       replaced. A backslash anywhere else stays as typed.</li>
 *   <li>A name that ends in {@code utan tecken} asks for the figure's magnitude.</li>
 * </ul>
 */
public final class TextReferences {

    /** The suffix asking for a figure's magnitude. */
    public static final String UNSIGNED = "utan tecken";

    static final Pattern BRACED = Pattern.compile(
            "(?:(\\\\)|(?<![{$\\\\]))\\{(\\p{L}[\\p{L}\\p{N} \\u00A0\\-–,.()/&'%:]{0,199})\\}(?!\\})");

    /** The characters a match of {@link #BRACED} can begin with: the backslash of an escape, or the brace. */
    static final Starts BRACED_START = new Starts("{\\", "");

    private TextReferences() {
    }

    /**
     * Where a match of a pattern can begin: at one of the characters {@code first}, and never just after
     * one of the ASCII characters {@code notAfter} (which a lookbehind at the match's start refuses).
     */
    static final class Starts {
        private final boolean[] first = new boolean[128];
        private final String firstBeyondAscii;
        private final boolean[] notAfter = new boolean[128];

        /**
         * @param first    every character a match can begin with
         * @param notAfter ASCII characters a match can never begin just after
         */
        Starts(String first, String notAfter) {
            StringBuilder beyond = new StringBuilder();
            for (char c : first.toCharArray()) {
                if (c < 128) {
                    this.first[c] = true;
                } else {
                    beyond.append(c);
                }
            }
            this.firstBeyondAscii = beyond.toString();
            for (char c : notAfter.toCharArray()) {
                if (c >= 128) {
                    throw new IllegalArgumentException("notAfter is ASCII only");
                }
                this.notAfter[c] = true;
            }
        }
    }

    /**
     * Like {@code m.find(from)} on the whole text, but tries a match only where {@code starts} allows
     * one to begin (every match of the pattern must begin there): a plain scan skips the rest, which the
     * regex engine would try position by position. The lookarounds see the whole text (transparent
     * bounds), as they do for {@code find}.
     *
     * @return whether a match was found; then {@code m} holds it
     */
    static boolean findFrom(Matcher m, String text, int from, Starts starts) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        boolean[] first = starts.first;
        boolean[] notAfter = starts.notAfter;
        String beyond = starts.firstBeyondAscii;
        for (int i = from, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 128 ? !first[c] : beyond.indexOf(c) < 0) {
                continue;
            }
            if (i > 0) {
                char before = text.charAt(i - 1);
                if (before < 128 && notAfter[before]) {
                    continue;
                }
            }
            m.region(i, n);
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** The next reference or escaped reference from a position, as {@code BRACED.matcher(text).find(from)}. */
    private static boolean nextBraced(Matcher m, String text, int from) {
        return findFrom(m, text, from, BRACED_START);
    }

    /**
     * One reference in a text.
     *
     * @param start    where its opening brace stands
     * @param end      just after its closing brace
     * @param typed    the name as typed between the braces, trimmed
     * @param name     the figure's name without {@link #UNSIGNED}
     * @param unsigned whether the magnitude is asked for
     */
    public record Reference(int start, int end, String typed, String name, boolean unsigned) {
    }

    /** Every reference of a text, in order (escaped ones, {@code \{…}}, are not references). */
    public static List<Reference> find(String text) {
        List<Reference> out = new ArrayList<>();
        if (text.indexOf('{') < 0) {
            return out;
        }
        Matcher m = BRACED.matcher(text);
        for (int at = 0; nextBraced(m, text, at); at = m.end()) {
            if (m.group(1) == null) {
                out.add(reference(m.start(), m.end(), m.group(2)));
            }
        }
        return out;
    }

    private static Reference reference(int start, int end, String inside) {
        String typed = inside.strip();
        String key = Names.normalise(typed);
        boolean unsigned = key.endsWith(" " + UNSIGNED) || key.equals(UNSIGNED);
        String name = typed;
        if (unsigned) {
            String[] words = typed.split("[\\s\\u00A0]+");
            name = String.join(" ", java.util.Arrays.copyOf(words, Math.max(0, words.length - 2)));
        }
        return new Reference(start, end, typed, name, unsigned);
    }

    /**
     * The text with every reference replaced by what {@code value} gives for it and every escaped
     * reference {@code \{name}} written as {@code {name}}; everything else as typed.
     */
    public static String replace(String text, Function<Reference, String> value) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = BRACED.matcher(text);
        StringBuilder sb = new StringBuilder(text.length());
        int at = 0;
        while (nextBraced(m, text, at)) {
            sb.append(text, at, m.start());
            if (m.group(1) != null) {
                sb.append(text, m.start() + 1, m.end());
            } else {
                sb.append(value.apply(reference(m.start(), m.end(), m.group(2))));
            }
            at = m.end();
        }
        sb.append(text, at, text.length());
        return sb.toString();
    }

    /** The text with every reference (and escaped reference) blanked out, its length kept. */
    static String withoutReferences(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        Matcher m = BRACED.matcher(text);
        StringBuilder sb = new StringBuilder(text);
        for (int at = 0; nextBraced(m, text, at); at = m.end()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }
}
