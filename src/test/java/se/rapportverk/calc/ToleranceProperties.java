package se.rapportverk.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;

/**
 * Properties of the rounding rule (docs/arbetsbok.md, check 1): half a unit of the finest decimal
 * used, times the number of values summed. Ledger figures rounded the ordinary way never disagree with
 * the sum of their rounded rows, a larger difference always does, and a given figure that agrees is
 * the one printed.
 */
class ToleranceProperties {

    @Provide
    Arbitrary<List<BigDecimal>> exactRows() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-100000"), new BigDecimal("100000")).ofScale(4)
                .list().ofMinSize(1).ofMaxSize(40);
    }

    private static Figure typed(BigDecimal value, int row, int decimals) {
        return Figure.read(value, new CellRef("Driftsredovisning", row, 1), decimals);
    }

    @Property
    void roundedLedgerFiguresAgreeWithTheSumOfTheirRoundedRows(@ForAll("exactRows") List<BigDecimal> exact,
                                                              @ForAll @IntRange(min = 0, max = 2) int decimals) {
        // Rows and the ledger's total, each typed rounded half up to the same decimals, as published reports are.
        List<Figure> rows = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < exact.size(); i++) {
            rows.add(typed(exact.get(i).setScale(decimals, RoundingMode.HALF_UP), i + 1, decimals));
            total = total.add(exact.get(i));
        }
        Figure given = typed(total.setScale(decimals, RoundingMode.HALF_UP), exact.size() + 1, decimals);
        Figure calculated = Figure.sum(rows);
        assertTrue(Tolerance.agrees(given, calculated), given.value() + " against " + calculated.value());
        // And so the given one is printed, with the cells of both.
        Shown shown = Shown.of(given, calculated);
        assertTrue(shown.fromGiven());
        assertEquals(0, given.value().compareTo(shown.figure().value()));
        assertTrue(shown.figure().sources().containsAll(calculated.sources()));
        assertTrue(shown.figure().sources().containsAll(given.sources()));
    }

    @Property
    void aDifferenceBeyondHalfAUnitPerRowNeverAgrees(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = -99999,
            max = 99999) Integer> tenths, @ForAll @IntRange(min = 1, max = 1000) int beyond) {
        // Rows in one decimal: the tolerance is 0,05 × rows; the given total is that much plus 0,01 × beyond off.
        List<Figure> rows = new ArrayList<>();
        for (int i = 0; i < tenths.size(); i++) {
            rows.add(typed(BigDecimal.valueOf(tenths.get(i), 1), i + 1, 1));
        }
        Figure calculated = Figure.sum(rows);
        BigDecimal tolerance = new BigDecimal("0.05").multiply(BigDecimal.valueOf(tenths.size()));
        assertEquals(0, tolerance.compareTo(Tolerance.of(calculated, calculated, calculated.terms())));
        BigDecimal off = tolerance.add(BigDecimal.valueOf(beyond, 2));
        Figure over = typed(calculated.value().add(off), 99, 2);
        Figure under = typed(calculated.value().subtract(off), 99, 2);
        assertFalse(Tolerance.agrees(over, calculated));
        assertFalse(Tolerance.agrees(under, calculated));
        assertFalse(Shown.of(over, calculated).fromGiven(), "a disagreeing given total is not printed");
        assertEquals(0, calculated.value().compareTo(Shown.of(over, calculated).figure().value()));
        // Exactly the tolerance is accepted.
        assertTrue(Tolerance.agrees(typed(calculated.value().add(tolerance), 99, 1), calculated));
    }

    @Property
    void theRuleDoesNotDependOnTheSign(@ForAll("exactRows") List<BigDecimal> values,
                                       @ForAll @IntRange(min = 0, max = 3) int decimals) {
        List<Figure> rows = new ArrayList<>();
        List<Figure> negated = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            BigDecimal v = values.get(i).setScale(decimals, RoundingMode.HALF_UP);
            rows.add(typed(v, i + 1, decimals));
            negated.add(typed(v.negate(), i + 1, decimals));
        }
        Figure given = typed(values.get(0), 99, 4);
        Figure minusGiven = typed(values.get(0).negate(), 99, 4);
        assertEquals(Tolerance.agrees(given, Figure.sum(rows)), Tolerance.agrees(minusGiven, Figure.sum(negated)));
    }
}
