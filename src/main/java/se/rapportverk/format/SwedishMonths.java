package se.rapportverk.format;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Swedish month names, written lower case as in running text: {@code januari}, {@code jan}. */
public final class SwedishMonths {

    private static final List<String> NAMES = List.of("januari", "februari", "mars", "april", "maj", "juni",
            "juli", "augusti", "september", "oktober", "november", "december");
    private static final List<String> SHORT = List.of("jan", "feb", "mar", "apr", "maj", "jun",
            "jul", "aug", "sep", "okt", "nov", "dec");

    private SwedishMonths() {
    }

    /** The full name of a month 1–12: {@code augusti}. */
    public static String name(int month) {
        return NAMES.get(month - 1);
    }

    /** The abbreviation used in table headers: {@code aug}. */
    public static String abbreviation(int month) {
        return SHORT.get(month - 1);
    }

    /** {@code januari–augusti} (en dash), or {@code januari} for month 1. */
    public static String range(int lastMonth) {
        return lastMonth == 1 ? name(1) : name(1) + "–" + name(lastMonth);
    }

    /** {@code jan–aug}, or {@code jan} for month 1. */
    public static String shortRange(int lastMonth) {
        return lastMonth == 1 ? abbreviation(1) : abbreviation(1) + "–" + abbreviation(lastMonth);
    }

    /**
     * Reads a month typed as a name or an abbreviation ({@code augusti}, {@code Aug}, {@code aug.}).
     *
     * @return 1–12, or empty when the text is not a month name
     */
    public static Optional<Integer> parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace(".", "");
        for (int i = 0; i < 12; i++) {
            if (t.equals(NAMES.get(i)) || t.equals(SHORT.get(i))) {
                return Optional.of(i + 1);
            }
        }
        if (t.equals("sept")) {
            return Optional.of(9);
        }
        return Optional.empty();
    }
}
