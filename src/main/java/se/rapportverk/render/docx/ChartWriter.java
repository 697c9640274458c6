package se.rapportverk.render.docx;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
final class ChartWriter {

    private static final int EMU_PER_POINT = 12700;
    /** The sheet of the embedded workbook, as a Swedish Excel names its first sheet. */
    static final String SHEET = "Blad1";

    private final Theme theme;
    private final LocalDate date;
    private int count;

    /**
     * @param theme the house style's look: the chart's colours, font and width
     * @param date  the document date: the embedded workbooks' only timestamp
     */
    ChartWriter(Theme theme, LocalDate date) {
        this.theme = theme;
        this.date = date;
    }

    /**
     * Writes the chart's caption (when it has one) and the chart, an inline drawing of a chart part.
     *
     * @param keepWithNext whether the chart stays on the page of what follows (its note)
     * @param drawingId    the drawing's id ({@code wp:docPr id}), unique among the document's drawings
     * @return the paragraphs written, in order: the caption's (when there is one) and the chart's
     */
    List<Body.Para> write(DocxPackage pkg, Body x, Chart chart, boolean keepWithNext, int drawingId) {
        List<Body.Para> written = new ArrayList<>(2);
        if (!chart.caption().isEmpty()) {
            Body.Para caption = x.beginP();
            x.pStyle(StyleIds.CAPTION);
            x.contentP(caption);
            Runs.text(x, chart.caption());
            x.endP(caption);
            written.add(caption);
        }
        Body.Para p = x.beginP();
        written.add(p);
        x.pPrStart(StyleIds.CHART);
        if (keepWithNext) {
            x.empty("w:keepNext");
        }
        x.end("w:pPr");
        x.contentP(p);
        ChartLayout.Drawing drawing = ChartLayout.draw(chart, theme);
        count++;
        String rel = pkg.main.add("chart", "charts/chart" + count + ".xml");
        x.uses("wp");
        x.raw("<w:r><w:drawing><wp:inline distT=\"0\" distR=\"0\" distB=\"0\" distL=\"0\"><wp:extent cx=\"")
                .raw(Integer.toString(emu(drawing.width()))).raw("\" cy=\"").raw(Integer.toString(emu(drawing.height())))
                .raw("\"/>");
        // POI numbered a chart's drawing by its own count; the document's drawings (logos too)
        // share one sequence.
        x.start("wp:docPr").attr("id", drawingId).attr("name", "Diagram " + count).attr("descr", chart.alt());
        if (!chart.caption().isEmpty()) {
            x.attr("title", chart.caption());
        }
        x.end("wp:docPr");
        x.raw("<a:graphic");
        x.graphicDeclaration();
        x.raw("><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"><c:chart r:id=\"")
                .raw(rel).raw("\" xmlns:c=\"http://schemas.openxmlformats.org/drawingml/2006/chart\"/>")
                .raw("</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>");
        x.endP(p);
        ChartPart.Parts parts = ChartPart.write(chart, drawing, theme, date, count);
        pkg.put(parts.chartName(), parts.chart(), ChartPart.CONTENT_TYPE);
        pkg.put(parts.relsName(), parts.rels(), null);
        // A stable zip already: it is stored as it is.
        pkg.putStable(parts.workbookName(), parts.workbook(), ChartPart.WORKBOOK_CONTENT_TYPE);
        return written;
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
}
