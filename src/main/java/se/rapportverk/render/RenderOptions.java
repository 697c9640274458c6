package se.rapportverk.render;

import java.util.Objects;

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
 */
public record RenderOptions(byte[] sourceWorkbook, String sourceFileName, String documentId, Husstil husstil) {
    public RenderOptions {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(husstil, "husstil");
        if (sourceWorkbook != null) {
            Objects.requireNonNull(sourceFileName, "sourceFileName");
        }
    }

    /** Options with the standard house style. */
    public RenderOptions(byte[] sourceWorkbook, String sourceFileName, String documentId) {
        this(sourceWorkbook, sourceFileName, documentId, Husstil.standard());
    }

    /** Options for a document without a source workbook to embed, in the standard house style. */
    public static RenderOptions withoutSource(String documentId) {
        return new RenderOptions(null, null, documentId);
    }
}
