package se.rapportverk.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTMarkupRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;

/**
 * The Word comments of a DOCX read back with POI: each comment's author, initials, date and text,
 * and where its range starts and ends and its reference mark stands in the body (a body paragraph,
 * or a table cell named by the table's caption or first header cell, the row's first cell and the
 * column's header).
 */
final class DocxComments {

    /**
     * A place in the body.
     *
     * @param table  the table's caption, else its first header cell; "" for a body paragraph
     * @param row    the first cell of the row; "" for a body paragraph
     * @param column the column's header cell; "" for a body paragraph
     * @param text   the paragraph's text (the cell's, for a cell)
     */
    record Place(String table, String row, String column, String text) {
        static Place paragraph(String text) {
            return new Place("", "", "", text);
        }

        static Place cell(String table, String row, String column, String text) {
            return new Place(table, row, column, text);
        }
    }

    /**
     * One comment: its part's fields and where it stands.
     *
     * @param text the text with ordinary spaces, as a test types it
     * @param raw  the text as written (with no-break spaces)
     */
    record Comment(String id, String author, String initials, String date, String text, String raw, Place start,
                   Place end, Place reference) {
    }

    final List<Comment> comments = new ArrayList<>();
    /** Whether the package has a comments part at all. */
    final boolean hasPart;

    private final Map<String, Place> starts = new LinkedHashMap<>();
    private final Map<String, Place> ends = new LinkedHashMap<>();
    private final Map<String, Place> references = new LinkedHashMap<>();

    private DocxComments(byte[] docx) throws IOException {
        hasPart = entries(docx).contains("word/comments.xml");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            String caption = "";
            for (IBodyElement element : document.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    if ("Caption".equals(p.getStyleID())) {
                        caption = plain(p.getText());
                    } else if (!p.getText().isBlank()) {
                        caption = "";
                    }
                    collect(p.getCTP(), Place.paragraph(plain(p.getText())));
                } else if (element instanceof XWPFTable t) {
                    table(t, caption);
                    caption = "";
                }
            }
            XWPFComment[] all = document.getComments();
            for (XWPFComment c : all == null ? new XWPFComment[0] : all) {
                String id = c.getId();
                String date = c.getCtComment().xgetDate() == null ? null : c.getCtComment().xgetDate().getStringValue();
                String raw = c.getText().strip();
                comments.add(new Comment(id, c.getAuthor(), c.getInitials(), date, plain(raw), raw,
                        starts.get(id), ends.get(id), references.get(id)));
            }
        }
    }

    static DocxComments read(byte[] docx) {
        try {
            return new DocxComments(docx);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The comment with the text; fails if there is not exactly one. */
    Comment withText(String text) {
        return one(c -> c.text().equals(text), "with the text \"" + text + "\"");
    }

    /** The comment whose text starts so; fails if there is not exactly one. */
    Comment startingWith(String start) {
        return one(c -> c.text().startsWith(start), "starting \"" + start + "\"");
    }

    private Comment one(java.util.function.Predicate<Comment> test, String what) {
        List<Comment> found = comments.stream().filter(test).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " comments " + what + "; the comments: "
                    + comments.stream().map(Comment::text).toList());
        }
        return found.get(0);
    }

    /** How many range starts, range ends and reference marks the body has, in all. */
    int marksInBody() {
        return starts.size() + ends.size() + references.size();
    }

    private void table(XWPFTable t, String caption) {
        List<XWPFTableRow> rows = t.getRows();
        if (rows.isEmpty()) {
            return;
        }
        List<String> header = rows.get(0).getTableCells().stream().map(c -> plain(c.getText())).toList();
        String name = caption.isEmpty() && !header.isEmpty() ? header.get(0) : caption;
        for (XWPFTableRow row : rows) {
            List<XWPFTableCell> cells = row.getTableCells();
            String label = cells.isEmpty() ? "" : plain(cells.get(0).getText());
            for (int c = 0; c < cells.size(); c++) {
                String column = c < header.size() ? header.get(c) : "";
                for (XWPFParagraph p : cells.get(c).getParagraphs()) {
                    collect(p.getCTP(), Place.cell(name, label, column, plain(p.getText())));
                }
            }
        }
    }

    private void collect(CTP p, Place place) {
        for (CTMarkupRange s : p.getCommentRangeStartList()) {
            starts.put(s.getId().toString(), place);
        }
        for (CTMarkupRange e : p.getCommentRangeEndList()) {
            ends.put(e.getId().toString(), place);
        }
        for (CTR r : p.getRList()) {
            for (var ref : r.getCommentReferenceList()) {
                references.put(ref.getId().toString(), place);
            }
        }
    }

    /** Text as a test types it: ordinary spaces, no soft hyphens. */
    private static String plain(String text) {
        return text.replace("\u00AD", "").replace('\u00A0', ' ').strip();
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
