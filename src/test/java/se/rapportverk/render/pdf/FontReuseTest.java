package se.rapportverk.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.openpdf.text.pdf.BaseFont;

import se.rapportverk.document.Block;
import se.rapportverk.document.Document;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Span;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.render.layout.Fonts;
import se.rapportverk.render.layout.Fonts.Face;
import se.rapportverk.render.layout.Fonts.Family;

/**
 * A thread parses its fonts once and reuses them for the PDFs it writes one after another: a
 * document is byte for byte what it is when it is the first a new thread writes, whatever that
 * thread (or another thread at the same time) wrote before with the same fonts.
 */
class FontReuseTest {

    /** The sample, and a document of other characters (fallback glyphs, other faces, other id). */
    private static Document a() {
        return SampleDocument.document();
    }

    private static Document b() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "1", "Pilar och bockar", true, true));
        blocks.add(new Paragraph(List.of(Span.plain("Budget → prognos ✓ ≈ 12 % ★ "),
                Span.bold("fetstil ÅÄÖ "), Span.italic("kursiv ∑ ∞")), Paragraph.Style.BODY));
        blocks.add(new Paragraph(List.of(Span.plain("Zürich, Ærø, Łódź, Ђурђевац – “citat” …")), Paragraph.Style.BODY));
        return new Document(SampleDocument.info(), blocks);
    }

    private static RenderOptions otherId() {
        RenderOptions o = SampleDocument.options();
        return new RenderOptions(o.sourceWorkbook(), o.sourceFileName(), "00000000000000000000000000000b0b");
    }

    private static byte[] render(Document d, RenderOptions o) throws Exception {
        return new PdfRenderer().renderBytes(d, o);
    }

    /** The document as the first a new thread writes: its fonts parsed for it alone. */
    private static byte[] alone(Document d, RenderOptions o) throws Exception {
        return OnNewThread.call(() -> render(d, o));
    }

    @Test
    void aDocumentWrittenAfterOthersOnTheSameThreadIsAsWrittenAlone() throws Exception {
        RenderOptions o = SampleDocument.options();
        byte[] aAlone = alone(a(), o);
        byte[] bAlone = alone(b(), otherId());
        List<byte[]> made = OnNewThread.call(() -> List.of(render(b(), otherId()), render(a(), o),
                render(b(), otherId()), render(a(), o)));
        assertArrayEquals(bAlone, made.get(0), "b first");
        assertArrayEquals(aAlone, made.get(1), "a after b: b's glyphs and subset are not a's");
        assertArrayEquals(bAlone, made.get(2), "b after a");
        assertArrayEquals(aAlone, made.get(3), "a after a and b");
    }

    @Test
    void documentsWrittenOnTwoThreadsAtTheSameTimeAreAsWrittenAlone() throws Exception {
        RenderOptions o = SampleDocument.options();
        byte[] aAlone = alone(a(), o);
        byte[] bAlone = alone(b(), otherId());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CyclicBarrier together = new CyclicBarrier(2);
        try {
            List<Future<List<byte[]>>> made = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                boolean aFirst = thread == 0;
                Callable<List<byte[]>> work = () -> {
                    List<byte[]> out = new ArrayList<>();
                    for (int i = 0; i < 6; i++) {
                        together.await();
                        out.add((i % 2 == 0) == aFirst ? render(a(), o) : render(b(), otherId()));
                    }
                    return out;
                };
                made.add(pool.submit(work));
            }
            for (int thread = 0; thread < 2; thread++) {
                List<byte[]> out = made.get(thread).get();
                for (int i = 0; i < out.size(); i++) {
                    boolean isA = (i % 2 == 0) == (thread == 0);
                    assertArrayEquals(isA ? aAlone : bAlone, out.get(i), "thread " + thread + ", document " + i);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aThreadParsesAFontOnceAndAnotherThreadHasItsOwn() throws Exception {
        Fonts fonts = Fonts.standard();
        BaseFont first = new FontSet(fonts).font(Family.MAIN, Face.BOLD);
        assertSame(first, new FontSet(fonts).font(Family.MAIN, Face.BOLD), "the same thread's next document");
        BaseFont other = OnNewThread.call(() -> new FontSet(fonts).font(Family.MAIN, Face.BOLD));
        assertNotSame(first, other);
    }

    @Test
    void aDocumentsFontsAreLoadedOnlyByTheThreadThatRendersIt() throws Exception {
        FontSet set = new FontSet(Fonts.standard());
        assertThrows(IllegalStateException.class,
                () -> OnNewThread.call(() -> set.font(Family.FALLBACK, Face.ITALIC)));
    }
}
