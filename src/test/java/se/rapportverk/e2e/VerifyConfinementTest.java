package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} reads only files inside the folder it is given, each up to a limit: a manifest
 * naming {@code ../x}, an absolute path or a symbolic link out of the folder gets that file
 * refused ("vägras"), even when its bytes would be identical; a manifest beyond its limit is not
 * read. A renamed workbook still verifies, because the documents are made again under the name the
 * manifest gives.
 */
class VerifyConfinementTest {

    static final String PDF = "delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf";

    @TempDir
    Path dir;

    Generated archived;
    Path archive;
    Path manifest;

    @BeforeEach
    void archive() throws IOException {
        archived = SharedRuns.of(Examples.DELARSRAPPORT);
        archive = Files2.copyFolder(archived.folder(), dir.resolve("arkiv"));
        manifest = archive.resolve(archived.manifestName());
    }

    void renameOutput(int index, String name) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(manifest.toFile());
        ((ObjectNode) root.withArray("outputs").get(index)).put("file", name);
        json.writeValue(manifest.toFile(), root);
    }

    List<String> verdicts(Cli.Run run) {
        return VerifyTest.verdicts(run);
    }

    @Test
    void namesThatLeadOutOfTheFolderAreRefused() throws IOException {
        Files.copy(archive.resolve(PDF), dir.resolve(PDF)); // the same bytes, outside the folder
        renameOutput(0, "../" + PDF);
        renameOutput(1, "/etc/passwd");
        Cli.Run run = Cli.run("verify", Examples.DELARSRAPPORT.toString(), archive.toString());
        assertEquals(1, run.status(), run.all());
        run.assertNoStackTrace();
        List<String> v = verdicts(run);
        assertTrue(v.contains("vägras \"../" + PDF + "\" (namnet pekar utanför mappen eller är inget vanligt filnamn)"),
                v.toString());
        assertTrue(v.contains("vägras \"/etc/passwd\" (namnet pekar utanför mappen eller är inget vanligt filnamn)"),
                v.toString());
        assertEquals(2, v.stream().filter(l -> l.startsWith("identisk ")).count(), v.toString());
        assertTrue(run.out().contains("2 av 4 filer är identiska."), run.out());
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsRefusedEvenWithTheSameBytes() throws IOException {
        Path outside = Files.copy(archive.resolve(PDF), dir.resolve("utanfor.pdf"));
        Files.delete(archive.resolve(PDF));
        Files.createSymbolicLink(archive.resolve(PDF), outside);
        Cli.Run run = Cli.run("verify", Examples.DELARSRAPPORT.toString(), archive.toString());
        assertEquals(1, run.status(), run.all());
        assertTrue(verdicts(run).contains("vägras \"" + PDF + "\" (en symbolisk länk som leder ut ur mappen)"),
                verdicts(run).toString());
        assertTrue(run.out().contains("3 av 4 filer är identiska."), run.out());
    }

    @Test
    void aManifestLinkedFromOutsideIsNotTheFolders() throws IOException {
        Path outside = Files.move(manifest, dir.resolve("manifest-utanfor.json"));
        Files.createSymbolicLink(manifest, outside);
        Cli.Run run = Cli.run("verify", Examples.DELARSRAPPORT.toString(), archive.toString());
        assertEquals(1, run.status(), run.all());
        assertEquals(archive + ": mappen har inget manifest (manifest-*.json)\n", run.err());
    }

    @Test
    void aManifestBeyondItsLimitIsNotRead() throws IOException {
        Path big = archive.resolve("manifest-stor.json");
        Files.write(big, new byte[16 * 1024 * 1024 + 1]);
        Cli.Run run = Cli.run("verify", Examples.DELARSRAPPORT.toString(), big.toString());
        assertEquals(1, run.status(), run.all());
        assertEquals(big + ": filen är större än gränsen 16 MiB och läses inte\n", run.err().replace('\u00A0', ' '));
    }

    @Test
    void aRenamedWorkbookVerifiesUnderTheNameTheManifestGives() throws IOException {
        Path renamed = Files.copy(Examples.DELARSRAPPORT, dir.resolve("Arkiverad arbetsbok (kopia).xlsx"));
        Cli.Run run = Cli.run("verify", renamed.toString(), archive.toString());
        assertEquals(0, run.status(), run.all());
        assertTrue(run.out().contains("Alla 4 filer är identiska med det arbetsboken ger."), run.out());
    }
}
