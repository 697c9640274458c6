package se.rapportverk.workbook;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.formula.eval.NotImplementedException;
import org.apache.poi.ss.formula.eval.NotImplementedFunctionException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Calculates the formulas whose saved result is missing or empty ({@code <v></v>}, as openpyxl
 * and other generators write every formula), with Apache POI's formula evaluator. The evaluator
 * needs the whole workbook as POI's object model, which costs some 40 times the workbook's unpacked
 * size in memory, so it is opened only when such a formula is met, once, and only for workbooks up
 * to {@link Limits#RECALCULATION_BYTES}. A formula that cannot be calculated gets a Swedish message
 * naming why: another workbook, a function POI lacks, a circular reference, the clock or chance.
 */
final class FormulaFallback implements AutoCloseable {

    /** What a calculation gave. */
    sealed interface Result {
        /** A number, at Excel's precision. */
        record Num(BigDecimal value) implements Result {
        }

        /** A text. */
        record Text(String value) implements Result {
        }

        /** A truth value. */
        record Bool(boolean value) implements Result {
        }

        /** Nothing (an empty result). */
        record Blank() implements Result {
        }

        /** The formula cannot be calculated, or gives an error value: the problem in Swedish. */
        record Problem(String formula, String message) implements Result {
        }
    }

    private static final Pattern VOLATILE = Pattern.compile("(?i)(?<![A-Z0-9_.])(TODAY|NOW|RAND|RANDBETWEEN|RANDARRAY)\\s*\\(");
    private static final Pattern EXTERNAL = Pattern.compile("\\[\\d+\\]|\\.xls[xmb]?\\]|\\.xls[xmb]?'!");
    private static final String SAVE = "; öppna arbetsboken i Excel och spara den, så att resultatet sparas med";

    private final byte[] bytes;
    private final long unpackedSize;
    private OPCPackage pkg;
    private XSSFWorkbook workbook;
    private FormulaEvaluator evaluator;
    private String unavailable;
    private boolean volatileFormulas;

    /**
     * @param bytes        the workbook file
     * @param unpackedSize the unpacked size of its sheets and shared strings
     */
    FormulaFallback(byte[] bytes, long unpackedSize) {
        this.bytes = bytes;
        this.unpackedSize = unpackedSize;
    }

    /**
     * Why no formula can be calculated at all (the workbook is too large, or POI cannot open it),
     * or empty when formulas can be calculated. Opens the workbook on first use.
     */
    java.util.Optional<String> unavailable() {
        return open() ? java.util.Optional.empty() : java.util.Optional.of(unavailable);
    }

    /** Calculates one formula cell. */
    Result evaluate(int sheetIndex, int row, int column, String formula) {
        String shown = formula.isEmpty() ? "" : "=" + shorten(formula);
        if (!open()) {
            return new Result.Problem(formula, subject(shown) + " " + unavailable);
        }
        Cell cell;
        try {
            Sheet sheet = workbook.getSheetAt(sheetIndex);
            Row r = sheet.getRow(row);
            cell = r == null ? null : r.getCell(column);
            if (cell == null || cell.getCellType() != CellType.FORMULA) {
                return new Result.Problem(formula, subject(shown) + " kunde inte beräknas" + SAVE);
            }
            if (shown.isEmpty()) {
                formula = cell.getCellFormula();
                shown = "=" + shorten(formula);
            }
        } catch (RuntimeException e) {
            return new Result.Problem(formula, subject(shown) + " kunde inte beräknas" + SAVE);
        }
        if (EXTERNAL.matcher(formula).find()) {
            return new Result.Problem(formula, "formeln " + shown + " hämtar värden från en annan arbetsbok och har "
                    + "inget sparat resultat, så den kan inte beräknas; öppna arbetsboken i Excel, uppdatera "
                    + "länkarna och spara den");
        }
        if (volatileFormulas) {
            return new Result.Problem(formula, "formeln " + shown + " har inget sparat resultat, och arbetsboken har "
                    + "formler som beror på dagens datum eller på slumpen (IDAG, NU, SLUMP), så resultatet skulle "
                    + "ändras från dag till dag" + SAVE);
        }
        CellValue value;
        try {
            value = evaluator.evaluate(cell);
        } catch (StackOverflowError e) {
            return new Result.Problem(formula, "formeln " + shown + " beror på för många formler i kedja för att "
                    + "kunna beräknas" + SAVE);
        } catch (RuntimeException e) {
            return new Result.Problem(formula, "formeln " + shown + " kunde inte beräknas: " + why(e) + SAVE);
        }
        if (value == null) {
            return new Result.Blank();
        }
        return switch (value.getCellType()) {
            case NUMERIC -> {
                BigDecimal d = ExcelValues.precise(value.getNumberValue());
                yield d == null ? new Result.Problem(formula, "formeln " + shown + " ger inget tal som Excel kan lagra")
                        : new Result.Num(d);
            }
            case STRING -> new Result.Text(value.getStringValue());
            case BOOLEAN -> new Result.Bool(value.getBooleanValue());
            case ERROR -> new Result.Problem(formula, errorMessage(shown, value.getErrorValue()));
            default -> new Result.Blank();
        };
    }

    private static String subject(String shown) {
        return shown.isEmpty() ? "formeln" : "formeln " + shown;
    }

    private static String errorMessage(String shown, byte code) {
        if (code == FormulaError.CIRCULAR_REF.getCode()) {
            return "formeln " + shown + " hänvisar till sig själv (en cirkelreferens) och kan inte beräknas; rätta "
                    + "formeln i Excel";
        }
        if (code == FormulaError.FUNCTION_NOT_IMPLEMENTED.getCode()) {
            return "formeln " + shown + " använder en funktion som Rapportverk inte kan beräkna" + SAVE;
        }
        String text = FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#VALUE!";
        return "formeln " + shown + " ger felvärdet " + text;
    }

    private static String why(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NotImplementedFunctionException f && f.getFunctionName() != null) {
                return "funktionen " + CellText.clean(f.getFunctionName()).text() + " finns inte i Rapportverk";
            }
            if (t instanceof NotImplementedException) {
                return "den använder en funktion som Rapportverk inte kan beräkna";
            }
            if (t instanceof FormulaParseException) {
                return "den använder ett namn eller en funktion som Rapportverk inte känner";
            }
        }
        return "den går inte att räkna ut utanför Excel";
    }

    private static String shorten(String formula) {
        String f = CellText.clean(formula).text().strip();
        return f.length() > 80 ? f.substring(0, 80) + "…" : f;
    }

    private boolean open() {
        if (evaluator != null) {
            return true;
        }
        if (unavailable != null) {
            return false;
        }
        if (unpackedSize > Limits.RECALCULATION_BYTES) {
            unavailable = "har inget sparat resultat, och arbetsboken är för stor (" + Limits.size(unpackedSize)
                    + " uppackad) för att Rapportverk ska räkna om den (högst " + Limits.size(Limits.RECALCULATION_BYTES)
                    + ", se gränserna i docs/arbetsbok.md)" + SAVE;
            return false;
        }
        try {
            pkg = OPCPackage.open(new ByteArrayInputStream(bytes));
            workbook = new XSSFWorkbook(pkg);
            evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            volatileFormulas = hasVolatileFormulas(workbook);
            return true;
        } catch (Exception | StackOverflowError e) {
            close();
            unavailable = "har inget sparat resultat och kunde inte beräknas" + SAVE;
            return false;
        }
    }

    private static boolean hasVolatileFormulas(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    if (cell.getCellType() == CellType.FORMULA) {
                        try {
                            if (VOLATILE.matcher(cell.getCellFormula()).find()) {
                                return true;
                            }
                        } catch (RuntimeException e) {
                            // a formula POI cannot even show is met again when it is calculated
                        }
                    }
                }
            }
        }
        return false;
    }

    @Override
    public void close() {
        if (pkg != null) {
            // Reverting closes the package without saving: the bytes were read from memory and stay as they were.
            pkg.revert();
        }
        pkg = null;
        workbook = null;
        evaluator = null;
    }
}
