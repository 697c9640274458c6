package se.rapportverk.render;

import java.io.IOException;
import java.io.OutputStream;

import se.rapportverk.document.Document;

/**
 * Turns a document tree into one file format. A renderer knows nothing of where the tree came
 * from, and writes nothing that depends on the clock, the time zone, the default locale or any
 * file path: the same tree and options give the same bytes.
 */
public interface DocumentRenderer {

    /** The file extension of the format, without the dot: {@code pdf}, {@code docx}. */
    String extension();

    /**
     * Writes the document.
     *
     * @param document the tree to render
     * @param options  what the renderer needs beyond the tree
     * @param out      where the bytes go; not closed
     */
    void render(Document document, RenderOptions options, OutputStream out) throws IOException;

    /**
     * Writes the document, reusing what another renderer of the same document and options has done
     * already; the bytes are those of {@link #render(Document, RenderOptions, OutputStream)}.
     *
     * @param shared the work of this document's renderers (one instance per document and options)
     */
    default void render(Document document, RenderOptions options, SharedWork shared, OutputStream out)
            throws IOException {
        render(document, options, out);
    }
}
