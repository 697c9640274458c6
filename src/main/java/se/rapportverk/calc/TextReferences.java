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

    private static final Pattern BRACED = Pattern.compile(
            "(?:(\\\\)|(?<![{$\\\\]))\\{(\\p{L}[\\p{L}\\p{N} \\u00A0\\-–,.()/&'%:]{0,199})\\}(?!\\})");

    private TextReferences() {
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
        Matcher m = BRACED.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                continue;
            }
            out.add(reference(m.start(), m.end(), m.group(2)));
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
        while (m.find()) {
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
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }
}
