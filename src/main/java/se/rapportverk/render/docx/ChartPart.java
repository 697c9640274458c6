package se.rapportverk.render.docx;

import java.awt.Color;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import se.rapportverk.document.Chart;
import se.rapportverk.render.layout.ChartLayout;
import se.rapportverk.render.layout.Theme;

/**
 * A native Word chart's parts written as text, without POI: the chart part, its relationships and
 * the embedded workbook with its data ({@link ChartPartWorkbook}). The bytes are the same as those
 * the POI renderer made with POI's XDDF API and {@link StablePackage} (every element, attribute,
 * escape and zip header), which the tests check against that code and against stored parts.
 *
 * <p>What the package around a chart needs, for the writer of the rest of the Word file, with
 * {@code N} the chart's number (1, 2, … in document order):
 * <ul>
 *   <li>the parts {@link Parts#chartName()} ({@code word/charts/chartN.xml}), {@link Parts#relsName()}
 *       ({@code word/charts/_rels/chartN.xml.rels}) and {@link Parts#workbookName()}
 *       ({@code word/embeddings/Microsoft_Excel_WorksheetN.xlsx}, stored as is: it is a stable zip
 *       already, and {@link StablePackage} rewrites it to the same bytes);</li>
 *   <li>in {@code [Content_Types].xml}, once: {@code <Default ContentType="}{@value #WORKBOOK_CONTENT_TYPE}
 *       {@code " Extension="}{@value #WORKBOOK_EXTENSION}{@code "/>}; and per chart
 *       {@code <Override ContentType="}{@value #CONTENT_TYPE}{@code " PartName="/word/charts/chartN.xml"/>};
 *       the chart's relationships part takes the {@code rels} default that every package has;</li>
 *   <li>in {@code word/_rels/document.xml.rels}: {@code <Relationship Id="rIdK" Target="charts/chartN.xml"
 *       Type="}{@value #RELATIONSHIP_TYPE}{@code "/>} ({@link Parts#documentTarget()}), its id the one the
 *       drawing's {@code c:chart r:id} names in {@code word/document.xml}.</li>
 * </ul>
 * The chart part names its workbook by the relationship {@value #WORKBOOK_RELATIONSHIP_ID}
 * ({@code c:externalData}).
 *
 * <p>Stateless: any number of threads may write charts at once.
 */
final class ChartPart {

    /** The content type of a chart part. */
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
    /** The content type of the embedded workbooks, a default of the Word package for their extension. */
    static final String WORKBOOK_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String WORKBOOK_EXTENSION = "xlsx";
    /** The type of the document's relationship to a chart part. */
    static final String RELATIONSHIP_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
    /** The id of the chart part's relationship to its workbook. */
    static final String WORKBOOK_RELATIONSHIP_ID = "rId1";

    private static final int EMU_PER_POINT = 12700;
    private static final String SHEET = ChartWriter.SHEET;

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<c:chartSpace xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<c:lang val=\"sv-SE\"/><c:roundedCorners val=\"false\"/><c:chart><c:autoTitleDeleted val=\"true\"/>"
            + "<c:plotArea>";
    private static final String NO_FRAME = "<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>";

    private ChartPart() {
    }

    /**
     * A chart's three parts.
     *
     * @param number   the chart's number N in the document (1 for the first)
     * @param chart    {@code word/charts/chartN.xml}
     * @param rels     {@code word/charts/_rels/chartN.xml.rels}
     * @param workbook {@code word/embeddings/Microsoft_Excel_WorksheetN.xlsx}
     */
    record Parts(int number, byte[] chart, byte[] rels, byte[] workbook) {

        /** The chart part's name in the package, without a leading slash. */
        String chartName() {
            return "word/charts/chart" + number + ".xml";
        }

        /** The chart part's relationships' name in the package. */
        String relsName() {
            return "word/charts/_rels/chart" + number + ".xml.rels";
        }

        /** The embedded workbook's name in the package. */
        String workbookName() {
            return "word/embeddings/" + workbookFile(number);
        }

        /** The target of the document's relationship to the chart, relative to {@code word/}. */
        String documentTarget() {
            return "charts/chart" + number + ".xml";
        }
    }

    /** A double as XMLBeans writes an {@code xsd:double}: {@link Double#toString}, infinities as INF and -INF. */
    static String xsdDouble(double d) {
        if (d == Double.POSITIVE_INFINITY) {
            return "INF";
        } else if (d == Double.NEGATIVE_INFINITY) {
            return "-INF";
        } else if (Double.isNaN(d)) {
            return "NaN";
        }
        return Double.toString(d);
    }

    private static String workbookFile(int number) {
        return "Microsoft_Excel_Worksheet" + number + ".xlsx";
    }

    /**
     * Writes a chart's parts.
     *
     * @param chart   the chart
     * @param drawing the chart as {@link ChartLayout#draw(Chart, Theme)} draws it at the text width: its size,
     *                and where its plot and legend stand
     * @param theme   the house style's look: the colours, the font
     * @param date    the document date, the embedded workbook's only timestamp
     * @param number  the chart's number N in the document, from 1
     */
    static Parts write(Chart chart, ChartLayout.Drawing drawing, Theme theme, LocalDate date, int number) {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(drawing, "drawing");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(date, "date");
        if (number < 1) {
            throw new IllegalArgumentException("a chart's number starts at 1: " + number);
        }
        // The workbook first: it refuses what POI refused (a text longer than a cell takes).
        byte[] workbook = ChartPartWorkbook.write(chart, date);
        return new Parts(number, chartXml(chart, drawing, theme).getBytes(StandardCharsets.UTF_8), rels(number),
                workbook);
    }

    private static byte[] rels(int number) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"" + WORKBOOK_RELATIONSHIP_ID + "\" Target=\"../embeddings/" + workbookFile(number)
                + "\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/package\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8);
    }

    /** The chart part, element by element in the schema's order (as XMLBeans put them). */
    static String chartXml(Chart chart, ChartLayout.Drawing drawing, Theme theme) {
        Writer w = new Writer(chart, theme);
        return w.write(drawing);
    }

    /** One chart part being written. */
    private static final class Writer {
        private final Chart chart;
        private final Theme theme;
        private final StringBuilder x;
        private final String format;
        private final boolean bar;
        private final int n;
        /** The text properties in the house style's font, up to the colour and after it. */
        private final String textStart;
        private final String textEnd;

        Writer(Chart chart, Theme theme) {
            this.chart = chart;
            this.theme = theme;
            this.format = ChartWriter.numberFormat(chart.decimals());
            this.bar = chart.kind() == Chart.Kind.BAR;
            this.n = chart.categories().size();
            this.x = new StringBuilder(4096 + chart.series().size() * (1200 + n * 120));
            textStart = "<a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"" + Math.round(Theme.CHART_SIZE * 100)
                    + "\"><a:solidFill><a:srgbClr val=\"";
            StringBuilder end = new StringBuilder("\"/></a:solidFill><a:latin typeface=\"");
            ChartPartXml.attribute(end, theme.wordFontName);
            end.append("\"/><a:cs typeface=\"");
            ChartPartXml.attribute(end, theme.wordFontName);
            end.append("\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"sv-SE\"/></a:p>");
            textEnd = end.toString();
        }

        String write(ChartLayout.Drawing drawing) {
            x.append(HEAD);
            x.append("<c:layout><c:manualLayout><c:layoutTarget val=\"inner\"/>");
            place(drawing.plot(), drawing);
            x.append("</c:manualLayout></c:layout>");
            if (bar) {
                x.append("<c:barChart><c:barDir val=\"bar\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"false\"/>");
            } else {
                x.append("<c:lineChart><c:grouping val=\"standard\"/><c:varyColors val=\"false\"/>");
            }
            for (int s = 0; s < chart.series().size(); s++) {
                series(s);
            }
            if (bar) {
                x.append("<c:gapWidth val=\"").append(chart.series().size() == 1 ? 60 : 45).append("\"/>");
                x.append("<c:axId val=\"0\"/><c:axId val=\"1\"/></c:barChart>");
            } else {
                x.append("<c:axId val=\"0\"/><c:axId val=\"1\"/></c:lineChart>");
            }
            axes();
            x.append(NO_FRAME).append("</c:plotArea>");
            if (drawing.legend() != null) {
                x.append("<c:legend><c:legendPos val=\"").append(chart.size() == Chart.Size.SMALL ? "r" : "b")
                        .append("\"/><c:layout><c:manualLayout>");
                place(drawing.legend(), drawing);
                x.append("</c:manualLayout></c:layout><c:overlay val=\"false\"/></c:legend>");
            }
            x.append("<c:plotVisOnly val=\"false\"/><c:dispBlanksAs val=\"gap\"/></c:chart>");
            x.append(NO_FRAME).append("<c:txPr>");
            text(theme.text);
            x.append("</c:txPr><c:externalData r:id=\"").append(WORKBOOK_RELATIONSHIP_ID).append("\"/></c:chartSpace>");
            return x.toString();
        }

        /** A manual layout's place: fractions of the chart's size rounded to four decimals. */
        private void place(ChartLayout.Box box, ChartLayout.Drawing d) {
            x.append("<c:xMode val=\"edge\"/><c:yMode val=\"edge\"/>");
            x.append("<c:x val=\"").append(fraction(box.x(), d.width())).append("\"/>");
            x.append("<c:y val=\"").append(fraction(box.y(), d.height())).append("\"/>");
            x.append("<c:w val=\"").append(fraction(box.width(), d.width())).append("\"/>");
            x.append("<c:h val=\"").append(fraction(box.height(), d.height())).append("\"/>");
        }

        /** As ChartWriter rounds them. */
        private static String fraction(float part, float whole) {
            return xsdDouble(Math.round(10000.0 * part / whole) / 10000.0);
        }

        private void axes() {
            ChartLayout.Axis axis = ChartLayout.valueAxis(chart);
            x.append("<c:catAx><c:axId val=\"0\"/><c:scaling><c:orientation val=\"").append(bar ? "maxMin" : "minMax")
                    .append("\"/></c:scaling><c:delete val=\"false\"/><c:axPos val=\"").append(bar ? "l" : "b")
                    .append("\"/><c:majorTickMark val=\"").append(bar ? "none" : "out")
                    .append("\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"low\"/><c:spPr>");
            line(theme.strongRule, Theme.CHART_AXIS_WIDTH, null);
            x.append("</c:spPr><c:txPr>");
            text(bar ? theme.text : Theme.MUTED);
            x.append("</c:txPr><c:crossAx val=\"1\"/><c:crosses val=\"autoZero\"/><c:auto val=\"false\"/></c:catAx>");

            x.append("<c:valAx><c:axId val=\"1\"/><c:scaling><c:orientation val=\"minMax\"/><c:max val=\"")
                    .append(xsdDouble(axis.max().doubleValue())).append("\"/><c:min val=\"")
                    .append(xsdDouble(axis.min().doubleValue())).append("\"/></c:scaling><c:delete val=\"false\"/>")
                    .append("<c:axPos val=\"").append(bar ? "b" : "l").append("\"/><c:majorGridlines><c:spPr>");
            line(Theme.CHART_GRID, Theme.CHART_GRID_WIDTH, null);
            x.append("</c:spPr></c:majorGridlines>");
            numFmt(ChartWriter.numberFormat(axis.decimals()));
            x.append("<c:majorTickMark val=\"none\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/>")
                    .append("<c:spPr><a:ln><a:noFill/></a:ln></c:spPr><c:txPr>");
            text(Theme.MUTED);
            x.append("</c:txPr><c:crossAx val=\"0\"/><c:crosses val=\"").append(bar ? "max" : "autoZero")
                    .append("\"/><c:crossBetween val=\"between\"/><c:majorUnit val=\"")
                    .append(xsdDouble(axis.step().doubleValue())).append("\"/></c:valAx>");
        }

        private void series(int s) {
            Chart.Series series = chart.series().get(s);
            Color colour = ChartLayout.colour(theme, chart, s);
            x.append("<c:ser><c:idx val=\"").append(s).append("\"/><c:order val=\"").append(s).append("\"/>");
            x.append("<c:tx><c:strRef><c:f>");
            ChartPartXml.text(x, SHEET + "!$" + ChartPartXml.column(s + 1) + "$1");
            x.append("</c:f><c:strCache><c:ptCount val=\"1\"/><c:pt idx=\"0\">");
            v(series.name());
            x.append("</c:pt></c:strCache></c:strRef></c:tx>");
            if (bar) {
                x.append("<c:spPr>");
                fill(series.style(), colour);
                x.append("</c:spPr><c:invertIfNegative val=\"false\"/>");
                List<Chart.Point> points = series.points();
                for (int i = 0; i < points.size(); i++) {
                    if (points.get(i).colour() != null) {
                        x.append("<c:dPt><c:idx val=\"").append(i)
                                .append("\"/><c:invertIfNegative val=\"false\"/><c:bubble3D val=\"false\"/><c:spPr>");
                        fill(series.style(), ChartLayout.colour(theme, chart, s, i));
                        x.append("</c:spPr></c:dPt>");
                    }
                }
                x.append("<c:dLbls>");
                numFmt(format);
                x.append("<c:spPr><a:noFill/></c:spPr><c:txPr>");
                text(theme.text);
                x.append("</c:txPr><c:dLblPos val=\"outEnd\"/>");
                show(true);
                x.append("</c:dLbls>");
                data(series, s);
                x.append("</c:ser>");
            } else {
                boolean target = series.style() == Chart.Style.DASHED;
                x.append("<c:spPr>");
                line(colour, target ? Theme.CHART_TARGET_WIDTH : Theme.CHART_LINE_WIDTH, switch (series.style()) {
                    case SOLID -> null;
                    case HATCHED -> "sysDash";
                    case DASHED -> "dash";
                });
                x.append("</c:spPr>");
                if (target) {
                    x.append("<c:marker><c:symbol val=\"none\"/></c:marker>");
                } else {
                    x.append("<c:marker><c:symbol val=\"").append(switch (ChartLayout.marker(chart, s)) {
                        case CIRCLE -> "circle";
                        case SQUARE -> "square";
                        case TRIANGLE -> "triangle";
                        case DIAMOND -> "diamond";
                    }).append("\"/><c:size val=\"5\"/><c:spPr><a:solidFill><a:srgbClr val=\"");
                    ChartPartXml.rgb(x, colour);
                    x.append("\"/></a:solidFill>");
                    line(colour, 0.75f, null);
                    x.append("</c:spPr></c:marker>");
                }
                if (target) {
                    // A target line is labelled with its last value at its end, as in the PDF.
                    int last = -1;
                    for (int i = series.points().size() - 1; i >= 0 && last < 0; i--) {
                        if (series.points().get(i).value() != null) {
                            last = i;
                        }
                    }
                    x.append("<c:dLbls>");
                    if (last >= 0) {
                        x.append("<c:dLbl><c:idx val=\"").append(last).append("\"/>");
                        numFmt(format);
                        x.append("<c:spPr><a:noFill/></c:spPr><c:txPr>");
                        text(Theme.CHART_TARGET);
                        x.append("</c:txPr><c:dLblPos val=\"r\"/>");
                        show(true);
                        x.append("</c:dLbl>");
                    }
                    show(false);
                    x.append("</c:dLbls>");
                }
                data(series, s);
                x.append("<c:smooth val=\"false\"/></c:ser>");
            }
        }

        /** The series' categories and values: references to the workbook's cells, with their caches. */
        private void data(Chart.Series series, int s) {
            x.append("<c:cat><c:strRef><c:f>");
            ChartPartXml.text(x, range(0));
            x.append("</c:f><c:strCache><c:ptCount val=\"").append(n).append("\"/>");
            for (int i = 0; i < n; i++) {
                x.append("<c:pt idx=\"").append(i).append("\">");
                v(chart.categories().get(i));
                x.append("</c:pt>");
            }
            x.append("</c:strCache></c:strRef></c:cat>");
            x.append("<c:val><c:numRef><c:f>");
            ChartPartXml.text(x, range(s + 1));
            x.append("</c:f><c:numCache><c:formatCode>");
            ChartPartXml.text(x, format);
            x.append("</c:formatCode>");
            boolean any = false;
            for (Chart.Point p : series.points()) {
                any |= p.value() != null;
            }
            if (any) {
                // POI writes a cached value as the number's toString (a BigDecimal's: 58.4, 62.0, 1E+3).
                x.append("<c:ptCount val=\"").append(n).append("\"/>");
                for (int i = 0; i < n; i++) {
                    BigDecimal value = series.points().get(i).value();
                    if (value != null) {
                        x.append("<c:pt idx=\"").append(i).append("\"><c:v>");
                        ChartPartXml.text(x, value.toString());
                        x.append("</c:v></c:pt>");
                    }
                }
            }
            x.append("</c:numCache></c:numRef></c:val>");
        }

        /** The cells of a column from row 2, as POI's {@code CellRangeAddress} writes them (one cell: no colon). */
        private String range(int column) {
            String col = "$" + ChartPartXml.column(column) + "$";
            return n == 1 ? SHEET + "!" + col + 2 : SHEET + "!" + col + 2 + ":" + col + (n + 1);
        }

        /** A {@code c:v} element: empty text is an empty element. */
        private void v(String text) {
            if (text.isEmpty()) {
                x.append("<c:v/>");
            } else {
                x.append("<c:v>");
                ChartPartXml.text(x, text);
                x.append("</c:v>");
            }
        }

        private void numFmt(String code) {
            x.append("<c:numFmt formatCode=\"");
            ChartPartXml.attribute(x, code);
            x.append("\" sourceLinked=\"false\"/>");
        }

        private void show(boolean value) {
            x.append("<c:showLegendKey val=\"false\"/><c:showVal val=\"").append(value)
                    .append("\"/><c:showCatName val=\"false\"/><c:showSerName val=\"false\"/>")
                    .append("<c:showPercent val=\"false\"/><c:showBubbleSize val=\"false\"/>");
        }

        /** A bar's fill: solid, or hatched with the colour on white, with an outline in the colour. */
        private void fill(Chart.Style style, Color colour) {
            if (style == Chart.Style.HATCHED) {
                x.append("<a:pattFill prst=\"wdUpDiag\"><a:fgClr><a:srgbClr val=\"");
                ChartPartXml.rgb(x, colour);
                x.append("\"/></a:fgClr><a:bgClr><a:srgbClr val=\"");
                ChartPartXml.rgb(x, Color.WHITE);
                x.append("\"/></a:bgClr></a:pattFill>");
            } else {
                x.append("<a:solidFill><a:srgbClr val=\"");
                ChartPartXml.rgb(x, colour);
                x.append("\"/></a:solidFill>");
            }
            line(colour, 0.6f, null);
        }

        private void line(Color colour, float width, String dash) {
            x.append("<a:ln w=\"").append(Math.round(width * EMU_PER_POINT)).append("\"><a:solidFill><a:srgbClr val=\"");
            ChartPartXml.rgb(x, colour);
            x.append("\"/></a:solidFill>");
            if (dash != null) {
                x.append("<a:prstDash val=\"").append(dash).append("\"/>");
            }
            x.append("</a:ln>");
        }

        /** Text properties: the house style's font (as Word names it), the chart's size and the colour. */
        private void text(Color colour) {
            x.append(textStart);
            ChartPartXml.rgb(x, colour);
            x.append(textEnd);
        }
    }
}
