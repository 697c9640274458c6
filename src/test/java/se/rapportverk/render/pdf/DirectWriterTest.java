package se.rapportverk.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;

import se.rapportverk.document.Document;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.render.SharedWork;
import se.rapportverk.render.layout.Layouter;
import se.rapportverk.render.layout.Theme;

/**
 * OpenPDF's writer writing straight into a byte array ({@link DirectWriter}) writes the same file
 * as the writer {@code PdfWriter.getInstance} makes, with its buffered stream.
 */
class DirectWriterTest {

    private static byte[] emit(Document d, RenderOptions o, boolean openPdfsWriter) throws Exception {
        Theme theme = Theme.of(o.husstil());
        Layouter.Result layout = Layouter.layout(d, theme, new SharedWork()::reuse);
        PdfEmitter emitter = new PdfEmitter(d.info(), o, theme, layout, new FontSet(theme.fonts), true);
        return (openPdfsWriter ? emitter.withOpenPdfsWriter() : emitter).emit();
    }

    @Test
    void theFileIsTheOneOpenPdfsOwnWriterWrites() throws Exception {
        RenderOptions o = SampleDocument.options();
        assertArrayEquals(emit(SampleDocument.document(), o, true), emit(SampleDocument.document(), o, false));
        for (ExampleDocuments.Example e : ExampleDocuments.all()) {
            assertArrayEquals(emit(e.tree(), e.options(), true), emit(e.tree(), e.options(), false), e.name());
        }
    }

    /** Writes: a byte (-1 .. 255), else a slice of a chunk of the given length. */
    record Write(int b, int length, int off) {
    }

    @Provide
    Arbitrary<List<Write>> writes() {
        Arbitrary<Write> one = Arbitraries.integers().between(-1, 255).flatMap(b -> Arbitraries.integers()
                .between(0, 5000).flatMap(len -> Arbitraries.integers().between(0, len)
                        .map(off -> new Write(b, len, off))));
        return one.list().ofMaxSize(60);
    }

    @Property(tries = 300)
    void bytesHoldWhatAByteArrayOutputStreamHolds(@ForAll("writes") List<Write> writes) throws Exception {
        DirectWriter.Bytes bytes = new DirectWriter.Bytes(16);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        int n = 0;
        for (Write w : writes) {
            if (w.b() >= 0) {
                bytes.write(w.b());
                expected.write(w.b());
            } else {
                byte[] chunk = new byte[w.length()];
                for (int i = 0; i < chunk.length; i++) {
                    chunk[i] = (byte) (n++ * 31);
                }
                bytes.write(chunk, w.off(), chunk.length - w.off());
                expected.write(chunk, w.off(), chunk.length - w.off());
            }
        }
        assertEquals(expected.size(), bytes.size());
        assertArrayEquals(expected.toByteArray(), bytes.toByteArray());
    }

    @Test
    void writingOutsideTheArrayIsRefused() {
        DirectWriter.Bytes bytes = new DirectWriter.Bytes(4);
        org.junit.jupiter.api.Assertions.assertThrows(IndexOutOfBoundsException.class,
                () -> bytes.write(new byte[3], 2, 2));
        assertEquals(0, bytes.size());
        List<Integer> none = new ArrayList<>();
        assertEquals(none.size(), bytes.toByteArray().length);
    }
}
