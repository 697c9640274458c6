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
 * OpenPDF's writer writing straight into a byte array ({@link DirectWriter}), with the page content
 * that writes texts of characters drawn before itself ({@link TextContent}), writes the same file
 * as the writer {@code PdfWriter.getInstance} makes, with its buffered stream and OpenPDF's own
 * page content.
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

    /**
     * Characters for texts: letters whose glyphs' bytes are escaped in a PDF string or not,
     * brackets and backslashes, Swedish and other Latin letters, Greek, Cyrillic, punctuation and
     * signs below U+2300, characters from the fallback font, a surrogate pair, a variation selector,
     * a soft hyphen, no-break spaces, controls, characters no font has.
     */
    private static final String CHARACTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
            + "()\\ .,;:-–—'\"åäöÅÄÖéüßøæłŁçñ€%‰…“”‘’«»αβγΩЖжЂђ±×÷≈≠≤≥∑∞→⇒✓★\u00A0\u202F\u00AD\t\u0007"
            + "\uFE0F\u2300\u25A0\uE000";

    /**
     * Paragraphs of words from a small vocabulary (so that later texts consist of characters drawn
     * before, which {@link TextContent} writes itself), in any face.
     */
    @Provide
    Arbitrary<List<List<se.rapportverk.document.Span>>> paragraphs() {
        Arbitrary<String> character = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, Arbitraries.of(CHARACTERS.chars().mapToObj(c -> String.valueOf((char) c))
                        .toList())),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("\uD83D\uDE00", "\u2764\uFE0F", "a\uFE0E")));
        Arbitrary<List<String>> vocabulary = character.list().ofMinSize(1).ofMaxSize(8)
                .map(parts -> String.join("", parts)).list().ofMinSize(2).ofMaxSize(10);
        return vocabulary.flatMap(words -> {
            Arbitrary<String> text = Arbitraries.of(words).list().ofMinSize(1).ofMaxSize(12)
                    .map(ws -> String.join(" ", ws));
            Arbitrary<se.rapportverk.document.Span> span = net.jqwik.api.Combinators.combine(text,
                    Arbitraries.of(false, true), Arbitraries.of(false, true))
                    .as((t, bold, italic) -> new se.rapportverk.document.Span(t, bold, italic, null, null));
            return span.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(15);
        });
    }

    @Property(tries = 40)
    void anyTextIsWrittenAsOpenPdfWritesIt(@ForAll("paragraphs") List<List<se.rapportverk.document.Span>> texts)
            throws Exception {
        List<se.rapportverk.document.Block> blocks = new ArrayList<>();
        blocks.add(new se.rapportverk.document.Heading(1, "1", "Rubrik (med) \\ tecken", true, true));
        for (List<se.rapportverk.document.Span> spans : texts) {
            blocks.add(new se.rapportverk.document.Paragraph(spans, se.rapportverk.document.Paragraph.Style.BODY));
        }
        Document d = new Document(SampleDocument.info(), blocks);
        RenderOptions o = SampleDocument.options();
        assertArrayEquals(emit(d, o, true), emit(d, o, false));
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
