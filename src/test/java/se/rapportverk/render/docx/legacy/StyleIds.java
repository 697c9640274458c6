package se.rapportverk.render.docx.legacy;

/**
 * The style ids of the styles part ({@code render/docx/styles.xml}) that the renderer refers to.
 * One fact, one place: a style used in code is named here and defined there.
 */
final class StyleIds {

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String SUBTITLE = "Subtitle";
    static final String TITLE_PAGE_KOMMUN = "TitlePageKommun";
    static final String TITLE_PAGE_LINE = "TitlePageLine";
    /** The paragraph of the cover's logo. */
    static final String TITLE_PAGE_LOGO = "TitlePageLogo";
    /** The paragraph of a letterhead's logo. */
    static final String LETTERHEAD_LOGO = "LetterheadLogo";
    /** The empty paragraph whose border is the cover's accent rule. */
    static final String TITLE_PAGE_RULE = "TitlePageRule";
    static final String CAPTION = "Caption";
    static final String NOTE = "Note";
    static final String LIST_BULLET = "ListBullet";
    static final String LIST_NUMBER = "ListNumber";
    static final String TOC_HEADING = "TOCHeading";
    static final String HEADER = "Header";
    static final String FOOTER = "Footer";
    static final String FIELD_LINE = "FieldLine";
    static final String SIGNATURE_NAME = "SignatureName";
    static final String SIGNATURE_TITLE = "SignatureTitle";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String TABLE_GROUP = "TableGroup";
    static final String TABLE_TOTAL = "TableTotal";
    /** The small empty paragraph that closes a table. */
    static final String TABLE_SPACER = "TableSpacer";
    /** The paragraph that holds a chart. */
    static final String CHART = "Chart";
    /** Character style for bold labels and bold text. */
    static final String STRONG = "Strong";
    /** Character style for italic text. */
    static final String EMPHASIS = "Emphasis";
    /** Character style of a link (Word's "Hyperlink"): the link colour, underlined. */
    static final String HYPERLINK = "Hyperlink";
    /** Paragraph style of a picture of the workbook. */
    static final String PICTURE = "Picture";
    /** Paragraph style of a picture with a caption under it (kept with it, no space between). */
    static final String PICTURE_ABOVE_CAPTION = "PictureAboveCaption";
    /** Paragraph style of a picture's caption. */
    static final String PICTURE_CAPTION = "PictureCaption";
    /** Paragraph style of a comment's text (Word's "annotation text"). */
    static final String COMMENT_TEXT = "CommentText";
    /** Character style of a comment's mark (Word's "annotation reference"). */
    static final String COMMENT_REFERENCE = "CommentReference";
    /** Table style of data tables: rules above, below and between rows. */
    static final String REPORT_TABLE = "ReportTable";
    /** Table style of layout tables: no rules. */
    static final String LAYOUT_TABLE = "LayoutTable";

    private StyleIds() {
    }

    /** The built-in heading style of a level: {@code Heading1} to {@code Heading3}. */
    static String heading(int level) {
        return "Heading" + checkLevel(level);
    }

    /** The look-alike of a heading style that the table of contents leaves out. */
    static String headingNotInToc(int level) {
        return "Heading" + checkLevel(level) + "NotInToc";
    }

    /** The built-in table of contents style of a level: {@code TOC1} to {@code TOC3}. */
    static String toc(int level) {
        return "TOC" + checkLevel(level);
    }

    private static int checkLevel(int level) {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("level must be 1–3: " + level);
        }
        return level;
    }
}
