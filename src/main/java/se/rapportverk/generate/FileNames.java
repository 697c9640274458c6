package se.rapportverk.generate;

import se.rapportverk.workbook.Names;

/** How Rapportverk names the files it writes: plain ASCII, the same on every system. */
public final class FileNames {

    private FileNames() {
    }

    /** A name made plain for a file name: {@code Delårsrapport augusti} → {@code delarsrapport-augusti}. */
    public static String slug(String text) {
        return Names.normalise(text).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
    }

    /**
     * The slug of a file's name without its folder and extension, or {@code fallback} when nothing is
     * left: {@code C:\Ekonomi\Delårsrapport augusti.xlsx} → {@code delarsrapport-augusti}.
     */
    public static String slugOfFile(String path, String fallback) {
        String p = path.replace('\\', '/');
        String name = p.substring(p.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        String slug = slug(dot > 0 ? name.substring(0, dot) : name);
        return slug.isEmpty() ? fallback : slug;
    }
}
