package se.rapportverk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.testutil.WorkbookBuilder;

/** Bad input in the handlingar sheets gets the same treatment as in the delårsrapport's. */
class HandlingarBadInputTest {

    @TempDir
    Path dir;

    private static WorkbookBuilder rapport() {
        return new WorkbookBuilder().sheet("Rapport").row("Fält", "Värde").row("Kommun", "K").row("Nämnd", "N")
                .row("År", 2025).row("Datum", "2025-03-01").row("Beloppsenhet", "kr");
    }

    private static WorkbookBuilder actions(Object... row) {
        return rapport().sheet("Åtgärder")
                .row("Åtgärd", "Startdatum", "Effekt helår", "Antal", "Timmar per", "Timkostnad", "Status")
                .row(row);
    }

    static Stream<Arguments> badWorkbooks() {
        return Stream.of(
                Arguments.of("Åtgärder: non-number", actions("APT", "2025-03-01", "100 000 kronor x", null, null, null, null),
                        "Åtgärder!C2: \"100 000 kronor x\" är inte ett tal"),
                Arguments.of("Åtgärder: bad date", actions("APT", "1 mars", 1000, null, null, null, null),
                        "Åtgärder!B2: \"1 mars\" är inte ett datum; skriv datumet som 2025-01-01 (år-månad-dag)"),
                Arguments.of("Åtgärder: bad status", actions("APT", "2025-03-01", 1000, null, null, null, "Kanske"),
                        "Åtgärder!G2: \"Kanske\" går inte att använda som status"),
                Arguments.of("Åtgärder: formula error", actions("APT", "2025-03-01", 1000, WorkbookBuilder.formula("1/0"),
                        4, 320, null), "Åtgärder!D2: formeln =1/0 ger felvärdet #DIV/0!"),
                Arguments.of("Åtgärder: missing column", rapport().sheet("Åtgärder").row("Namn", "Startdatum").row("APT", "2025-03-01"),
                        "Åtgärder: kolumnen \"Åtgärd\" saknas"),
                Arguments.of("Bemanning: missing column", actions("APT", "2025-03-01", 1000, null, null, null, null)
                        .sheet("Bemanning").row("Enhet", "Intäkter helår", "Bemanning").row("Norr", 1, 2),
                        "Bemanning: kolumnerna \"Övriga kostnader helår\" och \"Kostnad per årsarbetare\" saknas"),
                Arguments.of("Bemanning: negative", actions("APT", "2025-03-01", 1000, null, null, null, null)
                        .sheet("Bemanning").row("Enhet", "Intäkter helår", "Övriga kostnader helår", "Kostnad per årsarbetare",
                                "Bemanning").row("Norr", -10, 2, 3, 4),
                        "Bemanning!B2: beloppen i bladet Bemanning skrivs som positiva tal"),
                Arguments.of("Nyckeltal: bad period", actions("APT", "2025-03-01", 1000, null, null, null, null)
                        .sheet("Nyckeltal").row("Nyckeltal", "Period", "Utfall").row("Sjukfrånvaro", "mars", 7),
                        "Nyckeltal!B2: \"mars\" är ingen period; skriv året och månaden, till exempel 2025-03"),
                Arguments.of("Nyckeltal: target without direction", actions("APT", "2025-03-01", 1000, null, null, null, null)
                        .sheet("Nyckeltal").row("Nyckeltal", "Period", "Utfall", "Målvärde", "Riktning")
                        .row("Sjukfrånvaro", "2025-03", 7, 6, null),
                        "Nyckeltal!E2: Riktning saknas"),
                Arguments.of("Flerårsöversikt: bad year", rapport().sheet("Ärende").row("Typ", "Text").row("Beslutsförslag", "X")
                        .sheet("Flerårsöversikt").row("Område", "År", "Nettokostnad").row("LSS", "förra året", 100),
                        "Flerårsöversikt!B2: \"förra året\" är inte ett årtal"),
                Arguments.of("Flerårsöversikt: non-number", rapport().sheet("Ärende").row("Typ", "Text").row("Beslutsförslag", "X")
                        .sheet("Flerårsöversikt").row("Område", "År", "Nettokostnad").row("LSS", 2024, "många"),
                        "Flerårsöversikt!C2: \"många\" är inte ett tal"),
                Arguments.of("Ärende: bad type", rapport().sheet("Ärende").row("Typ", "Text").row("Kommentar", "X"),
                        "Ärende!A2: \"Kommentar\" går inte att använda som typ; skriv \"Beslutsförslag\", \"Beslutsunderlag\", "
                                + "\"Skickas till\" eller \"Underskrift\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badWorkbooks")
    void isRefusedWithTheSheetAndCellAndNothingIsWritten(String name, WorkbookBuilder workbook, String expected)
            throws IOException {
        Path file = dir.resolve("arbetsbok.xlsx");
        Files.write(file, workbook.build());
        Path out = dir.resolve("ut");
        CliTest.Run r = CliTest.run("generate", file.toString(), "--out", out.toString());
        assertEquals(ExitCode.WORKBOOK_ERRORS, r.status(), r.all());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.all().contains("Exception"), r.all());
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "nothing may be written");
    }
}
