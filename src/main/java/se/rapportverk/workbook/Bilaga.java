package se.rapportverk.workbook;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One appendix of the sheet {@code Bilagor}: it follows the main text of the documents it belongs to,
 * on a page of its own, as "Bilaga N: Rubrik".
 *
 * @param rubrik   its heading, without the "Bilaga N:" Rapportverk puts before it
 * @param text     its text (Texter markup), if given
 * @param fil      the name of a file that goes with it (shown as "Fil: …", never opened), if given
 * @param dokument the documents it belongs to; empty for every document the workbook makes
 * @param cells    the row's cells that were read, for placing remarks
 */
public record Bilaga(Text rubrik, Optional<Text> text, Optional<Text> fil, Set<DocumentType> dokument,
                     List<CellRef> cells) {

    public Bilaga {
        dokument = Set.copyOf(dokument);
        cells = List.copyOf(cells);
    }

    /** Whether the appendix belongs to the document. */
    public boolean belongsTo(DocumentType document) {
        return dokument.isEmpty() || dokument.contains(document);
    }
}
