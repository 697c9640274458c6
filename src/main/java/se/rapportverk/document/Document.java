package se.rapportverk.document;

import java.util.List;

/**
 * A whole document: its properties and its blocks in reading order.
 *
 * @param info   properties, header and footer
 * @param blocks the content
 */
public record Document(DocumentInfo info, List<Block> blocks) {
    public Document {
        blocks = List.copyOf(blocks);
    }

    /** The headings of the document in order. */
    public List<Heading> headings() {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }
}
