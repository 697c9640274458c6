package se.rapportverk.render;

import java.util.List;
import java.util.Objects;

import se.rapportverk.document.Remark;

/**
 * What a renderer needs beyond the document tree.
 *
 * @param sourceWorkbook     the bytes of the workbook the document was made from, to embed in the
 *                           PDF (PDF/A-3 associated file); may be {@code null} to embed nothing
 * @param sourceFileName     the workbook's file name without any folder ({@code arbetsbok.xlsx})
 * @param documentId         a hex digest identifying the inputs (workbook, templates, version); used
 *                           wherever a format wants a unique id, so that ids are stable across runs
 * @param remarks            remarks for the reader of an editable format (the workbook's warnings), in
 *                           order: Word shows them as comments beside what they concern; the PDF, for
 *                           publication, leaves them out
 */
public record RenderOptions(byte[] sourceWorkbook, String sourceFileName, String documentId, List<Remark> remarks) {
    public RenderOptions {
        Objects.requireNonNull(documentId, "documentId");
        if (sourceWorkbook != null) {
            Objects.requireNonNull(sourceFileName, "sourceFileName");
        }
        remarks = List.copyOf(remarks);
    }

    /** Options without remarks. */
    public RenderOptions(byte[] sourceWorkbook, String sourceFileName, String documentId) {
        this(sourceWorkbook, sourceFileName, documentId, List.of());
    }

    /** Options for a document without a source workbook to embed. */
    public static RenderOptions withoutSource(String documentId) {
        return new RenderOptions(null, null, documentId);
    }

    /** The same options with the given remarks. */
    public RenderOptions withRemarks(List<Remark> newRemarks) {
        return new RenderOptions(sourceWorkbook, sourceFileName, documentId, newRemarks);
    }
}
