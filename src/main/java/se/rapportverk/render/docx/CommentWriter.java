package se.rapportverk.render.docx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /** Places in document order: the start, then block by block, a caption before the rows, a row before its cells. */
    private static final Comparator<At> ORDER = Comparator.comparingInt((At a) -> a.block())
            .thenComparingInt(a -> a.kind() == RemarkPlacement.Kind.START ? -1 : a.row())
            .thenComparingInt(a -> a.kind() == RemarkPlacement.Kind.CELL ? a.cell() : -1);

    private record Span(Body.Para first, Body.Para last) {
    }

    private final RemarkPlacement placement;
    private final Map<At, Span> marked = new TreeMap<>(ORDER);

    /** @param placement where the document's remarks stand */
    /** The blocks with a remark somewhere in them: any other place has none (looked up without hashing a place). */
    private final java.util.BitSet blocksWithRemarks = new java.util.BitSet();

    CommentWriter(RemarkPlacement placement) {
        this.placement = placement;
        for (At at : placement.all().keySet()) {
            if (at.block() >= 0) {
                blocksWithRemarks.set(at.block());
            }
        }
    }

    /** Whether the document has remarks at all (the body keeps its paragraphs then). */
    boolean active() {
        return !placement.isEmpty();
    }

    /** Whether a place has remarks, so that its writer tells where it went. */
    boolean wanted(At at) {
        if (at.block() >= 0 && !blocksWithRemarks.get(at.block())) {
            return false;
        }
        return !placement.at(at).isEmpty();
    }

    /**
     * Tells where a place went in the body: the paragraph its text starts in and the one it ends in
     * (the same for a heading or a cell; the first and last cell of a row; the first and last item of
     * a list).
     */
    void mark(At at, Body.Para first, Body.Para last) {
        if (wanted(at)) {
            marked.put(at, new Span(first, last));
        }
    }

    /**
     * Writes the comments part and the ranges round the paragraphs they are about. A remark whose
     * place was not written (it cannot happen with the writers as they are, but no remark is ever
     * lost) stands at the start, with the remarks about the whole workbook.
     *
     * @param body the main part's body, complete (its paragraphs kept)
     * @param date the document date, the comments' date
     * @return what to put into the body where (sorted by offset), nothing without remarks; the
     *         comments part goes into the package
     */
    List<Body.Insertion> write(DocxPackage pkg, Body body, java.time.LocalDate date) {
        if (placement.isEmpty()) {
            return List.of();
        }
        Map<At, List<String>> texts = new TreeMap<>(ORDER);
        for (Map.Entry<At, List<String>> e : placement.all().entrySet()) {
            At at = marked.containsKey(e.getKey()) ? e.getKey() : At.START;
            texts.computeIfAbsent(at, k -> new ArrayList<>()).addAll(e.getValue());
        }
        if (texts.containsKey(At.START)) {
            Body.Para first = firstParagraph(body);
            marked.put(At.START, new Span(first, first));
        }
        Body part = new Body(1024, false, false);
        String stamp = date + "T00:00:00Z";
        int id = 0;
        // Per paragraph: the range starts (each later group before the earlier ones, as each was put
        // in right after the paragraph's properties) and the range ends with their marks, in order.
        Map<Body.Para, String[]> at = new java.util.IdentityHashMap<>();
        List<Body.Para> order = new ArrayList<>();
        for (Map.Entry<At, List<String>> e : texts.entrySet()) {
            Span span = marked.get(e.getKey());
            StringBuilder starts = new StringBuilder();
            StringBuilder ends = new StringBuilder();
            for (String text : e.getValue()) {
                int n = id++;
                comment(part, n, stamp, text);
                starts.append("<w:commentRangeStart w:id=\"").append(n).append("\"/>");
                ends.append("<w:commentRangeEnd w:id=\"").append(n).append("\"/>")
                        .append("<w:r><w:rPr><w:rStyle w:val=\"").append(StyleIds.COMMENT_REFERENCE)
                        .append("\"/></w:rPr><w:commentReference w:id=\"").append(n).append("\"/></w:r>");
            }
            String[] first = at.computeIfAbsent(span.first(), k -> {
                order.add(k);
                return new String[] {"", ""};
            });
            first[0] = starts + first[0];
            String[] last = at.computeIfAbsent(span.last(), k -> {
                order.add(k);
                return new String[] {"", ""};
            });
            last[1] = last[1] + ends;
        }
        pkg.main.add("comments", "comments.xml");
        pkg.put("word/comments.xml", part.part("w:comments", List.of()), DocxPackage.CT_COMMENTS);
        List<Body.Insertion> insertions = new ArrayList<>();
        for (Body.Para p : order) {
            String[] s = at.get(p);
            if (p.empty) {
                insertions.add(new Body.Insertion(p.start, "<w:p/>".length(), "<w:p>" + s[0] + s[1] + "</w:p>"));
            } else {
                if (!s[0].isEmpty()) {
                    insertions.add(new Body.Insertion(p.content, 0, s[0]));
                }
                if (!s[1].isEmpty()) {
                    insertions.add(new Body.Insertion(p.end, 0, s[1]));
                }
            }
        }
        insertions.sort(Comparator.comparingInt(Body.Insertion::offset));
        return insertions;
    }

    private static void comment(Body part, int id, String stamp, String text) {
        part.start("w:comment").attr("w:id", id).attr("w:author", AUTHOR).attr("w:initials", INITIALS)
                .attr("w:date", stamp);
        part.raw("<w:p><w:pPr><w:pStyle w:val=\"").raw(StyleIds.COMMENT_TEXT).raw("\"/></w:pPr>")
                .raw("<w:r><w:rPr><w:rStyle w:val=\"").raw(StyleIds.COMMENT_REFERENCE)
                .raw("\"/></w:rPr><w:annotationRef/></w:r>");
        Runs.text(part, text);
        part.raw("</w:p></w:comment>");
    }

    /**
     * The first paragraph of the body in reading order that has text (a cover's logo or rule has
     * none), also inside a table; else the first paragraph.
     */
    private static Body.Para firstParagraph(Body body) {
        StringBuilder xml = body.buffer();
        for (Body.Para p : body.paragraphs()) {
            if (!p.empty && (indexOf(xml, "<w:t>", p.content, p.end) >= 0
                    || indexOf(xml, "<w:t ", p.content, p.end) >= 0)) {
                return p;
            }
        }
        return body.paragraphs().get(0);
    }

    private static int indexOf(StringBuilder sb, String s, int from, int to) {
        int i = sb.indexOf(s, from);
        return i >= 0 && i + s.length() <= to ? i : -1;
    }
}
