package se.rapportverk.archive;

import java.util.Locale;

/**
 * The sizes {@code extract} and {@code verify} read at most, so that a crafted or damaged file
 * cannot make them read without end. Each is far beyond what Rapportverk writes (the example
 * delårsrapport's PDF is about 0.2 MiB, its workbook 0.05 MiB); the README lists them.
 */
public final class ArchiveLimits {

    /** A PDF given to {@code extract}. */
    public static final long MAX_PDF_BYTES = 512L * 1024 * 1024;
    /** The workbook embedded in a PDF (after decompression), and the workbook given to {@code verify}. */
    public static final long MAX_WORKBOOK_BYTES = 100L * 1024 * 1024;
    /** A manifest ({@code manifest-*.json}). */
    public static final long MAX_MANIFEST_BYTES = 16L * 1024 * 1024;
    /** One archived document that {@code verify} compares. */
    public static final long MAX_DOCUMENT_BYTES = 512L * 1024 * 1024;

    private ArchiveLimits() {
    }

    /** {@code 100 MiB}, as the messages and the README write a limit. */
    public static String describe(long bytes) {
        long mib = bytes / (1024 * 1024);
        return String.format(Locale.ROOT, "%d\u00A0MiB", mib);
    }
}
