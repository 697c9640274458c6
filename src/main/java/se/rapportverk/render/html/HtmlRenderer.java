package se.rapportverk.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.Chart;
import se.rapportverk.document.Document;
import se.rapportverk.document.FieldList;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Letterhead;
import se.rapportverk.document.NumberedList;
import se.rapportverk.document.PageBreak;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Picture;
import se.rapportverk.document.Signatures;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.document.TableOfContents;
import se.rapportverk.document.TitlePage;
import se.rapportverk.render.DocumentRenderer;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.render.layout.Theme;

/**
 * Renders a document tree as one self-contained HTML page (UTF-8, no scripts, no external files),
 * for reading in a browser: the check report is written this way beside its PDF. All text is
 * escaped, so nothing in a document can become markup.
 */
public final class HtmlRenderer implements DocumentRenderer {

    private static final String STYLE = """
            body{font-family:Arial,"Liberation Sans",sans-serif;font-size:10.5pt;line-height:1.4;max-width:60em;\
            margin:2em auto;padding:0 1em;color:#1a1a1a}
            h1,h2,h3{color:#1f3864}h1{font-size:1.5em}h2{font-size:1.25em}h3{font-size:1.05em}
            table{border-collapse:collapse;margin:.5em 0 1.2em;font-size:9pt}
            th,td{border-bottom:1px solid #c8c8c8;padding:3px 6px;vertical-align:top}
            thead th{background:#dde4ee;text-align:left}.r{text-align:right}.c{text-align:center}
            tr.total td{font-weight:bold;border-top:1.5px solid #333}tr.subtotal td,tr.group td{font-weight:bold}
            table.plain td{border:none}caption{text-align:left;font-weight:bold;padding:.3em 0}
            .title{margin:3em 0}.title .kommun{font-size:1.1em}.title h1{font-size:2.2em;margin:.2em 0}
            .note{font-size:9pt;color:#555}.caption{font-weight:bold}.sign{display:inline-block;width:16em;\
            margin:2em 2em 0 0}.sign span{display:block;color:#555}
            header,footer{color:#666;font-size:9pt}
            figure{margin:.8em 0 1.2em}figcaption{font-weight:bold;padding:.3em 0}svg{max-width:100%;height:auto}
            figure.bild img{max-width:100%;height:auto}figure.bild figcaption{font-weight:normal;font-size:9pt;\
            color:#555}a{color:#1f3864}
            """;

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void render(Document document, RenderOptions options, OutputStream out) throws IOException {
        StringBuilder h = new StringBuilder();
        String lang = escape(document.info().language());
        h.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>").append(escape(document.info().title())).append("</title>\n")
                .append("<meta name=\"author\" content=\"").append(escape(document.info().author())).append("\">\n")
                .append("<meta name=\"description\" content=\"").append(escape(document.info().subject())).append("\">\n")
                .append("<meta name=\"date\" content=\"").append(document.info().date()).append("\">\n")
                .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        if (!document.info().headerText().isEmpty()) {
            h.append("<header>").append(escape(document.info().headerText())).append("</header>\n");
        }
        int[] headingIndex = {0};
        Theme theme = Theme.of(options.husstil());
        for (Block block : document.blocks()) {
            block(h, block, document, headingIndex, theme);
        }
        if (!document.info().footerText().isEmpty()) {
            h.append("<footer>").append(escape(document.info().footerText())).append("</footer>\n");
        }
        h.append("</body>\n</html>\n");
        out.write(h.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** @param theme the house style's look, which charts are drawn in */
    private static void block(StringBuilder h, Block block, Document document, int[] headingIndex, Theme theme) {
        switch (block) {
            case Heading x -> h.append("<h").append(x.level()).append(" id=\"h").append(headingIndex[0]++).append("\">")
                    .append(escape(x.displayText())).append("</h").append(x.level()).append(">\n");
            case Paragraph p -> h.append("<p class=\"").append(p.style().name().toLowerCase(Locale.ROOT)).append("\">")
                    .append(spans(p.spans())).append("</p>\n");
            case BulletList l -> list(h, "ul", l.items());
            case NumberedList l -> list(h, "ol", l.items());
            case Table t -> table(h, t);
            case TableOfContents toc -> {
                h.append("<nav><h2>").append(escape(toc.title())).append("</h2>\n<ul>\n");
                List<Heading> headings = document.headings();
                for (int i = 0; i < headings.size(); i++) {
                    Heading x = headings.get(i);
                    if (x.inToc() && x.level() <= toc.maxLevel()) {
                        h.append("<li style=\"margin-left:").append((x.level() - 1) * 1.5).append("em\"><a href=\"#h")
                                .append(i).append("\">").append(escape(x.displayText())).append("</a></li>\n");
                    }
                }
                h.append("</ul></nav>\n");
            }
            case PageBreak b -> h.append("<hr>\n");
            case TitlePage t -> {
                h.append("<div class=\"title\"><div class=\"kommun\">").append(escape(t.kommun())).append("</div>")
                        .append("<h1>").append(escape(t.title())).append("</h1><div>").append(escape(t.subtitle()))
                        .append("</div>");
                t.lines().forEach(l -> h.append("<div class=\"note\">").append(escape(l.text())).append("</div>"));
                h.append("</div>\n");
            }
            case FieldList f -> {
                h.append("<table class=\"plain\">\n");
                f.fields().forEach(x -> h.append("<tr><td><b>").append(escape(x.label())).append("</b></td><td>")
                        .append(escape(x.value())).append("</td></tr>\n"));
                h.append("</table>\n");
            }
            case Letterhead l -> {
                h.append("<div class=\"title\"><div class=\"kommun\">").append(escape(l.kommun())).append("</div><div>")
                        .append(escape(l.forvaltning())).append("</div><div><b>").append(escape(l.title()))
                        .append("</b></div>");
                l.fields().forEach(x -> h.append("<div>").append(escape(x.label() + ": " + x.value())).append("</div>"));
                h.append("</div>\n");
            }
            case Picture p -> {
                h.append("<figure class=\"bild\"><img src=\"data:").append(p.image().format().mimeType).append(";base64,")
                        .append(java.util.Base64.getEncoder().encodeToString(p.image().bytes())).append("\" alt=\"")
                        .append(escape(p.altText())).append("\" width=\"")
                        .append(Math.round(p.image().naturalWidth() / 0.75f)).append("\">");
                if (!p.caption().isEmpty()) {
                    h.append("<figcaption>").append(escape(p.caption())).append("</figcaption>");
                }
                h.append("</figure>\n");
            }
            case Chart c -> HtmlChart.write(h, c, theme);
            case Signatures s -> {
                h.append("<div>");
                s.signatures().forEach(x -> h.append("<div class=\"sign\">").append(escape(x.name())).append("<span>")
                        .append(escape(x.title())).append("</span></div>"));
                h.append("</div>\n");
            }
        }
    }

    private static void list(StringBuilder h, String tag, List<List<Span>> items) {
        h.append('<').append(tag).append(">\n");
        items.forEach(i -> h.append("<li>").append(spans(i)).append("</li>\n"));
        h.append("</").append(tag).append(">\n");
    }

    private static void table(StringBuilder h, Table t) {
        h.append(t.style() == Table.Style.PLAIN ? "<table class=\"plain\">\n" : "<table>\n");
        if (!t.caption().isEmpty()) {
            h.append("<caption>").append(escape(t.caption())).append("</caption>\n");
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Table.Row row = t.rows().get(r);
            boolean header = r < t.headerRows();
            if (r == 0 && header) {
                h.append("<thead>\n");
            }
            if (r == t.headerRows()) {
                h.append(t.headerRows() > 0 ? "</thead>\n<tbody>\n" : "<tbody>\n");
            }
            h.append("<tr class=\"").append(row.kind().name().toLowerCase(Locale.ROOT)).append("\">");
            for (int c = 0; c < row.cells().size(); c++) {
                String tag = header ? "th" : "td";
                h.append('<').append(tag);
                if (row.kind() == Table.RowKind.GROUP && row.cells().size() == 1) {
                    h.append(" colspan=\"").append(t.columns().size()).append('"');
                } else {
                    Table.Align align = t.columns().get(c).align();
                    if (align != Table.Align.LEFT) {
                        h.append(" class=\"").append(align == Table.Align.RIGHT ? "r" : "c").append('"');
                    }
                }
                h.append('>').append(spans(row.cells().get(c).spans())).append("</").append(tag).append('>');
            }
            h.append("</tr>\n");
        }
        h.append(t.rows().size() > t.headerRows() ? "</tbody>\n" : t.headerRows() > 0 ? "</thead>\n" : "");
        h.append("</table>\n");
    }

    private static String spans(List<Span> spans) {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            String text = escape(s.text()).replace("\n", "<br>");
            if (s.colour() != null) {
                text = "<span style=\"color:#" + s.colour() + "\">" + text + "</span>";
            }
            if (s.italic()) {
                text = "<i>" + text + "</i>";
            }
            if (s.bold()) {
                text = "<b>" + text + "</b>";
            }
            if (s.link() != null) {
                text = "<a href=\"" + escape(s.link()) + "\">" + text + "</a>";
            }
            sb.append(text);
        }
        return sb.toString();
    }

    /** Escapes text for HTML content and attribute values. */
    static String escape(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
