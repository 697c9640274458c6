package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One run of {@code rapportverk generate <workbook> --out <folder> --report} and everything it
 * wrote, read back into memory. Test classes make it once in {@code @BeforeAll}.
 *
 * @param workbook the workbook given to the command
 * @param folder   the output folder
 * @param run      the command's status and output
 * @param files    every file in the folder after the run, by name
 */
record Generated(Path workbook, Path folder, Cli.Run run, Map<String, byte[]> files) {

    /** Runs generate with {@code --report} and asserts that it succeeded and left the workbook as it was. */
    static Generated of(Path workbook, Path folder, String... extra) {
        String[] args = Stream.concat(Stream.of("generate", workbook.toString(), "--out", folder.toString(), "--report"),
                Stream.of(extra)).toArray(String[]::new);
        Files2.Guard guard = Files2.Guard.of(workbook);
        Cli.Run run = Cli.run(args);
        assertEquals(0, run.status(), () -> "generate " + workbook + " failed:\n" + run.all());
        guard.assertUnchanged();
        return new Generated(workbook, folder, run, read(folder));
    }

    /** The files of a folder, by name (not recursive). */
    static Map<String, byte[]> read(Path folder) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> list = Files.list(folder)) {
            for (Path p : list.toList()) {
                if (Files.isRegularFile(p)) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The one file whose name starts with the prefix and ends with the extension. */
    String name(String prefix, String extension) {
        List<String> names = files.keySet().stream()
                .filter(n -> n.startsWith(prefix) && n.endsWith(extension)).toList();
        assertEquals(1, names.size(), () -> "files " + prefix + "*" + extension + " in " + files.keySet());
        return names.get(0);
    }

    byte[] bytes(String name) {
        byte[] b = files.get(name);
        assertTrue(b != null, () -> name + " not among " + files.keySet());
        return b;
    }

    /** The document's PDF (not the kontrollrapport). */
    byte[] pdf(String documentPrefix) {
        return bytes(name(documentPrefix, ".pdf"));
    }

    byte[] docx(String documentPrefix) {
        return bytes(name(documentPrefix, ".docx"));
    }

    byte[] kontrollrapportPdf() {
        return bytes("kontrollrapport-" + Examples.stem(workbook) + ".pdf");
    }

    String kontrollrapportHtml() {
        return new String(bytes("kontrollrapport-" + Examples.stem(workbook) + ".html"),
                java.nio.charset.StandardCharsets.UTF_8);
    }

    String manifestName() {
        return "manifest-" + Examples.stem(workbook) + ".json";
    }
}
