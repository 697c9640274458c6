package se.rapportverk.render.docx;

import java.math.BigInteger;
import java.util.List;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.document.Table.Align;
import se.rapportverk.document.Table.Row;
import se.rapportverk.document.Table.RowKind;

/**
 * Writes tables as real Word tables.
 *
 * <p>Rules and cell margins come from the table styles; the paragraph styles of the cells carry
 * the 9 pt text, the bold of header, group and total rows, and "keep with next" on header and
 * group rows, so that neither a header nor a group label is left alone at the foot of a page.
 * What a style cannot say is set on the table itself: column widths, repeated header rows,
 * rows that never split, the shading of the header and the rule above a total.
 */
final class TableWriter {

    /** Relative widths of the label and value columns of a field list laid out in columns. */
    static final List<Float> FIELD_COLUMNS = List.of(1f, 2f);

    /** Header shading: light grey. */
    static final String HEADER_FILL = "D9D9D9";
    /** Rules drawn by the renderer: under the header and above a total. */
    private static final String RULE_COLOUR = "595959";
    private static final BigInteger RULE_WIDTH = BigInteger.valueOf(8);

    private TableWriter() {
    }

    /**
     * Writes the table's caption (when it has one) and the table.
     *
     * @param columnWidths the widths of its columns in twips (see {@link ColumnPlan})
     * @return whether a table was written: one without rows or columns is left out, since Word
     *         takes a table without rows for a damaged file
     */
    static boolean write(CTBody body, Table table, int[] columnWidths) {
        if (!table.caption().isEmpty()) {
            CTP caption = body.addNewP();
            Paragraphs.style(caption, StyleIds.CAPTION);
            Runs.text(caption::addNewR, table.caption());
        }
        if (table.rows().isEmpty() || table.columns().isEmpty()) {
            return false;
        }
        boolean grid = table.style() == Table.Style.GRID;
        int[] widths = columnWidths;
        // A short table is kept on one page: every row keeps with the next (Word's own way).
        boolean keepWhole = Pagination.keepWhole(table, widths);
        CTTbl tbl = start(body, grid ? StyleIds.REPORT_TABLE : StyleIds.LAYOUT_TABLE, widths);
        List<Row> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            boolean header = r < table.headerRows();
            CTRow tr = row(tbl, header);
            if (!header && row.kind() == RowKind.GROUP && row.cells().size() == 1 && widths.length > 1) {
                CTTc tc = cell(tr, sum(widths), widths.length);
                CTP p = tc.addNewP();
                Paragraphs.style(p, StyleIds.TABLE_GROUP); // keeps with the next row by its style
                Runs.spans(p::addNewR, row.cells().get(0).spans(), true);
                continue;
            }
            for (int c = 0; c < row.cells().size(); c++) {
                CTTc tc = cell(tr, widths[c], 1);
                Align align = table.columns().get(c).align();
                if (header) {
                    decorateHeader(tc, grid, r == table.headerRows() - 1);
                } else if (row.kind() == RowKind.TOTAL && grid) {
                    rule(tcBorders(tc).addNewTop());
                }
                CTP p = tc.addNewP();
                CTPPr pPr = Paragraphs.style(p, paragraphStyle(row.kind(), header));
                if (keepWhole && !header && r < rows.size() - 1) {
                    pPr.addNewKeepNext();
                }
                Paragraphs.align(pPr, align);
                Runs.spans(p::addNewR, row.cells().get(c).spans(), header || row.kind() != RowKind.BODY);
            }
        }
        return true;
    }

    /**
     * Writes a borderless layout table (field lists, signatures): one list of paragraphs per
     * cell, each paragraph a style and its spans.
     *
     * @return whether a table was written (not when there are no rows)
     */
    static boolean writeLayout(CTBody body, List<Float> weights, List<List<List<StyledLine>>> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        int[] widths = widths(weights);
        CTTbl tbl = start(body, StyleIds.LAYOUT_TABLE, widths);
        for (List<List<StyledLine>> row : rows) {
            CTRow tr = row(tbl, false);
            for (int c = 0; c < widths.length; c++) {
                CTTc tc = cell(tr, widths[c], 1);
                List<StyledLine> lines = c < row.size() ? row.get(c) : List.of();
                if (lines.isEmpty()) {
                    tc.addNewP();
                }
                for (StyledLine line : lines) {
                    CTP p = tc.addNewP();
                    Paragraphs.style(p, line.paragraphStyle());
                    for (Span span : line.spans()) {
                        Runs.text(p::addNewR, span.text(), line.look(span));
                    }
                }
            }
        }
        return true;
    }

    /** One paragraph of a layout table cell. */
    record StyledLine(String paragraphStyle, List<Span> spans, String characterStyle) {
        Runs.Look look(Span span) {
            if (characterStyle != null) {
                return Runs.Look.style(characterStyle);
            }
            return Runs.Look.of(span);
        }
    }

    /** How many signatories stand side by side: three, or two when there are two or four. */
    static int signaturesPerRow(int signatories) {
        return signatories == 2 || signatories == 4 ? 2 : 3;
    }

    /**
     * Column widths in twips from relative weights, filling the text width exactly: rounding is
     * settled on the last column.
     */
    static int[] widths(List<Float> weights) {
        int n = weights.size();
        int[] widths = new int[n];
        if (n == 0) {
            return widths;
        }
        double total = 0;
        for (float w : weights) {
            total += Math.max(w, 0f);
        }
        int used = 0;
        for (int i = 0; i < n; i++) {
            double share = total > 0 ? Math.max(weights.get(i), 0f) / total : 1.0 / n;
            widths[i] = i == n - 1 ? PageGeometry.TEXT_WIDTH - used
                    : (int) Math.round(PageGeometry.TEXT_WIDTH * share);
            used += widths[i];
        }
        return widths;
    }

    private static CTTbl start(CTBody body, String tableStyle, int[] widths) {
        CTTbl tbl = body.addNewTbl();
        CTTblPr tblPr = tbl.addNewTblPr();
        tblPr.addNewTblStyle().setVal(tableStyle);
        CTTblWidth tblW = tblPr.addNewTblW();
        tblW.setW(BigInteger.valueOf(sum(widths)));
        tblW.setType(STTblWidth.DXA);
        tblPr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        CTTblGrid grid = tbl.addNewTblGrid();
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        return tbl;
    }

    private static CTRow row(CTTbl tbl, boolean header) {
        CTRow tr = tbl.addNewTr();
        CTTrPr trPr = tr.addNewTrPr();
        trPr.addNewCantSplit();
        if (header) {
            trPr.addNewTblHeader();
        }
        return tr;
    }

    private static CTTc cell(CTRow tr, int width, int span) {
        CTTc tc = tr.addNewTc();
        CTTcPr tcPr = tc.addNewTcPr();
        CTTblWidth tcW = tcPr.addNewTcW();
        tcW.setW(BigInteger.valueOf(width));
        tcW.setType(STTblWidth.DXA);
        if (span > 1) {
            tcPr.addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        return tc;
    }

    private static void decorateHeader(CTTc tc, boolean grid, boolean lastHeaderRow) {
        if (!grid) {
            return;
        }
        CTTcPr tcPr = tc.getTcPr();
        if (lastHeaderRow) {
            rule(tcBorders(tc).addNewBottom());
        }
        CTShd shd = tcPr.addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(HEADER_FILL);
        tcPr.addNewVAlign().setVal(STVerticalJc.BOTTOM);
    }

    private static CTTcBorders tcBorders(CTTc tc) {
        CTTcPr tcPr = tc.getTcPr();
        return tcPr.isSetTcBorders() ? tcPr.getTcBorders() : tcPr.addNewTcBorders();
    }

    private static void rule(CTBorder border) {
        border.setVal(STBorder.SINGLE);
        border.setSz(RULE_WIDTH);
        border.setSpace(BigInteger.ZERO);
        border.setColor(RULE_COLOUR);
    }

    private static String paragraphStyle(RowKind kind, boolean header) {
        if (header) {
            return StyleIds.TABLE_HEADING;
        }
        return switch (kind) {
            case HEADER -> StyleIds.TABLE_HEADING;
            case BODY -> StyleIds.TABLE_TEXT;
            case GROUP -> StyleIds.TABLE_GROUP;
            case SUBTOTAL, TOTAL -> StyleIds.TABLE_TOTAL;
        };
    }

    private static int sum(int[] widths) {
        int s = 0;
        for (int w : widths) {
            s += w;
        }
        return s;
    }
}
