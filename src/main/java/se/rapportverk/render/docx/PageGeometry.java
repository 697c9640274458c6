package se.rapportverk.render.docx;

/**
 * The page every document is set on: A4 portrait with 25 mm margins. Measures in twips
 * (1/20 point); 1 mm = 56.7 twips. The tab stops in the styles part assume this text width.
 */
final class PageGeometry {

    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN = 1417;
    static final int HEADER_DISTANCE = 709;
    static final int FOOTER_DISTANCE = 709;
    /** The width between the margins: 160 mm. */
    static final int TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
    /** The height between the margins: 247 mm. */
    static final int TEXT_HEIGHT = PAGE_HEIGHT - 2 * MARGIN;

    private PageGeometry() {
    }
}
