package se.rapportverk.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;

import se.rapportverk.document.Chart;

/**
 * A Word chart's embedded workbook ({@code word/embeddings/Microsoft_Excel_WorksheetN.xlsx}) written as
 * text, the same bytes as the workbook POI's {@code XDDFChart} made for the POI renderer and
 * {@link StablePackage} stored: its parts in a fixed order, stored, all stamped with the document date.
 *
 * <p>The sheet {@value ChartWriter#SHEET}: the series' names in row 1 (bold, wrapped), a row per category
 * with the category in column A and each series' value in its column (the chart's number format); no cell
 * where a value is not reported. Its shared strings are counted as POI counted them: POI wrote each
 * category once more per series when it plotted the chart.
 */
final class ChartPartWorkbook {

    private static final String SHEET = ChartWriter.SHEET;
    /** Excel's limit on a cell's text, which POI enforced. */
    private static final int MAX_TEXT = 32767;
    /** Excel's last column and row, which POI enforced. */
    private static final int MAX_COLUMNS = 16384;
    private static final int MAX_ROWS = 1048576;

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String STANDALONE = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private static final byte[] CONTENT_TYPES = bytes(STANDALONE
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\" Extension=\"rels\"/>"
            + "<Default ContentType=\"application/xml\" Extension=\"xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\""
            + " PartName=\"/docProps/app.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\""
            + " PartName=\"/docProps/core.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\""
            + " PartName=\"/xl/sharedStrings.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\""
            + " PartName=\"/xl/styles.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\""
            + " PartName=\"/xl/workbook.xml\"/>"
            + "<Override ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\""
            + " PartName=\"/xl/worksheets/sheet1.xml\"/></Types>");
    private static final byte[] ROOT_RELS = bytes(STANDALONE + "<Relationships xmlns=\"" + RELS_NS + "\">"
            + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\"" + REL + "officeDocument\"/>"
            + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"" + REL + "extended-properties\"/>"
            + "<Relationship Id=\"rId3\" Target=\"docProps/core.xml\""
            + " Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\"/>"
            + "</Relationships>");
    private static final byte[] APP = bytes(DECLARATION
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>" + DocxRenderer.APPLICATION + "</Application></Properties>");
    private static final byte[] WORKBOOK_RELS = bytes(STANDALONE + "<Relationships xmlns=\"" + RELS_NS + "\">"
            + "<Relationship Id=\"rId1\" Target=\"sharedStrings.xml\" Type=\"" + REL + "sharedStrings\"/>"
            + "<Relationship Id=\"rId2\" Target=\"styles.xml\" Type=\"" + REL + "styles\"/>"
            + "<Relationship Id=\"rId3\" Target=\"worksheets/sheet1.xml\" Type=\"" + REL + "worksheet\"/>"
            + "</Relationships>");
    private static final byte[] WORKBOOK = bytes(DECLARATION + "<workbook xmlns=\"" + MAIN_NS + "\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<workbookPr date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/></bookViews>"
            + "<sheets><sheet name=\"" + SHEET + "\" r:id=\"rId3\" sheetId=\"1\"/></sheets></workbook>");
    /** The styles after the number format: the default font and a bold one, cell formats 0, 1 (number), 2 (header). */
    private static final String STYLES_TAIL = "\"/></numFmts><fonts count=\"2\"><font><sz val=\"11.0\"/>"
            + "<color indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/></font>"
            + "<font><name val=\"Calibri\"/><sz val=\"11.0\"/><b val=\"true\"/></font></fonts><fills count=\"2\">"
            + "<fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"darkGray\"/></fill>"
            + "</fills><borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
            + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
            + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
            + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"true\"/>"
            + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"true\">"
            + "<alignment wrapText=\"true\"/></xf></cellXfs></styleSheet>";

    /** The parts' names, in the order the zip holds them (StablePackage's: content types, root relationships, then by name). */
    static final List<String> NAMES = List.of("[Content_Types].xml", "_rels/.rels", "docProps/app.xml",
            "docProps/core.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/styles.xml",
            "xl/workbook.xml", "xl/worksheets/sheet1.xml");

    private ChartPartWorkbook() {
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The workbook of a chart, as a stored zip.
     *
     * @throws IllegalArgumentException when a name or category is longer than a cell's text may be, or the
     *                                  chart has more series or categories than a sheet has columns or rows
     */
    static byte[] write(Chart chart, LocalDate date) {
        int series = chart.series().size();
        int n = chart.categories().size();
        if (series + 1 > MAX_COLUMNS || n + 1 > MAX_ROWS) {
            throw new IllegalArgumentException("the chart has more data than a sheet takes: " + series + " series, "
                    + n + " categories");
        }
        Strings strings = new Strings();
        StringBuilder sheet = new StringBuilder(1024 + (n + 1) * (series + 1) * 40);
        sheet.append(DECLARATION).append("<worksheet xmlns=\"").append(MAIN_NS).append("\"><dimension ref=\"A1:")
                .append(ChartPartXml.column(series)).append(n + 1)
                .append("\"/><sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"true\"/></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15.0\"/><cols>");
        int widest = 10;
        for (String category : chart.categories()) {
            widest = Math.max(widest, category.length());
        }
        col(sheet, 1, Math.min(60, widest + 2));
        for (int s = 0; s < series; s++) {
            col(sheet, s + 2, 16);
        }
        sheet.append("</cols><sheetData><row r=\"1\">");
        String[] letters = new String[series + 1];
        for (int c = 0; c <= series; c++) {
            letters[c] = ChartPartXml.column(c);
        }
        stringCell(sheet, "A1", strings.add(""), 0);
        for (int s = 0; s < series; s++) {
            stringCell(sheet, letters[s + 1] + "1", strings.add(chart.series().get(s).name()), 2);
        }
        sheet.append("</row>");
        for (int i = 0; i < n; i++) {
            int r = i + 2;
            sheet.append("<row r=\"").append(r).append("\">");
            stringCell(sheet, "A" + r, strings.add(chart.categories().get(i)), 0);
            for (int s = 0; s < series; s++) {
                BigDecimal v = chart.series().get(s).points().get(i).value();
                if (v != null) {
                    double d = v.doubleValue();
                    sheet.append("<c r=\"").append(letters[s + 1]).append(r);
                    if (Double.isInfinite(d)) {
                        // Excel has no infinity: POI wrote #DIV/0! for a value beyond a double's range.
                        sheet.append("\" t=\"e\" s=\"1\"><v>#DIV/0!</v></c>");
                    } else {
                        sheet.append("\" t=\"n\" s=\"1\"><v>").append(Double.toString(d)).append("</v></c>");
                    }
                }
            }
            sheet.append("</row>");
        }
        sheet.append("</sheetData><pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\" right=\"0.7\""
                + " top=\"0.75\"/></worksheet>");
        // POI wrote the categories into the sheet once more for each series when it plotted the chart.
        strings.count += series * n;

        StringBuilder styles = new StringBuilder(1200);
        styles.append(DECLARATION).append("<styleSheet xmlns=\"").append(MAIN_NS)
                .append("\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"");
        ChartPartXml.attribute(styles, ChartWriter.numberFormat(chart.decimals()));
        styles.append(STYLES_TAIL);

        List<byte[]> parts = List.of(CONTENT_TYPES, ROOT_RELS, APP, bytes(core(date)), WORKBOOK_RELS,
                bytes(strings.xml()), bytes(styles.toString()), WORKBOOK, bytes(sheet.toString()));
        return zip(NAMES, parts, date);
    }

    private static void col(StringBuilder sheet, int number, int width) {
        sheet.append("<col min=\"").append(number).append("\" max=\"").append(number).append("\" width=\"")
                .append(Double.toString(width)).append("\" customWidth=\"true\"/>");
    }

    private static void stringCell(StringBuilder sheet, String ref, int index, int style) {
        sheet.append("<c r=\"").append(ref).append("\" t=\"s\" s=\"").append(style).append("\"><v>").append(index)
                .append("</v></c>");
    }

    /** The core properties: the document date (midnight UTC) as created and modified, Rapportverk as creator. */
    private static String core(LocalDate date) {
        // As POI's PackagePropertiesPart writes a date, so that dates before 1583 too come out alike.
        SimpleDateFormat format = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
        format.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        String at = format.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
        return STANDALONE + "<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
                + "<dcterms:created xsi:type=\"dcterms:W3CDTF\">" + at + "</dcterms:created>"
                + "<dc:creator>" + DocxRenderer.APPLICATION + "</dc:creator>"
                + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + at + "</dcterms:modified></cp:coreProperties>";
    }

    /**
     * The shared strings table as POI's {@code SharedStringsTable} kept it: a string is one entry with
     * another when XMLBeans would write both alike (its key is the string's XML, where a character XML does
     * not allow is a {@code ?}), and every cell set counts.
     */
    private static final class Strings {
        private final Map<String, Integer> index = new HashMap<>();
        private final StringBuilder xml = new StringBuilder(512);
        private int count;

        int add(String s) {
            if (s.length() > MAX_TEXT) {
                throw new IllegalArgumentException("The maximum length of cell contents (text) is " + MAX_TEXT
                        + " characters");
            }
            count++;
            boolean preserve = !s.isEmpty()
                    && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)));
            StringBuilder key = new StringBuilder(s.length() + 8).append(preserve ? 'P' : 'N');
            ChartPartXml.text(key, s);
            Integer known = index.putIfAbsent(key.toString(), index.size());
            if (known != null) {
                return known;
            }
            if (s.isEmpty()) {
                xml.append("<si><t/></si>");
            } else {
                xml.append(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>");
                ChartPartXml.text(xml, s, ChartPartXml.NO_CDATA_LENGTH, ChartPartXml.NO_CDATA_ENTITIES);
                xml.append("</t></si>");
            }
            return index.size() - 1;
        }

        String xml() {
            return DECLARATION + "<sst count=\"" + count + "\" uniqueCount=\"" + index.size() + "\" xmlns=\"" + MAIN_NS
                    + "\">" + xml + "</sst>";
        }
    }

    /** The parts as a zip written by {@link StablePackage} (its order is {@link #NAMES}'). */
    private static byte[] zip(List<String> names, List<byte[]> parts, LocalDate date) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        int size = 1000;
        for (int i = 0; i < names.size(); i++) {
            entries.put(names.get(i), parts.get(i));
            size += parts.get(i).length + 120;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(size);
        try {
            StablePackage.write(entries, Set.of(), date, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
