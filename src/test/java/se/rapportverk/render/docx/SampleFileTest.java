package se.rapportverk.render.docx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import se.rapportverk.render.RenderOptions;

/**
 * Writes the sample document to {@code target/docx-sample/delarsrapport.docx}, for looking at
 * it in Word or LibreOffice.
 */
class SampleFileTest {

    @Test
    void writesTheSampleFile() throws IOException {
        Path dir = Path.of("target", "docx-sample");
        Files.createDirectories(dir);
        Path file = dir.resolve("delarsrapport.docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            new DocxRenderer().render(SampleDocuments.delarsrapport(), RenderOptions.withoutSource("abc123"), out);
        }
        assertTrue(Files.size(file) > 0);
    }
}
