package se.rapportverk.render.layout;

import java.awt.Color;

/** One thing drawn on a page, in page coordinates (points, origin bottom left). */
public sealed interface PageItem {

    /** Where the item belongs in the tag tree. */
    Tag tag();

    /**
     * A run of text in one face, size and colour starting at a baseline point.
     *
     * @param actualText the text as given when it had to be drawn with substitute glyphs, else null
     */
    record Text(float x, float y, String text, Fonts.Face face, Fonts.Family family, float size, Color colour,
                String actualText, Tag tag) implements PageItem {
    }

    /** A straight line. */
    record Rule(float x1, float y1, float x2, float y2, float width, Color colour, Tag tag)
            implements PageItem {
    }

    /** A filled rectangle (shading). */
    record Fill(float x, float y, float width, float height, Color colour, Tag tag) implements PageItem {
    }

    /**
     * A path through points (a chart's lines, markers and shapes): filled as a closed shape, or
     * stroked as an open line, solid or dashed.
     *
     * @param dash on and off lengths of a dashed line, or an empty array
     */
    record Path(float[] xs, float[] ys, boolean filled, float width, Color colour, float[] dash, Tag tag)
            implements PageItem {
    }

    /** An image (the house style's logo) in the box whose lower left corner is (x, y). */
    record Image(float x, float y, float width, float height, se.rapportverk.husstil.Husstil.Logo logo, Tag tag)
            implements PageItem {
    }

    /** A picture of the workbook in the box whose lower left corner is (x, y). */
    record Picture(float x, float y, float width, float height, se.rapportverk.document.Picture.Image image, Tag tag)
            implements PageItem {
    }

    /**
     * A clickable area leading to the heading at block index {@code targetBlock}, or (when {@code uri} is
     * given, and {@code targetBlock} is -1) to a web or e-mail address.
     */
    record Link(float llx, float lly, float urx, float ury, int targetBlock, String description,
                StructNode tag, String uri) implements PageItem {
        /** A link to a heading of the document. */
        public Link(float llx, float lly, float urx, float ury, int targetBlock, String description, StructNode tag) {
            this(llx, lly, urx, ury, targetBlock, description, tag, null);
        }
    }
}
