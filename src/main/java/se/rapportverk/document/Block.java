package se.rapportverk.document;

/**
 * One block of a document: the document tree is a flat list of blocks.
 *
 * <p>The tree is the contract between templates and renderers: templates build it, and every
 * renderer handles every kind of block. Keep it small; a new kind of block means a change to
 * every renderer.
 */
public sealed interface Block
        permits Heading, Paragraph, BulletList, NumberedList, Table, TableOfContents, PageBreak,
                TitlePage, FieldList, Signatures, Letterhead, Picture, Chart {
}
