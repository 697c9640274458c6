package se.rapportverk.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.testutil.CliRun;
import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.XlsxParts;

/** Each distinct failure the mutation fuzzer found, as a regression test at the level the user meets it. */
class FuzzFindingsTest {

    @TempDir
    Path dir;

    /** Seed 7, run 251: a key figure near Excel's largest number overflowed the trend: "Internt fel". */
    @Test
    void aKeyFigureNearExcelsLargestNumberGeneratesWithoutATrend() throws IOException {
        byte[] xlsx = TestWorkbooks.rapport().sheet("Åtgärder").row("Åtgärd", "Startdatum", "Effekt helår")
                .row("Färre timmar", "2024-03-01", 1000)
                .sheet("Nyckeltal").row("Nyckeltal", "Period", "Utfall")
                .row("Sjukfrånvaro", "2024-03", 1E308).row("Sjukfrånvaro", "2024-04", -1E308).build();
        Path input = Files.write(dir.resolve("nyckeltal.xlsx"), xlsx);
        CliRun r = CliRun.of("generate", input.toString(), "--out", dir.resolve("ut").toString());
        assertEquals(0, r.status(), r.all());
        assertFalse(r.all().contains("Internt fel"), r.all());
    }

    /**
     * Seed 7, run 41: a damaged byte in the shared strings made the JDK's XML parser print
     * "[Fatal Error] :-1:-1: Invalid byte 2 of 2-byte UTF-8 sequence." on the console, in English,
     * past Rapportverk's own messages.
     */
    @Test
    void malformedUtf8IsReportedInSwedishAndNothingElseIsPrinted() throws IOException {
        XlsxParts parts = XlsxParts.of(TestWorkbooks.delarsrapport());
        byte[] sst = parts.bytes("xl/sharedStrings.xml");
        String text = new String(sst, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("N\u00C3\u00A4mnd");
        assertTrue(at > 0, "the shared strings hold Nämnd as UTF-8");
        sst[at + 2] = 'x';
        Path input = Files.write(dir.resolve("utf8.xlsx"), parts.put("xl/sharedStrings.xml", sst).zip());
        CliRun r = CliRun.of("check", input.toString());
        assertEquals("", r.stray(), "nothing is printed past the command's own streams");
        assertEquals(1, r.status(), r.all());
        assertTrue(r.err().contains("utf8.xlsx: filen är skadad: tabellen med delade texter (xl/sharedStrings.xml) går "
                + "inte att läsa."), r.all());
    }
}
