package se.rapportverk.render.docx;

/**
 * A small streaming XML writer for the parts of the Word file, into a {@link StringBuilder}. It writes
 * the bytes the parts had when XMLBeans (through POI) saved them, so that a Word file stays the same
 * bytes whichever writer made it:
 *
 * <ul>
 *   <li>an element without content is written in the empty-element form ({@code <w:p/>});</li>
 *   <li>in attribute values {@code &}, {@code <} and {@code "} are escaped, nothing else;</li>
 *   <li>in text {@code &} and {@code <} are escaped, {@code >} only after {@code ]]}, a carriage
 *       return as {@code &#13;} and a character XML cannot carry as {@code ?}; a text longer than 32
 *       characters with more than 5 {@code &} or {@code <} in it is written as CDATA, as XMLBeans
 *       does.</li>
 * </ul>
 *
 * <p>The parts that POI wrote through the JDK's DOM serializer (relationships, content types, core
 * properties) have other rules: {@link Dom}.
 *
 * <p>Names are written as given (prefix included); the caller declares the namespaces. Not thread-safe.
 */
class Xml {

    /** The XML declaration XMLBeans writes (without {@code standalone}), and its line break. */
    static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    /** The XML declaration the JDK's serializer writes for POI's package parts. */
    static final String DOM_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";

    /** XMLBeans' thresholds for writing a text as CDATA. */
    static final int CDATA_LENGTH = 32;
    static final int CDATA_ENTITIES = 5;

    private final StringBuilder out;
    /** Whether the last start tag is still open ({@code <name attr="..."}, no {@code >} yet). */
    private boolean open;

    Xml(StringBuilder out) {
        this.out = out;
    }

    Xml(int capacity) {
        this(new StringBuilder(capacity));
    }

    /** What has been written. */
    StringBuilder buffer() {
        return out;
    }

    /** The length written so far (after closing a pending start tag: an offset where content may go). */
    int contentOffset() {
        closeStart();
        return out.length();
    }

    /** Begins an element; attributes may follow until content or its end. */
    Xml start(String name) {
        closeStart();
        out.append('<').append(name);
        open = true;
        return this;
    }

    /** An attribute of the element just begun. */
    Xml attr(String name, String value) {
        out.append(' ').append(name).append("=\"");
        escapeAttr(out, value);
        out.append('"');
        return this;
    }

    /** A numeric attribute. */
    Xml attr(String name, long value) {
        out.append(' ').append(name).append("=\"").append(value).append('"');
        return this;
    }

    /** An attribute whose value needs no escaping (a name or number the renderer makes). */
    Xml attrRaw(String name, String value) {
        out.append(' ').append(name).append("=\"").append(value).append('"');
        return this;
    }

    /** Ends the element: {@code />} when it has no content, else its end tag. */
    Xml end(String name) {
        if (open) {
            out.append("/>");
            open = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** An element without attributes or content. */
    Xml empty(String name) {
        closeStart();
        out.append('<').append(name).append("/>");
        return this;
    }

    /** An element with one attribute and no content ({@code <w:pStyle w:val="x"/>}). */
    Xml empty(String name, String attr, String value) {
        closeStart();
        out.append('<').append(name).append(' ').append(attr).append("=\"");
        escapeAttr(out, value);
        out.append("\"/>");
        return this;
    }

    /** Text content of the current element (nothing for an empty string, as XMLBeans). */
    Xml text(String text) {
        if (text.isEmpty()) {
            return this;
        }
        closeStart();
        escapeText(out, text);
        return this;
    }

    /** Markup written as it is (fixed parts made by this package). */
    Xml raw(CharSequence markup) {
        closeStart();
        out.append(markup);
        return this;
    }

    /** Whether the last start tag is still open: the element has had no content yet. */
    boolean isOpen() {
        return open;
    }

    private void closeStart() {
        if (open) {
            out.append('>');
            open = false;
        }
    }

    /** Appends an attribute value as XMLBeans writes it: {@code & < "} escaped. */
    static void escapeAttr(StringBuilder out, String value) {
        int n = value.length();
        int from = 0;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (rep != null) {
                out.append(value, from, i).append(rep);
                from = i + 1;
            }
        }
        out.append(value, from, n);
    }

    /** Appends text content as XMLBeans writes it (see the class comment). */
    static void escapeText(StringBuilder out, String text) {
        escapeText(out, text, CDATA_LENGTH, CDATA_ENTITIES, false);
    }

    /**
     * Appends text content as XMLBeans writes it with the given CDATA thresholds.
     *
     * @param cdataLength        a text longer than this ...
     * @param cdataEntities      ... with more than this many {@code &} and {@code <} is written as CDATA
     * @param uncheckedCdataStart whether a CDATA section's first two characters are written unchecked,
     *                           exactly as XMLBeans did (the chart parts keep its bytes even there);
     *                           otherwise every character is checked (see {@link #cdata})
     */
    static void escapeText(StringBuilder out, String text, int cdataLength, int cdataEntities,
                           boolean uncheckedCdataStart) {
        int n = text.length();
        int entities = 0;
        boolean replace = false;
        char prev = 0;
        char prevPrev = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '&') {
                entities++;
            } else if (c > '>' && c < 0xD800) {
                // The common case, tested first: a character that is neither markup nor bad.
            } else if ((prevPrev == ']' && prev == ']' && c == '>') || isBadChar(c) || c == '\r') {
                replace = true;
            }
            prevPrev = prev;
            prev = c;
        }
        if (entities == 0 && !replace) {
            out.append(text);
            return;
        }
        if (n > cdataLength && entities > cdataEntities) {
            cdata(out, text, uncheckedCdataStart ? 2 : 0);
            return;
        }
        char c = 0;
        char c1 = 0;
        char c2;
        for (int i = 0; i < n; i++) {
            c2 = c1;
            c1 = c;
            c = text.charAt(i);
            if (c == '<') {
                out.append("&lt;");
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '>' && c1 == ']' && c2 == ']') {
                out.append("&gt;");
            } else if (isBadChar(c)) {
                out.append('?');
            } else if (c == '\r') {
                out.append("&#13;");
            } else {
                out.append(c);
            }
        }
    }

    /**
     * Text as CDATA, as XMLBeans writes it: a {@code ]]>} inside splits the section, a character XML
     * cannot carry becomes {@code ?}. (XMLBeans leaves the first two characters unchecked, which would
     * write a broken section; this writer checks every character, which is the same bytes whenever
     * XMLBeans' were well-formed. Runs never writes such a character. The chart parts ask for XMLBeans'
     * unchecked start.)
     */
    private static void cdata(StringBuilder out, String text, int unchecked) {
        out.append("<![CDATA[");
        int n = text.length();
        boolean last = false;
        boolean secondToLast = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (i < unchecked) {
                out.append(c);
            } else if (c == '>' && secondToLast && last) {
                out.append("]]>><![CDATA[");
            } else if (isBadChar(c)) {
                out.append('?');
            } else {
                out.append(c);
            }
            secondToLast = last;
            last = c == ']';
        }
        out.append("]]>");
    }

    /** XMLBeans' test of a character XML 1.0 cannot carry (surrogates count as good). */
    static boolean isBadChar(char ch) {
        return !(Character.isSurrogate(ch)
                || (ch >= 0x20 && ch <= 0xD7FF)
                || (ch >= 0xE000 && ch <= 0xFFFD)
                || ch == 0x9 || ch == 0xA || ch == 0xD);
    }

    /**
     * The escaping of the JDK's serializer, which POI used for its package parts (relationships,
     * content types, core properties); one per part, since the serializer keeps a high surrogate that
     * ends a text for the rest of the part: it leaves it out, and refuses the part when another
     * surrogate or a character it writes as a reference follows.
     */
    static final class Dom {
        private boolean pendingHigh;
        private char high;

        private char pendingHigh() {
            return high;
        }

        /**
         * Appends text content: {@code & < >} escaped, a carriage return, the characters
         * U+007F–U+009F and characters outside the BMP as numeric references.
         *
         * @throws java.io.IOException for a character XML cannot carry (the serializer refuses it
         *                             too, and POI then failed to save the part)
         */
        void text(StringBuilder out, String text) throws java.io.IOException {
            dom(out, text, false);
        }

        /**
         * Appends an attribute value: {@code & < > "} escaped, tab, line feed, carriage return and
         * characters outside the BMP as numeric references.
         */
        void attr(StringBuilder out, String text) throws java.io.IOException {
            dom(out, text, true);
        }

        private void dom(StringBuilder out, String text, boolean attr) throws java.io.IOException {
            int n = text.length();
            for (int i = 0; i < n; i++) {
                char c = text.charAt(i);
                if (pendingHigh) {
                    // The next character the serializer escapes (not one it writes as it is, nor an
                    // entity) must be the second half.
                    if (Character.isLowSurrogate(c)) {
                        out.append("&#").append(Character.toCodePoint(pendingHigh(), c)).append(';');
                        pendingHigh = false;
                        continue;
                    }
                    if (Character.isHighSurrogate(c) || (c < 0x20 && c != '\t' && c != '\n')
                            || (c >= 0x7F && c <= 0x9F)) {
                        throw new java.io.IOException("Invalid UTF-16 surrogate detected");
                    }
                }
                switch (c) {
                    case '&' -> out.append("&amp;");
                    case '<' -> out.append("&lt;");
                    case '>' -> out.append("&gt;");
                    case '\r' -> out.append("&#13;");
                    default -> {
                        if (attr && c == '"') {
                            out.append("&quot;");
                        } else if (attr && (c == '\t' || c == '\n')) {
                            out.append("&#").append((int) c).append(';');
                        } else if (Character.isHighSurrogate(c) && i + 1 < n
                                && Character.isLowSurrogate(text.charAt(i + 1))) {
                            out.append("&#").append(Character.toCodePoint(c, text.charAt(i + 1))).append(';');
                            i++;
                        } else if (Character.isHighSurrogate(c) && i + 1 == n) {
                            // The serializer waits for the second half: nothing yet.
                            pendingHigh = true;
                            high = c;
                        } else if (Character.isSurrogate(c)) {
                            throw new java.io.IOException("Invalid UTF-16 surrogate detected: " + Integer.toHexString(c));
                        } else if (c < 0x20 && c != '\t' && c != '\n') {
                            throw new java.io.IOException("An invalid XML character (Unicode: 0x"
                                    + Integer.toHexString(c) + ") was found");
                        } else if (!attr && c >= 0x7F && c <= 0x9F) {
                            out.append("&#").append((int) c).append(';');
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
        }
    }
}
