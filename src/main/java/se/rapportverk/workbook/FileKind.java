package se.rapportverk.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Tells what a file that is not an .xlsx workbook is, so that the user learns what to do with
 * it: an older Excel file, a password-protected workbook, an OpenDocument spreadsheet, a CSV or
 * HTML file renamed, a PDF, a Word document. Decided by the file's content, never its name.
 */
final class FileKind {

    private static final String SAVE_AS_XLSX = " Spara den som Excel-arbetsbok (.xlsx) och försök igen.";
    private static final String PASSWORD = "filen är skyddad med lösenord (krypterad). Rapportverk kan inte läsa "
            + "krypterade arbetsböcker: öppna den i Excel, ta bort lösenordet (Arkiv > Info > Skydda arbetsbok > "
            + "Kryptera med lösenord) och spara den igen.";

    private FileKind() {
    }

    /** Refuses anything that is not a zip archive, saying what it is. */
    static void refuseUnlessZip(String fileName, byte[] bytes) throws WorkbookException {
        if (bytes.length == 0) {
            throw refused(fileName, "filen är tom (0 byte) och är ingen Excel-arbetsbok (.xlsx).");
        }
        if (startsWith(bytes, 'P', 'K')) {
            return;
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            throw refused(fileName, ole2(bytes));
        }
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            throw refused(fileName, "filen är en PDF, inte en Excel-arbetsbok (.xlsx). En PDF som Rapportverk har "
                    + "gjort bär sin arbetsbok; ta ut den med \"rapportverk extract\".");
        }
        if (startsWith(bytes, 0x09, 0x08) || startsWith(bytes, 0x09, 0x04) || startsWith(bytes, 0x09, 0x02)) {
            throw refused(fileName, "filen är en mycket gammal Excel-fil (Excel 2–4)." + SAVE_AS_XLSX);
        }
        String text = textHead(bytes);
        if (text != null) {
            String lower = text.stripLeading().toLowerCase(Locale.ROOT);
            if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<table")
                    || lower.contains("<html")) {
                throw refused(fileName, "filen är en webbsida (HTML), inte en Excel-arbetsbok, även om den kan "
                        + "öppnas i Excel. Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).");
            }
            if (lower.startsWith("<?xml") || lower.startsWith("<")) {
                if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
                    throw refused(fileName, "filen är ett XML-kalkylblad från Excel 2003, inte en Excel-arbetsbok "
                            + "(.xlsx)." + SAVE_AS_XLSX);
                }
                throw refused(fileName, "filen är en XML-fil, inte en Excel-arbetsbok (.xlsx).");
            }
            if (looksLikeCsv(text)) {
                throw refused(fileName, "filen är en textfil (CSV), inte en Excel-arbetsbok. Öppna den i Excel och "
                        + "spara den som Excel-arbetsbok (.xlsx).");
            }
        }
        throw refused(fileName, "filen är inte en Excel-arbetsbok (.xlsx).");
    }

    /** Refuses a zip archive that is not an xlsx workbook: OpenDocument, .xlsb, Word, PowerPoint. */
    static void refuseUnlessXlsx(String fileName, XlsxPackage pkg) throws WorkbookException {
        if (pkg.has("mimetype")) {
            String mime = new String(pkg.head("mimetype", 200), StandardCharsets.US_ASCII).strip();
            if (mime.equals("application/vnd.oasis.opendocument.spreadsheet")
                    || mime.equals("application/vnd.oasis.opendocument.spreadsheet-template")) {
                throw refused(fileName, "filen är ett OpenDocument-kalkylblad (.ods, till exempel från LibreOffice), "
                        + "inte en Excel-arbetsbok." + SAVE_AS_XLSX.replace("den", "det"));
            }
            if (mime.startsWith("application/vnd.oasis.opendocument")) {
                throw refused(fileName, "filen är ett OpenDocument-dokument men inget kalkylblad, och ingen "
                        + "Excel-arbetsbok (.xlsx).");
            }
        }
        if (pkg.has("xl/workbook.bin")) {
            throw refused(fileName, "filen är en binär Excel-arbetsbok (.xlsb)." + SAVE_AS_XLSX);
        }
        if (pkg.has("word/document.xml")) {
            throw refused(fileName, "filen är ett Word-dokument (.docx), inte en Excel-arbetsbok (.xlsx).");
        }
        if (pkg.has("ppt/presentation.xml")) {
            throw refused(fileName, "filen är en PowerPoint-presentation (.pptx), inte en Excel-arbetsbok (.xlsx).");
        }
        if (!pkg.has("[Content_Types].xml") && !pkg.has("xl/workbook.xml") && !pkg.has("_rels/.rels")) {
            throw refused(fileName, "filen är ett zip-arkiv men ingen Excel-arbetsbok (.xlsx).");
        }
    }

    private static WorkbookException refused(String fileName, String message) {
        return new WorkbookException(fileName + ": " + message);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** An OLE2 container: encrypted OOXML, an .xls (encrypted or not), or another Office file. */
    private static String ole2(byte[] bytes) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return PASSWORD;
            }
            String stream = root.hasEntryCaseInsensitive("Workbook") ? "Workbook"
                    : root.hasEntryCaseInsensitive("Book") ? "Book" : null;
            if (stream != null) {
                if (xlsHasPassword(root, stream)) {
                    return "filen är en äldre Excel-fil (.xls) som är skyddad med lösenord. Öppna den i Excel, ta "
                            + "bort lösenordet och spara den som Excel-arbetsbok (.xlsx).";
                }
                return "filen är en äldre Excel-fil (.xls)." + SAVE_AS_XLSX;
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return "filen är ett äldre Word-dokument (.doc), inte en Excel-arbetsbok (.xlsx).";
            }
            return "filen är ett äldre Office-dokument men ingen Excel-arbetsbok (.xlsx).";
        } catch (IOException | RuntimeException e) {
            return "filen ser ut som en äldre Office-fil men är skadad och är ingen Excel-arbetsbok (.xlsx).";
        }
    }

    /** Whether the BIFF globals of an .xls start with a FILEPASS record (the file is encrypted). */
    private static boolean xlsHasPassword(DirectoryNode root, String stream) {
        try (InputStream in = new DocumentInputStream((DocumentEntry) root.getEntryCaseInsensitive(stream))) {
            for (int i = 0; i < 64; i++) {
                int sid = in.read() | in.read() << 8;
                int len = in.read() | in.read() << 8;
                if (sid < 0 || len < 0) {
                    return false;
                }
                if (sid == 0x002F) {
                    return true;
                }
                if (sid == 0x0085 || sid == 0x000A) {
                    return false;
                }
                if (in.skip(len) < len) {
                    return false;
                }
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
        return false;
    }

    /** The file's start as text, when it is text (no NUL and valid UTF-8, UTF-16 with BOM, or Latin-1). */
    private static String textHead(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, n - 2 - n % 2, StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, n - 2 - n % 2, StandardCharsets.UTF_16BE);
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        int controls = 0;
        for (int i = start; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return null;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != 0x0C) {
                controls++;
            }
        }
        if (controls > n / 100) {
            return null;
        }
        return new String(bytes, start, n - start, StandardCharsets.UTF_8);
    }

    /** Two or more lines, the first with a separator (semicolon, comma or tab), each line with one too. */
    private static boolean looksLikeCsv(String text) {
        String[] lines = text.split("\\r?\\n|\\r");
        int withSeparator = 0;
        int nonEmpty = 0;
        for (int i = 0; i < Math.min(lines.length, 20); i++) {
            String line = lines[i];
            if (line.isBlank()) {
                continue;
            }
            nonEmpty++;
            if (line.indexOf(';') >= 0 || line.indexOf('\t') >= 0 || line.indexOf(',') >= 0) {
                withSeparator++;
            }
        }
        return nonEmpty >= 2 && withSeparator >= nonEmpty - 1
                && (lines[0].indexOf(';') >= 0 || lines[0].indexOf('\t') >= 0 || lines[0].indexOf(',') >= 0);
    }
}
