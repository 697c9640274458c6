package se.rapportverk.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;

import se.rapportverk.document.BulletList;
import se.rapportverk.document.Document;
import se.rapportverk.document.DocumentInfo;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Remark;
import se.rapportverk.document.Sources;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.document.TitlePage;
import se.rapportverk.render.RenderOptions;

/**
 * Remarks as Word comments in the body: a range around the text of each place (a heading, a
 * paragraph, a list from its first item to its last, a caption, a row from its first cell to its
 * last, a cell, the document's first paragraph) with the reference mark at its end; a node's own
 * remark; schema-valid parts; the same bytes twice.
 */
class CommentsTest {

    static final DocumentInfo INFO = new DocumentInfo("Titel", "", "Förvaltningen", "sv-SE", LocalDate.of(2025, 9, 23),
            "", "", "");

    static Document document() {
        Table table = new Table("Resultaträkning", List.of(new Table.Column(Table.Align.LEFT, 2),
                new Table.Column(Table.Align.RIGHT, 1)), List.of(
                new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of("Post"), Table.Cell.of("Utfall"))),
                new Table.Row(Table.RowKind.BODY, List.of(
                        new Table.Cell(List.of(Span.plain("Taxor")), Sources.parse("Resultaträkning!A2"), ""),
                        new Table.Cell(List.of(Span.plain("32,3")), Sources.parse("Resultaträkning!E2"), "")))),
                1, Table.Style.GRID);
        return new Document(INFO, List.of(
                new TitlePage("Ekeby kommun", "Titel", "Nämnden", List.of()),
                new Heading(1, "1", "Sammanfattning", true, true, Sources.NONE, "Rubrikens egen kommentar"),
                new Paragraph(List.of(Span.plain("Text ur Texter.")), Paragraph.Style.BODY, Sources.parse("Texter!C2"), ""),
                new BulletList(List.of(List.of(Span.plain("ett")), List.of(Span.plain("två"))), Sources.parse("Texter!C3"), ""),
                table));
    }

    static byte[] render(Document document, List<Remark> remarks) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer().render(document, RenderOptions.withoutSource("0123abcd").withRemarks(remarks), out);
        return out.toByteArray();
    }

    static final List<Remark> REMARKS = List.of(
            Remark.at("Rapport!A10", "om hela dokumentet"),
            Remark.at("Texter!C2", "om stycket"),
            Remark.at("Texter!C3", "om listan"),
            Remark.at("Resultaträkning", "om bladet"),
            Remark.at("Resultaträkning!F2", "om raden"),
            Remark.at("Resultaträkning!E2", "om talet"));

    /** For each comment id in order, the text of the paragraphs its range starts and ends in and its mark stands in. */
    static List<String> ranges(XWPFDocument docx) {
        List<String> out = new ArrayList<>();
        for (String id : DocxTestSupport.select(docx.getDocument(), "//w:commentRangeStart/@w:id")) {
            String start = String.join("", DocxTestSupport.select(docx.getDocument(),
                    "//w:p[w:commentRangeStart/@w:id='" + id + "']//w:t"));
            String end = String.join("", DocxTestSupport.select(docx.getDocument(),
                    "//w:p[w:commentRangeEnd/@w:id='" + id + "']//w:t"));
            String mark = String.join("", DocxTestSupport.select(docx.getDocument(),
                    "//w:p[w:r/w:commentReference/@w:id='" + id + "']//w:t"));
            assertEquals(end, mark, "the mark stands where the range ends");
            out.add(id + " " + start + (start.equals(end) ? "" : " … " + end));
        }
        return out;
    }

    @Test
    void eachPlaceGetsARangeAroundItsText() throws IOException {
        XWPFDocument docx = DocxTestSupport.read(render(document(), REMARKS));
        // Numbered in document order: the start, the heading's own, the paragraph, the list, the caption, the row,
        // the cell.
        assertEquals(List.of("0 Ekeby kommun", "1 1 Sammanfattning", "2 Text ur Texter.", "3 ett … två",
                "4 Resultaträkning", "5 Taxor … 32,3", "6 32,3"), ranges(docx));
        List<String> texts = new ArrayList<>();
        for (var c : docx.getComments()) {
            assertEquals("Rapportverk", c.getAuthor());
            assertEquals("RV", c.getInitials());
            texts.add(c.getId() + " " + c.getText().strip());
        }
        assertEquals(List.of("0 om hela dokumentet", "1 Rubrikens egen kommentar", "2 om stycket", "3 om listan",
                "4 om bladet", "5 om raden", "6 om talet"), texts);
        assertEquals(List.of("2025-09-23T00:00:00Z"), DocxTestSupport.select(docx.getDocComments().getCtComments(),
                "//w:comment[@w:id='0']/@w:date"));
    }

    @Test
    void thePartsAreSchemaValidAndTheBytesTheSame() throws IOException {
        byte[] once = render(document(), REMARKS);
        assertArrayEquals(once, render(document(), REMARKS));
        XWPFDocument docx = DocxTestSupport.read(once);
        for (var part : List.of(docx.getDocument(), docx.getDocComments().getCtComments())) {
            List<XmlError> errors = new ArrayList<>();
            XmlOptions options = new XmlOptions();
            options.setErrorListener(errors);
            assertTrue(part.validate(options) && errors.isEmpty(), errors.toString());
        }
        assertTrue(docx.getStyles().styleExist(StyleIds.COMMENT_TEXT));
        assertTrue(docx.getStyles().styleExist(StyleIds.COMMENT_REFERENCE));
    }

    @Test
    void withoutRemarksThereIsNoCommentsPart() throws IOException {
        Document plain = new Document(INFO, List.of(new Paragraph(List.of(Span.plain("Text.")), Paragraph.Style.BODY,
                Sources.parse("Texter!C2"), "")));
        XWPFDocument docx = DocxTestSupport.read(render(plain, List.of()));
        assertNull(docx.getDocComments());
        assertEquals(List.of(), DocxTestSupport.select(docx.getDocument(), "//w:commentRangeStart"));
    }

    @Test
    void severalRemarksOnOnePlaceKeepTheirOrder() throws IOException {
        XWPFDocument docx = DocxTestSupport.read(render(document(), List.of(Remark.at("Resultaträkning!E2", "första"),
                Remark.at("Resultaträkning!E2", "andra"))));
        assertEquals(List.of("0 1 Sammanfattning", "1 32,3", "2 32,3"), ranges(docx));
        List<String> texts = new ArrayList<>();
        for (var c : docx.getComments()) {
            texts.add(c.getText().strip());
        }
        assertEquals(List.of("Rubrikens egen kommentar", "första", "andra"), texts);
    }
}
