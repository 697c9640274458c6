package se.rapportverk.testutil;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx file taken apart into its parts (zip entries) so that a test can change the XML as
 * another program would have written it, or damage it, and put it together again. Parts keep their
 * order; zipping is deterministic.
 */
public final class XlsxParts {

    private static final Pattern SHEET = Pattern.compile("<sheet\\b[^>]*?name=\"([^\"]*)\"[^>]*?r:id=\"([^\"]*)\"");
    private static final Pattern REL = Pattern.compile("<Relationship\\b[^>]*?Id=\"([^\"]*)\"[^>]*?Target=\"([^\"]*)\"");

    private final Map<String, byte[]> parts;

    private XlsxParts(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    /** Takes a workbook apart. */
    public static XlsxParts of(byte[] xlsx) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new XlsxParts(parts);
    }

    /** The names of the parts, in order. */
    public List<String> names() {
        return List.copyOf(parts.keySet());
    }

    /** Whether the part exists. */
    public boolean has(String part) {
        return parts.containsKey(part);
    }

    /** A part as text (UTF-8). */
    public String text(String part) {
        byte[] b = parts.get(part);
        if (b == null) {
            throw new IllegalArgumentException("no part " + part + " among " + parts.keySet());
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** A part's bytes. */
    public byte[] bytes(String part) {
        return parts.get(part);
    }

    /** Replaces (or adds) a part. */
    public XlsxParts put(String part, String xml) {
        return put(part, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces (or adds) a part. */
    public XlsxParts put(String part, byte[] bytes) {
        parts.put(part, bytes);
        return this;
    }

    /** Removes a part. */
    public XlsxParts remove(String part) {
        parts.remove(part);
        return this;
    }

    /** Replaces the first match of a regular expression in a part; fails when there is none. */
    public XlsxParts replaceFirst(String part, String regex, String replacement) {
        String text = text(part);
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("/" + regex + "/ not in " + part);
        }
        return put(part, m.replaceFirst(replacement));
    }

    /** Replaces every match of a regular expression in a part. */
    public XlsxParts replaceAll(String part, String regex, String replacement) {
        return put(part, text(part).replaceAll(regex, replacement));
    }

    /** The part of a sheet, by its name in workbook.xml ({@code xl/worksheets/sheet2.xml}). */
    public String sheetPart(String sheetName) {
        Matcher s = SHEET.matcher(text("xl/workbook.xml"));
        String id = null;
        while (s.find()) {
            if (s.group(1).equals(sheetName)) {
                id = s.group(2);
            }
        }
        if (id == null) {
            throw new IllegalArgumentException("no sheet " + sheetName);
        }
        Matcher r = REL.matcher(text("xl/_rels/workbook.xml.rels"));
        while (r.find()) {
            if (r.group(1).equals(id)) {
                String target = r.group(2);
                return target.startsWith("/") ? target.substring(1) : "xl/" + target;
            }
        }
        throw new IllegalArgumentException("no relationship " + id);
    }

    /** The workbook as .xlsx bytes, every part deflated. */
    public byte[] zip() {
        return zip(ZipEntry.DEFLATED);
    }

    /** The workbook as .xlsx bytes, with the given method ({@link ZipEntry#STORED} or {@link ZipEntry#DEFLATED}). */
    public byte[] zip(int method) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                entry.setTime(315532800000L);
                entry.setMethod(method);
                if (method == ZipEntry.STORED) {
                    CRC32 crc = new CRC32();
                    crc.update(e.getValue());
                    entry.setSize(e.getValue().length);
                    entry.setCompressedSize(e.getValue().length);
                    entry.setCrc(crc.getValue());
                }
                zip.putNextEntry(entry);
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
