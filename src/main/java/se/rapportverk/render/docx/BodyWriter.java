package se.rapportverk.render.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.Chart;
import se.rapportverk.document.FieldList;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Letterhead;
import se.rapportverk.document.NumberedList;
import se.rapportverk.document.PageBreak;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Picture;
import se.rapportverk.document.RemarkPlacement;
import se.rapportverk.document.Signatures;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.document.TableOfContents;
import se.rapportverk.document.TitlePage;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.render.layout.Geometry;
import se.rapportverk.render.layout.Layouter;
import se.rapportverk.render.layout.Theme;

/** Writes the blocks of a document into the body of the main part, in order. */
final class BodyWriter {

    private final Body body;
    private final DocxPackage pkg;
    private final DocxParts.Lists lists;
    private final HeadingAnchors anchors;
    private final IntFunction<String> tocPage;
    private final Layouter.Result layout;
    private final CommentWriter comments;
    private final Theme theme;
    private final TableWriter tables;
    /** The id of the next drawing (docPr), unique in the document. */
    private int nextDrawingId = 1;
    /** The main part's relationship to each picture it shows, by the picture's part name. */
    private final Map<String, String> pictures = new HashMap<>();
    /** Writes charts as chart parts. */
    private final ChartWriter charts;

    /**
     * @param tocPage the page number a table of contents shows for a heading (by bookmark id)
     *                until its field is updated
     * @param layout  the document as the PDF lays it out: column widths and what is kept
     *                together come from it, so that Word paginates as the PDF does
     * @param comments where the paragraphs that remarks are about are told (Word comments)
     * @param charts   writes the document's charts as chart parts of the Word file
     */
    BodyWriter(DocxPackage pkg, Body body, DocxParts.Lists lists, HeadingAnchors anchors, IntFunction<String> tocPage,
               Layouter.Result layout, Theme theme, CommentWriter comments, ChartWriter charts) {
        this.pkg = pkg;
        this.body = body;
        this.theme = theme;
        this.tables = new TableWriter(theme, pkg::hyperlink);
        this.comments = comments;
        this.charts = charts;
        this.lists = lists;
        this.anchors = anchors;
        this.tocPage = tocPage;
        this.layout = layout;
    }

    /** Writes all blocks. */
    void write(List<Block> blocks) {
        int start = body.contentOffset();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            boolean keep = layout.keptWhole().contains(i);
            switch (block) {
                case Heading h -> mark(i, heading(anchors.at(i), h));
                case Paragraph p -> mark(i, paragraph(p, layout.leadIns().contains(i)));
                case BulletList l -> mark(i, items(l.items(), StyleIds.LIST_BULLET, DocxParts.BULLET_NUM_ID, keep));
                case NumberedList l -> mark(i, items(l.items(), StyleIds.LIST_NUMBER, lists.newNumberedList(), keep));
                case Table t -> {
                    float[] widths = layout.columnWidths().get(i);
                    if (tables.write(body, t, widths == null ? new int[0] : TableWriter.twips(widths), keep,
                            layout.startRows().getOrDefault(i, 2), comments, i)) {
                        afterTable(next(blocks, i));
                    }
                }
                case TableOfContents toc -> TocWriter.write(body, toc, anchors, tocPage, tocBreaksPage(blocks, i));
                case PageBreak ignored -> pageBreak();
                case TitlePage t -> titlePage(layout.covers().getOrDefault(i, List.of()));
                case Letterhead l -> {
                    if (letterhead(l, layout.letterheadWidths().get(i))) {
                        afterTable(next(blocks, i));
                    }
                }
                case Picture p -> mark(i, picture(p, layout.pictureSizes().get(i)));
                case FieldList f -> {
                    if (fieldList(f, layout.fieldWidths().get(i))) {
                        afterTable(next(blocks, i));
                    }
                }
                case Signatures s -> {
                    if (signatures(s)) {
                        afterTable(next(blocks, i));
                    }
                }
                case Chart c -> mark(i, charts.write(pkg, body, c, next(blocks, i) instanceof Paragraph p
                        && p.style() == Paragraph.Style.NOTE, nextDrawingId++));
            }
        }
        if (body.buffer().length() == start) {
            body.emptyP();
        }
    }

    /** Whether the table of contents at the index ends its page: not when the document breaks it next. */
    private static boolean tocBreaksPage(List<Block> blocks, int index) {
        if (index + 1 >= blocks.size()) {
            return false;
        }
        Block next = blocks.get(index + 1);
        return !(next instanceof PageBreak) && !(next instanceof TitlePage);
    }

    private static Block next(List<Block> blocks, int i) {
        return i + 1 < blocks.size() ? blocks.get(i + 1) : null;
    }

    /** Tells the comments where the block at the index went: its first and last paragraph. */
    private void mark(int index, List<Body.Para> paragraphs) {
        if (!paragraphs.isEmpty()) {
            comments.mark(RemarkPlacement.At.block(index), paragraphs.get(0), paragraphs.get(paragraphs.size() - 1));
        }
    }

    private List<Body.Para> heading(HeadingAnchors.Anchor anchor, Heading h) {
        Body.Para p = body.beginP();
        body.pStyle(h.inToc() ? StyleIds.heading(h.level()) : StyleIds.headingNotInToc(h.level()));
        body.contentP(p);
        String id = Integer.toString(anchor.bookmarkId());
        body.start("w:bookmarkStart").attrRaw("w:id", id).attr("w:name", anchor.bookmarkName()).end("w:bookmarkStart");
        Runs.text(body, h.displayText());
        body.raw("<w:bookmarkEnd w:id=\"").raw(id).raw("\"/>");
        body.endP(p);
        return List.of(p);
    }

    /**
     * @param leadIn whether the paragraph introduces what follows and is kept with it; a caption
     *               is by its style, another lead-in by Keep with next on the paragraph
     */
    private List<Body.Para> paragraph(Paragraph paragraph, boolean leadIn) {
        Body.Para p = body.beginP();
        String style = switch (paragraph.style()) {
            case BODY -> StyleIds.NORMAL;
            case CAPTION -> StyleIds.CAPTION;
            case NOTE -> StyleIds.NOTE;
        };
        boolean keepNext = leadIn && paragraph.style() != Paragraph.Style.CAPTION;
        if (keepNext || !StyleIds.NORMAL.equals(style)) {
            body.pPrStart(style);
            if (keepNext) {
                body.empty("w:keepNext");
            }
            body.end("w:pPr");
        }
        body.contentP(p);
        Runs.spans(body, paragraph.spans(), paragraph.style() == Paragraph.Style.CAPTION, pkg::hyperlink);
        body.endP(p);
        return List.of(p);
    }

    /** List items; a short list kept whole keeps each item with the next (as the PDF keeps it). */
    private List<Body.Para> items(List<List<Span>> items, String style, int numId, boolean keepWhole) {
        List<Body.Para> written = new ArrayList<>(items.size());
        for (int n = 0; n < items.size(); n++) {
            List<Span> item = items.get(n);
            Body.Para p = body.beginP();
            body.pPrStart(style);
            if (keepWhole && n < items.size() - 1) {
                body.empty("w:keepNext");
            }
            body.raw("<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"").raw(Integer.toString(numId))
                    .raw("\"/></w:numPr></w:pPr>");
            body.contentP(p);
            Runs.spans(body, item, false, pkg::hyperlink);
            body.endP(p);
            written.add(p);
        }
        return written;
    }

    /** The main part's relationship to a picture, the picture stored once. */
    private String picture(byte[] data, boolean jpeg) {
        return Pictures.add(pkg, pkg.main, pictures, data, jpeg);
    }

    /**
     * A picture of the workbook: an inline picture with its alternative text, at the size the PDF's
     * layout gives it, and its caption under it, kept with it.
     */
    private List<Body.Para> picture(Picture picture, float[] size) {
        Body.Para p = body.beginP();
        boolean caption = !picture.caption().isBlank();
        body.pStyle(caption ? StyleIds.PICTURE_ABOVE_CAPTION : StyleIds.PICTURE);
        body.contentP(p);
        String rel = picture(picture.image().bytes(), picture.image().format() != Picture.Format.PNG);
        Pictures.inline(body, rel, size[0], size[1], nextDrawingId++, picture.name(), picture.altText(), false);
        body.endP(p);
        if (!caption) {
            return List.of(p);
        }
        Body.Para c = body.beginP();
        body.pStyle(StyleIds.PICTURE_CAPTION);
        body.contentP(c);
        Runs.text(body, picture.caption());
        body.endP(c);
        return List.of(p, c);
    }

    private void pageBreak() {
        Body.Para p = body.beginP();
        body.contentP(p);
        Runs.pageBreak(body);
        body.endP(p);
    }

    /**
     * The cover, part by part as the PDF's layout placed it: each paragraph gets the space above it
     * that the PDF leaves, so that the parts stand where they stand in the PDF.
     */
    private void titlePage(List<Layouter.CoverItem> items) {
        for (Layouter.CoverItem item : items) {
            Body.Para p = body.beginP();
            Husstil.CoverElement e = item.element();
            String style = e == null ? StyleIds.TITLE_PAGE_LINE : switch (e) {
                case LOGOTYP -> StyleIds.TITLE_PAGE_LOGO;
                case KOMMUN -> StyleIds.TITLE_PAGE_KOMMUN;
                case LINJE -> StyleIds.TITLE_PAGE_RULE;
                case TITEL -> StyleIds.TITLE;
                case NAMND -> StyleIds.SUBTITLE;
                case FORVALTNING, DATUM, DIARIENUMMER -> StyleIds.TITLE_PAGE_LINE;
            };
            body.pPrStart(style);
            body.raw("<w:spacing w:before=\"").raw(Integer.toString(Geometry.twips(item.before())))
                    .raw("\" w:after=\"0\"/></w:pPr>");
            body.contentP(p);
            if (e == Husstil.CoverElement.LOGOTYP) {
                Husstil.Logo logo = theme.husstil.logo().orElseThrow();
                Pictures.inline(body, picture(logo.png(), false), Geometry.mm(theme.husstil.cover().logoWidth()),
                        item.height(), nextDrawingId++, logo.file(), logo.altText(kommun(items)), false);
            } else if (e != Husstil.CoverElement.LINJE) {
                Runs.text(body, item.text());
            }
            body.endP(p);
        }
        pageBreak();
    }

    private static String kommun(List<Layouter.CoverItem> items) {
        return items.stream().filter(i -> i.element() == Husstil.CoverElement.KOMMUN).map(Layouter.CoverItem::text)
                .findFirst().orElse("");
    }

    /**
     * A letterhead: a layout table of two columns (widths from the PDF's layout), each with what the
     * house style puts there.
     *
     * @return whether a table was written
     */
    private boolean letterhead(Letterhead l, float[] widths) {
        if (widths == null) {
            return false;
        }
        Husstil.Letterhead style = theme.husstil.letterhead();
        int[] twips = TableWriter.twips(widths);
        List<Runnable> cells = new ArrayList<>();
        for (List<Husstil.LetterheadElement> column : List.of(style.left(), style.right())) {
            cells.add(() -> letterheadColumn(l, column));
        }
        tables.writeCells(body, twips, cells);
        return true;
    }

    private void letterheadColumn(Letterhead l, List<Husstil.LetterheadElement> column) {
        boolean any = false;
        for (Husstil.LetterheadElement e : column) {
            switch (e) {
                case LOGOTYP -> {
                    Husstil.Logo logo = theme.husstil.logo().orElse(null);
                    if (logo == null) {
                        continue;
                    }
                    Body.Para p = body.beginP();
                    body.pStyle(StyleIds.LETTERHEAD_LOGO);
                    body.contentP(p);
                    float w = Geometry.mm(theme.husstil.letterhead().logoWidth());
                    Pictures.inline(body, picture(logo.png(), false), w, (float) (w * logo.aspect()), nextDrawingId++,
                            logo.file(), logo.altText(l.kommun()), false);
                    body.endP(p);
                    any = true;
                }
                case KOMMUN -> any |= letterheadLine(l.kommun(), true);
                case FORVALTNING -> any |= letterheadLine(l.forvaltning(), false);
                case DOKUMENTTYP -> any |= letterheadLine(l.title(), true);
                case UPPGIFTER -> {
                    for (FieldList.Field f : l.fields()) {
                        any |= letterheadLine(f.label() + ": " + f.value(), false);
                    }
                }
            }
        }
        if (!any) {
            body.emptyP();
        }
    }

    private boolean letterheadLine(String text, boolean bold) {
        if (text.isBlank()) {
            return false;
        }
        Body.Para p = body.beginP();
        body.pStyle(StyleIds.TABLE_TEXT);
        body.contentP(p);
        Runs.text(body, text, bold ? Runs.Look.style(StyleIds.STRONG) : Runs.Look.PLAIN);
        body.endP(p);
        return true;
    }

    /** Writes a field list; returns whether that was a table (columns, widths in points). */
    private boolean fieldList(FieldList list, float[] widths) {
        if (list.layout() == FieldList.Layout.LINES) {
            for (FieldList.Field field : list.fields()) {
                Body.Para p = body.beginP();
                body.pStyle(StyleIds.FIELD_LINE);
                body.contentP(p);
                Runs.text(body, field.label() + ":", Runs.Look.style(StyleIds.STRONG));
                Runs.text(body, " " + field.value());
                body.endP(p);
            }
            return false;
        }
        List<List<List<TableWriter.StyledLine>>> rows = new ArrayList<>();
        for (FieldList.Field field : list.fields()) {
            rows.add(List.of(
                    List.of(new TableWriter.StyledLine(StyleIds.FIELD_LINE,
                            List.of(Span.plain(field.label())), StyleIds.STRONG)),
                    List.of(new TableWriter.StyledLine(StyleIds.FIELD_LINE,
                            List.of(Span.plain(field.value())), null))));
        }
        return widths != null && tables.writeLayout(body, TableWriter.twips(widths), rows);
    }

    /**
     * Signatories side by side, in a layout table.
     *
     * @return whether a table was written (not when there are no signatories)
     */
    private boolean signatures(Signatures signatures) {
        List<Signatures.Signature> all = signatures.signatures();
        int perRow = Layouter.signaturesPerRow(all.size());
        List<List<List<TableWriter.StyledLine>>> rows = new ArrayList<>();
        for (int start = 0; start < all.size(); start += perRow) {
            List<List<TableWriter.StyledLine>> row = new ArrayList<>();
            for (Signatures.Signature s : all.subList(start, Math.min(all.size(), start + perRow))) {
                row.add(List.of(
                        new TableWriter.StyledLine(StyleIds.SIGNATURE_NAME, List.of(Span.plain(s.name())), null),
                        new TableWriter.StyledLine(StyleIds.SIGNATURE_TITLE, List.of(Span.plain(s.title())), null)));
            }
            rows.add(row);
        }
        float[] widths = new float[perRow];
        java.util.Arrays.fill(widths, Layouter.signatureColumn(theme.geometry, perRow));
        return tables.writeLayout(body, TableWriter.twips(widths), rows);
    }

    /**
     * Closes a table with a small empty paragraph: it keeps the text below from touching the
     * table, keeps two tables in a row from merging into one, and gives the body the closing
     * paragraph Word expects. A note right below the table stands in for it.
     */
    private void afterTable(Block next) {
        if (next instanceof Paragraph p && p.style() == Paragraph.Style.NOTE) {
            return;
        }
        body.styledP(StyleIds.TABLE_SPACER);
    }
}
