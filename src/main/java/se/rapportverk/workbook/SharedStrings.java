package se.rapportverk.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The workbook's shared-string table ({@code sharedStrings.xml}): each text once, cleaned
 * ({@link CellText}) once, whatever the number of cells that use it. Phonetic runs are left out;
 * a text longer than a cell may hold is kept empty and marked, so the cell that uses it is refused.
 */
final class SharedStrings {

    private static final SharedStrings NONE = new SharedStrings(List.of(), Map.of(), new BitSet());

    private final List<String> texts;
    private final Map<Integer, String> removed;
    private final BitSet tooLong;

    private SharedStrings(List<String> texts, Map<Integer, String> removed, BitSet tooLong) {
        this.texts = texts;
        this.removed = removed;
        this.tooLong = tooLong;
    }

    /** A workbook without a shared-string table. */
    static SharedStrings none() {
        return NONE;
    }

    /** How many texts the table has. */
    int size() {
        return texts.size();
    }

    /** The cleaned text at an index (which must be in range). */
    String text(int index) {
        return texts.get(index);
    }

    /** The control characters removed from the text at an index, or {@code null}. */
    String removed(int index) {
        return removed.get(index);
    }

    /** Whether the text at an index is longer than a cell may hold. */
    boolean tooLong(int index) {
        return tooLong.get(index);
    }

    /**
     * Reads the table from its part's first event to its end.
     *
     * @throws XlsxPackage.PartException when it holds more texts than a workbook may have cells
     */
    static SharedStrings read(XMLStreamReader r) throws IOException, XMLStreamException {
        List<String> texts = new ArrayList<>();
        Map<Integer, String> removed = new HashMap<>();
        BitSet tooLong = new BitSet();
        while (SafeXml.nextStart(r)) {
            if (!r.getLocalName().equals("si")) {
                continue;
            }
            if (texts.size() >= Limits.SHARED_STRINGS) {
                throw new XlsxPackage.PartException("har fler än " + Limits.count(Limits.SHARED_STRINGS)
                        + " texter, mer än Rapportverk läser", true);
            }
            SafeXml.Bounded t = SafeXml.text(r, Limits.CELL_CHARACTERS * 7 + 7, "rPh");
            CellText.Cleaned cleaned = CellText.clean(CellText.decodeEscapes(t.text()));
            int index = texts.size();
            if (t.truncated() || cleaned.text().length() > Limits.CELL_CHARACTERS) {
                tooLong.set(index);
                texts.add("");
                continue;
            }
            if (cleaned.removed() != null) {
                removed.put(index, cleaned.removed());
            }
            texts.add(cleaned.text());
        }
        return new SharedStrings(texts, removed, tooLong);
    }
}
