package se.rapportverk.generate;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Files that could not be written, with the reason in Swedish ({@link #getMessage()}): a full
 * disk, a read-only folder, a file held open by another program. The operating system's own
 * (English) wording is never shown; it stays in {@link #getCause()} for debugging.
 */
public final class WriteFailure extends IOException {
    private static final long serialVersionUID = 1L;

    private WriteFailure(String reason, Throwable cause) {
        super(reason, cause);
    }

    /** A failure with a reason of our own. */
    static WriteFailure because(Path path, String reason) {
        return new WriteFailure(path + ": " + reason, null);
    }

    /** The Swedish reason for an I/O failure while writing into a folder. */
    public static WriteFailure of(Path folder, IOException e) {
        return new WriteFailure(reason(folder, e), e);
    }

    /** Why writing failed, in Swedish, naming the file or folder. */
    static String reason(Path folder, IOException e) {
        String os = osReason(e);
        String where = e instanceof FileSystemException fse && fse.getFile() != null ? fse.getFile() : folder.toString();
        Path wherePath = Path.of(where);
        if (wherePath.getFileName() != null && wherePath.getFileName().toString().startsWith(SafeWriter.TEMPORARY_PREFIX)) {
            // A temporary file is Rapportverk's business: the user's concern is the folder it is in.
            where = wherePath.getParent() == null ? folder.toString() : wherePath.getParent().toString();
        }
        if (os.contains("no space left") || os.contains("not enough space") || os.contains("disk full")) {
            return "disken är full (det finns inte plats för filerna); frigör utrymme eller välj en annan mapp";
        }
        if (os.contains("quota")) {
            return "diskkvoten är slut; frigör utrymme eller välj en annan mapp";
        }
        if (os.contains("read-only file system")) {
            return where + " ligger på en skrivskyddad enhet; välj en annan mapp";
        }
        if (os.contains("being used by another process") || os.contains("used by another process")
                || os.contains("text file busy") || os.contains("resource busy")) {
            return where + " är öppen i ett annat program (till exempel Word eller en PDF-läsare); stäng den och "
                    + "försök igen";
        }
        if (os.contains("name too long")) {
            return "filnamnet blir för långt i " + folder + "; välj en mapp med kortare sökväg";
        }
        if (e instanceof AccessDeniedException || os.contains("permission denied") || os.contains("access is denied")
                || os.contains("operation not permitted")) {
            return "ingen behörighet att skriva i " + where + " (mappen eller filen är skrivskyddad); välj en annan "
                    + "mapp eller ändra behörigheten";
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException || os.contains("not a directory")) {
            return where + " är en fil, inte en mapp; välj en annan mapp";
        }
        if (e instanceof NoSuchFileException) {
            return where + " finns inte";
        }
        if (os.contains("input/output error") || os.contains("i/o error")) {
            return "disken kunde inte läsas eller skrivas (läs- eller skrivfel på enheten vid " + where + ")";
        }
        return "filsystemet vägrade att skriva vid " + where + " (sätt RAPPORTVERK_DEBUG=1 för systemets eget "
                + "felmeddelande)";
    }

    private static String osReason(IOException e) {
        String text = e instanceof FileSystemException fse ? fse.getReason() : e.getMessage();
        if (text == null) {
            text = e.getMessage();
        }
        return text == null ? "" : text.toLowerCase(Locale.ROOT);
    }
}
