package se.rapportverk.workbook;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One section of the Texter sheet, its rows joined: the rows with the same Avsnitt and the same
 * Dokument.
 *
 * @param key       the Avsnitt as a key id ({@code vasentliga-handelser}; for a section of the user's own,
 *                  the id of its Avsnitt, {@code barnrattsperspektiv})
 * @param rubrik    a heading given in the sheet, or empty
 * @param text      the text (Texter markup), rows joined by a blank line
 * @param cells     the Text cells it was read from
 * @param documents the documents its Dokument names; empty: every document that uses the key
 * @param own       whether it is a section of the user's own (a key the contract does not know, with a Rubrik)
 * @param after     for a section of the user's own: the contract's keys of the Texter rows above its
 *                  first row, in sheet order (the document puts it after the last of them it has)
 */
public record TextSection(String key, String rubrik, String text, List<CellRef> cells, Set<DocumentType> documents,
                          boolean own, List<String> after) {
    public TextSection {
        cells = List.copyOf(cells);
        documents = documents.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(documents));
        after = List.copyOf(after);
    }

    /** A section of a contract key for every document that uses it. */
    public TextSection(String key, String rubrik, String text, List<CellRef> cells) {
        this(key, rubrik, text, cells, Set.of(), false, List.of());
    }

    /** Whether the section stands in a document: its Dokument names it, or it names none. */
    public boolean isFor(DocumentType document) {
        return documents.isEmpty() || documents.contains(document);
    }
}
