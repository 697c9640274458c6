package se.rapportverk.render.docx;

import java.awt.Color;

/**
 * What the chart parts write besides elements: text and attribute values escaped by {@link Xml} (the
 * rules XMLBeans saved them by, so that the parts are the bytes POI wrote through XMLBeans before,
 * down to a CDATA section's first two characters, which XMLBeans did not check),
 * with the shared strings table's thresholds that turn CDATA off; colours and column letters as POI
 * wrote them.
 */
final class ChartPartXml {

    /** POI's thresholds for the shared strings table, which turn CDATA off (Bugzilla 48936). */
    static final int NO_CDATA_LENGTH = 1_000_000;
    static final int NO_CDATA_ENTITIES = -1;

    private ChartPartXml() {
    }

    /** Element text with XMLBeans' default CDATA thresholds. */
    static void text(StringBuilder out, String s) {
        text(out, s, Xml.CDATA_LENGTH, Xml.CDATA_ENTITIES);
    }

    /**
     * Element text with the given CDATA thresholds, as {@link Xml} escapes it, a CDATA section's first
     * two characters unchecked as XMLBeans wrote them.
     */
    static void text(StringBuilder out, String s, int cdataLength, int cdataEntities) {
        Xml.escapeText(out, s, cdataLength, cdataEntities, true);
    }

    /** An attribute value as XMLBeans writes it ({@link Xml#escapeAttr}). */
    static void attribute(StringBuilder out, String s) {
        Xml.escapeAttr(out, s);
    }

    /** A colour as XMLBeans writes an {@code xsd:hexBinary} of its three bytes: six upper-case hex digits. */
    static void rgb(StringBuilder out, Color c) {
        int v = c.getRGB() & 0xFFFFFF;
        for (int shift = 20; shift >= 0; shift -= 4) {
            out.append(Character.toUpperCase(Character.forDigit((v >> shift) & 0xF, 16)));
        }
    }

    /** A spreadsheet column's letters, 0 for {@code A}, as POI's {@code CellReference} writes them. */
    static String column(int index) {
        StringBuilder letters = new StringBuilder(3);
        int n = index + 1;
        while (n > 0) {
            int rem = (n - 1) % 26;
            letters.append((char) ('A' + rem));
            n = (n - 1) / 26;
        }
        return letters.reverse().toString();
    }
}
