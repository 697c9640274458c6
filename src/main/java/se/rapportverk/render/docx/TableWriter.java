package se.rapportverk.render.docx;

import java.util.List;

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
    private static final int RULE_WIDTH = Math.round(Theme.STRONG_RULE_WIDTH * 8);

    /** Header shading, as in the PDF. */
    private final String headerFill;
    /** Group label shading, as in the PDF. */
    private final String groupFill;
    private final String ruleColour;
    /** A rule's attributes: single, its width and colour. */
    private final String rule;
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
        this.rule = " w:val=\"single\" w:sz=\"" + RULE_WIDTH + "\" w:space=\"0\" w:color=\"" + ruleColour + "\"/>";
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
    boolean write(Body x, Table table, int[] columnWidths, boolean keepWhole, int startRows,
                  CommentWriter comments, int block) {
        if (!table.caption().isEmpty()) {
            Body.Para caption = x.beginP();
            x.pStyle(StyleIds.CAPTION);
            x.contentP(caption);
            Runs.text(x, table.caption());
            x.endP(caption);
            comments.mark(At.caption(block), caption, caption);
        }
        if (table.rows().isEmpty() || table.columns().isEmpty()) {
            return false;
        }
        boolean grid = table.style() == Table.Style.GRID;
        int[] widths = columnWidths;
        start(x, grid ? StyleIds.REPORT_TABLE : StyleIds.LAYOUT_TABLE, widths);
        List<Row> rows = table.rows();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            boolean header = r < table.headerRows();
            row(x, header);
            boolean keepNext = !header && keepsWithNext(table, r, keepWhole, startRows);
            if (!header && row.kind() == RowKind.GROUP && row.cells().size() == 1 && widths.length > 1) {
                cellStart(x, sum(widths), widths.length);
                if (grid) {
                    shade(x, groupFill);
                }
                x.raw("</w:tcPr>");
                Body.Para p = x.beginP();
                x.pStyle(StyleIds.TABLE_GROUP); // keeps with the next row by its style
                x.contentP(p);
                Runs.spans(x, hyphenated(row.cells().get(0).spans(), true, sum(widths)), true, links);
                x.endP(p);
                x.raw("</w:tc></w:tr>");
                comments.mark(At.cell(block, r, 0), p, p);
                comments.mark(At.row(block, r), p, p);
                continue;
            }
            Body.Para first = null;
            Body.Para last = null;
            for (int c = 0; c < row.cells().size(); c++) {
                cellStart(x, widths[c], 1);
                Align align = table.columns().get(c).align();
                if (header) {
                    if (grid) {
                        if (r == table.headerRows() - 1) {
                            x.raw("<w:tcBorders><w:bottom").raw(rule).raw("</w:tcBorders>");
                        }
                        shade(x, headerFill);
                        x.raw("<w:vAlign w:val=\"bottom\"/>");
                    }
                } else if (row.kind() == RowKind.TOTAL && grid) {
                    x.raw("<w:tcBorders><w:top").raw(rule).raw("</w:tcBorders>");
                } else if (row.kind() == RowKind.GROUP && grid) {
                    shade(x, groupFill);
                }
                x.raw("</w:tcPr>");
                Body.Para p = x.beginP();
                x.pPrStart(paragraphStyle(row.kind(), header));
                if (keepNext) {
                    x.empty("w:keepNext");
                }
                Paragraphs.align(x, align);
                x.end("w:pPr");
                x.contentP(p);
                boolean bold = header || row.kind() != RowKind.BODY;
                Runs.spans(x, hyphenated(row.cells().get(c).spans(), bold, widths[c]), bold, links);
                x.endP(p);
                x.raw("</w:tc>");
                comments.mark(At.cell(block, r, c), p, p);
                first = first == null ? p : first;
                last = p;
            }
            x.raw("</w:tr>");
            if (first != null) {
                comments.mark(At.row(block, r), first, last);
            }
        }
        x.raw("</w:tbl>");
        return true;
    }

    /**
     * Writes a borderless layout table (field lists, signatures): one list of paragraphs per
     * cell, each paragraph a style and its spans.
     *
     * @return whether a table was written (not when there are no rows)
     */
    boolean writeLayout(Body x, int[] widths, List<List<List<StyledLine>>> rows) {
        if (rows.isEmpty()) {
            return false;
        }
        start(x, StyleIds.LAYOUT_TABLE, widths);
        for (List<List<StyledLine>> row : rows) {
            row(x, false);
            for (int c = 0; c < widths.length; c++) {
                cellStart(x, widths[c], 1);
                x.raw("</w:tcPr>");
                List<StyledLine> lines = c < row.size() ? row.get(c) : List.of();
                if (lines.isEmpty()) {
                    x.emptyP();
                }
                for (StyledLine line : lines) {
                    Body.Para p = x.beginP();
                    x.pStyle(line.paragraphStyle());
                    x.contentP(p);
                    for (Span span : line.spans()) {
                        Runs.text(x, span.text(), line.look(span));
                    }
                    x.endP(p);
                }
                x.raw("</w:tc>");
            }
            x.raw("</w:tr>");
        }
        x.raw("</w:tbl>");
        return true;
    }

    /** Writes a borderless layout table of one row, each cell's content written by its writer. */
    void writeCells(Body x, int[] widths, List<Runnable> cells) {
        start(x, StyleIds.LAYOUT_TABLE, widths);
        row(x, false);
        for (int c = 0; c < widths.length; c++) {
            cellStart(x, widths[c], 1);
            x.raw("</w:tcPr>");
            cells.get(c).run();
            x.raw("</w:tc>");
        }
        x.raw("</w:tr></w:tbl>");
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

    private void start(Body x, String tableStyle, int[] widths) {
        x.raw("<w:tbl><w:tblPr>").empty("w:tblStyle", "w:val", tableStyle)
                .raw("<w:tblW w:w=\"").raw(Integer.toString(sum(widths)))
                .raw("\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/></w:tblPr>");
        if (widths.length == 0) {
            x.raw("<w:tblGrid/>");
        } else {
            x.raw("<w:tblGrid>");
            for (int w : widths) {
                x.raw("<w:gridCol w:w=\"").raw(Integer.toString(w)).raw("\"/>");
            }
            x.raw("</w:tblGrid>");
        }
    }

    private void row(Body x, boolean header) {
        x.raw(header ? "<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>" : "<w:tr><w:trPr><w:cantSplit/></w:trPr>");
    }

    /** Opens a cell and its properties (the caller closes them): width, span. */
    private void cellStart(Body x, int width, int span) {
        x.raw("<w:tc><w:tcPr><w:tcW w:w=\"").raw(Integer.toString(width)).raw("\" w:type=\"dxa\"/>");
        if (span > 1) {
            x.raw("<w:gridSpan w:val=\"").raw(Integer.toString(span)).raw("\"/>");
        }
    }

    private void shade(Body x, String fill) {
        x.raw("<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"").raw(fill).raw("\"/>");
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
