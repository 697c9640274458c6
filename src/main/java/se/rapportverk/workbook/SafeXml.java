package se.rapportverk.workbook;

import java.io.FilterInputStream;
import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading the XML parts of a workbook safely: the JDK's own StAX parser with DTDs and external
 * entities switched off, and any document type declaration refused outright (Excel never writes
 * one; a part that has one is an XXE or entity-expansion attempt). Elements and attributes are
 * matched by local name, so Strict OOXML (other namespaces) reads like Transitional.
 */
final class SafeXml {

    private static final XMLInputFactory FACTORY = factory();

    /** A document type declaration was found: the part is refused. */
    static final class DoctypeException extends XMLStreamException {
        private static final long serialVersionUID = 1L;

        DoctypeException() {
            super("DOCTYPE");
        }
    }

    private SafeXml() {
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new DoctypeException();
        });
        return f;
    }

    /**
     * A reader over a part. The parser may not close the stream (the JDK's closes it at the end of
     * the document): the caller reads it to its end, so that its CRC is checked, and closes it.
     */
    static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        return FACTORY.createXMLStreamReader(new FilterInputStream(in) {
            @Override
            public void close() {
                // the caller closes the part
            }
        });
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
