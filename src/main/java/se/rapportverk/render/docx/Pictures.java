package se.rapportverk.render.docx;

/**
 * Pictures in the Word file: the house style's logo and the workbook's pictures as real inline
 * pictures in their own media parts, with alternative text ({@code descr}), or marked decorative
 * where a logo only repeats (the page header). Each file is stored as it is, so the Word file
 * carries the kommun's own logo and the pictures as they were placed in the workbook.
 */
final class Pictures {

    /** English Metric Units per point. */
    private static final long EMU_PER_POINT = 12700;

    private Pictures() {
    }

    /**
     * Adds a picture (stored once, however often it is shown) and a relationship of a part to it
     * (once per part); the relationship's id.
     *
     * @param rels       the relationships of the part that shows it
     * @param shown      the pictures that part has a relationship to already: part name to id
     * @param jpeg       whether it is a JPEG (else PNG)
     */
    static String add(DocxPackage pkg, DocxPackage.Relationships rels, java.util.Map<String, String> shown,
                      byte[] data, boolean jpeg) {
        String name = pkg.media.add(pkg, data, jpeg ? "jpeg" : "png");
        return shown.computeIfAbsent(name, n -> rels.add("image", n.substring("word/".length())));
    }

    /**
     * Writes a run holding an inline picture.
     *
     * @param id         the drawing's id, unique in the document
     * @param altText    what a screen reader reads for it
     * @param decorative whether it is decoration (Word's "Markera som dekorativ")
     */
    static void inline(Body x, String relationshipId, float widthPoints, float heightPoints, int id, String name,
                       String altText, boolean decorative) {
        long cx = Math.round(widthPoints * EMU_PER_POINT);
        long cy = Math.round(heightPoints * EMU_PER_POINT);
        // The graphic was a fragment parsed from text: its attribute values are normalised (tab and
        // line breaks as spaces) and a character XML cannot carry is refused.
        String graphicName = parsedAttribute(name);
        String graphicDescr = parsedAttribute(altText);
        x.uses("wp");
        x.raw("<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"")
                .raw(Long.toString(cx)).raw("\" cy=\"").raw(Long.toString(cy))
                .raw("\"/><wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/>");
        x.start("wp:docPr").attr("id", id).attr("name", name).attr("descr", altText);
        if (decorative) {
            x.uses("a");
            x.raw("<a:extLst><a:ext uri=\"{C183D7F6-B498-43B3-948B-1728B52AA6E4}\">"
                    + "<adec:decorative val=\"1\" xmlns:adec=\"http://schemas.microsoft.com/office/drawing/2017/decorative\"/>"
                    + "</a:ext></a:extLst>");
        }
        x.end("wp:docPr");
        x.uses("a");
        x.raw("<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"true\"/></wp:cNvGraphicFramePr>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:nvPicPr>");
        x.start("pic:cNvPr").attrRaw("id", "0").attr("name", graphicName).attr("descr", graphicDescr).end("pic:cNvPr");
        x.raw("<pic:cNvPicPr><a:picLocks noChangeAspect=\"1\" noChangeArrowheads=\"1\"/></pic:cNvPicPr>"
                + "</pic:nvPicPr><pic:blipFill><a:blip r:embed=\"").raw(relationshipId).raw("\"");
        if (!x.declaresRelationships()) {
            x.raw(" xmlns:r=\"" + Body.NS_R + "\"");
        }
        x.raw("/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr bwMode=\"auto\"><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"").raw(Long.toString(cx))
                .raw("\" cy=\"").raw(Long.toString(cy))
                .raw("\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
                        + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
    }

    /**
     * An attribute value as an XML parser gives it back: line ends and tabs as spaces; a character
     * XML cannot carry is refused, as the fragment's parser refused it.
     */
    static String parsedAttribute(String value) {
        StringBuilder sb = null;
        int n = value.length();
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0xD800) {
                if (sb != null) {
                    sb.append(c);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n).append(value, 0, i);
            }
            int cp = value.codePointAt(i);
            if (c == '\r') {
                sb.append(' ');
                if (i + 1 < n && value.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t') {
                sb.append(' ');
            } else if (Runs.isXmlChar(cp)) {
                sb.appendCodePoint(cp);
                i += Character.charCount(cp) - 1;
            } else {
                throw new IllegalStateException("broken picture XML");
            }
        }
        return sb == null ? value : sb.toString();
    }
}
