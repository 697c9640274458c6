package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.testutil.WorkbookBuilder;

/**
 * Issue 7: the messages of the action-plan checks (check 4) show amounts with the unit's decimals.
 * Before, 1,6 mkr was printed as "2 mkr".
 */
class ActionChecksInMkrTest {

    @TempDir
    Path dir;

    @Test
    void check4QuotesMkrWithOneDecimal() throws IOException {
        WorkbookBuilder b = new WorkbookBuilder().sheet("Rapport")
                .row("Fält", "Värde")
                .row("Kommun", "Testby kommun")
                .row("Nämnd", "Vård- och omsorgsnämnden")
                .row("År", 2025)
                .row("Beloppsenhet", "mkr")
                .row("Underskott", 1.5)
                .row("Datum", "2025-03-01");
        b.sheet("Åtgärder")
                .row("Åtgärd", "Startdatum", "Effekt helår", "Effekt innevarande år")
                .row("Färre köpta platser", "2025-01-01", 1.2, 1.6);
        Path workbook = Files.write(dir.resolve("plan.xlsx"), b.build());
        Cli.Run run = Cli.run("check", workbook.toString());
        assertEquals(0, run.status(), run.all());
        String out = run.plain();
        // The cells as typed: Effekt innevarande år 1,6 (D2) above Effekt helår 1,2 (C2), and above the
        // deficit 1,5 of Rapport!Underskott.
        assertTrue(out.contains("Åtgärder!D2: Färre köpta platser: Effekt innevarande år (1,6 mkr) är större än "
                + "Effekt helår (1,2 mkr); ett år kan inte ge mer än ett helt år"), out);
        assertTrue(out.contains("summan av åtgärdernas effekt innevarande år (1,6 mkr, Åtgärder!D2) är större än "
                + "underskottet (1,5 mkr); kontrollera effekterna eller underskottet"), out);
        // No amount rounded to whole mkr, as "(2 mkr)" before.
        assertTrue(!java.util.regex.Pattern.compile("\\(\\d+ mkr").matcher(out).find(), out);
    }
}
