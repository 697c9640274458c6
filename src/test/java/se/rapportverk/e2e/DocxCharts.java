package se.rapportverk.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTAxDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumDataSource;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumVal;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTPlotArea;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTSerTx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTStrVal;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * The charts of a Word file read back with POI, in document order: each chart part's series as its
 * XML caches hold them (c:tx, c:cat, c:val with the cells they point to), the drawing's alternative
 * text (wp:docPr descr), and the first sheet of the chart's embedded workbook cell by cell.
 */
final class DocxCharts {

    /**
     * A series as the chart part holds it.
     *
     * @param name          the c:tx cache
     * @param nameRef       the cell c:tx points to
     * @param categories    the c:cat cache
     * @param categoryRef   the cells c:cat points to
     * @param values        the c:val cache, null where a point is missing
     * @param valueRef      the cells c:val points to
     * @param formatCode    the c:val cache's number format
     */
    record Series(String name, String nameRef, List<String> categories, String categoryRef, List<BigDecimal> values,
                  String valueRef, String formatCode) {
    }

    /**
     * A chart.
     *
     * @param kind   {@code bar} or {@code line}
     * @param alt    the drawing's descr
     * @param title  the drawing's title
     * @param series the series in order
     * @param sheet  the embedded workbook's first sheet: its name, then each row's cells as text or number
     */
    record Read(String kind, String alt, String title, List<Series> series, String sheetName, List<List<Object>> sheet,
                XWPFChart part) {

        /** The values of a series as the cache holds them. */
        List<BigDecimal> values(int series) {
            return series().get(series).values();
        }
    }

    private DocxCharts() {
    }

    static List<Read> read(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            return read(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Read> read(XWPFDocument document) {
        List<Read> charts = new ArrayList<>();
        XmlObject[] inlines = document.getDocument().selectPath(
                "declare namespace wp='http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing' "
                        + ".//wp:inline");
        for (XmlObject o : inlines) {
            CTInline inline = (CTInline) o;
            XmlObject[] refs = inline.getGraphic().getGraphicData().selectPath(
                    "declare namespace c='http://schemas.openxmlformats.org/drawingml/2006/chart' "
                            + "declare namespace r='http://schemas.openxmlformats.org/officeDocument/2006/relationships' "
                            + "./c:chart/@r:id");
            if (refs.length == 0) {
                continue;
            }
            String id = refs[0].newCursor().getTextValue();
            XWPFChart chart = (XWPFChart) document.getRelationById(id);
            CTPlotArea plot = chart.getCTChart().getPlotArea();
            List<Series> series = new ArrayList<>();
            String kind;
            if (plot.sizeOfBarChartArray() > 0) {
                kind = "bar";
                for (var s : plot.getBarChartArray(0).getSerList()) {
                    series.add(series(s.getTx(), s.getCat(), s.getVal()));
                }
            } else {
                kind = "line";
                for (var s : plot.getLineChartArray(0).getSerList()) {
                    series.add(series(s.getTx(), s.getCat(), s.getVal()));
                }
            }
            List<List<Object>> cells = new ArrayList<>();
            String sheetName;
            try {
                Sheet sheet = chart.getWorkbook().getSheetAt(0);
                sheetName = sheet.getSheetName();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<Object> values = new ArrayList<>();
                    for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        values.add(cell == null || cell.getCellType() == CellType.BLANK ? null
                                : cell.getCellType() == CellType.NUMERIC ? BigDecimal.valueOf(cell.getNumericCellValue())
                                : cell.getStringCellValue());
                    }
                    cells.add(values);
                }
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new AssertionError("the chart's workbook cannot be read", e);
            }
            charts.add(new Read(kind, inline.getDocPr().getDescr(), inline.getDocPr().getTitle(), series, sheetName,
                    cells, chart));
        }
        return charts;
    }

    private static Series series(CTSerTx tx, CTAxDataSource cat, CTNumDataSource val) {
        List<String> categories = new ArrayList<>();
        for (CTStrVal v : cat.getStrRef().getStrCache().getPtList()) {
            categories.add(v.getV());
        }
        int count = (int) val.getNumRef().getNumCache().getPtCount().getVal();
        List<BigDecimal> values = new ArrayList<>(java.util.Collections.nCopies(count, (BigDecimal) null));
        for (CTNumVal v : val.getNumRef().getNumCache().getPtList()) {
            values.set((int) v.getIdx(), new BigDecimal(v.getV()));
        }
        return new Series(tx.getStrRef().getStrCache().getPtArray(0).getV(), tx.getStrRef().getF(), categories,
                cat.getStrRef().getF(), values, val.getNumRef().getF(), val.getNumRef().getNumCache().getFormatCode());
    }

    /** A figure as a document prints it ({@code -1 092,2}, {@code 105,2}) as a number, written by hand in a test. */
    static BigDecimal printed(String text) {
        return new BigDecimal(text.replace("\u00A0", "").replace(" ", "").replace(',', '.'));
    }

    /** Figures as printed, as numbers. */
    static List<BigDecimal> printed(List<String> texts) {
        return texts.stream().map(DocxCharts::printed).toList();
    }
}
