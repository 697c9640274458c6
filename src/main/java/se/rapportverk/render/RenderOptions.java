package se.rapportverk.render;

import java.util.List;
import java.util.Objects;

import se.rapportverk.document.Remark;
import se.rapportverk.husstil.Husstil;

/**
 * What a renderer needs beyond the document tree.
 *
 * @param sourceWorkbook     the bytes of the workbook the document was made from, to embed in the
 *                           PDF (PDF/A-3 associated file); may be {@code null} to embed nothing
 * @param sourceFileName     the workbook's file name without any folder ({@code arbetsbok.xlsx})
 * @param documentId         a hex digest identifying the inputs (workbook, templates, house style,
 *                           version); used wherever a format wants a unique id, so that ids are
 *                           stable across runs
 * @param husstil            the house style: the look, and (unless it is the standard one) files
 *                           the PDF carries beside the workbook
 * @param remarks            remarks for the reader of an editable format (the workbook's warnings), in
 *                           order: Word shows them as comments beside what they concern; the PDF, for
 *                           publication, leaves them out
 */
public record RenderOptions(byte[] sourceWorkbook, String sourceFileName, String documentId, Husstil husstil,
                            List<Remark> remarks) {
    public RenderOptions {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(husstil, "husstil");
        if (sourceWorkbook != null) {
            Objects.requireNonNull(sourceFileName, "sourceFileName");
        }
        remarks = List.copyOf(remarks);
    }

    /** Options in a house style, without remarks. */
    public RenderOptions(byte[] sourceWorkbook, String sourceFileName, String documentId, Husstil husstil) {
        this(sourceWorkbook, sourceFileName, documentId, husstil, List.of());
    }

    /** Options with the standard house style, without remarks. */
    public RenderOptions(byte[] sourceWorkbook, String sourceFileName, String documentId) {
        this(sourceWorkbook, sourceFileName, documentId, Husstil.standard());
    }

    /** Options for a document without a source workbook to embed, in the standard house style. */
    public static RenderOptions withoutSource(String documentId) {
        return new RenderOptions(null, null, documentId);
    }

    /** The same options with the given remarks. */
    public RenderOptions withRemarks(List<Remark> newRemarks) {
        return new RenderOptions(sourceWorkbook, sourceFileName, documentId, husstil, newRemarks);
    }
}
