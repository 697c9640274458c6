package se.rapportverk.render.docx;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.ooxml.POIXMLDocument;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFChart;

/**
 * Puts a chart's parts written by {@link ChartPart} into the package POI writes, in place of the
 * chart POI would save and the workbook XDDF would build: for as long as the Word file is an
 * XWPFDocument. The chart's relationships part is POI's (the same bytes as {@link ChartPart.Parts#rels()}).
 */
final class ChartPartPoi {

    private ChartPartPoi() {
    }

    /**
     * Writes the parts into the chart POI made ({@code XWPFDocument.createChart}, which made the drawing,
     * the document's relationship and the content type), and adds the embedded workbook.
     */
    static void install(XWPFChart xc, ChartPart.Parts parts) throws IOException, InvalidFormatException {
        PackagePart chartPart = xc.getPackagePart();
        if (!chartPart.getPartName().getName().equals("/" + parts.chartName())) {
            throw new IllegalStateException("POI numbered the chart " + chartPart.getPartName() + ", not "
                    + parts.chartName());
        }
        PackagePartName name = PackagingURIHelper.createPartName("/" + parts.workbookName());
        PackagePart workbook = chartPart.getPackage().createPart(name, ChartPart.WORKBOOK_CONTENT_TYPE);
        chartPart.addRelationship(name, TargetMode.INTERNAL, POIXMLDocument.PACK_OBJECT_REL_TYPE,
                ChartPart.WORKBOOK_RELATIONSHIP_ID);
        try (OutputStream out = workbook.getOutputStream()) {
            out.write(parts.workbook());
        }
        try (OutputStream out = chartPart.getOutputStream()) {
            out.write(parts.chart());
        }
        // Saved: POI must not write its own (empty) chart over it.
        xc.setCommitted(true);
    }
}
