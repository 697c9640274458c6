package se.rapportverk.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import se.rapportverk.document.Document;
import se.rapportverk.render.DocumentRenderer;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.render.SharedWork;
import se.rapportverk.render.docx.DocxRenderer;
import se.rapportverk.render.layout.Layouter;
import se.rapportverk.render.layout.Theme;

/** The PDF and the Word file of a document may share its layout, and give the same bytes as without. */
class SharedLayoutTest {

    private static byte[] bytes(DocumentRenderer r, Document d, RenderOptions o, SharedWork shared) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (shared == null) {
            r.render(d, o, out);
        } else {
            r.render(d, o, shared, out);
        }
        return out.toByteArray();
    }

    @Test
    void eitherFormatMadeFromTheOthersLayoutIsByteForByteAsMadeAlone() throws IOException {
        Document d = SampleDocument.document();
        RenderOptions o = SampleDocument.options();
        DocumentRenderer pdf = new PdfRenderer();
        DocumentRenderer docx = new DocxRenderer();
        byte[] pdfAlone = bytes(pdf, d, o, null);
        byte[] docxAlone = bytes(docx, d, o, null);

        SharedWork pdfFirst = new SharedWork();
        assertArrayEquals(pdfAlone, bytes(pdf, d, o, pdfFirst));
        assertArrayEquals(docxAlone, bytes(docx, d, o, pdfFirst));
        SharedWork docxFirst = new SharedWork();
        assertArrayEquals(docxAlone, bytes(docx, d, o, docxFirst));
        assertArrayEquals(pdfAlone, bytes(pdf, d, o, docxFirst));
    }

    @Test
    void aLayoutIsMadeOncePerDocumentAndHouseStyle() {
        Document d = SampleDocument.document();
        Theme theme = Theme.standard();
        SharedWork shared = new SharedWork();
        Layouter.Result first = Layouter.layout(d, theme, shared::reuse);
        assertSame(first, Layouter.layout(d, theme, shared::reuse));
        // Another document (even one equal to it) is laid out on its own.
        Document other = new Document(d.info(), d.blocks());
        Layouter.Result second = Layouter.layout(other, theme, shared::reuse);
        assertEquals(first.headingPages(), second.headingPages());
        assertEquals(false, first == second);
    }

    @Test
    void sharedWorkIsReusedOnceDoneAndNeverWaitedFor() throws Exception {
        SharedWork shared = new SharedWork();
        AtomicInteger made = new AtomicInteger();
        assertEquals("a", shared.reuse("k", String.class, () -> {
            made.incrementAndGet();
            return "a";
        }));
        assertEquals("a", shared.reuse("k", String.class, () -> {
            made.incrementAndGet();
            return "b";
        }));
        assertEquals(1, made.get(), "done once");

        // While one renderer is still making it, another makes its own rather than wait.
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        CompletableFuture<String> slow = CompletableFuture.supplyAsync(() -> shared.reuse("slow", String.class, () -> {
            inside.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "first";
        }), two);
        inside.await(30, TimeUnit.SECONDS);
        CompletableFuture<String> quick = CompletableFuture.supplyAsync(() -> shared.reuse("slow", String.class,
                () -> "second"), two);
        assertEquals("second", quick.get(30, TimeUnit.SECONDS));
        release.countDown();
        assertEquals("first", slow.get(30, TimeUnit.SECONDS));
        two.shutdown();
    }
}
