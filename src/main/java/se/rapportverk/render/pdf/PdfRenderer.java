package se.rapportverk.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

import se.rapportverk.document.Document;
import se.rapportverk.render.DocumentRenderer;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.render.SharedWork;
import se.rapportverk.render.layout.Layouter;
import se.rapportverk.render.layout.Theme;

/**
 * Renders a document tree as an A4 PDF/A-3a file in the house style: its fonts embedded, its logo, tagged structure,
 * bookmarks, a table of contents with page numbers, running header and footer, and the source
 * workbook (and the house style, unless it is the standard one) embedded as associated files.
 *
 * <p>The output depends only on the document and the options: not on the clock, the time zone,
 * the default locale or any path. The document date ({@code DocumentInfo.date()}, midnight UTC)
 * is the only timestamp written; the file identifier comes from {@code RenderOptions.documentId()}.
 *
 * <p>Layout is done by this package on top of OpenPDF's low-level content API, so that every
 * piece of content can be tagged and the table of contents can be laid out again until its page
 * numbers agree with where the headings land.
 */
public final class PdfRenderer implements DocumentRenderer {

    /** Creates a renderer. */
    public PdfRenderer() {
    }

    /** {@inheritDoc} */
    @Override
    public String extension() {
        return "pdf";
    }

    /**
     * Writes the document as PDF/A-3a.
     *
     * @param document the tree to render
     * @param options  the source workbook to embed (optional) and the document id
     * @param out      where the bytes go; not closed
     * @throws IOException when writing fails
     */
    @Override
    public void render(Document document, RenderOptions options, OutputStream out) throws IOException {
        render(document, options, new SharedWork(), out);
    }

    /** {@inheritDoc} The layout is taken from the shared work when the Word file's renderer made it first. */
    @Override
    public void render(Document document, RenderOptions options, SharedWork shared, OutputStream out)
            throws IOException {
        out.write(renderBytes(document, options, shared));
    }

    /**
     * Renders the document into a byte array.
     *
     * @param document the tree to render
     * @param options  the source workbook to embed (optional) and the document id
     * @return the PDF file
     * @throws IOException when the PDF cannot be written
     */
    public byte[] renderBytes(Document document, RenderOptions options) throws IOException {
        return renderBytes(document, options, new SharedWork());
    }

    private byte[] renderBytes(Document document, RenderOptions options, SharedWork shared) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(options, "options");
        Theme theme = Theme.of(options.husstil());
        FontSet fonts = new FontSet(theme.fonts);
        Layouter.Result layout = Layouter.layout(document, theme, shared::reuse);
        // PDF/UA-1 is declared when the document can meet it: it needs a title.
        boolean pdfUa = !document.info().title().isBlank();
        return new PdfEmitter(document.info(), options, theme, layout, fonts, pdfUa).emit();
    }
}
