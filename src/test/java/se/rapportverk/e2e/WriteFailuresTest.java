package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real full disk and a real read-only folder: a small tmpfs mounted for the test (the suite runs
 * as root on its machines). The user gets the reason in Swedish, exit status 3, and nothing
 * changes: earlier outputs keep their bytes and no temporary file is left. Where no file system can
 * be mounted the tests are skipped; {@code SafeWriterTest} injects the same failures in any case.
 */
class WriteFailuresTest {

    static final String PDF = "delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf";

    @TempDir
    Path dir;

    Path mounted;

    static int run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }

    Path mount(String options) throws Exception {
        Path at = Files.createDirectories(dir.resolve("disk"));
        boolean ok;
        try {
            ok = run("mount", "-t", "tmpfs", "-o", options, "tmpfs", at.toString()) == 0;
        } catch (IOException e) {
            ok = false;
        }
        Assumptions.assumeTrue(ok, "a tmpfs cannot be mounted here");
        mounted = at;
        return at;
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            run("umount", mounted.toString());
        }
    }

    static Map<String, byte[]> earlierOutputs(Path folder) throws IOException {
        Map<String, byte[]> files = SharedRuns.of(Examples.DELARSRAPPORT).files();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Files.write(folder.resolve(e.getKey()), e.getValue());
        }
        return Generated.read(folder);
    }

    static void assertUnchanged(Path folder, Map<String, byte[]> before, String... others) throws IOException {
        Map<String, byte[]> after = Generated.read(folder);
        for (String other : others) {
            after.remove(other);
        }
        assertEquals(before.keySet(), after.keySet(), "no file added or removed, no temporary file left");
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
        try (Stream<Path> all = Files.list(folder)) {
            assertEquals(List.of(), all.filter(p -> p.getFileName().toString().startsWith(".")).toList());
        }
    }

    @Test
    void aFullDiskIsNamedAndNothingChanges() throws Exception {
        long outputs = SharedRuns.of(Examples.DELARSRAPPORT).files().values().stream().mapToLong(b -> b.length).sum();
        Path disk = mount("size=" + (outputs + 256 * 1024));
        Path folder = Files.createDirectories(disk.resolve("arkiv"));
        Map<String, byte[]> before = earlierOutputs(folder);
        // Fill what is left.
        try (OutputStream out = Files.newOutputStream(disk.resolve("fyllnad"))) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // the disk is full now
        }
        Cli.Run run = Cli.run("generate", Examples.DELARSRAPPORT.toString(), "--out", folder.toString(), "--report");
        assertEquals(3, run.status(), run.all());
        run.assertNoStackTrace();
        assertTrue(run.err().contains("Dokumenten kunde inte skrivas till " + folder + ": disken är full (det finns inte "
                + "plats för filerna); frigör utrymme eller välj en annan mapp. Inga filer ändrades."), run.err());
        assertUnchanged(folder, before);

        Cli.Run extract = Cli.run("extract", folder.resolve(PDF).toString(), disk.resolve("ut").toString());
        assertEquals(3, extract.status(), extract.all());
        assertTrue(extract.err().contains("disken är full"), extract.err());
        assertUnchanged(folder, before);
    }

    @Test
    void aReadOnlyFolderIsNamedAndNothingChanges() throws Exception {
        Path disk = mount("size=16m");
        Path folder = Files.createDirectories(disk.resolve("arkiv"));
        Map<String, byte[]> before = earlierOutputs(folder);
        assertEquals(0, run("mount", "-o", "remount,ro", disk.toString()), "remount read-only");

        Cli.Run run = Cli.run("generate", Examples.DELARSRAPPORT.toString(), "--out", folder.toString(), "--report");
        assertEquals(3, run.status(), run.all());
        run.assertNoStackTrace();
        assertTrue(run.err().contains("Dokumenten kunde inte skrivas till " + folder + ": " + folder
                + " ligger på en skrivskyddad enhet; välj en annan mapp. Inga filer ändrades."), run.err());
        assertUnchanged(folder, before);

        Cli.Run check = Cli.run("check", Examples.DELARSRAPPORT.toString(), "--report", folder.resolve("ny").toString());
        assertEquals(3, check.status(), check.all());
        assertTrue(check.err().contains("Kontrollrapporten kunde inte skrivas till " + folder.resolve("ny")), check.err());
        assertTrue(check.err().contains("skrivskyddad enhet"), check.err());

        Cli.Run extract = Cli.run("extract", folder.resolve(PDF).toString(), folder.toString());
        assertEquals(3, extract.status(), extract.all());
        assertTrue(extract.err().contains("skrivskyddad enhet"), extract.err());
        assertUnchanged(folder, before);
    }
}
