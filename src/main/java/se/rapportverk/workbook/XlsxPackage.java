package se.rapportverk.workbook;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;

/**
 * The zip container of an .xlsx file, read from bytes in memory: its parts by name, each opened
 * as a stream that counts what it unpacks (refusing more than {@link Limits} allow and a packing
 * ratio of a zip bomb) and checks the part's CRC at its end, and the relationships between parts.
 * Opening refuses at once what is not an xlsx file ({@link FileKind}), a truncated or damaged zip,
 * a zip that unpacks to more than the limits, and any XML part with a document type declaration.
 */
final class XlsxPackage implements Closeable {

    /** A relationship of a part: its type (the last segment of the type URI), target part and mode. */
    record Relationship(String id, String type, String target, boolean external) {
    }

    /**
     * A part could not be read: beyond a limit (too large, packed like a zip bomb) or damaged. The
     * message is Swedish and completes a sentence whose subject names the part.
     */
    static final class PartException extends IOException {
        private static final long serialVersionUID = 1L;
        private final boolean limit;

        PartException(String message, boolean limit) {
            super(message);
            this.limit = limit;
        }

        PartException(String message, Throwable cause) {
            super(message, cause);
            this.limit = false;
        }

        /** The whole sentence: {@code bladet packas upp till …}, with what to do. */
        String describe(String subject) {
            return subject + " " + getMessage() + (limit ? " (se gränserna i docs/arbetsbok.md)"
                    : "; filen är skadad. Öppna arbetsboken i Excel och spara den igen.");
        }
    }

    /**
     * The start of an XML part as Excel writes it, in UTF-8 (a byte-order mark allowed): at most an XML
     * declaration of version, encoding and standalone, whitespace, and the root element's first letter.
     * Nothing in it can be a document type declaration, and its values hold no {@code ?>} or {@code <},
     * so every parser ends the declaration where this does.
     */
    private static final Pattern PLAIN_PROLOG = plainPrologPattern();

    private static Pattern plainPrologPattern() {
        String s = "[ \\t\\r\\n]"; // whitespace in XML
        String name = "[A-Za-z][A-Za-z0-9._-]*";
        return Pattern.compile("(?:\u00EF\u00BB\u00BF)?" // a byte-order mark, read as ISO-8859-1
                + "(?:<\\?xml" + s + "+version" + s + "*=" + s + "*(?:\"[0-9.]+\"|'[0-9.]+')"
                + "(?:" + s + "+encoding" + s + "*=" + s + "*(?:\"" + name + "\"|'" + name + "'))?"
                + "(?:" + s + "+standalone" + s + "*=" + s + "*(?:\"(?:yes|no)\"|'(?:yes|no)'))?" + s + "*\\?>)?"
                + s + "*<[A-Za-z_]");
    }

    private final String fileName;
    private final ZipFile zip;
    private final Map<String, ZipArchiveEntry> entries;

    private XlsxPackage(String fileName, ZipFile zip, Map<String, ZipArchiveEntry> entries) {
        this.fileName = fileName;
        this.zip = zip;
        this.entries = entries;
    }

    /**
     * Opens the package.
     *
     * @throws WorkbookException with a Swedish message that starts with the file name
     */
    static XlsxPackage open(String fileName, byte[] bytes) throws WorkbookException {
        FileKind.refuseUnlessZip(fileName, bytes);
        ZipFile zip;
        try {
            zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        } catch (IOException | RuntimeException e) {
            throw new WorkbookException(fileName + ": filen är ofullständig eller skadad: zip-arkivets "
                    + "innehållsförteckning går inte att läsa (filen kan ha klippts av vid kopiering eller "
                    + "nedladdning). Spara arbetsboken på nytt i Excel eller kopiera den igen.");
        }
        try {
            Map<String, ZipArchiveEntry> entries = new LinkedHashMap<>();
            long total = 0;
            int count = 0;
            for (ZipArchiveEntry e : Collections.list(zip.getEntries())) {
                if (++count > Limits.ENTRIES) {
                    throw new WorkbookException(fileName + ": filen har fler än " + Limits.count(Limits.ENTRIES)
                            + " delar; en arbetsbok har aldrig så många (se gränserna i docs/arbetsbok.md)");
                }
                if (e.isDirectory()) {
                    continue;
                }
                String key = key(e.getName());
                if (entries.put(key, e) != null) {
                    throw new WorkbookException(fileName + ": filen är skadad: delen " + e.getName()
                            + " finns två gånger i zip-arkivet");
                }
                if (e.getGeneralPurposeBit().usesEncryption()) {
                    throw new WorkbookException(fileName + ": filen är skyddad med lösenord (ett krypterat "
                            + "zip-arkiv); spara arbetsboken utan lösenord och försök igen");
                }
                if (e.getSize() > 0) {
                    total += e.getSize();
                }
            }
            if (total > Limits.TOTAL_BYTES) {
                throw new WorkbookException(fileName + ": filen packas upp till " + Limits.size(total)
                        + "; Rapportverk läser arbetsböcker på högst " + Limits.size(Limits.TOTAL_BYTES)
                        + " uppackade (se gränserna i docs/arbetsbok.md)");
            }
            XlsxPackage pkg = new XlsxPackage(fileName, zip, entries);
            FileKind.refuseUnlessXlsx(fileName, pkg);
            pkg.refuseDoctypes();
            return pkg;
        } catch (WorkbookException e) {
            ZipFile.closeQuietly(zip);
            throw e;
        }
    }

    private static String key(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    /** Whether the package has the part. */
    boolean has(String part) {
        return entries.containsKey(key(part));
    }

    /** The part's unpacked size as the zip declares it, or -1 when unknown. */
    long declaredSize(String part) {
        ZipArchiveEntry e = entries.get(key(part));
        return e == null ? -1 : e.getSize();
    }

    /** The names of all parts. */
    Iterable<String> parts() {
        return entries.values().stream().map(ZipArchiveEntry::getName).toList();
    }

    /**
     * Opens a part for reading. What it unpacks is counted: beyond {@code limit} bytes, or at a
     * packing ratio above {@link Limits#RATIO}, reading fails with a {@link PartException}; so it does
     * when the part's CRC does not match at its end.
     *
     * @param limit the most bytes the part may unpack to
     */
    InputStream open(String part, long limit) throws IOException {
        ZipArchiveEntry e = entries.get(key(part));
        if (e == null) {
            throw new PartException("saknas i filen", false);
        }
        long declared = e.getSize();
        if (declared > limit) {
            throw new PartException("packas upp till " + Limits.size(declared) + ", mer än de "
                    + Limits.size(limit) + " som Rapportverk läser", true);
        }
        long packed = Math.max(1, e.getCompressedSize());
        if (declared > Limits.RATIO_FROM_BYTES && declared / packed > Limits.RATIO) {
            throw new PartException("packas upp till " + Limits.count(declared / packed) + " gånger sin packade "
                    + "storlek, som en så kallad zip-bomb; Rapportverk läser högst " + Limits.RATIO + " gånger", true);
        }
        if (!zip.canReadEntryData(e)) {
            throw new PartException("använder en packningsmetod som Excel inte använder", false);
        }
        return new Counting(zip.getInputStream(e), limit, packed, e.getCrc());
    }

    /** The relationships of a part, by id, in file order; empty when it has none. */
    Map<String, Relationship> relationships(String part) throws IOException, XMLStreamException {
        String rels = relsName(part);
        if (!has(rels)) {
            return new LinkedHashMap<>();
        }
        return read(rels, Limits.PART_BYTES, r -> {
            Map<String, Relationship> result = new LinkedHashMap<>();
            while (SafeXml.nextStart(r)) {
                if (r.getLocalName().equals("Relationship")) {
                    String id = SafeXml.attr(r, "Id");
                    String type = SafeXml.attr(r, "Type");
                    String target = SafeXml.attr(r, "Target");
                    boolean external = "External".equalsIgnoreCase(SafeXml.attr(r, "TargetMode"));
                    if (id != null && type != null && target != null) {
                        String t = type.substring(type.lastIndexOf('/') + 1);
                        result.putIfAbsent(id, new Relationship(id, t, external ? target : resolve(part, target),
                                external));
                    }
                }
            }
            return result;
        });
    }

    /**
     * What reads an XML part from its first event to the end of the document. It may run twice, from the
     * start each time (see {@link #read}): what it finds is what it returns, and nothing else it does may
     * remain when it runs again.
     */
    @FunctionalInterface
    interface XmlReading<T, E extends Exception> {
        T read(XMLStreamReader r) throws IOException, XMLStreamException, E;
    }

    /** The largest part read by {@link PlainXml}; a larger one is read by StAX alone. */
    static final int PLAIN_BYTES = 16 << 20;

    /** What {@link #plain} returns when {@link PlainXml} gave up. */
    static final Object GAVE_UP = new Object();

    /**
     * Reads an XML part, opened as {@link #open} opens it, to its end: the CRC is checked, and the part
     * is closed. The part is read by {@link PlainXml} when it is plain UTF-8 XML as Excel writes it, up to
     * {@link #PLAIN_BYTES}, that unpacks whole and sound; otherwise, or when anything at all goes wrong
     * with it (the part, the XML, or {@code reading} itself throws), {@code reading} runs again from the
     * start over the JDK's StAX reader, so that what is read, refused and said is what StAX reads, refuses
     * and says.
     */
    <T, E extends Exception> T read(String part, long limit, XmlReading<T, E> reading)
            throws IOException, XMLStreamException, E {
        InputStream in = open(part, limit);
        try {
            long declared = declaredSize(part);
            if (declared > 0 && declared <= PLAIN_BYTES) {
                Object plain = plain(in, (int) declared, reading);
                if (plain != GAVE_UP) {
                    @SuppressWarnings("unchecked")
                    T t = (T) plain;
                    return t;
                }
                in.close();
                in = open(part, limit);
            }
            XMLStreamReader r = SafeXml.reader(in);
            T t = reading.read(r);
            drain(in);
            return t;
        } finally {
            in.close();
        }
    }

    /**
     * What {@code reading} gives over {@link PlainXml} from a part's stream of {@code declared} bytes, or
     * {@link #GAVE_UP}.
     */
    static Object plain(InputStream in, int declared, XmlReading<?, ?> reading) {
        try {
            byte[] bytes = new byte[declared];
            int n = in.readNBytes(bytes, 0, declared);
            if (n == declared && in.read() >= 0) {
                return GAVE_UP; // longer than the zip says
            }
            byte[] head = Arrays.copyOf(bytes, Math.min(n, SafeXml.HEAD_BYTES));
            if (!SafeXml.encoding(head).equals(StandardCharsets.UTF_8) || SafeXml.bom(head) == 2) {
                return GAVE_UP;
            }
            PlainXml x = new PlainXml(bytes, SafeXml.bom(head), n);
            Object result = reading.read(x);
            return x.ended() ? result : GAVE_UP;
        } catch (Exception e) {
            return GAVE_UP; // StAX reads it again from the start, and says what is wrong, if anything
        }
    }

    private static String relsName(String part) {
        int slash = part.lastIndexOf('/');
        return (slash < 0 ? "" : part.substring(0, slash + 1)) + "_rels/" + part.substring(slash + 1) + ".rels";
    }

    /** A relationship's target as a part name, resolved against the part that holds it. */
    static String resolve(String source, String target) {
        String t = target.replace('\\', '/');
        try {
            t = URLDecoder.decode(t.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // not percent-encoded after all: take it as it stands
        }
        Deque<String> path = new ArrayDeque<>();
        if (!t.startsWith("/")) {
            String[] dir = source.split("/");
            for (int i = 0; i < dir.length - 1; i++) {
                if (!dir[i].isEmpty()) {
                    path.addLast(dir[i]);
                }
            }
        }
        for (String segment : t.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                path.pollLast();
            } else {
                path.addLast(segment);
            }
        }
        return String.join("/", path);
    }

    /** Reads a stream to its end, so that its CRC is checked. */
    static void drain(InputStream in) throws IOException {
        byte[] buffer = new byte[8192];
        while (in.read(buffer) >= 0) {
            // nothing to keep
        }
    }

    /**
     * Refuses the file when any XML part declares a document type: Excel never writes one, so it
     * can only be an attempt at XXE or entity expansion (the "billion laughs"). Only each part's
     * prolog is read.
     */
    private void refuseDoctypes() throws WorkbookException {
        for (ZipArchiveEntry e : entries.values()) {
            String name = e.getName().toLowerCase(Locale.ROOT);
            if (!(name.endsWith(".xml") || name.endsWith(".rels") || name.endsWith(".vml"))
                    || plainProlog(head(e.getName(), SafeXml.HEAD_BYTES))) {
                continue;
            }
            try (InputStream in = open(e.getName(), Limits.PART_BYTES)) {
                XMLStreamReader r = SafeXml.reader(in);
                while (r.hasNext()) {
                    if (SafeXml.next(r) == XMLStreamConstants.START_ELEMENT) {
                        break;
                    }
                }
            } catch (SafeXml.DoctypeException d) {
                throw new WorkbookException(fileName + ": delen " + e.getName() + " innehåller en "
                        + "dokumenttypsdeklaration (<!DOCTYPE>), som Excel aldrig skriver och som kan användas för "
                        + "att läsa andra filer eller fylla minnet; filen läses inte");
            } catch (IOException | XMLStreamException | RuntimeException other) {
                // Damage elsewhere in a part is reported when (and if) the part is read.
            }
        }
    }

    /**
     * Whether the first bytes of a part ({@link SafeXml#HEAD_BYTES} of them) plainly declare no
     * document type: the part is UTF-8 ({@link SafeXml#encoding}), and starts as {@link #PLAIN_PROLOG}
     * says, before its root element. Then the parser need not read its prolog to tell; any other
     * start (a comment, a processing instruction, another encoding, damage) is left to the parser.
     */
    static boolean plainProlog(byte[] head) {
        try {
            if (!SafeXml.encoding(head).equals(StandardCharsets.UTF_8)) {
                return false;
            }
        } catch (XMLStreamException e) {
            return false;
        }
        return PLAIN_PROLOG.matcher(new String(head, StandardCharsets.ISO_8859_1)).lookingAt();
    }

    /** Reads a small part fully into memory (for sniffing). */
    byte[] head(String part, int max) {
        try (InputStream in = open(part, Limits.PART_BYTES)) {
            return in.readNBytes(max);
        } catch (IOException | RuntimeException e) {
            return new byte[0];
        }
    }

    @Override
    public void close() {
        ZipFile.closeQuietly(zip);
    }

    /** Counts what a part unpacks, refuses too much, and checks the CRC at the end. */
    private static final class Counting extends FilterInputStream {
        private final long limit;
        private final long packed;
        private final long expectedCrc;
        private final CRC32 crc = new CRC32();
        private long count;
        private boolean checked;

        Counting(InputStream in, long limit, long packed, long expectedCrc) {
            super(in);
            this.limit = limit;
            this.packed = packed;
            this.expectedCrc = expectedCrc;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (PartException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                throw new PartException("går inte att packa upp", e);
            }
            if (n < 0) {
                if (!checked && expectedCrc >= 0 && crc.getValue() != expectedCrc) {
                    checked = true;
                    throw new PartException("har fel kontrollsumma", false);
                }
                checked = true;
                return n;
            }
            crc.update(b, off, n);
            count += n;
            if (count > limit) {
                throw new PartException("packas upp till mer än de " + Limits.size(limit) + " som Rapportverk läser",
                        true);
            }
            if (count > Limits.RATIO_FROM_BYTES && count / packed > Limits.RATIO) {
                throw new PartException("packas upp till mer än " + Limits.RATIO + " gånger sin packade storlek, "
                        + "som en så kallad zip-bomb", true);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(8192, Math.max(1, n))];
            long skipped = 0;
            while (skipped < n) {
                int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (r < 0) {
                    break;
                }
                skipped += r;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
