package se.rapportverk.e2e;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;

/**
 * A Word file read back with Apache POI: the body's paragraphs with their style ids, and its
 * tables as rows of cell texts, in document order.
 */
final class DocxDoc {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /**
     * A paragraph of the body (not inside a table).
     *
     * @param style    its paragraph style id ({@code Heading1}, {@code ListNumber}, …), "" for none
     * @param text     its text
     * @param numbered whether it carries list numbering ({@code w:numPr})
     */
    record Para(String style, String text, boolean numbered) {
    }

    /**
     * A table of the body.
     *
     * @param caption      the text of the Caption paragraph just before it, "" if none
     * @param rows         the text of every cell, row by row
     * @param headerRepeat for each row whether it is marked to repeat as a header ({@code w:tblHeader})
     * @param table        the table itself
     * @param after        the paragraph right after the table in the body, or null when none follows
     */
    record Table(String caption, List<List<String>> rows, List<Boolean> headerRepeat, XWPFTable table, Para after) {
        List<String> header() {
            return rows.get(0);
        }

        /** The row whose first cell equals the label; fails if there is none. */
        List<String> row(String label) {
            return rows.stream().filter(r -> !r.isEmpty() && r.get(0).equals(label)).findFirst()
                    .orElseThrow(() -> new AssertionError("no row \"" + label + "\" in table " + caption + ": " + rows));
        }
    }

    final XWPFDocument document;
    final List<Para> paragraphs = new ArrayList<>();
    final List<Table> tables = new ArrayList<>();

    private DocxDoc(XWPFDocument document) {
        this.document = document;
        String lastCaption = "";
        List<IBodyElement> elements = document.getBodyElements();
        for (int index = 0; index < elements.size(); index++) {
            IBodyElement element = elements.get(index);
            if (element instanceof XWPFParagraph p) {
                Para para = para(p);
                String style = para.style();
                paragraphs.add(para);
                if (style.equals("Caption")) {
                    lastCaption = p.getText();
                } else if (!p.getText().isBlank()) {
                    lastCaption = "";
                }
            } else if (element instanceof XWPFTable t) {
                List<List<String>> rows = new ArrayList<>();
                List<Boolean> repeat = new ArrayList<>();
                for (XWPFTableRow row : t.getRows()) {
                    List<String> cells = new ArrayList<>();
                    for (XWPFTableCell cell : row.getTableCells()) {
                        cells.add(cell.getParagraphs().stream().map(XWPFParagraph::getText)
                                .collect(Collectors.joining("\n")));
                    }
                    rows.add(cells);
                    repeat.add(row.isRepeatHeader());
                }
                Para after = index + 1 < elements.size() && elements.get(index + 1) instanceof XWPFParagraph next
                        ? para(next) : null;
                tables.add(new Table(lastCaption, rows, repeat, t, after));
                lastCaption = "";
            }
        }
    }

    private static Para para(XWPFParagraph p) {
        String style = p.getStyleID() == null ? "" : p.getStyleID();
        boolean numbered = p.getCTP().getPPr() != null && p.getCTP().getPPr().getNumPr() != null;
        return new Para(style, p.getText(), numbered);
    }

    static DocxDoc read(byte[] docx) {
        try {
            return new DocxDoc(new XWPFDocument(new ByteArrayInputStream(docx)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body paragraphs whose style is one of Word's heading styles, as "style: text". */
    List<Para> headings() {
        return paragraphs.stream().filter(p -> p.style().startsWith("Heading")).toList();
    }

    /** The text of every body paragraph and table cell, one a line. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (IBodyElement element : document.getBodyElements()) {
            if (element instanceof XWPFParagraph p) {
                sb.append(p.getText()).append('\n');
            } else if (element instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        for (XWPFParagraph p : cell.getParagraphs()) {
                            sb.append(p.getText()).append('\n');
                        }
                    }
                }
            }
        }
        return sb.toString();
    }

    /** The values an XPath (prefix {@code w}) selects in the main document part. */
    List<String> select(String path) {
        List<String> values = new ArrayList<>();
        try (XmlCursor cursor = document.getDocument().newCursor()) {
            cursor.selectPath("declare namespace w='" + W + "' " + path);
            while (cursor.toNextSelection()) {
                values.add(cursor.getTextValue());
            }
        }
        return values;
    }

    /** The table with the given caption; fails if there is none. */
    Table table(String caption) {
        return tables.stream().filter(t -> t.caption().equals(caption)).findFirst()
                .orElseThrow(() -> new AssertionError("no table with caption \"" + caption + "\"; captions: "
                        + tables.stream().map(Table::caption).toList()));
    }

    /** The first table whose first header cell starts with the text; fails if there is none. */
    Table tableStartingWith(String firstHeaderCell) {
        return tables.stream().filter(t -> !t.rows().isEmpty() && t.header().get(0).startsWith(firstHeaderCell))
                .findFirst().orElseThrow(() -> new AssertionError("no table whose header starts with \""
                        + firstHeaderCell + "\"; headers: " + tables.stream().map(t -> t.rows().isEmpty() ? List.of()
                        : t.header()).toList()));
    }

    POIXMLProperties.CoreProperties core() {
        return document.getProperties().getCoreProperties();
    }

    String language() {
        return core().getUnderlyingProperties().getLanguageProperty().orElse(null);
    }
}
