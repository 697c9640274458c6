package se.rapportverk.report;

import java.util.List;

/**
 * Small counts as Swedish words, as running text writes them ("Av nämndens fyra mål …"): the words
 * up to twelve, digits above. The neuter form agrees with neuter nouns such as {@code mål}
 * ({@code ett mål}), the common form with common nouns ({@code en verksamhet}).
 */
final class NumberWords {

    private static final List<String> WORDS = List.of("noll", "ett", "två", "tre", "fyra", "fem", "sex", "sju",
            "åtta", "nio", "tio", "elva", "tolv");

    private NumberWords() {
    }

    /** {@code ett}, {@code två} … {@code tolv}, then digits: for a neuter noun. */
    static String neuter(long n) {
        return n >= 0 && n < WORDS.size() ? WORDS.get((int) n)
                : se.rapportverk.format.SwedishFormat.number(java.math.BigDecimal.valueOf(n), 0);
    }

    /** {@code en}, {@code två} … {@code tolv}, then digits: for a common noun. */
    static String common(long n) {
        return n == 1 ? "en" : neuter(n);
    }
}
