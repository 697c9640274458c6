package se.rapportverk.render.layout;

import java.util.Arrays;

/**
 * Column widths of a table from the template's relative weights and what the cells need: every
 * column at least as wide as its widest word, so that no word has to be broken.
 *
 * <p>Columns keep the widths their weights give them as long as that holds. A column whose share
 * is narrower than its widest word gets exactly that width, and the width it takes comes from the
 * other columns in proportion to their weights, none of them below its own widest word. Only when
 * the widest words of all columns together are wider than the table do words break: then the
 * columns with the widest words are cut down to one common width (so that as few columns as
 * possible break their words, and those evenly), and every other column keeps its widest word.
 */
public final class ColumnWidths {

    private ColumnWidths() {
    }

    /**
     * @param weights relative widths (non-positive weights count as a tiny one)
     * @param minimum the width each column needs not to break a word (padding included)
     * @param total   the width of the table
     * @return widths that add up to {@code total}
     */
    public static float[] fit(float[] weights, float[] minimum, float total) {
        int n = weights.length;
        if (n != minimum.length) {
            throw new IllegalArgumentException("weights and minimum widths differ in length");
        }
        float[] w = new float[n];
        if (n == 0) {
            return w;
        }
        float[] weight = new float[n];
        float[] min = new float[n];
        for (int i = 0; i < n; i++) {
            weight[i] = Math.max(weights[i], 0.0001f);
            min[i] = Math.max(minimum[i], 0f);
        }
        float sumMin = 0;
        for (float m : min) {
            sumMin += m;
        }
        if (sumMin > total) {
            return capped(min, total);
        }
        // Columns whose share falls short of their minimum are held at it; the others share the rest.
        boolean[] held = new boolean[n];
        while (true) {
            float free = total;
            float freeWeight = 0;
            for (int i = 0; i < n; i++) {
                if (held[i]) {
                    free -= min[i];
                } else {
                    freeWeight += weight[i];
                }
            }
            boolean changed = false;
            for (int i = 0; i < n; i++) {
                if (!held[i]) {
                    w[i] = free * weight[i] / freeWeight;
                    if (w[i] < min[i]) {
                        held[i] = true;
                        changed = true;
                    }
                }
            }
            if (!changed) {
                break;
            }
        }
        for (int i = 0; i < n; i++) {
            if (held[i]) {
                w[i] = min[i];
            }
        }
        return w;
    }

    /**
     * When the minimums do not fit: the widest columns are cut to a common width {@code cap}
     * such that {@code sum(min(minimum, cap)) == total}.
     */
    private static float[] capped(float[] min, float total) {
        int n = min.length;
        float[] sorted = min.clone();
        Arrays.sort(sorted);
        // Find the cap: with k columns below it, cap = (total - sum of those k) / (n - k).
        float below = 0;
        float cap = total / n;
        for (int k = 0; k < n; k++) {
            float candidate = (total - below) / (n - k);
            if (candidate <= sorted[k]) {
                cap = candidate;
                break;
            }
            below += sorted[k];
        }
        float[] w = new float[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.min(min[i], cap);
        }
        return w;
    }
}
