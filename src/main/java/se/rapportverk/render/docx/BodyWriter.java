package se.rapportverk.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.Chart;
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
import se.rapportverk.render.layout.Layouter;

/** Writes the blocks of a document into the body of the main part, in order. */
final class BodyWriter {

    private final CTBody body;
    private final DocxParts.Lists lists;
    private final HeadingAnchors anchors;
    private final IntFunction<String> tocPage;
    private final Layouter.Result layout;
    /** Writes charts as chart parts; without one a chart is left out. */
    private final ChartWriter charts;

    /**
     * @param tocPage the page number a table of contents shows for a heading (by bookmark id)
     *                until its field is updated
     * @param layout  the document as the PDF lays it out: column widths and what is kept
     *                together come from it, so that Word paginates as the PDF does
     */
    BodyWriter(CTBody body, DocxParts.Lists lists, HeadingAnchors anchors, IntFunction<String> tocPage,
               Layouter.Result layout) {
        this(body, lists, anchors, tocPage, layout, null);
    }

    /**
     * @param charts writes the document's charts as chart parts of the Word file
     */
    BodyWriter(CTBody body, DocxParts.Lists lists, HeadingAnchors anchors, IntFunction<String> tocPage,
               Layouter.Result layout, ChartWriter charts) {
        this.charts = charts;
        this.body = body;
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
                case Heading h -> heading(anchors.at(i), h);
                case Paragraph p -> paragraph(p, layout.leadIns().contains(i));
                case BulletList l -> items(l.items(), StyleIds.LIST_BULLET, DocxParts.BULLET_NUM_ID, keep);
                case NumberedList l -> items(l.items(), StyleIds.LIST_NUMBER, lists.newNumberedList(), keep);
                case Table t -> {
                    float[] widths = layout.columnWidths().get(i);
                    if (TableWriter.write(body, t, widths == null ? new int[0] : TableWriter.twips(widths), keep,
                            layout.startRows().getOrDefault(i, 2))) {
                        afterTable(next(blocks, i));
                    }
                }
                case TableOfContents toc -> TocWriter.write(body, toc, anchors, tocPage, tocBreaksPage(blocks, i));
                case PageBreak ignored -> pageBreak();
                case TitlePage t -> titlePage(t);
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
                case Chart c -> {
                    if (charts != null) {
                        charts.write(body, c, next(blocks, i) instanceof Paragraph p
                                && p.style() == Paragraph.Style.NOTE);
                    }
                }
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

    private void heading(HeadingAnchors.Anchor anchor, Heading h) {
        CTP p = body.addNewP();
        Paragraphs.style(p, h.inToc() ? StyleIds.heading(h.level()) : StyleIds.headingNotInToc(h.level()));
        BigInteger id = BigInteger.valueOf(anchor.bookmarkId());
        CTBookmark start = p.addNewBookmarkStart();
        start.setId(id);
        start.setName(anchor.bookmarkName());
        Runs.text(p::addNewR, h.displayText());
        p.addNewBookmarkEnd().setId(id);
    }

    /**
     * @param leadIn whether the paragraph introduces what follows and is kept with it; a caption
     *               is by its style, another lead-in by Keep with next on the paragraph
     */
    private void paragraph(Paragraph paragraph, boolean leadIn) {
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
        Runs.spans(p::addNewR, paragraph.spans(), paragraph.style() == Paragraph.Style.CAPTION);
    }

    /** List items; a short list kept whole keeps each item with the next (as the PDF keeps it). */
    private void items(List<List<Span>> items, String style, int numId, boolean keepWhole) {
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
            Runs.spans(p::addNewR, item);
        }
    }

    private void pageBreak() {
        CTP p = body.addNewP();
        Runs.pageBreak(p::addNewR);
    }

    private void titlePage(TitlePage page) {
        if (!page.kommun().isEmpty()) {
            CTP kommun = body.addNewP();
            Paragraphs.style(kommun, StyleIds.TITLE_PAGE_KOMMUN);
            Runs.text(kommun::addNewR, page.kommun());
            Paragraphs.style(body.addNewP(), StyleIds.TITLE_PAGE_RULE);
        }
        CTP title = body.addNewP();
        Paragraphs.style(title, StyleIds.TITLE);
        Runs.text(title::addNewR, page.title());
        if (!page.subtitle().isEmpty()) {
            CTP subtitle = body.addNewP();
            Paragraphs.style(subtitle, StyleIds.SUBTITLE);
            Runs.text(subtitle::addNewR, page.subtitle());
        }
        for (String line : page.lines()) {
            CTP p = body.addNewP();
            Paragraphs.style(p, StyleIds.TITLE_PAGE_LINE);
            Runs.text(p::addNewR, line);
        }
        pageBreak();
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
        return widths != null && TableWriter.writeLayout(body, TableWriter.twips(widths), rows);
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
        java.util.Arrays.fill(widths, Layouter.signatureColumn(perRow));
        return widths != null && TableWriter.writeLayout(body, TableWriter.twips(widths), rows);
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
