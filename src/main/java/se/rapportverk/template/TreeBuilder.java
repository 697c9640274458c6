package se.rapportverk.template;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.Document;
import se.rapportverk.document.DocumentInfo;
import se.rapportverk.document.FieldList;
import se.rapportverk.document.Heading;
import se.rapportverk.document.NumberedList;
import se.rapportverk.document.Numbering;
import se.rapportverk.document.PageBreak;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Signatures;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.document.TableOfContents;
import se.rapportverk.document.TitlePage;

/**
 * Builds the document tree from what a template wrote: a small XML vocabulary, described in
 * {@code templates/README.md}. Workbook text arrives here XML-escaped by FreeMarker, so it is
 * character data and never markup; only {@code <text>} elements are read as Texter markup, by
 * {@link TextMarkup}.
 */
final class TreeBuilder {

    private final String templateName;
    private XMLStreamReader xml;
    private int currentLevel;

    private TreeBuilder(String templateName) {
        this.templateName = templateName;
    }

    /** Parses the template's output into a numbered document. */
    static Document build(String templateName, String output) throws TemplateException {
        return new TreeBuilder(templateName).parse(output);
    }

    private Document parse(String output) throws TemplateException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            xml = factory.createXMLStreamReader(new StringReader(output));
            xml.nextTag();
            expect("document");
            DocumentInfo info = info();
            List<Block> blocks = new ArrayList<>();
            while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                block(blocks);
            }
            return new Document(info, Numbering.apply(blocks));
        } catch (XMLStreamException e) {
            throw new TemplateException("Mallen " + templateName + " gav ogiltig XML"
                    + (e.getLocation() != null ? " (utdata rad " + e.getLocation().getLineNumber() + ")" : "")
                    + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new TemplateException("Mallen " + templateName + ": " + e.getMessage()
                    + (xml != null && xml.getLocation() != null
                    ? " (utdata rad " + xml.getLocation().getLineNumber() + ")" : ""), e);
        }
    }

    private void expect(String name) {
        if (!xml.getLocalName().equals(name)) {
            throw new IllegalArgumentException("väntade <" + name + "> men fick <" + xml.getLocalName() + ">");
        }
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
        switch (name) {
            case "h1", "h2", "h3" -> {
                int level = name.charAt(1) - '0';
                boolean numbered = Boolean.parseBoolean(attr("numbered", "true"));
                boolean toc = Boolean.parseBoolean(attr("toc", String.valueOf(numbered)));
                String text = collapse(xml.getElementText());
                currentLevel = level;
                blocks.add(new Heading(level, "", text, numbered, toc));
            }
            case "p" -> {
                Paragraph.Style style = Paragraph.Style.valueOf(attr("style", "body").toUpperCase(Locale.ROOT));
                List<Span> spans = inline();
                if (!spans.isEmpty()) {
                    blocks.add(new Paragraph(spans, style));
                }
            }
            case "text" -> blocks.addAll(TextMarkup.parse(xml.getElementText(), currentLevel));
            case "ul", "ol" -> {
                List<List<Span>> items = new ArrayList<>();
                while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    expect("li");
                    items.add(inline());
                }
                if (!items.isEmpty()) {
                    blocks.add(name.equals("ul") ? new BulletList(items) : new NumberedList(items));
                }
            }
            case "table" -> blocks.add(table());
            case "toc" -> {
                blocks.add(new TableOfContents(requiredAttr("title"), Integer.parseInt(attr("levels", "2"))));
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
                List<String> lines = new ArrayList<>();
                while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    expect("line");
                    lines.add(collapse(xml.getElementText()));
                }
                blocks.add(new TitlePage(kommun, title, subtitle, lines));
            }
            case "fields" -> {
                FieldList.Layout layout = FieldList.Layout.valueOf(attr("layout", "lines").toUpperCase(Locale.ROOT));
                List<FieldList.Field> fields = new ArrayList<>();
                while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    expect("field");
                    String label = requiredAttr("label");
                    fields.add(new FieldList.Field(label, collapse(xml.getElementText())));
                }
                if (!fields.isEmpty()) {
                    blocks.add(new FieldList(fields, layout));
                }
            }
            case "signatures" -> {
                List<Signatures.Signature> signatures = new ArrayList<>();
                while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    expect("signature");
                    signatures.add(new Signatures.Signature(requiredAttr("name"), attr("title", "")));
                    skip();
                }
                if (!signatures.isEmpty()) {
                    blocks.add(new Signatures(signatures));
                }
            }
            default -> throw new IllegalArgumentException("okänt element <" + name + ">");
        }
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
        Table.Style style = Table.Style.valueOf(attr("style", "grid").toUpperCase(Locale.ROOT));
        int headerRows = Integer.parseInt(attr("header-rows", "1"));
        List<Table.Column> columns = new ArrayList<>();
        List<Table.Row> rows = new ArrayList<>();
        while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
            switch (xml.getLocalName()) {
                case "col" -> {
                    columns.add(new Table.Column(Table.Align.valueOf(attr("align", "left").toUpperCase(Locale.ROOT)),
                            Float.parseFloat(attr("width", "1"))));
                    skip();
                }
                case "tr" -> {
                    Table.RowKind kind = Table.RowKind.valueOf(attr("kind", "body").toUpperCase(Locale.ROOT));
                    List<Table.Cell> cells = new ArrayList<>();
                    while (xml.nextTag() == XMLStreamConstants.START_ELEMENT) {
                        expect("td");
                        cells.add(new Table.Cell(inline()));
                    }
                    rows.add(new Table.Row(kind, cells));
                }
                default -> throw new IllegalArgumentException("okänt element <" + xml.getLocalName() + "> i <table>");
            }
        }
        return new Table(caption, columns, rows, Math.min(headerRows, rows.size()), style);
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
                        spans.add(new Span(xml.getText().replaceAll("[\\t\\n\\r ]+", " "), bold, italic, colour));
                case XMLStreamConstants.START_ELEMENT -> {
                    switch (xml.getLocalName()) {
                        case "b" -> inlineContent(spans, true, italic, colour);
                        case "i" -> inlineContent(spans, bold, true, colour);
                        case "span" -> inlineContent(spans, bold, italic,
                                attr("color", colour).toUpperCase(Locale.ROOT));
                        case "br" -> {
                            spans.add(new Span("\n", bold, italic, colour));
                            skip();
                        }
                        case "text" -> markupInline(spans, xml.getElementText());
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
                if (last.bold() == s.bold() && last.italic() == s.italic()
                        && java.util.Objects.equals(last.colour(), s.colour())) {
                    merged.set(merged.size() - 1, new Span(last.text() + s.text(), s.bold(), s.italic(), s.colour()));
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
                out.add(new Span(t, s.bold(), s.italic(), s.colour()));
            }
        }
        return out;
    }

    private static String collapse(String text) {
        return text.replaceAll("[\\t\\n\\r ]+", " ").strip();
    }
}
