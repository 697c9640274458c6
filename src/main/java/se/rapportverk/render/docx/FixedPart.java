package se.rapportverk.render.docx;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A fixed part of the Word file ({@code render/docx/*.xml}) as POI saved it once it was loaded with
 * XMLBeans (comments, processing instructions and whitespace between elements left out) and saved
 * under a root of the part's name: the root declares the namespaces the content uses, in the order
 * first used; elements and attributes follow in their order, written by {@link Xml}'s rules.
 */
final class FixedPart {

    /**
     * The language to put in: the {@code w:val} of the first element at the path below the root (each
     * step the first child of that name).
     */
    record Language(List<String> path, String value) {
    }

    private FixedPart() {
    }

    /**
     * The part's text.
     *
     * @param xml      the part as written in the resource (placeholders filled)
     * @param root     the root element's name
     * @param language where the document's language goes, or null
     */
    static String write(String xml, String root, Language language) {
        try {
            XMLInputFactory f = XMLInputFactory.newFactory();
            f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
            f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
            f.setProperty(XMLInputFactory.IS_COALESCING, true);
            XMLStreamReader r = f.createXMLStreamReader(new StringReader(xml));
            Xml content = new Xml(xml.length());
            Map<String, String> namespaces = new LinkedHashMap<>();
            // The path from the root to the current element, and whether it is the one the language goes in.
            List<String> path = new ArrayList<>();
            List<Map<String, Integer>> seen = new ArrayList<>();
            boolean languageDone = language == null;
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        String name = qname(r.getPrefix(), r.getLocalName());
                        if (depth == 1) {
                            if (!name.equals(root)) {
                                throw new IllegalStateException("the part's root is " + name + ", not " + root);
                            }
                            seen.add(new java.util.HashMap<>());
                            continue;
                        }
                        for (int i = 0; i < r.getNamespaceCount(); i++) {
                            throw new IllegalStateException("a namespace declared inside a fixed part: " + name);
                        }
                        use(namespaces, r.getPrefix(), r.getNamespaceURI());
                        int index = seen.get(seen.size() - 1).merge(name, 1, Integer::sum);
                        path.add(index == 1 ? name : "");
                        seen.add(new java.util.HashMap<>());
                        boolean here = !languageDone && path.equals(language.path());
                        content.start(name);
                        boolean valSet = false;
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String prefix = r.getAttributePrefix(i);
                            String an = qname(prefix, r.getAttributeLocalName(i));
                            if (prefix != null && !prefix.isEmpty()) {
                                use(namespaces, prefix, r.getAttributeNamespace(i));
                            }
                            String value = r.getAttributeValue(i);
                            if (here && an.equals("w:val")) {
                                value = language.value();
                                valSet = true;
                            }
                            content.attr(an, value);
                        }
                        if (here) {
                            if (!valSet) {
                                content.attr("w:val", language.value());
                            }
                            languageDone = true;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        if (depth == 0) {
                            continue;
                        }
                        path.remove(path.size() - 1);
                        seen.remove(seen.size() - 1);
                        content.end(qname(r.getPrefix(), r.getLocalName()));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        String text = r.getText();
                        if (depth > 1 && !text.isBlank()) {
                            content.text(text);
                        } else if (!text.isBlank()) {
                            throw new IllegalStateException("text outside the part's elements");
                        }
                    }
                    default -> {
                        // Comments and processing instructions are left out, as POI loaded the part.
                    }
                }
            }
            if (!languageDone) {
                throw new IllegalStateException("no " + language.path() + " in " + root);
            }
            StringBuilder out = new StringBuilder(content.buffer().length() + 256);
            out.append(Xml.DECLARATION).append('<').append(root);
            for (Map.Entry<String, String> ns : namespaces.entrySet()) {
                out.append(" xmlns:").append(ns.getKey()).append("=\"");
                Xml.escapeAttr(out, ns.getValue());
                out.append('"');
            }
            out.append('>').append(content.buffer()).append("</").append(root).append('>');
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("broken built-in part " + root, e);
        }
    }

    private static void use(Map<String, String> namespaces, String prefix, String uri) {
        if (prefix == null || prefix.isEmpty() || XMLConstants.XML_NS_PREFIX.equals(prefix)) {
            if (prefix == null || prefix.isEmpty()) {
                throw new IllegalStateException("an element without a prefix in a fixed part");
            }
            return;
        }
        namespaces.putIfAbsent(prefix, uri);
    }

    private static String qname(String prefix, String local) {
        return prefix == null || prefix.isEmpty() ? local : prefix + ":" + local;
    }
}
