package se.rapportverk.document;

import java.util.List;

/**
 * A paragraph of text.
 *
 * @param spans the runs of text in order
 * @param style the paragraph's role, which renderers map to a style
 */
public record Paragraph(List<Span> spans, Style style) implements Block {

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
