package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at any moment: a real child JVM writing real documents is killed (SIGKILL, no
 * shutdown hooks, no finally blocks) after a random but seeded delay, many times; after each kill
 * every earlier output is still there under its own name, holding either its old bytes or its new
 * ones, never nothing and never a mixture. Temporary files a kill leaves behind carry Rapportverk's
 * name and the next run removes them.
 */
class KillDuringWriteTest {

    @TempDir
    static Path dir;

    /** The documents, kontrollrapport and manifest of the example delårsrapport, and of a changed version. */
    static Map<String, byte[]> a;
    static Map<String, byte[]> b;
    static Path folderA;
    static Path folderB;

    @BeforeAll
    static void twoVersions() {
        Generated first = SharedRuns.of(Examples.DELARSRAPPORT);
        folderA = first.folder();
        a = first.files();
        Path changed = Files2.changedWorkbook(Examples.DELARSRAPPORT, dir.resolve("andrad"), "Texter", "C2",
                "En annan sammanfattning, så att varje fil får andra byte.");
        Generated second = Generated.of(changed, dir.resolve("b"));
        folderB = second.folder();
        b = second.files();
        assertEquals(a.keySet(), b.keySet(), "the same names");
        a.forEach((name, bytes) -> assertTrue(!Arrays.equals(bytes, b.get(name)), name + " differs between the versions"));
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static Process start(String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", main));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Every earlier output is there and is either version, whole; returns how many temporaries were left. */
    static int assertEachOldOrNew(Path folder, String when) throws IOException {
        for (String name : a.keySet()) {
            Path p = folder.resolve(name);
            if (!Files.exists(p)) {
                fail(name + " is missing " + when);
            }
            byte[] now = Files.readAllBytes(p);
            if (!Arrays.equals(now, a.get(name)) && !Arrays.equals(now, b.get(name))) {
                fail(name + " is neither the old nor the new file " + when + " (" + now.length + " bytes)");
            }
        }
        int temporaries = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (!a.containsKey(n)) {
                    assertTrue(n.startsWith(".rapportverk-") && n.endsWith(".tmp"),
                            "only Rapportverk's temporary files besides the outputs, " + when + ": " + n);
                    temporaries++;
                }
            }
        }
        return temporaries;
    }

    static void assertNextRunRemovesTheTemporaries(Path folder) throws IOException {
        Cli.Run next = Cli.run("generate", Examples.DELARSRAPPORT.toString(), "--out", folder.toString(), "--report");
        assertEquals(0, next.status(), next.all());
        assertEquals(0, assertEachOldOrNew(folder, "after the next run"), "the next run removes the temporaries");
        a.forEach((name, bytes) -> {
            try {
                assertTrue(Arrays.equals(bytes, Files.readAllBytes(folder.resolve(name))), name);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void killedAtRandomMomentsOfAWriteLoopEveryOutputIsOldOrNew() throws Exception {
        Path folder = Files2.copyFolder(folderA, dir.resolve("loop"));
        Random random = new Random(20250923L);
        int rounds = 16;
        int withTemporaries = 0;
        for (int round = 0; round < rounds; round++) {
            Process child = start(WriteLoopInAnotherJvm.class.getName(), folder.toString(), folderA.toString(),
                    folderB.toString());
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
            String line = out.readLine();
            assertEquals("skriver", line, "the writer did not start");
            long delay = random.nextInt(600);
            Thread.sleep(delay);
            child.destroyForcibly(); // SIGKILL
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            withTemporaries += assertEachOldOrNew(folder, "after a kill " + delay + " ms into the writing (round "
                    + round + ")") > 0 ? 1 : 0;
        }
        System.out.println("kill -9 during a write loop: " + rounds + " kills, " + withTemporaries
                + " of them in the middle of a write (temporary files left)");
        assertNextRunRemovesTheTemporaries(folder);
    }

    @Test
    void killedAtRandomMomentsOfARealGenerateEveryEarlierOutputIsOldOrNew() throws Exception {
        Path folder = Files2.copyFolder(folderB, dir.resolve("generate"));
        String[] args = {"generate", Examples.DELARSRAPPORT.toAbsolutePath().toString(), "--out", folder.toString(),
                "--report"};
        // How long one whole run takes here, so that the kills fall anywhere in it, writing included.
        long started = System.nanoTime();
        Process whole = start(GenerateInAnotherJvm.class.getName(), args);
        whole.getInputStream().readAllBytes();
        assertTrue(whole.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, whole.exitValue());
        long millis = (System.nanoTime() - started) / 1_000_000;
        for (Map.Entry<String, byte[]> e : b.entrySet()) {
            Files.write(folder.resolve(e.getKey()), e.getValue()); // back to the earlier outputs
        }
        Random random = new Random(4711L);
        int rounds = 3;
        int replaced = 0;
        for (int round = 0; round < rounds; round++) {
            Process child = start(GenerateInAnotherJvm.class.getName(), args);
            // Most of a run is start-up and making the documents; aim the kills at its last part.
            long delay = millis / 2 + random.nextInt((int) Math.max(1, millis * 3 / 5));
            Thread.sleep(delay);
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEachOldOrNew(folder, "after a kill " + delay + " ms into a generate of " + millis + " ms");
            for (String name : a.keySet()) {
                if (Arrays.equals(a.get(name), Files.readAllBytes(folder.resolve(name)))) {
                    replaced++;
                    Files.write(folder.resolve(name), b.get(name)); // the earlier version again for the next round
                }
            }
        }
        System.out.println("kill -9 during generate (" + millis + " ms a run): " + rounds + " kills, " + replaced
                + " files found replaced by then");
        assertNextRunRemovesTheTemporaries(folder);
    }
}
