package se.rapportverk.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The XML writer's escaping: what it writes is well-formed and a standard parser (the JDK's) reads
 * back the text meant; the package parts' escaping is the JDK serializer's, byte for byte.
 */
class XmlTest {

    /** Strings of everything XML treats specially, and ordinary text. */
    @Provide
    Arbitrary<String> nasty() {
        Arbitrary<String> piece = Arbitraries.of("a", "Å", " ", "&", "<", ">", "\"", "'", "]]>", "]", "]]", "\t",
                "\n", "\r", "\r\n", "\u0000", "\u0001", "\u001F", "\u00AD", "\uD83D\uDE00", "\uD800", "\uDC00",
                "\u007F", "\u0085", "\u2028", "\uFFFE", "\uFFFF", "\uFFFD", "&amp;", "<![CDATA[", "x");
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    private static org.w3c.dom.Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * What Runs writes text as, by its contract: a tab, a line break (CR LF, CR or LF) and a soft hyphen
     * as their elements, characters XML 1.0 cannot carry dropped.
     */
    private static String meant(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\r') {
                sb.append('\n');
                if (i < s.length() && s.charAt(i) == '\n') {
                    i++;
                }
            } else if (cp == '\t' || cp == '\n' || cp == 0xAD) {
                sb.appendCodePoint(cp);
            } else if ((cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    /** The text of a paragraph read back: each run's text, tab, break or soft hyphen. */
    private static String readBack(Element p) {
        StringBuilder sb = new StringBuilder();
        for (Node r = p.getFirstChild(); r != null; r = r.getNextSibling()) {
            assertEquals("w:r", r.getNodeName());
            Node content = r.getFirstChild();
            assertEquals(null, content.getNextSibling(), "one piece per run");
            switch (content.getNodeName()) {
                case "w:t" -> sb.append(content.getTextContent());
                case "w:tab" -> sb.append('\t');
                case "w:br" -> sb.append('\n');
                case "w:softHyphen" -> sb.append('\u00AD');
                default -> throw new AssertionError(content.getNodeName());
            }
        }
        return sb.toString();
    }

    @Property(tries = 500)
    void runsParseBackToTheTextMeant(@ForAll("nasty") String s) throws Exception {
        Xml x = new Xml(256);
        x.raw("<w:p xmlns:w=\"" + Body.NS_W + "\">");
        Runs.text(x, s);
        x.raw("</w:p>");
        Element p = parse(x.buffer().toString()).getDocumentElement();
        assertEquals(meant(s), readBack(p));
    }

    @Property(tries = 500)
    void textParsesBackWithXmlBeansNormalisation(@ForAll("nasty") String s) throws Exception {
        StringBuilder sb = new StringBuilder("<t>");
        Xml.escapeText(sb, s);
        sb.append("</t>");
        String back = parse(sb.toString()).getDocumentElement().getTextContent();
        // A character XML cannot carry is written as '?', as XMLBeans wrote it; a carriage return stays one
        // (&#13;), but inside CDATA (which XMLBeans chooses for long texts with many < and &) a parser
        // reads it as a line feed, as it read XMLBeans' CDATA.
        StringBuilder expected = new StringBuilder();
        boolean cdata = sb.indexOf("<![CDATA[") >= 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' && cdata) {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    continue;
                }
                expected.append('\n');
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                expected.append(c).append(s.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                // Written as it is, as XMLBeans did; UTF-8 has no bytes for half a pair: '?', as the
                // encoder under XMLBeans wrote it.
                expected.append('?');
            } else {
                expected.append(Xml.isBadChar(c) ? '?' : c);
            }
        }
        assertEquals(expected.toString(), back);
    }

    @Test
    void longTextsWithManyEntitiesAreCdataAsXmlBeansWroteThem() {
        StringBuilder sb = new StringBuilder();
        Xml.escapeText(sb, "a & b & c & d & e & f < g and some more text ]]> end");
        assertEquals("<![CDATA[a & b & c & d & e & f < g and some more text ]]]]>><![CDATA[ end]]>", sb.toString());
        sb.setLength(0);
        Xml.escapeText(sb, "short & < ]]> \r");
        assertEquals("short &amp; &lt; ]]&gt; &#13;", sb.toString());
    }

    @Property(tries = 500)
    void attributesParseBackWithLineEndsAsSpaces(@ForAll("nasty") String s) throws Exception {
        // XMLBeans escaped only & < " in attributes: a tab or line end is read back as a space, and a
        // character XML cannot carry would break the file (the renderer never puts one there).
        String clean = s.codePoints().filter(cp -> cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r')
                .filter(cp -> !(cp >= 0xD800 && cp <= 0xDFFF) && cp != 0xFFFE && cp != 0xFFFF)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        Xml x = new Xml(64);
        x.start("t").attr("v", clean).end("t");
        assertEquals("<t v=\"", x.buffer().substring(0, 6));
        String back = parse(x.buffer().toString()).getDocumentElement().getAttribute("v");
        assertEquals(clean.replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ').replace('\t', ' '), back);
    }

    @Test
    void anEmptyElementIsWrittenShort() {
        Xml x = new Xml(64);
        x.start("a").attr("b", "1").end("a").start("c").text("").end("c").start("d").text("e").end("d");
        assertEquals("<a b=\"1\"/><c/><d>e</d>", x.buffer().toString());
    }

    /** The JDK's serializer, as POI uses it for the package parts in the application. */
    private static String jdk(String s, boolean attr) throws Exception {
        TransformerFactory f = TransformerFactory.newInstance(LegacyEquivalenceTest.JDK_TRANSFORMER, null);
        Transformer t = f.newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.INDENT, "no");
        t.setOutputProperty(OutputKeys.STANDALONE, "yes");
        org.w3c.dom.Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        Element r = d.createElement("R");
        d.appendChild(r);
        if (attr) {
            r.setAttribute("a", s);
        } else {
            r.appendChild(d.createTextNode(s));
        }
        d.setXmlStandalone(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        t.transform(new DOMSource(d), new StreamResult(out));
        String xml = out.toString(StandardCharsets.UTF_8);
        String root = xml.substring(xml.indexOf("?>") + 2);
        return attr ? root.substring("<R a=\"".length(), root.length() - "\"/>".length())
                : root.equals("<R/>") ? "" : root.substring("<R>".length(), root.length() - "</R>".length());
    }

    private static String dom(String s, boolean attr) throws IOException {
        StringBuilder sb = new StringBuilder();
        if (attr) {
            new Xml.Dom().attr(sb, s);
        } else {
            new Xml.Dom().text(sb, s);
        }
        return sb.toString();
    }

    @Property(tries = 300)
    void packagePartsAreEscapedAsTheJdkSerializerEscapes(@ForAll("nasty") String s) throws Exception {
        for (boolean attr : new boolean[] {false, true}) {
            String expected;
            try {
                expected = jdk(s, attr);
            } catch (Exception e) {
                assertThrows(IOException.class, () -> dom(s, attr), "the serializer refuses " + escapeJava(s));
                continue;
            }
            assertEquals(expected, dom(s, attr), escapeJava(s));
        }
    }

    /** Texts in sibling elements through the JDK's serializer, or null when it refuses them. */
    private static String jdkSiblings(java.util.List<String> texts) {
        try {
            Transformer t = TransformerFactory.newInstance(LegacyEquivalenceTest.JDK_TRANSFORMER, null).newTransformer();
            t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            t.setOutputProperty(OutputKeys.STANDALONE, "yes");
            org.w3c.dom.Document d = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
            Element r = d.createElement("R");
            d.appendChild(r);
            for (String s : texts) {
                Element e = d.createElement("e");
                e.setTextContent(s);
                r.appendChild(e);
            }
            d.setXmlStandalone(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            t.transform(new DOMSource(d), new StreamResult(out));
            return out.toString(StandardCharsets.UTF_8);
        } catch (Exception e) {
            return null;
        }
    }

    @Property(tries = 300)
    void aPartsTextsAreEscapedAsTheJdkSerializerEscapesThem(@ForAll("nasty") String a, @ForAll("nasty") String b,
                                                             @ForAll("nasty") String c) {
        // The serializer keeps a high surrogate that ends a text for the rest of the document.
        java.util.List<String> texts = java.util.List.of(a, b, c);
        String expected = jdkSiblings(texts);
        StringBuilder sb = new StringBuilder(Xml.DOM_DECLARATION).append("<R>");
        Xml.Dom dom = new Xml.Dom();
        try {
            for (String s : texts) {
                sb.append(s.isEmpty() ? "<e/>" : "<e>");
                dom.text(sb, s);
                sb.append(s.isEmpty() ? "" : "</e>");
            }
        } catch (IOException e) {
            assertEquals(null, expected, "the serializer writes what the writer refuses");
            return;
        }
        sb.append("</R>");
        assertEquals(expected, sb.toString());
    }

    @Test
    void everyCharacterIsEscapedAsTheJdkSerializerEscapesIt() throws Exception {
        StringBuilder all = new StringBuilder();
        for (char c = 0x20; c < 0xD800; c++) {
            all.append(c);
        }
        for (char c = 0xE000; c != 0; c++) {
            all.append(c);
        }
        all.append("\t\n\r\uD83D\uDE00");
        for (boolean attr : new boolean[] {false, true}) {
            assertEquals(jdk(all.toString(), attr), dom(all.toString(), attr));
        }
        assertTrue(dom("\u0085", false).equals("&#133;"));
    }

    private static String escapeJava(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return sb.toString();
    }
}
