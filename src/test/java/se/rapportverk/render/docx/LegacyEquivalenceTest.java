package se.rapportverk.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import org.junit.jupiter.api.Test;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.Chart;
import se.rapportverk.document.Document;
import se.rapportverk.document.DocumentInfo;
import se.rapportverk.document.FieldList;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Letterhead;
import se.rapportverk.document.NumberedList;
import se.rapportverk.document.PageBreak;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Picture;
import se.rapportverk.document.Remark;
import se.rapportverk.document.Signatures;
import se.rapportverk.document.Sources;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.document.TableOfContents;
import se.rapportverk.document.TitlePage;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.husstil.HusstilReader;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.render.docx.legacy.LegacyDocxRenderer;

/**
 * The direct writer against the renderer it replaced (POI and XMLBeans, kept under {@code legacy} in
 * the tests): for documents of every kind of block, with text full of what XML must escape (markup
 * characters, {@code ]]>}, quotes, tabs and line breaks, control characters, surrogate pairs and lone
 * surrogates, soft hyphens), remarks, links and pictures, in house styles with and without logos, both
 * write the same bytes, or both refuse the document.
 */
class LegacyEquivalenceTest {

    /** Characters the texts are made of: the ordinary and everything XML treats specially. */
    private static final String[] PIECES = {
        "a", "b", "Å", "ö", " ", "  ", "1", "&", "<", ">", "\"", "'", "]]>", "]", "\t", "\n", "\r", "\r\n",
        "\u0001", "\u0000", "\u00AD", "\uD83D\uDE00", "\uD800", "\uDC00", "\u0085", "\u2028", "\u007F",
        "\uFFFE", "\uFFFD", "&amp;", "<![CDATA[", "x&y<z&w<v&u&t", "Ekonomi", "–", "\u00A0"
    };

    static final String TRANSFORMER = "javax.xml.transform.TransformerFactory";
    static final String JDK_TRANSFORMER = "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl";

    private static final LocalDate DATE = LocalDate.of(2025, 9, 23);

    private static Husstil standard;
    private static Husstil headerLogo;
    private static Husstil noLogo;
    private static Husstil oddFont;
    private static byte[] png;
    private static byte[] otherPng;
    private static byte[] jpeg;

    private static synchronized void setUp() throws Exception {
        if (standard != null) {
            return;
        }
        standard = Husstil.standard();
        headerLogo = variant("logotyp = nej", "logotyp = ja");
        noLogo = variantOrNull("fil = logotyp.png", "fil =", "\növerst = logotyp", "\növerst =",
                "vänster = logotyp, kommun", "vänster = kommun");
        oddFont = variantOrNull("namn i word = Arial", "namn i word = A&B <C> \"D\" 'E'");
        png = image("png", Color.BLUE);
        otherPng = image("png", Color.RED);
        jpeg = image("jpg", Color.GREEN);
    }

    private static Husstil variant(String... fromTo) throws Exception {
        Path folder = Files.createTempDirectory("husstil");
        for (Map.Entry<String, byte[]> f : HusstilReader.standardFiles().entrySet()) {
            Files.write(folder.resolve(f.getKey()), f.getValue());
        }
        Path ini = folder.resolve(Husstil.SETTINGS);
        String text = Files.readString(ini, StandardCharsets.UTF_8);
        for (int i = 0; i < fromTo.length; i += 2) {
            assertTrue(text.contains(fromTo[i]), fromTo[i]);
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        Files.writeString(ini, text, StandardCharsets.UTF_8);
        return HusstilReader.read(folder);
    }

    private static Husstil variantOrNull(String... fromTo) {
        try {
            return variant(fromTo);
        } catch (Exception e) {
            return null;
        }
    }

    private static byte[] image(String format, Color colour) throws IOException {
        BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 40, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Provide
    Arbitrary<Long> seeds() {
        return Arbitraries.longs();
    }

    @Property(tries = 60)
    void theDirectWriterWritesTheBytesPoiWrote(@ForAll("seeds") long seed) throws Exception {
        setUp();
        Random random = new Random(seed);
        List<Husstil> all = new ArrayList<>(List.of(standard, headerLogo));
        if (noLogo != null) {
            all.add(noLogo);
        }
        if (oddFont != null) {
            all.add(oddFont);
        }
        Husstil[] styles = all.toArray(new Husstil[0]);
        Husstil style = styles[random.nextInt(styles.length)];
        Generated g = document(random);
        RenderOptions options = new RenderOptions(null, null, "0123abcd", style).withRemarks(g.remarks());
        Statistics.collect(assertSame(g.document(), options));
        Statistics.coverage(c -> c.check("same bytes").percentage(p -> p >= 60));
    }

    @Test
    void theHouseStyleVariantsAreRead() throws Exception {
        setUp();
        assertTrue(noLogo != null && noLogo.logo().isEmpty(), "a house style without a logo");
        assertTrue(oddFont != null, "a house style whose font name XML must escape");
    }

    @Test
    void theSampleDocumentsAreTheSameBytes() throws Exception {
        setUp();
        for (Husstil style : new Husstil[] {standard, headerLogo}) {
            RenderOptions options = new RenderOptions(null, null, "0123abcd", style);
            assertSame(SampleDocuments.delarsrapport(), options);
            assertSame(CommentsTest.document(), options.withRemarks(CommentsTest.REMARKS));
            assertSame(new Document(CommentsTest.INFO, List.of()), options);
            assertSame(new Document(CommentsTest.INFO, List.of(new Paragraph(List.of(), Paragraph.Style.BODY,
                    Sources.parse("Texter!C2"), ""))), options.withRemarks(List.of(Remark.at("Texter!C2", "x"))));
        }
    }

    /** Renders with both; the same bytes, or both fail; which of the two. */
    private static String assertSame(Document document, RenderOptions options) throws IOException {
        byte[] legacy;
        Exception refused = null;
        // POI writes its package parts with the JAXP transformer: in the application the JDK's; the
        // tests' class path has Saxon (from veraPDF), which escapes otherwise.
        String factory = System.getProperty(TRANSFORMER);
        System.setProperty(TRANSFORMER, JDK_TRANSFORMER);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new LegacyDocxRenderer().render(document, options, out);
            legacy = out.toByteArray();
        } catch (Exception e) {
            legacy = null;
            refused = e;
        } finally {
            if (factory == null) {
                System.clearProperty(TRANSFORMER);
            } else {
                System.setProperty(TRANSFORMER, factory);
            }
        }
        byte[] direct;
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DocxRenderer().render(document, options, out);
            direct = out.toByteArray();
        } catch (Exception e) {
            if (legacy != null) {
                throw new AssertionError("the direct writer fails where POI did not", e);
            }
            return "both refuse";
        }
        if (legacy == null) {
            throw new AssertionError("the direct writer writes a document POI refused: "
                    + escape(document.info().toString()), refused);
        }
        if (!java.util.Arrays.equals(legacy, direct)) {
            Map<String, byte[]> a = StablePackage.read(legacy);
            Map<String, byte[]> b = StablePackage.read(direct);
            assertEquals(new TreeSet<>(a.keySet()), new TreeSet<>(b.keySet()), "the parts");
            for (String name : a.keySet()) {
                assertEquals(new String(a.get(name), StandardCharsets.UTF_8), new String(b.get(name), StandardCharsets.UTF_8),
                        name);
            }
            fail("the same parts but other bytes");
        }
        return "same bytes";
    }

    private static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return sb.toString();
    }

    record Generated(Document document, List<Remark> remarks) {
    }

    private static String text(Random r, int max) {
        StringBuilder sb = new StringBuilder();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            sb.append(r.nextInt(3) == 0 ? PIECES[r.nextInt(PIECES.length)] : PIECES[r.nextInt(4)]);
        }
        return sb.toString();
    }

    /** Text without what the document model refuses where it refuses it (nothing blank). */
    private static String nonBlank(Random r, int max) {
        String t = text(r, max);
        return t.isBlank() ? "x" + t : t;
    }

    private static List<Span> spans(Random r, Sources unused) {
        List<Span> spans = new ArrayList<>();
        int n = r.nextInt(4);
        for (int i = 0; i < n; i++) {
            String colour = r.nextInt(5) == 0 ? "2E7D32" : null;
            String link = r.nextInt(5) == 0 ? List.of("https://www.ekeby.se/a?b=1&c=2", "mailto:ekonomi@ekeby.se",
                    "http://x.se/").get(r.nextInt(3)) : null;
            spans.add(new Span(text(r, 12), r.nextBoolean(), r.nextBoolean(), colour, link));
        }
        return spans;
    }

    private static Generated document(Random r) {
        List<Block> blocks = new ArrayList<>();
        List<Remark> remarks = new ArrayList<>();
        int sheetRow = 1;
        if (r.nextBoolean()) {
            blocks.add(new TitlePage(nonBlank(r, 4), nonBlank(r, 6), text(r, 4), List.of()));
        } else if (r.nextBoolean()) {
            blocks.add(new Letterhead(nonBlank(r, 4), text(r, 4), nonBlank(r, 4),
                    List.of(new FieldList.Field(nonBlank(r, 3), text(r, 4)))));
        }
        if (r.nextBoolean()) {
            blocks.add(new TableOfContents(text(r, 3), 1 + r.nextInt(3)));
        }
        int n = 3 + r.nextInt(12);
        for (int i = 0; i < n; i++) {
            String cell = "Texter!C" + sheetRow++;
            Sources src = Sources.parse(cell);
            if (r.nextInt(3) == 0) {
                remarks.add(Remark.at(cell, text(r, 8)));
            }
            switch (r.nextInt(12)) {
                case 0 -> blocks.add(new Heading(1 + r.nextInt(3), "1", nonBlank(r, 6), r.nextBoolean(), r.nextBoolean(),
                        src, r.nextInt(4) == 0 ? text(r, 5) : ""));
                case 1, 2 -> blocks.add(new Paragraph(spans(r, src), Paragraph.Style.values()[r.nextInt(3)], src, ""));
                case 3 -> blocks.add(new BulletList(List.of(spans(r, src), spans(r, src)), src, ""));
                case 4 -> blocks.add(new NumberedList(List.of(spans(r, src), spans(r, src), spans(r, src)), src, ""));
                case 5, 6 -> blocks.add(table(r, "Blad" + i, remarks));
                case 7 -> blocks.add(new FieldList(List.of(new FieldList.Field(nonBlank(r, 3), text(r, 5)),
                        new FieldList.Field(nonBlank(r, 3), text(r, 5))), FieldList.Layout.values()[r.nextInt(
                        FieldList.Layout.values().length)]));
                case 8 -> blocks.add(new Signatures(List.of(new Signatures.Signature(nonBlank(r, 3), text(r, 3)),
                        new Signatures.Signature(nonBlank(r, 3), text(r, 3)))));
                case 9 -> {
                    int which = r.nextInt(3);
                    byte[] bytes = which == 0 ? png : which == 1 ? otherPng : jpeg;
                    Picture.Format format = which == 2 ? Picture.Format.JPEG : Picture.Format.PNG;
                    blocks.add(new Picture(nonBlank(r, 4) + ".png", nonBlank(r, 6), text(r, 4),
                            new Picture.Image(format, bytes, 40, 20, 0), src));
                }
                case 10 -> blocks.add(chart(r, src));
                default -> blocks.add(new PageBreak());
            }
        }
        // The properties mostly of text the package parts can carry (else both refuse the document).
        boolean clean = r.nextInt(5) > 0;
        DocumentInfo info = new DocumentInfo(clean ? "Titel & <del>" : nonBlank(r, 5), clean ? "" : text(r, 5),
                clean ? "För\"valtningen" : nonBlank(r, 4), r.nextInt(4) == 0 ? "en-GB" : "sv-SE", DATE, text(r, 4), text(r, 4),
                clean ? "a; b" : text(r, 4));
        if (r.nextInt(4) == 0) {
            remarks.add(Remark.at("Rapport!A1", text(r, 6)));
        }
        return new Generated(new Document(info, blocks), remarks);
    }

    private static Table table(Random r, String sheet, List<Remark> remarks) {
        List<Table.Column> columns = List.of(new Table.Column(Table.Align.LEFT, 2), new Table.Column(Table.Align.RIGHT, 1),
                new Table.Column(Table.Align.CENTER, 1));
        List<Table.Row> rows = new ArrayList<>();
        rows.add(new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of(text(r, 4)), Table.Cell.of(text(r, 3)),
                Table.Cell.of("Utfall"))));
        int n = r.nextInt(6);
        for (int i = 0; i < n; i++) {
            Table.RowKind kind = Table.RowKind.values()[1 + r.nextInt(Table.RowKind.values().length - 1)];
            String cell = sheet + "!B" + (i + 2);
            if (r.nextInt(3) == 0) {
                remarks.add(Remark.at(cell, text(r, 5)));
            }
            if (kind == Table.RowKind.GROUP && r.nextBoolean()) {
                rows.add(new Table.Row(kind, List.of(new Table.Cell(spans(r, Sources.NONE), Sources.parse(cell), ""))));
            } else {
                rows.add(new Table.Row(kind, List.of(new Table.Cell(spans(r, Sources.NONE), Sources.parse(cell), ""),
                        Table.Cell.of(text(r, 6)), Table.Cell.of("1 092,2"))));
            }
        }
        return new Table(r.nextBoolean() ? text(r, 4) : "", columns, rows, 1,
                r.nextBoolean() ? Table.Style.GRID : Table.Style.values()[r.nextInt(Table.Style.values().length)]);
    }

    private static Chart chart(Random r, Sources src) {
        List<String> categories = List.of(nonBlank(r, 3), "Feb", "Mar");
        List<Chart.Series> series = new ArrayList<>();
        int n = 1 + r.nextInt(2);
        for (int s = 0; s < n; s++) {
            List<Chart.Point> points = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                BigDecimal v = BigDecimal.valueOf(r.nextInt(2000) - 500, 1);
                points.add(new Chart.Point(v, v.toPlainString(), null));
            }
            series.add(new Chart.Series("Serie " + s, Chart.Style.SOLID, points));
        }
        return new Chart(r.nextBoolean() ? Chart.Kind.BAR : Chart.Kind.LINE, r.nextBoolean() ? text(r, 4) : "",
                nonBlank(r, 6), Chart.Size.values()[r.nextInt(Chart.Size.values().length)], categories, series, src, "");
    }

    static {
        // Keeps the images made once when the class is used by several tries at once.
        try {
            setUp();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
