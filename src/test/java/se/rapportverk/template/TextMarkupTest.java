package se.rapportverk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Span;

class TextMarkupTest {

    @Test
    void blankLinesSeparateParagraphsAndLinesOfOneParagraphAreJoined() {
        List<Block> blocks = TextMarkup.parse("Första raden\nfortsätter.\n\nAndra stycket.", 1);
        assertEquals(2, blocks.size());
        assertEquals("Första raden fortsätter.", ((Paragraph) blocks.get(0)).plainText());
        assertEquals("Andra stycket.", ((Paragraph) blocks.get(1)).plainText());
    }

    @Test
    void dashAndBulletLinesFormOneList() {
        List<Block> blocks = TextMarkup.parse("Fokus:\n- Samhörighet\n• Självständighet\n- *Stolthet*", 1);
        assertEquals(2, blocks.size());
        BulletList list = assertInstanceOf(BulletList.class, blocks.get(1));
        assertEquals(3, list.items().size());
        assertEquals(List.of(Span.italic("Stolthet")), list.items().get(2));
    }

    @Test
    void hashHashHashLinesAreUnnumberedSubHeadingsOneLevelDown() {
        List<Block> blocks = TextMarkup.parse("### Hemtjänst\nUnderskottet beror på...", 2);
        Heading h = assertInstanceOf(Heading.class, blocks.get(0));
        assertEquals(3, h.level());
        assertEquals("Hemtjänst", h.text());
        assertEquals(false, h.numbered());
        assertEquals(false, h.inToc());
    }

    @Test
    void emphasisIsBoldAndItalic() {
        assertEquals(List.of(Span.plain("Ett "), Span.bold("fett"), Span.plain(" och ett "), Span.italic("kursivt"),
                Span.plain(" ord.")), TextMarkup.inline("Ett **fett** och ett *kursivt* ord."));
    }

    @Test
    void nothingElseIsMarkup() {
        String text = "5 * 3 * 2 är inte kursivt, <b>inte fett</b> & ${kommun} # och #taggar";
        assertEquals(List.of(Span.plain(text)), TextMarkup.inline(text));
        List<Block> blocks = TextMarkup.parse("# Inte en rubrik\n-inte en lista", 1);
        assertEquals(1, blocks.size());
        assertEquals("# Inte en rubrik -inte en lista", ((Paragraph) blocks.get(0)).plainText());
    }
}
