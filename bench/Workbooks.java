import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Workbooks for scripts/benchmark, made here so that the benchmark needs nothing else:
 *
 * <pre>
 * java -cp 'target/lib/*' bench/Workbooks.java kommuner N MAPP [ALLA|DELARSRAPPORT]
 *     N variants of the example workbooks, one per (numbered) municipality: the examples in turn
 *     (ALLA, the default) or only the full delårsrapport, each with its own Rapport!Kommun.
 * java -cp 'target/lib/*' bench/Workbooks.java rader N FIL
 *     A delårsrapport workbook whose Driftsredovisning has N verksamheter in ten areas, with a
 *     Resultaträkning whose totals agree with it, so that every check passes.
 * </pre>
 */
public class Workbooks {

    static final List<String> EXAMPLES = List.of("delarsrapport-augusti-2025.xlsx",
            "handlingsplan-personlig-assistans-2025.xlsx", "atgardsplan-2025.xlsx",
            "uppfoljning-handlingsplan-2025.xlsx", "tjansteskrivelse-handlingsplan-2025.xlsx",
            "delarsrapport-med-avvikelser.xlsx");

    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("kommuner")) {
            boolean all = args.length < 4 || args[3].equalsIgnoreCase("alla");
            kommuner(Integer.parseInt(args[1]), Path.of(args[2]), all);
        } else if (args.length == 3 && args[0].equals("rader")) {
            rows(Integer.parseInt(args[1]), Path.of(args[2]));
        } else {
            System.err.println("usage: Workbooks kommuner N MAPP [ALLA|DELARSRAPPORT] | rader N FIL");
            System.exit(2);
        }
    }

    static void kommuner(int n, Path folder, boolean all) throws IOException {
        Files.createDirectories(folder);
        Path examples = Path.of("input-examples");
        for (int i = 1; i <= n; i++) {
            String example = all ? EXAMPLES.get((i - 1) % EXAMPLES.size()) : EXAMPLES.get(0);
            String kommun = String.format(Locale.ROOT, "Kommun %03d", i);
            try (InputStream in = Files.newInputStream(examples.resolve(example));
                 XSSFWorkbook wb = new XSSFWorkbook(in)) {
                Sheet rapport = wb.getSheet("Rapport");
                for (Row row : rapport) {
                    if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("Kommun")) {
                        row.getCell(1).setCellValue(kommun);
                    }
                }
                Path target = folder.resolve(String.format(Locale.ROOT, "kommun-%03d-%s", i, example));
                try (OutputStream out = Files.newOutputStream(target)) {
                    wb.write(out);
                }
            }
        }
        // The files that the delårsrapport's Bilagor!Fil names stand beside the workbooks, as in input-examples.
        Path appendices = examples.resolve("bilagor");
        if (Files.isDirectory(appendices)) {
            Path to = Files.createDirectories(folder.resolve("bilagor"));
            try (var files = Files.list(appendices)) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The amount columns of both sheets. */
    static final String[] COLUMNS = {"Bokslut föregående år", "Utfall period", "Budget period", "Budget", "Prognos"};

    /** The heading row: two columns of text, then the amount columns. */
    static void header(Sheet sheet, String first, String second) {
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue(first);
        head.createCell(1).setCellValue(second);
        for (int c = 0; c < COLUMNS.length; c++) {
            head.createCell(2 + c).setCellValue(COLUMNS[c]);
        }
    }

    static void rows(int n, Path file) throws IOException {
        long[] totals = new long[COLUMNS.length];
        long seed = 20250823L;
        // Streaming, so that a workbook of 100 000 rows is made in little memory.
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet rapport = wb.createSheet("Rapport");
            String[][] fields = {{"Fält", "Värde"}, {"Kommun", "Ekeby kommun"}, {"Nämnd", "Vård- och omsorgsnämnden"},
                    {"Förvaltning", "Vård- och omsorgsförvaltningen"}, {"År", "2025"}, {"Period", "augusti"},
                    {"Beloppsenhet", "tkr"}, {"Tabellenhet", "mkr"}, {"Decimaler", "1"}, {"Datum", "2025-09-23"},
                    {"Diarienummer", "2025.112 VON"}};
            for (int i = 0; i < fields.length; i++) {
                Row r = rapport.createRow(i);
                r.createCell(0).setCellValue(fields[i][0]);
                r.createCell(1).setCellValue(fields[i][1]);
            }
            Sheet drift = wb.createSheet("Driftsredovisning");
            header(drift, "Område", "Verksamhet");
            int perArea = Math.max(1, (n + 9) / 10);
            for (int i = 0; i < n; i++) {
                Row r = drift.createRow(1 + i);
                r.createCell(0).setCellValue("Område " + (1 + i / perArea));
                r.createCell(1).setCellValue(String.format(Locale.ROOT, "Verksamhet %06d", i + 1));
                for (int c = 0; c < COLUMNS.length; c++) {
                    seed = seed * 6364136223846793005L + 1442695040888963407L;
                    long value = -(1_000 + Math.floorMod(seed >>> 17, 49_000));
                    totals[c] += value;
                    r.createCell(2 + c).setCellValue(value);
                }
            }
            // Resultaträkning: fixed income, costs so that the net total equals the driftsredovisning's.
            Sheet rr = wb.createSheet("Resultaträkning");
            header(rr, "Post", "Typ");
            long[] income = {46_120, 30_415, 31_100, 46_800, 49_300};
            Row in = rr.createRow(1);
            in.createCell(0).setCellValue("Taxor och avgifter");
            in.createCell(1).setCellValue("Intäkt");
            Row cost = rr.createRow(2);
            cost.createCell(0).setCellValue("Personalkostnader");
            cost.createCell(1).setCellValue("Kostnad");
            for (int c = 0; c < COLUMNS.length; c++) {
                in.createCell(2 + c).setCellValue(income[c]);
                cost.createCell(2 + c).setCellValue(totals[c] - income[c]);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }
}
