package se.rapportverk.badinput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.XlsxParts;

/**
 * Hostile and malformed files, built in the test: other formats under the .xlsx name, encrypted
 * workbooks, zip bombs, truncated and patched zips, XXE, damaged XML and impossible cells. Each
 * starts from the same small good delårsrapport ({@link TestWorkbooks#delarsrapport()}), whose
 * Resultaträkning is {@code xl/worksheets/sheet3.xml} and Texter {@code sheet2.xml}.
 */
final class HostileFiles {

    static final String RR = "xl/worksheets/sheet3.xml";
    static final String TEXTER = "xl/worksheets/sheet2.xml";
    static final String SST = "xl/sharedStrings.xml";

    private HostileFiles() {
    }

    private static byte[] good;

    /** The good workbook's bytes (made once). */
    static synchronized byte[] goodBytes() {
        if (good == null) {
            good = TestWorkbooks.delarsrapport();
        }
        return good.clone();
    }

    /** The good workbook, taken apart. */
    static XlsxParts good() {
        return XlsxParts.of(goodBytes());
    }

    /** The good workbook with one cell of the Resultaträkning replaced by raw XML ({@code E3} is 16 300). */
    static byte[] cell(String ref, String xml) {
        XlsxParts p = good();
        return p.replaceFirst(RR, "<c r=\"" + ref + "\"[^>]*>(<[fv]>[^<]*</[fv]>)*</c>", xml).zip();
    }

    /** The good workbook with a regular expression replaced in one part. */
    static byte[] change(String part, String regex, String replacement) {
        return good().replaceFirst(part, regex, replacement).zip();
    }

    /** A document type declaration put before the root element of a part. */
    static byte[] doctype(String part, String declaration) {
        XlsxParts p = good();
        String xml = p.text(part);
        int root = xml.indexOf('<', xml.startsWith("<?xml") ? xml.indexOf("?>") : 0);
        return p.put(part, xml.substring(0, root) + declaration + xml.substring(root)).zip();
    }

    static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        b[0] = 0x13;
        return b;
    }

    /** The first bytes of a workbook. */
    static byte[] truncated(byte[] whole, int length) {
        return Arrays.copyOf(whole, length);
    }

    /** An .xls file (BIFF8), optionally encrypted with a password. */
    static byte[] xls(String password) {
        try (HSSFWorkbook wb = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Rapport");
            Row r = s.createRow(0);
            r.createCell(0).setCellValue("Fält");
            r.createCell(1).setCellValue("Värde");
            Biff8EncryptionKey.setCurrentUserPassword(password);
            try {
                wb.write(out);
            } finally {
                Biff8EncryptionKey.setCurrentUserPassword(null);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The good workbook encrypted with a password, as Excel's "Kryptera med lösenord" saves it. */
    static byte[] encryptedXlsx() {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("hemligt");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(goodBytes());
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A zip of the given parts (name, text) in order; the first is stored when it is {@code mimetype}. */
    static byte[] zip(String... namesAndTexts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                byte[] data = namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8);
                ZipEntry e = new ZipEntry(namesAndTexts[i]);
                e.setTime(315532800000L);
                if (namesAndTexts[i].equals("mimetype")) {
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    e.setCompressedSize(data.length);
                    e.setCrc(crc.getValue());
                }
                zip.putNextEntry(e);
                zip.write(data);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** An OpenDocument spreadsheet (.ods) as LibreOffice saves it. */
    static byte[] ods() {
        return zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><manifest:manifest "
                        + "xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>",
                "content.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
                        + "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>");
    }

    /** The Resultaträkning with whitespace that unpacks {@code megabytes} MB at a ratio of about 1 000. */
    static byte[] whitespaceBomb(int megabytes) {
        XlsxParts p = good();
        String xml = p.text(RR);
        int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
        StringBuilder sb = new StringBuilder(xml.length() + (megabytes << 20));
        sb.append(xml, 0, at).append(" ".repeat(megabytes << 20)).append(xml.substring(at));
        return p.put(RR, sb.toString()).zip();
    }

    /** The Resultaträkning followed by {@code rows} empty rows, as a low-ratio bomb. */
    static byte[] emptyRows(int rows) {
        XlsxParts p = good();
        String xml = p.text(RR);
        int at = xml.indexOf("</sheetData>");
        StringBuilder sb = new StringBuilder(xml.length() + rows * 24);
        sb.append(xml, 0, at);
        for (int r = 100; r < 100 + rows; r++) {
            sb.append("<row r=\"").append(r).append("\" ht=\"15\"/>");
        }
        sb.append(xml.substring(at));
        return p.put(RR, sb.toString()).zip();
    }

    /** The Resultaträkning with a row of {@code perRow} empty cells, {@code rows} times. */
    static byte[] emptyCells(int rows, int perRow) {
        XlsxParts p = good();
        String xml = p.text(RR);
        int at = xml.indexOf("</sheetData>");
        StringBuilder sb = new StringBuilder(xml.length() + rows * perRow * 5);
        sb.append(xml, 0, at);
        for (int r = 100; r < 100 + rows; r++) {
            sb.append("<row r=\"").append(r).append("\">");
            for (int c = 0; c < perRow; c++) {
                sb.append("<c r=\"").append(org.apache.poi.ss.util.CellReference.convertNumToColString(c)).append(r)
                        .append("\" s=\"0\"/>");
            }
            sb.append("</row>");
        }
        sb.append(xml.substring(at));
        return p.put(RR, sb.toString()).zip();
    }

    /** A zip with many small parts. */
    static byte[] manyParts(int count) {
        XlsxParts p = good();
        for (int i = 0; i < count; i++) {
            p.put("xl/extra/part" + i + ".bin", new byte[] {1});
        }
        return p.zip();
    }

    /** The good workbook with a large stored picture, to make the file large. */
    static byte[] largeFile(int megabytes) {
        return good().put("xl/media/image1.png", random(megabytes << 20, 7)).zip(ZipEntry.STORED);
    }

    // ------------------------------------------------------------------ patching the zip's own records

    /** Each central directory record: offset in the bytes, and its name. */
    private record Central(int offset, String name, int localOffset) {
    }

    private static java.util.List<Central> central(byte[] zip) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        java.util.List<Central> list = new java.util.ArrayList<>();
        for (int i = 0; i + 46 <= zip.length; i++) {
            if (b.getInt(i) == 0x02014b50) {
                int nameLength = b.getShort(i + 28) & 0xFFFF;
                String name = new String(zip, i + 46, nameLength, StandardCharsets.UTF_8);
                list.add(new Central(i, name, b.getInt(i + 42)));
                i += 45 + nameLength;
            }
        }
        return list;
    }

    private static Central entry(byte[] zip, String name) {
        return central(zip).stream().filter(c -> c.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(name));
    }

    /** Sets the unpacked size that the central directory declares for a part. */
    static byte[] declaredSize(byte[] zip, String name, long size) {
        byte[] z = zip.clone();
        ByteBuffer.wrap(z).order(ByteOrder.LITTLE_ENDIAN).putInt(entry(z, name).offset + 24, (int) size);
        return z;
    }

    /** Marks a part as encrypted (general-purpose bit 0) in its local header and the central directory. */
    static byte[] zipEncrypted(byte[] zip, String name) {
        byte[] z = zip.clone();
        ByteBuffer b = ByteBuffer.wrap(z).order(ByteOrder.LITTLE_ENDIAN);
        Central c = entry(z, name);
        b.putShort(c.offset + 8, (short) (b.getShort(c.offset + 8) | 1));
        b.putShort(c.localOffset + 6, (short) (b.getShort(c.localOffset + 6) | 1));
        return z;
    }

    /** Renames a part in place (same length) in its local header and the central directory. */
    static byte[] renamed(byte[] zip, String from, String to) {
        if (from.length() != to.length()) {
            throw new IllegalArgumentException("names of the same length only");
        }
        byte[] z = zip.clone();
        Central c = entry(z, from);
        byte[] name = to.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(name, 0, z, c.offset + 46, name.length);
        System.arraycopy(name, 0, z, c.localOffset + 30, name.length);
        return z;
    }

    /** Where a part's packed data begins. */
    static int dataOffset(byte[] zip, String name) {
        Central c = entry(zip, name);
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        return c.localOffset + 30 + (b.getShort(c.localOffset + 26) & 0xFFFF) + (b.getShort(c.localOffset + 28) & 0xFFFF);
    }

    /** Overwrites bytes in the middle of a part's packed data. */
    static byte[] damaged(byte[] zip, String name, int at, int length) {
        byte[] z = zip.clone();
        int start = dataOffset(z, name) + at;
        for (int i = 0; i < length; i++) {
            z[start + i] = (byte) (z[start + i] ^ 0x5A);
        }
        return z;
    }
}
