package se.rapportverk.workbook;

import static se.rapportverk.workbook.XmlFastPath.GIVE_UP;
import static se.rapportverk.workbook.XmlFastPath.MAX_ATTRIBUTES;
import static se.rapportverk.workbook.XmlFastPath.MAX_DEPTH;
import static se.rapportverk.workbook.XmlFastPath.MAX_ENTITY_REFERENCES;
import static se.rapportverk.workbook.XmlFastPath.MAX_NAME;

import java.util.Arrays;

import javax.xml.namespace.NamespaceContext;
import javax.xml.namespace.QName;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * A quick reader of the plain XML that Excel writes, over a part's bytes in UTF-8: the events the
 * JDK's StAX reader ({@link SafeXml#reader}) gives for the same bytes, as the workbook's readers use
 * them (start and end of elements by local name, attributes by local name, text), for that XML and
 * nothing else.
 *
 * <p>It reads an XML declaration of version 1.0 in UTF-8; elements and attributes whose names are
 * ASCII letters, digits, {@code _ . -} with at most one prefix, bound by a namespace declaration
 * (or {@code xml}); attribute values and text in UTF-8 with the five predefined entities and character
 * references. On anything else (another encoding or version, a DOCTYPE, a comment, a processing
 * instruction, CDATA, a carriage return in content, a control character, bad UTF-8, an unbound
 * prefix, an attribute twice, a document that ends too early or has more after its root element, or
 * more depth, attributes, name length or entity references than a margin below the JDK's XML limits)
 * it gives up by throwing {@link XmlFastPath.GiveUp}. Then the part is read again from its start with StAX
 * ({@link XlsxPackage#read}), which refuses or reads it exactly as it always has. So whenever this
 * reader reads a part to its end, StAX reads the same from it, without error.
 *
 * <p>Only the methods the workbook's readers call are here; the others give up. Not thread safe: one
 * reader per part, on one thread.
 */
final class PlainXml implements XMLStreamReader {

    /** Longest text between two tags read here. */
    static final int MAX_TEXT = 1 << 18;

    private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
    private static final String XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

    /**
     * The names Excel writes, by a hash of their bytes ({@link #hash}), so that a name read is one of
     * these strings rather than a new one: a table of 512 places, each name at its hash or the next free
     * place after it. Filled once, never changed: shared by all threads.
     */
    private static final int KNOWN_SIZE = 512;
    private static final String[] KNOWN = new String[KNOWN_SIZE];
    private static final byte[][] KNOWN_BYTES = new byte[KNOWN_SIZE][];

    static {
        String[] names = {
            // worksheets
            "worksheet", "sheetPr", "tabColor", "outlinePr", "pageSetUpPr", "dimension", "sheetViews", "sheetView",
            "pane", "selection", "sheetFormatPr", "cols", "col", "sheetData", "row", "c", "v", "f", "is", "t", "r",
            "rPr", "rPh", "phoneticPr", "mergeCells", "mergeCell", "pageMargins", "pageSetup", "headerFooter",
            "drawing", "legacyDrawing", "tableParts", "tablePart", "extLst", "ext", "conditionalFormatting",
            "cfRule", "formula", "dataValidations", "dataValidation", "formula1", "formula2", "hyperlinks",
            "hyperlink", "printOptions", "rowBreaks", "colBreaks", "brk", "sheetProtection", "autoFilter",
            "spans", "ht", "customHeight", "customFormat", "hidden", "s", "ref", "min", "max", "width",
            "customWidth", "style", "workbookViewId", "ySplit", "xSplit", "state", "topLeftCell", "activePane",
            "activeCell", "sqref", "defaultRowHeight", "defaultColWidth", "dyDescent", "outlineLevel", "collapsed",
            "tabSelected", "zoomScale", "zoomScaleNormal", "showGridLines", "left", "right", "top", "bottom",
            "header", "footer", "orientation", "paperSize", "fitToWidth", "fitToHeight", "scale", "id", "type",
            "si", "ca", "aca", "dt2D", "dtr", "del1", "del2", "r1", "r2", "bx", "cm", "vm", "ph", "space",
            // shared strings
            "sst", "count", "uniqueCount", "b", "i", "u", "strike", "sz", "color", "rgb", "theme", "tint",
            "indexed", "auto", "rFont", "family", "scheme", "charset", "vertAlign", "val", "sb", "eb", "fontId",
            "alignment",
            // workbook and relationships
            "workbook", "fileVersion", "appName", "lastEdited", "lowestEdited", "rupBuild", "workbookPr",
            "date1904", "defaultThemeVersion", "bookViews", "workbookView", "sheets", "sheet", "name", "sheetId",
            "definedNames", "definedName", "localSheetId", "calcPr", "calcId", "fullCalcOnLoad", "Relationships",
            "Relationship", "Id", "Type", "Target", "TargetMode", "AlternateContent", "Choice", "Fallback",
            "Requires", "Ignorable", "revisionPtr", "absPath", "url",
            // styles
            "styleSheet", "numFmts", "numFmt", "numFmtId", "formatCode", "fonts", "font", "fills", "fill",
            "patternFill", "patternType", "fgColor", "bgColor", "borders", "border", "diagonal", "cellStyleXfs",
            "cellXfs", "xf", "xfId", "fillId", "borderId", "applyNumberFormat", "applyFont", "applyFill",
            "applyBorder", "applyAlignment", "applyProtection", "horizontal", "vertical", "wrapText", "indent",
            "cellStyles", "cellStyle", "builtinId", "dxfs", "dxf", "tableStyles", "defaultTableStyle",
            "defaultPivotStyle", "colors", "mruColors", "protection", "locked", "knownFonts",
            // drawings
            "wsDr", "twoCellAnchor", "oneCellAnchor", "absoluteAnchor", "from", "to", "rowOff", "colOff", "pic",
            "nvPicPr", "cNvPr", "cNvPicPr", "picLocks", "noChangeAspect", "blipFill", "blip", "embed", "link",
            "srcRect", "stretch", "fillRect", "spPr", "xfrm", "off", "x", "y", "cx", "cy", "prstGeom", "prst",
            "avLst", "clientData", "grpSp", "nvGrpSpPr", "cNvGrpSpPr", "grpSpPr", "chOff", "chExt", "editAs",
            "descr", "title", "graphicFrame", "sp", "pos", "extent", "uri",
            // prefixes
            "xml", "xmlns", "mc", "x14ac", "x14", "x15", "xr", "xr2", "xr3", "xr6", "xr10", "x16r2", "xdr", "a",
            "a14", "a16", "xcalcext", "x15ac", "xcdt", "xlrd2", "xda",
        };
        for (String name : names) {
            byte[] bytes = name.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            int slot = hash(bytes, 0, bytes.length);
            while (KNOWN[slot] != null) {
                if (KNOWN[slot].equals(name)) {
                    throw new ExceptionInInitializerError("listed twice: " + name);
                }
                slot = (slot + 1) & (KNOWN_SIZE - 1);
            }
            KNOWN[slot] = name;
            KNOWN_BYTES[slot] = bytes;
        }
    }

    private static int hash(byte[] bytes, int start, int length) {
        int h = length;
        for (int i = start; i < start + length; i++) {
            h = h * 31 + bytes[i];
        }
        return (h ^ h >>> 9) & (KNOWN_SIZE - 1);
    }

    private final byte[] b;
    private final int end;
    private int pos;
    private int event = XMLStreamConstants.START_DOCUMENT;
    private boolean rootEnded;
    /** The element just started is empty ({@code <br/>}): its end comes next. */
    private boolean emptyElement;

    /** The open elements: where their qualified names stand in the bytes, and their local names. */
    private final int[] openStart = new int[MAX_DEPTH];
    private final int[] openLength = new int[MAX_DEPTH];
    private final String[] openLocal = new String[MAX_DEPTH];
    private int depth;

    /** The prefixes declared by the open elements, and the depth of the element that declared each. */
    private String[] prefixes = new String[8];
    private int[] prefixDepths = new int[8];
    private int declared;

    private String local;
    private final String[] attributePrefixes = new String[MAX_ATTRIBUTES];
    private final String[] attributeNames = new String[MAX_ATTRIBUTES];
    private final String[] attributeValues = new String[MAX_ATTRIBUTES];
    private int attributes;

    private char[] text = new char[256];
    private int textLength;
    private int entityReferences;

    /** Names read that Excel's vocabulary above does not have, kept per reader like {@link #KNOWN}. */
    private final String[] seen = new String[KNOWN_SIZE];
    private final byte[][] seenBytes = new byte[KNOWN_SIZE][];

    /** The qualified name just read: start and length in the bytes, and where its colon is (or -1). */
    private int nameStart;
    private int nameLength;
    private int nameColon;

    /**
     * A reader of {@code bytes[start..end)}, which hold a part in UTF-8 after any byte-order mark.
     *
     * @throws XmlFastPath.GiveUp when its prolog is not a plain XML declaration and white space before the root
     */
    PlainXml(byte[] bytes, int start, int end) {
        this.b = bytes;
        this.end = end;
        this.pos = start;
        prolog();
    }

    static XmlFastPath.GiveUp giveUp() {
        return GIVE_UP;
    }

    /** Whether the reader has read its part to the end of the document. */
    boolean ended() {
        return event == XMLStreamConstants.END_DOCUMENT;
    }

    private void prolog() {
        if (at("<?xml") && pos + 5 < end && space(b[pos + 5])) {
            declaration();
        }
        skipSpace();
        if (pos + 1 >= end || b[pos] != '<' || !nameStart(b[pos + 1])) {
            throw GIVE_UP; // a comment, a processing instruction, a DOCTYPE, text or nothing before the root
        }
    }

    /** {@code <?xml version="1.0" encoding="UTF-8" standalone="yes"?>}, encoding and standalone optional. */
    private void declaration() {
        pos += 5;
        skipSpace();
        expect("version");
        equalsSign();
        if (!quoted().equals("1.0")) {
            throw GIVE_UP;
        }
        boolean spaced = skipSpace();
        if (spaced && at("encoding")) {
            pos += 8;
            equalsSign();
            if (!quoted().equalsIgnoreCase("UTF-8")) {
                throw GIVE_UP; // another encoding: StAX reads it as SafeXml decodes it
            }
            spaced = skipSpace();
        }
        if (spaced && at("standalone")) {
            pos += 10;
            equalsSign();
            String standalone = quoted();
            if (!standalone.equals("yes") && !standalone.equals("no")) {
                throw GIVE_UP;
            }
            skipSpace();
        }
        expect("?>");
    }

    private boolean at(String ascii) {
        if (pos + ascii.length() > end) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            if (b[pos + i] != ascii.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void expect(String ascii) {
        if (!at(ascii)) {
            throw GIVE_UP;
        }
        pos += ascii.length();
    }

    private void equalsSign() {
        skipSpace();
        expect("=");
        skipSpace();
    }

    /** A quoted value in the declaration. */
    private String quoted() {
        if (pos >= end || b[pos] != '"' && b[pos] != '\'') {
            throw GIVE_UP;
        }
        byte quote = b[pos++];
        int start = pos;
        while (pos < end && b[pos] != quote) {
            if (b[pos] < 0x20) {
                throw GIVE_UP;
            }
            pos++;
        }
        if (pos >= end) {
            throw GIVE_UP;
        }
        return new String(b, start, pos++ - start, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static boolean space(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    /** Skips white space (carriage returns too: between markup they change nothing read); whether there was any. */
    private boolean skipSpace() {
        int start = pos;
        while (pos < end && space(b[pos])) {
            pos++;
        }
        return pos > start;
    }

    @Override
    public int next() {
        if (emptyElement) {
            emptyElement = false;
            return endElement();
        }
        if (rootEnded) {
            if (event == XMLStreamConstants.END_DOCUMENT) {
                throw GIVE_UP;
            }
            skipSpace();
            if (pos != end) {
                throw GIVE_UP; // a comment, a processing instruction or something wrong after the root
            }
            return event = XMLStreamConstants.END_DOCUMENT;
        }
        if (pos >= end) {
            throw GIVE_UP; // the part ends inside its root element
        }
        if (b[pos] != '<') {
            characters();
            return event = XMLStreamConstants.CHARACTERS;
        }
        if (pos + 1 >= end) {
            throw GIVE_UP;
        }
        byte after = b[pos + 1];
        if (after == '/') {
            return endTag();
        }
        if (after == '!' || after == '?') {
            throw GIVE_UP; // a comment, CDATA, a processing instruction
        }
        return startTag();
    }

    @Override
    public boolean hasNext() {
        return event != XMLStreamConstants.END_DOCUMENT;
    }

    private int endElement() {
        depth--;
        local = openLocal[depth];
        while (declared > 0 && prefixDepths[declared - 1] == depth) {
            declared--;
        }
        attributes = 0;
        if (depth == 0) {
            rootEnded = true;
        }
        return event = XMLStreamConstants.END_ELEMENT;
    }

    /** {@code <name attr="value" …>} or {@code …/>}, at {@code pos}. */
    private int startTag() {
        pos++;
        qualifiedName();
        int elementStart = nameStart;
        int elementLength = nameLength;
        int elementColon = nameColon;
        attributes = 0;
        int declarations = 0;
        boolean defaultDeclared = false;
        int declaredBefore = declared;
        while (true) {
            boolean spaced = skipSpace();
            if (pos >= end) {
                throw GIVE_UP;
            }
            byte c = b[pos];
            if (c == '>') {
                pos++;
                break;
            }
            if (c == '/') {
                if (pos + 1 < end && b[pos + 1] == '>') {
                    pos += 2;
                    emptyElement = true;
                    break;
                }
                throw GIVE_UP;
            }
            if (!spaced || attributes + declarations == MAX_ATTRIBUTES) {
                throw GIVE_UP; // no space before the attribute, or too many
            }
            qualifiedName();
            int start = nameStart;
            int length = nameLength;
            int colon = nameColon;
            skipSpace();
            if (pos >= end || b[pos] != '=') {
                throw GIVE_UP;
            }
            pos++;
            skipSpace();
            String value = attributeValue();
            if (colon < 0 && length == 5 && isXmlns(start)) {
                if (defaultDeclared || value.equals(XML_NAMESPACE) || value.equals(XMLNS_NAMESPACE)) {
                    throw GIVE_UP;
                }
                defaultDeclared = true;
                declarations++;
            } else if (colon == start + 5 && isXmlns(start)) {
                String prefix = name(colon + 1, start + length - colon - 1);
                if (prefix.regionMatches(true, 0, "xml", 0, 3) || value.isEmpty() || value.equals(XML_NAMESPACE)
                        || value.equals(XMLNS_NAMESPACE)) {
                    throw GIVE_UP; // the reserved prefixes and names, or an empty namespace
                }
                for (int i = declaredBefore; i < declared; i++) {
                    if (prefixes[i].equals(prefix)) {
                        throw GIVE_UP; // declared twice
                    }
                }
                if (declared == prefixes.length) {
                    prefixes = Arrays.copyOf(prefixes, declared * 2);
                    prefixDepths = Arrays.copyOf(prefixDepths, declared * 2);
                }
                prefixes[declared] = prefix;
                prefixDepths[declared] = depth;
                declared++;
                declarations++;
            } else {
                String prefix = colon < 0 ? null : name(start, colon - start);
                String name = colon < 0 ? name(start, length) : name(colon + 1, start + length - colon - 1);
                for (int i = 0; i < attributes; i++) {
                    if (attributeNames[i].equals(name)) {
                        throw GIVE_UP; // the same local name twice (perhaps in the same namespace)
                    }
                }
                attributePrefixes[attributes] = prefix;
                attributeNames[attributes] = name;
                attributeValues[attributes] = value;
                attributes++;
            }
        }
        if (depth == MAX_DEPTH) {
            throw GIVE_UP;
        }
        if (elementColon >= 0) {
            bound(name(elementStart, elementColon - elementStart), false);
            local = name(elementColon + 1, elementStart + elementLength - elementColon - 1);
        } else {
            local = name(elementStart, elementLength);
        }
        for (int i = 0; i < attributes; i++) {
            if (attributePrefixes[i] != null) {
                bound(attributePrefixes[i], true);
            }
        }
        openStart[depth] = elementStart;
        openLength[depth] = elementLength;
        openLocal[depth] = local;
        depth++;
        return event = XMLStreamConstants.START_ELEMENT;
    }

    private boolean isXmlns(int start) {
        return b[start] == 'x' && b[start + 1] == 'm' && b[start + 2] == 'l' && b[start + 3] == 'n'
                && b[start + 4] == 's';
    }

    /** Gives up unless a prefix is declared by an open element or this one ({@code xml} for an attribute). */
    private void bound(String prefix, boolean attribute) {
        if (attribute && prefix.equals("xml")) {
            return;
        }
        for (int i = declared - 1; i >= 0; i--) {
            if (prefixes[i].equals(prefix)) {
                return;
            }
        }
        throw GIVE_UP;
    }

    /** {@code </name>} at {@code pos}: the end of the element open last. */
    private int endTag() {
        pos += 2;
        qualifiedName();
        int open = depth - 1;
        if (open < 0 || nameLength != openLength[open]
                || !Arrays.equals(b, nameStart, nameStart + nameLength, b, openStart[open],
                openStart[open] + nameLength)) {
            throw GIVE_UP;
        }
        skipSpace();
        if (pos >= end || b[pos] != '>') {
            throw GIVE_UP;
        }
        pos++;
        return endElement();
    }

    /**
     * A name of ASCII letters, digits, {@code _ . -}, not starting with a digit, {@code .} or {@code -},
     * with at most one colon between two such names, at {@code pos}: into {@link #nameStart} and the rest.
     */
    private void qualifiedName() {
        int start = pos;
        int colon = -1;
        if (pos >= end || !nameStart(b[pos])) {
            throw GIVE_UP;
        }
        pos++;
        while (pos < end) {
            byte c = b[pos];
            if (nameChar(c)) {
                pos++;
            } else if (c == ':' && colon < 0 && pos + 1 < end && nameStart(b[pos + 1])) {
                colon = pos;
                pos += 2;
            } else {
                break;
            }
        }
        if (pos - start > MAX_NAME || pos >= end || !(space(b[pos]) || b[pos] == '>' || b[pos] == '/'
                || b[pos] == '=')) {
            throw GIVE_UP; // too long, another colon, or a name of other letters
        }
        nameStart = start;
        nameLength = pos - start;
        nameColon = colon;
    }

    private static boolean nameStart(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }

    private static boolean nameChar(byte c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-'
                || c == '.';
    }

    /** The name in {@code b[start..start+length)} as a string: one of Excel's, or one seen before, or new. */
    private String name(int start, int length) {
        int h = hash(b, start, length);
        for (int slot = h; KNOWN[slot] != null; slot = (slot + 1) & (KNOWN_SIZE - 1)) {
            byte[] k = KNOWN_BYTES[slot];
            if (Arrays.equals(k, 0, k.length, b, start, start + length)) {
                return KNOWN[slot];
            }
        }
        int slot = h;
        for (int tries = 0; tries < 8 && seen[slot] != null; tries++) {
            byte[] k = seenBytes[slot];
            if (Arrays.equals(k, 0, k.length, b, start, start + length)) {
                return seen[slot];
            }
            slot = (slot + 1) & (KNOWN_SIZE - 1);
        }
        String name = new String(b, start, length, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (seen[slot] == null) {
            seen[slot] = name;
            seenBytes[slot] = Arrays.copyOfRange(b, start, start + length);
        }
        return name;
    }

    /** A quoted attribute value at {@code pos}, normalised as XML says: a tab or line feed becomes a space. */
    private String attributeValue() {
        if (pos >= end || b[pos] != '"' && b[pos] != '\'') {
            throw GIVE_UP;
        }
        byte quote = b[pos++];
        int start = pos;
        while (pos < end) {
            byte c = b[pos];
            if (c == quote) {
                String value = new String(b, start, pos - start, java.nio.charset.StandardCharsets.ISO_8859_1);
                pos++;
                return value;
            }
            if (c < 0x20 || c == '&' || c == '<') { // (a byte of 0x80 or more is negative)
                break;
            }
            pos++;
        }
        pos = start;
        textLength = 0;
        while (pos < end) {
            byte c = b[pos];
            if (c == quote) {
                pos++;
                return new String(text, 0, textLength);
            }
            if (c == '&') {
                reference();
            } else if (c < 0) {
                decode();
            } else if (c == '\t' || c == '\n') {
                append(' ');
                pos++;
            } else if (c < 0x20 || c == '<') {
                throw GIVE_UP; // a control character, a carriage return (normalised by StAX) or an error
            } else {
                append((char) c);
                pos++;
            }
        }
        throw GIVE_UP;
    }

    /** Text up to the next {@code <}, references replaced, into {@link #text}. */
    private void characters() {
        int start = pos;
        textLength = 0;
        while (pos < end) {
            byte c = b[pos];
            if (c == '<') {
                return;
            }
            if (c == '&') {
                reference();
            } else if (c < 0) {
                decode();
            } else if (c < 0x20 && c != '\t' && c != '\n') {
                throw GIVE_UP; // a control character, or a carriage return (StAX changes line ends)
            } else {
                if (c == '>' && pos >= start + 2 && b[pos - 1] == ']' && b[pos - 2] == ']') {
                    throw GIVE_UP; // "]]>" may not stand in text
                }
                append((char) c);
                pos++;
            }
            if (textLength > MAX_TEXT) {
                throw GIVE_UP;
            }
        }
        throw GIVE_UP; // the part ends inside its root element
    }

    private void append(char ch) {
        if (textLength == text.length) {
            text = Arrays.copyOf(text, textLength * 2);
        }
        text[textLength++] = ch;
    }

    /** A character of two to four bytes in UTF-8 at {@code pos}, checked strictly and as an XML character. */
    private void decode() {
        int b0 = b[pos] & 0xFF;
        if (b0 < 0xC2) {
            throw GIVE_UP; // a continuation byte, or an overlong form
        }
        if (b0 < 0xE0) {
            int b1 = continuation(pos + 1, 0x80, 0xBF);
            append((char) ((b0 & 0x1F) << 6 | b1 & 0x3F));
            pos += 2;
            return;
        }
        if (b0 < 0xF0) {
            int b1 = continuation(pos + 1, b0 == 0xE0 ? 0xA0 : 0x80, b0 == 0xED ? 0x9F : 0xBF);
            int b2 = continuation(pos + 2, 0x80, 0xBF);
            int cp = (b0 & 0x0F) << 12 | (b1 & 0x3F) << 6 | b2 & 0x3F;
            if (cp == 0xFFFE || cp == 0xFFFF) {
                throw GIVE_UP; // not an XML character
            }
            append((char) cp);
            pos += 3;
            return;
        }
        if (b0 < 0xF5) {
            int b1 = continuation(pos + 1, b0 == 0xF0 ? 0x90 : 0x80, b0 == 0xF4 ? 0x8F : 0xBF);
            int b2 = continuation(pos + 2, 0x80, 0xBF);
            int b3 = continuation(pos + 3, 0x80, 0xBF);
            int cp = (b0 & 0x07) << 18 | (b1 & 0x3F) << 12 | (b2 & 0x3F) << 6 | b3 & 0x3F;
            append(Character.highSurrogate(cp));
            append(Character.lowSurrogate(cp));
            pos += 4;
            return;
        }
        throw GIVE_UP;
    }

    private int continuation(int at, int low, int high) {
        if (at >= end) {
            throw GIVE_UP;
        }
        int c = b[at] & 0xFF;
        if (c < low || c > high) {
            throw GIVE_UP;
        }
        return c;
    }

    /** {@code &lt;}, {@code &gt;}, {@code &amp;}, {@code &quot;}, {@code &apos;}, {@code &#N;}, {@code &#xH;}. */
    private void reference() {
        int semicolon = -1;
        for (int i = pos + 1; i < end && i < pos + 12; i++) {
            if (b[i] == ';') {
                semicolon = i;
                break;
            }
        }
        if (semicolon < 0) {
            throw GIVE_UP;
        }
        int at = pos + 1;
        int length = semicolon - at;
        if (length > 0 && b[at] == '#') {
            int cp = 0;
            if (length >= 2 && b[at + 1] == 'x') {
                if (length == 2) {
                    throw GIVE_UP;
                }
                for (int i = at + 2; i < semicolon; i++) {
                    int d = Character.digit(b[i], 16);
                    if (d < 0 || b[i] < 0) {
                        throw GIVE_UP;
                    }
                    cp = cp * 16 + d;
                }
            } else {
                if (length == 1) {
                    throw GIVE_UP;
                }
                for (int i = at + 1; i < semicolon; i++) {
                    if (b[i] < '0' || b[i] > '9') {
                        throw GIVE_UP;
                    }
                    cp = cp * 10 + (b[i] - '0');
                }
            }
            if (!XmlFastPath.isXmlChar(cp)) {
                throw GIVE_UP; // not an XML character (at most nine hex digits: no overflow)
            }
            if (cp >= 0x10000) {
                append(Character.highSurrogate(cp));
                append(Character.lowSurrogate(cp));
            } else {
                append((char) cp);
            }
        } else {
            int r = XmlFastPath.predefined(length, ascii(at, semicolon), ascii(at + 1, semicolon),
                    ascii(at + 2, semicolon), ascii(at + 3, semicolon));
            if (r < 0) {
                throw GIVE_UP; // an entity that is not declared
            }
            if (++entityReferences > MAX_ENTITY_REFERENCES) {
                throw GIVE_UP;
            }
            append((char) r);
        }
        pos = semicolon + 1;
    }

    /** The byte at i if it is before {@code end}, else 0 (a reference's name is read up to its ';'). */
    private int ascii(int i, int end) {
        return i < end ? b[i] : 0;
    }

    // What the workbook's readers ask of an XMLStreamReader.

    /** Gives up unless the current event is {@code expected}: StAX would say the call is wrong. */
    private void atEvent(int expected) {
        if (event != expected) {
            throw GIVE_UP;
        }
    }

    @Override
    public String getLocalName() {
        if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
            throw GIVE_UP;
        }
        return local;
    }

    @Override
    public int getAttributeCount() {
        atEvent(XMLStreamConstants.START_ELEMENT);
        return attributes;
    }

    @Override
    public String getAttributeLocalName(int index) {
        atEvent(XMLStreamConstants.START_ELEMENT);
        if (index >= attributes) {
            throw GIVE_UP;
        }
        return attributeNames[index];
    }

    @Override
    public String getAttributeValue(int index) {
        atEvent(XMLStreamConstants.START_ELEMENT);
        if (index >= attributes) {
            throw GIVE_UP;
        }
        return attributeValues[index];
    }

    /** The attribute's prefix, or {@code null} when it has none. */
    @Override
    public String getAttributePrefix(int index) {
        atEvent(XMLStreamConstants.START_ELEMENT);
        if (index >= attributes) {
            throw GIVE_UP;
        }
        return attributePrefixes[index];
    }

    @Override
    public char[] getTextCharacters() {
        atEvent(XMLStreamConstants.CHARACTERS);
        return text;
    }

    @Override
    public int getTextStart() {
        atEvent(XMLStreamConstants.CHARACTERS);
        return 0;
    }

    @Override
    public int getTextLength() {
        atEvent(XMLStreamConstants.CHARACTERS);
        return textLength;
    }

    @Override
    public String getText() {
        atEvent(XMLStreamConstants.CHARACTERS);
        return new String(text, 0, textLength);
    }

    @Override
    public int getEventType() {
        return event;
    }

    @Override
    public boolean isStartElement() {
        return event == XMLStreamConstants.START_ELEMENT;
    }

    @Override
    public boolean isEndElement() {
        return event == XMLStreamConstants.END_ELEMENT;
    }

    @Override
    public boolean isCharacters() {
        return event == XMLStreamConstants.CHARACTERS;
    }

    @Override
    public void close() {
        // nothing to close: the bytes are the caller's
    }

    // The rest of XMLStreamReader: not asked for; giving up sends the part to StAX.

    @Override
    public Object getProperty(String name) {
        throw GIVE_UP;
    }

    @Override
    public void require(int type, String namespaceURI, String localName) {
        throw GIVE_UP;
    }

    @Override
    public String getElementText() {
        throw GIVE_UP;
    }

    @Override
    public int nextTag() {
        throw GIVE_UP;
    }

    @Override
    public String getNamespaceURI(String prefix) {
        throw GIVE_UP;
    }

    @Override
    public boolean isWhiteSpace() {
        throw GIVE_UP;
    }

    @Override
    public String getAttributeValue(String namespaceURI, String localName) {
        throw GIVE_UP;
    }

    @Override
    public QName getAttributeName(int index) {
        throw GIVE_UP;
    }

    @Override
    public String getAttributeNamespace(int index) {
        throw GIVE_UP;
    }

    @Override
    public String getAttributeType(int index) {
        throw GIVE_UP;
    }

    @Override
    public boolean isAttributeSpecified(int index) {
        throw GIVE_UP;
    }

    @Override
    public int getNamespaceCount() {
        throw GIVE_UP;
    }

    @Override
    public String getNamespacePrefix(int index) {
        throw GIVE_UP;
    }

    @Override
    public String getNamespaceURI(int index) {
        throw GIVE_UP;
    }

    @Override
    public NamespaceContext getNamespaceContext() {
        throw GIVE_UP;
    }

    @Override
    public int getTextCharacters(int sourceStart, char[] target, int targetStart, int length) {
        throw GIVE_UP;
    }

    @Override
    public String getEncoding() {
        throw GIVE_UP;
    }

    @Override
    public boolean hasText() {
        throw GIVE_UP;
    }

    @Override
    public Location getLocation() {
        throw GIVE_UP;
    }

    @Override
    public QName getName() {
        throw GIVE_UP;
    }

    @Override
    public boolean hasName() {
        throw GIVE_UP;
    }

    @Override
    public String getNamespaceURI() {
        throw GIVE_UP;
    }

    @Override
    public String getPrefix() {
        throw GIVE_UP;
    }

    @Override
    public String getVersion() {
        throw GIVE_UP;
    }

    @Override
    public boolean isStandalone() {
        throw GIVE_UP;
    }

    @Override
    public boolean standaloneSet() {
        throw GIVE_UP;
    }

    @Override
    public String getCharacterEncodingScheme() {
        throw GIVE_UP;
    }

    @Override
    public String getPITarget() {
        throw GIVE_UP;
    }

    @Override
    public String getPIData() {
        throw GIVE_UP;
    }
}
