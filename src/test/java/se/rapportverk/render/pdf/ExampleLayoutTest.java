package se.rapportverk.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import se.rapportverk.document.Block;
import se.rapportverk.document.Heading;
import se.rapportverk.document.PageBreak;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Table;
import se.rapportverk.document.TitlePage;
import se.rapportverk.render.layout.Geometry;
import se.rapportverk.render.layout.Layouter;
import se.rapportverk.render.layout.PageItem;
import se.rapportverk.render.layout.StructNode;
import se.rapportverk.render.pdf.ExampleDocuments.Example;

/**
 * The pagination rules, checked on the real documents (every example workbook through the
 * built-in templates, and their check reports) rather than on a hand-made sample: no word broken
 * in a table or in the text, no heading or lead-in alone at a page foot, no table header alone at
 * a page foot, no lone last row, short tables whole, and a letter's first page without the
 * running header.
 */
class ExampleLayoutTest {

    static Stream<Example> examples() {
        return ExampleDocuments.all().stream();
    }

    private static Layouter.Result layout(Example e) {
        return Layouter.layout(e.tree());
    }

    @Test
    void everyExampleIsThere() {
        List<String> names = ExampleDocuments.all().stream().map(Example::name).toList();
        assertTrue(names.size() >= 12, names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("tjansteskrivelse-vard")), names.toString());
        assertTrue(names.stream().anyMatch(n -> n.contains("kontrollrapport")), names.toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void noWordIsBrokenInside(Example e) {
        assertEquals(List.of(), layout(e).brokenWords(),
                "every column is at least as wide as its widest word");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void headingsAndLeadInsStayWithWhatFollows(Example e) {
        Layouter.Result r = layout(e);
        List<Block> blocks = e.tree().blocks();
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block b = blocks.get(i);
            Block next = blocks.get(i + 1);
            if (next instanceof PageBreak || next instanceof TitlePage || !r.placements().containsKey(i + 1)) {
                continue;
            }
            boolean keep = b instanceof Heading
                    || b instanceof Paragraph p && (p.style() == Paragraph.Style.CAPTION
                    || p.style() == Paragraph.Style.NOTE && next instanceof Table
                    || p.plainText().strip().endsWith(":"));
            if (keep && r.placements().containsKey(i)) {
                String what = "block " + i + " (" + describe(b) + ") stands at the foot of a page, "
                        + describe(next) + " on the next";
                assertEquals(r.placements().get(i).lastPage(), r.placements().get(i + 1).firstPage(), what);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void tablesNeverLeaveTheirHeaderOrOneRowAlone(Example e) {
        Layouter.Result r = layout(e);
        List<Block> blocks = e.tree().blocks();
        for (Map.Entry<Integer, Layouter.Placement> entry : r.placements().entrySet()) {
            if (!(blocks.get(entry.getKey()) instanceof Table t)) {
                continue;
            }
            List<Integer> rows = entry.getValue().bodyRowsPerPage();
            int bodyRows = t.rows().size() - t.headerRows();
            assertTrue(rows.stream().mapToInt(Integer::intValue).sum() >= bodyRows,
                    () -> "every body row is drawn: " + describe(t));
            if (rows.size() > 1) {
                assertTrue(rows.get(0) >= 2, () -> describe(t) + " starts with " + rows.get(0) + " row(s) at a page foot");
                assertTrue(rows.get(rows.size() - 1) >= 2,
                        () -> describe(t) + " ends with " + rows.get(rows.size() - 1) + " row(s) on its last page");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void shortTablesAreNotSplit(Example e) {
        Layouter.Result r = layout(e);
        List<Block> blocks = e.tree().blocks();
        for (Map.Entry<Integer, Layouter.Placement> entry : r.placements().entrySet()) {
            if (blocks.get(entry.getKey()) instanceof Table t && t.rows().size() <= 8
                    && t.rows().stream().allMatch(row -> row.cells().stream()
                    .allMatch(c -> c.plainText().length() < 40))) {
                // At most eight short rows are far below a third of a page.
                assertEquals(entry.getValue().firstPage(), entry.getValue().lastPage(),
                        () -> describe(t) + " is split over two pages");
            }
        }
    }

    /** The lines of each cell of a table as the shared layout sets them (both formats do so). */
    private static List<List<List<String>>> cellLines(Table t, float[] widths) {
        List<List<List<String>>> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Table.Row row = t.rows().get(r);
            List<List<String>> cells = new ArrayList<>();
            if (row.cells().size() == t.columns().size()) {
                boolean bold = r < t.headerRows() || row.kind() != Table.RowKind.BODY;
                for (int c = 0; c < row.cells().size(); c++) {
                    List<se.rapportverk.render.layout.LineBreaker.Styled> runs = new ArrayList<>();
                    for (var span : row.cells().get(c).spans()) {
                        runs.add(new se.rapportverk.render.layout.LineBreaker.Styled(span.text(),
                                se.rapportverk.render.layout.Fonts.Face.of(bold || span.bold(), span.italic()),
                                se.rapportverk.render.layout.Theme.TABLE_SIZE, java.awt.Color.BLACK));
                    }
                    cells.add(new se.rapportverk.render.layout.LineBreaker(se.rapportverk.render.layout.Fonts.standard()).breakLines(runs,
                            widths[c] - 2 * se.rapportverk.render.layout.Theme.CELL_PAD_X).stream()
                            .map(se.rapportverk.render.layout.LineBreaker.Line::plainText).toList());
                }
            }
            rows.add(cells);
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void headersTakeAtMostThreeLinesNeverBreakAfterADashAndNumberColumnsDoNotWrap(Example e) {
        Layouter.Result r = layout(e);
        List<Block> blocks = e.tree().blocks();
        r.columnWidths().forEach((i, widths) -> {
            if (!(blocks.get(i) instanceof Table t) || t.style() != Table.Style.GRID) {
                return;
            }
            List<List<List<String>>> rows = cellLines(t, widths);
            for (int row = 0; row < rows.size(); row++) {
                for (int c = 0; c < rows.get(row).size(); c++) {
                    List<String> lines = rows.get(row).get(c);
                    String where = describe(t) + " row " + row + " column " + c + ": " + lines;
                    if (row < t.headerRows()) {
                        // "Avvikelse volym prognos mot budget" on three lines, not five.
                        assertTrue(lines.size() <= 3, where);
                        // Not "Utfall jan–" / "aug 2024".
                        assertTrue(lines.stream().noneMatch(l -> l.matches(".*\\p{L}[\u2013-]$")), where);
                    } else if (t.columns().get(c).align() == Table.Align.RIGHT) {
                        // "Ej minus resultat" in the effect column keeps its line.
                        assertEquals(1, lines.size(), where);
                    }
                }
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void aSplitEconomyTableStartsWithFiveRowsAndNoPageIsLeftEmptyBeforeATable(Example e) {
        Layouter.Result r = layout(e);
        List<Block> blocks = e.tree().blocks();
        for (Map.Entry<Integer, Layouter.Placement> entry : r.placements().entrySet()) {
            if (!(blocks.get(entry.getKey()) instanceof Table t)) {
                continue;
            }
            List<Integer> rows = entry.getValue().bodyRowsPerPage();
            if (rows.size() > 1 && List.of("Resultaträkning", "Driftsredovisning").contains(t.caption())) {
                assertTrue(rows.get(0) >= 5, describe(t) + " starts with " + rows.get(0) + " rows at a page foot");
            }
            int first = entry.getValue().firstPage();
            int before = entry.getKey() - 1;
            while (before >= 0 && (blocks.get(before) instanceof Heading
                    || blocks.get(before) instanceof Paragraph p && p.style() != Paragraph.Style.BODY)) {
                before--;
            }
            Layouter.Placement previous = before >= 0 ? r.placements().get(before) : null;
            if (first == 0 || previous == null || previous.lastPage() != first - 1
                    || blocks.get(before) instanceof PageBreak) {
                continue;
            }
            float lowest = Float.MAX_VALUE;
            for (PageItem item : r.pages().get(first - 1).items) {
                if (item instanceof PageItem.Text x) {
                    lowest = Math.min(lowest, x.y());
                }
            }
            float used = (Geometry.standard().contentTop - lowest) / Geometry.standard().contentHeight;
            assertTrue(used >= 0.6f, "page " + first + " is " + Math.round(100 - 100 * used)
                    + " % empty before " + describe(t));
        }
    }

    @Test
    void theTjansteskrivelseOpensLikeALetter() throws IOException {
        Example e = ExampleDocuments.all().stream().filter(x -> x.name().contains("/tjansteskrivelse-vard"))
                .findFirst().orElseThrow();
        assertTrue(e.tree().blocks().get(0) instanceof se.rapportverk.document.Letterhead,
                "the letterhead comes first");
        byte[] pdf = new PdfRenderer().renderBytes(e.tree(), e.options());
        List<String> first = pageLines(pdf, 1);
        List<String> second = pageLines(pdf, 2);
        String header = e.tree().info().headerText();
        assertFalse(first.contains(header), "no running header on the letter's first page: " + first);
        // The kommun may share its line with the last field at the right (Telefon and E-post make the right taller).
        assertTrue(first.get(0).equals("TJÄNSTESKRIVELSE") && first.stream().anyMatch(l -> l.startsWith("Ekeby kommun")),
                "the letterhead stands at the top (the logo above the kommun at the left): " + first);
        assertTrue(first.get(first.size() - 1).contains("Sida 1 av "), "but the footer is there: " + first);
        assertEquals(header, second.get(0), "the running header from page 2");
        // The letterhead text starts at the left margin, flush with the body text.
        Layouter.Result r = layout(e);
        float letterheadLeft = Float.MAX_VALUE;
        for (PageItem item : r.pages().get(0).items) {
            if (item instanceof PageItem.Text t && t.tag() instanceof StructNode n && "P".equals(n.type)
                    && "Div".equals(n.parent.type)) {
                letterheadLeft = Math.min(letterheadLeft, t.x());
            }
        }
        assertEquals(Geometry.standard().contentLeft, letterheadLeft, 0.01f);
        assertEquals(List.of(), VeraPdf.validate(pdf, List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1))
                .values().stream().flatMap(List::stream).toList());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void isPdfA3aAndPdfUa1AndTheSameBytesEveryTime(Example e) throws IOException {
        byte[] pdf = new PdfRenderer().renderBytes(e.tree(), e.options());
        assertEquals(List.of(), VeraPdf.validate(pdf, List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1))
                .values().stream().flatMap(List::stream).toList());
        assertTrue(java.util.Arrays.equals(pdf, new PdfRenderer().renderBytes(e.tree(), e.options())),
                "same bytes for the same tree");
    }

    private static List<String> pageLines(byte[] pdf, int page) throws IOException {
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setLineSeparator("\n");
            s.setStartPage(page);
            s.setEndPage(page);
            List<String> lines = new ArrayList<>(List.of(s.getText(pd).split("\n")));
            lines.removeIf(String::isBlank);
            return lines;
        }
    }

    private static String describe(Block b) {
        return switch (b) {
            case Heading h -> "heading " + h.displayText();
            case Paragraph p -> p.style() + " " + p.plainText();
            case Table t -> "table " + (t.caption().isEmpty()
                    ? t.rows().isEmpty() ? "" : t.rows().get(0).cells().get(0).plainText() : t.caption());
            default -> b.getClass().getSimpleName();
        };
    }
}
