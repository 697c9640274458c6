package se.rapportverk.workbook;

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
public record Bilaga(Text rubrik, Optional<Text> text, Optional<Text> fil, Set<Dokument> dokument,
                     java.util.List<CellRef> cells) {

    public Bilaga {
        dokument = Set.copyOf(dokument);
        cells = java.util.List.copyOf(cells);
    }

    /** The documents an appendix may belong to (column Dokument). */
    public enum Dokument implements Choice {
        DELARSRAPPORT("Delårsrapport"),
        /** The handlingsplan, also as åtgärdsplan or its follow-up. */
        HANDLINGSPLAN("Handlingsplan"),
        TJANSTESKRIVELSE("Tjänsteskrivelse");

        private final String word;

        Dokument(String word) {
            this.word = word;
        }

        @Override
        public String word() {
            return word;
        }
    }

    /** Whether the appendix belongs to the document. */
    public boolean belongsTo(Dokument d) {
        return dokument.isEmpty() || dokument.contains(d);
    }
}
