package se.rapportverk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.rapportverk.calc.Calculation;
import se.rapportverk.document.Document;
import se.rapportverk.generate.Generator;
import se.rapportverk.report.Bilagor;
import se.rapportverk.report.DelarsrapportModel;
import se.rapportverk.report.DocumentKind;
import se.rapportverk.report.DocumentModel;
import se.rapportverk.report.HandlingsplanModel;
import se.rapportverk.report.TjansteskrivelseModel;
import se.rapportverk.workbook.ReadResult;
import se.rapportverk.workbook.Workbook;
import se.rapportverk.workbook.WorkbookReader;
import se.rapportverk.workbook.XmlFastPath;

/**
 * {@link QuickXml} reads what StAX reads: whenever it reads a text to the end of its root element,
 * StAX reads the same events from it without error (otherwise it gives up, and StAX reads the text).
 * And the tree built from a template's output is the one StAX's events build, or the error is the
 * same.
 */
class QuickXmlProperties {

    /** The events to the end of the root element, as text; processing instructions are skipped by both. */
    private static List<String> events(TreeBuilder.Events xml) throws Exception {
        List<String> out = new ArrayList<>();
        int depth = 0;
        while (true) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    StringBuilder sb = new StringBuilder("<").append(xml.getLocalName());
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        String a = xml.getAttributeLocalName(i);
                        sb.append(' ').append(a).append("=[").append(xml.getAttributeValue(null, a)).append(']');
                    }
                    out.add(sb.append('>').toString());
                    depth++;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    out.add("</" + xml.getLocalName() + ">");
                    if (--depth == 0) {
                        return out;
                    }
                }
                case XMLStreamConstants.CHARACTERS -> out.add("text[" + xml.getText() + "]" + (xml.isWhiteSpace() ? " space" : ""));
                case XMLStreamConstants.COMMENT -> out.add("comment");
                default -> out.add("event " + event);
            }
        }
    }

    /** The quick reader's events, or null when it gives up. */
    private static List<String> quick(String xml) throws Exception {
        try {
            return events(new QuickXml(xml));
        } catch (XmlFastPath.GiveUp e) {
            return null;
        }
    }

    private static void sameAsStax(String xml) throws Exception {
        List<String> quick = quick(xml);
        net.jqwik.api.statistics.Statistics.collect(quick != null ? "read" : "gave up");
        if (quick != null) {
            assertEquals(quick, events(TreeBuilder.staxEvents(xml)), xml);
        }
    }

    // ------------------------------------------------------------------ generators

    private static final List<String> NAMES = List.of("document", "p", "text", "b", "i", "span", "br", "table", "tr",
            "td", "h1", "x", "_a.b-c", "Td", "ul", "li");

    /** Pieces of text StAX reads: mostly plain, some that it reads specially. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.strings().withChars("abcåö 019,.").ofMaxLength(8)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#39;", "&#x41;",
                        "&#65;", "&#0065;", "&#13;", "&#10;", "&#9;", "&#32;", "&#x10FFFF;", "&#xE9;", "]]", "]", ">",
                        "]&#93;>", "\n", "\t", "  ", "\uFFFD", "\uD83D\uDE00", "\u00A0", "\u2028", "\u0085", "–", "●",
                        "<!---->", "<!-- c -->", "<?rapportverk-mall 5 lib/x.ftl?>", "<?t?>", "<?xml-x y?>", "<br/>",
                        "<b>x</b>", "<?t  d ?>", "'", "\"", "=", "/", "?", "!", "-", "--")));
    }

    /** Pieces StAX refuses, or that the quick reader leaves to StAX. */
    private static Arbitrary<String> spoilers() {
        return Arbitraries.of("&#X41;", "&#1;", "&#xD800;", "&#x110000;", "&#;", "&#x;", "&bogus;", "&amp", "&", "]]>",
                "\r", "\r\n", "\u0001", "\u0000", "\uFFFE", "\uFFFF", "\uD83D", "\uDE00", "<", "<!-- a -- b -->",
                "<!--->", "<?xml x?>", "<?t\u00A0?>", "<![CDATA[c]]>", "<!DOCTYPE x>", "</x>", "<1>", "< a>", "<p:a/>",
                " xmlns='u'", " a='1' a='2'", "<å/>", "\uFEFF");
    }

    @Provide
    Arbitrary<String> values() {
        return texts().list().ofMaxSize(4).map(l -> String.join("", l));
    }

    private Arbitrary<String> attributes() {
        Arbitrary<String> one = Combinators.combine(Arbitraries.of("cells", "remark", "color", "style", "kind", "n", "a",
                        "b.c", "_d-e"), values(), Arbitraries.of("\"", "'"), Arbitraries.of(" ", "\n", "\t", "  "),
                        Arbitraries.of("=", " =", "= ", " = ", "\n=\t"))
                .as((name, value, quote, space, eq) -> space + name + eq + quote
                        + value.replace(quote, quote.equals("\"") ? "&quot;" : "&apos;") + quote);
        return one.list().ofMaxSize(3).uniqueElements(x -> x.strip().substring(0, x.strip().indexOf('=')).strip())
                .map(l -> String.join("", l));
    }

    private Arbitrary<String> element(int depth) {
        Arbitrary<String> content = depth >= 3 ? values()
                : Arbitraries.oneOf(values(), Arbitraries.lazy(() -> element(depth + 1))).list().ofMaxSize(4)
                .map(l -> String.join("", l));
        return Combinators.combine(Arbitraries.of(NAMES), attributes(), content, Arbitraries.integers().between(0, 9))
                .as((name, attrs, inner, shape) -> shape == 0 ? "<" + name + attrs + "/>"
                        : shape == 1 ? "<" + name + attrs + " >" + inner + "</" + name + " >"
                        : "<" + name + attrs + ">" + inner + "</" + name + ">");
    }

    /** Documents StAX reads. */
    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> prolog = Arbitraries.of("", " \n", "<?rapportverk-mall 1 t.ftl?>", "<!-- x -->\n", "\t<?t d?> ");
        Arbitrary<String> trailing = Arbitraries.of("", "\n", "x", "<", "&", "<b>");
        return Combinators.combine(prolog, element(0), trailing).as((a, b, c) -> a + b + c);
    }

    /** Documents with a piece put in that StAX refuses or the quick reader leaves to StAX, somewhere. */
    @Provide
    Arbitrary<String> spoiled() {
        return Combinators.combine(documents(), spoilers(), Arbitraries.integers().between(0, 10_000))
                .as((doc, spoiler, at) -> doc.substring(0, at % (doc.length() + 1)) + spoiler
                        + doc.substring(at % (doc.length() + 1)));
    }

    /** A document with up to three characters put in, taken out or replaced. */
    @Provide
    Arbitrary<String> edited() {
        return se.rapportverk.testutil.Edits.of(documents(), "<>&;/=\"' \n\r\t#x!-?]a\u0001");
    }

    // ------------------------------------------------------------------ the properties

    @Property(tries = 3000)
    void whatItReadsStaxReadsAlike(@ForAll("documents") String xml) throws Exception {
        sameAsStax(xml);
    }

    @Property(tries = 3000)
    void whatItReadsOfEditedTextStaxReadsAlike(@ForAll("edited") String xml) throws Exception {
        sameAsStax(xml);
    }

    @Property(tries = 3000)
    void whatItReadsOfSpoiledTextStaxReadsAlike(@ForAll("spoiled") String xml) throws Exception {
        sameAsStax(xml);
    }

    @Example
    void itReadsPlainXmlAndGivesUpOnTheRest() throws Exception {
        assertEquals(List.of("<document title=[a b&<\"'] date=[x]>", "text[ x&y ]", "<br>", "</br>", "text[z]",
                        "comment", "text[\r] space", "</document>"),
                quick("<?rapportverk-mall 1 t.ftl?><document title='a\tb&amp;&lt;&quot;&apos;' date=\"x\"> x&amp;y "
                        + "<?rapportverk-mall 2 t.ftl?><br/>z<!-- c -->&#13;</document>trailing"));
        for (String xml : List.of("<?xml version=\"1.0\"?><a/>", "<a>\r</a>", "<a><![CDATA[x]]></a>", "<p:a/>",
                "<a xmlns='u'/>", "<å/>", "<a>&bogus;</a>", "<a b='1' b='2'/>", "<a>x", "<a></b>",
                "<a>" + "<a>".repeat(XmlFastPath.MAX_DEPTH) + "</a>".repeat(XmlFastPath.MAX_DEPTH) + "</a>",
                "<a>" + "&amp;".repeat(XmlFastPath.MAX_ENTITY_REFERENCES + 1) + "</a>",
                "<" + "a".repeat(XmlFastPath.MAX_NAME + 1) + "/>")) {
            assertEquals(null, quick(xml), xml);
        }
        assertThrows(XmlFastPath.GiveUp.class, () -> new QuickXml("<a/>").getText());
    }

    @Example
    void theLimitsAreBelowTheJdksAndStaxReadsWhatItGivesUpOn() throws Exception {
        // Just above the quick reader's margins, StAX still reads the text: nothing is refused that was read before.
        sameAsStax("<a>" + "<a>".repeat(XmlFastPath.MAX_DEPTH) + "</a>".repeat(XmlFastPath.MAX_DEPTH) + "</a>");
        events(TreeBuilder.staxEvents("<a>" + "<a>".repeat(XmlFastPath.MAX_DEPTH) + "</a>".repeat(XmlFastPath.MAX_DEPTH) + "</a>"));
        events(TreeBuilder.staxEvents("<a>" + "&amp;".repeat(XmlFastPath.MAX_ENTITY_REFERENCES + 1) + "</a>"));
        // Java 24 and later refuse more than 100 000 such references unless the limit is lifted
        // (XmlEntityLimits): a large workbook's output full of "&" and quotes is still read.
        events(TreeBuilder.staxEvents("<a b='&quot;'>" + "x &amp; y".repeat(150_000) + "</a>"));
        StringBuilder many = new StringBuilder("<a");
        for (int i = 0; i <= XmlFastPath.MAX_ATTRIBUTES; i++) {
            many.append(" a").append(i).append("='1'");
        }
        assertEquals(null, quick(many + "/>"));
        events(TreeBuilder.staxEvents(many + "/>"));
    }

    // ------------------------------------------------------------------ trees of templates' output

    private static final Map<String, byte[]> SOURCES = Map.of("t.ftl", "<p>\n<p>\n<p>\n".getBytes());

    /** The tree built, or the message the template is refused with. */
    private static Object tree(String xml, boolean quick) {
        try {
            Document d = quick ? TreeBuilder.build("t.ftl", xml, SOURCES)
                    : TreeBuilder.buildWithStax("t.ftl", xml, SOURCES, name -> java.util.Optional.empty());
            return d;
        } catch (TemplateException e) {
            return e.getMessage();
        }
    }

    @Provide
    Arbitrary<String> outputs() {
        Arbitrary<String> inline = Arbitraries.oneOf(values(), values(), values(), spoilers(), Arbitraries.of("<b>fet</b>", "<i>x</i>",
                "<span color=\"1F4E79\">blå</span>", "<span color=\"blå\">x</span>", "<br/>", " www.ekeby.se ",
                "<text>- a\n- b</text>", "<text cells=\"A!B1\">x</text>", "<?rapportverk-mall 2 t.ftl?>", "<x/>"));
        Arbitrary<String> spans = inline.list().ofMaxSize(4).map(l -> String.join("", l));
        Arbitrary<String> cells = Arbitraries.of("", " cells=\"Mål!B5\"", " cells=\"Mål!B5, 'Externa utförare'!C2:C9\"",
                " cells=\"Mål!B0\"", " remark=\"a\nb\"", " style=\"lead\"", " style=\"fel\"", " bogus=\"1\"");
        Arbitrary<String> block = Arbitraries.oneOf(
                Combinators.combine(cells, spans).as((c, s) -> "<p" + c + ">" + s + "</p>"),
                Combinators.combine(cells, values()).as((c, s) -> "<h2" + c + ">" + s + "</h2>"),
                Combinators.combine(cells, values()).as((c, s) -> "<text" + c + ">" + s + "</text>"),
                Combinators.combine(cells, spans, spans).as((c, a, b) -> "<table><col align=\"right\" width=\"1.5\"/>"
                        + "<tr kind=\"header\"><td>" + a + "</td></tr><tr" + c + "><td" + c + ">" + b + "</td></tr></table>"),
                Combinators.combine(cells, spans).as((c, s) -> "<ul" + c + "><li>" + s + "</li><li>b</li></ul>"),
                Arbitraries.of("<pagebreak/>", "<toc title=\"Innehåll\"/>", "\n  ", "<!-- c -->", "x",
                        "<?rapportverk-mall 3 t.ftl?>"));
        return Combinators.combine(Arbitraries.of("", "<?rapportverk-mall 1 t.ftl?>"), Arbitraries.of(
                                "title=\"Rapport &amp; plan\" date=\"2025-09-23\"", "title='T\tU' date='2025-01-01' lang='en'",
                                "date=\"2025-09-23\""),
                        block.list().ofMaxSize(6).map(l -> String.join("\n", l)))
                .as((pi, attrs, blocks) -> pi + "<document " + attrs + ">" + blocks + "</document>");
    }

    @Property(tries = 2000)
    void theTreeIsTheOneStaxsEventsBuild(@ForAll("outputs") String xml) throws Exception {
        net.jqwik.api.statistics.Statistics.collect(quick(xml) != null ? "read" : "gave up",
                tree(xml, false) instanceof Document ? "a tree" : "an error");
        assertEquals(tree(xml, false), tree(xml, true), xml);
    }

    // ------------------------------------------------------------------ the templates' own output

    /** Every example workbook's documents as their templates write them: the quick reader reads all of it itself. */
    @Example
    void itReadsWhatTheTemplatesWriteAsStaxDoes() throws Exception {
        TemplateEngine engine = TemplateEngine.builtIn();
        int read = 0;
        try (var files = Files.list(Path.of("input-examples"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".xlsx")).sorted().toList()) {
                ReadResult r = WorkbookReader.read(file);
                Workbook w = r.workbook().orElseThrow();
                Calculation calc = Calculation.of(w);
                java.time.LocalDate date = Generator.documentDate(w);
                for (DocumentKind kind : DocumentKind.values()) {
                    DocumentModel model;
                    try {
                        model = switch (kind) {
                            case DELARSRAPPORT -> DelarsrapportModel.build(w, calc, date);
                            case HANDLINGSPLAN -> HandlingsplanModel.build(w, calc, date);
                            case TJANSTESKRIVELSE -> TjansteskrivelseModel.build(w, calc, date, List.of());
                        };
                    } catch (RuntimeException notThisKind) {
                        continue;
                    }
                    Map<String, Object> data = new LinkedHashMap<>(model.toModel());
                    data.putIfAbsent("bilagor", Bilagor.model(w, kind));
                    String xml;
                    try {
                        xml = engine.fill(kind.template(), data);
                    } catch (TemplateException notThisKind) {
                        continue;
                    }
                    List<String> quick = quick(xml);
                    assertTrue(quick != null, file + " " + kind + ": the quick reader gave up");
                    assertEquals(events(TreeBuilder.staxEvents(xml)), quick);
                    read++;
                }
            }
        }
        assertTrue(read >= 6, "documents read: " + read);
    }
}
