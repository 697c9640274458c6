package se.rapportverk.workbook;

/**
 * What the two quick XML readers share: {@code PlainXml}, which reads the workbook's parts, and
 * {@code template.QuickXml}, which reads what the templates write. Each reads only plain XML and
 * gives up on anything else, and the part or text is then read by the JDK's StAX, which refuses or
 * reads it exactly as it always has. Here: how they give up, the margins they keep below the JDK's
 * XML limits (so that anything near a limit is StAX's to refuse), and the references they decode.
 */
public final class XmlFastPath {

    /** Thrown when a quick reader gives up: StAX reads instead. No stack trace: it is not an error. */
    public static final class GiveUp extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private GiveUp() {
            super("the quick XML reader gives up", null, false, false);
        }
    }

    /** The one instance: giving up costs nothing to throw. */
    public static final GiveUp GIVE_UP = new GiveUp();

    /** Deepest nesting read: the JDK refuses more than 100 ({@code jdk.xml.maxElementDepth}). */
    public static final int MAX_DEPTH = 50;
    /**
     * Most attributes (and namespace declarations) of an element: the JDK refuses more than 200
     * ({@code jdk.xml.elementAttributeLimit}).
     */
    public static final int MAX_ATTRIBUTES = 50;
    /** Longest name: the JDK refuses more than 1 000 characters ({@code jdk.xml.maxXMLNameLimit}). */
    public static final int MAX_NAME = 100;
    /**
     * Most references to the predefined entities ({@code &amp;} …) read quickly; a part or text with
     * more is read by StAX (whose limits on them {@link XmlEntityLimits} lifts).
     */
    public static final int MAX_ENTITY_REFERENCES = 50_000;

    private XmlFastPath() {
    }

    /** Whether a code point is a character of XML 1.0 (what a character reference may stand for). */
    public static boolean isXmlChar(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD || cp >= 0x20 && cp <= 0xD7FF || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }

    /**
     * The character a predefined entity stands for ({@code lt gt amp quot apos}), from the length of
     * its name and its first characters (those past the length are not read), or -1 for any other name.
     */
    public static int predefined(int length, int c0, int c1, int c2, int c3) {
        return switch (length) {
            case 2 -> c1 != 't' ? -1 : c0 == 'l' ? '<' : c0 == 'g' ? '>' : -1;
            case 3 -> c0 == 'a' && c1 == 'm' && c2 == 'p' ? '&' : -1;
            case 4 -> c0 == 'q' && c1 == 'u' && c2 == 'o' && c3 == 't' ? '"'
                    : c0 == 'a' && c1 == 'p' && c2 == 'o' && c3 == 's' ? '\'' : -1;
            default -> -1;
        };
    }
}
