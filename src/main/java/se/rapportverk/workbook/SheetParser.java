package se.rapportverk.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads one worksheet part by streaming (StAX), cell by cell, into a {@link SheetData}: the whole
 * DOM is never built, so memory grows with the cells that hold something and nothing else. Each
 * cell becomes its {@link CellContent} at once: numbers at Excel's precision, texts cleaned, dates by
 * their style. What cannot be a cell written by Excel (a shared-string index out of range, a
 * numeric cell holding a non-number, NaN or infinity, an unknown error code, a cell beyond XFD or row
 * 1 048 576) is an error naming the cell or sheet. A formula without a usable saved result is noted
 * for {@link FormulaFallback}; the row and cell limits of {@link Limits} stop the reading at once.
 */
final class SheetParser {

    /** A formula cell whose saved result is missing or empty, to be calculated. */
    record Pending(int row, int column, String formula, int style) {
    }

    /** What parsing gave: the cells, the formulas to calculate, the cells whose formulas refer to other workbooks. */
    record Parsed(SheetData data, List<Pending> pending, List<CellRef> external) {
    }

    /** The sheet cannot be read any further (a limit, Excel's last row or column): the message is Swedish. */
    static final class SheetException extends Exception {
        private static final long serialVersionUID = 1L;

        SheetException(String message) {
            super(message);
        }
    }

    private static final Pattern EXTERNAL = Pattern.compile("\\[\\d+\\]");
    private static final int NUMBER_CHARACTERS = 400;

    private final String sheet;
    private final SharedStrings strings;
    private final CellStyles styles;
    private final boolean date1904;
    private final Diagnostics diagnostics;

    private final List<SheetData.Row> rows = new ArrayList<>();
    private final List<SheetData.Range> merged = new ArrayList<>();
    private final List<Pending> pending = new ArrayList<>();
    private final List<CellRef> external = new ArrayList<>();
    private int rowElements;
    private int cellElements;

    private SheetParser(String sheet, SharedStrings strings, CellStyles styles, boolean date1904,
                        Diagnostics diagnostics) {
        this.sheet = sheet;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.diagnostics = diagnostics;
    }

    /**
     * Parses a sheet part from its first event to its end; {@link #finish} gives what it holds.
     *
     * @param sheet the sheet's name, for cell references
     * @throws SheetException when the sheet goes beyond a limit or Excel's grid
     */
    static SheetParser parse(XMLStreamReader r, String sheet, SharedStrings strings, CellStyles styles,
                             boolean date1904, Diagnostics diagnostics) throws XMLStreamException, SheetException {
        SheetParser p = new SheetParser(sheet, strings, styles, date1904, diagnostics);
        while (SafeXml.nextStart(r)) {
            switch (r.getLocalName()) {
                case "sheetData" -> p.sheetData(r);
                case "mergeCell" -> p.mergeCell(SafeXml.attr(r, "ref"));
                default -> {
                    // sheet views, columns, page set-up and the rest do not change what the cells hold
                }
            }
        }
        return p;
    }

    /**
     * The sheet parsed, its rows in order, once its part has been read to its end.
     *
     * @throws SheetException when a row stands twice
     */
    Parsed finish() throws SheetException {
        rows.sort(Comparator.comparingInt(SheetData.Row::index));
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).index() == rows.get(i - 1).index()) {
                throw new SheetException("rad " + (rows.get(i).index() + 1) + " finns två gånger i filen; "
                        + "filen är skadad. Öppna arbetsboken i Excel och spara den igen.");
            }
        }
        return new Parsed(new SheetData(sheet, List.copyOf(rows), List.copyOf(merged)), pending, external);
    }

    private void sheetData(XMLStreamReader r) throws XMLStreamException, SheetException {
        int nextRow = 0;
        while (r.hasNext()) {
            int event = SafeXml.next(r);
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("sheetData")) {
                return;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("row")) {
                    nextRow = row(r, nextRow) + 1;
                } else {
                    SafeXml.skip(r);
                }
            }
        }
    }

    /** Reads a row element; returns its index. */
    private int row(XMLStreamReader r, int expected) throws XMLStreamException, SheetException {
        if (++rowElements > Limits.ROWS) {
            throw new SheetException("bladet har fler än " + Limits.count(Limits.ROWS) + " rader (tomma rader som "
                    + "Excel har sparat, till exempel formaterade, räknas med); Rapportverk läser högst "
                    + Limits.count(Limits.ROWS) + " rader per blad (se gränserna i docs/arbetsbok.md). Ta bort tomma "
                    + "rader under tabellen eller dela upp bladet.");
        }
        String rAttr = SafeXml.attr(r, "r");
        int index = expected;
        if (rAttr != null) {
            long n;
            try {
                n = Long.parseLong(rAttr.strip());
            } catch (NumberFormatException e) {
                throw new SheetException("radnumret " + ExcelValues.quote(rAttr) + " går inte att läsa; filen är "
                        + "skadad. Öppna arbetsboken i Excel och spara den igen.");
            }
            if (n > Limits.EXCEL_ROWS) {
                throw new SheetException("rad " + Limits.count(n) + " ligger bortom Excels sista rad "
                        + Limits.count(Limits.EXCEL_ROWS) + "; filen är inte skriven av Excel och kan inte läsas");
            }
            if (n < 1) {
                throw new SheetException("radnumret " + n + " går inte att läsa; filen är skadad. Öppna arbetsboken "
                        + "i Excel och spara den igen.");
            }
            index = (int) n - 1;
        }
        if (index >= Limits.EXCEL_ROWS) {
            throw new SheetException("bladet har rader bortom Excels sista rad " + Limits.count(Limits.EXCEL_ROWS)
                    + "; filen är inte skriven av Excel och kan inte läsas");
        }
        boolean hidden = SafeXml.isTrue(SafeXml.attr(r, "hidden"));
        int[] columns = new int[8];
        CellContent[] cells = new CellContent[8];
        int count = 0;
        int nextColumn = 0;
        boolean sorted = true;
        while (r.hasNext()) {
            int event = SafeXml.next(r);
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("row")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            if (!r.getLocalName().equals("c")) {
                SafeXml.skip(r);
                continue;
            }
            if (++cellElements > Limits.CELLS) {
                throw new SheetException("bladet har fler än " + Limits.count(Limits.CELLS) + " celler (tomma celler "
                        + "som Excel har sparat, till exempel formaterade, räknas med); Rapportverk läser högst "
                        + Limits.count(Limits.CELLS) + " celler per blad (se gränserna i docs/arbetsbok.md)");
            }
            int column = nextColumn;
            String ref = SafeXml.attr(r, "r");
            if (ref != null) {
                int[] at = ExcelValues.address(ref.strip());
                if (at == null) {
                    throw new SheetException("cellreferensen " + ExcelValues.quote(ref) + " på rad " + (index + 1)
                            + " går inte att läsa; filen är skadad. Öppna arbetsboken i Excel och spara den igen.");
                }
                if (at[1] >= Limits.EXCEL_COLUMNS) {
                    throw new SheetException("cellen " + ExcelValues.quote(ref) + " ligger bortom Excels sista kolumn "
                            + "XFD; filen är inte skriven av Excel och kan inte läsas");
                }
                if (at[0] != index) {
                    throw new SheetException("cellen " + ExcelValues.quote(ref) + " står på rad " + (index + 1)
                            + "; filen är skadad. Öppna arbetsboken i Excel och spara den igen.");
                }
                column = at[1];
            } else if (column >= Limits.EXCEL_COLUMNS) {
                throw new SheetException("rad " + (index + 1) + " har celler bortom Excels sista kolumn XFD; filen "
                        + "är inte skriven av Excel och kan inte läsas");
            }
            nextColumn = column + 1;
            CellContent content = cell(r, index, column);
            if (content instanceof CellContent.Empty) {
                continue;
            }
            for (int i = 0; i < count; i++) {
                if (columns[i] == column) {
                    diagnostics.error(new CellRef(sheet, index, column), "cellen finns två gånger i filen; filen är "
                            + "skadad. Öppna arbetsboken i Excel och spara den igen.");
                    content = null;
                    break;
                }
            }
            if (content == null) {
                continue;
            }
            if (count == columns.length) {
                columns = Arrays.copyOf(columns, count * 2);
                cells = Arrays.copyOf(cells, count * 2);
            }
            if (count > 0 && columns[count - 1] > column) {
                sorted = false;
            }
            columns[count] = column;
            cells[count] = content;
            count++;
        }
        columns = Arrays.copyOf(columns, count);
        cells = Arrays.copyOf(cells, count);
        if (!sorted) {
            Integer[] order = new Integer[count];
            for (int i = 0; i < count; i++) {
                order[i] = i;
            }
            int[] cols = columns;
            Arrays.sort(order, Comparator.comparingInt(i -> cols[i]));
            int[] c2 = new int[count];
            CellContent[] v2 = new CellContent[count];
            for (int i = 0; i < count; i++) {
                c2[i] = columns[order[i]];
                v2[i] = cells[order[i]];
            }
            columns = c2;
            cells = v2;
        }
        if (count > 0) {
            rows.add(new SheetData.Row(index, hidden, columns, cells));
        }
        return index;
    }

    /** Reads a cell element into its content; the reader ends on the cell's end. */
    private CellContent cell(XMLStreamReader r, int row, int column) throws XMLStreamException {
        String type = SafeXml.attr(r, "t");
        int style = style(SafeXml.attr(r, "s"));
        String formula = null;
        String value = null;
        boolean valueTooLong = false;
        String inline = null;
        boolean inlineTooLong = false;
        while (r.hasNext()) {
            int event = SafeXml.next(r);
            if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("c")) {
                break;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.getLocalName()) {
                case "f" -> formula = SafeXml.text(r, Limits.CELL_CHARACTERS, null).text();
                case "v" -> {
                    SafeXml.Bounded v = SafeXml.text(r, Limits.CELL_CHARACTERS * 7 + 7, null);
                    value = v.text();
                    valueTooLong = v.truncated();
                }
                case "is" -> {
                    SafeXml.Bounded t = SafeXml.text(r, Limits.CELL_CHARACTERS * 7 + 7, "rPh");
                    inline = t.text();
                    inlineTooLong = t.truncated();
                }
                default -> SafeXml.skip(r);
            }
        }
        CellRef ref = new CellRef(sheet, row, column);
        if (formula != null && EXTERNAL.matcher(formula).find()) {
            external.add(ref);
        }
        boolean cached = value != null && !(value.isEmpty() && !"str".equals(type));
        if (formula != null && !cached) {
            pending.add(new Pending(row, column, formula.strip(), style));
            // A placeholder until the formula is calculated; it makes the row count as having content.
            return new CellContent.Failed(formula.strip(), "formeln har inget sparat resultat");
        }
        String f = formula == null ? null : formula.strip();
        if (type == null || type.equals("n")) {
            return value == null || value.isBlank() ? SheetData.EMPTY : number(ref, value, style, f);
        }
        return switch (type) {
            case "s" -> shared(ref, value);
            case "str" -> text(ref, value, valueTooLong);
            case "inlineStr" -> inline != null ? text(ref, inline, inlineTooLong) : text(ref, value, valueTooLong);
            case "b" -> bool(ref, value);
            case "e" -> error(ref, value, f);
            case "d" -> date(ref, value, style);
            default -> {
                diagnostics.error(ref, "cellen har den okända celltypen " + ExcelValues.quote(type) + "; filen är "
                        + "skadad eller inte skriven av Excel. Öppna arbetsboken i Excel och spara den igen.");
                yield SheetData.EMPTY;
            }
        };
    }

    private static int style(String s) {
        if (s == null) {
            return 0;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private CellContent number(CellRef ref, String value, int style, String formula) {
        if (value.length() > NUMBER_CHARACTERS) {
            diagnostics.error(ref, "cellen är ett tal men innehåller " + Limits.count(value.length())
                    + " tecken; filen är skadad eller inte skriven av Excel");
            return SheetData.EMPTY;
        }
        BigDecimal number = ExcelValues.number(value);
        if (number == null) {
            String t = value.strip();
            boolean nan = t.equalsIgnoreCase("nan");
            boolean infinite = t.toLowerCase(java.util.Locale.ROOT).matches("[-+]?(inf|infinity|1\\.#inf)");
            diagnostics.error(ref, "cellen är ett tal men innehåller " + ExcelValues.quote(t)
                    + (nan ? " (NaN, inte ett tal)" : infinite ? " (oändligheten)" : "")
                    + ", som Excel inte kan lagra i en cell; filen är skadad eller inte skriven av Excel"
                    + (formula != null ? " (formeln =" + formula + ")" : ""));
            return SheetData.EMPTY;
        }
        return number(number, style, styles, date1904);
    }

    /** A number's content in a style: a date when the style shows one, a percentage when it shows one. */
    static CellContent number(BigDecimal number, int style, CellStyles styles, boolean date1904) {
        LocalDate date = null;
        if (styles.isDate(style)) {
            double d = number.doubleValue();
            if (DateUtil.isValidExcelDate(d)) {
                date = DateUtil.getLocalDateTime(d, date1904).toLocalDate();
            }
        }
        return new CellContent.Number(number, Math.max(0, number.scale()), styles.isPercent(style), date);
    }

    private CellContent shared(CellRef ref, String value) {
        int index;
        try {
            index = Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            diagnostics.error(ref, "cellen hänvisar till en delad text som inte finns ("
                    + ExcelValues.quote(value == null ? "" : value) + "); filen är skadad. Öppna arbetsboken i Excel "
                    + "och spara den igen.");
            return SheetData.EMPTY;
        }
        if (index < 0 || index >= strings.size()) {
            diagnostics.error(ref, "cellen hänvisar till delad text nummer " + Limits.count(index) + ", men arbetsboken "
                    + "har " + (strings.size() == 0 ? "inga delade texter" : "bara " + Limits.count(strings.size())
                    + " (numrerade från 0)") + "; filen är skadad. Öppna arbetsboken i Excel och spara den igen.");
            return SheetData.EMPTY;
        }
        if (strings.tooLong(index)) {
            diagnostics.error(ref, tooLong());
            return SheetData.EMPTY;
        }
        return text(ref, strings.text(index), strings.removed(index));
    }

    private static String tooLong() {
        return "cellen har mer än " + Limits.count(Limits.CELL_CHARACTERS) + " tecken, mer än en cell i Excel rymmer; "
                + "dela upp texten på flera rader";
    }

    private CellContent text(CellRef ref, String value, boolean truncated) {
        if (value == null) {
            return SheetData.EMPTY;
        }
        CellText.Cleaned cleaned = CellText.clean(CellText.decodeEscapes(value));
        if (truncated || cleaned.text().length() > Limits.CELL_CHARACTERS) {
            diagnostics.error(ref, tooLong());
            return SheetData.EMPTY;
        }
        return text(ref, cleaned.text(), cleaned.removed());
    }

    /**
     * A cleaned text's content. A text that was nothing but control characters is an empty cell,
     * and its warning is given here: no reader will see it.
     */
    private CellContent text(CellRef ref, String text, String removed) {
        if (!text.isBlank()) {
            return new CellContent.Str(text, removed);
        }
        if (removed != null) {
            diagnostics.warning(ref, removedWarning(removed) + "; cellen läses som tom");
        }
        return SheetData.EMPTY;
    }

    /** The warning for text from which control characters were removed. */
    static String removedWarning(String removed) {
        return "texten innehöll osynliga styrtecken (" + removed + ") som har tagits bort";
    }

    private CellContent bool(CellRef ref, String value) {
        String v = value == null ? "" : value.strip();
        if (v.equals("1") || v.equalsIgnoreCase("true")) {
            return new CellContent.Bool(true);
        }
        if (v.equals("0") || v.equalsIgnoreCase("false")) {
            return new CellContent.Bool(false);
        }
        diagnostics.error(ref, "cellen är SANT/FALSKT men innehåller " + ExcelValues.quote(v) + "; filen är skadad "
                + "eller inte skriven av Excel");
        return SheetData.EMPTY;
    }

    private CellContent error(CellRef ref, String value, String formula) {
        String code = value == null ? "" : value.strip();
        if (!ExcelValues.ERROR_CODES.contains(code)) {
            diagnostics.error(ref, "cellen innehåller felvärdet " + ExcelValues.quote(code) + ", som Excel inte "
                    + "har; filen är skadad eller inte skriven av Excel");
            return SheetData.EMPTY;
        }
        return formula != null
                ? new CellContent.Failed(formula, "formeln =" + formula + " ger felvärdet " + code)
                : new CellContent.Failed("", "cellen innehåller felvärdet " + code);
    }

    private CellContent date(CellRef ref, String value, int style) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return SheetData.EMPTY;
        }
        try {
            LocalDateTime t = v.length() <= 10 ? LocalDate.parse(v).atStartOfDay() : LocalDateTime.parse(v.replace("Z", ""));
            BigDecimal serial = ExcelValues.precise(DateUtil.getExcelDate(t, date1904));
            return new CellContent.Number(serial, Math.max(0, serial.scale()), false, t.toLocalDate());
        } catch (DateTimeParseException | IllegalArgumentException e) {
            diagnostics.error(ref, "cellen är ett datum men innehåller " + ExcelValues.quote(v) + "; filen är skadad "
                    + "eller inte skriven av Excel");
            return SheetData.EMPTY;
        }
    }

    private void mergeCell(String ref) {
        if (ref == null) {
            return;
        }
        String[] ends = ref.strip().split(":");
        int[] a = ExcelValues.address(ends[0]);
        int[] b = ends.length > 1 ? ExcelValues.address(ends[1]) : a;
        if (a == null || b == null || ends.length > 2) {
            return;
        }
        merged.add(new SheetData.Range(Math.min(a[0], b[0]), Math.max(a[0], b[0]), Math.min(a[1], b[1]),
                Math.max(a[1], b[1])));
    }
}
