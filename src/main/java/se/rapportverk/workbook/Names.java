package se.rapportverk.workbook;

import java.text.Normalizer;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * How names typed by people are compared: sheet names, column headers, Rapport fields and
 * Texter keys. Contract v1: trim, lower case, fold å/ä→a, ö→o, é→e, collapse whitespace; composed to
 * Unicode NFC before anything else.
 */
public final class Names {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private Names() {
    }

    /**
     * Normalises a sheet name or column header: {@code " RESULTATRÄKNING "} → {@code "resultatrakning"}.
     * No-break and other Unicode spaces count as whitespace. The name is composed (Unicode NFC)
     * first, so a decomposed {@code å} (a + U+030A, as macOS writes it) matches the composed one.
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        // Latin-1 text, which almost every name is, in one pass: each of its characters is composed (NFC)
        // as it stands and lower-cases to one Latin-1 character, as String.toLowerCase(Locale.ROOT) does.
        int length = name.length();
        char[] out = new char[length];
        int o = 0;
        boolean changed = false;
        boolean pendingSpace = false;
        for (int i = 0; i < length; i++) {
            char c = name.charAt(i);
            if (c > 0xFF) {
                return normaliseUnicode(name);
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = o > 0;
                continue;
            }
            if (pendingSpace) {
                changed |= name.charAt(o) != ' ';
                out[o++] = ' ';
                pendingSpace = false;
            }
            char folded = fold(Character.toLowerCase(c));
            changed |= name.charAt(o) != folded;
            out[o++] = folded;
        }
        return changed || o != length ? new String(out, 0, o) : name;
    }

    /** {@link #normalise} of a text with a character beyond Latin-1. */
    private static String normaliseUnicode(String name) {
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
            sb.append(fold(c));
        }
        return sb.toString();
    }

    /** The letters folded after lower-casing: å, ä, á, à → a; ö, ø → o; é, è → e. */
    private static char fold(char c) {
        return switch (c) {
            case 'å', 'ä', 'á', 'à' -> 'a';
            case 'ö', 'ø' -> 'o';
            case 'é', 'è' -> 'e';
            default -> c;
        };
    }

    /**
     * Normalises a key such as a Texter {@code Avsnitt}: like {@link #normalise(String)}, and
     * hyphens and underscores count as spaces, so {@code vasentliga-handelser} and
     * {@code Väsentliga händelser} are the same key.
     */
    public static String key(String name) {
        return normalise(normalise(name).replace('-', ' ').replace('_', ' '));
    }

    /** The canonical spelling of a key as used in templates: {@code vasentliga-handelser}. */
    public static String keyId(String name) {
        return key(name).replace(' ', '-');
    }

    /**
     * The known name closest to an unknown one, when it is close enough to be a likely typo.
     *
     * @param unknown the name as typed
     * @param known   the names that would have been accepted
     * @return the suggestion, if any is within a third of the name's length in edits
     */
    public static Optional<String> closest(String unknown, Collection<String> known) {
        String k = key(unknown);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = DISTANCE.apply(k, key(candidate));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        if (best == null || bestDistance > Math.max(2, k.length() / 3)) {
            return Optional.empty();
        }
        return Optional.of(best);
    }

    /**
     * The known name a person most likely meant by an unknown one: the {@linkplain #closest closest}
     * when it is a likely typo, otherwise the one known name that the unknown abbreviates, such as
     * {@code Diarienr} or {@code Diariernr} for {@code Diarienummer}: it starts the same way for at
     * least half its length (and four letters), or its letters stand in the known name in the same
     * order from the first one on. A short name that could abbreviate several gets no suggestion.
     *
     * @param unknown the name as typed
     * @param known   the names that would have been accepted
     */
    public static Optional<String> suggestion(String unknown, Collection<String> known) {
        Optional<String> typo = closest(unknown, known);
        if (typo.isPresent()) {
            return typo;
        }
        String u = letters(unknown);
        if (u.length() < 3) {
            return Optional.empty();
        }
        java.util.List<String> prefixed = new java.util.ArrayList<>();
        java.util.List<String> abbreviated = new java.util.ArrayList<>();
        for (String candidate : known) {
            String k = letters(candidate);
            int common = 0;
            while (common < Math.min(u.length(), k.length()) && u.charAt(common) == k.charAt(common)) {
                common++;
            }
            if (common >= Math.max(4, (u.length() + 1) / 2)) {
                prefixed.add(candidate);
            }
            if (!k.isEmpty() && k.charAt(0) == u.charAt(0) && isSubsequence(u, k)) {
                abbreviated.add(candidate);
            }
        }
        if (prefixed.size() == 1) {
            return Optional.of(prefixed.get(0));
        }
        return abbreviated.size() == 1 ? Optional.of(abbreviated.get(0)) : Optional.empty();
    }

    /** The letters and digits of a name's key: {@code Diarie-nr.} → {@code diarienr}. */
    private static String letters(String name) {
        return key(name).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean isSubsequence(String shorter, String longer) {
        int i = 0;
        for (int j = 0; j < longer.length() && i < shorter.length(); j++) {
            if (longer.charAt(j) == shorter.charAt(i)) {
                i++;
            }
        }
        return i == shorter.length();
    }

    /** Items joined for a sentence: {@code a, b eller c}. */
    public static String joinOr(java.util.List<String> items) {
        return join(items, " eller ");
    }

    /** Items joined for a sentence: {@code a, b och c}. */
    public static String joinAnd(java.util.List<String> items) {
        return join(items, " och ");
    }

    private static String join(java.util.List<String> items, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + last + items.get(items.size() - 1);
    }
}
