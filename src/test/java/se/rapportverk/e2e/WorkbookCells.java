package se.rapportverk.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cells of a workbook read directly with POI, independently of Rapportverk's reader, so that
 * tests can compute the figures a document should show.
 */
final class WorkbookCells {

    /** A row below the header: its 1-based row number and its cells by header text. */
    record Line(int rowNumber, Map<String, Cell> cells) {

        boolean has(String column) {
            Cell c = cells.get(column);
            return c != null && c.getCellType() != CellType.BLANK
                    && !(c.getCellType() == CellType.STRING && c.getStringCellValue().isBlank());
        }

        String text(String column) {
            Cell c = cells.get(column);
            if (c == null) {
                return "";
            }
            return switch (c.getCellType()) {
                case STRING -> c.getStringCellValue();
                case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
                default -> "";
            };
        }

        /** A number cell (or a formula's cached result) as an exact decimal; zero when empty. */
        BigDecimal number(String column) {
            Cell c = cells.get(column);
            if (c == null || !has(column)) {
                return BigDecimal.ZERO;
            }
            double d = c.getCellType() == CellType.FORMULA || c.getCellType() == CellType.NUMERIC
                    ? c.getNumericCellValue() : Double.parseDouble(c.getStringCellValue().replace(',', '.'));
            return new BigDecimal(Double.toString(d)).stripTrailingZeros();
        }

        LocalDate date(String column) {
            Cell c = cells.get(column);
            if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                return c.getLocalDateTimeCellValue().toLocalDate();
            }
            return LocalDate.parse(c.getStringCellValue().strip());
        }
    }

    private final Map<String, List<Line>> sheets = new LinkedHashMap<>();

    private WorkbookCells(XSSFWorkbook wb) {
        for (Sheet sheet : wb) {
            List<String> header = null;
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                if (isBlank(row)) {
                    continue;
                }
                if (header == null) {
                    header = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        Cell cell = row.getCell(c);
                        header.add(cell == null ? "" : cell.toString().strip());
                    }
                    continue;
                }
                Cell first = row.getCell(0);
                if (first != null && first.getCellType() == CellType.STRING
                        && first.getStringCellValue().strip().startsWith("#")) {
                    continue;
                }
                Map<String, Cell> cells = new LinkedHashMap<>();
                for (int c = 0; c < header.size(); c++) {
                    cells.put(header.get(c), row.getCell(c));
                }
                lines.add(new Line(row.getRowNum() + 1, cells));
            }
            sheets.put(sheet.getSheetName(), lines);
        }
    }

    private static boolean isBlank(Row row) {
        for (Cell c : row) {
            if (c.getCellType() != CellType.BLANK && !c.toString().isBlank()) {
                return false;
            }
        }
        return true;
    }

    static WorkbookCells read(Path workbook) {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            return new WorkbookCells(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a sheet below its header row, blank and comment rows left out. */
    List<Line> rows(String sheet) {
        List<Line> lines = sheets.get(sheet);
        if (lines == null) {
            throw new AssertionError("no sheet " + sheet + " in " + sheets.keySet());
        }
        return lines;
    }

    /** The value of a field on the Rapport sheet. */
    Line rapport(String field) {
        return rows("Rapport").stream().filter(l -> l.text("Fält").equals(field)).findFirst()
                .orElseThrow(() -> new AssertionError("no Rapport field " + field));
    }
}
