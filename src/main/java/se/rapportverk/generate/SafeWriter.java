package se.rapportverk.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes output files so that nobody ever sees half of one: every file is first written in full
 * to a temporary file beside its target, flushed to disk, and only then moved into place. When any
 * file cannot be written, no target is touched and the temporary files are removed, so earlier
 * outputs stay as they were.
 */
public final class SafeWriter {

    private SafeWriter() {
    }

    /**
     * Writes all files into a folder, all or nothing as far as the file system allows.
     *
     * @param folder the output folder (created if missing)
     * @param files  the files to write
     * @return the paths written, in order
     * @throws IOException when a file cannot be written; no target has then been replaced
     */
    public static List<Path> writeAll(Path folder, List<OutputFile> files) throws IOException {
        Files.createDirectories(folder);
        List<Path> temporaries = new ArrayList<>();
        List<Path> targets = new ArrayList<>();
        try {
            for (OutputFile file : files) {
                Path target = folder.resolve(file.name());
                // Beside the target, so the move is a rename on the same file system; created with the
                // user's ordinary permissions (not the owner-only ones of Files.createTempFile).
                Path temporary = folder.resolve("." + file.name() + "." + ProcessHandle.current().pid() + ".tmp");
                Files.deleteIfExists(temporary);
                temporaries.add(temporary);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                        StandardOpenOption.CREATE_NEW);
                     OutputStream out = java.nio.channels.Channels.newOutputStream(channel)) {
                    out.write(file.bytes());
                    out.flush();
                    channel.force(true);
                }
                targets.add(target);
            }
            for (int i = 0; i < targets.size(); i++) {
                move(temporaries.get(i), targets.get(i));
            }
            return targets;
        } finally {
            for (Path temporary : temporaries) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
