package se.rapportverk.render.docx.legacy;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlToken;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.drawingml.x2006.main.CTNonVisualDrawingProps;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

import se.rapportverk.render.layout.Geometry;

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

    /** Adds the PNG to the document's main part (once, however often it is shown); its relationship id. */
    static String add(XWPFDocument docx, byte[] png) {
        try {
            return docx.addPictureData(png, Document.PICTURE_TYPE_PNG);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the logo cannot be added to the Word file", e);
        }
    }

    /** Adds a picture of the workbook (PNG or JPEG, stored as it is) to the main part; its relationship id. */
    static String add(XWPFDocument docx, se.rapportverk.document.Picture.Image image) {
        int type = image.format() == se.rapportverk.document.Picture.Format.PNG ? Document.PICTURE_TYPE_PNG
                : Document.PICTURE_TYPE_JPEG;
        try {
            return docx.addPictureData(image.bytes(), type);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the picture cannot be added to the Word file", e);
        }
    }

    /** Adds the PNG to a header or footer part; its relationship id there. */
    static String add(XWPFHeaderFooter part, byte[] png) {
        try {
            return part.addPictureData(png, Document.PICTURE_TYPE_PNG);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the logo cannot be added to the Word file's header", e);
        }
    }

    /**
     * Makes the run an inline picture.
     *
     * @param id         the drawing's id, unique in the document
     * @param altText    what a screen reader reads for it
     * @param decorative whether it is decoration (Word's "Markera som dekorativ")
     */
    static void inline(CTR run, String relationshipId, float widthPoints, float heightPoints, int id, String name,
                       String altText, boolean decorative) {
        long cx = Math.round(widthPoints * EMU_PER_POINT);
        long cy = Math.round(heightPoints * EMU_PER_POINT);
        CTInline inline = run.addNewDrawing().addNewInline();
        String graphic = "<a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\">"
                + "<a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:pic xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                + "<pic:nvPicPr><pic:cNvPr id=\"0\" name=\"" + xml(name) + "\" descr=\"" + xml(altText) + "\"/>"
                + "<pic:cNvPicPr><a:picLocks noChangeAspect=\"1\" noChangeArrowheads=\"1\"/></pic:cNvPicPr>"
                + "</pic:nvPicPr>"
                + "<pic:blipFill><a:blip r:embed=\"" + relationshipId + "\" xmlns:r=\""
                + "http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/>"
                + "<a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
                + "<pic:spPr bwMode=\"auto\"><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"" + cx + "\" cy=\"" + cy
                + "\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
                + "</pic:pic></a:graphicData></a:graphic>";
        try {
            inline.set(XmlToken.Factory.parse(graphic, POIXMLTypeLoader.DEFAULT_XML_OPTIONS));
        } catch (XmlException e) {
            throw new IllegalStateException("broken picture XML", e);
        }
        inline.setDistT(0);
        inline.setDistB(0);
        inline.setDistL(0);
        inline.setDistR(0);
        var extent = inline.addNewExtent();
        extent.setCx(cx);
        extent.setCy(cy);
        var effect = inline.addNewEffectExtent();
        effect.setL(0);
        effect.setT(0);
        effect.setR(0);
        effect.setB(0);
        CTNonVisualDrawingProps docPr = inline.addNewDocPr();
        docPr.setId(id);
        docPr.setName(name);
        docPr.setDescr(altText);
        if (decorative) {
            try {
                docPr.addNewExtLst().set(XmlToken.Factory.parse(
                        "<a:ext xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                                + "uri=\"{C183D7F6-B498-43B3-948B-1728B52AA6E4}\">"
                                + "<adec:decorative xmlns:adec=\"http://schemas.microsoft.com/office/drawing/2017/decorative\""
                                + " val=\"1\"/></a:ext>", POIXMLTypeLoader.DEFAULT_XML_OPTIONS));
            } catch (XmlException e) {
                throw new IllegalStateException("broken picture XML", e);
            }
        }
        inline.addNewCNvGraphicFramePr().addNewGraphicFrameLocks().setNoChangeAspect(true);
    }

    /** Twips as a whole number, for spacing written beside pictures. */
    static long twips(float points) {
        return Geometry.twips(points);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
