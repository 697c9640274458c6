package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the launcher decides before Java starts: the JDK's version from its release file (no JVM
 * is started for it), and the full JIT only for a workbook of 2 MiB or more.
 */
class LauncherChoicesTest {

    @TempDir
    Path dir;

    private static String bash(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("bash", "-c", ". scripts/jdk.sh && " + script, "x"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out;
    }

    @Test
    void theJdkVersionComesFromItsReleaseFileWithoutStartingJava() throws Exception {
        Path jdk = Files.createDirectories(dir.resolve("jdk/bin"));
        // A "java" that would say something else if it were started.
        for (String tool : List.of("java", "javac")) {
            Path f = jdk.resolve(tool);
            Files.writeString(f, "#!/bin/sh\necho 'openjdk version \"17.0.1\"' >&2\n");
            f.toFile().setExecutable(true);
        }
        Files.writeString(dir.resolve("jdk/release"), "IMPLEMENTOR=\"X\"\nJAVA_VERSION=\"25.0.3\"\n");
        assertEquals("25", bash("_rv_java_major \"$1\"", dir.resolve("jdk").toString()));
        Files.writeString(dir.resolve("jdk/release"), "JAVA_VERSION=\"1.8.0_292\"\n");
        assertEquals("8", bash("_rv_java_major \"$1\"", dir.resolve("jdk").toString()));
        Files.delete(dir.resolve("jdk/release"));
        assertEquals("17", bash("_rv_java_major \"$1\"", dir.resolve("jdk").toString()), "no release file: Java is asked");
    }

    @Test
    void theFullJitOnlyForAWorkbookOfTwoMebibytesOrMore() throws Exception {
        Path small = Files.write(dir.resolve("liten.xlsx"), new byte[2 * 1024 * 1024 - 1024]);
        Path folder = Files.createDirectories(dir.resolve("mapp"));
        Files.write(folder.resolve("stor.xlsx"), new byte[2 * 1024 * 1024]);
        Files.write(dir.resolve("stor.txt"), new byte[3 * 1024 * 1024]);
        String test = "rv_large_workbook \"$@\" && echo full || echo c1";
        assertEquals("c1", bash(test, "generate", small.toString(), "--out", dir.toString()));
        assertEquals("full", bash(test, "generate", folder.toString()));
        assertEquals("full", bash(test, "generate", small.toString(), folder.resolve("stor.xlsx").toString()));
        assertEquals("c1", bash(test, "generate", dir.resolve("stor.txt").toString(), "--out", "ut"));
        assertEquals("c1", bash(test, "--version"));
    }
}
