package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashMap;
import java.util.Map;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** CellRef's written-out equals and hashCode keep a record's contract: equal exactly when every part is. */
class CellRefEqualityProperties {

    @Property(tries = 500)
    void equalExactlyWhenSheetRowAndColumnAre(@ForAll @StringLength(max = 4) String sheetA,
                                              @ForAll @StringLength(max = 4) String sheetB,
                                              @ForAll @IntRange(max = 3) int rowA, @ForAll @IntRange(max = 3) int rowB,
                                              @ForAll @IntRange(max = 3) int colA, @ForAll @IntRange(max = 3) int colB) {
        CellRef a = new CellRef(sheetA, rowA, colA);
        // another String object with the same letters: equal by content, not identity
        CellRef b = new CellRef(new String(sheetB), rowB, colB);
        boolean same = sheetA.equals(sheetB) && rowA == rowB && colA == colB;
        assertEquals(same, a.equals(b));
        assertEquals(same, b.equals(a));
        if (same) {
            assertEquals(a.hashCode(), b.hashCode());
        }
        assertNotEquals(a, null);
        assertNotEquals(a, (Object) a.toString());
    }

    @Property(tries = 100)
    void aMapFindsACellByAnEqualReference(@ForAll @StringLength(min = 1, max = 8) String sheet,
                                          @ForAll @IntRange(max = 1_048_575) int row,
                                          @ForAll @IntRange(max = 16_383) int column) {
        Map<CellRef, String> map = new HashMap<>();
        map.put(new CellRef(sheet, row, column), "x");
        assertEquals("x", map.get(new CellRef(new String(sheet), row, column)));
        assertEquals(null, map.get(new CellRef(sheet, row + 1, column)));
    }
}
