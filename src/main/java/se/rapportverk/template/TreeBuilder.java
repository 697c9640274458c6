package se.rapportverk.template;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.Chart;
import se.rapportverk.document.Document;
import se.rapportverk.document.DocumentInfo;
import se.rapportverk.document.FieldList;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Letterhead;
import se.rapportverk.document.NumberedList;
import se.rapportverk.document.Numbering;
import se.rapportverk.document.PageBreak;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Signatures;
import se.rapportverk.document.Sources;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.document.TableOfContents;
import se.rapportverk.document.TitlePage;
import se.rapportverk.workbook.XmlEntityLimits;

/**
 * Builds the document tree from what a template wrote: a small XML vocabulary, described in
 * {@code templates/README.md}. Workbook text arrives here XML-escaped by FreeMarker, so it is
 * character data and never markup; only {@code <text>} elements are read as Texter markup, by
 * {@link TextMarkup}.
 */
final class TreeBuilder {

    /**
     * The vocabulary: each element a template may write, with the attributes it takes. One place:
     * the messages and the check of every element and attribute read it, and a test holds
     * templates/README.md to it.
     */
    static final Map<String, List<String>> ELEMENTS = elements();

    private static Map<String, List<String>> elements() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("document", List.of("title", "subject", "author", "keywords", "header", "footer", "date", "lang"));
        m.put("titlepage", List.of("kommun", "title", "subtitle"));
        m.put("line", List.of("role"));
        m.put("toc", List.of("title", "levels"));
        m.put("h1", List.of("numbered", "toc", "cells", "remark"));
        m.put("h2", List.of("numbered", "toc", "cells", "remark"));
        m.put("h3", List.of("numbered", "toc", "cells", "remark"));
        m.put("p", List.of("style", "cells", "remark"));
        m.put("text", List.of("cells", "remark"));
        m.put("ul", List.of("cells", "remark"));
        m.put("ol", List.of("cells", "remark"));
        m.put("li", List.of());
        m.put("table", List.of("caption", "style", "header-rows"));
        m.put("col", List.of("align", "width"));
        m.put("tr", List.of("kind", "cells", "remark"));
        m.put("td", List.of("cells", "remark"));
        m.put("letterhead", List.of("kommun", "forvaltning", "title"));
        m.put("fields", List.of("layout"));
        m.put("field", List.of("label"));
        m.put("signatures", List.of());
        m.put("signature", List.of("name", "title"));
        m.put("pagebreak", List.of());
        m.put("b", List.of());
        m.put("i", List.of());
        m.put("span", List.of("color"));
        m.put("br", List.of());
        m.put("drafted", List.of("remark"));
        m.put("chart", List.of("kind", "caption", "alt", "size", "cells", "remark"));
        m.put("category", List.of());
        m.put("series", List.of("name", "style"));
        m.put("value", List.of("n", "color"));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** The elements that may stand in the document itself (blocks). */
    static final List<String> BLOCKS = List.of("h1", "h2", "h3", "p", "text", "ul", "ol", "table", "toc", "pagebreak",
            "titlepage", "letterhead", "fields", "signatures", "chart", "drafted");
    /** The elements a {@code <drafted>} may hold: running text that Rapportverk wrote. */
    static final List<String> DRAFTED = List.of("p", "text", "ul", "ol");
    /** The elements that may stand inside running text. */
    static final List<String> INLINE = List.of("b", "i", "span", "br", "text");

    private final String templateName;
    private final Map<String, byte[]> sources;
    private final java.util.function.Function<String, java.util.Optional<se.rapportverk.document.Picture>> pictures;
    private Events xml;
    private LineMarks.Place place;
    private int currentLevel;

    private TreeBuilder(String templateName, Map<String, byte[]> sources,
                        java.util.function.Function<String, java.util.Optional<se.rapportverk.document.Picture>> pictures) {
        this.templateName = templateName;
        this.sources = sources;
        this.pictures = pictures;
    }

    /** Parses the template's output into a numbered document. */
    static Document build(String templateName, String output) throws TemplateException {
        return build(templateName, output, Map.of());
    }

    /**
     * Parses the template's output into a numbered document.
     *
     * @param sources the template files by name, to quote the line an error comes from
     */
    static Document build(String templateName, String output, Map<String, byte[]> sources) throws TemplateException {
        return build(templateName, output, sources, name -> java.util.Optional.empty());
    }

    /**
     * Parses the template's output into a numbered document, the texts' {@code [bild: Namn]} lines
     * into the workbook's pictures.
     *
     * @param sources  the template files by name, to quote the line an error comes from
     * @param pictures the picture of a name, if the workbook has one
     */
    static Document build(String templateName, String output, Map<String, byte[]> sources,
                          java.util.function.Function<String, java.util.Optional<se.rapportverk.document.Picture>> pictures)
            throws TemplateException {
        return build(templateName, output.toCharArray(), output.length(), sources, pictures);
    }

    /** {@link #build(String, String, Map, java.util.function.Function)} of the first {@code length} characters. */
    static Document build(String templateName, char[] output, int length, Map<String, byte[]> sources,
                          java.util.function.Function<String, java.util.Optional<se.rapportverk.document.Picture>> pictures)
            throws TemplateException {
        try {
            return new TreeBuilder(templateName, sources, pictures).parse(builder -> new QuickXml(output, length));
        } catch (TemplateException | RuntimeException e) {
            // What QuickXml does not read, or what is wrong, is read and told as StAX reads and tells it.
            return buildWithStax(templateName, new String(output, 0, length), sources, pictures);
        }
    }

    /** {@link #build(String, String, Map, java.util.function.Function)} read with StAX alone (and for tests). */
    static Document buildWithStax(String templateName, String output, Map<String, byte[]> sources,
                                  java.util.function.Function<String, java.util.Optional<se.rapportverk.document.Picture>> pictures)
            throws TemplateException {
        return new TreeBuilder(templateName, sources, pictures)
                .parse(builder -> builder.new Marked(FACTORY.createXMLStreamReader(new StringReader(output))));
    }

    /** Opens the events a tree is built from. */
    private interface Opener {
        Events open(TreeBuilder builder) throws XMLStreamException;
    }

    /** StAX's events over a text, as {@link #buildWithStax} reads them (for tests). */
    static Events staxEvents(String xml) throws XMLStreamException {
        return new TreeBuilder("", Map.of(), name -> java.util.Optional.empty())
                .new Marked(FACTORY.createXMLStreamReader(new StringReader(xml)));
    }

    /** The parser's factory, configured once: making readers from it is safe from several threads. */
    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        XmlEntityLimits.lift(factory);
        return factory;
    }

    /**
     * Parses the output from the events opened: {@link QuickXml}'s, which gives up on anything it does not
     * read exactly as StAX does, or StAX's, whose messages the errors are told with.
     */
    private Document parse(Opener opener) throws TemplateException {
        try {
            xml = opener.open(this);
            xml.nextTag();
            expect("document");
            attributes();
            DocumentInfo info = info();
            List<Block> blocks = new ArrayList<>();
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                block(blocks);
            }
            return new Document(info, Numbering.apply(blocks));
        } catch (XMLStreamException e) {
            throw new TemplateException(where() + ": mallen skriver ingen giltig XML här (" + xmlProblem(e) + ")"
                    + quoted(), e);
        } catch (IllegalArgumentException e) {
            throw new TemplateException(where() + ": " + e.getMessage() + quoted(), e);
        }
    }

    /**
     * The XML events the tree is built from, as StAX gives them (a subset of {@link XMLStreamReader}),
     * processing instructions skipped: {@link Marked} over StAX, or {@link QuickXml}.
     */
    abstract static class Events {
        /** The next event, processing instructions skipped. */
        abstract int next() throws XMLStreamException;

        abstract String getLocalName();

        abstract int getAttributeCount();

        abstract String getAttributeLocalName(int index);

        /** The value of the attribute of that name, or {@code null} (namespaces are not used). */
        abstract String getAttributeValue(String namespace, String name);

        abstract String getText();

        abstract boolean isWhiteSpace();

        /** Skips white space and comments to the next start or end tag. */
        final int nextTag() throws XMLStreamException {
            int event = next();
            while ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && isWhiteSpace()
                    || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.COMMENT) {
                event = next();
            }
            if (event != XMLStreamConstants.START_ELEMENT && event != XMLStreamConstants.END_ELEMENT) {
                throw new IllegalArgumentException(event == XMLStreamConstants.CHARACTERS
                        ? "text \"" + shorten(getText().strip()) + "\" står utanför ett element; skriv den i <p> eller <text>"
                        : "väntade ett element");
            }
            return event;
        }

        /** The text of an element that has only text, to its end tag. */
        final String getElementText() throws XMLStreamException {
            int event = next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return "";
            }
            StringBuilder sb = null;
            String first = null;
            while (event != XMLStreamConstants.END_ELEMENT) {
                if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    if (first == null) {
                        first = getText();
                    } else {
                        if (sb == null) {
                            sb = new StringBuilder(first);
                        }
                        sb.append(getText());
                    }
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    throw new IllegalArgumentException("<" + getLocalName() + "> får inte stå här; elementet innehåller "
                            + "bara text");
                } else if (event == XMLStreamConstants.END_DOCUMENT) {
                    throw new XMLStreamException("dokumentet tar slut mitt i ett element");
                }
                event = next();
            }
            return sb != null ? sb.toString() : first != null ? first : "";
        }
    }

    /** StAX's events, recording the place of each template line it passes ({@link LineMarks}); skips them like comments. */
    private final class Marked extends Events {
        private final XMLStreamReader reader;

        Marked(XMLStreamReader reader) {
            this.reader = reader;
        }

        @Override
        int next() throws XMLStreamException {
            int event = reader.next();
            while (event == XMLStreamConstants.PROCESSING_INSTRUCTION) {
                LineMarks.Place p = LineMarks.parse(reader.getPITarget(), reader.getPIData());
                if (p != null) {
                    place = p;
                }
                event = reader.next();
            }
            return event;
        }

        @Override
        String getLocalName() {
            return reader.getLocalName();
        }

        @Override
        int getAttributeCount() {
            return reader.getAttributeCount();
        }

        @Override
        String getAttributeLocalName(int index) {
            return reader.getAttributeLocalName(index);
        }

        @Override
        String getAttributeValue(String namespace, String name) {
            return reader.getAttributeValue(namespace, name);
        }

        @Override
        String getText() {
            return reader.getText();
        }

        @Override
        boolean isWhiteSpace() {
            return reader.isWhiteSpace();
        }
    }

    /** Where the element being read was written: the template's file and line. */
    private String where() {
        return place == null ? "Mallen " + templateName : place.toString();
    }

    private String quoted() {
        return place == null ? "" : TemplateErrors.quote(sources, place.template(), place.line());
    }

    private static String xmlProblem(XMLStreamException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("must be terminated by the matching end-tag") || m.contains("matching end-tag")) {
            return "ett element stängs med fel sluttagg";
        }
        if (m.contains("must be followed by either attribute specifications")
                || m.contains("must be followed by the") || m.contains("Attribute")) {
            return "ett attribut är felskrivet; skriv namn=\"värde\"";
        }
        if (m.contains("XML document structures must start and end within the same entity") || m.contains("end of file")
                || m.contains("tar slut")) {
            return "dokumentet tar slut innan alla element är stängda";
        }
        if (m.contains("markup in the document following the root element")) {
            return "något står efter </document>";
        }
        if (m.contains("entity") || m.contains("reference")) {
            return "ett &-tecken som inte är en giltig XML-referens; skriv &amp;";
        }
        return "felaktig XML";
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private void expect(String name) {
        if (!xml.getLocalName().equals(name)) {
            throw new IllegalArgumentException("väntade <" + name + "> men fick <" + xml.getLocalName() + ">");
        }
    }

    /** Refuses an attribute the current element does not take, naming the ones it does. */
    private void attributes() {
        String element = xml.getLocalName();
        List<String> allowed = ELEMENTS.getOrDefault(element, List.of());
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            if (!allowed.contains(name)) {
                throw new IllegalArgumentException("<" + element + "> har inget attribut " + name
                        + suggestion(name, allowed) + "; " + (allowed.isEmpty() ? "<" + element + "> tar inga attribut"
                        : "tillåtna är " + String.join(", ", allowed)));
            }
        }
    }

    private static String suggestion(String typed, List<String> known) {
        return se.rapportverk.workbook.Names.closest(typed, known).map(k -> " (menade du " + k + "?)").orElse("");
    }

    /** An enum-valued attribute, its values named in the message when it has another. */
    private <E extends Enum<E>> E choice(String attribute, String fallback, Class<E> type, String what) {
        String value = attr(attribute, fallback);
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value)) {
                return e;
            }
        }
        List<String> allowed = java.util.Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT)).toList();
        throw new IllegalArgumentException("<" + xml.getLocalName() + " " + attribute + "=\"" + value + "\">: okänd "
                + what + suggestion(value, allowed) + "; tillåtna är " + String.join(", ", allowed));
    }

    private boolean bool(String attribute, boolean fallback) {
        String value = attr(attribute, String.valueOf(fallback));
        return switch (value) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("<" + xml.getLocalName() + " " + attribute + "=\"" + value
                    + "\">: skriv true eller false");
        };
    }

    private int whole(String attribute, String fallback, int min, int max) {
        String value = attr(attribute, fallback);
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException("<" + xml.getLocalName() + " " + attribute + "=\"" + value
                + "\">: skriv ett heltal från " + min + " till " + max);
    }

    private float positive(String attribute, String fallback) {
        String value = attr(attribute, fallback);
        try {
            float f = Float.parseFloat(value.strip());
            if (f > 0 && f < 1000 && !Float.isNaN(f)) {
                return f;
            }
        } catch (NumberFormatException e) {
            // told below
        }
        throw new IllegalArgumentException("<" + xml.getLocalName() + " " + attribute + "=\"" + value
                + "\">: skriv ett positivt tal, till exempel 1 eller 2.5");
    }

    private String attr(String name, String fallback) {
        String v = xml.getAttributeValue(null, name);
        return v == null ? fallback : v;
    }

    private String requiredAttr(String name) {
        String v = xml.getAttributeValue(null, name);
        if (v == null) {
            throw new IllegalArgumentException("<" + xml.getLocalName() + "> saknar attributet " + name);
        }
        return v;
    }

    /** Moves to the next child element, checking that it is one of those allowed here. */
    private boolean child(String parent, List<String> allowed) throws XMLStreamException {
        if (xml.nextTag() != XMLStreamConstants.START_ELEMENT) {
            return false;
        }
        String name = xml.getLocalName();
        if (!allowed.contains(name)) {
            throw unknownElement(name, "i <" + parent + ">", allowed);
        }
        attributes();
        return true;
    }

    private static IllegalArgumentException unknownElement(String name, String where, List<String> allowed) {
        String known = ELEMENTS.containsKey(name) ? "<" + name + "> får inte stå " + where
                : "okänt element <" + name + ">" + suggestion(name, allowed).replace("menade du ", "menade du <")
                .replace("?)", ">?)") + " " + where;
        return new IllegalArgumentException(known + "; tillåtna där är " + allowed.stream().map(e -> "<" + e + ">")
                .reduce((a, b) -> a + ", " + b).orElse("inga"));
    }

    private DocumentInfo info() {
        LocalDate date;
        try {
            date = LocalDate.parse(requiredAttr("date"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("<document date> är inget ISO-datum: " + attr("date", ""));
        }
        return new DocumentInfo(requiredAttr("title"), attr("subject", ""), attr("author", ""),
                attr("lang", "sv-SE"), date, attr("header", ""), attr("footer", ""), attr("keywords", ""));
    }

    private void block(List<Block> blocks) throws XMLStreamException {
        String name = xml.getLocalName();
        if (!BLOCKS.contains(name)) {
            throw unknownElement(name, "i <document>", BLOCKS);
        }
        attributes();
        switch (name) {
            case "h1", "h2", "h3" -> {
                int level = name.charAt(1) - '0';
                boolean numbered = bool("numbered", true);
                boolean toc = bool("toc", numbered);
                Sources sources = sources();
                String remark = remark();
                String text = collapse(xml.getElementText());
                currentLevel = level;
                blocks.add(new Heading(level, "", text, numbered, toc, sources, remark));
            }
            case "p" -> {
                Paragraph.Style style = choice("style", "body", Paragraph.Style.class, "stycketyp");
                Sources sources = sources();
                String remark = remark();
                List<Span> spans = inline();
                if (!spans.isEmpty()) {
                    blocks.add(new Paragraph(spans, style, sources, remark));
                }
            }
            case "text" -> {
                Sources sources = sources();
                String remark = remark();
                blocks.addAll(annotated(TextMarkup.parse(xml.getElementText(), currentLevel, pictures), sources, remark));
            }
            case "ul", "ol" -> {
                Sources sources = sources();
                String remark = remark();
                List<List<Span>> items = new ArrayList<>();
                while (child(name, List.of("li"))) {
                    items.add(inline());
                }
                if (!items.isEmpty()) {
                    blocks.add(name.equals("ul") ? new BulletList(items, sources, remark)
                            : new NumberedList(items, sources, remark));
                }
            }
            case "table" -> blocks.add(table());
            case "chart" -> blocks.add(chart());
            case "drafted" -> {
                String remark = remark();
                List<Block> made = new ArrayList<>();
                while (child("drafted", DRAFTED)) {
                    block(made);
                }
                blocks.addAll(remarked(made, remark));
            }
            case "toc" -> {
                blocks.add(new TableOfContents(requiredAttr("title"), whole("levels", "2", 1, 3)));
                skip();
            }
            case "pagebreak" -> {
                blocks.add(new PageBreak());
                skip();
            }
            case "titlepage" -> {
                String kommun = attr("kommun", "");
                String title = requiredAttr("title");
                String subtitle = attr("subtitle", "");
                List<TitlePage.Line> lines = new ArrayList<>();
                while (child("titlepage", List.of("line"))) {
                    TitlePage.Role role = choice("role", "annan", TitlePage.Role.class, "del av omslaget");
                    lines.add(new TitlePage.Line(role, collapse(xml.getElementText())));
                }
                blocks.add(new TitlePage(kommun, title, subtitle, lines));
            }
            case "letterhead" -> {
                String kommun = attr("kommun", "");
                String forvaltning = attr("forvaltning", "");
                String title = attr("title", "");
                List<FieldList.Field> fields = new ArrayList<>();
                while (child("letterhead", List.of("field"))) {
                    String label = requiredAttr("label");
                    fields.add(new FieldList.Field(label, collapse(xml.getElementText())));
                }
                blocks.add(new Letterhead(kommun, forvaltning, title, fields));
            }
            case "fields" -> {
                FieldList.Layout layout = choice("layout", "lines", FieldList.Layout.class, "uppställning");
                List<FieldList.Field> fields = new ArrayList<>();
                while (child("fields", List.of("field"))) {
                    String label = requiredAttr("label");
                    fields.add(new FieldList.Field(label, collapse(xml.getElementText())));
                }
                if (!fields.isEmpty()) {
                    blocks.add(new FieldList(fields, layout));
                }
            }
            case "signatures" -> {
                List<Signatures.Signature> signatures = new ArrayList<>();
                while (child("signatures", List.of("signature"))) {
                    signatures.add(new Signatures.Signature(requiredAttr("name"), attr("title", "")));
                    skip();
                }
                if (!signatures.isEmpty()) {
                    blocks.add(new Signatures(signatures));
                }
            }
            default -> throw unknownElement(name, "i <document>", BLOCKS);
        }
    }

    /**
     * The workbook cells the current element shows, from its {@code cells} attribute: references as in
     * Excel ({@link Sources#parse}), none when the attribute is absent or blank.
     */
    private Sources sources() {
        String value = attr("cells", "");
        try {
            return Sources.parse(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("<" + xml.getLocalName() + " cells=\"" + shorten(value) + "\">: "
                    + e.getMessage(), e);
        }
    }

    /** The element's own remark for the reader of the Word file, from its {@code remark} attribute. */
    private String remark() {
        return collapse(attr("remark", ""));
    }

    /** The blocks a {@code <text>} made, each showing the text's cells; the first carries its remark. */
    private static List<Block> annotated(List<Block> made, Sources sources, String remark) {
        if (sources.isEmpty() && remark.isEmpty()) {
            return made;
        }
        List<Block> out = new ArrayList<>(made.size());
        for (Block b : made) {
            String own = out.isEmpty() ? remark : "";
            out.add(switch (b) {
                case Paragraph p -> p.annotated(sources, own);
                case Heading h -> h.annotated(sources, own);
                case BulletList l -> l.annotated(sources, own);
                case NumberedList l -> l.annotated(sources, own);
                default -> b;
            });
        }
        return out;
    }

    /**
     * The blocks of a {@code <drafted remark>}, each paragraph and list carrying the remark (before a
     * remark of its own), so that the reader of the Word file sees every drafted paragraph marked.
     */
    private static List<Block> remarked(List<Block> made, String remark) {
        if (remark.isEmpty()) {
            return made;
        }
        List<Block> out = new ArrayList<>(made.size());
        for (Block b : made) {
            out.add(switch (b) {
                case Paragraph p -> p.annotated(p.sources(), joined(remark, p.remark()));
                case BulletList l -> l.annotated(l.sources(), joined(remark, l.remark()));
                case NumberedList l -> l.annotated(l.sources(), joined(remark, l.remark()));
                case Heading h -> h.annotated(h.sources(), joined(remark, h.remark()));
                default -> b;
            });
        }
        return out;
    }

    private static String joined(String first, String second) {
        return second.isEmpty() ? first : first + " " + second;
    }

    /** Skips to the end of the current (empty) element. */
    private void skip() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private Table table() throws XMLStreamException {
        String caption = collapse(attr("caption", ""));
        Table.Style style = choice("style", "grid", Table.Style.class, "tabelltyp");
        int headerRows = whole("header-rows", "1", 0, 100);
        List<Table.Column> columns = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        while (child("table", List.of("col", "tr"))) {
            switch (xml.getLocalName()) {
                case "col" -> {
                    columns.add(new Table.Column(choice("align", "left", Table.Align.class, "justering"),
                            positive("width", "1")));
                    skip();
                }
                default -> {
                    Table.RowKind kind = choice("kind", "body", Table.RowKind.class, "radtyp");
                    Sources rowSources = sources();
                    String rowRemark = remark();
                    List<Table.Cell> cells = new ArrayList<>();
                    while (child("tr", List.of("td"))) {
                        Sources sources = sources();
                        String remark = remark();
                        cells.add(new Table.Cell(inline(), sources, remark));
                    }
                    rows.add(new Table.Row(kind, cells, rowSources, rowRemark));
                }
            }
        }
        return new Table(caption, columns, rows, Math.min(headerRows, rows.size()), style);
    }

    /**
     * A chart: {@code <chart kind caption alt size cells remark>} with its {@code <category>} elements and its
     * {@code <series name style>}, each with one {@code <value n color>} per category: {@code n} the
     * figure as printed (a plain decimal number, {@code -19.7}; absent when not reported), the text the
     * figure formatted ({@code -19,7}).
     */
    private Chart chart() throws XMLStreamException {
        Chart.Kind kind = choice("kind", "bar", Chart.Kind.class, "diagramtyp");
        String caption = collapse(attr("caption", ""));
        String alt = collapse(requiredAttr("alt"));
        Chart.Size size = choice("size", "normal", Chart.Size.class, "diagramstorlek");
        Sources sources = sources();
        String remark = remark();
        List<String> categories = new ArrayList<>();
        List<Chart.Series> series = new ArrayList<>();
        while (child("chart", List.of("category", "series"))) {
            if (xml.getLocalName().equals("category")) {
                categories.add(collapse(xml.getElementText()));
                continue;
            }
            String name = collapse(requiredAttr("name"));
            Chart.Style style = choice("style", "solid", Chart.Style.class, "serietyp");
            List<Chart.Point> points = new ArrayList<>();
            while (child("series", List.of("value"))) {
                java.math.BigDecimal n = number("n");
                String colour = colour(null);
                points.add(new Chart.Point(n, collapse(xml.getElementText()), colour));
            }
            series.add(new Chart.Series(name, style, points));
        }
        return new Chart(kind, caption, alt, size, categories, series, sources, remark);
    }

    /** A number attribute as Rapportverk writes it for a chart ({@code -19.7}), or null when absent or empty. */
    private java.math.BigDecimal number(String attribute) {
        String value = xml.getAttributeValue(null, attribute);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new java.math.BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("<" + xml.getLocalName() + " " + attribute + "=\"" + value
                    + "\">: skriv talet med punkt som decimaltecken och utan mellanrum, till exempel -19.7");
        }
    }

    /**
     * Reads inline content up to the end of the current element: text, {@code <b>}, {@code <i>},
     * {@code <span color>}, {@code <br/>}, and {@code <text>} (Texter markup, its paragraphs and list
     * items joined by line breaks). Whitespace runs collapse to one space; a {@code <br/>} is a
     * line break ({@code \n}).
     */
    private List<Span> inline() throws XMLStreamException {
        List<Span> spans = new ArrayList<>();
        inlineContent(spans, false, false, null);
        return tidy(spans);
    }

    private void inlineContent(List<Span> spans, boolean bold, boolean italic, String colour)
            throws XMLStreamException {
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        Links.split(new Span(spaced(xml.getText()), bold, italic, colour),
                                spans);
                case XMLStreamConstants.START_ELEMENT -> {
                    if (!INLINE.contains(xml.getLocalName())) {
                        throw unknownElement(xml.getLocalName(), "i löptext", INLINE);
                    }
                    attributes();
                    switch (xml.getLocalName()) {
                        case "b" -> inlineContent(spans, true, italic, colour);
                        case "i" -> inlineContent(spans, bold, true, colour);
                        case "span" -> inlineContent(spans, bold, italic, colour(colour));
                        case "br" -> {
                            spans.add(new Span("\n", bold, italic, colour));
                            skip();
                        }
                        case "text" -> {
                            if (xml.getAttributeValue(null, "cells") != null
                                    || xml.getAttributeValue(null, "remark") != null) {
                                throw new IllegalArgumentException("<text> i löptext tar inte cells eller remark; "
                                        + "skriv dem på elementet runt den, till exempel <td cells=\"…\">");
                            }
                            markupInline(spans, xml.getElementText());
                        }
                        default -> throw new IllegalArgumentException("okänt element <" + xml.getLocalName()
                                + "> i löptext");
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    return;
                }
                default -> {
                }
            }
        }
    }

    /** A {@code <span color>}: six hexadecimal digits, {@code RRGGBB}; without one, the colour around it. */
    private String colour(String around) {
        String value = xml.getAttributeValue(null, "color");
        if (value == null) {
            return around;
        }
        if (!value.matches("[0-9A-Fa-f]{6}")) {
            throw new IllegalArgumentException("<span color=\"" + value + "\">: skriv färgen som sex hexadecimala "
                    + "siffror, RRGGBB, till exempel 1F4E79");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    private static void markupInline(List<Span> spans, String text) {
        boolean first = spans.stream().allMatch(s -> s.text().isBlank());
        for (Block block : TextMarkup.parse(text, 3)) {
            if (!first) {
                spans.add(Span.plain("\n"));
            }
            first = false;
            switch (block) {
                case Paragraph p -> spans.addAll(p.spans());
                case BulletList l -> {
                    for (int i = 0; i < l.items().size(); i++) {
                        if (i > 0) {
                            spans.add(Span.plain("\n"));
                        }
                        spans.add(Span.plain("• "));
                        spans.addAll(l.items().get(i));
                    }
                }
                case Heading h -> spans.add(Span.bold(h.text()));
                default -> {
                }
            }
        }
    }

    /** Drops empty spans, merges neighbours of one style, trims the ends and the edges of line breaks. */
    private static List<Span> tidy(List<Span> spans) {
        List<Span> merged = new ArrayList<>();
        for (Span s : spans) {
            if (s.text().isEmpty()) {
                continue;
            }
            if (!merged.isEmpty()) {
                Span last = merged.get(merged.size() - 1);
                if (last.sameStyle(s)) {
                    merged.set(merged.size() - 1, last.withText(last.text() + s.text()));
                    continue;
                }
            }
            merged.add(s);
        }
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < merged.size(); i++) {
            Span s = merged.get(i);
            String t = s.text().replace(" \n", "\n").replace("\n ", "\n");
            if (i == 0) {
                t = t.stripLeading();
            }
            if (i == merged.size() - 1) {
                t = t.stripTrailing();
            }
            if (!t.isEmpty()) {
                out.add(s.withText(t));
            }
        }
        return out;
    }

    private static String collapse(String text) {
        return spaced(text).strip();
    }

    /**
     * The text with every run of XML whitespace (tab, line feed, carriage return, space) made one
     * space; the text itself when it has none to change (most have not).
     */
    static String spaced(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && !changesAt(text, i)) {
            i++;
        }
        if (i == n) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n).append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i++);
            if (isXmlSpace(c)) {
                sb.append(' ');
                while (i < n && isXmlSpace(text.charAt(i))) {
                    i++;
                }
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Whether a run that {@link #spaced} changes starts here: a tab, line feed or carriage return, or two spaces. */
    private static boolean changesAt(String text, int i) {
        char c = text.charAt(i);
        return c == '\t' || c == '\n' || c == '\r' || c == ' ' && i + 1 < text.length() && isXmlSpace(text.charAt(i + 1));
    }

    private static boolean isXmlSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }
}
