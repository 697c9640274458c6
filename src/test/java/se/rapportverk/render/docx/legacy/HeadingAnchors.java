package se.rapportverk.render.docx.legacy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.rapportverk.document.Block;
import se.rapportverk.document.Heading;

/**
 * The bookmark of each heading, which the table of contents links to. Names follow Word's own
 * {@code _Toc} convention (a leading underscore hides a bookmark in Word's bookmark list) and
 * are numbered by position, so they are the same on every run.
 */
final class HeadingAnchors {

    /** One heading and where it stands in the block list. */
    record Anchor(int blockIndex, Heading heading, int bookmarkId, String bookmarkName) {
    }

    private final List<Anchor> anchors = new ArrayList<>();
    private final Map<Integer, Anchor> byBlock = new HashMap<>();

    HeadingAnchors(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h) {
                int n = anchors.size() + 1;
                Anchor a = new Anchor(i, h, n, "_Toc" + pad(n));
                anchors.add(a);
                byBlock.put(i, a);
            }
        }
    }

    /** The anchor of the heading at the block index. */
    Anchor at(int blockIndex) {
        Anchor a = byBlock.get(blockIndex);
        if (a == null) {
            throw new IllegalArgumentException("no heading at block " + blockIndex);
        }
        return a;
    }

    /** The headings a table of contents of the given depth lists, in document order. */
    List<Anchor> tocEntries(int maxLevel) {
        return anchors.stream()
                .filter(a -> a.heading().inToc() && a.heading().level() <= maxLevel)
                .toList();
    }

    /** Eight digits with leading zeros, whatever the default locale. */
    private static String pad(int n) {
        StringBuilder sb = new StringBuilder(Integer.toString(n));
        while (sb.length() < 8) {
            sb.insert(0, '0');
        }
        return sb.toString();
    }
}
