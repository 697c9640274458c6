package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify <workbook> <folder>}: regenerates in memory and compares byte for byte with the
 * archive, file by file. Each test works on its own copy of the archived delårsrapport.
 */
class VerifyTest {

    static final String PDF = "delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf";
    static final String DOCX = "delarsrapport-vard-och-omsorgsnamnden-2025-08.docx";

    @TempDir
    Path dir;

    Generated archived;
    Path archive;
    Files2.Guard workbook;

    @BeforeEach
    void archive() throws IOException {
        archived = SharedRuns.of(Examples.DELARSRAPPORT);
        archive = Files2.copyFolder(archived.folder(), dir.resolve("arkiv"));
        workbook = Files2.Guard.of(Examples.DELARSRAPPORT);
    }

    @AfterEach
    void workbookIsUntouched() {
        workbook.assertUnchanged();
    }

    /** The verdict lines of verify's output, "verdict file", stripped. */
    static List<String> verdicts(Cli.Run run) {
        return run.out().lines().filter(l -> l.startsWith("  ")).map(l -> l.strip().replaceAll(" {2,}", " ")).toList();
    }

    List<String> outputs() {
        return archived.files().keySet().stream().filter(n -> !n.equals(archived.manifestName())).toList();
    }

    @Test
    void everyArchivedFileIsIdenticalToWhatTheWorkbookGivesToday() {
        Cli.Run run = Cli.run("verify", Examples.DELARSRAPPORT.toString(), archive.toString());
        assertEquals(0, run.status(), run.all());
        List<String> expected = outputs().stream().map(n -> "identisk " + n).sorted().toList();
        assertEquals(expected, verdicts(run).stream().sorted().toList());
        assertEquals(4, expected.size(), "PDF, DOCX and the kontrollrapport's PDF and HTML");
        assertTrue(run.out().contains("Alla 4 filer är identiska med det arbetsboken ger."), run.out());
    }

    @Test
    void theManifestFileItselfMayBeGiven() {
        Cli.Run run = Cli.run("verify", Examples.DELARSRAPPORT.toString(), archive.resolve(archived.manifestName()).toString());
        assertEquals(0, run.status(), run.all());
        assertTrue(verdicts(run).stream().allMatch(v -> v.startsWith("identisk ")), run.out());
    }

    @Test
    void oneChangedByteMakesThatFileDiffer() throws IOException {
        Path pdf = archive.resolve(PDF);
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(pdf, bytes);
        Cli.Run run = Cli.run("verify", Examples.DELARSRAPPORT.toString(), archive.toString());
        assertEquals(1, run.status(), run.all());
        List<String> verdicts = verdicts(run);
        assertTrue(verdicts.contains("skiljer sig " + PDF + " (filen har ändrats sedan den skrevs)"), verdicts.toString());
        assertEquals(3, verdicts.stream().filter(v -> v.startsWith("identisk ")).count(), verdicts.toString());
        assertTrue(run.out().contains("3 av 4 filer är identiska."), run.out());
        run.assertNoStackTrace();
    }

    @Test
    void aDeletedFileIsMissing() throws IOException {
        Files.delete(archive.resolve(DOCX));
        Cli.Run run = Cli.run("verify", Examples.DELARSRAPPORT.toString(), archive.toString());
        assertEquals(1, run.status(), run.all());
        List<String> verdicts = verdicts(run);
        assertTrue(verdicts.stream().anyMatch(v -> v.startsWith("saknas " + DOCX)), verdicts.toString());
        assertEquals(3, verdicts.stream().filter(v -> v.startsWith("identisk ")).count(), verdicts.toString());
    }

    @Test
    void anotherWorkbookIsNotTheOneTheDocumentsWereMadeFrom() {
        Cli.Run run = Cli.run("verify", Examples.HANDLINGSPLAN.toString(), archive.toString());
        assertEquals(1, run.status(), run.all());
        assertTrue(run.out().contains("Arbetsboken är inte den som dokumenten gjordes av: manifestet anger SHA-256 "
                + Sha.of(Examples.DELARSRAPPORT) + " för delarsrapport-augusti-2025.xlsx, arbetsboken har "
                + Sha.of(Examples.HANDLINGSPLAN) + "."), run.out());
        run.assertNoStackTrace();
    }

    @Test
    void theSameWorkbookWithOneCellChangedIsNotIdentical() {
        Path changed = Files2.changedWorkbook(Examples.DELARSRAPPORT, dir.resolve("andrad"), "Texter", "C2",
                "En annan sammanfattning.");
        Cli.Run run = Cli.run("verify", changed.toString(), archive.toString());
        assertEquals(1, run.status(), run.all());
        assertTrue(run.out().contains("Arbetsboken är inte den som dokumenten gjordes av"), run.out());
        List<String> verdicts = verdicts(run);
        assertTrue(verdicts.contains("skiljer sig " + PDF) && verdicts.contains("skiljer sig " + DOCX), verdicts.toString());
    }

    @Test
    void theWorkbookExtractedFromTheArchivedPdfVerifiesTheArchive() throws IOException {
        Path extracted = dir.resolve("tmp");
        Cli.Run extract = Cli.run("extract", archive.resolve(PDF).toString(), extracted.toString());
        assertEquals(0, extract.status(), extract.all());
        // extract chooses the name; verify makes the documents again under the name the manifest gives.
        Path workbookOut = extracted.resolve("delarsrapport-vard-och-omsorgsnamnden-2025-08-arbetsbok.xlsx");
        Files2.Guard extractedWorkbook = Files2.Guard.of(workbookOut);
        Cli.Run run = Cli.run("verify", workbookOut.toString(), archive.toString());
        assertEquals(0, run.status(), run.all());
        assertTrue(run.out().contains("Alla 4 filer är identiska"), run.out());
        extractedWorkbook.assertUnchanged();
    }
}
