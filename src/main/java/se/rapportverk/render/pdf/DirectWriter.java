package se.rapportverk.render.pdf;

import java.io.OutputStream;
import java.util.Arrays;

import org.openpdf.text.Document;
import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.OutputStreamCounter;
import org.openpdf.text.pdf.PdfDocument;
import org.openpdf.text.pdf.PdfWriter;

/**
 * OpenPDF's writer, writing straight into a byte array. {@code DocWriter} puts a
 * {@code BufferedOutputStream} between the writer and the stream it is given, whose every write
 * (OpenPDF writes an object in many small pieces) takes a lock: for a byte array that buffer only
 * costs. The writer is made as {@link PdfWriter#getInstance(Document, OutputStream)} makes it, and
 * its counter of bytes written ({@code DocWriter.os}, protected) then counts into {@link Bytes}
 * directly; the bytes are the same. Its page content ({@code directContent}, protected) is a
 * {@link TextContent}.
 */
final class DirectWriter extends PdfWriter {

    private DirectWriter(PdfDocument pdf, Bytes out) {
        super(pdf, out);
        this.os = new OutputStreamCounter(out);
        this.directContent = new TextContent(this);
    }

    /** A writer of the document into the bytes, as {@code PdfWriter.getInstance} (OpenPDF 3.0.5). */
    static PdfWriter of(Document document, Bytes out) throws DocumentException {
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        pdf.setGlyphLayoutManager(document.getGlyphLayoutManager());
        document.addDocListener(pdf);
        DirectWriter writer = new DirectWriter(pdf, out);
        pdf.addWriter(writer);
        return writer;
    }

    /** A growing byte array, not synchronized (one document, one thread). */
    static final class Bytes extends OutputStream {
        private byte[] buf;
        private int size;

        Bytes(int capacity) {
            buf = new byte[capacity];
        }

        private void ensure(int more) {
            if (size + more > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
            }
        }

        @Override
        public void write(int b) {
            ensure(1);
            buf[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            ensure(len);
            System.arraycopy(b, off, buf, size, len);
            size += len;
        }

        /** The number of bytes written. */
        int size() {
            return size;
        }

        /** A copy of the bytes written. */
        byte[] toByteArray() {
            return Arrays.copyOf(buf, size);
        }
    }
}
