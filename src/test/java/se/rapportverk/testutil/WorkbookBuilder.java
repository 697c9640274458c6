package se.rapportverk.testutil;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds small workbooks for tests, row by row. Values: a {@code String} is a text cell, a
 * {@code Number} a numeric cell, a {@link LocalDate} a date cell, {@code null} an empty cell,
 * {@link #formula(String)} a formula (cached result stored unless {@link #uncached}), {@link #percent}
 * a numeric cell formatted as percent.
 */
public final class WorkbookBuilder {

    /** A formula cell. */
    public record Formula(String formula, boolean cache) {
    }

    /** A numeric cell formatted as percent (0.12 shows 12 %). */
    public record Percent(double value) {
    }

    private final Map<String, List<Object[]>> sheets = new LinkedHashMap<>();
    private final Map<String, List<Integer>> hidden = new LinkedHashMap<>();
    private final Map<String, List<Placed>> pictures = new LinkedHashMap<>();
    private String current;

    /** A picture placed over a cell: its top left corner in (row, column), 0-based. */
    private record Placed(int row, int column, byte[] bytes, double widthPoints, String name) {
    }

    /** Starts (or continues) a sheet. */
    public WorkbookBuilder sheet(String name) {
        current = name;
        sheets.computeIfAbsent(name, n -> new ArrayList<>());
        return this;
    }

    /** Adds a row to the current sheet. */
    public WorkbookBuilder row(Object... cells) {
        sheets.get(current).add(cells);
        return this;
    }

    /** Adds a hidden row to the current sheet. */
    public WorkbookBuilder hiddenRow(Object... cells) {
        hidden.computeIfAbsent(current, n -> new ArrayList<>()).add(sheets.get(current).size());
        return row(cells);
    }

    /**
     * Places a picture over the current sheet's cells, as Excel's Infoga › Bilder › Placera över celler:
     * its top left corner in the cell (0-based row and column), shown {@code widthPoints} wide (its
     * height in proportion). The file is stored as given, whatever it is.
     */
    public WorkbookBuilder picture(int row, int column, byte[] bytes, double widthPoints) {
        pictures.computeIfAbsent(current, n -> new ArrayList<>())
                .add(new Placed(row, column, bytes, widthPoints, "Bild " + (pictures.values().stream()
                        .mapToInt(List::size).sum() + 1)));
        return this;
    }

    /** A formula whose result Excel would have stored. */
    public static Formula formula(String formula) {
        return new Formula(formula, true);
    }

    /** A formula saved without its result (as some tools write them). */
    public static Formula uncached(String formula) {
        return new Formula(formula, false);
    }

    /** A percent-formatted number. */
    public static Percent percent(double value) {
        return new Percent(value);
    }

    /** POI's picture type for the file's content (the reader goes by content, not by this type). */
    private static int type(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8) {
            return org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_JPEG;
        }
        if (b.length > 44 && b[0] == 1 && b[40] == ' ' && b[41] == 'E') {
            return org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_EMF;
        }
        return org.apache.poi.ss.usermodel.Workbook.PICTURE_TYPE_PNG;
    }

    /** The workbook as .xlsx bytes. */
    public byte[] build() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle pct = wb.createCellStyle();
            pct.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("0%"));
            List<Cell> cached = new ArrayList<>();
            for (Map.Entry<String, List<Object[]>> e : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(e.getKey());
                List<Object[]> rows = e.getValue();
                for (int r = 0; r < rows.size(); r++) {
                    Row row = sheet.createRow(r);
                    if (hidden.getOrDefault(e.getKey(), List.of()).contains(r)) {
                        row.setZeroHeight(true);
                    }
                    Object[] values = rows.get(r);
                    for (int c = 0; c < values.length; c++) {
                        Object v = values[c];
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        switch (v) {
                            case String s -> cell.setCellValue(s);
                            case Number n -> cell.setCellValue(n.doubleValue());
                            case Boolean b -> cell.setCellValue(b);
                            case LocalDate d -> {
                                cell.setCellValue(d);
                                cell.setCellStyle(date);
                            }
                            case Percent p -> {
                                cell.setCellValue(p.value());
                                cell.setCellStyle(pct);
                            }
                            case Formula f -> {
                                cell.setCellFormula(f.formula());
                                if (f.cache()) {
                                    cached.add(cell);
                                }
                            }
                            default -> throw new IllegalArgumentException("unsupported cell value " + v);
                        }
                    }
                }
            }
            for (Map.Entry<String, List<Placed>> e : pictures.entrySet()) {
                var sheet = wb.getSheet(e.getKey());
                var drawing = sheet.createDrawingPatriarch();
                for (Placed p : e.getValue()) {
                    long cx = Math.round(p.widthPoints() * 12_700);
                    var anchor = drawing.createAnchor(0, 0, (int) cx, (int) cx, p.column(), p.row(), p.column(),
                            p.row());
                    var picture = drawing.createPicture(anchor, wb.addPicture(p.bytes(), type(p.bytes())));
                    picture.getCTPicture().getNvPicPr().getCNvPr().setName(p.name());
                    picture.getCTPicture().getSpPr().getXfrm().getExt().setCx(cx);
                }
            }
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            for (Cell cell : cached) {
                evaluator.evaluateFormulaCell(cell);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
