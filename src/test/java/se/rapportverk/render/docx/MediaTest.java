package se.rapportverk.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * A picture's part is found by its bytes, as POI found it: the same bytes again (in the same array
 * or another) are the same part; other bytes of the same length another part, numbered in the
 * order first seen.
 */
class MediaTest {

    @Test
    void thePartOfAPictureIsFoundByItsBytes() {
        DocxPackage pkg = new DocxPackage();
        byte[] logo = {1, 2, 3, 4};
        byte[] copy = {1, 2, 3, 4};
        byte[] other = {1, 2, 3, 5};
        byte[] longer = {1, 2, 3, 4, 5};
        assertEquals("word/media/image1.png", pkg.media.add(pkg, logo, "png"));
        assertEquals("word/media/image1.png", pkg.media.add(pkg, logo, "png"));
        assertEquals("word/media/image1.png", pkg.media.add(pkg, copy, "jpeg"));
        assertEquals("word/media/image2.jpeg", pkg.media.add(pkg, other, "jpeg"));
        assertEquals("word/media/image3.png", pkg.media.add(pkg, longer, "png"));
        assertEquals("word/media/image2.jpeg", pkg.media.add(pkg, other.clone(), "png"));
        assertNotEquals(pkg.media.add(pkg, new byte[0], "png"), pkg.media.add(pkg, new byte[1], "png"));
    }
}
