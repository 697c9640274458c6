package se.rapportverk.render.layout;

import java.awt.Color;

/**
 * The look of every document, in every format: the font, type sizes, line heights, spacing and
 * colours of each kind of text, and the rules and shading of tables. The PDF is laid out with
 * these values and the Word file's styles are made from them ({@code render/docx/styles.xml}
 * names them), so the two look alike and break their pages alike. Lengths are in points.
 *
 * <p>The look is a sober municipal one: black text, headings and the cover in a dark blue,
 * table headers shaded a light blue-grey, totals bold with a rule above.
 */
public final class Theme {

    private Theme() {
    }

    /** The font the Word file names (Liberation Sans, which the PDF embeds, has its metrics). */
    public static final String FONT_NAME = "Arial";

    // Body text.
    public static final float BODY_SIZE = 10.5f;
    public static final float BODY_LEADING = 14.5f;
    public static final float PARAGRAPH_AFTER = 7f;
    public static final float NOTE_SIZE = 8.5f;
    public static final float NOTE_LEADING = 11.5f;
    public static final float NOTE_BEFORE = 0f;
    public static final float CAPTION_SIZE = 10f;
    public static final float CAPTION_LEADING = 13.5f;
    public static final float CAPTION_BEFORE = 8f;
    public static final float CAPTION_AFTER = 3f;

    // Headings by level (index 1..3).
    public static final float[] HEADING_SIZE = {0, 16f, 13f, 11f};
    public static final float[] HEADING_LEADING = {0, 20f, 16.5f, 14.5f};
    public static final float[] HEADING_BEFORE = {0, 20f, 14f, 11f};
    public static final float[] HEADING_AFTER = {0, 8f, 6f, 4f};

    // Tables.
    public static final float TABLE_SIZE = 9f;
    public static final float TABLE_LEADING = 11.5f;
    public static final float CELL_PAD_X = 4.5f;
    public static final float CELL_PAD_TOP = 2.8f;
    public static final float CELL_PAD_BOTTOM = 3.2f;
    /** Vertical padding of a cell of a layout table (letterhead, signatures). */
    public static final float PLAIN_PAD_TOP = 1f;
    public static final float PLAIN_PAD_BOTTOM = 1.5f;
    public static final float TABLE_BEFORE = 4f;
    public static final float TABLE_AFTER = 10f;
    /** Rules: between rows, under the header and the table, above a total. */
    public static final float ROW_RULE_WIDTH = 0.5f;
    public static final float STRONG_RULE_WIDTH = 0.75f;

    // Lists.
    public static final float LIST_INDENT = 18f;
    /** No space between the items of a list (Word: contextual spacing), a paragraph's after it. */
    public static final float LIST_ITEM_GAP = 0f;
    public static final float LIST_AFTER = PARAGRAPH_AFTER;

    // Table of contents.
    public static final float TOC_LEADING = 16f;
    public static final float TOC_TITLE_AFTER = 12f;
    public static final float TOC_LEVEL1_BEFORE = 5f;
    public static final float TOC_INDENT = 16f;

    // Running header and footer.
    public static final float RUNNING_SIZE = 8f;
    public static final float RUNNING_LEADING = 10f;

    // Field lines ("Diarienummer: ...").
    public static final float FIELD_LINE_AFTER = 2f;
    /** Right padding of a label column of a field list laid out in columns. */
    public static final float FIELD_LABEL_PAD = 16f;

    // Signatures.
    public static final float SIGNATURE_GAP = 26f;

    // Title page: kommun, accent rule, title, subtitle; further lines at the foot.
    /** From the top edge of the page to the top of the kommun's line. */
    public static final float COVER_TOP = Geometry.mm(70);
    public static final float COVER_KOMMUN_SIZE = 13f;
    public static final float COVER_KOMMUN_LEADING = 17f;
    public static final float COVER_RULE_LENGTH = Geometry.mm(30);
    public static final float COVER_RULE_WIDTH = 2.25f;
    /** Space from the kommun's line to the rule, and from the rule to the title. */
    public static final float COVER_RULE_BEFORE = 8f;
    public static final float COVER_RULE_AFTER = 34f;
    public static final float COVER_TITLE_SIZE = 28f;
    public static final float COVER_TITLE_LEADING = 34f;
    public static final float COVER_TITLE_AFTER = 12f;
    public static final float COVER_SUBTITLE_SIZE = 16f;
    public static final float COVER_SUBTITLE_LEADING = 21f;
    public static final float COVER_LINE_SIZE = 11f;
    public static final float COVER_LINE_LEADING = 15f;
    /** Space above the cover's further lines (nämnd, date, diarienummer), which stand low on the page. */
    public static final float COVER_LINES_BEFORE = 300f;

    // Colours.
    public static final Color TEXT = new Color(0x1A1A1A);
    public static final Color HEADING = new Color(0x1F3864);
    public static final Color HEADING_3 = new Color(0x2B3E55);
    public static final Color MUTED = new Color(0x595959);
    public static final Color RUNNING = new Color(0x60666E);
    public static final Color RUNNING_RULE = new Color(0xA6AEB8);
    public static final Color HEADER_FILL = new Color(0xDCE4EE);
    public static final Color GROUP_FILL = new Color(0xF0F3F7);
    public static final Color ROW_RULE = new Color(0xC5CCD4);
    public static final Color STRONG_RULE = new Color(0x4A5563);
    public static final Color ACCENT = new Color(0x1F3864);

    // Charts (ChartLayout draws them for the PDF and HTML; the Word chart takes the same values).
    /** Axis labels, category labels and value labels. */
    public static final float CHART_SIZE = 8f;
    public static final float CHART_LEADING = 10f;
    /** The thickness of one bar, and of each bar of a group of two or more. */
    public static final float CHART_BAR = 10f;
    public static final float CHART_GROUPED_BAR = 7.5f;
    /** Space above and below the bars of one category. */
    public static final float CHART_BAR_GAP = 3f;
    /** The height of a line chart's plot area, normal and small. */
    public static final float CHART_PLOT_HEIGHT = 170f;
    public static final float CHART_SMALL_PLOT_HEIGHT = 100f;
    public static final float CHART_LINE_WIDTH = 1.5f;
    public static final float CHART_TARGET_WIDTH = 1f;
    /** Half the width of a marker on a line. */
    public static final float CHART_MARKER = 2.6f;
    public static final float CHART_GRID_WIDTH = 0.5f;
    public static final float CHART_AXIS_WIDTH = 0.75f;
    public static final float CHART_AFTER = 10f;
    public static final Color CHART_GRID = new Color(0xD9DEE4);
    public static final Color CHART_AXIS = new Color(0x4A5563);
    /**
     * The series' colours in order: dark blue, a lighter blue, a muted rust and a grey, which stay
     * apart in greyscale too. Series differ by more than colour: hatching, markers and dashes.
     */
    public static final java.util.List<Color> CHART_SERIES = java.util.List.of(new Color(0x1F3864), new Color(0x6F95C2),
            new Color(0xA35D2D), new Color(0x7F7F7F));
    /** A target or reference line (Målvärde), dashed. */
    public static final Color CHART_TARGET = new Color(0x404040);

    /** A colour as six upper-case hex digits ({@code 1F3864}), as Word and HTML write it. */
    public static String hex(Color c) {
        return String.format(java.util.Locale.ROOT, "%06X", c.getRGB() & 0xFFFFFF);
    }
}
