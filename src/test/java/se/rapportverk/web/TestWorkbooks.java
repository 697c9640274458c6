package se.rapportverk.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The example workbooks the web tests post, and one with an error made from an example. */
final class TestWorkbooks {

    static final Path AVVIKELSER = Path.of("input-examples", "delarsrapport-med-avvikelser.xlsx");
    static final Path DELARSRAPPORT = Path.of("input-examples", "delarsrapport-augusti-2025.xlsx");

    private TestWorkbooks() {
    }

    static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The example delårsrapport with the text {@code 12,3x} in {@code Resultaträkning!E3}, the
     * README's own example of an error.
     */
    static byte[] withTextInE3() {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes(DELARSRAPPORT)))) {
            Sheet sheet = wb.getSheet("Resultaträkning");
            Row row = sheet.getRow(2);
            Cell cell = row.getCell(4);
            cell.setCellValue("12,3x");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
