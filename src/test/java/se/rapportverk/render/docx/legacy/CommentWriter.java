package se.rapportverk.render.docx.legacy;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.xml.namespace.QName;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTComment;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTComments;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDateTime;

import se.rapportverk.document.RemarkPlacement;
import se.rapportverk.document.RemarkPlacement.At;

/**
 * Writes the document's remarks as real Word comments: a comments part ({@code word/comments.xml}),
 * and in the body a {@code commentRangeStart} / {@code commentRangeEnd} around the text each is
 * about, followed by a {@code commentReference}. Word and LibreOffice show them in the margin and
 * in the review pane, by the author Rapportverk.
 *
 * <p>The writers of the body tell it which paragraphs each place spans ({@link #mark}); once the
 * body is written, {@link #write} puts the ranges in. Comments are numbered in document order and
 * dated with the document date, so the same document gives the same bytes. A document without
 * remarks gets no comments part at all.
 */
final class CommentWriter {

    /** The author of every comment. */
    static final String AUTHOR = "Rapportverk";
    /** The author's initials. */
    static final String INITIALS = "RV";

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** Places in document order: the start, then block by block, a caption before the rows, a row before its cells. */
    private static final Comparator<At> ORDER = Comparator.comparingInt((At a) -> a.block())
            .thenComparingInt(a -> a.kind() == RemarkPlacement.Kind.START ? -1 : a.row())
            .thenComparingInt(a -> a.kind() == RemarkPlacement.Kind.CELL ? a.cell() : -1);

    private record Span(CTP first, CTP last) {
    }

    private final RemarkPlacement placement;
    private final Map<At, Span> marked = new TreeMap<>(ORDER);

    /** @param placement where the document's remarks stand */
    CommentWriter(RemarkPlacement placement) {
        this.placement = placement;
    }

    /** Whether a place has remarks, so that its writer tells where it went. */
    boolean wanted(At at) {
        return !placement.at(at).isEmpty();
    }

    /**
     * Tells where a place went in the body: the paragraph its text starts in and the one it ends in
     * (the same for a heading or a cell; the first and last cell of a row; the first and last item of
     * a list).
     */
    void mark(At at, CTP first, CTP last) {
        if (wanted(at)) {
            marked.put(at, new Span(first, last));
        }
    }

    /**
     * Writes the comments. A remark whose place was not written (it cannot happen with the writers as
     * they are, but no remark is ever lost) stands at the start, with the remarks about the whole
     * workbook.
     *
     * @param docx the document being written
     * @param body its body, complete
     * @param date the document date, the comments' date
     */
    void write(XWPFDocument docx, CTBody body, LocalDate date) {
        if (placement.isEmpty()) {
            return;
        }
        Map<At, List<String>> texts = new TreeMap<>(ORDER);
        for (Map.Entry<At, List<String>> e : placement.all().entrySet()) {
            At at = marked.containsKey(e.getKey()) ? e.getKey() : At.START;
            texts.computeIfAbsent(at, k -> new ArrayList<>()).addAll(e.getValue());
        }
        if (texts.containsKey(At.START)) {
            CTP first = firstParagraph(body);
            marked.put(At.START, new Span(first, first));
        }
        CTComments part = docx.createComments().getCtComments();
        String stamp = date + "T00:00:00Z";
        int id = 0;
        for (Map.Entry<At, List<String>> e : texts.entrySet()) {
            Span span = marked.get(e.getKey());
            List<BigInteger> ids = new ArrayList<>();
            for (String text : e.getValue()) {
                BigInteger n = BigInteger.valueOf(id++);
                ids.add(n);
                comment(part.addNewComment(), n, stamp, text);
            }
            open(span.first(), ids);
            close(span.last(), ids);
        }
    }

    private static void comment(CTComment c, BigInteger id, String stamp, String text) {
        c.setId(id);
        c.setAuthor(AUTHOR);
        c.setInitials(INITIALS);
        STDateTime date = STDateTime.Factory.newInstance();
        date.setStringValue(stamp);
        c.xsetDate(date);
        CTP p = c.addNewP();
        Paragraphs.style(p, StyleIds.COMMENT_TEXT);
        CTR mark = p.addNewR();
        mark.addNewRPr().addNewRStyle().setVal(StyleIds.COMMENT_REFERENCE);
        mark.addNewAnnotationRef();
        Runs.text(p::addNewR, text);
    }

    /** Puts a range start for each comment at the beginning of the paragraph's content (after its properties). */
    private static void open(CTP p, List<BigInteger> ids) {
        try (XmlCursor cursor = p.newCursor()) {
            if (cursor.toFirstChild()) {
                boolean properties = "pPr".equals(cursor.getName().getLocalPart());
                if (properties && !cursor.toNextSibling()) {
                    cursor.toParent();
                    cursor.toEndToken();
                }
            } else {
                cursor.toEndToken();
            }
            for (BigInteger id : ids) {
                cursor.beginElement(new QName(W, "commentRangeStart", "w"));
                cursor.insertAttributeWithValue(new QName(W, "id", "w"), id.toString());
                cursor.toNextToken(); // from the new element's end to what follows it
            }
        }
    }

    /** Ends each comment's range at the end of the paragraph, with its reference mark. */
    private static void close(CTP p, List<BigInteger> ids) {
        for (BigInteger id : ids) {
            p.addNewCommentRangeEnd().setId(id);
            CTR r = p.addNewR();
            r.addNewRPr().addNewRStyle().setVal(StyleIds.COMMENT_REFERENCE);
            r.addNewCommentReference().setId(id);
        }
    }

    /**
     * The first paragraph of the body in reading order that has text (a cover's logo or rule has
     * none), also inside a table; else the first paragraph; a new one if there is none.
     */
    private static CTP firstParagraph(CTBody body) {
        XmlObject[] found = body.selectPath("declare namespace w='" + W + "' .//w:p");
        for (XmlObject p : found) {
            if (p.selectPath("declare namespace w='" + W + "' .//w:t").length > 0) {
                return (CTP) p;
            }
        }
        if (found.length > 0) {
            return (CTP) found[0];
        }
        return body.addNewP();
    }
}
