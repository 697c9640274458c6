package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * docs/arbetsbok.md has every part generated from the schema, each as the schema generates it
 * today. When the schema changes, regenerate the document with
 * {@code ./run-tests -Dtest=ContractDocTest -Drapportverk.skrivDokumentation=true} (or copy
 * {@code target/arbetsbok.md}, which a failing run writes, over it) and read the difference.
 */
class ContractDocTest {

    static final Path DOC = Path.of("docs", "arbetsbok.md");

    @Test
    void theContractDocumentIsWhatTheSchemaGenerates() throws IOException {
        String committed = Files.readString(DOC, StandardCharsets.UTF_8);
        List<String> parts = ContractDoc.parts(committed);
        assertEquals(new TreeSet<>(ContractDoc.expectedParts()), new TreeSet<>(parts),
                "docs/arbetsbok.md has every generated part");
        assertEquals(parts.size(), new HashSet<>(parts).size(), "each generated part once: " + parts);
        String generated = ContractDoc.update(committed);
        if (generated.equals(committed)) {
            return;
        }
        if (Boolean.getBoolean("rapportverk.skrivDokumentation")) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
            return;
        }
        Path fresh = Path.of("target", "arbetsbok.md");
        Files.createDirectories(fresh.getParent());
        Files.writeString(fresh, generated, StandardCharsets.UTF_8);
        fail("docs/arbetsbok.md skiljer sig från schemat (se.rapportverk.workbook.Schema). Skriv om den med "
                + "./run-tests -Dtest=ContractDocTest -Drapportverk.skrivDokumentation=true, eller kopiera " + fresh
                + " över den, och läs skillnaden.");
    }

    @Test
    void theReadmesTableIsWhatTheSchemaGenerates() throws IOException {
        Path readme = Path.of("README.md");
        String committed = Files.readString(readme, StandardCharsets.UTF_8);
        assertEquals(ContractDoc.readmeParts(), ContractDoc.parts(committed));
        String generated = ContractDoc.update(committed);
        if (!generated.equals(committed) && Boolean.getBoolean("rapportverk.skrivDokumentation")) {
            Files.writeString(readme, generated, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(committed, generated, "README.md: the table of sheets differs from the schema; regenerate it with "
                + "./run-tests -Dtest=ContractDocTest -Drapportverk.skrivDokumentation=true");
    }

    @Test
    void aGeneratedPartIsRewrittenAndTheTextAroundItKept() {
        String doc = "Före.\n<!-- schema:kolumner:Ärende -->\ngammalt\n<!-- /schema:kolumner:Ärende -->\nEfter.\n";
        String updated = ContractDoc.update(doc);
        assertTrue(updated.startsWith("Före.\n<!-- schema:kolumner:Ärende -->\n| Kolumn | Krävs | Innehåll | Betydelse |"),
                updated);
        assertTrue(updated.contains("| Typ | ja, på varje rad | val: `Beslutsförslag`, `Beslutsunderlag`, `Skickas till` "
                + "eller `Underskrift` (även `Förslag till beslut`, `Förslag`, `Underlag`, `Beslutet skickas till`, "
                + "`Mottagare`, `Underskrifter` eller `Undertecknas av`) |"), updated);
        assertTrue(updated.endsWith("<!-- /schema:kolumner:Ärende -->\nEfter.\n"), updated);
        assertEquals(updated, ContractDoc.update(updated));
    }
}
