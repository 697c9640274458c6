package se.rapportverk.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.distribution.TDistribution;
import org.junit.jupiter.api.Test;

/** The t quantile of the trend's prediction interval, worked out once per degrees of freedom. */
class TQuantileTest {

    @Test
    void isCommonsMathsFigureEveryTime() {
        for (int round = 0; round < 2; round++) {
            for (int df = 1; df <= 10; df++) {
                double expected = new TDistribution(df).inverseCumulativeProbability(0.975);
                assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(Prognosunderlag.tQuantile(df)),
                        "df " + df);
            }
        }
    }

    @Test
    void agreesWithAPrintedTable() {
        // Two-sided 95 %, from a printed table of Student's t: df 1, 2, 5, 10.
        assertEquals(12.706, Prognosunderlag.tQuantile(1), 0.0005);
        assertEquals(4.303, Prognosunderlag.tQuantile(2), 0.0005);
        assertEquals(2.571, Prognosunderlag.tQuantile(5), 0.0005);
        assertEquals(2.228, Prognosunderlag.tQuantile(10), 0.0005);
    }
}
