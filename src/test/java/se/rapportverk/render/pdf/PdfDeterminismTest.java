package se.rapportverk.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sample in a second JVM with another time zone, locale (one with its own digits),
 * working directory and output path, and compares the bytes with a rendering in this JVM.
 */
class PdfDeterminismTest {

    @Test
    void anotherJvmWithAnotherZoneLocaleAndDirectoryWritesTheSameBytes(@TempDir Path dir) throws Exception {
        byte[] here = new PdfRenderer().renderBytes(SampleDocument.document(), SampleDocument.options());

        Path work = Files.createDirectories(dir.resolve("annan katalog"));
        Path out = work.resolve("utdata med mellanslag.pdf");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java,
                "-Duser.timezone=Pacific/Kiritimati", "-Duser.language=fa", "-Duser.country=IR",
                "-Dfile.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"),
                RenderSample.class.getName(), out.toString()));
        pb.directory(work.toFile());
        pb.environment().put("TZ", "Asia/Tokyo");
        pb.redirectErrorStream(true);
        pb.redirectOutput(dir.resolve("log.txt").toFile());
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the second JVM did not finish");
        }
        assertEquals(0, p.exitValue(), () -> read(dir.resolve("log.txt").toFile()));
        assertArrayEquals(here, Files.readAllBytes(out));
    }

    private static String read(File f) {
        try {
            return Files.readString(f.toPath());
        } catch (IOException e) {
            return e.toString();
        }
    }
}
