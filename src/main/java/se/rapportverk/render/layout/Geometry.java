package se.rapportverk.render.layout;

/**
 * The page every document is set on, for every format: A4 portrait, its margins and where the
 * running header and footer stand. Lengths in PDF points (1/72 inch); {@link #twips} converts
 * for Word.
 */
public final class Geometry {

    private Geometry() {
    }

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

    public static final float MARGIN_LEFT = mm(25);
    public static final float MARGIN_RIGHT = mm(25);
    public static final float MARGIN_TOP = mm(25);
    public static final float MARGIN_BOTTOM = mm(25);

    public static final float CONTENT_LEFT = MARGIN_LEFT;
    public static final float CONTENT_RIGHT = PAGE_WIDTH - MARGIN_RIGHT;
    public static final float CONTENT_WIDTH = CONTENT_RIGHT - CONTENT_LEFT;
    public static final float CONTENT_TOP = PAGE_HEIGHT - MARGIN_TOP;
    public static final float CONTENT_BOTTOM = MARGIN_BOTTOM;
    public static final float CONTENT_HEIGHT = CONTENT_TOP - CONTENT_BOTTOM;

    /** From the top edge of the page to the top of the running header's line. */
    public static final float HEADER_DISTANCE = mm(12.5);
    /** From the bottom edge of the page to the bottom of the footer's line. */
    public static final float FOOTER_DISTANCE = mm(12.5);
}
