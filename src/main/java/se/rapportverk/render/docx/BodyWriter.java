package se.rapportverk.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

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

/** Writes the blocks of a document into the body of the main part, in order. */
final class BodyWriter {

    private final CTBody body;
    private final DocxParts.Lists lists;
    private final HeadingAnchors anchors;
    private final IntFunction<String> tocPage;
    private ColumnPlan columns;

    /**
     * @param tocPage the page number a table of contents shows for a heading (by bookmark id)
     *                until its field is updated
     */
    BodyWriter(CTBody body, DocxParts.Lists lists, HeadingAnchors anchors, IntFunction<String> tocPage) {
        this.body = body;
        this.lists = lists;
        this.anchors = anchors;
        this.tocPage = tocPage;
    }

    /** Writes all blocks. */
    void write(List<Block> blocks) {
        columns = new ColumnPlan(blocks);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            switch (block) {
                case Heading h -> heading(anchors.at(i), h);
                case Paragraph p -> paragraph(p, Pagination.leadsIn(blocks, i));
                case BulletList l -> bulletList(l);
                case NumberedList l -> numberedList(l);
                case Table t -> {
                    if (TableWriter.write(body, t, columns.widths(t))) {
                        afterTable(next(blocks, i));
                    }
                }
                case TableOfContents toc -> TocWriter.write(body, toc, anchors, tocPage,
                        Pagination.tocBreaksPage(blocks, i));
                case PageBreak ignored -> pageBreak();
                case TitlePage t -> titlePage(t);
                case FieldList f -> {
                    if (fieldList(f)) {
                        afterTable(next(blocks, i));
                    }
                }
                case Signatures s -> {
                    if (signatures(s)) {
                        afterTable(next(blocks, i));
                    }
                }
            }
        }
        if (body.sizeOfPArray() == 0 && body.sizeOfTblArray() == 0) {
            body.addNewP();
        }
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

    private void bulletList(BulletList list) {
        items(list.items(), StyleIds.LIST_BULLET, DocxParts.BULLET_NUM_ID);
    }

    private void numberedList(NumberedList list) {
        items(list.items(), StyleIds.LIST_NUMBER, lists.newNumberedList());
    }

    private void items(List<List<Span>> items, String style, int numId) {
        for (List<Span> item : items) {
            CTP p = body.addNewP();
            CTPPr pPr = Paragraphs.style(p, style);
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

    /** Writes a field list; returns whether that was a table. */
    private boolean fieldList(FieldList list) {
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
        return TableWriter.writeLayout(body, TableWriter.FIELD_COLUMNS, rows);
    }

    /**
     * Signatories side by side, in a layout table.
     *
     * @return whether a table was written (not when there are no signatories)
     */
    private boolean signatures(Signatures signatures) {
        List<Signatures.Signature> all = signatures.signatures();
        int perRow = TableWriter.signaturesPerRow(all.size());
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
        return TableWriter.writeLayout(body, Collections.nCopies(perRow, 1f), rows);
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
