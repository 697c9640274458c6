package se.rapportverk.document;

import java.util.List;

/**
 * A paragraph of text.
 *
 * @param spans the runs of text in order
 * @param style   the paragraph's role, which renderers map to a style
 * @param sources the workbook cells the paragraph shows (the text cell it was written from), for
 *                placing remarks; {@link Sources#NONE} when none
 * @param remark  a remark of its own for the reader of an editable document, or empty
 */
public record Paragraph(List<Span> spans, Style style, Sources sources, String remark) implements Block {

    /** The role of a paragraph. */
    public enum Style {
        /** Body text. */
        BODY,
        /** A caption or label standing above a table ("Resultaträkning"). */
        CAPTION,
        /** Small print, such as a note under a table. */
        NOTE
    }

    public Paragraph {
        spans = List.copyOf(spans);
        java.util.Objects.requireNonNull(style, "style");
        java.util.Objects.requireNonNull(sources, "sources");
        java.util.Objects.requireNonNull(remark, "remark");
    }

    /** A paragraph that shows no workbook cells. */
    public Paragraph(List<Span> spans, Style style) {
        this(spans, style, Sources.NONE, "");
    }

    /** The same paragraph showing the given cells, with the given remark of its own. */
    public Paragraph annotated(Sources newSources, String newRemark) {
        return new Paragraph(spans, style, newSources, newRemark);
    }

    /** A body paragraph of plain text. */
    public static Paragraph of(String text) {
        return new Paragraph(List.of(Span.plain(text)), Style.BODY);
    }

    /** The text of all spans joined. */
    public String plainText() {
        StringBuilder sb = new StringBuilder();
        spans.forEach(s -> sb.append(s.text()));
        return sb.toString();
    }
}
