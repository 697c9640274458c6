package se.rapportverk.bench.jasper;

import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The comparison run: loads the precompiled design once, then for each workbook (or the one
 * workbook, {@code --repeat} times) reads its Rapport, Resultaträkning and Driftsredovisning sheets
 * with POI, fills the report and exports it as a PDF file, in this one JVM. Prints the time of the
 * first report, the median of the others and the total, in milliseconds.
 *
 * <p>Usage: {@code java -jar jasper-bench.jar DESIGN.jasper OUTDIR WORKBOOK|FOLDER... [--repeat N]}
 */
public final class JasperBench {

    private JasperBench() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        List<String> rest = new ArrayList<>(Arrays.asList(args));
        int repeat = 1;
        int r = rest.indexOf("--repeat");
        if (r >= 0) {
            repeat = Integer.parseInt(rest.get(r + 1));
            rest.subList(r, r + 2).clear();
        }
        if (rest.size() < 3) {
            System.err.println("usage: JasperBench DESIGN.jasper OUTDIR WORKBOOK|FOLDER... [--repeat N]");
            System.exit(2);
        }
        JasperReport report = (JasperReport) JRLoader.loadObject(new File(rest.get(0)));
        Path out = Files.createDirectories(Path.of(rest.get(1)));
        List<Path> workbooks = new ArrayList<>();
        for (String a : rest.subList(2, rest.size())) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".xlsx")).sorted().forEach(workbooks::add);
                }
            } else {
                workbooks.add(p);
            }
        }
        List<Path> runs = new ArrayList<>();
        for (int i = 0; i < repeat; i++) {
            runs.addAll(workbooks);
        }
        long[] ms = new long[runs.size()];
        for (int i = 0; i < runs.size(); i++) {
            long t = System.nanoTime();
            make(report, runs.get(i), out.resolve(String.format(Locale.ROOT, "ekonomi-%03d.pdf", i)));
            ms[i] = (System.nanoTime() - t) / 1_000_000;
        }
        long total = (System.nanoTime() - start) / 1_000_000;
        long[] others = Arrays.copyOfRange(ms, 1, ms.length);
        Arrays.sort(others);
        System.out.printf(Locale.ROOT, "jasper: %d rapporter, första %d ms, median därefter %s ms, totalt %d ms%n",
                ms.length, ms[0], others.length == 0 ? "-" : Long.toString(others[others.length / 2]), total);
    }

    /** One report: read the workbook, fill, export to PDF. */
    static void make(JasperReport report, Path workbook, Path pdf) throws IOException, JRException {
        Map<String, Object> parameters = new HashMap<>();
        List<Map<String, ?>> rows = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(workbook.toFile(), null, true)) {
            Map<String, String> rapport = fields(wb.getSheet("Rapport"));
            BigDecimal divisor = switch (rapport.getOrDefault("beloppsenhet", "tkr")) {
                case "kr" -> BigDecimal.valueOf(1_000_000);
                case "mkr" -> BigDecimal.ONE;
                default -> BigDecimal.valueOf(1_000);
            };
            parameters.put("KOMMUN", rapport.getOrDefault("kommun", ""));
            parameters.put("NAMND", rapport.getOrDefault("nämnd", ""));
            parameters.put("PERIOD", rapport.getOrDefault("period", ""));
            parameters.put("TITEL", "Delårsrapport " + rapport.getOrDefault("period", "") + " "
                    + rapport.getOrDefault("år", "").replace(".0", ""));
            rows(wb.getSheet("Resultaträkning"), "Resultaträkning", "post", divisor, rows);
            rows(wb.getSheet("Driftsredovisning"), "Driftsredovisning", "verksamhet", divisor, rows);
        }
        parameters.put(JRParameter.REPORT_LOCALE, Locale.forLanguageTag("sv-SE"));
        JasperPrint print = JasperFillManager.fillReport(report, parameters, new JRMapCollectionDataSource(rows));
        JRPdfExporter exporter = new JRPdfExporter();
        exporter.setExporterInput(new SimpleExporterInput(print));
        exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(pdf.toFile()));
        exporter.exportReport();
    }

    private static Map<String, String> fields(Sheet sheet) {
        Map<String, String> m = new HashMap<>();
        DataFormatter f = new DataFormatter(Locale.ROOT);
        if (sheet != null) {
            for (Row row : sheet) {
                Cell k = row.getCell(0);
                Cell v = row.getCell(1);
                if (k != null && v != null) {
                    m.put(f.formatCellValue(k).strip().toLowerCase(Locale.ROOT), f.formatCellValue(v).strip());
                }
            }
        }
        return m;
    }

    /** The sheet's rows as data-source rows, without its total rows (Jasper sums them itself). */
    private static void rows(Sheet sheet, String table, String labelColumn, BigDecimal divisor,
                             List<Map<String, ?>> into) {
        if (sheet == null) {
            return;
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        DataFormatter f = new DataFormatter(Locale.ROOT);
        for (Row row : sheet) {
            if (columns.isEmpty()) {
                for (Cell c : row) {
                    columns.put(f.formatCellValue(c).strip().toLowerCase(Locale.ROOT), c.getColumnIndex());
                }
                continue;
            }
            String label = text(row, columns.get(labelColumn), f);
            String typ = text(row, columns.get("typ"), f);
            if (label.isEmpty() || label.startsWith("#") || typ.equalsIgnoreCase("Summa")
                    || label.matches("(?i)(summa|totalt|netto).*")) {
                continue;
            }
            Map<String, Object> m = new HashMap<>();
            m.put("tabell", table);
            m.put("rad", label);
            m.put("utfall", amount(row, columns.get("utfall period"), divisor));
            m.put("budgetPeriod", amount(row, columns.get("budget period"), divisor));
            m.put("budget", amount(row, columns.get("budget"), divisor));
            m.put("prognos", amount(row, columns.get("prognos"), divisor));
            into.add(m);
        }
    }

    private static String text(Row row, Integer column, DataFormatter f) {
        return column == null || row.getCell(column) == null ? "" : f.formatCellValue(row.getCell(column)).strip();
    }

    private static BigDecimal amount(Row row, Integer column, BigDecimal divisor) {
        Cell c = column == null ? null : row.getCell(column);
        if (c == null) {
            return BigDecimal.ZERO;
        }
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (type != CellType.NUMERIC) {
            return BigDecimal.ZERO;
        }
        return new BigDecimal(Double.toString(c.getNumericCellValue())).divide(divisor, MathContext.DECIMAL64);
    }
}
