package se.rapportverk.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.EmptyFileException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An opened workbook: its sheets found by normalised name, and every cell's content with formulas
 * resolved. The workbook is read from bytes already in memory, so the file itself is never opened
 * for writing and never changed.
 */
final class WorkbookFile implements AutoCloseable {

    private final String fileName;
    private final XSSFWorkbook workbook;
    private final FormulaEvaluator evaluator;
    private final Map<String, Sheet> sheets = new LinkedHashMap<>();

    private WorkbookFile(String fileName, XSSFWorkbook workbook, Diagnostics diagnostics) {
        this.fileName = fileName;
        this.workbook = workbook;
        this.evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        for (Sheet sheet : workbook) {
            String key = Names.normalise(sheet.getSheetName());
            if (sheets.containsKey(key)) {
                diagnostics.warning(sheet.getSheetName(), "bladet har samma namn som bladet \""
                        + sheets.get(key).getSheetName() + "\" och läses inte; byt namn på ett av dem");
            } else {
                sheets.put(key, sheet);
            }
        }
    }

    /**
     * Opens a workbook from its bytes.
     *
     * @param fileName the file's name, for messages
     * @param bytes    the file's content
     * @throws WorkbookException when the bytes are not an xlsx workbook
     */
    static WorkbookFile open(String fileName, byte[] bytes, Diagnostics diagnostics) throws WorkbookException {
        try {
            OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            return new WorkbookFile(fileName, new XSSFWorkbook(pkg), diagnostics);
        } catch (OLE2NotOfficeXmlFileException e) {
            throw new WorkbookException(fileName + ": filen är en äldre Excel-fil (.xls). Spara den som "
                    + "Excel-arbetsbok (.xlsx) och försök igen.");
        } catch (NotOfficeXmlFileException | InvalidFormatException | EmptyFileException e) {
            throw new WorkbookException(fileName + ": filen är inte en Excel-arbetsbok (.xlsx).");
        } catch (IOException | RuntimeException e) {
            throw new WorkbookException(fileName + ": filen kunde inte läsas som en Excel-arbetsbok (.xlsx): "
                    + describe(e));
        }
    }

    private static String describe(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    /** The file's name. */
    String fileName() {
        return fileName;
    }

    /** A sheet by name, matched after normalising. */
    Optional<Sheet> sheet(String name) {
        return Optional.ofNullable(sheets.get(Names.normalise(name)));
    }

    /** Every sheet, keyed by normalised name, in workbook order. */
    Map<String, Sheet> sheets() {
        return sheets;
    }

    /** What a cell holds, with formulas resolved to their cached or calculated result. */
    CellContent content(Cell cell) {
        if (cell == null) {
            return new CellContent.Empty();
        }
        return switch (cell.getCellType()) {
            case BLANK, _NONE -> new CellContent.Empty();
            case STRING -> string(cell.getStringCellValue());
            case BOOLEAN -> new CellContent.Bool(cell.getBooleanCellValue());
            case NUMERIC -> number(cell, cell.getNumericCellValue());
            case ERROR -> new CellContent.Failed("", "innehåller felvärdet "
                    + FormulaError.forInt(cell.getErrorCellValue()).getString());
            case FORMULA -> formula(cell);
        };
    }

    private CellContent formula(Cell cell) {
        String formula = cell.getCellFormula();
        boolean cached = !(cell instanceof XSSFCell x) || x.getCTCell().isSetV();
        if (cached) {
            return switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> number(cell, cell.getNumericCellValue());
                case STRING -> string(cell.getStringCellValue());
                case BOOLEAN -> new CellContent.Bool(cell.getBooleanCellValue());
                case ERROR -> new CellContent.Failed(formula, "formeln =" + formula + " ger felvärdet "
                        + FormulaError.forInt(cell.getErrorCellValue()).getString());
                default -> new CellContent.Empty();
            };
        }
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (RuntimeException e) {
            return new CellContent.Failed(formula, "formeln =" + formula + " kunde inte beräknas (" + describe(e)
                    + "); öppna arbetsboken i Excel och spara den så att resultatet sparas med");
        }
        if (value == null) {
            return new CellContent.Empty();
        }
        CellType type = value.getCellType();
        return switch (type) {
            case NUMERIC -> number(cell, value.getNumberValue());
            case STRING -> string(value.getStringValue());
            case BOOLEAN -> new CellContent.Bool(value.getBooleanValue());
            case ERROR -> new CellContent.Failed(formula, "formeln =" + formula + " ger felvärdet "
                    + FormulaError.forInt(value.getErrorValue()).getString());
            default -> new CellContent.Empty();
        };
    }

    private static CellContent string(String s) {
        return s == null || s.isBlank() ? new CellContent.Empty() : new CellContent.Str(s);
    }

    private static CellContent number(Cell cell, double d) {
        BigDecimal exact = new BigDecimal(Double.toString(d));
        BigDecimal stripped = exact.stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        String format = cell.getCellStyle() == null ? "" : cell.getCellStyle().getDataFormatString();
        boolean percent = format != null && format.contains("%");
        LocalDate date = null;
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(d)) {
            LocalDateTime ldt = DateUtil.getLocalDateTime(d, workbookUses1904(cell));
            date = ldt.toLocalDate();
        }
        return new CellContent.Number(stripped, Math.min(stripped.scale(), 10), percent, date);
    }

    private static boolean workbookUses1904(Cell cell) {
        return cell.getSheet().getWorkbook() instanceof XSSFWorkbook w && w.isDate1904();
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
