package se.rapportverk.render.layout;

import java.awt.Color;

import se.rapportverk.husstil.Husstil;

/**
 * The look of every document, in every format: the font, type sizes, line heights, spacing and
 * colours of each kind of text, and the rules and shading of tables. The PDF is laid out with
 * these values and the Word file's styles are made from them ({@code render/docx/styles.xml}
 * names them), so the two look alike and break their pages alike. Lengths are in points.
 *
 * <p>Type sizes, line heights and spacing are Rapportverk's own (the constants); the colours,
 * the page's margins, the fonts, the logo, the cover and the letterhead are the house style's
 * ({@link Husstil}), held by an instance. The standard look is a sober municipal one: black text,
 * headings and the cover in a dark blue, table headers shaded a light blue-grey, totals bold with
 * a rule above.
 */
public final class Theme {

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

    /**
     * Room left beside a table column's widest word. Word and LibreOffice measure text in whole
     * twips and with their own hinting, so a word exactly as wide as its column in our metrics can
     * break in theirs ("Volymenhe t"); with this room it does not, and a word within this room of
     * its column's width gets its soft hyphens in the Word file as the PDF would.
     */
    public static final float WORD_ROOM = 1.5f;
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

    // Links: the heading colour and underlined, so that they are told apart by more than colour.
    public static final float LINK_UNDERLINE_WIDTH = 0.5f;
    /** How far below the baseline a link's underline runs, as a share of the type size. */
    public static final float LINK_UNDERLINE_DROP = 0.12f;

    // Pictures: the space above and below, between a picture and its caption, and the largest share
    // of the body's height a picture (with its caption) takes.
    public static final float PICTURE_BEFORE = 6f;
    public static final float PICTURE_AFTER = 10f;
    public static final float PICTURE_CAPTION_GAP = 4f;
    public static final float PICTURE_MAX_HEIGHT_SHARE = 0.7f;

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
    /** Space between the cover's logo and what follows it in its zone. */
    public static final float COVER_LOGO_AFTER = 18f;
    /**
     * How far above the bottom margin the cover's foot ends: room for the paragraph that ends the
     * cover in Word, so that the page break after it never falls on the next page.
     */
    public static final float COVER_FOOT_RESERVE = 22f;
    /** The least space between two zones of the cover. */
    public static final float COVER_ZONE_GAP = 24f;
    /** Space under a letterhead's logo. */
    public static final float LETTERHEAD_LOGO_AFTER = 6f;
    /** Space under the running header's logo, to the rule. */
    public static final float HEADER_LOGO_GAP = 3f;

    // Charts (ChartLayout draws them for the PDF and HTML; the Word chart takes the same values). The
    // series' colours are the house style's (chartSeries).
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
    /** A chart's grid lines (its axis is drawn in the house style's total rule colour). */
    public static final Color CHART_GRID = new Color(0xD9DEE4);
    /** A target or reference line (Målvärde), dashed, whatever the house style's colours. */
    public static final Color CHART_TARGET = new Color(0x404040);


    // Colours that are not the house style's.
    public static final Color MUTED = new Color(0x595959);
    public static final Color RUNNING_RULE = new Color(0xA6AEB8);

    /** The house style. */
    public final Husstil husstil;
    /** The page. */
    public final Geometry geometry;
    /** The fonts and their metrics. */
    public final Fonts fonts;
    /** The font the Word file names (Arial for Liberation Sans, which has its metrics). */
    public final String wordFontName;

    // The house style's colours.
    public final Color text;
    public final Color heading;
    public final Color heading3;
    public final Color accent;
    public final Color headerFill;
    public final Color headerText;
    public final Color groupFill;
    public final Color rowRule;
    public final Color strongRule;
    public final Color running;
    /** Links in the text: the heading colour, which the house style makes one that reads as text. */
    public final Color link;
    /**
     * The colours of a chart's series in order, which the house style should choose to stay apart
     * in greyscale too; series also differ by more than colour (hatching, markers, dashes).
     */
    public final java.util.List<Color> chartSeries;

    private static Theme standard;

    private Theme(Husstil husstil) {
        this.husstil = husstil;
        this.geometry = new Geometry(husstil.margins());
        this.fonts = Fonts.of(husstil.fonts());
        this.wordFontName = husstil.fonts().wordName();
        Husstil.Colours c = husstil.colours();
        text = c.text();
        heading = c.heading();
        heading3 = c.subheading();
        accent = c.accent();
        headerFill = c.tableHeader();
        headerText = c.tableHeaderText();
        groupFill = c.tableGroup();
        rowRule = c.tableRule();
        strongRule = c.totalRule();
        running = c.running();
        link = heading;
        chartSeries = c.chart();
    }

    /** The look of the standard house style. */
    public static synchronized Theme standard() {
        if (standard == null) {
            standard = new Theme(Husstil.standard());
        }
        return standard;
    }

    /** The look of a house style (cheap: the fonts are loaded once per set of font files). */
    public static Theme of(Husstil husstil) {
        return husstil.isStandard() ? standard() : new Theme(husstil);
    }

    /** A colour as six upper-case hex digits ({@code 1F3864}), as Word and HTML write it. */
    public static String hex(Color c) {
        return String.format(java.util.Locale.ROOT, "%06X", c.getRGB() & 0xFFFFFF);
    }
}
