package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.XlsxParts;

/**
 * {@link PlainXml} reads what StAX reads: whenever it reads a part to its end ({@link XlsxPackage#plain}
 * does not give up), StAX ({@link SafeXml#reader}, as the workbook's readers have always read parts)
 * reads the same elements, attributes and texts from the same bytes, without error. Tried on random
 * parts shaped like Excel's, with pieces StAX reads specially or refuses, on the same parts with
 * random bytes changed, and on every XML part of the example workbooks (which it must read itself).
 */
class PlainXmlProperties {

    /**
     * What the workbook's readers see of a part, as text: each start with its attributes by local name
     * (in order) and each end, and the text between tags with adjacent pieces joined (StAX may give one
     * text in several pieces). Comments and processing instructions carry nothing the readers use.
     */
    private static List<String> view(XMLStreamReader r) throws Exception {
        List<String> out = new ArrayList<>();
        StringBuilder text = null;
        int depth = 0;
        while (r.hasNext()) {
            int event = SafeXml.next(r);
            boolean isText = event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE;
            if (isText && depth > 0) {
                if (text == null) {
                    text = new StringBuilder();
                }
                text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                continue;
            }
            if (text != null) {
                out.add("text[" + text + "]");
                text = null;
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                StringBuilder sb = new StringBuilder("<").append(r.getLocalName());
                for (int i = 0; i < r.getAttributeCount(); i++) {
                    sb.append(' ').append(r.getAttributeLocalName(i)).append("=[").append(r.getAttributeValue(i))
                            .append(']');
                }
                out.add(sb.append('>').toString());
                depth++;
            } else {
                out.add("</" + r.getLocalName() + ">");
                depth--;
            }
        }
        out.add("end");
        return out;
    }

    /** The quick reader's view, as {@link XlsxPackage#read} takes it, or null when it gives up. */
    @SuppressWarnings("unchecked")
    private static List<String> quick(byte[] part) {
        Object result = XlsxPackage.plain(new ByteArrayInputStream(part), part.length, PlainXmlProperties::view);
        return result == XlsxPackage.GAVE_UP ? null : (List<String>) result;
    }

    /** StAX's view, or the exception it throws, as text. */
    private static Object stax(byte[] part) {
        try (InputStream in = new ByteArrayInputStream(part)) {
            return view(SafeXml.reader(in));
        } catch (Exception e) {
            return e.getClass().getSimpleName();
        }
    }

    private static void sameAsStax(byte[] part) {
        List<String> quick = quick(part);
        Statistics.collect(quick != null ? "read" : "gave up");
        if (quick != null) {
            assertEquals(quick, stax(part), () -> new String(part, StandardCharsets.UTF_8));
        }
    }

    // ------------------------------------------------------------------ generators

    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String ROOT = "<worksheet xmlns=\"" + MAIN + "\" xmlns:r=\"http://schemas.openxmlformats.org/"
            + "officeDocument/2006/relationships\" xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
            + "mc:Ignorable=\"x14ac xr\" xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\" "
            + "xmlns:xr=\"http://schemas.microsoft.com/office/spreadsheetml/2014/revision\"";

    /** How Excel and others start a part, and starts StAX reads differently or refuses. */
    private static Arbitrary<String> prologs() {
        return Arbitraries.frequencyOf(
                Tuple.of(12, Arbitraries.of("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
                        "", "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<?xml version='1.0' encoding='utf-8'?>",
                        "<?xml version=\"1.0\"?>", "<?xml  version = \"1.0\"\tencoding=\"UTF-8\"  standalone='no' ?>\n\n",
                        "<?xml version=\"1.0\" standalone=\"yes\"?>", "\n  ")),
                Tuple.of(1, Arbitraries.of("<?xml version=\"1.1\"?>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", "<?xml version=\"1.0\" standalone=\"YES\"?>",
                        "<?xml version=\"1.0\" encoding=\"UTF8\"?>", "<?xml version=\"1.0\"encoding=\"UTF-8\"?>",
                        "<?xml encoding=\"UTF-8\" version=\"1.0\"?>", "<?xml version=\"1.0\" standalone=\"yes\" "
                                + "encoding=\"UTF-8\"?>", "<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"b\">]>",
                        "<!-- c -->", "<?pi x?>", " <?xml version=\"1.0\"?>", "<?XML version=\"1.0\"?>", "<?xml?>",
                        "<?xml-stylesheet href=\"a\"?>", "\u0000", "<!DOCTYPE worksheet SYSTEM \"file:///etc/passwd\">")));
    }

    /** Texts: mostly plain, some that StAX reads specially. */
    private static Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                Tuple.of(24, Arbitraries.strings().withChars("abcåäöÅ 019,.-").ofMaxLength(8)),
                Tuple.of(8, Arbitraries.of("&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#39;", "&#x41;", "&#xe9;",
                        "&#65;", "&#0065;", "&#13;", "&#10;", "&#9;", "&#32;", "&#x10FFFF;", "&#x1F600;", "&#xFFFD;",
                        "&#160;", "]]", "]", ">", "]&#93;>", "\n", "\t", "  ", "\uFFFD", "\uD83D\uDE00", "\u00A0",
                        "\u2028", "\u0085", "\u009F", "–", "●", "\uFEFF", "'", "\"", "=", "/", "?", "!", "-", "_x000D_",
                        "\uE000", "\uFDD0", "\u07FF", "\u0800", "\uFFFC")),
                Tuple.of(1, spoilers()));
    }

    /** Pieces StAX refuses, or that the quick reader leaves to StAX. */
    private static Arbitrary<String> spoilers() {
        return Arbitraries.of(SPOILERS);
    }

    private static final List<String> SPOILERS = List.of("&#X41;", "&#1;", "&#0;", "&#xD800;", "&#x110000;", "&#;", "&#x;", "&#12345678901;",
                "&#xFFFFFFFFF;", "&bogus;", "&amp", "&", "]]>", "\r", "\r\n", "\u0001", "\u001F", "\u007F", "\uFFFE",
                "\uFFFF", "<", "<!-- a -->", "<?pi data?>", "<![CDATA[c]]>", "<!DOCTYPE x>", "</x>", "<1/>", "< a/>",
                "<q:a/>", "<x14ac:a/>", "<a xmlns:q=\"u\"><q:b q:c=\"1\"/></a>", "<a xmlns:q=\"\"/>",
                "<a xmlns=\"\"/>", "<a xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"/>", "<xml:a/>",
                "<a b='1' b='2'/>", "<a r:id='1' id='2'/>", "<a xmlns:p='u' xmlns:p='v'/>", "<å/>", "<a:b:c/>",
                "<a:/>", "<:a/>", "<a b=1/>", "<a b='<'/>", "<a b='&'/>", "<a\u00A0b='1'/>", "<a b='1'c='2'/>",
                "<a/ >", "</ a>", "&lt", "\u0000", "]]>", "a]]>b", "]]&gt;",
            "<a xmlns=\"u\" xmlns=\"v\"/>", "<a xmlns=\"http://www.w3.org/XML/1998/namespace\"/>",
            "<a xmlns:p=\"http://www.w3.org/2000/xmlns/\"/>", "<p:a xmlns:p=\"u\"/>", "<a p:b=\"1\" xmlns:p=\"u\"/>",
            "<a xmlns:p=\"u\"/><p:b/>", "<a xmlns:p=\"u\" xmlns:q=\"u\" p:b=\"1\" q:b=\"2\"/>", "<p:a xmlns:p=\"u\"></a>",
            "<a xml:lang=\"sv\"/>", "<a xmlns:xmlx=\"u\"/>", "&#x41", "&#65", "&#x000041;", "<a b=\"&#9;\"/>",
            "<a b=\"\t\n\"/>", "<a b=\"\r\"/>", "<a\rb='1'/>");

    private static Arbitrary<String> values() {
        return texts().list().ofMaxSize(4).map(l -> String.join("", l));
    }

    private static final List<String> NAMES = List.of("sheetData", "row", "c", "v", "f", "is", "t", "r", "rPh", "si",
            "mergeCell", "x14ac:dyDescent", "mc:AlternateContent", "xr:uid", "col", "_a.b-c", "Row", "extLst", "x",
            "sheet", "Relationship");

    private static final List<String> ATTRIBUTES = List.of("r", "s", "t", "spans", "ht", "x14ac:dyDescent", "r:id",
            "xml:space", "ref", "hidden", "customHeight", "xr:uid", "Id", "Target", "n", "_d-e", "a.b", "name");

    private static Arbitrary<String> attributes() {
        Arbitrary<String> one = Combinators.combine(Arbitraries.of(ATTRIBUTES), values(), Arbitraries.of("\"", "'"),
                        Arbitraries.of(" ", "\n", "\t", "  ", "\r\n"), Arbitraries.of("=", " =", "= ", " = ", "\n=\t"))
                .as((name, value, quote, space, eq) -> space + name + eq + quote
                        + value.replace(quote, quote.equals("\"") ? "&quot;" : "&apos;") + quote);
        return one.list().ofMaxSize(4).map(l -> String.join("", l));
    }

    private static Arbitrary<String> element(int depth) {
        Arbitrary<String> content = depth >= 4 ? values()
                : Arbitraries.oneOf(values(), Arbitraries.lazy(() -> element(depth + 1))).list().ofMaxSize(4)
                .map(l -> String.join("", l));
        return Combinators.combine(Arbitraries.of(NAMES), attributes(), content, Arbitraries.integers().between(0, 9))
                .as((name, attrs, inner, shape) -> shape == 0 ? "<" + name + attrs + "/>"
                        : shape == 1 ? "<" + name + attrs + " >" + inner + "</" + name + " >"
                        : "<" + name + attrs + ">" + inner + "</" + name + ">");
    }

    @Provide
    Arbitrary<byte[]> parts() {
        Arbitrary<String> body = element(1).list().ofMaxSize(5).map(l -> String.join("", l));
        return Combinators.combine(prologs(), body, Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of("", "\n", "\r\n", " ")),
                        Tuple.of(1, Arbitraries.of("<!-- after -->", "x", "<a/>", "\u0000", "&amp;"))))
                .as((prolog, inner, after) -> (prolog + ROOT + ">" + inner + "</worksheet>" + after)
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** A part with some of its bytes changed, taken away, doubled or put in, or cut short. */
    @Provide
    Arbitrary<byte[]> mutated() {
        byte[] strange = {(byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC1, (byte) 0xC2, (byte) 0xE0, (byte) 0xED,
            (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5, (byte) 0xFF, 0, '\r', '<', '>', '&', ';', '"', '\'',
            ':', '/', '=', ' ', '#', 'x', ']', '!', '?'};
        return Combinators.combine(Arbitraries.oneOf(parts(), plain()), Arbitraries.longs(),
                        Arbitraries.integers().between(1, 3))
                .as((part, seed, changes) -> {
                    Random random = new Random(seed);
                    byte[] b = part;
                    for (int i = 0; i < changes && b.length > 1; i++) {
                        int at = random.nextInt(b.length);
                        byte[] next;
                        switch (random.nextInt(5)) {
                            case 0 -> {
                                next = b.clone();
                                next[at] = strange[random.nextInt(strange.length)];
                            }
                            case 1 -> {
                                next = new byte[b.length - 1];
                                System.arraycopy(b, 0, next, 0, at);
                                System.arraycopy(b, at + 1, next, at, b.length - at - 1);
                            }
                            case 2 -> {
                                next = new byte[b.length + 1];
                                System.arraycopy(b, 0, next, 0, at);
                                next[at] = strange[random.nextInt(strange.length)];
                                System.arraycopy(b, at, next, at + 1, b.length - at);
                            }
                            case 3 -> {
                                next = new byte[b.length + 1];
                                System.arraycopy(b, 0, next, 0, at + 1);
                                System.arraycopy(b, at, next, at + 1, b.length - at);
                            }
                            default -> next = java.util.Arrays.copyOf(b, at);
                        }
                        b = next;
                    }
                    return b;
                });
    }

    // ------------------------------------------------------------------ properties

    @Property(tries = 3000)
    void readsWhatStaxReads(@ForAll("parts") byte[] part) {
        sameAsStax(part);
    }

    @Property(tries = 6000)
    void readsWhatStaxReadsWhenBytesAreChanged(@ForAll("mutated") byte[] part) {
        sameAsStax(part);
    }

    /** Parts as Excel writes them, with no piece the quick reader leaves to StAX: it reads them itself. */
    @Property(tries = 500)
    void readsPlainPartsItself(@ForAll("plain") byte[] part) {
        assertNotNull(quick(part), () -> new String(part, StandardCharsets.UTF_8));
        sameAsStax(part);
    }

    @Provide
    Arbitrary<byte[]> plain() {
        Arbitrary<String> texts = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.strings().withChars("abcåäöÅ 019,.-").ofMaxLength(8)),
                Tuple.of(1, Arbitraries.of("&amp;", "&lt;", "&#10;", "&#x1F600;", "\uD83D\uDE00", "–", "\n", "\t")));
        Arbitrary<String> cell = Combinators.combine(Arbitraries.integers().between(1, 200), texts,
                        Arbitraries.of("", " t=\"s\"", " t=\"str\"", " s=\"3\" t=\"inlineStr\""))
                .as((n, text, type) -> type.contains("inlineStr")
                        ? "<c r=\"A" + n + "\"" + type + "><is><t xml:space=\"preserve\">" + text + "</t></is></c>"
                        : "<c r=\"B" + n + "\"" + type + "><v>" + text + "</v></c>");
        Arbitrary<String> row = cell.list().ofMaxSize(5).map(l -> "<row r=\"1\" spans=\"1:3\" x14ac:dyDescent=\"0.25\">"
                + String.join("", l) + "</row>");
        return Combinators.combine(Arbitraries.of("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n",
                        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "", "\uFEFF"), row.list().ofMaxSize(6))
                .as((prolog, rows) -> (prolog + ROOT + "><sheetData>" + String.join("", rows) + "</sheetData>"
                        + "<mergeCells count=\"1\"><mergeCell ref=\"A1:B2\"/></mergeCells></worksheet>")
                        .getBytes(StandardCharsets.UTF_8));
    }

    /** Every XML part of every example workbook is read by the quick reader, as StAX reads it. */
    @Example
    void readsTheExampleWorkbooksItself() throws IOException {
        int parts = 0;
        try (Stream<Path> files = Files.list(Path.of("input-examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
                    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                        if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                            byte[] part = zip.readAllBytes();
                            List<String> quick = quick(part);
                            assertNotNull(quick, file + " " + e.getName());
                            assertEquals(quick, stax(part), file + " " + e.getName());
                            parts++;
                        }
                    }
                }
            }
        }
        assertTrue(parts > 50, "parts read: " + parts);
    }

    /** Each piece StAX reads specially or refuses, alone in a text, a value, between elements and before the root. */
    @Example
    void readsEachSpoilerAsStaxDoesOrLeavesIt() {
        for (String spoiler : SPOILERS) {
            for (String part : List.of("<a>" + spoiler + "</a>", "<a b=\"" + spoiler + "\"/>", "<a b='" + spoiler + "'/>",
                    "<a><b/>" + spoiler + "<c/></a>", spoiler + "<a/>", "<a/>" + spoiler, "<a xmlns:r=\"u\">" + spoiler
                            + "</a>", "<?xml version=\"1.0\"?>" + spoiler + "<a/>")) {
                sameAsStax(part.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** Hostile parts are never read by the quick reader: StAX refuses them as it always has. */
    @Example
    void leavesHostilePartsToStax() {
        String lol = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>"
                + "<sst><si><t>&lol2;</t></si></sst>";
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><sst><si><t>&x;"
                + "</t></si></sst>";
        String deep = "<a>".repeat(XmlFastPath.MAX_DEPTH + 1) + "</a>".repeat(XmlFastPath.MAX_DEPTH + 1);
        String name = "<" + "a".repeat(XmlFastPath.MAX_NAME + 1) + "/>";
        StringBuilder many = new StringBuilder("<a");
        for (int i = 0; i <= XmlFastPath.MAX_ATTRIBUTES; i++) {
            many.append(" a").append(i).append("=\"1\"");
        }
        String attributes = many.append("/>").toString();
        String references = "<a>" + "&amp;".repeat(XmlFastPath.MAX_ENTITY_REFERENCES + 1) + "</a>";
        String text = "<a>" + "x".repeat(PlainXml.MAX_TEXT + 1) + "</a>";
        for (String hostile : List.of(lol, xxe, deep, name, attributes, references, text, "<a>", "<a></b>", "", "<a/>x",
                "<a>&undeclared;</a>")) {
            assertNull(quick(hostile.getBytes(StandardCharsets.UTF_8)), hostile.length() > 200
                    ? hostile.substring(0, 200) : hostile);
        }
        assertEquals("DoctypeException", stax(lol.getBytes(StandardCharsets.UTF_8)));
        assertEquals("DoctypeException", stax(xxe.getBytes(StandardCharsets.UTF_8)));
        // One below each margin is read, and StAX reads the same.
        String deepEnough = "<a>".repeat(XmlFastPath.MAX_DEPTH) + "</a>".repeat(XmlFastPath.MAX_DEPTH);
        String referencesEnough = "<a>" + "&amp;".repeat(XmlFastPath.MAX_ENTITY_REFERENCES) + "</a>";
        for (String fine : List.of(deepEnough, referencesEnough, "<" + "a".repeat(XmlFastPath.MAX_NAME) + "/>")) {
            byte[] part = fine.getBytes(StandardCharsets.UTF_8);
            assertNotNull(quick(part));
            assertEquals(quick(part), stax(part));
        }
    }

    /** Bad UTF-8 is left to StAX (which refuses it); each form of it, at a text, a value and a name. */
    @Example
    void leavesBadUtf8ToStax() {
        byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xC1, (byte) 0xBF}, {(byte) 0xE0, (byte) 0x80, (byte) 0x80},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF0, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xE2, (byte) 0x80}, {(byte) 0xEF, (byte) 0xBF, (byte) 0xBE},
            {(byte) 0xFF}};
        for (byte[] b : bad) {
            for (String[] around : new String[][] {{"<a>", "</a>"}, {"<a b=\"", "\"/>"}, {"<a", "/>"}}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                out.writeBytes(around[0].getBytes(StandardCharsets.UTF_8));
                out.writeBytes(b);
                out.writeBytes(around[1].getBytes(StandardCharsets.UTF_8));
                byte[] part = out.toByteArray();
                assertNull(quick(part), java.util.Arrays.toString(part));
                assertTrue(stax(part) instanceof String, () -> "StAX read " + java.util.Arrays.toString(part));
            }
        }
    }

    /**
     * A sheet that the quick reader gives up on late (a comment at its end), after a cell that is an
     * error, is read again by StAX: the error is said once, as for the same sheet without the comment
     * (which the quick reader reads to its end), and the workbook read is the same.
     */
    @Example
    void findingsOfAReadingThatGaveUpAreForgotten() {
        XlsxParts good = XlsxParts.of(TestWorkbooks.delarsrapport());
        String part = good.sheetPart("Resultaträkning");
        String xml = good.text(part);
        String bad = xml.replaceFirst("<c r=\"E3\"([^>]*)>", "<c r=\"E3\" t=\"q\">");
        assertNotEquals(xml, bad);
        byte[] plain = good.put(part, bad).zip();
        byte[] late = good.put(part, bad.replace("</worksheet>", "<!-- late --></worksheet>")).zip();
        assertNotNull(quick(XlsxParts.of(plain).bytes(part)));
        assertNull(quick(XlsxParts.of(late).bytes(part)));
        ReadResult a = WorkbookReader.read("a.xlsx", plain);
        ReadResult b = WorkbookReader.read("a.xlsx", late);
        List<Issue> unknown = a.diagnostics().issues().stream().filter(i -> i.message().contains("okända celltypen"))
                .toList();
        assertEquals(1, unknown.size(), a.diagnostics().issues().toString());
        assertEquals(a.diagnostics().issues(), b.diagnostics().issues());
        assertEquals(a.workbook().orElseThrow().resultatrakning(), b.workbook().orElseThrow().resultatrakning());
        assertEquals(a.workbook().orElseThrow().driftsredovisning(), b.workbook().orElseThrow().driftsredovisning());
    }

    /** A reading that throws, or gives up late, leaves nothing: the whole part is read again by StAX. */
    @Example
    void aReadingThatFailsIsReadAgainByStax() {
        byte[] part = "<a><b/><!-- late --></a>".getBytes(StandardCharsets.UTF_8);
        assertNull(quick(part));
        assertEquals(List.of("<a>", "<b>", "</b>", "</a>", "end"), stax(part));
        Object thrown = XlsxPackage.plain(new ByteArrayInputStream("<a/>".getBytes(StandardCharsets.UTF_8)), 4, r -> {
            throw new IllegalStateException("the reading's own");
        });
        assertEquals(XlsxPackage.GAVE_UP, thrown);
    }
}
