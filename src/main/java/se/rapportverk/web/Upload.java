package se.rapportverk.web;

import se.rapportverk.generate.Request;

/**
 * A workbook as posted, kept in memory only for the request that brought it.
 *
 * @param fileName the file's name as the browser gave it, without any folder
 * @param bytes    the file's content
 * @param request  which documents, and whether discrepancies are errors
 */
record Upload(String fileName, byte[] bytes, Request request) {

    /** The name used when a client sends none. */
    static final String DEFAULT_NAME = "arbetsbok.xlsx";

    /**
     * The file name a client sent, made safe to show and to use in a file name: only its last
     * path segment (some browsers send the whole path), without control characters.
     */
    static String safeFileName(String submitted) {
        if (submitted == null) {
            return DEFAULT_NAME;
        }
        String name = submitted.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return DEFAULT_NAME;
        }
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
