package se.rapportverk.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.rapportverk.document.Chart;
import se.rapportverk.render.layout.ChartLayout;
import se.rapportverk.render.layout.Theme;
import se.rapportverk.render.pdf.ExampleDocuments;

/**
 * The chart parts written as text ({@link ChartPart}) are the bytes the POI path (the old renderer's
 * ChartWriter, kept in the tests' {@code legacy} package, through XWPFDocument, XDDF and
 * {@link StablePackage}) puts into the Word file: the chart part, its relationships and the embedded
 * workbook, entry by entry. {@link ChartPartTest} keeps stored parts it made. That the whole Word file
 * with its charts is the old renderer's bytes (content types, the document's relationships, the
 * drawings) is {@link LegacyEquivalenceTest}'s.
 */
class ChartPartOracleTest {

    private static final LocalDate DATE = LocalDate.of(2025, 9, 23);

    // ------------------------------------------------------------------ the oracle

    /** The package entries the POI path writes for the charts, in one document, numbered from 1. */
    static Map<String, byte[]> poi(List<Chart> charts, Theme theme, LocalDate date) {
        return ChartPartTest.unzip(docx(charts, theme, date, true));
    }

    /** The Word package (as StablePackage rewrites it) of a document of the charts, through XDDF or ChartPart. */
    static byte[] docx(List<Chart> charts, Theme theme, LocalDate date, boolean viaXddf) {
        if (!viaXddf) {
            throw new IllegalArgumentException("only the XDDF path makes a Word file through POI");
        }
        try (XWPFDocument docx = new XWPFDocument()) {
            se.rapportverk.render.docx.legacy.ChartWriter writer =
                    new se.rapportverk.render.docx.legacy.ChartWriter(docx, theme, date);
            int id = 1;
            for (Chart c : charts) {
                writer.write(docx.getDocument().getBody(), c, false, id++);
            }
            // The package's own date is the clock's unless set.
            docx.getProperties().getCoreProperties().setCreated(java.util.Optional.of(
                    java.util.Date.from(date.atStartOfDay().toInstant(java.time.ZoneOffset.UTC))));
            ByteArrayOutputStream written = new ByteArrayOutputStream();
            docx.write(written);
            ByteArrayOutputStream stable = new ByteArrayOutputStream();
            StablePackage.rewrite(written.toByteArray(), date, stable);
            return stable.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that ChartPart writes each chart's three parts as the POI path does. */
    static void assertSameAsPoi(List<Chart> charts, Theme theme, LocalDate date) {
        byte[] xddf = docx(charts, theme, date, true);
        Map<String, byte[]> expected = ChartPartTest.unzip(xddf);
        for (int k = 1; k <= charts.size(); k++) {
            Chart chart = charts.get(k - 1);
            ChartPart.Parts parts = ChartPart.write(chart, ChartLayout.draw(chart, theme), theme, date, k);
            assertSameParts(expected, parts);
        }
    }

    static void assertSameParts(Map<String, byte[]> expected, ChartPart.Parts parts) {
        ChartPartTest.assertSame(parts.chartName(), expected.get(parts.chartName()), parts.chart());
        ChartPartTest.assertSame(parts.relsName(), expected.get(parts.relsName()), parts.rels());
        byte[] workbook = expected.get(parts.workbookName());
        if (workbook == null) {
            fail("no " + parts.workbookName() + " in " + expected.keySet());
        }
        Map<String, byte[]> inner = ChartPartTest.unzip(workbook);
        Map<String, byte[]> mine = ChartPartTest.unzip(parts.workbook());
        assertEquals(List.copyOf(inner.keySet()), List.copyOf(mine.keySet()), parts.workbookName() + ": entries");
        for (String name : inner.keySet()) {
            ChartPartTest.assertSame(parts.workbookName() + "!" + name, inner.get(name), mine.get(name));
        }
        ChartPartTest.assertSame(parts.workbookName(), workbook, parts.workbook());
    }

    // ------------------------------------------------------------------ the charts of the examples

    @Test
    void theExamplesChartsAreThePoiPathsBytes() {
        int seen = 0;
        for (ExampleDocuments.Example e : ExampleDocuments.all()) {
            List<Chart> charts = ChartPartTest.charts(e.tree());
            if (!charts.isEmpty()) {
                assertSameAsPoi(charts, Theme.of(e.options().husstil()), e.tree().info().date());
                seen += charts.size();
            }
        }
        assertTrue(seen >= 10, "the examples have bar and line charts: " + seen);
    }

    // ------------------------------------------------------------------ hand-made charts

    static Chart.Point p(String value) {
        return new Chart.Point(value == null ? null : new BigDecimal(value), value == null ? "–" : value, null);
    }

    static Chart.Series series(String name, Chart.Style style, String... values) {
        List<Chart.Point> points = new ArrayList<>();
        for (String v : values) {
            points.add(p(v));
        }
        return new Chart.Series(name, style, points);
    }

    static Chart chart(Chart.Kind kind, Chart.Size size, List<String> categories, Chart.Series... series) {
        return new Chart(kind, "Diagram (mkr)", "Ett diagram", size, categories, List.of(series));
    }

    @Test
    void hostileNamesAndCategoriesAreEscapedAsXmlBeansDid() {
        String amp = "Vård & omsorg <LSS> \"citat\" 'apostrof' a > b ]]> slut";
        String many = "A&B&C&D&E&F&G <och> fler & tecken än trettiotvå"; // > 32 chars, > 5 entities: CDATA
        String cdataEnd = "x]]>y&&&&&&<<<< och en lång text som når över gränsen ]]>";
        String controls = "Kon\u0001troll\u0007\u000B\u001F tecken\r\nrad\ttab\uFFFE\uFFFF";
        String cdataControls = "\u0001\u0002\u0003 &&&&&& i början, längre än trettiotvå tecken \u0004 \r";
        String emoji = "Mål 🎯 uppfyllt ✅ 👩‍👩‍👧";
        String surrogates = "ensam \uD83D hög och \uDE00 låg";
        String spaces = "  mellanslag först och sist  ";
        String longName = "Lång ".repeat(2000);
        List<String> categories = List.of(amp, many, cdataEnd, controls, cdataControls, emoji, surrogates, spaces, "",
                longName, "\u001Fa", "\u0001a", "a\u0002", "a?");
        int n = categories.size();
        String[] values = new String[n];
        String[] others = new String[n];
        String[] nulls = new String[n];
        for (int i = 0; i < n; i++) {
            values[i] = i % 3 == 0 ? null : String.valueOf(i * 7 - 40) + ".5";
            others[i] = String.valueOf(i - 3);
        }
        List<Chart> charts = new ArrayList<>();
        for (Chart.Kind kind : Chart.Kind.values()) {
            for (Chart.Size size : Chart.Size.values()) {
                charts.add(chart(kind, size, categories, series(amp, Chart.Style.SOLID, values),
                        series(many, Chart.Style.HATCHED, others), series("", Chart.Style.DASHED, nulls),
                        series(emoji + controls, Chart.Style.DASHED, others), series(spaces, Chart.Style.SOLID, nulls)));
                charts.add(chart(kind, size, List.of(cdataEnd), series(cdataControls, Chart.Style.SOLID, "12")));
                charts.add(chart(kind, size, List.of("Ett", "Två"), series(surrogates, Chart.Style.DASHED, null, null)));
            }
        }
        assertSameAsPoi(charts, Theme.standard(), DATE);
    }

    @Test
    void awkwardFiguresAndShapes() {
        // Many series (columns past Z), numbers of every scale, colours of single points, one category.
        List<Chart.Series> many = new ArrayList<>();
        for (int s = 0; s < 30; s++) {
            many.add(series("Serie " + s, Chart.Style.values()[s % 3], "1E+3", "-0.000001", "123456789012.345", null));
        }
        Chart wide = new Chart(Chart.Kind.LINE, "", "Många serier", Chart.Size.NORMAL, List.of("a", "b", "c", "d"),
                many);
        Chart coloured = new Chart(Chart.Kind.BAR, "Bedömning", "Färger", Chart.Size.NORMAL, List.of("Grön", "Gul", "Röd"),
                List.of(new Chart.Series("Antal", Chart.Style.SOLID, List.of(new Chart.Point(BigDecimal.ONE, "1", "2E7D32"),
                        new Chart.Point(null, "–", "E69F00"), new Chart.Point(new BigDecimal("-2"), "-2", "C62828"))),
                        new Chart.Series("Mönster", Chart.Style.HATCHED, List.of(new Chart.Point(BigDecimal.TEN, "10",
                                "2E7D32"), p("0"), p("0.0")))));
        Chart single = chart(Chart.Kind.BAR, Chart.Size.SMALL, List.of("Enda"), series("Enda", Chart.Style.SOLID, "0"));
        Chart allEmpty = chart(Chart.Kind.LINE, Chart.Size.SMALL, List.of("x", "y"),
                series("Inget", Chart.Style.SOLID, null, null), series("Mål", Chart.Style.DASHED, null, null));
        Chart whole = chart(Chart.Kind.BAR, Chart.Size.NORMAL, List.of("a", "b"),
                series("Heltal", Chart.Style.SOLID, "3", "100000000"), series("Tre decimaler", Chart.Style.DASHED,
                        "0.125", "-7.000"));
        // Beyond a double (no workbook cell holds one, but the tree may): POI wrote INF and #DIV/0!.
        Chart huge = chart(Chart.Kind.BAR, Chart.Size.NORMAL, List.of("a", "b", "c"),
                series("Stort", Chart.Style.SOLID, "1E+400", "-1E+400", "1"));
        assertSameAsPoi(List.of(wide, coloured, single, allEmpty, whole, huge), Theme.standard(), DATE);
    }

    @Test
    void datesOutsideWhatAZipHoldsAreStampedAsStablePackageStampsThem() {
        Chart c = chart(Chart.Kind.BAR, Chart.Size.NORMAL, List.of("a"), series("s", Chart.Style.SOLID, "1"));
        for (LocalDate date : List.of(LocalDate.of(1970, 1, 1), LocalDate.of(1500, 3, 1), LocalDate.of(2200, 6, 30),
                LocalDate.of(2024, 2, 29))) {
            assertSameAsPoi(List.of(c), Theme.standard(), date);
        }
    }

    @Test
    void aTextLongerThanACellTakesIsRefusedAsPoiRefusedIt() {
        Chart c = chart(Chart.Kind.BAR, Chart.Size.NORMAL, List.of("x".repeat(32768)), series("s", Chart.Style.SOLID, "1"));
        assertThrows(IllegalArgumentException.class, () -> poi(List.of(c), Theme.standard(), DATE));
        assertThrows(IllegalArgumentException.class,
                () -> ChartPart.write(c, ChartLayout.draw(c, Theme.standard()), Theme.standard(), DATE, 1));
        Chart ok = chart(Chart.Kind.BAR, Chart.Size.NORMAL, List.of("x".repeat(32767)), series("s", Chart.Style.SOLID, "1"));
        assertSameAsPoi(List.of(ok), Theme.standard(), DATE);
    }

    // ------------------------------------------------------------------ any chart

    /** Characters that XML, XMLBeans or the zip treat specially, and some plain ones. */
    private static final char[] HOSTILE = ("&<>\"']]\r\n\t \u0000\u0001\u001F\u007F\u0085\u00A0\u2028\uD83D\uDE00"
            + "\uFFFE\uFFFF\uFEFFåäöÅÄÖ-–,.%$!=:;?aAzZ09").toCharArray();

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().withChars(HOSTILE).ofMaxLength(12),
                Arbitraries.strings().withChars(HOSTILE).ofMinLength(30).ofMaxLength(60),
                Arbitraries.strings().withChars("&<a".toCharArray()).ofMinLength(30).ofMaxLength(40),
                Arbitraries.of("", "Budget", "Budget 2025", "Målvärde 62,0", "jan"));
    }

    @Provide
    Arbitrary<BigDecimal> values() {
        Arbitrary<BigDecimal> number = Combinators.combine(Arbitraries.longs().between(-10_000_000L, 10_000_000L),
                Arbitraries.integers().between(-3, 4)).as(BigDecimal::valueOf);
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(1, Arbitraries.just((BigDecimal) null)),
                net.jqwik.api.Tuple.of(6, number));
    }

    @Provide
    Arbitrary<Chart> anyChart() {
        Arbitrary<List<String>> categories = texts().list().ofMinSize(1).ofMaxSize(8);
        return categories.flatMap(cats -> {
            Arbitrary<Chart.Series> one = Combinators.combine(texts(), Arbitraries.of(Chart.Style.class),
                    Combinators.combine(values(), Arbitraries.of(null, "2E7D32", "C62828")).as((v, colour) ->
                            new Chart.Point(v, v == null ? "–" : v.toPlainString(), colour)).list().ofSize(cats.size()))
                    .as(Chart.Series::new);
            return Combinators.combine(Arbitraries.of(Chart.Kind.class), Arbitraries.of(Chart.Size.class),
                    one.list().ofMinSize(1).ofMaxSize(5)).as((kind, size, series) ->
                    new Chart(kind, "", "Diagram", size, cats, series));
        });
    }

    /**
     * Random charts, a few to a document (POI's save is slow to start: it looks up an XML transformer
     * for every part).
     */
    @Property(tries = 10)
    void anyChartIsThePoiPathsBytes(@ForAll("someCharts") List<Chart> charts) {
        assertSameAsPoi(charts, Theme.standard(), DATE);
    }

    @Provide
    Arbitrary<List<Chart>> someCharts() {
        return anyChart().list().ofMinSize(1).ofMaxSize(4);
    }
}
