package se.rapportverk.testutil;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Texts spoiled a little, for properties of readers: a few characters put in, taken out or replaced. */
public final class Edits {

    private Edits() {
    }

    /** The texts, each with one to three characters of {@code chars} put in, taken out or replaced anywhere. */
    public static Arbitrary<String> of(Arbitrary<String> texts, String chars) {
        return Combinators.combine(texts, Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.strings().withChars(chars).ofLength(3),
                        Arbitraries.integers().between(0, 2).list().ofSize(3))
                .as(Edits::edit);
    }

    /** The text with up to three characters put in ({@code how} 0), taken out (1) or replaced (2). */
    static String edit(String text, List<Integer> at, String chars, List<Integer> how) {
        StringBuilder sb = new StringBuilder(text);
        for (int k = 0; k < at.size(); k++) {
            int i = sb.isEmpty() ? 0 : at.get(k) % (sb.length() + 1);
            switch (how.get(k)) {
                case 0 -> sb.insert(i, chars.charAt(k));
                case 1 -> {
                    if (i < sb.length()) {
                        sb.deleteCharAt(i);
                    }
                }
                default -> {
                    if (i < sb.length()) {
                        sb.setCharAt(i, chars.charAt(k));
                    }
                }
            }
        }
        return sb.toString();
    }
}
