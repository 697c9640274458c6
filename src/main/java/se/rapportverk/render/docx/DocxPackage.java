package se.rapportverk.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The parts of one Word file as they are made, with the relationships and content types that
 * describe them, written out once as a zip ({@link StablePackage}). Part names, relationship ids and
 * the order of entries, relationships and content types are those POI gave the same file: ids are
 * handed out in the order the parts are made, relationships are listed by id as text, content types
 * by extension and by part name in POI's natural order.
 */
final class DocxPackage {

    static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static final String CT = "application/vnd.openxmlformats-officedocument.";
    private static final String WML = CT + "wordprocessingml.";

    static final String CT_DOCUMENT = WML + "document.main+xml";
    static final String CT_STYLES = WML + "styles+xml";
    static final String CT_SETTINGS = WML + "settings+xml";
    static final String CT_NUMBERING = WML + "numbering+xml";
    static final String CT_HEADER = WML + "header+xml";
    static final String CT_FOOTER = WML + "footer+xml";
    static final String CT_COMMENTS = WML + "comments+xml";
    static final String CT_CHART = CT + "drawingml.chart+xml";
    static final String CT_XLSX = CT + "spreadsheetml.sheet";

    /** One relationship of a part. */
    record Relationship(String id, String target, String type, boolean external) {
    }

    /** The relationships of one part, ids handed out in order. */
    static final class Relationships {
        private final List<Relationship> all = new ArrayList<>();

        /** Adds a relationship to a part (a target relative to the part's folder); its id. */
        String add(String type, String target) {
            String id = "rId" + (all.size() + 1);
            all.add(new Relationship(id, target, REL + type, false));
            return id;
        }

        /** Adds a relationship to an outside address; its id. */
        String addExternal(String type, String address) {
            String id = "rId" + (all.size() + 1);
            all.add(new Relationship(id, address, REL + type, true));
            return id;
        }

        boolean isEmpty() {
            return all.isEmpty();
        }

        /** The part, as POI's marshaller writes it: relationships by id as text. */
        byte[] xml() throws IOException {
            List<Relationship> sorted = new ArrayList<>(all);
            sorted.sort((a, b) -> a.id().compareTo(b.id()));
            StringBuilder sb = new StringBuilder(128 + 160 * sorted.size());
            Xml.Dom dom = new Xml.Dom();
            sb.append(Xml.DOM_DECLARATION)
                    .append("<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            for (Relationship r : sorted) {
                sb.append("<Relationship Id=\"").append(r.id()).append("\" Target=\"");
                dom.attr(sb, r.target());
                sb.append('"');
                if (r.external()) {
                    sb.append(" TargetMode=\"External\"");
                }
                sb.append(" Type=\"");
                dom.attr(sb, r.type());
                sb.append("\"/>");
            }
            sb.append("</Relationships>");
            return sb.toString().getBytes(StandardCharsets.UTF_8);
        }
    }

    /** The pictures of the file, each stored once, by its bytes. */
    static final class Media {
        /** The part of each array seen, by identity. */
        private final Map<byte[], String> byArray = new java.util.IdentityHashMap<>();
        /** The pictures' bytes and parts, by the number of bytes. */
        private final Map<Integer, List<Map.Entry<byte[], String>>> byLength = new HashMap<>();
        private int count;

        /**
         * The part of a picture, made the first time its bytes are seen (whatever format it is
         * declared in, as POI finds a picture by its bytes).
         *
         * @param extension {@code png} or {@code jpeg}
         * @return the part name, {@code word/media/imageN.ext}
         */
        String add(DocxPackage pkg, byte[] data, String extension) {
            // The same array again (a logo in the header and on the cover) without comparing its
            // bytes; else the bytes compared with those of the pictures of the same length only.
            String name = byArray.get(data);
            if (name != null) {
                return name;
            }
            List<Map.Entry<byte[], String>> sameLength = byLength.computeIfAbsent(data.length, k -> new ArrayList<>(1));
            for (Map.Entry<byte[], String> e : sameLength) {
                if (Arrays.equals(e.getKey(), data)) {
                    name = e.getValue();
                    break;
                }
            }
            if (name == null) {
                count++;
                name = "word/media/image" + count + "." + extension;
                sameLength.add(Map.entry(data, name));
                pkg.put(name, data, extension.equals("png") ? "image/png" : "image/jpeg");
            }
            byArray.put(data, name);
            return name;
        }
    }

    private final Map<String, byte[]> entries = new HashMap<>();
    /** The embedded packages that are stable zips already (a chart's workbook from {@link ChartPart}). */
    private final java.util.Set<String> stable = new java.util.HashSet<>();
    /** Default content types by extension (POI's: rels and xml, and each other extension stored). */
    private final TreeMap<String, String> defaults = new TreeMap<>();
    /** Override content types by part name, in POI's natural order of part names. */
    private final TreeMap<String, String> overrides = new TreeMap<>(DocxPackage::compareNames);
    final Relationships main = new Relationships();
    final Media media = new Media();
    private final Map<String, String> hyperlinks = new HashMap<>();

    DocxPackage() {
        defaults.put("rels", "application/vnd.openxmlformats-package.relationships+xml");
        defaults.put("xml", "application/xml");
    }

    /**
     * Adds a part; its content type is a default by extension when the extension is new and its type
     * not yet a default (as POI's content type manager does), else an override.
     */
    void put(String name, byte[] data, String contentType) {
        entries.put(name, data);
        if (contentType == null) {
            return;
        }
        String ext = extension(name);
        boolean typeIsDefault = defaults.containsValue(contentType);
        if (ext.isEmpty() || (defaults.containsKey(ext) && !typeIsDefault)
                || (!defaults.containsKey(ext) && typeIsDefault)) {
            overrides.put("/" + name, contentType);
        } else if (!typeIsDefault) {
            defaults.put(ext, contentType);
        }
    }

    /** Adds an embedded package written with fixed order, timestamps and storage already. */
    void putStable(String name, byte[] data, String contentType) {
        put(name, data, contentType);
        stable.add(name);
    }

    void put(String name, CharSequence xml, String contentType) {
        put(name, xml.toString().getBytes(StandardCharsets.UTF_8), contentType);
    }

    /**
     * The relationship of the main part to an outside address (a link), made once per address.
     *
     * @throws IllegalArgumentException when the address is no URI (as POI refuses it)
     */
    String hyperlink(String address) {
        String id = hyperlinks.get(address);
        if (id == null) {
            try {
                new URI(address);
            } catch (URISyntaxException e) {
                throw new IllegalArgumentException("Invalid target - " + e);
            }
            id = main.addExternal("hyperlink", address);
            hyperlinks.put(address, id);
        }
        return id;
    }

    private static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot > slash ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The content types part, as POI's marshaller writes it. */
    private byte[] contentTypes() throws IOException {
        StringBuilder sb = new StringBuilder(2048);
        Xml.Dom dom = new Xml.Dom();
        sb.append(Xml.DOM_DECLARATION)
                .append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        for (Map.Entry<String, String> e : defaults.entrySet()) {
            sb.append("<Default ContentType=\"");
            dom.attr(sb, e.getValue());
            sb.append("\" Extension=\"");
            dom.attr(sb, e.getKey());
            sb.append("\"/>");
        }
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            sb.append("<Override ContentType=\"");
            dom.attr(sb, e.getValue());
            sb.append("\" PartName=\"");
            dom.attr(sb, e.getKey());
            sb.append("\"/>");
        }
        sb.append("</Types>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Writes the package: every part, the content types, the main part's and the package's relationships. */
    void write(LocalDate date, OutputStream out) throws IOException {
        entries.put("word/_rels/document.xml.rels", main.xml());
        entries.put("_rels/.rels", rootRels());
        entries.put("[Content_Types].xml", contentTypes());
        StablePackage.write(entries, stable, date, out);
    }

    private static byte[] rootRels() {
        return (Xml.DOM_DECLARATION
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Target=\"word/document.xml\" Type=\"" + REL + "officeDocument\"/>"
                + "<Relationship Id=\"rId2\" Target=\"docProps/app.xml\" Type=\"" + REL + "extended-properties\"/>"
                + "<Relationship Id=\"rId3\" Target=\"docProps/core.xml\" Type=\""
                + "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * POI's natural order of part names: case-insensitive, runs of digits compared as numbers
     * ({@code chart2} before {@code chart10}).
     */
    static int compareNames(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return 0;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            char c = x.charAt(i++);
            char d = y.charAt(j++);
            if (Character.isDigit(c) && Character.isDigit(d)) {
                int si = i - 1;
                while (i < x.length() && Character.isDigit(x.charAt(i))) {
                    i++;
                }
                int sj = j - 1;
                while (j < y.length() && Character.isDigit(y.charAt(j))) {
                    j++;
                }
                int cmp = new BigInteger(x.substring(si, i)).compareTo(new BigInteger(y.substring(sj, j)));
                if (cmp != 0) {
                    return cmp;
                }
            } else if (c != d) {
                return c - d;
            }
        }
        return x.length() - y.length();
    }
}
