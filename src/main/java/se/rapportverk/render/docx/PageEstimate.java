package se.rapportverk.render.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.FieldList;
import se.rapportverk.document.Heading;
import se.rapportverk.document.NumberedList;
import se.rapportverk.document.PageBreak;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Signatures;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.document.TableOfContents;
import se.rapportverk.document.TitlePage;

/**
 * An estimate of the page each heading lands on, and of the page count, for what the table of
 * contents and {@code Sida X av Y} show before Word or LibreOffice lays the document out.
 *
 * <p>Word replaces the numbers when it updates the fields (the TOC field is marked dirty, and
 * PAGE/NUMPAGES are updated at every layout); LibreOffice shows the table of contents as written
 * until its index is updated. The estimate follows the layout rules the styles set (font sizes,
 * spacing, keep with next, widow and orphan control, repeated table headers, rows that never
 * split) with Arial's advance widths. Measured against LibreOffice 7 on the sample and on
 * generated documents of 13–29 pages, every heading landed on the estimated page and within a
 * point of the estimated height; Word lays out with the same metrics but may differ near a page
 * foot, which is why the TOC field asks Word to update it. The estimate depends on the tree
 * alone, so the bytes stay stable.
 *
 * <p>The style measures below mirror {@code styles.xml}; a test holds the two together.
 */
final class PageEstimate {

    /** Height of a line in em for Arial, single spacing (ascent + descent + line gap). */
    static final double LINE_EM = 1.15;

    /** What layout needs to know of a paragraph style. */
    record Metrics(double sizePt, boolean bold, int before, int after, double lineFactor, int indent) {
        double lineHeight() {
            return sizePt * 20 * LINE_EM * lineFactor;
        }
    }

    static final Metrics NORMAL = new Metrics(10, false, 0, 120, 1.1, 0);
    static final Metrics HEADING_1 = new Metrics(16, true, 360, 120, 1.0, 0);
    static final Metrics HEADING_2 = new Metrics(13, true, 280, 80, 1.0, 0);
    static final Metrics HEADING_3 = new Metrics(11, true, 220, 60, 1.0, 0);
    static final Metrics CAPTION = new Metrics(10, true, 200, 80, 1.1, 0);
    static final Metrics NOTE = new Metrics(8, false, 60, 160, 1.1, 0);
    static final Metrics LIST = new Metrics(10, false, 0, 60, 1.1, 357);
    static final Metrics TOC_HEADING = new Metrics(16, true, 360, 240, 1.0, 0);
    static final Metrics TOC_1 = new Metrics(10, false, 120, 40, 1.1, 0);
    static final Metrics TOC_2 = new Metrics(10, false, 0, 40, 1.1, 284);
    static final Metrics TOC_3 = new Metrics(10, false, 0, 40, 1.1, 567);
    static final Metrics FIELD_LINE = new Metrics(10, false, 0, 40, 1.1, 0);
    static final Metrics SIGNATURE_NAME = new Metrics(10, false, 720, 0, 1.1, 0);
    static final Metrics SIGNATURE_TITLE = new Metrics(10, false, 0, 120, 1.1, 0);
    static final Metrics TABLE_TEXT = new Metrics(9, false, 20, 20, 1.0, 0);
    static final Metrics TABLE_BOLD = new Metrics(9, true, 20, 20, 1.0, 0);
    static final Metrics TABLE_GROUP = new Metrics(9, true, 60, 20, 1.0, 0);
    static final Metrics TABLE_SPACER = new Metrics(6, false, 0, 0, 1.0, 0);

    /** Cell margins of the report table style (left + right, top + bottom) and a rule. */
    private static final int REPORT_CELL_X = 170;
    private static final int REPORT_CELL_Y = 56 + 10;
    /** The 1 pt rules of a report table (above it, under its header, above a total) beyond 0.5 pt. */
    private static final int REPORT_TABLE_TOP = 20;
    private static final int REPORT_RULE_EXTRA = 10;
    /** Cell margins of the layout table style (left + right). */
    private static final int LAYOUT_CELL_X = 170;
    /** Room a TOC entry leaves for its leader and page number. */
    private static final int TOC_PAGE_ROOM = 600;

    private final Map<Integer, Integer> pageByBookmark;
    private final int pageCount;

    private PageEstimate(Map<Integer, Integer> pageByBookmark, int pageCount) {
        this.pageByBookmark = pageByBookmark;
        this.pageCount = pageCount;
    }

    /** Estimates the pages of the blocks. */
    static PageEstimate of(List<Block> blocks, HeadingAnchors anchors) {
        Flow flow = new Flow(blocks, anchors);
        flow.run();
        return new PageEstimate(flow.pageByBookmark, flow.page);
    }

    /** The estimated page of a heading (by bookmark id), as text; empty when not known. */
    String pageOf(int bookmarkId) {
        Integer page = pageByBookmark.get(bookmarkId);
        return page == null ? "" : Integer.toString(page);
    }

    /** The estimated number of pages. */
    int pageCount() {
        return pageCount;
    }

    /** Lines a run of spans takes in a given width (twips), breaking at spaces and dashes. */
    static int lines(List<Span> spans, Metrics m, double width) {
        double scale = m.sizePt() * 20 / 1000.0;
        LineBreaker breaker = new LineBreaker(width);
        for (Span span : spans) {
            boolean bold = m.bold() || span.bold();
            String text = span.text();
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\n' || cp == '\r') {
                    breaker.endWord();
                    breaker.newLine();
                } else if (cp == '\u00AD') {
                    breaker.endWord(); // a soft hyphen: a break opportunity, no width in the line
                } else if (cp == ' ' || cp == '\t') {
                    breaker.endWord();
                    breaker.space(FontMetrics.width(' ', bold) * scale);
                } else {
                    breaker.add(FontMetrics.width(cp, bold) * scale);
                    if (cp == '-' || cp == '\u2013') {
                        breaker.endWord();
                    }
                }
            }
        }
        breaker.endWord();
        return breaker.lines;
    }

    /** Greedy line breaking, as Word and LibreOffice do it without hyphenation. */
    private static final class LineBreaker {
        private final double width;
        private int lines = 1;
        private double line;
        private double word;
        private double space;

        LineBreaker(double width) {
            this.width = Math.max(width, 1);
        }

        void add(double w) {
            word += w;
        }

        void space(double w) {
            if (line > 0) {
                space += w;
            }
        }

        void endWord() {
            if (word == 0) {
                return;
            }
            if (line > 0 && line + space + word > width) {
                lines++;
                line = 0;
            }
            if (line == 0) {
                while (word > width) {
                    lines++;
                    word -= width;
                }
                line = word;
            } else {
                line += space + word;
            }
            space = 0;
            word = 0;
        }

        void newLine() {
            lines++;
            line = 0;
            space = 0;
        }
    }

    /**
     * The flow of blocks over pages. Vertical space between paragraphs is the larger of the
     * space after the one and the space before the next (ECMA-376 17.3.1.33; Word and
     * LibreOffice both do so unless the legacy doNotUseHTMLParagraphAutoSpacing is set).
     */
    private static final class Flow {
        private static final double PAGE = PageGeometry.TEXT_HEIGHT;
        /** A table row that ends exactly at the foot of the page goes to the next one. */
        private static final double ROOM = PAGE - 1;
        /** How far a line of text may overshoot the foot of the page (twips). */
        private static final double LINE_SLACK = 12;

        private final List<Block> blocks;
        private final HeadingAnchors anchors;
        private final ColumnPlan columns;
        private final Map<Integer, Integer> pageByBookmark = new HashMap<>();
        private int page = 1;
        /** Height used on the current page, not counting the last paragraph's space after. */
        private double y;
        /** The space after the last paragraph, still to be merged with what comes next. */
        private double after;
        /**
         * Whether the page began at a page break. Space before a paragraph at the top of a page
         * stays after a page break and goes after a page that merely filled up.
         */
        private boolean broken;

        Flow(List<Block> blocks, HeadingAnchors anchors) {
            this.blocks = blocks;
            this.anchors = anchors;
            this.columns = new ColumnPlan(blocks);
        }

        void run() {
            for (int i = 0; i < blocks.size(); i++) {
                Block block = blocks.get(i);
                switch (block) {
                    case TitlePage ignored -> pageBreak();
                    case PageBreak ignored -> pageBreak();
                    case Heading h -> {
                        Para p = heading(h);
                        keepWithNext(p, firstChunk(i + 1));
                        place(p);
                        pageByBookmark.put(anchors.at(i).bookmarkId(), page);
                    }
                    case Paragraph p -> {
                        Para para = paragraph(p);
                        if (Pagination.leadsIn(blocks, i)) {
                            keepWithNext(para, firstChunk(i + 1));
                        }
                        place(para);
                    }
                    case BulletList l -> l.items().forEach(item -> place(listItem(item)));
                    case NumberedList l -> l.items().forEach(item -> place(listItem(item)));
                    case Table t -> {
                        if (table(t)) {
                            spacer(i);
                        }
                    }
                    case TableOfContents toc -> {
                        toc(toc);
                        if (Pagination.tocBreaksPage(blocks, i)) {
                            pageBreak();
                        }
                    }
                    case FieldList f -> fieldList(f, i);
                    case Signatures s -> signatures(s, i);
                }
            }
        }

        /** A page break: the paragraph holding it stands on this page, what follows on the next. */
        private void pageBreak() {
            newPage();
            broken = true;
        }

        /** A page that begins because the one before is full. */
        private void newPage() {
            page++;
            y = 0;
            after = 0;
            broken = false;
        }

        /** The gap above a paragraph: merged with the space after the one before it. */
        private double gap(Para p) {
            if (y == 0) {
                return broken ? p.before() : 0;
            }
            return Math.max(after, p.before());
        }

        /** Starts a new page unless the paragraph and what must follow it fit on this one. */
        private void keepWithNext(Para p, Chunk next) {
            double need = gap(p) + p.body() + Math.max(p.after(), next.before()) + next.body();
            if (y > 0 && y + need > PAGE) {
                newPage();
            }
        }

        /** Places a paragraph, splitting it over pages as widow and orphan control allows. */
        private void place(Para p) {
            double top = gap(p);
            // Lines may run a little into the margin (LibreOffice lets a line that overshoots
            // by half a point stand, one by a point not); table rows may not.
            double room = PAGE - y - top + LINE_SLACK;
            if (p.body() <= room) {
                y += top + p.body();
                after = p.after();
                return;
            }
            int fit = (int) Math.floor(room / p.lineHeight());
            int left = p.lines();
            if (!p.keepLines() && left >= 4 && fit >= 2) {
                left -= Math.min(fit, left - 2);
                newPage();
            } else if (y > 0) {
                newPage();
            }
            int perPage = Math.max(1, (int) Math.floor(PAGE / p.lineHeight()));
            while (y + left * p.lineHeight() > PAGE && left > perPage) {
                left -= perPage;
                newPage();
            }
            y += left * p.lineHeight();
            after = p.after();
        }

        /** Places a table row, which never splits; a new page repeats the header rows. */
        private void row(double height, double header) {
            y += after;
            after = 0;
            if (y > header && y + height > ROOM) {
                newPage();
                y = header;
            }
            y += height;
        }

        private void spacer(int i) {
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            if (!(next instanceof Paragraph p && p.style() == Paragraph.Style.NOTE)) {
                place(para(List.of(), TABLE_SPACER, PageGeometry.TEXT_WIDTH));
            }
        }

        private void toc(TableOfContents toc) {
            if (!toc.title().isEmpty()) {
                place(para(List.of(Span.plain(toc.title())), TOC_HEADING, PageGeometry.TEXT_WIDTH));
            }
            int maxLevel = Math.max(1, Math.min(3, toc.maxLevel()));
            for (HeadingAnchors.Anchor a : anchors.tocEntries(maxLevel)) {
                Metrics m = switch (a.heading().level()) {
                    case 1 -> TOC_1;
                    case 2 -> TOC_2;
                    default -> TOC_3;
                };
                place(para(List.of(Span.plain(a.heading().displayText())), m,
                        PageGeometry.TEXT_WIDTH - TOC_PAGE_ROOM));
            }
            place(para(List.of(), NORMAL, PageGeometry.TEXT_WIDTH));
        }

        private void fieldList(FieldList f, int i) {
            if (f.layout() == FieldList.Layout.LINES) {
                for (FieldList.Field field : f.fields()) {
                    place(para(List.of(Span.bold(field.label() + ":"), Span.plain(" " + field.value())),
                            FIELD_LINE, PageGeometry.TEXT_WIDTH));
                }
                return;
            }
            if (f.fields().isEmpty()) {
                return;
            }
            int[] widths = TableWriter.widths(TableWriter.FIELD_COLUMNS);
            for (FieldList.Field field : f.fields()) {
                double label = para(List.of(Span.bold(field.label())), FIELD_LINE, widths[0] - LAYOUT_CELL_X)
                        .cellHeight();
                double value = para(List.of(Span.plain(field.value())), FIELD_LINE, widths[1] - LAYOUT_CELL_X)
                        .cellHeight();
                row(Math.max(label, value), 0);
            }
            spacer(i);
        }

        private void signatures(Signatures s, int i) {
            List<Signatures.Signature> all = s.signatures();
            if (all.isEmpty()) {
                return;
            }
            int perRow = TableWriter.signaturesPerRow(all.size());
            double width = PageGeometry.TEXT_WIDTH / (double) perRow - LAYOUT_CELL_X;
            for (int start = 0; start < all.size(); start += perRow) {
                double h = 0;
                for (Signatures.Signature sig : all.subList(start, Math.min(start + perRow, all.size()))) {
                    Para name = para(List.of(Span.plain(sig.name())), SIGNATURE_NAME, width);
                    Para title = para(List.of(Span.plain(sig.title())), SIGNATURE_TITLE, width);
                    h = Math.max(h, name.before() + name.body() + Math.max(name.after(), title.before())
                            + title.body() + title.after());
                }
                row(h, 0);
            }
            spacer(i);
        }

        /** Places a data table; returns whether there was one (not without rows or columns). */
        private boolean table(Table t) {
            Para caption = t.caption().isEmpty() ? null
                    : para(List.of(Span.plain(t.caption())), CAPTION, PageGeometry.TEXT_WIDTH);
            if (t.rows().isEmpty() || t.columns().isEmpty()) {
                if (caption != null) {
                    place(caption);
                }
                return false;
            }
            List<Double> heights = rowHeights(t);
            double header = 0;
            for (int r = 0; r < t.headerRows(); r++) {
                header += heights.get(r);
            }
            Chunk start = tableStart(t, heights);
            if (caption != null) {
                keepWithNext(caption, start);
                place(caption);
            } else if (y > 0 && y + after + start.body() > ROOM) {
                newPage();
            }
            for (int r = 0; r < t.headerRows(); r++) {
                row(heights.get(r), 0);
            }
            for (int r = t.headerRows(); r < heights.size(); r++) {
                double need = heights.get(r);
                if (t.rows().get(r).kind() == Table.RowKind.GROUP && r + 1 < heights.size()) {
                    need += heights.get(r + 1);
                }
                if (y > header && y + after + need > ROOM) {
                    newPage();
                    y = header;
                }
                row(heights.get(r), header);
            }
            return true;
        }

        /**
         * Header rows and the first body row (two when it is a group label): never parted; a short
         * table whole.
         */
        private Chunk tableStart(Table t, List<Double> heights) {
            double sum = 0;
            int end = Math.min(heights.size(), t.headerRows() + 1);
            if (Pagination.keepWhole(t, columns.widths(t))) {
                end = heights.size();
            }
            if (end < heights.size() && end > t.headerRows()
                    && t.rows().get(end - 1).kind() == Table.RowKind.GROUP) {
                end++;
            }
            for (int r = 0; r < end; r++) {
                sum += heights.get(r);
            }
            return new Chunk(0, sum);
        }

        /** The part of a block that must stand on the same page as what precedes it. */
        private Chunk firstChunk(int index) {
            if (index >= blocks.size()) {
                return new Chunk(0, 0);
            }
            return switch (blocks.get(index)) {
                case Heading h -> chain(heading(h), firstChunk(index + 1));
                case Paragraph p -> {
                    Para para = paragraph(p);
                    if (Pagination.leadsIn(blocks, index)) {
                        yield chain(para, firstChunk(index + 1));
                    }
                    int lines = para.lines() < 4 ? para.lines() : 2;
                    yield new Chunk(para.before(), lines * para.lineHeight() - LINE_SLACK);
                }
                case BulletList l -> l.items().isEmpty() ? new Chunk(0, 0) : whole(listItem(l.items().get(0)));
                case NumberedList l -> l.items().isEmpty() ? new Chunk(0, 0)
                        : whole(listItem(l.items().get(0)));
                case Table t -> {
                    if (t.rows().isEmpty() || t.columns().isEmpty()) {
                        yield new Chunk(0, 0);
                    }
                    Chunk start = tableStart(t, rowHeights(t));
                    if (t.caption().isEmpty()) {
                        yield start;
                    }
                    yield chain(para(List.of(Span.plain(t.caption())), CAPTION, PageGeometry.TEXT_WIDTH), start);
                }
                case TableOfContents ignored -> new Chunk(TOC_HEADING.before(), TOC_HEADING.lineHeight());
                case FieldList ignored -> new Chunk(0, FIELD_LINE.lineHeight());
                case Signatures ignored -> new Chunk(0, SIGNATURE_NAME.before() + 2 * NORMAL.lineHeight());
                case PageBreak ignored -> new Chunk(0, 0);
                case TitlePage ignored -> new Chunk(0, 0);
            };
        }

        private static Chunk whole(Para p) {
            return new Chunk(p.before(), p.body() - LINE_SLACK);
        }

        /** A paragraph kept with the chunk after it. */
        private static Chunk chain(Para p, Chunk next) {
            return new Chunk(p.before(), p.body() + Math.max(p.after(), next.before()) + next.body());
        }

        private List<Double> rowHeights(Table t) {
            return PageEstimate.rowHeights(t, columns.widths(t));
        }

        private Para heading(Heading h) {
            Metrics m = switch (h.level()) {
                case 1 -> HEADING_1;
                case 2 -> HEADING_2;
                default -> HEADING_3;
            };
            Para p = para(List.of(Span.plain(h.displayText())), m, PageGeometry.TEXT_WIDTH);
            return new Para(p.lines(), p.lineHeight(), p.before(), p.after(), true);
        }

        private Para paragraph(Paragraph p) {
            Metrics m = switch (p.style()) {
                case BODY -> NORMAL;
                case CAPTION -> CAPTION;
                case NOTE -> NOTE;
            };
            return para(p.spans(), m, PageGeometry.TEXT_WIDTH);
        }

        private Para listItem(List<Span> item) {
            return para(item, LIST, PageGeometry.TEXT_WIDTH);
        }

        private static Para para(List<Span> spans, Metrics m, double width) {
            int lines = lines(spans, m, width - m.indent());
            return new Para(lines, m.lineHeight(), m.before(), m.after(), false);
        }
    }

    /** The estimated heights of a table's rows in twips, header rows first, with the given column widths. */
    static List<Double> rowHeights(Table t, int[] widths) {
        boolean grid = t.style() == Table.Style.GRID;
        int cellX = grid ? REPORT_CELL_X : LAYOUT_CELL_X;
        int cellY = grid ? REPORT_CELL_Y : 0;
        List<Double> heights = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Table.Row row = t.rows().get(r);
            boolean header = r < t.headerRows();
            Metrics m = header || row.kind() == Table.RowKind.HEADER ? TABLE_BOLD
                    : switch (row.kind()) {
                        case GROUP -> TABLE_GROUP;
                        case SUBTOTAL, TOTAL -> TABLE_BOLD;
                        default -> TABLE_TEXT;
                    };
            double h = 0;
            if (!header && row.kind() == Table.RowKind.GROUP && row.cells().size() == 1 && widths.length > 1) {
                h = Flow.para(row.cells().get(0).spans(), m, PageGeometry.TEXT_WIDTH - cellX).cellHeight();
            } else {
                for (int c = 0; c < row.cells().size(); c++) {
                    h = Math.max(h, Flow.para(row.cells().get(c).spans(), m, widths[c] - cellX).cellHeight());
                }
            }
            double rules = 0;
            if (grid) {
                if (r == 0) {
                    rules += REPORT_TABLE_TOP;
                }
                if (r == t.headerRows() - 1 || (!header && row.kind() == Table.RowKind.TOTAL)) {
                    rules += REPORT_RULE_EXTRA;
                }
            }
            heights.add(h + cellY + rules);
        }
        return heights;
    }

    /** The start of a block: its space before, and the height below that. */
    private record Chunk(double before, double body) {
    }

    /** A laid-out paragraph: its lines and spacing in twips. */
    private record Para(int lines, double lineHeight, double before, double after, boolean keepLines) {
        /** The lines alone. */
        double body() {
            return lines * lineHeight;
        }


        /** The height in a table cell, where the spacing of the one paragraph is all kept. */
        double cellHeight() {
            return before + body() + after;
        }
    }
}
