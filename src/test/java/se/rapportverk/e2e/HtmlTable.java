package se.rapportverk.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The table rows of an HTML page (the kontrollrapport), as the text of their cells. */
final class HtmlTable {

    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<t[dh][^>]*>(.*?)</t[dh]>", Pattern.DOTALL);

    private HtmlTable() {
    }

    /** Every row of every table; a cell's {@code <br>} becomes a line break, other tags are dropped. */
    static List<List<String>> rows(String html) {
        List<List<String>> rows = new ArrayList<>();
        Matcher r = ROW.matcher(html);
        while (r.find()) {
            List<String> cells = new ArrayList<>();
            Matcher c = CELL.matcher(r.group(1));
            while (c.find()) {
                cells.add(text(c.group(1)));
            }
            rows.add(cells);
        }
        return rows;
    }

    static String text(String html) {
        return html.replaceAll("<br\\s*/?>", "\n").replaceAll("<[^>]+>", "").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&").strip();
    }
}
