package se.rapportverk.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes output files all or nothing, so that nobody ever sees half of one and a failed run leaves
 * earlier outputs as they were:
 *
 * <ol>
 *   <li>every file is written in full to a temporary file beside its target and flushed to disk;</li>
 *   <li>every existing target is set aside under a temporary name;</li>
 *   <li>the new files are moved into place;</li>
 *   <li>only then are the set-aside files removed.</li>
 * </ol>
 *
 * If any step fails, the new files already moved are removed, the set-aside files are put back,
 * and the temporary files are deleted.
 */
public final class SafeWriter {

    private SafeWriter() {
    }

    /**
     * Writes all files into a folder, all or nothing.
     *
     * @param folder the output folder (created if missing)
     * @param files  the files to write
     * @return the paths written, in order
     * @throws IOException when a file cannot be written; no target has then been changed
     */
    public static List<Path> writeAll(Path folder, List<OutputFile> files) throws IOException {
        Files.createDirectories(folder);
        String tag = "." + ProcessHandle.current().pid();
        List<Path> targets = new ArrayList<>();
        List<Path> temporaries = new ArrayList<>();
        List<Path[]> setAside = new ArrayList<>();
        List<Path> placed = new ArrayList<>();
        boolean done = false;
        try {
            for (OutputFile file : files) {
                Path target = folder.resolve(file.name());
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException(target + " är en mapp");
                }
                Path temporary = folder.resolve("." + file.name() + tag + ".tmp");
                Files.deleteIfExists(temporary);
                temporaries.add(temporary);
                try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                        StandardOpenOption.CREATE_NEW);
                     OutputStream out = Channels.newOutputStream(channel)) {
                    out.write(file.bytes());
                    out.flush();
                    channel.force(true);
                }
                targets.add(target);
            }
            for (Path target : targets) {
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    Path aside = target.resolveSibling("." + target.getFileName() + tag + ".old");
                    move(target, aside);
                    setAside.add(new Path[] {target, aside});
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                move(temporaries.get(i), targets.get(i));
                placed.add(targets.get(i));
            }
            done = true;
            return targets;
        } finally {
            if (!done) {
                for (Path p : placed) {
                    Files.deleteIfExists(p);
                }
                for (Path[] pair : setAside) {
                    move(pair[1], pair[0]);
                }
            } else {
                for (Path[] pair : setAside) {
                    Files.deleteIfExists(pair[1]);
                }
            }
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
