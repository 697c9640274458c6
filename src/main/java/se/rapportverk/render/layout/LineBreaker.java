package se.rapportverk.render.layout;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

import se.rapportverk.render.layout.Fonts.Face;

/**
 * Breaks styled text into lines of a given width, for every format: the PDF draws the lines, the
 * Word file's page plan counts them. Words too wide for the line are first given soft hyphens at
 * their Swedish hyphenation points ({@link Hyphenation}). Lines break after spaces, after a hyphen or
 * dash between letters ("LSS-boenden"), at a soft hyphen (U+00AD, shown as a hyphen only where
 * the line breaks) and at line feeds; never at a no-break space. A word wider than the line is
 * broken between characters, as a last resort: between two letters of a word, with a hyphen
 * (tagged as a soft hyphen, so that the text reads as the one word it is); elsewhere (a number,
 * a cell reference, a checksum) without one.
 */
public final class LineBreaker {

    /**
     * A run of text in one style, as given (not yet made printable).
     *
     * @param link where the text links to ({@link se.rapportverk.document.Span#link()}), or null
     */
    public record Styled(String text, Face face, float size, Color colour, String link) {
        /** A run that links nowhere. */
        public Styled(String text, Face face, float size, Color colour) {
            this(text, face, size, colour, null);
        }

        // Equality as a record's, written out: the memo compares and hashes every run it looks up,
        // and the generic record methods are slow without the optimising compiler.

        @Override
        public boolean equals(Object o) {
            return o instanceof Styled s && java.util.Objects.equals(text, s.text) && face == s.face
                    && Float.compare(size, s.size) == 0 && java.util.Objects.equals(colour, s.colour)
                    && java.util.Objects.equals(link, s.link);
        }

        @Override
        public int hashCode() {
            int h = java.util.Objects.hashCode(text);
            h = 31 * h + java.util.Objects.hashCode(face);
            h = 31 * h + Float.hashCode(size);
            h = 31 * h + java.util.Objects.hashCode(colour);
            return 31 * h + java.util.Objects.hashCode(link);
        }
    }

    /**
     * A piece of a line in one style, positioned relative to the line start.
     *
     * @param link where the piece links to, or null
     */
    public record Segment(String text, String actualText, Face face, Fonts.Family family, float size,
                          Color colour, float x, float width, String link) {
        /** A piece that links nowhere. */
        public Segment(String text, String actualText, Face face, Fonts.Family family, float size, Color colour,
                       float x, float width) {
            this(text, actualText, face, family, size, colour, x, width, null);
        }
    }

    /** One line: its segments and its width (without trailing spaces). */
    public record Line(List<Segment> segments, float width) {
        /** The text drawn on the line. */
        public String plainText() {
            StringBuilder sb = new StringBuilder();
            segments.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    private record Piece(int run, String text) {
    }

    /** The soft hyphen: a break opportunity that shows as a hyphen only at the end of a line. */
    public static final char SOFT_HYPHEN = '\u00AD';
    /** The fewest letters a word broken with a hyphen keeps on either side of the break. */
    private static final int MIN_LETTERS = 2;

    /** The words this breaker had to break inside, in order, each once. */
    private final java.util.LinkedHashSet<String> brokenWords = new java.util.LinkedHashSet<>();

    private final Fonts fonts;
    /** Line breaks already made with the same fonts, or null: nothing remembered. */
    private final Memo memo;

    /** A breaker measuring with the fonts; it remembers the words it had to break where no rule allowed it. */
    public LineBreaker(Fonts fonts) {
        this.fonts = fonts;
        this.memo = null;
    }

    /**
     * A breaker that looks each text and width up in the memo before breaking it, and keeps what it
     * breaks there: several breakers (one per layout pass) can share one memo.
     *
     * @throws IllegalArgumentException when the memo was made for other fonts
     */
    public LineBreaker(Fonts fonts, Memo memo) {
        this.fonts = fonts;
        this.memo = java.util.Objects.requireNonNull(memo, "memo");
        if (memo.fonts != fonts) {
            throw new IllegalArgumentException("the memo belongs to other fonts");
        }
    }

    /**
     * The lines of texts already broken, by their runs and width, for one layout of one document
     * (every pass of it): breaking depends only on the runs, the width and the fonts. A memo is
     * confined to the thread that made it (it is not safe to share), and refuses any other.
     */
    public static final class Memo {
        private record Key(List<Styled> runs, float width) {
            // Written out, as Styled's: the generic record methods are slow without the optimising compiler.

            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && Float.compare(width, k.width) == 0 && runs.equals(k.runs);
            }

            @Override
            public int hashCode() {
                return 31 * runs.hashCode() + Float.hashCode(width);
            }
        }

        /** The lines, and the words broken inside on the way (in order, repeats included). */
        private record Entry(List<Line> lines, List<String> broken) {
        }

        private final Fonts fonts;
        private final Thread owner = Thread.currentThread();
        private final java.util.Map<Key, Entry> entries = new java.util.HashMap<>();

        /** An empty memo for breakers measuring with these fonts, confined to the calling thread. */
        public Memo(Fonts fonts) {
            this.fonts = java.util.Objects.requireNonNull(fonts, "fonts");
        }

        /** How many texts it holds. */
        public int size() {
            return entries.size();
        }

        private java.util.Map<Key, Entry> entries() {
            if (Thread.currentThread() != owner) {
                throw new IllegalStateException("a line-break memo is used only by the thread that made it");
            }
            return entries;
        }
    }

    /** The fonts it measures with. */
    public Fonts fonts() {
        return fonts;
    }

    /**
     * The words (atoms) that were wider than their line and had to be broken where neither a
     * space, a dash nor Swedish hyphenation allowed it.
     */
    public java.util.Set<String> brokenWords() {
        return java.util.Collections.unmodifiableSet(brokenWords);
    }

    /** Breaks the runs into lines no wider than {@code maxWidth} (save for a single glyph). */
    public List<Line> breakLines(List<Styled> given, float maxWidth) {
        if (memo == null) {
            return breakLines(given, maxWidth, null);
        }
        Memo.Key key = new Memo.Key(List.copyOf(given), maxWidth);
        Memo.Entry known = memo.entries().get(key);
        if (known == null) {
            List<String> broken = new ArrayList<>();
            known = new Memo.Entry(List.copyOf(breakLines(given, maxWidth, broken)), List.copyOf(broken));
            memo.entries().put(key, known);
        } else {
            brokenWords.addAll(known.broken());
        }
        return new ArrayList<>(known.lines());
    }

    /**
     * How many lines {@link #breakLines} makes of the runs at the width, found the same way but
     * without making the lines, and without remembering the text or the words it breaks inside:
     * for trying widths.
     */
    public int lineCount(List<Styled> given, float maxWidth) {
        int[] plain = given.size() == 1 ? plainLines(given, maxWidth) : plainRuns(given, maxWidth);
        if (plain != null) {
            return plain[0];
        }
        return breakPieces(given, maxWidth, null, false).lines().size();
    }

    /** The runs (with their soft hyphens) and the pieces of each line, not yet made into lines. */
    private record Broken(List<Styled> runs, List<List<Piece>> lines) {
    }

    /** Breaks the runs; each word broken inside goes to brokenWords and, unless null, to broken. */
    private List<Line> breakLines(List<Styled> given, float maxWidth, List<String> broken) {
        if (given.size() == 1) {
            int[] plain = plainLines(given, maxWidth);
            if (plain != null) {
                return plainLines(given.get(0), plain);
            }
        } else {
            int[] plain = plainRuns(given, maxWidth);
            if (plain != null) {
                return plainRunLines(given, plain);
            }
        }
        return breakGenerally(given, maxWidth, broken);
    }

    /**
     * {@link #breakLines(List, float)} the general way, never {@link #plainLines}: for the test that
     * both give the same lines.
     */
    List<Line> breakGenerally(List<Styled> given, float maxWidth) {
        return breakGenerally(given, maxWidth, null);
    }

    /** {@link #widestUnbreakable} the general way, never {@link #plainWidest}: for the test. */
    float widestUnbreakableGenerally(List<Styled> runs) {
        float widest = 0;
        for (List<Piece> atom : atoms(runs)) {
            if (atom != null) {
                widest = Math.max(widest, width(atom, runs) - trailingSpaceWidth(atom, runs)
                        + softHyphenWidth(atom, runs));
            }
        }
        return widest;
    }

    private List<Line> breakGenerally(List<Styled> given, float maxWidth, List<String> broken) {
        Broken b = breakPieces(given, maxWidth, broken, true);
        List<Line> lines = new ArrayList<>(b.lines().size());
        for (List<Piece> line : b.lines()) {
            lines.add(build(line, b.runs()));
        }
        return lines;
    }

    /**
     * Breaks the runs into the pieces of each line; each word broken inside goes, when {@code record},
     * to brokenWords and, unless null, to broken.
     */
    private Broken breakPieces(List<Styled> given, float maxWidth, List<String> broken, boolean record) {
        List<Styled> runs = new ArrayList<>(given.size());
        for (Styled s : given) {
            runs.add(new Styled(Hyphenation.forWidth(fonts, s.text(), s.face(), s.size(), maxWidth), s.face(), s.size(),
                    s.colour(), s.link()));
        }
        List<List<Piece>> atoms = atoms(runs);
        List<List<Piece>> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        float lineWidth = 0;
        boolean softStart = false;
        for (List<Piece> atom : atoms) {
            if (atom == null) { // hard line break
                lines.add(line);
                line = new ArrayList<>();
                lineWidth = 0;
                softStart = false;
                continue;
            }
            if (softStart && line.isEmpty() && isBlank(atom)) {
                continue; // spaces where a line was broken are not carried to the next line
            }
            float w = width(atom, runs);
            // An atom ending in a soft hyphen needs room for the hyphen in case the line ends there.
            float trailing = trailingSpaceWidth(atom, runs) - softHyphenWidth(atom, runs);
            if (lineWidth + w - trailing <= maxWidth + 0.01f) {
                line.addAll(atom);
                lineWidth += w;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
                lineWidth = 0;
                softStart = true;
                if (isBlank(atom)) {
                    continue;
                }
                if (w - trailing <= maxWidth + 0.01f) {
                    line.addAll(atom);
                    lineWidth = w;
                    continue;
                }
            }
            // The atom alone is too wide: break it between characters.
            if (record) {
                String word = joined(atom).strip();
                brokenWords.add(word);
                if (broken != null) {
                    broken.add(word);
                }
            }
            List<Piece> rest = atom;
            while (!rest.isEmpty()) {
                List<Piece> head = new ArrayList<>();
                List<Piece> tail = new ArrayList<>();
                splitWord(rest, runs, maxWidth - lineWidth, head, tail, line.isEmpty());
                line.addAll(head);
                lineWidth += width(head, runs);
                if (tail.isEmpty()) {
                    break;
                }
                lines.add(line);
                line = new ArrayList<>();
                lineWidth = 0;
                softStart = true;
                rest = tail;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return new Broken(runs, lines);
    }

    /**
     * The width of the widest piece of the text that no line break may split: the longest word,
     * number or other run without a break opportunity (trailing spaces not counted). A column at
     * least this wide (plus its padding) never has to break a word.
     */
    public float widestUnbreakable(List<Styled> runs) {
        float plain = plainWidest(runs);
        if (plain >= 0) {
            return plain;
        }
        return widestUnbreakableGenerally(runs);
    }

    // ------------------------------------------------------------------ plain text
    //
    // Most texts are one run whose every character is drawn as written in the main family (a
    // figure, a label, a sentence): no line feed, tab, soft hyphen, control or zero-width character,
    // nothing from the fallback font. Their lines are found here on the text itself, without
    // making a piece for each word, with the same sums of the same widths in the same order as the
    // general way (atoms, breakPieces, build), so to the last bit the same lines. A text that would
    // need a hyphen or a break inside a word goes the general way.

    /**
     * The lines of a plain text as its atoms are placed one after the other, the way breakPieces
     * places them: {@code out[0]} the number of lines, then each line's start and end (before its
     * trailing spaces are left out); {@code count} the ints used.
     */
    private static final class Placing {
        private final float maxWidth;
        int[] out;
        int count = 1;
        /** Where the line's first atom starts; -1: the line has nothing yet. */
        private int lineStart = -1;
        private int lineEnd;
        private float lineWidth;
        /** Whether the line starts where one was broken (spaces there are not carried over). */
        private boolean softStart;

        Placing(float maxWidth, int lines) {
            this.maxWidth = maxWidth;
            this.out = new int[1 + 2 * lines];
        }

        /**
         * Places the atom {@code [start, end)}: its width, the width of its trailing spaces, whether it
         * is all white space. False when it is too wide for a line of its own (it would be broken inside).
         */
        boolean atom(int start, int end, float w, float trailing, boolean blank) {
            if (softStart && lineStart < 0 && blank) {
                return true;
            }
            if (lineWidth + w - trailing <= maxWidth + 0.01f) {
                if (lineStart < 0) {
                    lineStart = start;
                }
                lineEnd = end;
                lineWidth += w;
                return true;
            }
            if (lineStart < 0) {
                return false;
            }
            push();
            softStart = true;
            if (blank) {
                return true;
            }
            if (w - trailing <= maxWidth + 0.01f) {
                lineStart = start;
                lineEnd = end;
                lineWidth = w;
                return true;
            }
            return false;
        }

        private void push() {
            if (count + 2 > out.length) {
                out = java.util.Arrays.copyOf(out, out.length * 2 + 1);
            }
            out[count++] = lineStart;
            out[count++] = lineEnd;
            lineStart = -1;
            lineWidth = 0;
        }

        /** Ends the last line: the lines found. */
        int[] finish() {
            if (lineStart >= 0) {
                push();
            }
            out[0] = (count - 1) / 2;
            return out;
        }
    }

    /** The main family's widths of the run's face when every character of it is drawn as written, else null. */
    private int[] plainWidths(Styled s) {
        int[] widths = fonts.tabledWidths(s.face());
        if (widths == null) {
            return null;
        }
        boolean[] asWritten = fonts.tabledAsWritten(s.face());
        String t = s.text();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c >= Fonts.TABLED || !asWritten[c]) {
                return null;
            }
        }
        return widths;
    }

    /**
     * The lines of a plain text ({@code given} one run of it) at the width: the number of lines,
     * then each line's {@code [start, end)} in the text, its trailing spaces left out (the array
     * may be longer); null when the text
     * is not plain, or a word of it is to be hyphenated or broken inside.
     */
    private int[] plainLines(List<Styled> given, float maxWidth) {
        if (given.size() != 1) {
            return null;
        }
        Styled s = given.get(0);
        String t = s.text();
        int n = t.length();
        int[] widths = n == 0 ? null : fonts.tabledWidths(s.face());
        if (widths == null) {
            return null;
        }
        boolean[] asWritten = fonts.tabledAsWritten(s.face());
        int total = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c >= Fonts.TABLED || !asWritten[c]) {
                return null;
            }
            total += widths[c];
        }
        float size = s.size();
        // Hyphenation.forWidth leaves a text that fits as it is (as its first test); else each word
        // that is wider than the line would get its soft hyphens. A word lies inside an atom, without
        // the atom's trailing spaces: when no atom is wider than that, no word is either.
        float whole = total * 0.001f * size;
        boolean fits = whole <= maxWidth;
        Placing placing = new Placing(maxWidth, fits ? 1 : (int) Math.min(64f, whole / Math.max(maxWidth, 1f) * 1.5f + 2f));
        int atomStart = 0;
        int sum = 0;
        int trail = 0;
        boolean blank = true;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            int cw = widths[c];
            sum += cw;
            // Drawn as written: no control character, so below U+0080 only the space is white.
            if (c == ' ') {
                trail += cw;
            } else {
                trail = 0;
                if (blank && (c <= 0x7F || !Character.isWhitespace(c))) {
                    blank = false;
                }
            }
            // An atom ends after a space, or a dash or slash between letters (breaksAfter, for one
            // run without the characters a plain text has none of), or at the end.
            if (i + 1 < n && c != ' ' && !((c == '-' || c == '\u2013' || c == '\u2014' || c == '/')
                    && i > 0 && Character.isLetter(t.charAt(i - 1)) && Character.isLetterOrDigit(t.charAt(i + 1)))) {
                continue;
            }
            int atomEnd = i + 1;
            if (!fits && (sum - trail) * 0.001f * size > maxWidth) {
                return null; // a word to hyphenate
            }
            // As breakPieces, for the atom [atomStart, atomEnd).
            float w = sum * 0.001f * size;
            float trailing = trail * 0.001f * size;
            if (!placing.atom(atomStart, atomEnd, w, trailing, blank)) {
                return null; // the atom alone is too wide: broken inside
            }
            atomStart = atomEnd;
            sum = 0;
            trail = 0;
            blank = true;
        }
        int[] out = placing.finish();
        // Trailing spaces are not part of a line (build).
        for (int k = 1; k < placing.count; k += 2) {
            int end = out[k + 1];
            while (end > out[k] && t.charAt(end - 1) == ' ') {
                end--;
            }
            out[k + 1] = end;
        }
        return out;
    }

    /** The lines of a plain run at the offsets {@link #plainLines} found: as build makes them. */
    private List<Line> plainLines(Styled s, int[] offsets) {
        int[] widths = fonts.tabledWidths(s.face());
        String t = s.text();
        List<Line> lines = new ArrayList<>(offsets[0]);
        for (int k = 1; k < 1 + 2 * offsets[0]; k += 2) {
            int start = offsets[k];
            int end = offsets[k + 1];
            if (start == end) {
                lines.add(new Line(List.of(), 0));
                continue;
            }
            int sum = 0;
            for (int i = start; i < end; i++) {
                sum += widths[t.charAt(i)];
            }
            float w = sum * 0.001f * s.size();
            lines.add(new Line(List.of(new Segment(t.substring(start, end), null, s.face(), Fonts.Family.MAIN,
                    s.size(), s.colour(), 0, w, s.link())), w));
        }
        return lines;
    }

    /**
     * {@link #plainLines(List, float)} for several runs, each plain in its own face: the offsets are
     * into the runs' texts one after the other. An atom goes on from one run into the next (it is
     * then a piece in each); a dash at the end of a run looks at the first character of the next.
     */
    private int[] plainRuns(List<Styled> given, float maxWidth) {
        int runs = given.size();
        if (runs < 2) {
            return null;
        }
        int[][] widths = new int[runs][];
        boolean[] fits = new boolean[runs];
        int[] starts = new int[runs + 1];
        for (int r = 0; r < runs; r++) {
            Styled s = given.get(r);
            String t = s.text();
            widths[r] = plainWidths(s);
            if (widths[r] == null) {
                return null;
            }
            int total = 0;
            for (int i = 0; i < t.length(); i++) {
                total += widths[r][t.charAt(i)];
            }
            // Hyphenation.forWidth is asked run by run.
            fits[r] = total * 0.001f * s.size() <= maxWidth;
            starts[r + 1] = starts[r] + t.length();
        }
        if (starts[runs] == 0) {
            return null;
        }
        Placing placing = new Placing(maxWidth, (int) Math.min(64f, starts[runs] / 20f + 2f));
        int atomStart = 0;
        float atomWidth = 0; // the atom's pieces before the current one
        boolean blank = true;
        for (int r = 0; r < runs; r++) {
            Styled s = given.get(r);
            String t = s.text();
            int n = t.length();
            int[] w = widths[r];
            float size = s.size();
            int sum = 0; // the current piece: from the atom's start or the run's, whichever is later
            int trail = 0;
            for (int i = 0; i < n; i++) {
                char c = t.charAt(i);
                int cw = w[c];
                sum += cw;
                if (c == ' ') {
                    trail += cw;
                } else {
                    trail = 0;
                    if (blank && (c <= 0x7F || !Character.isWhitespace(c))) {
                        blank = false;
                    }
                }
                boolean atomEnds = c == ' ';
                if (!atomEnds && (c == '-' || c == '\u2013' || c == '\u2014' || c == '/')) {
                    char prev = i > 0 ? t.charAt(i - 1) : 0;
                    char next = i + 1 < n ? t.charAt(i + 1)
                            : (r + 1 < runs && !given.get(r + 1).text().isEmpty() ? given.get(r + 1).text().charAt(0) : 0);
                    atomEnds = Character.isLetter(prev) && Character.isLetterOrDigit(next);
                }
                boolean textEnds = i + 1 == n && r + 1 == runs;
                if (i + 1 < n && !atomEnds) {
                    continue;
                }
                // The piece ends here: at the end of the atom, or of the run.
                if (!fits[r] && (sum - trail) * 0.001f * size > maxWidth) {
                    return null; // a word to hyphenate
                }
                atomWidth += sum * 0.001f * size;
                float trailing = trail * 0.001f * size;
                sum = 0;
                trail = 0;
                if (!atomEnds && !textEnds) {
                    continue; // the atom goes on in the next run
                }
                int atomEnd = starts[r] + i + 1;
                float aw = atomWidth;
                // As breakPieces, for the atom [atomStart, atomEnd).
                if (!placing.atom(atomStart, atomEnd, aw, trailing, blank)) {
                    return null; // the atom alone is too wide: broken inside
                }
                atomStart = atomEnd;
                atomWidth = 0;
                blank = true;
            }
        }
        if (atomStart < starts[runs]) {
            // The text ends in runs without characters after an atom that went on: it ends there.
            return null;
        }
        int[] out = placing.finish();
        // Trailing spaces are not part of a line (build), across runs.
        for (int k = 1; k < placing.count; k += 2) {
            int end = out[k + 1];
            int r = runs - 1;
            while (end > out[k]) {
                while (starts[r] >= end) {
                    r--;
                }
                if (given.get(r).text().charAt(end - 1 - starts[r]) != ' ') {
                    break;
                }
                end--;
            }
            out[k + 1] = end;
        }
        return out;
    }

    /** The lines of plain runs at the offsets {@link #plainRuns} found: as build makes them. */
    private List<Line> plainRunLines(List<Styled> given, int[] offsets) {
        List<Line> lines = new ArrayList<>(offsets[0]);
        for (int k = 1; k < 1 + 2 * offsets[0]; k += 2) {
            int start = offsets[k];
            int end = offsets[k + 1];
            List<Segment> segments = new ArrayList<>(2);
            float x = 0;
            int runStart = 0;
            for (Styled s : given) {
                String t = s.text();
                int runEnd = runStart + t.length();
                int lo = Math.max(start, runStart);
                int hi = Math.min(end, runEnd);
                if (lo < hi) {
                    int[] widths = fonts.tabledWidths(s.face());
                    int sum = 0;
                    for (int i = lo - runStart; i < hi - runStart; i++) {
                        sum += widths[t.charAt(i)];
                    }
                    float w = sum * 0.001f * s.size();
                    segments.add(new Segment(t.substring(lo - runStart, hi - runStart), null, s.face(),
                            Fonts.Family.MAIN, s.size(), s.colour(), x, w, s.link()));
                    x += w;
                }
                runStart = runEnd;
            }
            lines.add(new Line(List.copyOf(segments), x));
        }
        return lines;
    }

    /** {@link #widestUnbreakable} of a plain text, or -1 when it is not one. */
    private float plainWidest(List<Styled> runs) {
        if (runs.size() != 1) {
            return -1;
        }
        Styled s = runs.get(0);
        int[] widths = plainWidths(s);
        if (widths == null) {
            return -1;
        }
        String t = s.text();
        int n = t.length();
        float size = s.size();
        float widest = 0;
        int sum = 0;
        int trail = 0;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            int cw = widths[c];
            sum += cw;
            trail = c == ' ' ? trail + cw : 0;
            if (i + 1 < n && !breaksAfter(t, i, runs, 0)) {
                continue;
            }
            // As the general way: the atom's width less its trailing spaces (no soft hyphen to add).
            widest = Math.max(widest, sum * 0.001f * size - trail * 0.001f * size + 0f);
            sum = 0;
            trail = 0;
        }
        return widest;
    }

    /** Splits the atom into atoms; {@code null} marks a hard line break. */
    private static List<List<Piece>> atoms(List<Styled> runs) {
        List<List<Piece>> atoms = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < runs.size(); r++) {
            String t = runs.get(r).text();
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\n') {
                    flush(current, sb, r);
                    if (!current.isEmpty()) {
                        atoms.add(current);
                        current = new ArrayList<>();
                    }
                    atoms.add(null);
                    continue;
                }
                if (c == '\r') {
                    continue;
                }
                sb.append(c);
                if (breaksAfter(t, i, runs, r)) {
                    flush(current, sb, r);
                    atoms.add(current);
                    current = new ArrayList<>();
                }
            }
            flush(current, sb, r);
        }
        if (!current.isEmpty()) {
            atoms.add(current);
        }
        return atoms;
    }

    private static void flush(List<Piece> current, StringBuilder sb, int run) {
        if (!sb.isEmpty()) {
            current.add(new Piece(run, sb.toString()));
            sb.setLength(0);
        }
    }

    private static boolean breaksAfter(String t, int i, List<Styled> runs, int r) {
        char c = t.charAt(i);
        if (c == ' ' || c == '\u200B' || c == '\t' || c == SOFT_HYPHEN) {
            return true;
        }
        if (c == '-' || c == '\u2013' || c == '\u2014' || c == '/') {
            char prev = i > 0 ? t.charAt(i - 1) : 0;
            char next = i + 1 < t.length() ? t.charAt(i + 1)
                    : (r + 1 < runs.size() && !runs.get(r + 1).text().isEmpty()
                            ? runs.get(r + 1).text().charAt(0) : 0);
            return Character.isLetter(prev) && Character.isLetterOrDigit(next);
        }
        return false;
    }

    private static boolean isBlank(List<Piece> atom) {
        for (Piece p : atom) {
            if (!p.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private float width(List<Piece> pieces, List<Styled> runs) {
        float w = 0;
        for (Piece p : pieces) {
            Styled s = runs.get(p.run());
            w += fonts.width(withoutSoftHyphens(p.text()), s.face(), s.size());
        }
        return w;
    }

    private static String withoutSoftHyphens(String text) {
        return text.indexOf(SOFT_HYPHEN) < 0 ? text : text.replace(String.valueOf(SOFT_HYPHEN), "");
    }

    /** The width of the hyphen an atom ending in a soft hyphen shows at a line end, else 0. */
    private float softHyphenWidth(List<Piece> atom, List<Styled> runs) {
        if (atom.isEmpty()) {
            return 0;
        }
        Piece last = atom.get(atom.size() - 1);
        if (last.text().isEmpty() || last.text().charAt(last.text().length() - 1) != SOFT_HYPHEN) {
            return 0;
        }
        Styled s = runs.get(last.run());
        return fonts.width("-", s.face(), s.size());
    }

    private float trailingSpaceWidth(List<Piece> atom, List<Styled> runs) {
        float w = 0;
        for (int k = atom.size() - 1; k >= 0; k--) {
            Piece p = atom.get(k);
            Styled s = runs.get(p.run());
            String t = p.text();
            int end = t.length();
            while (end > 0 && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == '\t')) {
                end--;
            }
            w += fonts.width(t.substring(end).replace('\t', ' '), s.face(), s.size());
            if (end > 0) {
                break;
            }
        }
        return w;
    }

    /**
     * Breaks an atom that is too wide for the line: puts into head as many leading characters as
     * fit in width (at least one if forced), the rest into tail. A word of letters is broken
     * between two letters, at least {@link #MIN_LETTERS} on either side, and the head ends in a
     * soft hyphen (drawn as a hyphen); anything else is broken where it must.
     */
    private void splitWord(List<Piece> pieces, List<Styled> runs, float width, List<Piece> head,
                           List<Piece> tail, boolean force) {
        String text = joined(pieces);
        int[] word = wordCore(text);
        if (word != null) {
            int lastRun = pieces.get(pieces.size() - 1).run();
            float hyphen = fonts.width("-", runs.get(lastRun).face(), runs.get(lastRun).size());
            int fit = fitCount(pieces, runs, width - hyphen, false);
            int at = Math.min(fit, word[1] - MIN_LETTERS);
            if (at >= word[0] + MIN_LETTERS) {
                splitAt(pieces, at, head, tail);
                Piece last = head.remove(head.size() - 1);
                head.add(new Piece(last.run(), last.text() + SOFT_HYPHEN));
                return;
            }
        }
        splitAt(pieces, fitCount(pieces, runs, width, force), head, tail);
    }

    private static String joined(List<Piece> pieces) {
        StringBuilder sb = new StringBuilder();
        pieces.forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    /**
     * Where the letters of a word stand in an atom ({@code [start, end)}), when the atom is one
     * word of letters with at most some punctuation around it ("(Bemanningsutrymme)," yes;
     * "2025-01-01", "Resultaträkning!I2" and hexadecimal digits no); else null.
     */
    private static int[] wordCore(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t'
                || text.charAt(end - 1) == SOFT_HYPHEN)) {
            end--;
        }
        int start = 0;
        while (start < end && "([\"'\u201D\u2019«".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && ")]\"'\u201D\u2019».,:;!?".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end - start < 2 * MIN_LETTERS) {
            return null;
        }
        for (int i = start; i < end; i++) {
            if (!Character.isLetter(text.charAt(i))) {
                return null;
            }
        }
        return new int[] {start, end};
    }

    /** How many leading chars of the pieces fit in width (at least one code point if forced). */
    private int fitCount(List<Piece> pieces, List<Styled> runs, float width, boolean force) {
        float used = 0;
        int count = 0;
        for (Piece p : pieces) {
            Styled s = runs.get(p.run());
            String t = p.text();
            int i = 0;
            while (i < t.length()) {
                int n = Character.charCount(t.codePointAt(i));
                String ch = withoutSoftHyphens(t.substring(i, i + n));
                float cw = fonts.width(ch, s.face(), s.size());
                if (used + cw > width + 0.01f && !(force && count == 0)) {
                    return count;
                }
                used += cw;
                i += n;
                count += n;
            }
        }
        return count;
    }

    /** Splits the pieces after {@code chars} chars. */
    private static void splitAt(List<Piece> pieces, int chars, List<Piece> head, List<Piece> tail) {
        int left = chars;
        for (Piece p : pieces) {
            String t = p.text();
            if (left >= t.length()) {
                if (!t.isEmpty()) {
                    head.add(p);
                }
                left -= t.length();
            } else if (left > 0) {
                head.add(new Piece(p.run(), t.substring(0, left)));
                tail.add(new Piece(p.run(), t.substring(left)));
                left = 0;
            } else {
                tail.add(p);
            }
        }
    }

    private Line build(List<Piece> pieces, List<Styled> runs) {
        // Drop trailing spaces.
        List<Piece> ps = new ArrayList<>(pieces);
        while (!ps.isEmpty()) {
            Piece last = ps.get(ps.size() - 1);
            String t = last.text();
            int end = t.length();
            while (end > 0 && (t.charAt(end - 1) == ' ' || t.charAt(end - 1) == '\t')) {
                end--;
            }
            if (end == t.length()) {
                break;
            }
            ps.remove(ps.size() - 1);
            if (end > 0) {
                ps.add(new Piece(last.run(), t.substring(0, end)));
                break;
            }
        }
        // A soft hyphen at the end of the line shows as a hyphen; any other is invisible.
        boolean hyphenated = false;
        if (!ps.isEmpty()) {
            Piece last = ps.get(ps.size() - 1);
            String t = last.text();
            if (!t.isEmpty() && t.charAt(t.length() - 1) == SOFT_HYPHEN) {
                hyphenated = true;
                ps.set(ps.size() - 1, new Piece(last.run(), t.substring(0, t.length() - 1)));
            }
        }
        // Merge pieces of the same run, split where glyphs had to be substituted.
        List<Segment> segments = new ArrayList<>();
        float x = 0;
        int k = 0;
        while (k < ps.size()) {
            int run = ps.get(k).run();
            StringBuilder sb = new StringBuilder();
            while (k < ps.size() && ps.get(k).run() == run) {
                sb.append(ps.get(k).text());
                k++;
            }
            Styled s = runs.get(run);
            for (Fonts.Drawn part : fonts.drawn(withoutSoftHyphens(sb.toString()), s.face())) {
                float w = fonts.width(part.text(), part.family(), s.face(), s.size());
                segments.add(new Segment(part.text(), part.original(), s.face(), part.family(), s.size(), s.colour(),
                        x, w, s.link()));
                x += w;
            }
        }
        if (hyphenated) {
            // Drawn as a hyphen, read as the soft hyphen it is (ISO 32000-1, 14.8.2.2.3).
            Styled s = runs.get(ps.get(ps.size() - 1).run());
            float w = fonts.width("-", s.face(), s.size());
            segments.add(new Segment("-", String.valueOf(SOFT_HYPHEN), s.face(), Fonts.Family.MAIN, s.size(),
                    s.colour(), x, w, s.link()));
            x += w;
        }
        return new Line(List.copyOf(segments), x);
    }
}
