package se.rapportverk.render.html;

import java.util.Locale;

import se.rapportverk.document.Chart;
import se.rapportverk.render.layout.ChartLayout;
import se.rapportverk.render.layout.Theme;

/**
 * A chart as a figure with an inline SVG drawing, the same marks as the PDF draws
 * ({@link ChartLayout}), its caption as the figure's caption and its description as the drawing's
 * accessible name.
 */
final class HtmlChart {

    private HtmlChart() {
    }

    /** The chart drawn in the house style's colours, measured with its font and named by it. */
    static void write(StringBuilder h, Chart c, Theme theme) {
        ChartLayout.Drawing d = ChartLayout.draw(c, theme);
        h.append("<figure>");
        if (!c.caption().isEmpty()) {
            h.append("<figcaption>").append(HtmlRenderer.escape(c.caption())).append("</figcaption>");
        }
        h.append("\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(n(d.width()))
                .append("pt\" height=\"").append(n(d.height())).append("pt\" viewBox=\"0 0 ").append(n(d.width()))
                .append(' ').append(n(d.height())).append("\" font-family=\"").append(HtmlRenderer.escape(fontFamily(theme))).append("\">")
                .append("<title>").append(HtmlRenderer.escape(c.alt())).append("</title>\n");
        for (ChartLayout.Mark mark : d.marks()) {
            switch (mark) {
                case ChartLayout.Stroke s -> {
                    h.append("<polyline fill=\"none\" points=\"").append(points(s.xs(), s.ys())).append("\" stroke=\"#")
                            .append(Theme.hex(s.colour())).append("\" stroke-width=\"").append(n(s.width())).append('"');
                    if (s.dash().length > 0) {
                        h.append(" stroke-dasharray=\"");
                        for (int i = 0; i < s.dash().length; i++) {
                            h.append(i > 0 ? " " : "").append(n(s.dash()[i]));
                        }
                        h.append('"');
                    }
                    h.append("/>\n");
                }
                case ChartLayout.Area a -> h.append("<polygon points=\"").append(points(a.xs(), a.ys()))
                        .append("\" fill=\"#").append(Theme.hex(a.colour())).append("\"/>\n");
                case ChartLayout.Label l -> h.append("<text x=\"").append(n(l.x())).append("\" y=\"")
                        .append(n(l.baseline())).append("\" font-size=\"").append(n(l.size())).append("\" fill=\"#")
                        .append(Theme.hex(l.colour())).append('"').append(anchor(l.anchor()))
                        .append(l.face().bold() ? " font-weight=\"bold\"" : "").append('>')
                        .append(HtmlRenderer.escape(l.text())).append("</text>\n");
            }
        }
        h.append("</svg></figure>\n");
    }

    /** The house style's font as Word names it, then the standard ones. */
    private static String fontFamily(Theme theme) {
        return "'" + theme.wordFontName.replace("'", "") + "', Arial, 'Liberation Sans', sans-serif";
    }

    private static String anchor(ChartLayout.Anchor a) {
        return switch (a) {
            case START -> "";
            case MIDDLE -> " text-anchor=\"middle\"";
            case END -> " text-anchor=\"end\"";
        };
    }

    private static String points(float[] xs, float[] ys) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            sb.append(i > 0 ? " " : "").append(n(xs[i])).append(',').append(n(ys[i]));
        }
        return sb.toString();
    }

    /** A coordinate with two decimals at most, the same on every machine. */
    private static String n(float v) {
        String s = String.format(Locale.ROOT, "%.2f", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }
}
