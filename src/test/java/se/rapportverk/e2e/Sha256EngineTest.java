package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import se.rapportverk.digest.Sha256Test;

/**
 * Which SHA-256 engine a process gets, as {@code rapportverk --version} says it, and that neither way
 * prints a word from the JVM: without native access Java's own engine is used and no restricted method
 * is called (the JVM would warn in English on standard error); with it, OpenSSL where the system has it.
 */
class Sha256EngineTest {

    private record Run(int status, String out, String err) {
    }

    private static Run version(String... jvmOptions) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), "se.rapportverk.cli.Main", "--version"));
        Process p = new ProcessBuilder(command).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the JVM did not finish");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void withoutNativeAccessJavaHashesAndNothingIsPrintedToStandardError() throws Exception {
        Run r = version();
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith("Rapportverk "), r.out());
        assertTrue(lines.get(1).startsWith("Java " + Runtime.version().feature()), r.out());
        assertTrue(lines.get(1).endsWith(". SHA-256 beräknas av Java."), r.out());
    }

    @Test
    void withNativeAccessOpenSslHashesWhereTheSystemHasItAndNothingIsPrintedToStandardError() throws Exception {
        Run r = version("--enable-native-access=ALL-UNNAMED");
        assertEquals(0, r.status(), r.err());
        assertEquals("", r.err());
        assumeTrue(Sha256Test.openSslExpected(), "no OpenSSL 3 with Java 22+ on Linux here");
        assertTrue(r.out().lines().toList().get(1).matches("Java .*\\. SHA-256 beräknas av OpenSSL 3\\..*\\."), r.out());
    }
}
