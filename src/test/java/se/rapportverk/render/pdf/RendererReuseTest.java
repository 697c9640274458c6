package se.rapportverk.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import se.rapportverk.document.Block;
import se.rapportverk.document.Document;
import se.rapportverk.document.NumberedList;
import se.rapportverk.document.Span;
import se.rapportverk.render.DocumentRenderer;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.render.docx.DocxRenderer;

/**
 * One renderer instance makes any number of documents, one after another or at the same time, each
 * byte for byte as a new instance makes it: what it keeps from one document (the Word file's parsed
 * styles and list definitions) never carries another document's lists.
 */
class RendererReuseTest {

    private static byte[] bytes(DocumentRenderer r, Document d, RenderOptions o) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(d, o, out);
        return out.toByteArray();
    }

    /** The sample with three more numbered lists: the Word file gets a list definition for each. */
    private static Document moreLists() {
        Document d = SampleDocument.document();
        List<Block> blocks = new ArrayList<>(d.blocks());
        for (int i = 0; i < 3; i++) {
            blocks.add(new NumberedList(List.of(List.of(Span.plain("Punkt " + i)), List.of(Span.plain("Till")))));
        }
        return new Document(d.info(), blocks);
    }

    @Test
    void documentsMadeOneAfterAnotherAreAsEachMadeAlone() throws IOException {
        RenderOptions o = SampleDocument.options();
        Document a = SampleDocument.document();
        Document b = moreLists();
        for (DocumentRenderer kind : List.<DocumentRenderer>of(new DocxRenderer(), new PdfRenderer())) {
            DocumentRenderer fresh = kind instanceof DocxRenderer ? new DocxRenderer() : new PdfRenderer();
            byte[] aAlone = bytes(fresh, a, o);
            byte[] bAlone = bytes(kind instanceof DocxRenderer ? new DocxRenderer() : new PdfRenderer(), b, o);
            assertArrayEquals(aAlone, bytes(kind, a, o));
            assertArrayEquals(bAlone, bytes(kind, b, o));
            assertArrayEquals(aAlone, bytes(kind, a, o), "the lists of b stay b's");
        }
    }

    @Test
    void documentsMadeAtTheSameTimeAreAsEachMadeAlone() throws Exception {
        RenderOptions o = SampleDocument.options();
        Document a = SampleDocument.document();
        Document b = moreLists();
        byte[] aAlone = bytes(new DocxRenderer(), a, o);
        byte[] bAlone = bytes(new DocxRenderer(), b, o);
        DocxRenderer shared = new DocxRenderer();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<byte[]>> made = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                Document d = i % 2 == 0 ? a : b;
                made.add(pool.submit(() -> bytes(shared, d, o)));
            }
            for (int i = 0; i < made.size(); i++) {
                assertArrayEquals(i % 2 == 0 ? aAlone : bAlone, made.get(i).get(), "document " + i);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
