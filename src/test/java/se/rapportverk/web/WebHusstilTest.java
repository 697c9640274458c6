package se.rapportverk.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.cli.Main;
import se.rapportverk.husstil.HusstilReader;
import se.rapportverk.template.TemplateEngine;

/**
 * {@code rapportverk serve --husstil MAPP}: the page and the API make the documents in the kommun's
 * own house style, the same files {@code rapportverk generate --husstil MAPP} writes.
 */
class WebHusstilTest {

    private static final String WORKBOOK = "delarsrapport-med-avvikelser.xlsx";

    @TempDir
    Path dir;

    /** A house style folder as {@code rapportverk husstil} writes it, with the kommun's own heading colour. */
    private Path ownStyle() throws Exception {
        Path folder = dir.resolve("husstil");
        assertEquals(0, run("husstil", folder.toString()));
        Files.writeString(folder.resolve("husstil.ini"), "[färger]\nrubrik = #7A1F3D\n", StandardCharsets.UTF_8);
        return folder;
    }

    private static int run(String... args) {
        return Main.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    @Test
    void theApiMakesTheDocumentsInTheHouseStyleAsGenerateDoes() throws Exception {
        Path style = ownStyle();
        Map<String, byte[]> zip;
        try (WebServer server = WebServer.start(new WebServer.Settings("127.0.0.1", 0, TemplateEngine.builtIn(),
                HusstilReader.read(style)), Limits.defaults(), () -> { }, line -> { })) {
            Http.Answer a = new Http(server.address()).post("api/generate",
                    Http.form(WORKBOOK, TestWorkbooks.bytes(TestWorkbooks.AVVIKELSER)));
            assertEquals(200, a.status(), a.text());
            zip = WebApiTest.unzip(a.body());
        }
        JsonNode manifest = new ObjectMapper().readTree(zip.get("manifest-delarsrapport-med-avvikelser.json"));
        assertFalse(manifest.get("husstil").get("standard").asBoolean(), manifest.toString());

        Path workbook = dir.resolve(WORKBOOK);
        Files.copy(TestWorkbooks.AVVIKELSER, workbook);
        Path out = dir.resolve("ut");
        assertEquals(0, run("generate", workbook.toString(), "--out", out.toString(), "--husstil", style.toString()));
        for (Map.Entry<String, byte[]> e : zip.entrySet()) {
            assertArrayEquals(Files.readAllBytes(out.resolve(e.getKey())), e.getValue(), e.getKey());
        }

        // And not the files of Rapportverk's own style.
        Path standard = dir.resolve("standard");
        assertEquals(0, run("generate", workbook.toString(), "--out", standard.toString()));
        String pdf = "delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf";
        assertFalse(java.util.Arrays.equals(Files.readAllBytes(standard.resolve(pdf)), zip.get(pdf)));
    }

    @Test
    void aHouseStyleThatCannotBeUsedStopsTheServerFromStartingWithTheReason() throws Exception {
        Path folder = dir.resolve("trasig");
        assertEquals(0, run("husstil", folder.toString()));
        Files.writeString(folder.resolve("husstil.ini"), "[färger]\nrubrik = blå\n", StandardCharsets.UTF_8);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"serve", "--port", "0", "--husstil", folder.toString()},
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(2, status, message);
        assertTrue(message.startsWith("Husstilen kan inte användas: "), message);
        assertTrue(message.contains("husstil.ini"), message);
        assertFalse(message.contains("Exception"), message);
    }
}
