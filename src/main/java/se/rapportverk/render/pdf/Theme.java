package se.rapportverk.render.pdf;

import java.awt.Color;

/**
 * Page geometry, type sizes and colours of the PDF. All lengths are in PDF points (1/72 inch).
 */
final class Theme {

    private Theme() {
    }

    /** Millimetres to points. */
    static float mm(double millimetres) {
        return (float) (millimetres * 72.0 / 25.4);
    }

    // A4 portrait.
    static final float PAGE_WIDTH = 595.2756f;
    static final float PAGE_HEIGHT = 841.8898f;

    static final float MARGIN_LEFT = mm(25);
    static final float MARGIN_RIGHT = mm(25);
    static final float MARGIN_TOP = mm(25);
    static final float MARGIN_BOTTOM = mm(22);

    static final float CONTENT_LEFT = MARGIN_LEFT;
    static final float CONTENT_RIGHT = PAGE_WIDTH - MARGIN_RIGHT;
    static final float CONTENT_WIDTH = CONTENT_RIGHT - CONTENT_LEFT;
    static final float CONTENT_TOP = PAGE_HEIGHT - MARGIN_TOP;
    static final float CONTENT_BOTTOM = MARGIN_BOTTOM;

    // Running header and footer (in the margins).
    static final float HEADER_BASELINE = PAGE_HEIGHT - mm(14);
    static final float HEADER_RULE_Y = HEADER_BASELINE - 4.5f;
    static final float FOOTER_BASELINE = mm(12);
    static final float FOOTER_RULE_Y = FOOTER_BASELINE + 10f;
    static final float RUNNING_SIZE = 8f;

    // Body text.
    static final float BODY_SIZE = 10.5f;
    static final float BODY_LEADING = 14.5f;
    static final float PARAGRAPH_AFTER = 7f;
    static final float NOTE_SIZE = 8.5f;
    static final float NOTE_LEADING = 11.5f;
    static final float CAPTION_SIZE = 10f;
    static final float CAPTION_LEADING = 13.5f;

    // Headings by level (index 1..3).
    static final float[] HEADING_SIZE = {0, 16f, 13f, 11f};
    static final float[] HEADING_LEADING = {0, 20f, 16.5f, 14.5f};
    static final float[] HEADING_BEFORE = {0, 20f, 14f, 11f};
    static final float[] HEADING_AFTER = {0, 8f, 6f, 4f};

    // Tables.
    static final float TABLE_SIZE = 9f;
    static final float TABLE_LEADING = 11.5f;
    static final float CELL_PAD_X = 4.5f;
    static final float CELL_PAD_TOP = 2.8f;
    static final float CELL_PAD_BOTTOM = 3.2f;
    static final float TABLE_BEFORE = 4f;
    static final float TABLE_AFTER = 10f;

    // Lists.
    static final float LIST_INDENT = 18f;
    static final float LIST_ITEM_GAP = 3f;

    // Colours: sober dark blue and greys.
    static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
    static final Color HEADING = new Color(0x1F, 0x38, 0x64);
    static final Color HEADING_3 = new Color(0x2B, 0x3E, 0x55);
    static final Color MUTED = new Color(0x59, 0x59, 0x59);
    static final Color RUNNING = new Color(0x60, 0x66, 0x6E);
    static final Color RUNNING_RULE = new Color(0xA6, 0xAE, 0xB8);
    static final Color HEADER_FILL = new Color(0xDC, 0xE4, 0xEE);
    static final Color GROUP_FILL = new Color(0xF0, 0xF3, 0xF7);
    static final Color ROW_RULE = new Color(0xC5, 0xCC, 0xD4);
    static final Color STRONG_RULE = new Color(0x4A, 0x55, 0x63);
    static final Color ACCENT = new Color(0x1F, 0x38, 0x64);
}
