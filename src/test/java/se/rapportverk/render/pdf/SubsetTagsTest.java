package se.rapportverk.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.PdfName;

import se.rapportverk.document.Block;
import se.rapportverk.document.Document;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Span;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.render.SharedWork;
import se.rapportverk.render.layout.Fonts;
import se.rapportverk.render.layout.Fonts.Face;
import se.rapportverk.render.layout.Fonts.Family;
import se.rapportverk.render.layout.Layouter;
import se.rapportverk.render.layout.Theme;

/**
 * The subset tags OpenPDF is given before a PDF is closed are the ones the search and replace in
 * the written file ({@link SubsetNames#pin}, the way for other fonts and the way it was done before)
 * gives: the same file, byte for byte.
 */
class SubsetTagsTest {

    private static final Fonts FONTS = Fonts.standard();

    private static Document withFallback() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(1, "1", "Pilar → och bockar ✓", true, true));
        blocks.add(new Paragraph(List.of(Span.plain("Budget → prognos ✓ ≈ 12 % ★ "), Span.bold("fet ∑ "),
                Span.italic("kursiv ∞ "), new Span("båda ⇒", true, true, null, null)), Paragraph.Style.BODY));
        return new Document(SampleDocument.info(), blocks);
    }

    private static byte[] emit(Document d, RenderOptions o, boolean searching) throws Exception {
        Theme theme = Theme.of(o.husstil());
        FontSet fonts = new FontSet(theme.fonts);
        Layouter.Result layout = Layouter.layout(d, theme, new SharedWork()::reuse);
        PdfEmitter emitter = new PdfEmitter(d.info(), o, theme, layout, fonts, true);
        return (searching ? emitter.searchingTags() : emitter).emit();
    }

    /** Runs on a new thread, whose fonts are new: OpenPDF's tags are then its random ones. */
    private static byte[] onNewThread(Document d, RenderOptions o, boolean searching) throws Exception {
        return OnNewThread.call(() -> emit(d, o, searching));
    }

    @Test
    void tagsGivenBeforeClosingAreThoseTheSearchWrites() throws Exception {
        RenderOptions o = SampleDocument.options();
        RenderOptions other = new RenderOptions(o.sourceWorkbook(), o.sourceFileName(), "0123456789abcdef0123456789abcdef");
        for (Document d : List.of(SampleDocument.document(), withFallback())) {
            for (RenderOptions opts : List.of(o, other)) {
                byte[] searched = onNewThread(d, opts, true);
                assertArrayEquals(searched, onNewThread(d, opts, false));
                // On this thread, after other documents: the fonts carry the last document's tag source.
                emit(withFallback(), other, false);
                assertArrayEquals(searched, emit(d, opts, true), "stale tags are replaced too");
                assertArrayEquals(searched, emit(d, opts, false));
            }
        }
    }

    @Test
    void theExamplesTagsAreThoseTheSearchWrites() throws Exception {
        for (ExampleDocuments.Example e : ExampleDocuments.all()) {
            assertArrayEquals(emit(e.tree(), e.options(), true), emit(e.tree(), e.options(), false), e.name());
        }
    }

    @Test
    void aDocumentWithTheFallbackFontHasTaggedSubsetsOfBothFamilies() throws Exception {
        String pdf = new String(emit(withFallback(), SampleDocument.options(), false), StandardCharsets.ISO_8859_1);
        List<SubsetNames.Tagged> tags = SubsetNames.find(pdf.getBytes(StandardCharsets.ISO_8859_1), 0);
        assertTrue(tags.stream().anyMatch(t -> t.font().startsWith("DejaVuSans")), tags.toString());
        assertTrue(tags.stream().anyMatch(t -> t.font().startsWith("LiberationSans")), tags.toString());
    }

    private static String createSubsetPrefix(BaseFont font) throws Exception {
        Method m = BaseFont.class.getDeclaredMethod("createSubsetPrefix");
        m.setAccessible(true);
        return (String) m.invoke(font);
    }

    @Provide
    Arbitrary<String> tags() {
        return Arbitraries.strings().withCharRange('A', 'Z').ofLength(6);
    }

    @Property(tries = 300)
    void openPdfWritesTheTagItsSourceGives(@ForAll("tags") String tag) throws Exception {
        BaseFont font = FONTS.load(Family.MAIN, Face.REGULAR);
        font.setSecureRandom(SubsetNames.source(tag));
        assertEquals(tag + "+", createSubsetPrefix(font));
        assertEquals(tag + "+", createSubsetPrefix(font), "and again for the next subset");
    }

    @Test
    void everyLetterComesOutAsItself() throws Exception {
        BaseFont font = FONTS.load(Family.MAIN, Face.REGULAR);
        for (String tag : List.of("AAAAAA", "ZZZZZZ", "ABCDEF", "UVWXYZ", "MNZAQB")) {
            font.setSecureRandom(SubsetNames.source(tag));
            assertEquals(tag + "+", createSubsetPrefix(font));
        }
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z')
                        .withCharRange('0', '9').withChars('-').ofMinLength(1).ofMaxLength(20)),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(20)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
    }

    @Property(tries = 1000)
    void theKeyIsTheNameTheSearchReadsInTheFile(@ForAll("names") String name) {
        byte[] encoded = PdfName.encodeName("QWERTY+" + name); // as OpenPDF writes the subset's name
        byte[] written = ("/BaseFont " + new String(encoded, StandardCharsets.ISO_8859_1) + " ")
                .getBytes(StandardCharsets.ISO_8859_1);
        List<SubsetNames.Tagged> found = SubsetNames.find(written, 0);
        String key = SubsetNames.key(name);
        if (key.isEmpty()) {
            assertEquals(List.of(), found);
        } else {
            assertEquals(List.of(new SubsetNames.Tagged(11, key)), found);
        }
    }

    @Test
    void keysOfSomeNames() {
        assertEquals("LiberationSans-Bold", SubsetNames.key("LiberationSans-Bold"));
        assertEquals("Foo", SubsetNames.key("Foo_Bar"));
        assertEquals("", SubsetNames.key("_Foo"));
        assertEquals("ABA", SubsetNames.key("AB\u0141"), "OpenPDF writes U+0141 by its low byte, an A");
    }

    @Test
    void cffOutlinesAreFoundInTheTableDirectory() {
        assertFalse(FontSet.hasCffTable(FONTS.bytes(Family.MAIN, Face.REGULAR)));
        assertFalse(FontSet.hasCffTable(FONTS.bytes(Family.FALLBACK, Face.BOLD)));
        byte[] otf = new byte[12 + 16 * 3];
        otf[0] = 'O';
        otf[1] = 'T';
        otf[2] = 'T';
        otf[3] = 'O';
        otf[5] = 3;
        byte[][] tags = {"head".getBytes(StandardCharsets.ISO_8859_1), "CFF ".getBytes(StandardCharsets.ISO_8859_1),
                "cmap".getBytes(StandardCharsets.ISO_8859_1)};
        for (int t = 0; t < 3; t++) {
            System.arraycopy(tags[t], 0, otf, 12 + 16 * t, 4);
        }
        assertTrue(FontSet.hasCffTable(otf));
        otf[12 + 16 + 3] = 'X';
        assertFalse(FontSet.hasCffTable(otf));
        assertTrue(FontSet.hasCffTable(new byte[8]), "too short to read: searched afterwards");
        assertNotEquals(0, FONTS.bytes(Family.MAIN, Face.REGULAR).length);
    }
}
