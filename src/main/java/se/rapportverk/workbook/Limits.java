package se.rapportverk.workbook;

import java.util.Locale;

import se.rapportverk.format.SwedishFormat;

/**
 * What Rapportverk reads at most, so that a hostile or mistaken file is refused at once, with a
 * Swedish message naming the sheet and the limit, before memory or time run out. Each limit is far
 * beyond any real report; docs/arbetsbok.md lists them for users.
 */
public final class Limits {

    /** The largest workbook file read, in bytes. */
    public static final long FILE_BYTES = 50L << 20;
    /** The most parts (zip entries) a workbook may have. */
    public static final int ENTRIES = 10_000;
    /** The largest size of one part (a sheet, for example) once unpacked, in bytes. */
    public static final long PART_BYTES = 128L << 20;
    /** The largest size of the shared-string table (the texts of all cells) once unpacked, in bytes. */
    public static final long SHARED_STRINGS_BYTES = 64L << 20;
    /** The most texts in the shared-string table. */
    public static final int SHARED_STRINGS = 2_000_000;
    /** The largest size of all parts together once unpacked, in bytes. */
    public static final long TOTAL_BYTES = 256L << 20;
    /** The highest packing ratio (unpacked size / packed size) of a part larger than {@link #RATIO_FROM_BYTES}. */
    public static final int RATIO = 100;
    /** Parts up to this size (unpacked) may be packed at any ratio. */
    public static final long RATIO_FROM_BYTES = 1L << 20;
    /** The most rows with content in one sheet. */
    public static final int ROWS = 50_000;
    /** The most cells with content in one sheet. */
    public static final int CELLS = 1_000_000;
    /** The most characters in one cell: Excel's own limit. */
    public static final int CELL_CHARACTERS = 32_767;
    /** The last row Excel has (1-based). */
    public static final int EXCEL_ROWS = 1_048_576;
    /** The last column Excel has, XFD (1-based). */
    public static final int EXCEL_COLUMNS = 16_384;
    /**
     * The largest size of the sheets and shared strings together (unpacked) of a workbook whose
     * formulas must be calculated because their results were not saved: calculating needs the whole
     * workbook in memory at once, at some 40 times its unpacked size.
     */
    public static final long RECALCULATION_BYTES = 8L << 20;

    private Limits() {
    }

    /** A size in bytes as people read it: {@code 50 MB}, {@code 1,5 MB}, {@code 900 kB}. */
    static String size(long bytes) {
        if (bytes >= 1L << 20) {
            double mb = bytes / (double) (1L << 20);
            return (mb >= 10 || mb == Math.floor(mb) ? String.format(Locale.ROOT, "%.0f", mb)
                    : String.format(Locale.ROOT, "%.1f", mb).replace('.', ',')) + " MB";
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " kB";
    }

    /** A count as the documents write it: {@code 100 000} (no-break space between thousands). */
    static String count(long n) {
        return SwedishFormat.number(java.math.BigDecimal.valueOf(n), 0);
    }
}
