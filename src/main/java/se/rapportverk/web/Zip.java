package se.rapportverk.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import se.rapportverk.generate.OutputFile;

/**
 * A zip of output files, made in memory. Every entry has the same fixed time (1 January 1980,
 * the earliest a zip can hold), so the same files give the same zip whenever they are made.
 */
final class Zip {

    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private Zip() {
    }

    static byte[] of(List<OutputFile> files) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (OutputFile f : files) {
                ZipEntry entry = new ZipEntry(f.name());
                entry.setTimeLocal(FIXED_TIME);
                zip.putNextEntry(entry);
                zip.write(f.bytes());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
