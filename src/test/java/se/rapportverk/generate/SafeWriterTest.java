package se.rapportverk.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The writer on its own, with failures injected where a real disk would fail: a full disk while
 * the new files are written, and a file held open by another program (as Word holds a DOCX on
 * Windows) when it is to be replaced. The kill -9, read-only and real full-disk cases are in
 * {@code se.rapportverk.e2e.KillDuringWriteTest} and {@code WriteFailuresTest}.
 */
class SafeWriterTest {

    @TempDir
    Path dir;

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    Map<String, String> contents() throws IOException {
        Map<String, String> m = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                m.put(p.getFileName().toString(), Files.readString(p));
            }
        }
        return m;
    }

    void earlier() throws IOException {
        Files.writeString(dir.resolve("a.pdf"), "gammal a");
        Files.writeString(dir.resolve("b.docx"), "gammal b");
    }

    static final List<OutputFile> NEW = List.of(new OutputFile("a.pdf", bytes("ny a")),
            new OutputFile("b.docx", bytes("ny b")), new OutputFile("c.json", bytes("ny c")));

    @Test
    void replacesEachTargetAndLeavesNothingElse() throws IOException {
        earlier();
        List<Path> written = SafeWriter.writeAll(dir, NEW);
        assertEquals(List.of(dir.resolve("a.pdf"), dir.resolve("b.docx"), dir.resolve("c.json")), written);
        assertEquals(Map.of("a.pdf", "ny a", "b.docx", "ny b", "c.json", "ny c"), contents());
    }

    @Test
    void aFullDiskWhileWritingChangesNothing() throws IOException {
        earlier();
        SafeWriter.Disk full = new SafeWriter.Disk() {
            int files;

            @Override
            public void write(FileChannel channel, byte[] bytes) throws IOException {
                if (++files == 3) {
                    throw new IOException("No space left on device");
                }
                SafeWriter.Disk.super.write(channel, bytes);
            }
        };
        WriteFailure e = assertThrows(WriteFailure.class, () -> new SafeWriter(full).write(dir, NEW));
        assertEquals("disken är full (det finns inte plats för filerna); frigör utrymme eller välj en annan mapp",
                e.getMessage());
        assertEquals(Map.of("a.pdf", "gammal a", "b.docx", "gammal b"), contents());
    }

    @Test
    void aFileHeldOpenByAnotherProgramPutsBackTheOnesAlreadyReplaced() throws IOException {
        earlier();
        SafeWriter.Disk busy = new SafeWriter.Disk() {
            @Override
            public void move(Path from, Path to) throws IOException {
                if (to.getFileName().toString().equals("b.docx")) {
                    throw new FileSystemException(to.toString(), null,
                            "The process cannot access the file because it is being used by another process");
                }
                SafeWriter.Disk.super.move(from, to);
            }
        };
        WriteFailure e = assertThrows(WriteFailure.class, () -> new SafeWriter(busy).write(dir, NEW));
        assertEquals(dir.resolve("b.docx") + " är öppen i ett annat program (till exempel Word eller en PDF-läsare); "
                + "stäng den och försök igen", e.getMessage());
        assertEquals(Map.of("a.pdf", "gammal a", "b.docx", "gammal b"), contents(),
                "a.pdf was replaced before b.docx failed, and got its earlier bytes back");
    }

    @Test
    void aTargetThatIsAFolderIsNamed() throws IOException {
        Files.createDirectories(dir.resolve("b.docx"));
        WriteFailure e = assertThrows(WriteFailure.class, () -> SafeWriter.writeAll(dir, NEW));
        assertEquals(dir.resolve("b.docx") + ": det finns redan en mapp med filens namn", e.getMessage());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("b.docx")), files.toList());
        }
    }

    @Test
    void anOutputFolderBehindAFileIsNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("fil"), "x");
        WriteFailure e = assertThrows(WriteFailure.class, () -> SafeWriter.writeAll(file.resolve("ut"), NEW));
        assertTrue(e.getMessage().contains("är en fil, inte en mapp"), e.getMessage());
    }

    @Test
    void theNextRunRemovesTheTemporariesOfAKilledRunButNotThoseOfARunStillGoing() throws IOException {
        earlier();
        // A run killed long ago (its process is gone), and a run of a process that is still going and
        // started before it wrote its file (this JVM's parent).
        long gone = 4_000_000_000L; // beyond any process id the system hands out
        Path killed = Files.writeString(dir.resolve(".rapportverk-" + gone + "-1-0.a.pdf.tmp"), "halv");
        Path killedBackup = Files.writeString(dir.resolve(".rapportverk-" + gone + "-1-1.b.docx.old.tmp"), "gammal b");
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        Path going = Files.writeString(dir.resolve(".rapportverk-" + parent + "-7-0.a.pdf.tmp"), "pågår");
        Files.setLastModifiedTime(going, FileTime.from(Instant.now()));
        Path notOurs = Files.writeString(dir.resolve(".annat.tmp"), "rör inte");

        SafeWriter.writeAll(dir, NEW);
        assertFalse(Files.exists(killed));
        assertFalse(Files.exists(killedBackup));
        assertTrue(Files.exists(going), "a temporary file of a run still going is left to it");
        assertTrue(Files.exists(notOurs), "only Rapportverk's own temporary names are removed");
        assertArrayEquals(bytes("ny a"), Files.readAllBytes(dir.resolve("a.pdf")));
    }
}
