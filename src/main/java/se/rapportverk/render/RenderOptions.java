package se.rapportverk.render;

import java.util.Objects;

/**
 * What a renderer needs beyond the document tree.
 *
 * @param sourceWorkbook     the bytes of the workbook the document was made from, to embed in the
 *                           PDF (PDF/A-3 associated file); may be {@code null} to embed nothing
 * @param sourceFileName     the workbook's file name without any folder ({@code arbetsbok.xlsx})
 * @param documentId         a hex digest identifying the inputs (workbook, templates, version); used
 *                           wherever a format wants a unique id, so that ids are stable across runs
 */
public record RenderOptions(byte[] sourceWorkbook, String sourceFileName, String documentId) {
    public RenderOptions {
        Objects.requireNonNull(documentId, "documentId");
        if (sourceWorkbook != null) {
            Objects.requireNonNull(sourceFileName, "sourceFileName");
        }
    }

    /** Options for a document without a source workbook to embed. */
    public static RenderOptions withoutSource(String documentId) {
        return new RenderOptions(null, null, documentId);
    }
}
