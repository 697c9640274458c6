package se.rapportverk.render.layout;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.davidashen.text.Hyphenator;
import net.davidashen.text.Utf8TexParser;

/**
 * Swedish hyphenation by TeX's patterns (Jan Michael Rynning's, as in hyph-utf8), applied with
 * texhyphj: where a word too wide for its column may be broken ("Be-man-nings-ut-rym-me"). A
 * word keeps at least two letters before a break and three after it (never "Bemanningsutrym-me").
 */
public final class Hyphenation {

    private static final String PATTERNS = "/org/daisy/dotify/hyphenator/impl/resource-files/utf8/hyph-sv.tex";
    private static final int MIN_LEFT = 2;
    private static final int MIN_RIGHT = 3;

    private static Hyphenator hyphenator;

    private Hyphenation() {
    }

    private static synchronized Hyphenator hyphenator() {
        if (hyphenator == null) {
            try (InputStream in = Hyphenation.class.getResourceAsStream(PATTERNS)) {
                if (in == null) {
                    throw new IllegalStateException("Swedish hyphenation patterns not on the class path: " + PATTERNS);
                }
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
                Hyphenator h = new Hyphenator();
                h.setRuleSet(new Utf8TexParser().parse(reader));
                hyphenator = h;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Utf8TexParser.TexParserException e) {
                throw new IllegalStateException("broken hyphenation patterns " + PATTERNS, e);
            }
        }
        return hyphenator;
    }

    /**
     * The places a word of letters may be broken, as offsets into it (a break at {@code k} puts
     * {@code word[0, k)} on the first line); empty for anything that is not a word of letters.
     */
    public static List<Integer> points(String word) {
        List<Integer> points = new ArrayList<>();
        if (word.length() < MIN_LEFT + MIN_RIGHT || !word.chars().allMatch(Character::isLetter)) {
            return points;
        }
        String hyphenated;
        synchronized (Hyphenation.class) {
            hyphenated = hyphenator().hyphenate(word, MIN_LEFT, MIN_RIGHT);
        }
        int letters = 0;
        for (int i = 0; i < hyphenated.length(); i++) {
            if (hyphenated.charAt(i) == '\u00AD') {
                points.add(letters);
            } else {
                letters++;
            }
        }
        return points;
    }

    /**
     * The text with soft hyphens at the Swedish hyphenation points of each word that is wider than
     * {@code width} in the face and size (a word: letters between spaces, dashes and slashes, with
     * any punctuation around it counted in its width). Other words are left as they are, so that
     * a line breaks at spaces whenever it can. Both formats write the same soft hyphens.
     */
    public static String forWidth(Fonts fonts, String text, Fonts.Face face, float size, float width) {
        // A word is no wider than the whole text (a width is a sum of the characters' own, and a sum
        // of more of them is never less): when the text fits, no word is too wide.
        if (fonts.width(text, face, size) <= width) {
            return text;
        }
        return forWidthByWord(fonts, text, face, size, width);
    }

    /** {@link #forWidth}, each word measured on its own. */
    static String forWidthByWord(Fonts fonts, String text, Fonts.Face face, float size, float width) {
        StringBuilder out = null;
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            while (i < n && !isBoundary(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                String token = text.substring(start, i);
                if (token.indexOf('\u00AD') < 0 && fonts.width(token, face, size) > width) {
                    int a = 0;
                    int b = token.length();
                    while (a < b && !Character.isLetter(token.charAt(a))) {
                        a++;
                    }
                    while (b > a && !Character.isLetter(token.charAt(b - 1))) {
                        b--;
                    }
                    String core = token.substring(a, b);
                    String hyphenated = softHyphens(core);
                    if (!hyphenated.equals(core)) {
                        if (out == null) {
                            out = new StringBuilder(n + 8).append(text, 0, start);
                        }
                        out.append(token, 0, a).append(hyphenated).append(token, b, token.length());
                        start = i;
                    }
                }
                if (out != null && start < i) {
                    out.append(text, start, i);
                }
            }
            if (i < n) {
                if (out != null) {
                    out.append(text.charAt(i));
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isBoundary(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '-' || c == '\u2013' || c == '\u2014' || c == '/'
                || c == '\u00A0';
    }

    /**
     * Words already given their soft hyphens (the same words come back in every table of every
     * document): a pure function of the word, so what is kept never changes a result. At most
     * {@link #KNOWN_MOST} words are kept; later ones are hyphenated each time.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> KNOWN =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int KNOWN_MOST = 20_000;

    /** The word with a soft hyphen at each place it may be broken. */
    public static String softHyphens(String word) {
        String known = KNOWN.get(word);
        if (known != null) {
            return known;
        }
        String made = hyphenated(word);
        if (KNOWN.size() < KNOWN_MOST) {
            KNOWN.putIfAbsent(word, made);
        }
        return made;
    }

    /** {@link #softHyphens}, made from the patterns. */
    static String hyphenated(String word) {
        List<Integer> points = points(word);
        if (points.isEmpty()) {
            return word;
        }
        StringBuilder sb = new StringBuilder(word.length() + points.size());
        int from = 0;
        for (int p : points) {
            sb.append(word, from, p).append('\u00AD');
            from = p;
        }
        return sb.append(word, from, word.length()).toString();
    }
}
