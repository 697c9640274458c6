package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** File helpers for the archive tests: copies, a changed workbook, and a guard on the input workbook. */
final class Files2 {

    private Files2() {
    }

    /** Copies the regular files of a folder into a new one. */
    static Path copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(p.getFileName()));
            }
        }
        return to;
    }

    /**
     * Copies a workbook into a folder under its own name, with the folder {@code bilagor} beside it when
     * it has one: the files its sheet Bilagor names, which must stand beside the workbook wherever it is.
     */
    static Path copyWorkbook(Path workbook, Path folder, java.nio.file.CopyOption... options) throws IOException {
        Files.createDirectories(folder);
        Path copy = Files.copy(workbook, folder.resolve(workbook.getFileName()), options);
        withAppendices(workbook, folder);
        return copy;
    }

    /** Copies the folder {@code bilagor} beside the workbook into the folder, unless it is there already. */
    static void withAppendices(Path workbook, Path folder) throws IOException {
        Path from = workbook.toAbsolutePath().resolveSibling("bilagor");
        if (Files.isDirectory(from) && !Files.exists(folder.resolve("bilagor"))) {
            copyFolder(from, folder.resolve("bilagor"));
        }
    }

    /** Every file below a folder whose name ends in .tmp. */
    static List<Path> temporaries(Path folder) throws IOException {
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /**
     * A copy of a workbook, under the same file name in another folder, with one text cell changed:
     * a different workbook that makes the same documents with other content.
     */
    static Path changedWorkbook(Path workbook, Path folder, String sheet, String cell, String text) {
        try (InputStream in = Files.newInputStream(workbook); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var ref = new org.apache.poi.ss.util.CellReference(cell);
            wb.getSheet(sheet).getRow(ref.getRow()).getCell(ref.getCol()).setCellValue(text);
            Files.createDirectories(folder);
            Path copy = folder.resolve(workbook.getFileName());
            try (OutputStream out = Files.newOutputStream(copy)) {
                wb.write(out);
            }
            withAppendices(workbook, folder);
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The bytes and modification time of a workbook, to show that no command writes to it. */
    record Guard(Path file, byte[] bytes, FileTime modified) {
        static Guard of(Path file) {
            try {
                return new Guard(file, Files.readAllBytes(file), Files.getLastModifiedTime(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void assertUnchanged() {
            try {
                assertArrayEquals(bytes, Files.readAllBytes(file), file + " is never written");
                assertEquals(modified, Files.getLastModifiedTime(file), file + " keeps its modification time");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
