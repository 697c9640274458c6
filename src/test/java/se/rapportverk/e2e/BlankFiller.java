package se.rapportverk.e2e;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills in a blank workbook of {@code rapportverk init} as a user does in Excel: a value beside a
 * listed Rapport field, a text beside a listed Texter section, rows typed under the headers of a
 * sheet (the sheet's Table grows over them, as Excel's does). The cells keep the blank workbook's
 * column styles, so dates typed in a date column are date cells. Columns are found by their header
 * text as a user reads it, never by the code under test.
 */
final class BlankFiller implements AutoCloseable {

    private final XSSFWorkbook wb;

    BlankFiller(byte[] blank) {
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(blank));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Types a value beside a Rapport field (column Värde of the row whose Fält is the field). */
    BlankFiller field(String field, Object value) {
        XSSFSheet sheet = sheet("Rapport");
        Row row = rowWith(sheet, 0, field);
        set(row, column(sheet, "Värde"), value);
        return this;
    }

    /** Types a text beside a Texter section (column Text of the row whose Avsnitt is the key). */
    BlankFiller text(String key, String text) {
        XSSFSheet sheet = sheet("Texter");
        set(rowWith(sheet, 0, key), column(sheet, "Text"), text);
        return this;
    }

    /** Types one row under the header of a sheet: the values by header, in the first free row. */
    BlankFiller row(String sheetName, Map<String, Object> values) {
        XSSFSheet sheet = sheet(sheetName);
        int r = 1;
        while (sheet.getRow(r) != null && !blank(sheet.getRow(r))) {
            r++;
        }
        Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
        for (Map.Entry<String, Object> e : values.entrySet()) {
            set(row, column(sheet, e.getKey()), e.getValue());
        }
        for (XSSFTable table : sheet.getTables()) {
            AreaReference area = table.getArea();
            if (area.getLastCell().getRow() < r) {
                table.setArea(new AreaReference(area.getFirstCell(),
                        new CellReference(r, area.getLastCell().getCol()), wb.getSpreadsheetVersion()));
                table.getCTTable().getAutoFilter().setRef(table.getArea().formatAsString());
            }
        }
        return this;
    }

    /** The workbook as saved. */
    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }

    private XSSFSheet sheet(String name) {
        XSSFSheet sheet = wb.getSheet(name);
        if (sheet == null) {
            throw new IllegalArgumentException("the blank workbook has no sheet " + name);
        }
        return sheet;
    }

    private static int column(XSSFSheet sheet, String header) {
        for (Cell cell : sheet.getRow(0)) {
            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(header)) {
                return cell.getColumnIndex();
            }
        }
        throw new IllegalArgumentException(sheet.getSheetName() + " has no column " + header);
    }

    private static Row rowWith(XSSFSheet sheet, int column, String text) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.STRING
                    && cell.getStringCellValue().equals(text)) {
                return row;
            }
        }
        throw new IllegalArgumentException(sheet.getSheetName() + " lists no " + text);
    }

    private static boolean blank(Row row) {
        for (Cell cell : row) {
            if (cell.getCellType() != CellType.BLANK) {
                return false;
            }
        }
        return true;
    }

    /** A cell typed: it takes its column's style (format), as Excel gives a typed cell. */
    private static void set(Row row, int column, Object value) {
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        if (cell.getCellStyle().getIndex() == 0) {
            cell.setCellStyle(row.getSheet().getColumnStyle(column));
        }
        switch (value) {
            case String s -> cell.setCellValue(s);
            case Number n -> cell.setCellValue(n.doubleValue());
            case LocalDate d -> cell.setCellValue(d);
            default -> throw new IllegalArgumentException("no cell for " + value);
        }
    }
}
