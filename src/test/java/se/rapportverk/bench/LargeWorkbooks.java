package se.rapportverk.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes large standard workbooks for measuring: a Rapport sheet, a Resultaträkning and a
 * Driftsredovisning of any number of rows (in twenty Områden), written the way Excel writes them
 * (shared strings, numeric cells), with POI's streaming writer so that making a 100 000-row
 * workbook takes little memory itself. The Resultaträkning's rows add up to the Driftsredovisning's
 * totals, so the workbook checks clean and generates.
 *
 * <p>From the command line (for {@code scripts/benchmark}):
 * {@code java -cp target/test-classes:target/classes:target/lib/* se.rapportverk.bench.LargeWorkbooks 30000 big.xlsx}
 */
public final class LargeWorkbooks {

    private static final String[] COLUMNS = {"Verksamhet", "Område", "Bokslut föregående år",
            "Utfall period föregående år", "Utfall period", "Budget period", "Budget", "Prognos"};
    private static final int AREAS = 20;

    private LargeWorkbooks() {
    }

    /** Writes a workbook with {@code rows} Driftsredovisning rows to {@code out}. */
    public static void write(int rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), 200, true, true)) {
            Sheet rapport = wb.createSheet("Rapport");
            String[][] fields = {{"Fält", "Värde"}, {"Kommun", "Storby kommun"}, {"Nämnd", "Stora nämnden"},
                    {"År", "2025"}, {"Period", "augusti"}, {"Beloppsenhet", "tkr"}, {"Datum", "2025-09-24"},
                    {"Diarienummer", "2025.001 SN"}};
            for (int r = 0; r < fields.length; r++) {
                Row row = rapport.createRow(r);
                row.createCell(0).setCellValue(fields[r][0]);
                row.createCell(1).setCellValue(fields[r][1]);
            }
            // The Driftsredovisning first in memory order: its column sums make the Resultaträkning.
            long[] sums = new long[6];
            Sheet drift = wb.createSheet("Driftsredovisning");
            Row header = drift.createRow(0);
            for (int c = 0; c < COLUMNS.length; c++) {
                header.createCell(c).setCellValue(COLUMNS[c]);
            }
            for (int i = 1; i <= rows; i++) {
                Row row = drift.createRow(i);
                row.createCell(0).setCellValue("Verksamhet " + i);
                row.createCell(1).setCellValue("Område " + (1 + i % AREAS));
                long base = 1000 + (i * 7919L) % 9000;
                long[] values = {-base, -(base * 2 / 3), -(base * 2 / 3 + i % 50), -(base * 2 / 3 - 20),
                        -base + 30, -base - i % 40};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(2 + c).setCellValue(values[c]);
                    sums[c] += values[c];
                }
            }
            Sheet rr = wb.createSheet("Resultaträkning");
            Row rrHeader = rr.createRow(0);
            String[] rrColumns = {"Post", "Typ", "Bokslut föregående år", "Utfall period föregående år",
                    "Utfall period", "Budget period", "Budget", "Prognos"};
            for (int c = 0; c < rrColumns.length; c++) {
                rrHeader.createCell(c).setCellValue(rrColumns[c]);
            }
            // Income of a tenth of the net cost; the rest is personnel.
            Row income = rr.createRow(1);
            income.createCell(0).setCellValue("Taxor och avgifter");
            Row cost = rr.createRow(2);
            cost.createCell(0).setCellValue("Personalkostnader");
            for (int c = 0; c < sums.length; c++) {
                long in = -sums[c] / 10;
                income.createCell(2 + c).setCellValue(in);
                cost.createCell(2 + c).setCellValue(sums[c] - in);
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /** The workbook as bytes. */
    public static byte[] bytes(int rows) {
        try (var out = new java.io.ByteArrayOutputStream()) {
            write(rows, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code LargeWorkbooks ROWS FILE}: writes the workbook. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("Användning: LargeWorkbooks RADER FIL.xlsx");
            System.exit(2);
        }
        try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
            write(Integer.parseInt(args[0]), out);
        }
    }
}
