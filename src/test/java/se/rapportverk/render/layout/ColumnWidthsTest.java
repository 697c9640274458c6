package se.rapportverk.render.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    private static float sum(float[] w) {
        float s = 0;
        for (float x : w) {
            s += x;
        }
        return s;
    }

    @Test
    void weightsDecideWhenEveryWordFits() {
        float[] w = ColumnWidths.fit(new float[] {2, 1, 1}, new float[] {50, 40, 40}, 400);
        assertArrayEquals(new float[] {200, 100, 100}, w, 0.001f);
    }

    @Test
    void aNarrowColumnGetsItsWidestWordFromTheColumnsThatHaveRoom() {
        // The second column's share (80) is narrower than its widest word (120).
        float[] w = ColumnWidths.fit(new float[] {3, 1, 1}, new float[] {60, 120, 30}, 400);
        assertEquals(120, w[1], 0.001f);
        assertEquals(400, sum(w), 0.01f);
        // The rest (280) is shared by the others in proportion to their weights, 3 : 1.
        assertEquals(210, w[0], 0.001f);
        assertEquals(70, w[2], 0.001f);
    }

    @Test
    void noColumnGivesUpSoMuchThatItsOwnWordsBreak() {
        float[] w = ColumnWidths.fit(new float[] {1, 1, 1, 6}, new float[] {100, 100, 100, 60}, 450);
        for (int i = 0; i < 4; i++) {
            assertTrue(w[i] >= new float[] {100, 100, 100, 60}[i] - 0.001f, "column " + i + ": " + w[i]);
        }
        assertEquals(450, sum(w), 0.01f);
        assertEquals(150, w[3], 0.001f);
    }

    @Test
    void whenTheWordsCannotAllFitOnlyTheWidestColumnsAreCut() {
        float[] w = ColumnWidths.fit(new float[] {1, 1, 1}, new float[] {50, 300, 250}, 400);
        assertEquals(50, w[0], 0.001f, "a column whose words fit keeps them whole");
        assertEquals(175, w[1], 0.001f);
        assertEquals(175, w[2], 0.001f);
        assertEquals(400, sum(w), 0.01f);
    }

    @Test
    void zeroAndNegativeWeightsStillGiveAUsableTable() {
        float[] w = ColumnWidths.fit(new float[] {0, -1, 1}, new float[] {20, 20, 20}, 300);
        assertEquals(300, sum(w), 0.01f);
        assertTrue(w[0] >= 20 && w[1] >= 20, java.util.Arrays.toString(w));
        assertArrayEquals(new float[0], ColumnWidths.fit(new float[0], new float[0], 100));
    }
}
