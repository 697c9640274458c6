package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory, for real: a JVM of its own with a small heap and a house-style template
 * that writes without end. The user gets exit status 4 (not 1, "fel i arbetsboken"), a Swedish
 * message that says how to give Rapportverk more memory, no trace, and no file; earlier outputs
 * stay as they were. The launcher turns RAPPORTVERK_MINNE into Java's heap option.
 */
class OutOfMemoryTest {

    @TempDir
    Path dir;

    @Test
    void outOfMemoryIsExitStatusFourWithWhatToDoAndNothingWritten() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("mallar"));
        Files.writeString(templates.resolve("delarsrapport.ftl"), "<#ftl output_format=\"XML\">"
                + "<document title=\"x\" date=\"2025-01-01\"><#list 1..2000000000 as i><p>En rad som upprepas utan "
                + "slut tills minnet tar slut.</p></#list></document>", StandardCharsets.UTF_8);
        Path out = Files.createDirectories(dir.resolve("ut"));
        Files.writeString(out.resolve("delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf"), "tidigare");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx96m", "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), GenerateInAnotherJvm.class.getName(), "generate",
                Examples.DELARSRAPPORT.toString(), "--out", out.toString(), "--templates", templates.toString(),
                "--document", "delarsrapport").redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(4, p.exitValue(), output);
        assertTrue(output.contains("Minnet räckte inte: Rapportverk fick slut på arbetsminne med "
                + Examples.DELARSRAPPORT), output);
        assertTrue(output.contains("sätt miljövariabeln RAPPORTVERK_MINNE, till exempel RAPPORTVERK_MINNE=2g"), output);
        assertTrue(output.contains("inget halvskrivet finns kvar"), output);
        assertFalse(output.contains("Exception") || output.contains("OutOfMemoryError") || output.contains("\tat "),
                output);
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf"),
                    files.map(f -> f.getFileName().toString()).toList());
        }
        assertEquals("tidigare", Files.readString(out.resolve("delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf")));
    }

    static String heapOption(String value) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", ". scripts/jdk.sh && rv_heap_option; echo \" [$?]\"")
                .redirectErrorStream(true);
        Map<String, String> env = pb.environment();
        env.remove("RAPPORTVERK_MINNE");
        if (value != null) {
            env.put("RAPPORTVERK_MINNE", value);
        }
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        return out;
    }

    @Test
    void theLauncherGivesJavaTheMemoryRapportverkMinneAsksFor() throws Exception {
        assertEquals("-Xmx4g [0]", heapOption("4g"));
        assertEquals("-Xmx2048m [0]", heapOption("2048m"));
        assertEquals("[0]", heapOption(null));
        String wrong = heapOption("fyra");
        assertTrue(wrong.startsWith("RAPPORTVERK_MINNE=\"fyra\" går inte att använda: ange Javas största arbetsminne "
                + "som ett tal\nmed m (MiB) eller g (GiB), till exempel RAPPORTVERK_MINNE=4g"), wrong);
        assertTrue(wrong.endsWith("[1]"), wrong);
        String launcher = Files.readString(Path.of("rapportverk"));
        assertTrue(launcher.contains("HEAP=\"$(rv_heap_option)\" || exit 2")
                && launcher.contains("JVM_OPTS+=(\"$HEAP\")"), "the launcher passes it to Java");
        String windows = Files.readString(Path.of("rapportverk.cmd"));
        assertTrue(windows.contains("set \"HEAP=-Xmx!RAPPORTVERK_MINNE!\"") && windows.contains("!HEAP!"),
                "so does the Windows launcher");
    }
}
