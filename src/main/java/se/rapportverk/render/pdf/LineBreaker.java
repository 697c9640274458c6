package se.rapportverk.render.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks styled text into lines of a given width. Lines break after spaces, after a hyphen or
 * dash between letters ("LSS-boenden"), and at line feeds; never at a no-break space. A word
 * wider than the line is broken between characters.
 */
final class LineBreaker {

    /** A run of text in one style, as given (not yet made printable). */
    record Styled(String text, FontSet.Face face, float size, Color colour) {
    }

    /** A piece of a line in one style, positioned relative to the line start. */
    record Segment(String text, String actualText, FontSet.Face face, float size, Color colour,
                   float x, float width) {
    }

    /** One line: its segments and its width (without trailing spaces). */
    record Line(List<Segment> segments, float width) {
        String plainText() {
            StringBuilder sb = new StringBuilder();
            segments.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    private record Piece(int run, String text) {
    }

    private final FontSet fonts;

    LineBreaker(FontSet fonts) {
        this.fonts = fonts;
    }

    /** Breaks the runs into lines no wider than {@code maxWidth} (save for a single glyph). */
    List<Line> breakLines(List<Styled> runs, float maxWidth) {
        List<List<Piece>> atoms = atoms(runs);
        List<Line> lines = new ArrayList<>();
        List<Piece> line = new ArrayList<>();
        float lineWidth = 0;
        boolean softStart = false;
        for (List<Piece> atom : atoms) {
            if (atom == null) { // hard line break
                lines.add(build(line, runs));
                line = new ArrayList<>();
                lineWidth = 0;
                softStart = false;
                continue;
            }
            if (softStart && line.isEmpty() && isBlank(atom)) {
                continue; // spaces where a line was broken are not carried to the next line
            }
            float w = width(atom, runs);
            float trailing = trailingSpaceWidth(atom, runs);
            if (lineWidth + w - trailing <= maxWidth + 0.01f) {
                line.addAll(atom);
                lineWidth += w;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(build(line, runs));
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
            List<Piece> rest = atom;
            while (!rest.isEmpty()) {
                List<Piece> head = new ArrayList<>();
                List<Piece> tail = new ArrayList<>();
                splitToFit(rest, runs, maxWidth - lineWidth, head, tail, line.isEmpty());
                line.addAll(head);
                lineWidth += width(head, runs);
                if (tail.isEmpty()) {
                    break;
                }
                lines.add(build(line, runs));
                line = new ArrayList<>();
                lineWidth = 0;
                softStart = true;
                rest = tail;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(build(line, runs));
        }
        return lines;
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
        if (c == ' ' || c == '\u200B' || c == '\t') {
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
            w += fonts.width(fonts.printable(p.text(), s.face()), s.face(), s.size());
        }
        return w;
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

    /** Puts into head as many leading characters of pieces as fit in width (at least one if forced). */
    private void splitToFit(List<Piece> pieces, List<Styled> runs, float width, List<Piece> head,
                            List<Piece> tail, boolean force) {
        float used = 0;
        boolean full = false;
        for (Piece p : pieces) {
            if (full) {
                tail.add(p);
                continue;
            }
            Styled s = runs.get(p.run());
            String t = p.text();
            int i = 0;
            while (i < t.length()) {
                int n = Character.charCount(t.codePointAt(i));
                float cw = fonts.width(fonts.printable(t.substring(i, i + n), s.face()), s.face(), s.size());
                if (used + cw > width + 0.01f && !(force && head.isEmpty() && i == 0)) {
                    break;
                }
                used += cw;
                i += n;
            }
            if (i > 0) {
                head.add(new Piece(p.run(), t.substring(0, i)));
            }
            if (i < t.length()) {
                tail.add(new Piece(p.run(), t.substring(i)));
                full = true;
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
            for (String[] part : printableParts(sb.toString(), s.face())) {
                float w = fonts.width(part[0], s.face(), s.size());
                segments.add(new Segment(part[0], part[1], s.face(), s.size(), s.colour(), x, w));
                x += w;
            }
        }
        return new Line(List.copyOf(segments), x);
    }

    /**
     * Splits text into parts that print as given ({@code [text, null]}) and parts drawn with
     * substitutes ({@code [printable, original]}).
     */
    private List<String[]> printableParts(String text, FontSet.Face face) {
        List<String[]> parts = new ArrayList<>();
        StringBuilder same = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            String original = new String(Character.toChars(cp));
            String printed = fonts.printable(original, face);
            if (printed.equals(original) || printed.equals(" ") && (cp == '\t')) {
                same.append(printed);
            } else {
                if (!same.isEmpty()) {
                    parts.add(new String[] {same.toString(), null});
                    same.setLength(0);
                }
                parts.add(new String[] {printed, original});
            }
            i += Character.charCount(cp);
        }
        if (!same.isEmpty()) {
            parts.add(new String[] {same.toString(), null});
        }
        if (parts.isEmpty()) {
            parts.add(new String[] {"", null});
        }
        return parts;
    }
}
