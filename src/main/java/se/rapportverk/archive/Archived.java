package se.rapportverk.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An archive folder that {@code verify} reads: only files inside it, by plain names, and each only
 * up to a size limit. A name in a manifest that would lead elsewhere ({@code ../}, an absolute
 * path, a drive, a symbolic link that resolves outside the folder) is refused.
 */
public final class Archived {

    /** A file that is not read: outside the folder, not a plain file, or beyond its size limit. */
    public static final class Refused extends IOException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final Path path;
    private final Path real;

    private Archived(Path path, Path real) {
        this.path = path;
        this.real = real;
    }

    /** The folder as given; its real location is what the files must be in. */
    public static Archived of(Path folder) throws IOException {
        return new Archived(folder, folder.toRealPath());
    }

    /** The folder as the user gave it. */
    public Path path() {
        return path;
    }

    /**
     * The file a manifest names.
     *
     * @throws Refused when the name is not a plain file name, or names a link that leads out of the folder
     */
    public Path resolve(String name) throws Refused {
        if (!isPlainName(name)) {
            throw new Refused("namnet pekar utanför mappen eller är inget vanligt filnamn");
        }
        Path file = path.resolve(name);
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            Path target;
            try {
                target = file.toRealPath();
            } catch (IOException e) {
                throw new Refused("en symbolisk länk som inte leder någonstans");
            }
            if (!real.equals(target.getParent())) {
                throw new Refused("en symbolisk länk som leder ut ur mappen");
            }
        }
        return file;
    }

    /** The folder's manifests ({@code manifest-*.json}), in name order, links out of the folder left out. */
    public List<Path> manifests() throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(path, "manifest-*.json")) {
            for (Path p : entries) {
                try {
                    found.add(resolve(p.getFileName().toString()));
                } catch (Refused e) {
                    // a manifest that is a link out of the folder is not the folder's
                }
            }
        }
        found.sort(null);
        return found;
    }

    /**
     * A regular file's bytes, read only up to the limit.
     *
     * @throws Refused when it is not a regular file or is larger than the limit
     */
    public static byte[] readBounded(Path file, long limit) throws IOException {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new Refused(Files.isDirectory(file) ? "är en mapp, inte en fil" : "är ingen vanlig fil");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw new Refused("filen är större än gränsen " + ArchiveLimits.describe(limit) + " och läses inte");
            }
            return bytes;
        }
    }

    /** A name with no folder in it, no parent reference, drive, control character or bidi override. */
    public static boolean isPlainName(String name) {
        if (name == null || name.isBlank() || name.length() > 255 || name.equals(".") || name.equals("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7F || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F) {
                return false;
            }
        }
        return true;
    }
}
