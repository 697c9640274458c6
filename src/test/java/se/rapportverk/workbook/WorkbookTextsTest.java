package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The texts of a workbook are walked once per workbook on a thread, and each workbook gets its own. */
class WorkbookTextsTest {

    private static Workbook read(String name) {
        return WorkbookReader.read(Path.of("input-examples", name)).workbook().orElseThrow();
    }

    @Test
    void eachWorkbookGetsItsOwnTextsAndTheSameListWhenAskedAgain() {
        Workbook a = read("delarsrapport-augusti-2025.xlsx");
        Workbook b = read("atgardsplan-2025.xlsx");
        List<WorkbookTexts.Entry> ofA = WorkbookTexts.all(a);
        assertSame(ofA, WorkbookTexts.all(a));
        List<WorkbookTexts.Entry> ofB = WorkbookTexts.all(b);
        assertNotEquals(ofA, ofB);
        assertEquals(ofA, WorkbookTexts.all(a));
        assertTrue(ofA.stream().anyMatch(e -> e.text().equals(a.rapport().namnd())));
        assertTrue(ofB.stream().anyMatch(e -> e.text().equals(b.rapport().namnd())));
        assertThrows(UnsupportedOperationException.class, () -> ofA.add(ofB.get(0)));
    }
}
