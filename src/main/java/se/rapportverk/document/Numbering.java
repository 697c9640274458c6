package se.rapportverk.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Numbers the headings of a document: {@code 1}, {@code 1.1}, {@code 1.1.1}. Templates never
 * number headings themselves, so a section left out closes the numbering up.
 */
public final class Numbering {

    private Numbering() {
    }

    /** Returns the blocks with every numbered heading given its number. */
    public static List<Block> apply(List<Block> blocks) {
        int[] counters = new int[4];
        List<Block> out = new ArrayList<>(blocks.size());
        for (Block block : blocks) {
            if (block instanceof Heading h && h.numbered()) {
                counters[h.level()]++;
                for (int deeper = h.level() + 1; deeper < counters.length; deeper++) {
                    counters[deeper] = 0;
                }
                StringBuilder number = new StringBuilder();
                for (int level = 1; level <= h.level(); level++) {
                    if (level > 1) {
                        number.append('.');
                    }
                    number.append(Math.max(counters[level], 1));
                }
                out.add(h.withNumber(number.toString()));
            } else {
                out.add(block);
            }
        }
        return out;
    }
}
