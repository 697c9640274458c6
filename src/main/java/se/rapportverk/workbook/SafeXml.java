package se.rapportverk.workbook;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading the XML parts of a workbook safely: the JDK's own StAX parser with DTDs and external
 * entities switched off, and any document type declaration refused outright (Excel never writes
 * one; a part that has one is an XXE or entity-expansion attempt). Elements and attributes are
 * matched by local name, so Strict OOXML (other namespaces) reads like Transitional. The helpers
 * here read events from StAX or from {@link PlainXml}, which reads the plain XML Excel writes and
 * leaves everything else to StAX ({@link XlsxPackage#read}).
 */
final class SafeXml {

    /** How much of a part's start {@link #reader} reads to tell its encoding. */
    static final int HEAD_BYTES = 512;
    /** How Excel starts a part: {@link #encoding} is UTF-8. */
    private static final byte[] EXCEL_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern DECLARED = Pattern.compile("encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

    /** A document type declaration was found: the part is refused. */
    static final class DoctypeException extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        DoctypeException() {
            super("DOCTYPE");
        }
    }

    private SafeXml() {
    }

    /** The factory, made when a part is first read by StAX: most workbooks' parts are read by {@link PlainXml}. */
    private static final class Factory {
        static final XMLInputFactory FACTORY = factory();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        XmlEntityLimits.lift(f);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new DoctypeException();
        });
        return f;
    }

    /**
     * A reader over a part. The parser may not close the stream (the JDK's closes it at the end of
     * the document): the caller reads it to its end, so that its CRC is checked, and closes it.
     *
     * <p>The bytes are decoded here, not by the parser, with a decoder that refuses malformed input:
     * the JDK's parser prints its own encoding errors to {@code System.err} ("[Fatal Error] …"),
     * which would reach the user in English.
     */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        try {
            BufferedInputStream buffered = new BufferedInputStream(new FilterInputStream(in) {
                @Override
                public void close() {
                    // the caller closes the part
                }
            }, 8192);
            buffered.mark(HEAD_BYTES);
            byte[] head = buffered.readNBytes(HEAD_BYTES);
            buffered.reset();
            Charset charset = encoding(head);
            int bom = bom(head);
            if (buffered.skip(bom) != bom) {
                throw new XMLStreamException("BOM");
            }
            Reader reader = new InputStreamReader(buffered, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
            return Factory.FACTORY.createXMLStreamReader(reader);
        } catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }

    static int bom(byte[] h) {
        if (h.length >= 3 && (h[0] & 0xFF) == 0xEF && (h[1] & 0xFF) == 0xBB && (h[2] & 0xFF) == 0xBF) {
            return 3;
        }
        if (h.length >= 2 && ((h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE
                || (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF)) {
            return 2;
        }
        return 0;
    }

    /** The encoding of an XML part: its byte-order mark, its first bytes, or its declaration; UTF-8 otherwise. */
    static Charset encoding(byte[] h) throws XMLStreamException {
        if (h.length >= 2 && (h[0] & 0xFF) == 0xFF && (h[1] & 0xFF) == 0xFE || h.length >= 2 && h[0] == '<' && h[1] == 0) {
            return StandardCharsets.UTF_16LE;
        }
        if (h.length >= 2 && (h[0] & 0xFF) == 0xFE && (h[1] & 0xFF) == 0xFF || h.length >= 2 && h[0] == 0 && h[1] == '<') {
            return StandardCharsets.UTF_16BE;
        }
        if (startsWith(h, EXCEL_DECLARATION)) {
            // The declaration's own encoding is the first the pattern below can find: no need to look.
            return StandardCharsets.UTF_8;
        }
        String start = new String(h, StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(start);
        if (start.startsWith("<?xml") && m.find()) {
            String name = m.group(1);
            if (name.equalsIgnoreCase("UTF-8") || name.equalsIgnoreCase("UTF8")) {
                return StandardCharsets.UTF_8;
            }
            try {
                Charset c = Charset.forName(name);
                if (c.name().startsWith("UTF-16") || c.name().startsWith("UTF-32")) {
                    // A declaration of UTF-16 over bytes that are not: the bytes are what counts.
                    return StandardCharsets.UTF_8;
                }
                return c;
            } catch (IllegalArgumentException e) {
                throw new XMLStreamException("encoding");
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static boolean startsWith(byte[] h, byte[] prefix) {
        return h.length >= prefix.length && java.util.Arrays.equals(h, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The next event, refusing a document type declaration. */
    static int next(XMLStreamReader r) throws XMLStreamException {
        int event = r.next();
        if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION
                || event == XMLStreamConstants.NOTATION_DECLARATION) {
            throw new DoctypeException();
        }
        if (event == XMLStreamConstants.ENTITY_REFERENCE) {
            // Only the five predefined entities and character references are allowed, and the parser
            // replaces those itself; any other reference needs a declaration Excel never writes.
            throw new DoctypeException();
        }
        return event;
    }

    /** Moves to the next start element (returning true) or the end of the document (false). */
    static boolean nextStart(XMLStreamReader r) throws XMLStreamException {
        while (r.hasNext()) {
            if (next(r) == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
        }
        return false;
    }

    /** An attribute by local name, whatever its namespace; {@code null} when absent. */
    static String attr(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    /** Whether an OOXML boolean attribute is true ({@code 1}, {@code true}, {@code on}). */
    static boolean isTrue(String value) {
        return value != null && (value.equals("1") || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("on"));
    }

    /** Skips the rest of the current element, children included. */
    static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = next(r);
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * The text of the current element (children's text included, except inside elements named
     * {@code skip}), at most {@code max} characters: the rest is read but not kept, and
     * {@link Bounded#truncated()} says so. Leaves the reader on the element's end.
     */
    static Bounded text(XMLStreamReader r, int max, String skip) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        boolean truncated = false;
        int depth = 1;
        int skipping = 0;
        while (depth > 0 && r.hasNext()) {
            int event = next(r);
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (skipping > 0 || r.getLocalName().equals(skip)) {
                        skipping++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (skipping > 0) {
                        skipping--;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (skipping == 0) {
                        int room = max - sb.length();
                        int len = r.getTextLength();
                        if (len > room) {
                            truncated = true;
                            len = Math.max(0, room);
                        }
                        sb.append(r.getTextCharacters(), r.getTextStart(), len);
                    }
                }
                default -> {
                    // comments and processing instructions carry no text
                }
            }
        }
        return new Bounded(sb.toString(), truncated);
    }

    /** Text read up to a limit. */
    record Bounded(String text, boolean truncated) {
    }
}
