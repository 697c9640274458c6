package se.rapportverk.generate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes output files so that, at every instant, each earlier output is either intact or fully
 * replaced under its own name, even when the process is killed ({@code kill -9}) or the machine
 * loses power:
 *
 * <ol>
 *   <li>every file is written in full to a temporary file beside its target
 *       ({@code .rapportverk-<pid>-<n>-<i>.<name>.tmp}) and forced to disk;</li>
 *   <li>every existing target gets a second name, a backup
 *       ({@code .rapportverk-<pid>-<n>-<i>.<name>.old.tmp}, a hard link or else a copy): the target
 *       itself is never moved away;</li>
 *   <li>each temporary file is renamed over its target, which the file system does atomically, so
 *       the target's name always holds either the old or the new bytes; then the folder is forced
 *       to disk;</li>
 *   <li>the backups are removed.</li>
 * </ol>
 *
 * When a step fails (a full disk, a read-only folder, a file held open by another program), the
 * targets already replaced get their backups back, new targets are removed, and every temporary
 * file is deleted: nothing changes. A killed run can leave temporary files; each later run that
 * writes into the same folder removes those whose process is gone.
 */
public final class SafeWriter {

    /** Every temporary file's name starts with this. */
    public static final String TEMPORARY_PREFIX = ".rapportverk-";
    /** … and ends with this. */
    public static final String TEMPORARY_SUFFIX = ".tmp";

    private static final Pattern TEMPORARY = Pattern.compile(
            Pattern.quote(TEMPORARY_PREFIX) + "(\\d+)-\\d+-\\d+\\..*" + Pattern.quote(TEMPORARY_SUFFIX));
    /** Room left in a temporary name for the target's name (file systems allow 255 bytes). */
    private static final int MAX_NAME_IN_TEMPORARY = 120;

    /** The temporary files of this JVM's runs still in progress (absolute paths). */
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicLong RUNS = new AtomicLong();

    /** The file operations, so that a test can make one of them fail as a full disk would. */
    interface Disk {
        /** Writes all bytes to the channel. */
        default void write(FileChannel channel, byte[] bytes) throws IOException {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        }

        /** Renames a file, replacing the target atomically where the file system can. */
        default void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static final Disk REAL = new Disk() {
    };

    private final Disk disk;

    SafeWriter(Disk disk) {
        this.disk = disk;
    }

    /**
     * Writes all files into a folder: each target is replaced atomically, and when any file cannot
     * be written no target changes.
     *
     * @param folder the output folder (created if missing)
     * @param files  the files to write
     * @return the paths written, in order
     * @throws WriteFailure when the files cannot be written, with the reason in Swedish; no target
     *                      has then been changed and no temporary file is left
     */
    public static List<Path> writeAll(Path folder, List<OutputFile> files) throws WriteFailure {
        return new SafeWriter(REAL).write(folder, files);
    }

    List<Path> write(Path folder, List<OutputFile> files) throws WriteFailure {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw WriteFailure.of(folder, e);
        }
        removeStaleTemporaries(folder);
        String run = ProcessHandle.current().pid() + "-" + RUNS.incrementAndGet();
        List<Path> targets = new ArrayList<>();
        List<Path> temporaries = new ArrayList<>();
        List<Path> backups = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int placed = 0;
        boolean done = false;
        try {
            for (int i = 0; i < files.size(); i++) {
                OutputFile file = files.get(i);
                if (!names.add(file.name())) {
                    throw new IllegalArgumentException("the same file twice: " + file.name());
                }
                Path target = folder.resolve(file.name());
                if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                    throw WriteFailure.because(target, "det finns redan en mapp med filens namn");
                }
                targets.add(target);
                temporaries.add(temporary(folder, run, i, file.name(), ""));
                backups.add(null);
            }
            for (int i = 0; i < files.size(); i++) {
                writeTemporary(temporaries.get(i), files.get(i).bytes());
            }
            for (int i = 0; i < targets.size(); i++) {
                if (Files.exists(targets.get(i), LinkOption.NOFOLLOW_LINKS)) {
                    Path backup = temporary(folder, run, i, files.get(i).name(), ".old");
                    keepBackup(targets.get(i), backup);
                    backups.set(i, backup);
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                disk.move(temporaries.get(i), targets.get(i));
                placed++;
            }
            forceFolder(folder);
            done = true;
            return List.copyOf(targets);
        } catch (IOException e) {
            throw e instanceof WriteFailure w ? w : WriteFailure.of(folder, e);
        } finally {
            if (!done) {
                undo(targets, backups, placed);
            }
            for (int i = 0; i < temporaries.size(); i++) {
                deleteQuietly(temporaries.get(i));
                if (backups.get(i) != null) {
                    deleteQuietly(backups.get(i));
                }
            }
        }
    }

    private Path temporary(Path folder, String run, int index, String name, String kind) {
        String shown = name.length() > MAX_NAME_IN_TEMPORARY ? name.substring(0, MAX_NAME_IN_TEMPORARY) : name;
        Path p = folder.resolve(TEMPORARY_PREFIX + run + "-" + index + "." + shown + kind + TEMPORARY_SUFFIX);
        LIVE.add(p.toAbsolutePath().normalize());
        return p;
    }

    private void writeTemporary(Path temporary, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
            disk.write(channel, bytes);
            channel.force(true);
        }
    }

    /** A second name for the target's current bytes: a hard link where the file system has them, else a copy. */
    private void keepBackup(Path target, Path backup) throws IOException {
        try {
            Files.createLink(backup, target);
        } catch (UnsupportedOperationException | IOException e) {
            if (e instanceof FileAlreadyExistsException) {
                throw (IOException) e;
            }
            deleteQuietly(backup);
            Files.copy(target, backup, LinkOption.NOFOLLOW_LINKS);
            try (FileChannel channel = FileChannel.open(backup, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        }
    }

    /** Puts back what the targets held before: the backups of replaced files, no file where there was none. */
    private void undo(List<Path> targets, List<Path> backups, int placed) {
        for (int i = 0; i < placed; i++) {
            try {
                if (backups.get(i) != null) {
                    disk.move(backups.get(i), targets.get(i));
                } else {
                    Files.deleteIfExists(targets.get(i));
                }
            } catch (IOException | RuntimeException e) {
                // Nothing more can be done here; the failure being reported stays the reason.
            }
        }
    }

    private static void forceFolder(Path folder) {
        // Makes the renames durable. Not every system can open a folder (Windows cannot); its file
        // system then keeps renames in order by itself.
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // best effort
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException | RuntimeException e) {
            // best effort: a later run removes it
        } finally {
            LIVE.remove(p.toAbsolutePath().normalize());
        }
    }

    /**
     * Removes the temporary files a killed run left in the folder: those whose process is gone
     * (or whose process id now belongs to a process that started after the file was written).
     */
    static void removeStaleTemporaries(Path folder) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, TEMPORARY_PREFIX + "*" + TEMPORARY_SUFFIX)) {
            for (Path p : entries) {
                Matcher m = TEMPORARY.matcher(p.getFileName().toString());
                if (m.matches() && Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS) && stale(p, Long.parseLong(m.group(1)))) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // A folder that cannot be listed will fail to be written, with its reason.
        }
    }

    private static boolean stale(Path p, long pid) {
        if (pid == ProcessHandle.current().pid()) {
            return !LIVE.contains(p.toAbsolutePath().normalize());
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        if (process.isEmpty() || !process.get().isAlive()) {
            return true;
        }
        Optional<Instant> started = process.get().info().startInstant();
        try {
            Instant written = Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toInstant();
            return started.isPresent() && started.get().isAfter(written.plusSeconds(2));
        } catch (IOException e) {
            return false;
        }
    }
}
