package se.rapportverk.render.layout;

import se.rapportverk.husstil.Husstil;

/**
 * The page a document is set on, for every format: A4 portrait, the house style's margins, and
 * where the running header and footer stand (in the middle of the top and bottom margins: 12.5 mm
 * from the edge with the standard 25 mm). Lengths in PDF points (1/72 inch); {@link #twips}
 * converts for Word. Immutable.
 */
public final class Geometry {

    /** Millimetres to points. */
    public static float mm(double millimetres) {
        return (float) (millimetres * 72.0 / 25.4);
    }

    /** Points to twips (1/20 point), rounded. */
    public static int twips(double points) {
        return (int) Math.round(points * 20);
    }

    /** A4 portrait: 210 × 297 mm. */
    public static final float PAGE_WIDTH = mm(210);
    public static final float PAGE_HEIGHT = mm(297);

    public final float marginLeft;
    public final float marginRight;
    public final float marginTop;
    public final float marginBottom;

    public final float contentLeft;
    public final float contentRight;
    public final float contentWidth;
    public final float contentTop;
    public final float contentBottom;
    public final float contentHeight;

    /** From the top edge of the page to the top of the running header's line. */
    public final float headerDistance;
    /** From the bottom edge of the page to the bottom of the footer's line. */
    public final float footerDistance;

    /** The page with the house style's margins. */
    public Geometry(Husstil.Margins margins) {
        marginLeft = mm(margins.left());
        marginRight = mm(margins.right());
        marginTop = mm(margins.top());
        marginBottom = mm(margins.bottom());
        contentLeft = marginLeft;
        contentRight = PAGE_WIDTH - marginRight;
        contentWidth = contentRight - contentLeft;
        contentTop = PAGE_HEIGHT - marginTop;
        contentBottom = marginBottom;
        contentHeight = contentTop - contentBottom;
        headerDistance = mm(margins.top() / 2);
        footerDistance = mm(margins.bottom() / 2);
    }

    /** The page of the standard house style. */
    public static Geometry standard() {
        return Theme.standard().geometry;
    }
}
