package se.rapportverk.render.docx.legacy;

import static se.rapportverk.render.layout.Theme.*;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.rapportverk.render.layout.Geometry;
import se.rapportverk.render.layout.Theme;

/**
 * The values of the Word styles, from the theme: {@code render/docx/styles.xml} names each size,
 * spacing, line height and colour as a {@code {{placeholder}}}, filled here. Sizes are written in
 * half-points, lengths in twips, border widths in eighths of a point, colours as hex digits.
 */
final class DocxStyles {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z0-9.]+)}}");

    private DocxStyles() {
    }

    /** Every placeholder and its value in the theme. */
    static Map<String, String> values(Theme theme) {
        Geometry geo = theme.geometry;
        Map<String, String> v = new LinkedHashMap<>();
        v.put("font", xml(theme.wordFontName));
        v.put("text.width", tw(geo.contentWidth));
        v.put("body.size", hp(BODY_SIZE));
        v.put("body.leading", tw(BODY_LEADING));
        v.put("body.after", tw(PARAGRAPH_AFTER));
        v.put("note.size", hp(NOTE_SIZE));
        v.put("note.leading", tw(NOTE_LEADING));
        v.put("note.before", tw(NOTE_BEFORE));
        v.put("caption.size", hp(CAPTION_SIZE));
        v.put("caption.leading", tw(CAPTION_LEADING));
        v.put("caption.before", tw(CAPTION_BEFORE));
        v.put("caption.after", tw(CAPTION_AFTER));
        for (int level = 1; level <= 3; level++) {
            v.put("h" + level + ".size", hp(HEADING_SIZE[level]));
            v.put("h" + level + ".leading", tw(HEADING_LEADING[level]));
            v.put("h" + level + ".before", tw(HEADING_BEFORE[level]));
            v.put("h" + level + ".after", tw(HEADING_AFTER[level]));
            v.put("h" + level + ".colour", Theme.hex(level == 3 ? theme.heading3 : theme.heading));
        }
        v.put("toc.title.after", tw(TOC_TITLE_AFTER));
        v.put("toc.leading", tw(TOC_LEADING));
        v.put("toc1.before", tw(TOC_LEVEL1_BEFORE));
        v.put("toc2.indent", tw(TOC_INDENT));
        v.put("toc3.indent", tw(2 * TOC_INDENT));
        v.put("running.size", hp(RUNNING_SIZE));
        v.put("running.leading", tw(RUNNING_LEADING));
        v.put("list.after", tw(LIST_AFTER));
        v.put("list.indent", tw(LIST_INDENT));
        v.put("field.after", tw(FIELD_LINE_AFTER));
        v.put("signature.gap", tw(SIGNATURE_GAP));
        v.put("table.size", hp(TABLE_SIZE));
        v.put("table.leading", tw(TABLE_LEADING));
        v.put("table.after", tw(TABLE_AFTER - 1));
        v.put("cell.top", tw(CELL_PAD_TOP));
        v.put("cell.bottom", tw(CELL_PAD_BOTTOM));
        v.put("cell.x", tw(CELL_PAD_X));
        v.put("plain.top", tw(PLAIN_PAD_TOP));
        v.put("plain.bottom", tw(PLAIN_PAD_BOTTOM));
        v.put("plain.right", tw(2 * CELL_PAD_X));
        v.put("rule.row", eighths(ROW_RULE_WIDTH));
        v.put("rule.strong", eighths(STRONG_RULE_WIDTH));
        v.put("cover.top", tw(Math.max(0, Geometry.mm(theme.husstil.cover().middleFromTop()) - geo.marginTop)));
        v.put("cover.kommun.size", hp(COVER_KOMMUN_SIZE));
        v.put("cover.kommun.leading", tw(COVER_KOMMUN_LEADING));
        v.put("cover.rule.width", eighths(COVER_RULE_WIDTH));
        v.put("cover.rule.before", tw(COVER_RULE_BEFORE - 1));
        v.put("cover.rule.after", tw(COVER_RULE_AFTER - COVER_RULE_WIDTH));
        v.put("cover.rule.indent", tw(geo.contentWidth - COVER_RULE_LENGTH));
        v.put("cover.title.size", hp(COVER_TITLE_SIZE));
        v.put("cover.title.leading", tw(COVER_TITLE_LEADING));
        v.put("cover.title.after", tw(COVER_TITLE_AFTER));
        v.put("cover.subtitle.size", hp(COVER_SUBTITLE_SIZE));
        v.put("cover.subtitle.leading", tw(COVER_SUBTITLE_LEADING));
        v.put("cover.lines.before", tw(COVER_TITLE_AFTER));
        v.put("cover.line.size", hp(COVER_LINE_SIZE));
        v.put("cover.line.leading", tw(COVER_LINE_LEADING));
        v.put("letterhead.logo.after", tw(LETTERHEAD_LOGO_AFTER));
        v.put("chart.after", tw(CHART_AFTER));
        v.put("colour.text", Theme.hex(theme.text));
        v.put("colour.heading", Theme.hex(theme.heading));
        v.put("colour.accent", Theme.hex(theme.accent));
        v.put("colour.muted", Theme.hex(MUTED));
        v.put("colour.running", Theme.hex(theme.running));
        v.put("colour.running.rule", Theme.hex(RUNNING_RULE));
        v.put("colour.rule.row", Theme.hex(theme.rowRule));
        v.put("colour.rule.strong", Theme.hex(theme.strongRule));
        v.put("colour.table.header.text", Theme.hex(theme.headerText));
        v.put("colour.link", Theme.hex(theme.link));
        v.put("picture.before", tw(PICTURE_BEFORE));
        v.put("picture.after", tw(PICTURE_AFTER));
        v.put("picture.caption.gap", tw(PICTURE_CAPTION_GAP));
        return v;
    }

    /** The part with every placeholder replaced; an unknown placeholder is a bug in the part. */
    static String fill(String part, Theme theme) {
        Map<String, String> values = values(theme);
        Matcher m = PLACEHOLDER.matcher(part);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("unknown style value {{" + m.group(1) + "}}");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Text as an XML attribute value (a font name from the house style). */
    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Points as twips. */
    static String tw(float points) {
        return Integer.toString(Geometry.twips(points));
    }

    /** Points as half-points. */
    static String hp(float points) {
        return Integer.toString(Math.round(points * 2));
    }

    /** Points as eighths of a point (border widths). */
    static String eighths(float points) {
        return Integer.toString(Math.round(points * 8));
    }
}
