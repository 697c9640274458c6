package se.rapportverk.document;

import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Which blocks belong together on a page, decided once for every renderer so that the PDF and the
 * Word file keep the same things together.
 */
public final class KeepRules {

    /** A lead-in longer than this many lines is ordinary text, free to stand alone. */
    private static final int MAX_LEAD_IN_LINES = 3;

    private KeepRules() {
    }

    /**
     * Whether the paragraph at the index introduces the block after it and must not be parted from
     * it at a page foot: a caption ("Trend" above its list); a note right above a table (its unit,
     * "Måttenhet: %.") unless it stands right below a table, whose note it is (the rounding note); a
     * short body paragraph that is a bold label alone ("För nämnden innebär det:") or ends in a colon
     * ("Måluppfyllelsen bedöms i tre nivåer:"), also when what it introduces opens with a subheading
     * ("Till delåret har nämnden bidragit genom att:" above "Förändringsarbete för mer effektiva
     * arbetssätt" and its list). A caption or note is not
     * kept with a heading, which starts something new.
     *
     * @param blocks the document's blocks
     * @param index  the block in question
     * @param lines  how many lines a paragraph takes in the renderer's layout
     */
    public static boolean leadsIn(List<Block> blocks, int index, ToIntFunction<Paragraph> lines) {
        if (!(blocks.get(index) instanceof Paragraph p) || index + 1 >= blocks.size()) {
            return false;
        }
        Block next = blocks.get(index + 1);
        if (next instanceof PageBreak || next instanceof TitlePage || next instanceof TableOfContents) {
            return false;
        }
        return switch (p.style()) {
            case CAPTION -> !(next instanceof Heading);
            // A note right below a table is that table's (the rounding note), not a lead-in to the next one.
            case NOTE -> next instanceof Table && !(index > 0 && blocks.get(index - 1) instanceof Table);
            case BODY -> {
                String text = p.plainText().strip();
                boolean label = !text.isEmpty() && p.spans().stream().allMatch(s -> s.bold() || s.text().isBlank());
                yield (label || text.endsWith(":")) && lines.applyAsInt(p) <= MAX_LEAD_IN_LINES;
            }
        };
    }
}
