package se.rapportverk.render.docx.legacy;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickLabelPosition;
import org.apache.poi.xddf.usermodel.chart.AxisTickMark;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LayoutMode;
import org.apache.poi.xddf.usermodel.chart.LayoutTarget;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFManualLayout;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTCatAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTChartSpace;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbl;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTMarker;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTNumFmt;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTValAx;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.main.CTLineProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextCharacterProperties;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextParagraph;
import org.openxmlformats.schemas.drawingml.x2006.main.STPresetLineDashVal;
import org.openxmlformats.schemas.drawingml.x2006.main.STPresetPatternVal;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;

import se.rapportverk.document.Chart;
import se.rapportverk.render.layout.ChartLayout;
import se.rapportverk.render.layout.Theme;

/**
 * Writes a chart as a native Word chart: a chart part drawn inline in its own paragraph, with its
 * caption above it, its description as the drawing's alternative text ({@code wp:docPr descr}), and
 * its data in an embedded workbook, so that Word's "Redigera data" opens the figures the chart shows.
 *
 * <p>The embedded workbook's first sheet has the categories in column A and one column per series
 * (its name in row 1), and every series points there; the chart's caches hold the same values. The
 * chart takes the size, colours, axis range and ticks of the PDF's drawing ({@link ChartLayout}).
 * Its number formats are written the OOXML way ({@code #,##0.0}): Word shows them with the
 * separators of the computer's language, on a Swedish computer {@code -51,2} and {@code 1 092,2}.
 */
public final class ChartWriter {

    private static final int EMU_PER_POINT = 12700;
    /** The sheet of the embedded workbook, as a Swedish Excel names its first sheet. */
    static final String SHEET = "Blad1";

    private final XWPFDocument docx;
    private final Theme theme;
    private final LocalDate date;
    private int count;

    /**
     * @param theme the house style's look: the chart's colours, font and width
     * @param date  the document date: the embedded workbooks' only timestamp
     */
    public ChartWriter(XWPFDocument docx, Theme theme, LocalDate date) {
        this.docx = docx;
        this.theme = theme;
        this.date = date;
    }

    /**
     * Writes the chart's caption (when it has one) and the chart.
     *
     * @param keepWithNext whether the chart stays on the page of what follows (its note)
     * @param drawingId    the drawing's id ({@code wp:docPr id}), unique among the document's drawings
     * @return the paragraphs written, in order: the caption's (when there is one) and the chart's
     */
    public List<CTP> write(CTBody body, Chart chart, boolean keepWithNext, int drawingId) {
        List<CTP> written = new ArrayList<>(2);
        if (!chart.caption().isEmpty()) {
            CTP caption = body.addNewP();
            Paragraphs.style(caption, StyleIds.CAPTION);
            Runs.text(caption::addNewR, chart.caption());
            written.add(caption);
        }
        CTP p = body.addNewP();
        written.add(p);
        var pPr = Paragraphs.style(p, StyleIds.CHART);
        if (keepWithNext) {
            pPr.addNewKeepNext();
        }
        XWPFRun run = new XWPFParagraph(p, docx).createRun();
        ChartLayout.Drawing drawing = ChartLayout.draw(chart, theme);
        float height = drawing.height();
        try {
            XWPFChart xc = docx.createChart(run, emu(drawing.width()), emu(height));
            count++;
            CTInline inline = p.getRArray(p.sizeOfRArray() - 1).getDrawingArray(0).getInlineArray(0);
            // POI numbers a chart's drawing by its own count; the document's drawings (logos too)
            // share one sequence.
            inline.getDocPr().setId(drawingId);
            inline.getDocPr().setName("Diagram " + count);
            inline.getDocPr().setDescr(chart.alt());
            if (!chart.caption().isEmpty()) {
                inline.getDocPr().setTitle(chart.caption());
            }
            fill(xc, chart, drawing);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the chart part could not be made", e);
        }
        return written;
    }

    /** A manual layout at a box of the drawing, as fractions of the chart's size. */
    private static void place(XDDFManualLayout layout, ChartLayout.Box box, ChartLayout.Drawing d, LayoutTarget target) {
        if (target != null) {
            layout.setTarget(target);
        }
        layout.setXMode(LayoutMode.EDGE);
        layout.setYMode(LayoutMode.EDGE);
        layout.setX(fraction(box.x(), d.width()));
        layout.setY(fraction(box.y(), d.height()));
        layout.setWidthRatio(fraction(box.width(), d.width()));
        layout.setHeightRatio(fraction(box.height(), d.height()));
    }

    /** A fraction rounded to four decimals, so that the XML does not depend on float noise. */
    private static double fraction(float part, float whole) {
        return Math.round(10000.0 * part / whole) / 10000.0;
    }

    private static int emu(float points) {
        return Math.round(points * EMU_PER_POINT);
    }

    /**
     * The number format of the chart's values, with as many decimals as its values have, in Swedish
     * ({@code [$-41D]}): Word and Excel show it with the computer's separators, LibreOffice with the
     * Swedish ones whatever the computer's language.
     */
    static String numberFormat(int decimals) {
        return "[$-41D]" + (decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals));
    }

    private void fill(XWPFChart xc, Chart chart, ChartLayout.Drawing drawing) throws IOException, InvalidFormatException {
        String format = numberFormat(chart.decimals());
        XSSFSheet sheet = sheet(xc, chart, format);
        int n = chart.categories().size();
        String categoryRange = new CellRangeAddress(1, n, 0, 0).formatAsString(SHEET, true);
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(
                chart.categories().toArray(new String[0]), categoryRange, 0);

        CTChartSpace space = xc.getCTChartSpace();
        space.addNewLang().setVal("sv-SE");
        space.addNewRoundedCorners().setVal(false);
        xc.setAutoTitleDeleted(true);
        xc.displayBlanksAs(DisplayBlanks.GAP);
        xc.setPlotOnlyVisibleCells(false);

        boolean bar = chart.kind() == Chart.Kind.BAR;
        XDDFCategoryAxis categoryAxis = xc.createCategoryAxis(bar ? AxisPosition.LEFT : AxisPosition.BOTTOM);
        XDDFValueAxis valueAxis = xc.createValueAxis(bar ? AxisPosition.BOTTOM : AxisPosition.LEFT);
        ChartLayout.Axis axis = ChartLayout.valueAxis(chart);
        valueAxis.setMinimum(axis.min().doubleValue());
        valueAxis.setMaximum(axis.max().doubleValue());
        valueAxis.setMajorUnit(axis.step().doubleValue());
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMajorTickMark(AxisTickMark.NONE);
        valueAxis.setMinorTickMark(AxisTickMark.NONE);
        categoryAxis.setMajorTickMark(bar ? AxisTickMark.NONE : AxisTickMark.OUT);
        categoryAxis.setMinorTickMark(AxisTickMark.NONE);
        if (bar) {
            // The first category at the top, the value axis at the foot, the labels at the left even
            // beside bars that go left of zero.
            categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
            valueAxis.setCrosses(AxisCrosses.MAX);
            categoryAxis.setTickLabelPosition(AxisTickLabelPosition.LOW);
        } else {
            valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
            categoryAxis.setTickLabelPosition(AxisTickLabelPosition.LOW);
        }
        axisLook(xc.getCTChart().getPlotArea().getValAxArray(0), xc.getCTChart().getPlotArea().getCatAxArray(0),
                axis, bar);

        XDDFChartData data = xc.createData(bar ? ChartTypes.BAR : ChartTypes.LINE, categoryAxis, valueAxis);
        data.setVaryColors(false);
        if (data instanceof XDDFBarChartData b) {
            b.setBarDirection(BarDirection.BAR);
            b.setBarGrouping(BarGrouping.CLUSTERED);
            b.setGapWidth(chart.series().size() == 1 ? 60 : 45);
        } else if (data instanceof XDDFLineChartData l) {
            l.setGrouping(Grouping.STANDARD);
        }
        for (int s = 0; s < chart.series().size(); s++) {
            Chart.Series series = chart.series().get(s);
            BigDecimal[] values = new BigDecimal[n];
            for (int i = 0; i < n; i++) {
                values[i] = series.points().get(i).value();
            }
            String valueRange = new CellRangeAddress(1, n, s + 1, s + 1).formatAsString(SHEET, true);
            XDDFNumericalDataSource<BigDecimal> source = XDDFDataSourcesFactory.fromArray(values, valueRange, s + 1);
            source.setFormatCode(format);
            XDDFChartData.Series added = data.addSeries(categories, source);
            added.setTitle(series.name(), new CellReference(SHEET, 0, s + 1, true, true));
            if (added instanceof XDDFBarChartData.Series b) {
                barSeries(b.getCTBarSer(), chart, s, format);
            } else if (added instanceof XDDFLineChartData.Series l) {
                l.setSmooth(false);
                lineSeries(l, l.getCTLineSer(), chart, s, format);
            }
        }
        xc.plot(data);
        // The plot and the legend where the PDF's drawing has them.
        place(xc.getOrAddManualLayout(), drawing.plot(), drawing, LayoutTarget.INNER);
        if (drawing.legend() != null) {
            XDDFChartLegend legend = xc.getOrAddLegend();
            legend.setPosition(chart.size() == Chart.Size.SMALL ? LegendPosition.RIGHT : LegendPosition.BOTTOM);
            place(legend.getOrAddManualLayout(), drawing.legend(), drawing, null);
            legend.setOverlay(false);
        }
        // No frame round the chart, no fill behind it: it stands on the page like the PDF's drawing.
        noFrame(xc.getCTChart().getPlotArea().isSetSpPr() ? xc.getCTChart().getPlotArea().getSpPr()
                : xc.getCTChart().getPlotArea().addNewSpPr());
        noFrame(space.isSetSpPr() ? space.getSpPr() : space.addNewSpPr());
        text(space.isSetTxPr() ? space.getTxPr() : space.addNewTxPr(), Theme.CHART_SIZE, theme.text);
        properties(sheet.getWorkbook());
    }

    /**
     * The embedded workbook's first sheet: the caption's category header and the series' names in
     * row 1, then a row per category with its value in each series' column, in the chart's number
     * format. An empty cell where a value is not reported.
     */
    private XSSFSheet sheet(XWPFChart xc, Chart chart, String format) throws IOException, InvalidFormatException {
        XSSFWorkbook workbook = xc.getWorkbook();
        workbook.setSheetName(0, SHEET);
        XSSFSheet sheet = workbook.getSheetAt(0);
        CellStyle number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat(format));
        CellStyle header = workbook.createCellStyle();
        org.apache.poi.ss.usermodel.Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        XSSFRow first = sheet.createRow(0);
        first.createCell(0).setCellValue("");
        for (int s = 0; s < chart.series().size(); s++) {
            first.createCell(s + 1).setCellValue(chart.series().get(s).name());
            first.getCell(s + 1).setCellStyle(header);
        }
        int widest = 10;
        for (int i = 0; i < chart.categories().size(); i++) {
            XSSFRow row = sheet.createRow(i + 1);
            row.createCell(0).setCellValue(chart.categories().get(i));
            widest = Math.max(widest, chart.categories().get(i).length());
            for (int s = 0; s < chart.series().size(); s++) {
                BigDecimal v = chart.series().get(s).points().get(i).value();
                if (v != null) {
                    row.createCell(s + 1).setCellValue(v.doubleValue());
                    row.getCell(s + 1).setCellStyle(number);
                }
            }
        }
        sheet.setColumnWidth(0, Math.min(60, widest + 2) * 256);
        for (int s = 0; s < chart.series().size(); s++) {
            sheet.setColumnWidth(s + 1, 16 * 256);
        }
        return sheet;
    }

    /** The embedded workbook's properties: the document date, not the clock. */
    private void properties(XSSFWorkbook workbook) {
        Date at = Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
        var core = workbook.getProperties().getCoreProperties();
        core.setCreated(Optional.of(at));
        core.setModified(Optional.of(at));
        core.setCreator("Rapportverk");
        workbook.getProperties().getExtendedProperties().getUnderlyingProperties().setApplication("Rapportverk");
    }

    private void axisLook(CTValAx ax, CTCatAx cat, ChartLayout.Axis axis, boolean bar) {
        CTNumFmt fmt = ax.isSetNumFmt() ? ax.getNumFmt() : ax.addNewNumFmt();
        fmt.setFormatCode(numberFormat(axis.decimals()));
        fmt.setSourceLinked(false);
        CTShapeProperties grid = (ax.isSetMajorGridlines() ? ax.getMajorGridlines() : ax.addNewMajorGridlines())
                .addNewSpPr();
        line(grid.addNewLn(), Theme.CHART_GRID, Theme.CHART_GRID_WIDTH, null);
        CTShapeProperties valueLine = ax.isSetSpPr() ? ax.getSpPr() : ax.addNewSpPr();
        valueLine.addNewLn().addNewNoFill();
        text(ax.isSetTxPr() ? ax.getTxPr() : ax.addNewTxPr(), Theme.CHART_SIZE, Theme.MUTED);
        CTShapeProperties categoryLine = cat.isSetSpPr() ? cat.getSpPr() : cat.addNewSpPr();
        line(categoryLine.addNewLn(), theme.strongRule, Theme.CHART_AXIS_WIDTH, null);
        text(cat.isSetTxPr() ? cat.getTxPr() : cat.addNewTxPr(), Theme.CHART_SIZE, bar ? theme.text : Theme.MUTED);
    }

    private void barSeries(CTBarSer ser, Chart chart, int s, String format) {
        Chart.Series series = chart.series().get(s);
        Color colour = ChartLayout.colour(theme, chart, s);
        fill(ser.isSetSpPr() ? ser.getSpPr() : ser.addNewSpPr(), series.style(), colour);
        ser.addNewInvertIfNegative().setVal(false);
        for (int i = 0; i < series.points().size(); i++) {
            if (series.points().get(i).colour() != null) {
                CTDPt point = ser.addNewDPt();
                point.addNewIdx().setVal(i);
                point.addNewInvertIfNegative().setVal(false);
                point.addNewBubble3D().setVal(false);
                fill(point.addNewSpPr(), series.style(), ChartLayout.colour(theme, chart, s, i));
            }
        }
        CTDLbls labels = ser.addNewDLbls();
        labelFormat(labels, format);
        labels.addNewDLblPos().setVal(STDLblPos.OUT_END);
        show(labels, true);
    }

    private void lineSeries(XDDFLineChartData.Series l, CTLineSer ser, Chart chart, int s, String format) {
        Chart.Series series = chart.series().get(s);
        Color colour = ChartLayout.colour(theme, chart, s);
        boolean target = series.style() == Chart.Style.DASHED;
        CTShapeProperties sp = ser.isSetSpPr() ? ser.getSpPr() : ser.addNewSpPr();
        line(sp.addNewLn(), colour, target ? Theme.CHART_TARGET_WIDTH : Theme.CHART_LINE_WIDTH, switch (series.style()) {
            case SOLID -> null;
            case HATCHED -> STPresetLineDashVal.SYS_DASH;
            case DASHED -> STPresetLineDashVal.DASH;
        });
        if (target) {
            l.setMarkerStyle(MarkerStyle.NONE);
        } else {
            l.setMarkerStyle(switch (ChartLayout.marker(chart, s)) {
                case CIRCLE -> MarkerStyle.CIRCLE;
                case SQUARE -> MarkerStyle.SQUARE;
                case TRIANGLE -> MarkerStyle.TRIANGLE;
                case DIAMOND -> MarkerStyle.DIAMOND;
            });
            l.setMarkerSize((short) 5);
            CTMarker marker = ser.getMarker();
            CTShapeProperties markerLook = marker.isSetSpPr() ? marker.getSpPr() : marker.addNewSpPr();
            markerLook.addNewSolidFill().addNewSrgbClr().setVal(rgb(colour));
            line(markerLook.addNewLn(), colour, 0.75f, null);
        }
        if (target) {
            // A target line is labelled with its last value at its end, as in the PDF.
            int last = -1;
            for (int i = series.points().size() - 1; i >= 0 && last < 0; i--) {
                if (series.points().get(i).value() != null) {
                    last = i;
                }
            }
            CTDLbls labels = ser.addNewDLbls();
            if (last >= 0) {
                CTDLbl label = labels.addNewDLbl();
                label.addNewIdx().setVal(last);
                CTNumFmt fmt = label.addNewNumFmt();
                fmt.setFormatCode(format);
                fmt.setSourceLinked(false);
                label.addNewSpPr().addNewNoFill();
                text(label.addNewTxPr(), Theme.CHART_SIZE, Theme.CHART_TARGET);
                label.addNewDLblPos().setVal(STDLblPos.R);
                showOn(label);
            }
            show(labels, false);
        }
    }

    private void labelFormat(CTDLbls labels, String format) {
        CTNumFmt fmt = labels.addNewNumFmt();
        fmt.setFormatCode(format);
        fmt.setSourceLinked(false);
        labels.addNewSpPr().addNewNoFill();
        text(labels.addNewTxPr(), Theme.CHART_SIZE, theme.text);
    }

    private static void show(CTDLbls labels, boolean value) {
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(value);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    private static void showOn(CTDLbl label) {
        label.addNewShowLegendKey().setVal(false);
        label.addNewShowVal().setVal(true);
        label.addNewShowCatName().setVal(false);
        label.addNewShowSerName().setVal(false);
        label.addNewShowPercent().setVal(false);
        label.addNewShowBubbleSize().setVal(false);
    }

    /** A bar's fill: solid, or hatched with the colour on white, with an outline in the colour. */
    private static void fill(CTShapeProperties sp, Chart.Style style, Color colour) {
        if (style == Chart.Style.HATCHED) {
            var pattern = sp.addNewPattFill();
            pattern.setPrst(STPresetPatternVal.WD_UP_DIAG);
            pattern.addNewFgClr().addNewSrgbClr().setVal(rgb(colour));
            pattern.addNewBgClr().addNewSrgbClr().setVal(rgb(Color.WHITE));
        } else {
            sp.addNewSolidFill().addNewSrgbClr().setVal(rgb(colour));
        }
        line(sp.addNewLn(), colour, 0.6f, null);
    }

    private static void line(CTLineProperties ln, Color colour, float width, STPresetLineDashVal.Enum dash) {
        ln.setW(Math.round(width * EMU_PER_POINT));
        ln.addNewSolidFill().addNewSrgbClr().setVal(rgb(colour));
        if (dash != null) {
            ln.addNewPrstDash().setVal(dash);
        }
    }

    private static void noFrame(CTShapeProperties sp) {
        sp.addNewNoFill();
        sp.addNewLn().addNewNoFill();
    }

    /** Text properties: the house style's font (as Word names it), the size and the colour. */
    private void text(CTTextBody body, float size, Color colour) {
        body.addNewBodyPr();
        body.addNewLstStyle();
        CTTextParagraph p = body.addNewP();
        CTTextCharacterProperties r = p.addNewPPr().addNewDefRPr();
        r.setSz(Math.round(size * 100));
        r.addNewSolidFill().addNewSrgbClr().setVal(rgb(colour));
        r.addNewLatin().setTypeface(theme.wordFontName);
        r.addNewCs().setTypeface(theme.wordFontName);
        p.addNewEndParaRPr().setLang("sv-SE");
    }

    private static byte[] rgb(Color c) {
        return new byte[] {(byte) c.getRed(), (byte) c.getGreen(), (byte) c.getBlue()};
    }

    /** How many charts this writer has written. */
    int count() {
        return count;
    }
}
