package se.rapportverk.archive;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** The README's table of limits says what ArchiveLimits holds. */
class ArchiveLimitsDocTest {

    @Test
    void theReadmeStatesEachLimit() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("| Vad | Största storlek |"));
        assertRow(table, "| PDF som ges till `extract` |", ArchiveLimits.MAX_PDF_BYTES);
        assertRow(table, "| Arbetsbok inbäddad i en PDF (uppackad), och arbetsboken som ges till `verify` |",
                ArchiveLimits.MAX_WORKBOOK_BYTES);
        assertRow(table, "| Manifest (`manifest-*.json`) |", ArchiveLimits.MAX_MANIFEST_BYTES);
        assertRow(table, "| Arkiverat dokument som `verify` jämför |", ArchiveLimits.MAX_DOCUMENT_BYTES);
    }

    static void assertRow(String table, String start, long limit) {
        String row = start + " " + ArchiveLimits.describe(limit).replace('\u00A0', ' ') + " |";
        assertTrue(table.contains(row), row + "\nin\n" + table);
    }
}
