package se.rapportverk.examples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small writer for workbooks that look like the ones a controller keeps: a bold, shaded,
 * frozen header row, column widths and number formats declared once per column, total rows
 * in bold with a rule above. Rows are given as plain values:
 * <ul>
 * <li>{@code String} → text, {@code Number} → number in the column's format,
 * {@code LocalDate} → date cell shown as {@code 2025-09-23}, {@code null} → empty;</li>
 * <li>{@link #sum(int, int)} → {@code =SUM(X<from>:X<to>)} in the same column;</li>
 * <li>{@link #f(String)} → any formula, where {@code {r}} stands for the current row
 * and {@code {c}} for the current column letter.</li>
 * </ul>
 */
final class Xlsx {

    /** How a column's values are shown. */
    enum Format {
        /** Text, single line. */
        TEXT,
        /** Text that wraps (long texts, lists). */
        WRAP,
        /** Whole amounts with thousands grouping: {@code #,##0}, shown {@code 1 078 100} in Swedish Excel. */
        AMOUNT,
        /** Amounts with two decimals (cost per hour in tkr). */
        AMOUNT2,
        /** One decimal (årsarbetare, percentages typed as numbers). */
        DECIMAL1,
        /** Excel's General format: 104.2 and 96 shown as typed. */
        GENERAL,
        /** Integer without grouping (years, order numbers). */
        INTEGER,
        /** Date, ISO style. */
        DATE
    }

    /** A column: header text exactly as the contract spells it, width in characters, format. */
    record Col(String header, int width, Format format) {
    }

    /** A formula; {@code {r}} is replaced by the row number, {@code {c}} by the column letter. */
    record Formula(String template) {
    }

    /** Bold total row marker: wrap a row's values with {@link #total(Object...)}. */
    record TotalRow(Object[] values) {
    }

    static Col col(String header, int width, Format format) {
        return new Col(header, width, format);
    }

    static Formula f(String template) {
        return new Formula(template);
    }

    /** {@code =SUM(X<from>:X<to>)} for the current column X (Excel row numbers, 1-based). */
    static Formula sum(int fromRow, int toRow) {
        return new Formula("SUM({c}" + fromRow + ":{c}" + toRow + ")");
    }

    static TotalRow total(Object... values) {
        return new TotalRow(values);
    }

    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final CellStyle header;
    private final CellStyle[] plain = new CellStyle[Format.values().length];
    private final CellStyle[] bold = new CellStyle[Format.values().length];
    private final CellStyle title;
    private final CellStyle note;

    Xlsx() {
        Font boldFont = wb.createFont();
        boldFont.setBold(true);
        Font titleFont = wb.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);

        XSSFCellStyle h = wb.createCellStyle();
        h.setFont(boldFont);
        h.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7}, null));
        h.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        h.setBorderBottom(BorderStyle.THIN);
        h.setVerticalAlignment(VerticalAlignment.CENTER);
        h.setWrapText(true);
        header = h;

        for (Format format : Format.values()) {
            plain[format.ordinal()] = style(format, null);
            bold[format.ordinal()] = style(format, boldFont);
        }
        CellStyle t = wb.createCellStyle();
        t.setFont(titleFont);
        title = t;
        CellStyle n = wb.createCellStyle();
        n.setWrapText(true);
        n.setVerticalAlignment(VerticalAlignment.TOP);
        note = n;
    }

    private CellStyle style(Format format, Font font) {
        CellStyle s = wb.createCellStyle();
        s.setVerticalAlignment(VerticalAlignment.TOP);
        short numberFormat = switch (format) {
            case TEXT, WRAP, GENERAL -> 0;
            case AMOUNT -> wb.createDataFormat().getFormat("#,##0");
            case AMOUNT2 -> wb.createDataFormat().getFormat("#,##0.00");
            case DECIMAL1 -> wb.createDataFormat().getFormat("#,##0.0");
            case INTEGER -> wb.createDataFormat().getFormat("0");
            case DATE -> wb.createDataFormat().getFormat("yyyy-mm-dd");
        };
        s.setDataFormat(numberFormat);
        if (format == Format.WRAP) {
            s.setWrapText(true);
        }
        if (format == Format.DATE || format == Format.INTEGER) {
            s.setAlignment(HorizontalAlignment.LEFT);
        }
        if (font != null) {
            s.setFont(font);
            s.setBorderTop(BorderStyle.THIN);
        }
        return s;
    }

    /** A sheet with a header row; rows are added with {@link Table#row(Object...)}. */
    final class Table {
        private final Sheet sheet;
        private final List<Col> cols;
        private int next = 1;

        private Table(Sheet sheet, List<Col> cols) {
            this.sheet = sheet;
            this.cols = cols;
        }

        /** The Excel row number (1-based) the next {@link #row} call will write. */
        int nextRow() {
            return next + 1;
        }

        /** Writes one row and returns its Excel row number (1-based). */
        int row(Object... values) {
            return rowWithFormat(-1, null, values);
        }

        /** Writes one row in which one column uses another format than the column's (Rapport!Värde). */
        int rowWithFormat(int column, Format override, Object... values) {
            boolean isTotal = values.length == 1 && values[0] instanceof TotalRow;
            Object[] v = isTotal ? ((TotalRow) values[0]).values() : values;
            if (v.length > cols.size()) {
                throw new IllegalArgumentException(sheet.getSheetName() + ": " + v.length
                        + " values for " + cols.size() + " columns");
            }
            Row row = sheet.createRow(next);
            int excelRow = next + 1;
            for (int i = 0; i < v.length; i++) {
                Object value = v[i];
                Format format = i == column ? override : cols.get(i).format();
                CellStyle style = (isTotal ? bold : plain)[format.ordinal()];
                if (value == null) {
                    if (isTotal) {
                        row.createCell(i).setCellStyle(style);
                    }
                    continue;
                }
                Cell cell = row.createCell(i);
                cell.setCellStyle(style);
                switch (value) {
                    case String s -> cell.setCellValue(s);
                    case Number n -> cell.setCellValue(n.doubleValue());
                    case LocalDate d -> cell.setCellValue(d);
                    case Formula fo -> cell.setCellFormula(fo.template()
                            .replace("{r}", Integer.toString(excelRow))
                            .replace("{c}", CellReference.convertNumToColString(i)));
                    default -> throw new IllegalArgumentException("Cannot write " + value.getClass());
                }
            }
            fitHeight(row, v);
            next++;
            return excelRow;
        }

        /**
         * Sets the row height from the longest wrapped text, as Excel's autofit would: neither
         * Excel nor LibreOffice recomputes the height of a written row when the file is opened.
         */
        private void fitHeight(Row row, Object[] values) {
            int lines = 1;
            for (int i = 0; i < values.length; i++) {
                if (values[i] instanceof String s && cols.get(i).format() == Format.WRAP) {
                    int perLine = (int) (cols.get(i).width() * 1.3);
                    int n = 0;
                    for (String line : s.split("\n", -1)) {
                        n += Math.max(1, (line.length() + perLine - 1) / perLine);
                    }
                    lines = Math.max(lines, n);
                }
            }
            if (lines > 1) {
                row.setHeightInPoints(Math.min(409f, lines * 15f + 2f));
            }
        }

        /**
         * Places a picture over the cells of a row (as Excel's Infoga › Bilder › Placera över celler does):
         * its top left corner in the cell, its width in centimetres, its height following its pixels, the
         * row as tall as the picture; its name and alternative text set on the picture too.
         *
         * @param excelRow the row (1-based)
         * @param column   the column (0-based)
         */
        void picture(int excelRow, int column, byte[] png, double widthCm, String name, String altText) {
            int w = ((png[16] & 0xFF) << 24) | ((png[17] & 0xFF) << 16) | ((png[18] & 0xFF) << 8) | (png[19] & 0xFF);
            int h = ((png[20] & 0xFF) << 24) | ((png[21] & 0xFF) << 16) | ((png[22] & 0xFF) << 8) | (png[23] & 0xFF);
            long cx = Math.round(widthCm / 2.54 * 914_400);
            long cy = Math.round((double) cx * h / w);
            Row row = sheet.getRow(excelRow - 1);
            row.setHeightInPoints((float) Math.min(409, cy / 12_700.0 + 4));
            var drawing = (org.apache.poi.xssf.usermodel.XSSFDrawing) sheet.createDrawingPatriarch();
            var anchor = drawing.createAnchor(0, 0, (int) cx, (int) cy, column, excelRow - 1, column, excelRow - 1);
            anchor.setAnchorType(org.apache.poi.ss.usermodel.ClientAnchor.AnchorType.MOVE_DONT_RESIZE);
            var picture = drawing.createPicture(anchor, wb.addPicture(png, org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG));
            var props = picture.getCTPicture().getNvPicPr().getCNvPr();
            props.setName(name);
            props.setDescr(altText);
            var ext = picture.getCTPicture().getSpPr().getXfrm().getExt();
            ext.setCx(cx);
            ext.setCy(cy);
        }

        /** Restricts a column to a list of words (a drop-down in Excel), for rows 2..500. */
        Table choices(String header, String... words) {
            int index = -1;
            for (int i = 0; i < cols.size(); i++) {
                if (cols.get(i).header().equals(header)) {
                    index = i;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException("No column " + header);
            }
            DataValidationHelper helper = sheet.getDataValidationHelper();
            DataValidationConstraint constraint = helper.createExplicitListConstraint(words);
            DataValidation validation = helper.createValidation(constraint,
                    new CellRangeAddressList(1, 499, index, index));
            validation.setSuppressDropDownArrow(true);
            validation.setShowErrorBox(true);
            validation.createErrorBox("Ogiltigt värde", "Välj ett av värdena i listan: " + String.join(", ", words));
            sheet.addValidationData(validation);
            return this;
        }

        Sheet sheet() {
            return sheet;
        }

        /** Gives one cell a yellow background, to point a reader at it (Excel row 1-based, column 0-based). */
        void mark(int excelRow, int column) {
            Cell cell = sheet.getRow(excelRow - 1).getCell(column);
            XSSFCellStyle marked = wb.createCellStyle();
            marked.cloneStyleFrom(cell.getCellStyle());
            marked.setFillForegroundColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xF2, (byte) 0x00}, null));
            marked.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            cell.setCellStyle(marked);
        }
    }

    /** Creates a sheet with a frozen, bold header row and the given columns. */
    Table table(String name, Col... columns) {
        Sheet sheet = wb.createSheet(name);
        Row row = sheet.createRow(0);
        row.setHeightInPoints(30);
        for (int i = 0; i < columns.length; i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(columns[i].header());
            cell.setCellStyle(header);
            sheet.setColumnWidth(i, columns[i].width() * 256);
        }
        sheet.createFreezePane(0, 1);
        return new Table(sheet, List.of(columns));
    }

    /**
     * The instructions sheet: a title, then lines of text. A line starting with {@code "## "}
     * is shown as a bold heading; other lines wrap in one wide column.
     */
    void instructions(String heading, String body) {
        Sheet sheet = wb.createSheet("Instruktioner");
        sheet.setColumnWidth(0, 110 * 256);
        sheet.setDisplayGridlines(false);
        Row first = sheet.createRow(0);
        first.setHeightInPoints(22);
        Cell c0 = first.createCell(0);
        c0.setCellValue(heading);
        c0.setCellStyle(title);
        int r = 2;
        for (String line : body.strip().split("\n", -1)) {
            Row row = sheet.createRow(r++);
            if (line.isBlank()) {
                continue;
            }
            Cell cell = row.createCell(0);
            if (line.startsWith("## ")) {
                cell.setCellValue(line.substring(3));
                cell.setCellStyle(bold[Format.TEXT.ordinal()]);
            } else {
                cell.setCellValue(line);
                cell.setCellStyle(note);
                int lines = 1 + line.length() / 120;
                row.setHeightInPoints(15f * lines);
            }
        }
    }

    /**
     * Evaluates every formula (so the cached results are stored in the file), sets fixed
     * document dates and writes the file with fixed zip entry times, so that regenerating an
     * unchanged example gives the same bytes.
     */
    void write(Path file, LocalDate documentDate) throws IOException {
        wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        wb.setActiveSheet(0);
        var core = wb.getProperties().getCoreProperties();
        Date when = Date.from(documentDate.atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.setCreator("Vård- och omsorgsförvaltningen, Ekeby kommun");
        core.setLastModifiedByUser("Rapportverk exempel");
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        wb.write(raw);
        wb.close();
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(withFixedEntryTimes(raw.toByteArray()));
        }
    }

    private static byte[] withFixedEntryTimes(byte[] zip) throws IOException {
        LocalDateTime fixed = LocalDateTime.of(2025, 1, 1, 0, 0);
        List<ZipEntry> entries = new ArrayList<>();
        List<byte[]> contents = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.add(new ZipEntry(e.getName()));
                contents.add(in.readAllBytes());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zout = new ZipOutputStream(out)) {
            for (int i = 0; i < entries.size(); i++) {
                ZipEntry e = entries.get(i);
                e.setTimeLocal(fixed);
                zout.putNextEntry(e);
                zout.write(contents.get(i));
                zout.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
