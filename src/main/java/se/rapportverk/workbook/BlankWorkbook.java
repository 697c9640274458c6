package se.rapportverk.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import se.rapportverk.format.SwedishMonths;

/**
 * The blank standard workbook of {@code rapportverk init}, written from {@link Schema}: an
 * Instruktioner sheet in Swedish; the Rapport sheet with every field the chosen documents use
 * listed, with its meaning and room for its value; the Texter sheet with their section keys listed;
 * and every sheet they use with its header row as an Excel Table, frozen, with an input message
 * (the column's help text) on each header, a dropdown on each column with allowed values, number,
 * date and text formats and column widths. No figure is filled in: a sheet without rows is not
 * used, so a sheet left blank makes nothing.
 *
 * <p>The bytes depend on the documents and the file name alone (no clock): every zip entry has
 * the same timestamp and the document properties carry no date.
 */
public final class BlankWorkbook {

    /** Rows below the header prepared with formats and dropdowns (an Excel Table grows past them). */
    public static final int PREPARED_ROWS = 500;
    /** The sheet with the instructions. */
    public static final String INSTRUKTIONER = "Instruktioner";
    /** The hidden sheet holding the dropdowns' longer lists (Rapport fields, Texter keys). */
    public static final String LISTOR = "Listor";
    /** The column beside Rapport and Texter that says what each listed row means (not read). */
    public static final String FORKLARING = "Förklaring";

    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final int MAX_PROMPT = 255;
    private static final int MAX_PROMPT_TITLE = 32;
    /** The height of one line of 11 pt text, for rows of wrapped text (Excel and LibreOffice do not grow them). */
    private static final float LINE_POINTS = 15f;

    private final Set<DocumentType> documents;
    private final String fileName;
    private final XSSFWorkbook wb = new XSSFWorkbook();
    private final Map<String, CellStyle> styles = new HashMap<>();
    private final Map<Class<?>, String> lists = new HashMap<>();
    private int tables;

    private BlankWorkbook(Set<DocumentType> documents, String fileName) {
        this.documents = documents.isEmpty() ? EnumSet.allOf(DocumentType.class) : EnumSet.copyOf(documents);
        this.fileName = fileName;
    }

    /**
     * Writes the blank workbook.
     *
     * @param documents the documents it is for; empty means all
     * @param fileName  the file's name, quoted in the instructions' commands
     * @return the .xlsx bytes
     */
    public static byte[] write(Set<DocumentType> documents, String fileName) {
        BlankWorkbook blank = new BlankWorkbook(documents, fileName);
        try (XSSFWorkbook wb = blank.wb) {
            blank.build();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return stable(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sheets of the contract the documents use, in contract order (Rapport and Texter first). */
    public static List<SheetSpec> sheets(Set<DocumentType> documents) {
        Set<DocumentType> chosen = documents.isEmpty() ? EnumSet.allOf(DocumentType.class) : documents;
        return Schema.SHEETS.stream().filter(s -> s.usedBy().stream().anyMatch(chosen::contains)).toList();
    }

    /** The Rapport fields the documents use, in contract order. */
    public static List<RapportField> fields(Set<DocumentType> documents) {
        Set<DocumentType> chosen = documents.isEmpty() ? EnumSet.allOf(DocumentType.class) : documents;
        return Arrays.stream(RapportField.values()).filter(f -> f.usedBy().stream().anyMatch(chosen::contains)).toList();
    }

    /** The Texter keys the documents use, in contract order. */
    public static List<TextKey> keys(Set<DocumentType> documents) {
        Set<DocumentType> chosen = documents.isEmpty() ? EnumSet.allOf(DocumentType.class) : documents;
        return Arrays.stream(TextKey.values()).filter(k -> k.usedBy().stream().anyMatch(chosen::contains)).toList();
    }

    private void build() {
        wb.getProperties().getCoreProperties().setCreated(Optional.empty());
        wb.getProperties().getCoreProperties().setCreator("Rapportverk");
        wb.getProperties().getCoreProperties().setTitle("Standardarbetsbok för Rapportverk");
        XSSFSheet instruktioner = wb.createSheet(INSTRUKTIONER);
        for (SheetSpec spec : sheets(documents)) {
            XSSFSheet sheet = wb.createSheet(spec.name());
            if (spec == Schema.RAPPORT) {
                rapport(sheet);
            } else if (spec == Schema.TEXTER) {
                texter(sheet);
            } else {
                table(sheet, spec.columns(), List.of(), 0);
            }
        }
        XSSFSheet listor = wb.createSheet(LISTOR);
        listor(listor);
        instructions(instruktioner);
        wb.setSheetVisibility(wb.getSheetIndex(listor), SheetVisibility.HIDDEN);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            printed(wb.getSheetAt(i), wb.getSheetAt(i) != instruktioner);
        }
        wb.setActiveSheet(wb.getSheetIndex(instruktioner));
        wb.setFirstVisibleTab(0);
    }

    // ------------------------------------------------------------------ the sheets

    /** The Rapport sheet: every field listed, its value to the right, its meaning beside it. */
    private void rapport(XSSFSheet sheet) {
        List<RapportField> fields = fields(documents);
        List<String[]> rows = new ArrayList<>();
        for (RapportField f : fields) {
            rows.add(new String[] {f.label(), null, null, explanation(f)});
        }
        table(sheet, Schema.RAPPORT.columns(), rows, 95);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        for (int i = 0; i < fields.size(); i++) {
            RapportField f = fields.get(i);
            int row = i + 1;
            Cell value = sheet.getRow(row).createCell(1);
            value.setCellStyle(style(f.type(), false));
            DataValidationConstraint constraint = switch (f.type()) {
                case CHOICE -> helper.createExplicitListConstraint(f.words().toArray(String[]::new));
                case YEAR -> helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "1900", "2200");
                case PERIOD -> monthsConstraint(sheet);
                default -> f == RapportField.DECIMALER
                        ? helper.createIntegerConstraint(DataValidationConstraint.OperatorType.BETWEEN, "0", "4")
                        : any();
            };
            validation(sheet, constraint, row, row, 1, f.label(), f.help(), f.type() == ColumnType.CHOICE || f.type()
                    == ColumnType.YEAR || f == RapportField.DECIMALER);
        }
    }

    private static String explanation(RapportField f) {
        String need;
        if (f.requiredByAll()) {
            need = "Krävs för alla dokument.";
        } else if (!f.requiredBy().isEmpty()) {
            need = "Krävs för " + Names.joinAnd(f.requiredBy().stream().map(DocumentType::definite).toList()) + ".";
        } else {
            need = "Valfritt.";
        }
        return f.help() + " " + need;
    }

    /** The Texter sheet: every section key listed, its text to the right, where it stands beside it. */
    private void texter(XSSFSheet sheet) {
        List<String[]> rows = new ArrayList<>();
        for (TextKey k : keys(documents)) {
            rows.add(new String[] {k.id(), null, null, null, k.help()});
        }
        table(sheet, Schema.TEXTER.columns(), rows, 70);
    }

    /**
     * A sheet of the contract: its header row (and a Förklaring column when rows are listed), the
     * listed rows, an Excel Table over them, widths, formats, dropdowns and input messages.
     */
    private void table(XSSFSheet sheet, List<ColumnSpec> columns, List<String[]> listed, int explanationWidth) {
        boolean explained = !listed.isEmpty();
        int width = columns.size() + (explained ? 1 : 0);
        Row header = sheet.createRow(0);
        header.setHeightInPoints(32);
        for (int c = 0; c < columns.size(); c++) {
            ColumnSpec column = columns.get(c);
            Cell cell = header.createCell(c);
            cell.setCellValue(column.header());
            cell.setCellStyle(headerStyle());
            sheet.setColumnWidth(c, width(column) * 256);
            sheet.setDefaultColumnStyle(c, style(column.type(), wraps(column)));
            validation(sheet, any(), 0, 0, c, column.header(), prompt(column), false);
            if (column.choices() != null && !explained) {
                validation(sheet, choiceConstraint(sheet, column), 1, PREPARED_ROWS, c, column.header(),
                        prompt(column), true);
            } else if (column.type() == ColumnType.PERIOD) {
                validation(sheet, monthsConstraint(sheet), 1, PREPARED_ROWS, c, column.header(), prompt(column), false);
            }
        }
        if (explained) {
            Cell cell = header.createCell(columns.size());
            cell.setCellValue(FORKLARING);
            cell.setCellStyle(headerStyle());
            sheet.setColumnWidth(columns.size(), explanationWidth * 256);
            sheet.setDefaultColumnStyle(columns.size(), style(ColumnType.TEXT, true));
            validation(sheet, any(), 0, 0, columns.size(), FORKLARING,
                    "Vad raden betyder. Rapportverk läser inte den här kolumnen.", false);
        }
        for (int r = 0; r < listed.size(); r++) {
            Row row = sheet.createRow(r + 1);
            String[] values = listed.get(r);
            int lines = 1;
            for (int c = 0; c < values.length; c++) {
                if (values[c] != null) {
                    lines = Math.max(lines, linesOf(values[c], sheet.getColumnWidth(c) / 256));
                }
            }
            row.setHeightInPoints(LINE_POINTS * lines + 2);
            for (int c = 0; c < values.length; c++) {
                Cell cell = row.createCell(c);
                boolean explanation = explained && c == values.length - 1;
                cell.setCellStyle(explanation ? explanationStyle()
                        : style(c < columns.size() ? columns.get(c).type() : ColumnType.TEXT,
                        c < columns.size() && wraps(columns.get(c))));
                if (values[c] != null) {
                    cell.setCellValue(values[c]);
                }
            }
        }
        if (explained && columns.get(0).choices() != null) {
            validation(sheet, choiceConstraint(sheet, columns.get(0)), 1, PREPARED_ROWS, 0, columns.get(0).header(),
                    prompt(columns.get(0)), true);
        }
        int lastRow = Math.max(1, listed.size());
        XSSFTable t = sheet.createTable(new AreaReference(new CellReference(0, 0),
                new CellReference(lastRow, width - 1), wb.getSpreadsheetVersion()));
        tables++;
        String name = "Tabell" + tables + "_" + Names.normalise(sheet.getSheetName()).replaceAll("[^a-z0-9]+", "_");
        t.setName(name);
        t.setDisplayName(name);
        t.getCTTable().addNewAutoFilter().setRef(t.getArea().formatAsString());
        t.getCTTable().addNewTableStyleInfo().setName("TableStyleMedium2");
        t.getCTTable().getTableStyleInfo().setShowRowStripes(true);
        t.updateHeaders();
        sheet.createFreezePane(0, 1);
    }

    private String choiceConstraintFormula(Class<? extends Enum<?>> type, List<String> words) {
        return lists.computeIfAbsent(type, t -> {
            int column = lists.size();
            String letter = CellReference.convertNumToColString(column);
            return LISTOR + "!$" + letter + "$2:$" + letter + "$" + (words.size() + 1);
        });
    }

    private DataValidationConstraint choiceConstraint(XSSFSheet sheet, ColumnSpec column) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        List<String> words = column.words();
        if (column.type() == ColumnType.KEY || String.join(",", words).length() > 250) {
            return helper.createFormulaListConstraint(choiceConstraintFormula(column.choices(), words));
        }
        return helper.createExplicitListConstraint(words.toArray(String[]::new));
    }

    /**
     * The months' names to choose from, for a month column ({@link ColumnType#PERIOD}). Not a closed
     * list: {@code 8} and {@code 2025-08} are months too, so the cell takes other values without
     * an error box.
     */
    private static DataValidationConstraint monthsConstraint(XSSFSheet sheet) {
        String[] months = new String[12];
        for (int m = 1; m <= 12; m++) {
            months[m - 1] = SwedishMonths.name(m);
        }
        return sheet.getDataValidationHelper().createExplicitListConstraint(months);
    }

    /** The hidden sheet with the lists the dropdowns of the Fält and Avsnitt columns take. */
    private void listor(XSSFSheet sheet) {
        Map<Integer, List<String>> byColumn = new HashMap<>();
        Map<Integer, String> headers = new HashMap<>();
        for (Map.Entry<Class<?>, String> e : lists.entrySet()) {
            String letter = e.getValue().replaceAll(".*!\\$([A-Z]+)\\$.*", "$1");
            int column = CellReference.convertColStringToIndex(letter);
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> type = (Class<? extends Enum<?>>) e.getKey();
            byColumn.put(column, Choice.words(type));
            headers.put(column, type.getSimpleName());
        }
        Row header = sheet.createRow(0);
        byColumn.forEach((column, words) -> {
            header.createCell(column).setCellValue(headers.get(column));
            for (int i = 0; i < words.size(); i++) {
                Row row = sheet.getRow(i + 1) == null ? sheet.createRow(i + 1) : sheet.getRow(i + 1);
                row.createCell(column).setCellValue(words.get(i));
            }
        });
    }

    // ------------------------------------------------------------------ Instruktioner

    private void instructions(XSSFSheet sheet) {
        sheet.setColumnWidth(0, 22 * 256);
        sheet.setColumnWidth(1, 44 * 256);
        sheet.setColumnWidth(2, 90 * 256);
        List<String> names = documents.stream().map(d -> d.title().toLowerCase(java.util.Locale.ROOT)).toList();
        int r = 0;
        r = line(sheet, r, "Standardarbetsbok för Rapportverk", titleStyle());
        r = line(sheet, r, "Arbetsboken är gjord för " + Names.joinAnd(names) + ". Fyll i den, kontrollera den med "
                + "Rapportverk och gör dokumenten som PDF och Word. Inga siffror är ifyllda: allt som står i dokumenten "
                + "kommer från det du skriver här.", wrapStyle());
        r++;
        r = line(sheet, r, "Så fyller du i arbetsboken", headingStyle());
        List<String> required = new ArrayList<>(Arrays.stream(RapportField.values()).filter(RapportField::requiredByAll)
                .map(RapportField::label).toList());
        String period = documents.contains(DocumentType.DELARSRAPPORT)
                ? " och " + RapportField.PERIOD.label() + " för delårsrapporten" : "";
        r = line(sheet, r, "1. Bladet " + Schema.RAPPORT.name() + ": skriv värdena i kolumnen "
                + Schema.RAPPORT.varde.header() + ", bredvid fälten. " + Names.joinAnd(required) + " behövs alltid"
                + period + ". Kolumnen " + FORKLARING + " säger vad varje fält betyder; lämna tomt det som inte behövs.",
                wrapStyle());
        r = line(sheet, r, "2. De andra bladen: fyll i raderna under rubrikerna, en rad per post, verksamhet, mål eller "
                + "åtgärd. Ändra inte rubrikerna. Kolumnernas ordning spelar ingen roll, och egna kolumner och blad "
                + "hoppas över. Ett blad utan ifyllda rader används inte.", wrapStyle());
        r = line(sheet, r, "3. Bladet " + Schema.TEXTER.name() + ": skriv texterna i kolumnen " + Schema.TEXTER.text.header()
                + ", bredvid avsnittet. Ett avsnitt utan text utelämnas ur dokumentet.", wrapStyle());
        r = line(sheet, r, "4. Kontrollera arbetsboken: rapportverk check " + fileName + " listar allt som måste rättas, "
                + "med blad och cell. Gör sedan dokumenten: rapportverk generate " + fileName + ". Samma sak i "
                + "webbläsaren: starta rapportverk-webb och dra in arbetsboken.", wrapStyle());
        r++;
        r = line(sheet, r, "Belopp, tecken och summor", headingStyle());
        r = line(sheet, r, "Alla belopp skrivs i den enhet som står i " + RapportField.BELOPPSENHET.label() + " ("
                + Names.joinOr(Choice.words(Unit.class)) + "; utan värde " + Unit.TKR.symbol() + "), som i "
                + "ekonomisystemet och utan egen avrundning. Rapportverk räknar exakt och avrundar först när talen visas.",
                wrapStyle());
        r = line(sheet, r, "Intäkter är positiva och kostnader negativa. Avvikelse är prognos minus budget, så en "
                + "negativ avvikelse är sämre än budget.", wrapStyle());
        r = line(sheet, r, "En tom cell betyder att beloppet inte redovisas: den visas som – och räknas som noll i "
                + "summor. Tal kan också skrivas som text på svenskt vis, till exempel 1 092,2 eller -51,2.", wrapStyle());
        r = line(sheet, r, "Summarader behövs inte: Rapportverk räknar alla summor själv. En rad vars namn börjar med "
                + Names.joinOr(Schema.RESULTATRAKNING.givenTotalWords()) + " är en summarad; den jämförs med den "
                + "beräknade summan och en skillnad som avrundning inte förklarar är en varning.", wrapStyle());
        r++;
        r = line(sheet, r, "Rader, datum och texter", headingStyle());
        r = line(sheet, r, "Helt tomma rader hoppas över. En rad vars första cell börjar med # är en kommentar och "
                + "läses inte.", wrapStyle());
        r = line(sheet, r, "Datum skrivs som datum, till exempel 2025-09-23. Nyckeltalens period skrivs som år och "
                + "månad, till exempel 2025-03.", wrapStyle());
        r = line(sheet, r, "I texterna: en tom rad börjar ett nytt stycke, rader som börjar med - blir en punktlista, "
                + "### i början av en rad ger en underrubrik, **fet** och *kursiv*. Ny rad i en cell: Alt+Retur "
                + "(på Mac Kontroll+Alternativ+Retur).", wrapStyle());
        r = line(sheet, r, "Rubrikerna har hjälptexter: markera en rubrik för att se vad kolumnen ska innehålla. "
                + "Kolumner med bestämda värden har en lista att välja ur.", wrapStyle());
        r++;
        r = line(sheet, r, "Bladen", headingStyle());
        Row head = sheet.createRow(r++);
        String[] titles = {"Blad", "Används i", "Innehåll"};
        for (int c = 0; c < titles.length; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(titles[c]);
            cell.setCellStyle(headerStyle());
        }
        for (SheetSpec spec : sheets(documents)) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(spec.name());
            row.createCell(1).setCellValue(String.join(", ", spec.usedBy().stream()
                    .filter(documents::contains).map(d -> d.title().toLowerCase(java.util.Locale.ROOT)).toList()));
            Cell help = row.createCell(2);
            help.setCellValue(spec.help());
            help.setCellStyle(wrapStyle());
            for (int c = 0; c < 2; c++) {
                row.getCell(c).setCellStyle(topStyle());
            }
        }
        r++;
        line(sheet, r, "Hela kontraktet, med varje kolumn och regel, står i Rapportverks dokumentation: "
                + "docs/arbetsbok.md.", wrapStyle());
    }

    /** On paper (and as PDF): A4 landscape, one page wide, the header row on every page. */
    private static void printed(XSSFSheet sheet, boolean headerRow) {
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setLandscape(true);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        if (headerRow) {
            sheet.setRepeatingRows(org.apache.poi.ss.util.CellRangeAddress.valueOf("1:1"));
        }
    }

    private int line(XSSFSheet sheet, int r, String text, CellStyle style) {
        Row row = sheet.createRow(r);
        Cell cell = row.createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(style);
        if (style == wrapStyle()) {
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(r, r, 0, 2));
            row.setHeightInPoints(LINE_POINTS * linesOf(text, 156));
        }
        return r + 1;
    }

    /** The lines a text takes in a column this many characters wide (a little room for wider letters). */
    private static int linesOf(String text, int width) {
        int usable = Math.max(10, (int) (width * 1.25) - 2);
        int lines = 0;
        for (String paragraph : text.split("\n")) {
            lines += Math.max(1, (paragraph.length() + usable - 1) / usable);
        }
        return lines;
    }

    // ------------------------------------------------------------------ widths, styles, validations

    private static boolean wraps(ColumnSpec column) {
        return column.type() == ColumnType.MARKUP || column.type() == ColumnType.LIST;
    }

    /** A column's width in characters: by its type, wide enough for its header and its words. */
    static int width(ColumnSpec column) {
        int byType = switch (column.type()) {
            case MARKUP -> 45;
            case LIST -> 30;
            case TEXT, KEY -> 20;
            case AMOUNT, NUMBER -> 14;
            case DATE, MONTH -> 13;
            case YEAR -> 9;
            case CHOICE -> column.words().stream().mapToInt(String::length).max().orElse(10) + 5;
            case PERIOD -> 12;
        };
        int header = Math.min(24, column.header().length() + 3);
        return Math.max(byType, column.type().numeric() ? Math.min(header, 20) : Math.min(header, 30));
    }

    private String prompt(ColumnSpec column) {
        StringBuilder sb = new StringBuilder(column.help());
        if (column.isRequired()) {
            sb.append(" Kolumnen krävs.");
        }
        if (column.type() == ColumnType.AMOUNT) {
            sb.append(" Belopp i Beloppsenhet.");
        }
        if (column.type() == ColumnType.CHOICE) {
            sb.append(" Välj: ").append(Names.joinOr(column.words())).append('.');
        }
        return sb.toString();
    }

    private static DataValidationConstraint any() {
        return new XSSFDataValidationConstraint(DataValidationConstraint.ValidationType.ANY, "");
    }

    private void validation(XSSFSheet sheet, DataValidationConstraint constraint, int firstRow, int lastRow, int column,
                            String title, String prompt, boolean errorBox) {
        DataValidation v = sheet.getDataValidationHelper().createValidation(constraint,
                new CellRangeAddressList(firstRow, lastRow, column, column));
        v.createPromptBox(truncate(title, MAX_PROMPT_TITLE), truncate(prompt, MAX_PROMPT));
        v.setShowPromptBox(true);
        v.setEmptyCellAllowed(true);
        if (errorBox) {
            v.setErrorStyle(DataValidation.ErrorStyle.WARNING);
            v.createErrorBox("Värdet finns inte i listan", "Välj ett värde i listan; Rapportverk känner inte igen "
                    + "andra värden här.");
            if (sheet.getSheetName().equals(Schema.TEXTER.name()) && column == 0) {
                // An Avsnitt of one's own is a section of its own when the row has a Rubrik.
                v.setErrorStyle(DataValidation.ErrorStyle.INFO);
                v.createErrorBox("Eget avsnitt", "Ett namn som inte finns i listan blir ett eget avsnitt när raden har "
                        + "en Rubrik.");
            }
            v.setShowErrorBox(true);
        } else {
            v.setShowErrorBox(false);
        }
        if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
            v.setSuppressDropDownArrow(true); // POI writes showDropDown="0": Excel shows the arrow
        }
        sheet.addValidationData(v);
    }

    private static String truncate(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        throw new IllegalArgumentException("text longer than Excel allows (" + max + "): " + s);
    }

    /** A font of the workbook's own family and size (named, so that every program draws the same one). */
    private Font font() {
        Font f = wb.createFont();
        f.setFontName(wb.getFontAt(0).getFontName());
        f.setFontHeightInPoints(wb.getFontAt(0).getFontHeightInPoints());
        return f;
    }

    private CellStyle headerStyle() {
        return styles.computeIfAbsent("header", k -> {
            CellStyle s = wb.createCellStyle();
            Font f = font();
            f.setBold(true);
            s.setFont(f);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            s.setDataFormat(wb.createDataFormat().getFormat("@"));
            // Also drawn where the Table's style is not (LibreOffice, print): a pale fill and a rule.
            ((org.apache.poi.xssf.usermodel.XSSFCellStyle) s).setFillForegroundColor(
                    new org.apache.poi.xssf.usermodel.XSSFColor(new byte[] {(byte) 0xDD, (byte) 0xEB, (byte) 0xF7}));
            s.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            s.setBorderBottom(BorderStyle.THIN);
            return s;
        });
    }

    private CellStyle style(ColumnType type, boolean wrap) {
        return styles.computeIfAbsent(type + "/" + wrap, k -> {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(type.excelFormat()));
            s.setVerticalAlignment(VerticalAlignment.TOP);
            s.setWrapText(wrap);
            if (type.numeric()) {
                s.setAlignment(HorizontalAlignment.RIGHT);
            }
            return s;
        });
    }

    private CellStyle explanationStyle() {
        return styles.computeIfAbsent("explanation", k -> {
            CellStyle s = wb.createCellStyle();
            Font f = font();
            f.setItalic(true);
            f.setColor(IndexedColors.GREY_80_PERCENT.getIndex());
            s.setFont(f);
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    private CellStyle titleStyle() {
        return styles.computeIfAbsent("title", k -> {
            CellStyle s = wb.createCellStyle();
            Font f = font();
            f.setBold(true);
            f.setFontHeightInPoints((short) 16);
            s.setFont(f);
            return s;
        });
    }

    private CellStyle headingStyle() {
        return styles.computeIfAbsent("heading", k -> {
            CellStyle s = wb.createCellStyle();
            Font f = font();
            f.setBold(true);
            f.setFontHeightInPoints((short) 12);
            s.setFont(f);
            s.setBorderBottom(BorderStyle.THIN);
            return s;
        });
    }

    private CellStyle wrapStyle() {
        return styles.computeIfAbsent("wrap", k -> {
            CellStyle s = wb.createCellStyle();
            s.setWrapText(true);
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    private CellStyle topStyle() {
        return styles.computeIfAbsent("top", k -> {
            CellStyle s = wb.createCellStyle();
            s.setVerticalAlignment(VerticalAlignment.TOP);
            return s;
        });
    }

    // ------------------------------------------------------------------ stable bytes

    /** The package with its entries in POI's order, each stamped with the same time (no clock). */
    private static byte[] stable(byte[] zip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ZIP_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
