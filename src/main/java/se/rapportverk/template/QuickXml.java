package se.rapportverk.template;

import static se.rapportverk.workbook.XmlFastPath.GIVE_UP;
import static se.rapportverk.workbook.XmlFastPath.MAX_ATTRIBUTES;
import static se.rapportverk.workbook.XmlFastPath.MAX_DEPTH;
import static se.rapportverk.workbook.XmlFastPath.MAX_ENTITY_REFERENCES;
import static se.rapportverk.workbook.XmlFastPath.MAX_NAME;

import javax.xml.stream.XMLStreamConstants;

import se.rapportverk.workbook.XmlFastPath;

/**
 * A quick reader of what templates write, for {@link TreeBuilder}: the events StAX (the JDK's
 * reader, configured as {@link TreeBuilder} configures it) gives for the same text, for the plain
 * XML that templates write, and nothing else.
 *
 * <p>It reads element names and attribute names of ASCII letters, digits, {@code _ . -}; attribute
 * values and text with the five predefined entities and character references; comments, and
 * processing instructions (skipped, as {@link TreeBuilder} skips them). On anything else (an XML
 * declaration, a DOCTYPE, CDATA, a carriage return, a namespace, a name or character it does not
 * know, an error of any kind, or more depth, attributes or entity references than a margin below
 * the JDK's XML limits) it gives up by throwing {@link XmlFastPath.GiveUp}; {@link TreeBuilder} then reads the
 * text with StAX, which says what is wrong as it always has. So whenever this reader reads a
 * document to the end of its root element, StAX reads the same events from it, without error.
 *
 * <p>Reading stops at the end of the root element, as StAX's reader is not asked for more.
 */
final class QuickXml extends TreeBuilder.Events {

    /**
     * The names of the vocabulary by a hash of their characters ({@link #hash}), so that a name read is
     * one of these strings rather than a new one: a table of 256 places, each name at its hash or the
     * next free place after it.
     */
    private static final String[] KNOWN = new String[256];
    private static final char[][] KNOWN_CHARS = new char[256][];

    static {
        java.util.Set<String> names = new java.util.LinkedHashSet<>(TreeBuilder.ELEMENTS.keySet());
        TreeBuilder.ELEMENTS.values().forEach(names::addAll);
        names.add(LineMarks.TARGET);
        for (String name : names) {
            char[] chars = name.toCharArray();
            int slot = hash(chars, 0, chars.length);
            while (KNOWN[slot] != null) {
                slot = (slot + 1) & 255;
            }
            KNOWN[slot] = name;
            KNOWN_CHARS[slot] = chars;
        }
    }

    private static int hash(char[] chars, int start, int length) {
        int h = length;
        for (int i = start; i < start + length; i++) {
            h = h * 31 + chars[i];
        }
        return (h ^ h >>> 8) & 255;
    }

    /** The target of {@link LineMarks}' processing instructions. */
    private static final char[] MARK = LineMarks.TARGET.toCharArray();

    private final char[] c;
    private final int n;
    private int pos;
    private int event = XMLStreamConstants.START_DOCUMENT;
    private boolean inProlog = true;
    private boolean rootEnded;

    private final String[] open = new String[MAX_DEPTH + 1];
    private int depth;
    /** The element just started is empty ({@code <br/>}): its end comes next. */
    private boolean emptyElement;

    private String name;
    private final String[] attributeNames = new String[MAX_ATTRIBUTES];
    private final String[] attributeValues = new String[MAX_ATTRIBUTES];
    private int attributes;

    private String text;
    private boolean whiteSpace;
    private int entityReferences;
    private final StringBuilder scratch = new StringBuilder();

    QuickXml(String xml) {
        this(xml.toCharArray(), xml.length());
    }

    /** A reader of the first {@code length} characters (which it does not change). */
    QuickXml(char[] xml, int length) {
        this.c = xml;
        this.n = length;
        if (n >= 5 && c[0] == '<' && c[1] == '?' && (c[2] | 0x20) == 'x' && (c[3] | 0x20) == 'm' && (c[4] | 0x20) == 'l') {
            throw GIVE_UP; // an XML declaration (or a reserved target): StAX's to read
        }
    }

    private static XmlFastPath.GiveUp giveUp() {
        return GIVE_UP;
    }

    @Override
    int next() {
        if (rootEnded) {
            throw giveUp();
        }
        if (emptyElement) {
            emptyElement = false;
            return endElement(open[--depth]);
        }
        if (inProlog) {
            return prolog();
        }
        while (true) {
            if (pos >= n) {
                throw giveUp(); // the document ends inside its root element
            }
            if (c[pos] != '<') {
                characters();
                return event = XMLStreamConstants.CHARACTERS;
            }
            if (pos + 1 >= n) {
                throw giveUp();
            }
            char after = c[pos + 1];
            if (after == '/') {
                return endTag();
            }
            if (after == '?') {
                processingInstruction();
                continue;
            }
            if (after == '!') {
                comment();
                return event = XMLStreamConstants.COMMENT;
            }
            return startTag();
        }
    }

    /**
     * Before the root element: white space and processing instructions skipped, as StAX skips them
     * (and {@link TreeBuilder} the latter), to a comment or the root element's start.
     */
    private int prolog() {
        while (true) {
            skipSpace();
            if (pos + 1 >= n || c[pos] != '<') {
                throw giveUp();
            }
            if (c[pos + 1] == '?') {
                processingInstruction();
            } else if (c[pos + 1] == '!') {
                comment();
                return event = XMLStreamConstants.COMMENT;
            } else {
                inProlog = false;
                return startTag();
            }
        }
    }

    private int endElement(String element) {
        name = element;
        attributes = 0;
        if (depth == 0) {
            rootEnded = true;
        }
        return event = XMLStreamConstants.END_ELEMENT;
    }

    /** {@code <name attr="value" …>} or {@code …/>}, at {@code pos}. */
    private int startTag() {
        pos++;
        String element = name();
        attributes = 0;
        while (true) {
            int before = pos;
            skipSpace();
            if (pos >= n) {
                throw giveUp();
            }
            if (c[pos] == '>') {
                pos++;
                break;
            }
            if (c[pos] == '/') {
                if (pos + 1 < n && c[pos + 1] == '>') {
                    pos += 2;
                    emptyElement = true;
                    break;
                }
                throw giveUp();
            }
            if (pos == before || attributes == MAX_ATTRIBUTES) {
                throw giveUp(); // no space before the attribute, or too many
            }
            String attribute = name();
            if (attribute.startsWith("xmlns")) {
                throw giveUp(); // a namespace declaration
            }
            for (int i = 0; i < attributes; i++) {
                if (attributeNames[i].equals(attribute)) {
                    throw giveUp(); // given twice
                }
            }
            skipSpace();
            if (pos >= n || c[pos] != '=') {
                throw giveUp();
            }
            pos++;
            skipSpace();
            attributeNames[attributes] = attribute;
            attributeValues[attributes] = attributeValue();
            attributes++;
        }
        if (depth == MAX_DEPTH) {
            throw giveUp();
        }
        open[depth++] = element;
        name = element;
        return event = XMLStreamConstants.START_ELEMENT;
    }

    /** {@code </name>} at {@code pos}: the end of the element open last. */
    private int endTag() {
        pos += 2;
        String element = name();
        skipSpace();
        if (pos >= n || c[pos] != '>' || depth == 0 || !open[depth - 1].equals(element)) {
            throw giveUp();
        }
        pos++;
        return endElement(open[--depth]);
    }

    private void skipSpace() {
        while (pos < n && (c[pos] == ' ' || c[pos] == '\t' || c[pos] == '\n')) {
            pos++;
        }
    }

    /** A name of ASCII letters, digits, {@code _ . -}, not starting with a digit, {@code .} or {@code -}. */
    private String name() {
        int start = pos;
        if (pos >= n || !nameStart(c[pos])) {
            throw giveUp();
        }
        pos++;
        while (pos < n && nameChar(c[pos])) {
            pos++;
        }
        int length = pos - start;
        if (length > MAX_NAME || pos < n && (c[pos] == ':' || c[pos] >= 0x80)) {
            throw giveUp(); // too long, a prefix, or a name of other letters
        }
        for (int slot = hash(c, start, length); KNOWN[slot] != null; slot = (slot + 1) & 255) {
            if (java.util.Arrays.equals(KNOWN_CHARS[slot], 0, KNOWN_CHARS[slot].length, c, start, pos)) {
                return KNOWN[slot];
            }
        }
        return new String(c, start, length);
    }

    private static boolean nameStart(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch == '_';
    }

    private static boolean nameChar(char ch) {
        return ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '_' || ch == '-'
                || ch == '.';
    }

    /** A quoted attribute value at {@code pos}, normalised as XML says: a tab or line feed becomes a space. */
    private String attributeValue() {
        if (pos >= n || c[pos] != '"' && c[pos] != '\'') {
            throw giveUp();
        }
        char quote = c[pos++];
        int start = pos;
        while (pos < n) {
            char ch = c[pos];
            if (ch == quote) {
                String value = new String(c, start, pos - start);
                pos++;
                return value;
            }
            if (ch == '&' || ch == '\t' || ch == '\n') {
                break; // written out below
            }
            if (ch < 0x20 || ch >= 0xD800 || ch == '<') {
                checkChar(ch, '<');
            }
            pos++;
        }
        StringBuilder sb = scratch;
        sb.setLength(0);
        sb.append(c, start, pos - start);
        while (pos < n) {
            char ch = c[pos];
            if (ch == quote) {
                pos++;
                return sb.toString();
            }
            if (ch == '&') {
                reference(sb);
            } else if (ch == '\t' || ch == '\n') {
                sb.append(' ');
                pos++;
            } else {
                checkChar(ch, '<');
                sb.append(ch);
                pos++;
            }
        }
        throw giveUp();
    }

    /** Text up to the next {@code <}, references replaced. */
    private void characters() {
        int start = pos;
        boolean space = true;
        while (pos < n) {
            char ch = c[pos];
            if (ch == '<' || ch == '&') {
                break;
            }
            if (ch > ' ') {
                space = false;
                if (ch >= 0xD800) {
                    checkChar(ch, '\0');
                } else if (ch == '>' && pos >= start + 2 && c[pos - 1] == ']' && c[pos - 2] == ']') {
                    throw giveUp(); // "]]>" may not stand in text
                }
            } else if (ch != ' ' && ch != '\n' && ch != '\t') {
                throw giveUp(); // a control character, or a carriage return
            }
            pos++;
        }
        if (pos < n && c[pos] == '<') {
            text = new String(c, start, pos - start);
            whiteSpace = space;
            return;
        }
        StringBuilder sb = scratch;
        sb.setLength(0);
        sb.append(c, start, pos - start);
        while (pos < n && c[pos] != '<') {
            char ch = c[pos];
            if (ch == '&') {
                int at = sb.length();
                reference(sb);
                for (int i = at; i < sb.length(); i++) {
                    char r = sb.charAt(i);
                    if (r != ' ' && r != '\n' && r != '\t' && r != '\r') {
                        space = false;
                    }
                }
                continue;
            }
            if (ch != ' ' && ch != '\n' && ch != '\t') {
                space = false;
                checkChar(ch, '\0');
                if (ch == '>' && pos >= 2 && c[pos - 1] == ']' && c[pos - 2] == ']') {
                    throw giveUp();
                }
            }
            sb.append(ch);
            pos++;
        }
        text = sb.toString();
        whiteSpace = space;
    }

    /**
     * A character that may stand as it is (in text, or in a value where {@code refused} may not
     * stand either): no control character but tab and line feed, no carriage return (StAX changes
     * line ends), a surrogate only in a pair, no U+FFFE or U+FFFF.
     */
    private void checkChar(char ch, char refused) {
        if (ch >= 0x20 && ch < 0xD800 && ch != refused) {
            return;
        }
        if (ch == '\t' || ch == '\n') {
            return;
        }
        if (ch < 0x20 || ch == refused || ch == 0xFFFE || ch == 0xFFFF) {
            throw giveUp();
        }
        if (Character.isHighSurrogate(ch)) {
            if (pos + 1 < n && Character.isLowSurrogate(c[pos + 1])) {
                return; // the pair's second half is checked as a low surrogate after a high one
            }
            throw giveUp();
        }
        if (Character.isLowSurrogate(ch) && !(pos > 0 && Character.isHighSurrogate(c[pos - 1]))) {
            throw giveUp();
        }
    }

    /** {@code &lt;}, {@code &gt;}, {@code &amp;}, {@code &quot;}, {@code &apos;}, {@code &#N;} at {@code pos}, into sb. */
    private void reference(StringBuilder sb) {
        int semicolon = -1;
        for (int i = pos + 1; i < n && i < pos + 12; i++) {
            if (c[i] == ';') {
                semicolon = i;
                break;
            }
        }
        if (semicolon < 0) {
            throw giveUp();
        }
        int length = semicolon - pos - 1;
        int at = pos + 1;
        if (c[at] == '#') {
            int cp = 0;
            if (length >= 2 && c[at + 1] == 'x') {
                if (length == 2) {
                    throw giveUp();
                }
                for (int i = at + 2; i < semicolon; i++) {
                    int d = Character.digit(c[i], 16);
                    if (d < 0 || c[i] >= 0x80) {
                        throw giveUp();
                    }
                    cp = cp * 16 + d;
                }
            } else {
                if (length == 1) {
                    throw giveUp();
                }
                for (int i = at + 1; i < semicolon; i++) {
                    if (c[i] < '0' || c[i] > '9') {
                        throw giveUp();
                    }
                    cp = cp * 10 + (c[i] - '0');
                }
            }
            if (!XmlFastPath.isXmlChar(cp)) {
                throw giveUp(); // (nine digits at most: no overflow)
            }
            sb.appendCodePoint(cp);
        } else {
            int r = XmlFastPath.predefined(length, ascii(at, semicolon), ascii(at + 1, semicolon),
                    ascii(at + 2, semicolon), ascii(at + 3, semicolon));
            if (r < 0) {
                throw giveUp(); // an entity that is not declared
            }
            if (++entityReferences > MAX_ENTITY_REFERENCES) {
                throw giveUp();
            }
            sb.append((char) r);
        }
        pos = semicolon + 1;
    }

    /** The character at i if it is before {@code end}, else 0 (a reference's name is read up to its ';'). */
    private int ascii(int i, int end) {
        return i < end ? c[i] : 0;
    }

    /** {@code <?target data?>} at {@code pos}, checked and passed over. */
    private void processingInstruction() {
        pos += 2;
        int start = pos;
        String target;
        if (pos + MARK.length < n && java.util.Arrays.equals(MARK, 0, MARK.length, c, pos, pos + MARK.length)
                && c[pos + MARK.length] == ' ') {
            target = LineMarks.TARGET; // the mark before nearly every element: its name need not be looked up
            pos += MARK.length;
        } else {
            target = name();
        }
        if (target.length() == 3 && target.equalsIgnoreCase("xml")) {
            throw giveUp();
        }
        if (pos < n && c[pos] == '?') {
            if (pos + 1 < n && c[pos + 1] == '>') {
                pos += 2;
                return;
            }
            throw giveUp();
        }
        if (pos >= n || c[pos] != ' ' && c[pos] != '\t' && c[pos] != '\n' || pos == start) {
            throw giveUp();
        }
        while (pos + 1 < n) {
            char ch = c[pos];
            if (ch == '?' && c[pos + 1] == '>') {
                pos += 2;
                return;
            }
            if (ch < 0x20 || ch >= 0xD800) {
                checkChar(ch, '\0');
            }
            pos++;
        }
        throw giveUp();
    }

    /** {@code <!-- … -->} at {@code pos}, checked and passed over; anything else after {@code <!} gives up. */
    private void comment() {
        if (!(pos + 3 < n && c[pos + 2] == '-' && c[pos + 3] == '-')) {
            throw giveUp(); // CDATA, DOCTYPE or an error
        }
        pos += 4;
        while (pos + 1 < n) {
            char ch = c[pos];
            if (ch == '-' && c[pos + 1] == '-') {
                if (pos + 2 < n && c[pos + 2] == '>') {
                    pos += 3;
                    return;
                }
                throw giveUp(); // "--" within a comment
            }
            checkChar(ch, '\0');
            pos++;
        }
        throw giveUp();
    }

    @Override
    String getLocalName() {
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw giveUp();
        }
        return name;
    }

    @Override
    int getAttributeCount() {
        if (event != XMLStreamConstants.START_ELEMENT) {
            throw giveUp();
        }
        return attributes;
    }

    @Override
    String getAttributeLocalName(int index) {
        if (event != XMLStreamConstants.START_ELEMENT || index >= attributes) {
            throw giveUp();
        }
        return attributeNames[index];
    }

    @Override
    String getAttributeValue(String namespace, String attribute) {
        if (event != XMLStreamConstants.START_ELEMENT) {
            throw giveUp();
        }
        for (int i = 0; i < attributes; i++) {
            String a = attributeNames[i];
            if (a == attribute || a.equals(attribute)) {
                return attributeValues[i];
            }
        }
        return null;
    }

    @Override
    String getText() {
        if (event != XMLStreamConstants.CHARACTERS) {
            throw giveUp();
        }
        return text;
    }

    @Override
    boolean isWhiteSpace() {
        if (event != XMLStreamConstants.CHARACTERS) {
            throw giveUp();
        }
        return whiteSpace;
    }
}
