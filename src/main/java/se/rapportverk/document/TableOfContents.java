package se.rapportverk.document;

/**
 * Where the table of contents stands. Renderers fill it with the headings that have
 * {@link Heading#inToc()} set: the PDF with page numbers, Word with a real TOC field
 * pre-filled with the entries.
 *
 * @param title    the heading above the list ("Innehållsförteckning", "Innehåll")
 * @param maxLevel the deepest heading level listed
 */
public record TableOfContents(String title, int maxLevel) implements Block {
}
