package se.rapportverk.render.docx.legacy;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

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

    private final CTBody body;
    private final DocxParts.Lists lists;
    private final HeadingAnchors anchors;
    private final IntFunction<String> tocPage;
    private final Layouter.Result layout;
    private final CommentWriter comments;
    private final Theme theme;
    private final XWPFDocument docx;
    private final TableWriter tables;
    /** The id of the next drawing (docPr), unique in the document. */
    private int nextDrawingId = 1;
    /** The relationship of each link's address, one per address, in the order first used. */
    private final java.util.Map<String, String> hyperlinks = new java.util.HashMap<>();
    private final Runs.Hyperlinks links = this::hyperlink;
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
    BodyWriter(XWPFDocument docx, DocxParts.Lists lists, HeadingAnchors anchors, IntFunction<String> tocPage,
               Layouter.Result layout, Theme theme, CommentWriter comments, ChartWriter charts) {
        this.docx = docx;
        this.body = docx.getDocument().getBody();
        this.theme = theme;
        this.tables = new TableWriter(theme, links);
        this.comments = comments;
        this.charts = charts;
        this.lists = lists;
        this.anchors = anchors;
        this.tocPage = tocPage;
        this.layout = layout;
    }

    /** Writes all blocks. */
    void write(List<Block> blocks) {
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
                case Chart c -> mark(i, charts.write(body, c, next(blocks, i) instanceof Paragraph p
                        && p.style() == Paragraph.Style.NOTE, nextDrawingId++));
            }
        }
        if (body.sizeOfPArray() == 0 && body.sizeOfTblArray() == 0) {
            body.addNewP();
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
    private void mark(int index, List<CTP> paragraphs) {
        if (!paragraphs.isEmpty()) {
            comments.mark(RemarkPlacement.At.block(index), paragraphs.get(0), paragraphs.get(paragraphs.size() - 1));
        }
    }

    private List<CTP> heading(HeadingAnchors.Anchor anchor, Heading h) {
        CTP p = body.addNewP();
        Paragraphs.style(p, h.inToc() ? StyleIds.heading(h.level()) : StyleIds.headingNotInToc(h.level()));
        BigInteger id = BigInteger.valueOf(anchor.bookmarkId());
        CTBookmark start = p.addNewBookmarkStart();
        start.setId(id);
        start.setName(anchor.bookmarkName());
        Runs.text(p::addNewR, h.displayText());
        p.addNewBookmarkEnd().setId(id);
        return List.of(p);
    }

    /**
     * @param leadIn whether the paragraph introduces what follows and is kept with it; a caption
     *               is by its style, another lead-in by Keep with next on the paragraph
     */
    private List<CTP> paragraph(Paragraph paragraph, boolean leadIn) {
        CTP p = body.addNewP();
        CTPPr pPr = Paragraphs.style(p, switch (paragraph.style()) {
            case BODY -> StyleIds.NORMAL;
            case CAPTION -> StyleIds.CAPTION;
            case NOTE -> StyleIds.NOTE;
        });
        if (leadIn && paragraph.style() != Paragraph.Style.CAPTION) {
            pPr.addNewKeepNext();
        }
        if (pPr.getDomNode().getChildNodes().getLength() == 0) {
            p.unsetPPr();
        }
        Runs.spans(p, paragraph.spans(), paragraph.style() == Paragraph.Style.CAPTION, links);
        return List.of(p);
    }

    /** List items; a short list kept whole keeps each item with the next (as the PDF keeps it). */
    private List<CTP> items(List<List<Span>> items, String style, int numId, boolean keepWhole) {
        List<CTP> written = new ArrayList<>(items.size());
        for (int n = 0; n < items.size(); n++) {
            List<Span> item = items.get(n);
            CTP p = body.addNewP();
            CTPPr pPr = Paragraphs.style(p, style);
            if (keepWhole && n < items.size() - 1) {
                pPr.addNewKeepNext();
            }
            CTNumPr numPr = pPr.addNewNumPr();
            numPr.addNewIlvl().setVal(BigInteger.ZERO);
            numPr.addNewNumId().setVal(BigInteger.valueOf(numId));
            Runs.spans(p, item, false, links);
            written.add(p);
        }
        return written;
    }

    /** The relationship to a link's address (an external hyperlink relationship of the main part), made once. */
    private String hyperlink(String address) {
        return hyperlinks.computeIfAbsent(address, a -> docx.getPackagePart()
                .addExternalRelationship(a, org.apache.poi.xwpf.usermodel.XWPFRelation.HYPERLINK.getRelation())
                .getId());
    }

    /**
     * A picture of the workbook: an inline picture with its alternative text, at the size the PDF's
     * layout gives it, and its caption under it, kept with it.
     */
    private List<CTP> picture(Picture picture, float[] size) {
        CTP p = body.addNewP();
        boolean caption = !picture.caption().isBlank();
        Paragraphs.style(p, caption ? StyleIds.PICTURE_ABOVE_CAPTION : StyleIds.PICTURE);
        Pictures.inline(p.addNewR(), Pictures.add(docx, picture.image()), size[0], size[1], nextDrawingId++,
                picture.name(), picture.altText(), false);
        if (!caption) {
            return List.of(p);
        }
        CTP c = body.addNewP();
        Paragraphs.style(c, StyleIds.PICTURE_CAPTION);
        Runs.text(c::addNewR, picture.caption());
        return List.of(p, c);
    }

    private void pageBreak() {
        CTP p = body.addNewP();
        Runs.pageBreak(p::addNewR);
    }

    /**
     * The cover, part by part as the PDF's layout placed it: each paragraph gets the space above it
     * that the PDF leaves, so that the parts stand where they stand in the PDF.
     */
    private void titlePage(List<Layouter.CoverItem> items) {
        for (Layouter.CoverItem item : items) {
            CTP p = body.addNewP();
            Husstil.CoverElement e = item.element();
            String style = e == null ? StyleIds.TITLE_PAGE_LINE : switch (e) {
                case LOGOTYP -> StyleIds.TITLE_PAGE_LOGO;
                case KOMMUN -> StyleIds.TITLE_PAGE_KOMMUN;
                case LINJE -> StyleIds.TITLE_PAGE_RULE;
                case TITEL -> StyleIds.TITLE;
                case NAMND -> StyleIds.SUBTITLE;
                case FORVALTNING, DATUM, DIARIENUMMER -> StyleIds.TITLE_PAGE_LINE;
            };
            CTPPr pPr = Paragraphs.style(p, style);
            CTSpacing spacing = pPr.addNewSpacing();
            spacing.setBefore(BigInteger.valueOf(Geometry.twips(item.before())));
            spacing.setAfter(BigInteger.ZERO);
            if (e == Husstil.CoverElement.LOGOTYP) {
                Husstil.Logo logo = theme.husstil.logo().orElseThrow();
                Pictures.inline(p.addNewR(), Pictures.add(docx, logo.png()), Geometry.mm(theme.husstil.cover().logoWidth()),
                        item.height(), nextDrawingId++, logo.file(), logo.altText(kommun(items)), false);
            } else if (e != Husstil.CoverElement.LINJE) {
                Runs.text(p::addNewR, item.text());
            }
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
        List<java.util.function.Consumer<CTTc>> cells = new ArrayList<>();
        for (List<Husstil.LetterheadElement> column : List.of(style.left(), style.right())) {
            cells.add(tc -> letterheadColumn(tc, l, column));
        }
        tables.writeCells(body, twips, cells);
        return true;
    }

    private void letterheadColumn(CTTc tc, Letterhead l, List<Husstil.LetterheadElement> column) {
        boolean any = false;
        for (Husstil.LetterheadElement e : column) {
            switch (e) {
                case LOGOTYP -> {
                    Husstil.Logo logo = theme.husstil.logo().orElse(null);
                    if (logo == null) {
                        continue;
                    }
                    CTP p = tc.addNewP();
                    Paragraphs.style(p, StyleIds.LETTERHEAD_LOGO);
                    CTR r = p.addNewR();
                    float w = Geometry.mm(theme.husstil.letterhead().logoWidth());
                    Pictures.inline(r, Pictures.add(docx, logo.png()), w, (float) (w * logo.aspect()), nextDrawingId++,
                            logo.file(), logo.altText(l.kommun()), false);
                    any = true;
                }
                case KOMMUN -> any |= letterheadLine(tc, l.kommun(), true);
                case FORVALTNING -> any |= letterheadLine(tc, l.forvaltning(), false);
                case DOKUMENTTYP -> any |= letterheadLine(tc, l.title(), true);
                case UPPGIFTER -> {
                    for (FieldList.Field f : l.fields()) {
                        any |= letterheadLine(tc, f.label() + ": " + f.value(), false);
                    }
                }
            }
        }
        if (!any) {
            tc.addNewP();
        }
    }

    private static boolean letterheadLine(CTTc tc, String text, boolean bold) {
        if (text.isBlank()) {
            return false;
        }
        CTP p = tc.addNewP();
        Paragraphs.style(p, StyleIds.TABLE_TEXT);
        Runs.text(p::addNewR, text, bold ? Runs.Look.style(StyleIds.STRONG) : Runs.Look.PLAIN);
        return true;
    }

    /** Writes a field list; returns whether that was a table (columns, widths in points). */
    private boolean fieldList(FieldList list, float[] widths) {
        if (list.layout() == FieldList.Layout.LINES) {
            for (FieldList.Field field : list.fields()) {
                CTP p = body.addNewP();
                Paragraphs.style(p, StyleIds.FIELD_LINE);
                Runs.text(p::addNewR, field.label() + ":", Runs.Look.style(StyleIds.STRONG));
                Runs.text(p::addNewR, " " + field.value());
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
        return widths != null && tables.writeLayout(body, TableWriter.twips(widths), rows);
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
        CTP p = body.addNewP();
        Paragraphs.style(p, StyleIds.TABLE_SPACER);
    }
}
