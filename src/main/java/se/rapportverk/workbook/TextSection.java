package se.rapportverk.workbook;

import java.util.List;

/**
 * One section of the Texter sheet, its rows joined.
 *
 * @param key    the Avsnitt as a key id ({@code vasentliga-handelser})
 * @param rubrik a heading given in the sheet, or empty
 * @param text   the text (Texter markup), rows joined by a blank line
 * @param cells  the Text cells it was read from
 */
public record TextSection(String key, String rubrik, String text, List<CellRef> cells) {
    public TextSection {
        cells = List.copyOf(cells);
    }
}
