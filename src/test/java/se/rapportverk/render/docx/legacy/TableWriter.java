package se.rapportverk.render.docx.legacy;

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

import se.rapportverk.document.RemarkPlacement.At;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.document.Table.Align;
import se.rapportverk.document.Table.Row;
import se.rapportverk.document.Table.RowKind;
import se.rapportverk.render.layout.Fonts;
import se.rapportverk.render.layout.Geometry;
import se.rapportverk.render.layout.Hyphenation;
import se.rapportverk.render.layout.Theme;

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

    /** Rules drawn by the renderer: under the header and above a total. */
    private static final BigInteger RULE_WIDTH = BigInteger.valueOf(Math.round(Theme.STRONG_RULE_WIDTH * 8));

    /** Header shading, as in the PDF. */
    private final String headerFill;
    /** Group label shading, as in the PDF. */
    private final String groupFill;
    private final String ruleColour;
    private final Theme theme;
    private final Runs.Hyperlinks links;

    /**
     * A writer of tables in the theme's colours.
     *
     * @param links where the links in the cells go
     */
    TableWriter(Theme theme, Runs.Hyperlinks links) {
        this.theme = theme;
        this.links = links;
        this.headerFill = Theme.hex(theme.headerFill);
        this.groupFill = Theme.hex(theme.groupFill);
        this.ruleColour = Theme.hex(theme.strongRule);
    }

    /**
     * Writes the table's caption (when it has one) and the table.
     *
     * @param columnWidths the widths of its columns in twips, as the PDF's layout gives them
     * @param keepWhole    whether the table is kept on one page (a short one, as in the PDF)
     * @param startRows    the body rows it needs on its first page when it is split
     * @param comments     told where the caption, each row and each cell went, for remarks about them
     * @param block        the table's index among the document's blocks
     * @return whether a table was written: one without rows or columns is left out, since Word
     *         takes a table without rows for a damaged file
     */
    boolean write(CTBody body, Table table, int[] columnWidths, boolean keepWhole, int startRows,
                  CommentWriter comments, int block) {
        if (!table.caption().isEmpty()) {
            CTP caption = body.addNewP();
            Paragraphs.style(caption, StyleIds.CAPTION);
            Runs.text(caption::addNewR, table.caption());
            comments.mark(At.caption(block), caption, caption);
        }
        if (table.rows().isEmpty() || table.columns().isEmpty()) {
            return false;
        }
        boolean grid = table.style() == Table.Style.GRID;
        int[] widths = columnWidths;
        CTTbl tbl = start(body, grid ? StyleIds.REPORT_TABLE : StyleIds.LAYOUT_TABLE, widths);
        List<Row> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            boolean header = r < table.headerRows();
            CTRow tr = row(tbl, header);
            boolean keepNext = !header && keepsWithNext(table, r, keepWhole, startRows);
            if (!header && row.kind() == RowKind.GROUP && row.cells().size() == 1 && widths.length > 1) {
                CTTc tc = cell(tr, sum(widths), widths.length);
                if (grid) {
                    shade(tc, groupFill);
                }
                CTP p = tc.addNewP();
                Paragraphs.style(p, StyleIds.TABLE_GROUP); // keeps with the next row by its style
                Runs.spans(p, hyphenated(row.cells().get(0).spans(), true, sum(widths)), true, links);
                comments.mark(At.cell(block, r, 0), p, p);
                comments.mark(At.row(block, r), p, p);
                continue;
            }
            CTP first = null;
            CTP last = null;
            for (int c = 0; c < row.cells().size(); c++) {
                CTTc tc = cell(tr, widths[c], 1);
                Align align = table.columns().get(c).align();
                if (header) {
                    decorateHeader(tc, grid, r == table.headerRows() - 1);
                } else if (row.kind() == RowKind.TOTAL && grid) {
                    rule(tcBorders(tc).addNewTop());
                } else if (row.kind() == RowKind.GROUP && grid) {
                    shade(tc, groupFill);
                }
                CTP p = tc.addNewP();
                CTPPr pPr = Paragraphs.style(p, paragraphStyle(row.kind(), header));
                if (keepNext) {
                    pPr.addNewKeepNext();
                }
                Paragraphs.align(pPr, align);
                boolean bold = header || row.kind() != RowKind.BODY;
                Runs.spans(p, hyphenated(row.cells().get(c).spans(), bold, widths[c]), bold, links);
                comments.mark(At.cell(block, r, c), p, p);
                first = first == null ? p : first;
                last = p;
            }
            if (first != null) {
                comments.mark(At.row(block, r), first, last);
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
    boolean writeLayout(CTBody body, int[] widths, List<List<List<StyledLine>>> rows) {
        if (rows.isEmpty()) {
            return false;
        }
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

    /** Writes a borderless layout table of one row, each cell filled by its writer. */
    void writeCells(CTBody body, int[] widths, List<java.util.function.Consumer<CTTc>> cells) {
        CTTbl tbl = start(body, StyleIds.LAYOUT_TABLE, widths);
        CTRow tr = row(tbl, false);
        for (int c = 0; c < widths.length; c++) {
            CTTc tc = cell(tr, widths[c], 1);
            cells.get(c).accept(tc);
        }
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

    /**
     * Column widths in points as whole twips that add up to the rounded total: each column ends
     * where the PDF's does, to the twip.
     */
    static int[] twips(float[] widths) {
        int[] out = new int[widths.length];
        double edge = 0;
        int used = 0;
        for (int i = 0; i < widths.length; i++) {
            edge += widths[i];
            int end = Geometry.twips(edge);
            out[i] = end - used;
            used = end;
        }
        return out;
    }

    /**
     * Whether a body row keeps with the next, as the PDF keeps them: every row of a short table;
     * the first body rows (a table starts with its header and as many rows as the PDF's needs); the row before a total or
     * subtotal (which never stands alone under a repeated header); and the last but one (a table
     * ends with at least two rows on its last page). A group label keeps by its style.
     */
    private static boolean keepsWithNext(Table table, int r, boolean keepWhole, int startRows) {
        List<Row> rows = table.rows();
        if (r >= rows.size() - 1) {
            return false;
        }
        if (keepWhole) {
            return true;
        }
        RowKind next = rows.get(r + 1).kind();
        return r < table.headerRows() + startRows - 1 || r == rows.size() - 2
                || next == RowKind.TOTAL || next == RowKind.SUBTOTAL;
    }

    /**
     * The spans with soft hyphens in the words too wide for the cell (as the PDF breaks them), or
     * within {@link Theme#WORD_ROOM} of it, where Word's own measure may find them too wide.
     */
    private List<Span> hyphenated(List<Span> spans, boolean bold, int cellTwips) {
        float width = cellTwips / 20f - 2 * Theme.CELL_PAD_X - Theme.WORD_ROOM;
        List<Span> out = new java.util.ArrayList<>(spans.size());
        for (Span s : spans) {
            String text = Hyphenation.forWidth(theme.fonts, s.text(), Fonts.Face.of(bold || s.bold(), s.italic()),
                    Theme.TABLE_SIZE, width);
            out.add(text.equals(s.text()) ? s : s.withText(text));
        }
        return out;
    }

    private CTTbl start(CTBody body, String tableStyle, int[] widths) {
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

    private CTRow row(CTTbl tbl, boolean header) {
        CTRow tr = tbl.addNewTr();
        CTTrPr trPr = tr.addNewTrPr();
        trPr.addNewCantSplit();
        if (header) {
            trPr.addNewTblHeader();
        }
        return tr;
    }

    private CTTc cell(CTRow tr, int width, int span) {
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

    private void decorateHeader(CTTc tc, boolean grid, boolean lastHeaderRow) {
        if (!grid) {
            return;
        }
        CTTcPr tcPr = tc.getTcPr();
        if (lastHeaderRow) {
            rule(tcBorders(tc).addNewBottom());
        }
        shade(tc, headerFill);
        tcPr.addNewVAlign().setVal(STVerticalJc.BOTTOM);
    }

    private void shade(CTTc tc, String fill) {
        CTShd shd = tc.getTcPr().addNewShd();
        shd.setVal(STShd.CLEAR);
        shd.setColor("auto");
        shd.setFill(fill);
    }

    private CTTcBorders tcBorders(CTTc tc) {
        CTTcPr tcPr = tc.getTcPr();
        return tcPr.isSetTcBorders() ? tcPr.getTcBorders() : tcPr.addNewTcBorders();
    }

    private void rule(CTBorder border) {
        border.setVal(STBorder.SINGLE);
        border.setSz(RULE_WIDTH);
        border.setSpace(BigInteger.ZERO);
        border.setColor(ruleColour);
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
