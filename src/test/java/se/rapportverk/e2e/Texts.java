package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Assertions on running text. */
final class Texts {

    static final List<String> MONTHS = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");

    private Texts() {
    }

    /**
     * Asserts that the parts stand in the text in this order, each after the previous one.
     *
     * @return the index just after the last part
     */
    static int assertInOrder(String text, List<String> parts) {
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            int from = at;
            assertTrue(found >= 0, () -> "\"" + part + "\" not found after: …"
                    + text.substring(Math.max(0, from - 200), Math.min(text.length(), from + 300)) + "…");
            at = found + part.length();
        }
        return at;
    }

    /** The lines of a cell that holds one item a line. */
    static List<String> items(String cell) {
        return cell.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
