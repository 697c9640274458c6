package se.rapportverk.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes a package (the parts of a Word file, or a zip file written by another) so that its bytes
 * depend on its parts alone.
 *
 * <ul>
 *   <li>Entries come in a fixed order: {@code [Content_Types].xml} first (some readers expect
 *       it there), then {@code _rels/.rels}, then the rest by name.</li>
 *   <li>Every entry has the same timestamp, given as a local date-time: {@link ZipEntry#setTime}
 *       would convert through the default time zone.</li>
 *   <li>A package embedded in it (a chart's workbook, {@code word/embeddings/*.xlsx}) is rewritten
 *       the same way, so its bytes too depend on its parts alone.</li>
 *   <li>Entries are stored, not deflated. Deflate output is not specified: it depends on the
 *       zlib the JVM was built with (zlib, zlib-ng, vendor patches), so the same parts could
 *       give other bytes on another machine or in a later year. Stored entries are larger
 *       (about five times) but depend on nothing but the XML.</li>
 * </ul>
 */
final class StablePackage {

    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String ROOT_RELS = "_rels/.rels";
    private static final LocalDateTime EARLIEST = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime LATEST = LocalDateTime.of(2107, 12, 31, 0, 0);

    private StablePackage() {
    }

    /**
     * Copies the package to {@code out} with fixed order, timestamps and storage.
     *
     * @param zip  the package as written
     * @param date the date every entry is stamped with (midnight)
     */
    static void rewrite(byte[] zip, LocalDate date, OutputStream out) throws IOException {
        write(read(zip), java.util.Set.of(), date, out);
    }

    /** The entries of a zip file (not directories), by name. */
    static Map<String, byte[]> read(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                if (!e.isDirectory()) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        return entries;
    }

    /**
     * Writes the entries as a package with fixed order, timestamps and storage; an embedded package
     * among them is rewritten so too, unless it is written so already.
     *
     * @param stable the embedded packages written with fixed order, timestamps and storage already
     * @param date   the date every entry is stamped with (midnight)
     */
    static void write(Map<String, byte[]> entries, java.util.Set<String> stable, LocalDate date, OutputStream out)
            throws IOException {
        List<String> names = new ArrayList<>(entries.keySet());
        names.sort(Comparator.comparingInt(StablePackage::rank).thenComparing(Comparator.naturalOrder()));

        LocalDateTime stamp = date.atStartOfDay();
        if (stamp.isBefore(EARLIEST)) {
            stamp = EARLIEST;
        } else if (stamp.isAfter(LATEST)) {
            stamp = LATEST;
        }
        // Not closed: closing the zip stream would close the caller's stream.
        ZipOutputStream zos = new ZipOutputStream(out);
        CRC32 crc = new CRC32();
        for (String name : names) {
            byte[] data = entries.get(name);
            if (!stable.contains(name) && isEmbeddedPackage(name, data)) {
                java.io.ByteArrayOutputStream nested = new java.io.ByteArrayOutputStream(data.length * 2);
                rewrite(data, date, nested);
                data = nested.toByteArray();
            }
            ZipEntry entry = new ZipEntry(name);
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(data.length);
            entry.setCompressedSize(data.length);
            crc.reset();
            crc.update(data);
            entry.setCrc(crc.getValue());
            entry.setTimeLocal(stamp);
            zos.putNextEntry(entry);
            zos.write(data);
            zos.closeEntry();
        }
        zos.finish();
        zos.flush();
    }

    /** An embedded Office package: a zip file of its own inside the package. */
    private static boolean isEmbeddedPackage(String name, byte[] data) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return (lower.endsWith(".xlsx") || lower.endsWith(".docx")) && data.length > 4 && data[0] == 'P' && data[1] == 'K'
                && data[2] == 3 && data[3] == 4;
    }

    private static int rank(String name) {
        if (name.equals(CONTENT_TYPES)) {
            return 0;
        }
        if (name.equals(ROOT_RELS)) {
            return 1;
        }
        return 2;
    }
}
