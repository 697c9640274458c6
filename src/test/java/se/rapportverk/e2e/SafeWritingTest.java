package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing is all or nothing: when the documents cannot be written, earlier outputs stay as they
 * were, no temporary file is left, the exit status is 3 and no stack trace is shown; and no
 * command ever writes to the workbook.
 */
class SafeWritingTest {

    static final String PDF = "delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf";
    static final String DOCX = "delarsrapport-vard-och-omsorgsnamnden-2025-08.docx";
    static final String HTML = "kontrollrapport-delarsrapport-augusti-2025.html";

    @TempDir
    Path dir;

    Files2.Guard workbook;

    @BeforeEach
    void guard() {
        workbook = Files2.Guard.of(Examples.DELARSRAPPORT);
    }

    @AfterEach
    void workbookIsUntouched() {
        workbook.assertUnchanged();
    }

    static void assertFailedCleanly(Cli.Run run, Path folder) throws IOException {
        assertEquals(3, run.status(), run.all());
        run.assertNoStackTrace();
        assertTrue(run.err().contains("Dokumenten kunde inte skrivas till " + folder), run.err());
        assertTrue(run.err().contains("Inga filer ändrades."), run.err());
    }

    @Test
    void anOutputFolderThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("ut"), "inte en mapp", StandardCharsets.UTF_8);
        Cli.Run run = Cli.run("generate", Examples.DELARSRAPPORT.toString(), "--out", file.toString(), "--report");
        assertFailedCleanly(run, file);
        assertEquals("inte en mapp", Files.readString(file, StandardCharsets.UTF_8));
        assertEquals(List.of(), Files2.temporaries(dir));
    }

    @Test
    void aTargetThatIsANonEmptyFolderLeavesTheEarlierOutputsAsTheyWere() throws IOException {
        Path folder = Files2.copyFolder(SharedRuns.of(Examples.DELARSRAPPORT).folder(), dir.resolve("arkiv"));
        Files.delete(folder.resolve(DOCX));
        Files.createDirectories(folder.resolve(DOCX)).resolve("kvar.txt");
        Files.writeString(folder.resolve(DOCX).resolve("kvar.txt"), "kvar");
        Map<String, byte[]> before = Generated.read(folder);

        Cli.Run run = Cli.run("generate", Examples.DELARSRAPPORT.toString(), "--out", folder.toString(), "--report");
        assertFailedCleanly(run, folder);
        Map<String, byte[]> after = Generated.read(folder);
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        assertEquals("kvar", Files.readString(folder.resolve(DOCX).resolve("kvar.txt")));
        assertEquals(List.of(), Files2.temporaries(dir));
    }

    @Test
    void whenWritingFailsNoEarlierOutputOfAnotherVersionIsReplaced() throws IOException {
        // Earlier outputs made from another version of the workbook (same name, one text changed).
        Path older = Files2.changedWorkbook(Examples.DELARSRAPPORT, dir.resolve("forra"), "Texter", "C2",
                "Förra versionens sammanfattning.");
        Path folder = dir.resolve("arkiv");
        Generated.of(older, folder);
        Files.delete(folder.resolve(HTML));
        Files.createDirectories(folder.resolve(HTML));
        Files.writeString(folder.resolve(HTML).resolve("kvar.txt"), "kvar");
        Map<String, byte[]> before = Generated.read(folder);

        Cli.Run run = Cli.run("generate", Examples.DELARSRAPPORT.toString(), "--out", folder.toString(), "--report");
        assertFailedCleanly(run, folder);
        Map<String, byte[]> after = Generated.read(folder);
        List<String> replaced = before.keySet().stream().filter(n -> !Arrays.equals(before.get(n), after.get(n))).toList();
        assertEquals(List.of(), replaced, "earlier outputs replaced although the run failed");
        assertEquals(List.of(), Files2.temporaries(dir));
    }

    @Test
    void noCommandWritesToTheWorkbook() throws IOException {
        Path copy = Files2.copyWorkbook(Examples.DELARSRAPPORT, dir);
        Files2.Guard guard = Files2.Guard.of(copy);
        Path out = dir.resolve("ut");
        assertEquals(0, Cli.run("check", copy.toString()).status());
        assertEquals(0, Cli.run("check", copy.toString(), "--report", dir.resolve("rapport").toString()).status());
        assertEquals(0, Cli.run("generate", copy.toString(), "--out", out.toString(), "--report").status());
        assertEquals(0, Cli.run("verify", copy.toString(), out.toString()).status());
        assertEquals(0, Cli.run("extract", out.resolve(PDF).toString(), dir.resolve("uttaget").toString()).status());
        // Generating into the workbook's own folder does not touch it either.
        assertEquals(0, Cli.run("generate", copy.toString(), "--out", dir.toString()).status());
        guard.assertUnchanged();
        assertFalse(Files.exists(dir.resolve("uttaget").resolve("delarsrapport-augusti-2025.xlsx.tmp")));
        assertEquals(List.of(), Files2.temporaries(dir));
    }
}
