package se.rapportverk.render.docx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.rapportverk.document.Block;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;

/**
 * The column widths of the data and layout tables of one document, in twips.
 *
 * <p>Tables have a fixed layout (Word and LibreOffice keep the widths as written, and the file
 * opens the same everywhere), so a column narrower than a word in it would have the word broken
 * in the middle ("Startdatu|m", "2025-01-|01"). Each column therefore gets at least the width of
 * its widest word, header and body, in the face and size the table styles give it; the width it
 * takes comes from the columns that have room, in proportion to their weights. Only when the
 * words of all columns together are wider than the page are the widest columns cut down, to one
 * common width. Tables of the same design (style, columns, weights, alignment) get the same
 * widths, so that their columns line up from one table to the next, as in the PDF.
 *
 * <p>Words break where the PDF breaks them: at spaces and line breaks, after a hyphen or dash
 * between letters; never at a no-break space, nor inside a date or a number.
 */
final class ColumnPlan {

    /** Table text, 9 pt. */
    private static final double TABLE_SIZE = 9;
    /** Cell margins, left + right: the report table style's 85 + 85, the layout table's 0 + 170. */
    private static final int CELL_X = 170;
    /**
     * What Word's and LibreOffice's line layout may need beyond the advance widths (their
     * rounding to device units, and the kerning Word leaves off but a renderer may apply).
     */
    private static final double SLACK_FACTOR = 1.02;
    private static final int SLACK = 30;

    private final List<Block> blocks;
    private final Map<List<Object>, double[]> designMinimums = new HashMap<>();

    ColumnPlan(List<Block> blocks) {
        this.blocks = blocks;
    }

    /** The widths of the table's columns in twips, adding up to the text width. */
    int[] widths(Table t) {
        int n = t.columns().size();
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            weights[i] = t.columns().get(i).weight();
        }
        double[] min = designMinimums.computeIfAbsent(design(t), key -> {
            double[] m = new double[n];
            for (Block b : blocks) {
                if (b instanceof Table other && design(other).equals(key)) {
                    double[] own = minimum(other);
                    for (int i = 0; i < n; i++) {
                        m[i] = Math.max(m[i], own[i]);
                    }
                }
            }
            return m;
        });
        return round(fit(weights, min, PageGeometry.TEXT_WIDTH), PageGeometry.TEXT_WIDTH);
    }

    private static List<Object> design(Table t) {
        return List.of(t.style(), t.columns());
    }

    /** Each column's widest word, bold where the row or the span is, plus cell margins. */
    static double[] minimum(Table t) {
        int n = t.columns().size();
        double[] min = new double[n];
        for (int r = 0; r < t.rows().size(); r++) {
            Table.Row row = t.rows().get(r);
            if (row.cells().size() != n) {
                continue; // a group label spans the table
            }
            boolean bold = r < t.headerRows() || row.kind() != Table.RowKind.BODY;
            for (int c = 0; c < n; c++) {
                double word = widestWord(row.cells().get(c).spans(), bold, TABLE_SIZE);
                if (word > 0) {
                    min[c] = Math.max(min[c], word * SLACK_FACTOR + SLACK + CELL_X);
                }
            }
        }
        return min;
    }

    /** The width in twips of the widest piece of the spans no line may break. */
    static double widestWord(List<Span> spans, boolean bold, double sizePt) {
        double scale = sizePt * 20 / 1000.0;
        double widest = 0;
        double word = 0;
        StringBuilder all = new StringBuilder();
        List<Boolean> faces = new ArrayList<>();
        for (Span s : spans) {
            for (int i = 0; i < s.text().length(); ) {
                int cp = s.text().codePointAt(i);
                all.appendCodePoint(cp);
                for (int k = 0; k < Character.charCount(cp); k++) {
                    faces.add(bold || s.bold());
                }
                i += Character.charCount(cp);
            }
        }
        String text = all.toString();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\u200B' || cp == '\u00AD') {
                widest = Math.max(widest, word);
                word = 0;
            } else {
                word += FontMetrics.width(cp, faces.get(i)) * scale;
                if ((cp == '-' || cp == '\u2013' || cp == '\u2014' || cp == '/') && i > 0 && next < text.length()
                        && Character.isLetter(text.codePointBefore(i))
                        && Character.isLetterOrDigit(text.codePointAt(next))) {
                    widest = Math.max(widest, word);
                    word = 0;
                }
            }
            i = next;
        }
        return Math.max(widest, word);
    }

    /**
     * Widths from weights, each at least its minimum: see the PDF renderer's column widths,
     * which follow the same rule.
     */
    static double[] fit(double[] weights, double[] minimum, double total) {
        int n = weights.length;
        double[] w = new double[n];
        if (n == 0) {
            return w;
        }
        double[] weight = new double[n];
        double sumMin = 0;
        for (int i = 0; i < n; i++) {
            weight[i] = Math.max(weights[i], 0.0001);
            sumMin += minimum[i];
        }
        if (sumMin > total) {
            double[] sorted = minimum.clone();
            Arrays.sort(sorted);
            double below = 0;
            double cap = total / n;
            for (int k = 0; k < n; k++) {
                double candidate = (total - below) / (n - k);
                if (candidate <= sorted[k]) {
                    cap = candidate;
                    break;
                }
                below += sorted[k];
            }
            for (int i = 0; i < n; i++) {
                w[i] = Math.min(minimum[i], cap);
            }
            return w;
        }
        boolean[] held = new boolean[n];
        boolean changed = true;
        while (changed) {
            changed = false;
            double free = total;
            double freeWeight = 0;
            for (int i = 0; i < n; i++) {
                if (held[i]) {
                    free -= minimum[i];
                } else {
                    freeWeight += weight[i];
                }
            }
            for (int i = 0; i < n; i++) {
                if (held[i]) {
                    w[i] = minimum[i];
                } else {
                    w[i] = free * weight[i] / freeWeight;
                    if (w[i] < minimum[i]) {
                        held[i] = true;
                        changed = true;
                    }
                }
            }
        }
        return w;
    }

    /** Whole twips that add up to the total exactly: rounding is settled on the last column. */
    private static int[] round(double[] widths, int total) {
        int n = widths.length;
        int[] out = new int[n];
        int used = 0;
        for (int i = 0; i < n; i++) {
            out[i] = i == n - 1 ? total - used : (int) Math.round(widths[i]);
            used += out[i];
        }
        return out;
    }
}
