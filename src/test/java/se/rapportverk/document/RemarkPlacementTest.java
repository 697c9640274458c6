package se.rapportverk.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.rapportverk.document.RemarkPlacement.At;

/**
 * Where a remark goes, level by level: the figure showing its cell (the fewest cells first), the row
 * showing another cell of its workbook row, its sheet's table caption or heading, the start. A small
 * document is built here by hand, with the cells each node shows.
 */
class RemarkPlacementTest {

    static final DocumentInfo INFO = new DocumentInfo("T", "", "", "sv-SE", LocalDate.of(2025, 9, 23), "", "", "");

    /** A cell showing the references. */
    static Table.Cell cell(String text, String cells) {
        return new Table.Cell(List.of(Span.plain(text)), Sources.parse(cells), "");
    }

    /**
     * 0 a heading, 1 a paragraph written from Texter!C2, 2 the Resultaträkning (caption) with two rows
     * and a total, 3 a heading, 4 a table without caption from Investeringar.
     */
    static Document document() {
        Table rr = new Table("Resultaträkning", List.of(new Table.Column(Table.Align.LEFT, 2),
                new Table.Column(Table.Align.RIGHT, 1)), List.of(
                new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of("Post"), Table.Cell.of("Utfall"))),
                new Table.Row(Table.RowKind.BODY, List.of(cell("Taxor", "Resultaträkning!A2"),
                        cell("32,3", "Resultaträkning!E2"))),
                new Table.Row(Table.RowKind.BODY, List.of(cell("Bidrag", "Resultaträkning!A3"),
                        cell("16,3", "Resultaträkning!E3"))),
                // The total shows its rows and the given total E5 it stands for.
                new Table.Row(Table.RowKind.TOTAL, List.of(Table.Cell.of("Summa"),
                        cell("48,6", "Resultaträkning!E2:E3, Resultaträkning!E5")))), 1, Table.Style.GRID);
        Table inv = new Table("", List.of(new Table.Column(Table.Align.LEFT, 1)), List.of(
                new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of("Projekt"))),
                new Table.Row(Table.RowKind.BODY, List.of(cell("Ombyggnad", "Investeringar!A2")))), 1,
                Table.Style.GRID);
        return new Document(INFO, List.of(
                new Heading(1, "1", "Sammanfattning", true, true),
                new Paragraph(List.of(Span.plain("Text.")), Paragraph.Style.BODY, Sources.parse("Texter!C2"), ""),
                rr,
                new Heading(1, "2", "Investeringar", true, true),
                inv));
    }

    static At placed(String place) {
        RemarkPlacement p = RemarkPlacement.of(document(), List.of(Remark.at(place, "x")));
        assertEquals(1, p.all().size(), p.toString());
        return p.all().keySet().iterator().next();
    }

    @Test
    void aCellShownByARowAndATotalGoesOnTheRowsOwnFigure() {
        assertEquals(At.cell(2, 1, 1), placed("Resultaträkning!E2"));
        assertEquals(At.cell(2, 2, 0), placed("Resultaträkning!A3"));
    }

    @Test
    void aGivenTotalGoesOnTheFigureThatStandsForIt() {
        assertEquals(At.cell(2, 3, 1), placed("Resultaträkning!E5"));
    }

    @Test
    void aCellInAColumnTheTableDoesNotShowGoesOnItsRow() {
        assertEquals(At.row(2, 2), placed("Resultaträkning!F3"));
        // Rows 2 and 3 together: only the total shows both.
        assertEquals(At.row(2, 3), placed("Resultaträkning!F2:F3"));
    }

    @Test
    void aTextCellGoesOnItsParagraph() {
        assertEquals(At.block(1), placed("Texter!C2"));
        // Another cell of the same Texter row: the same paragraph, as its row.
        assertEquals(At.block(1), placed("Texter!A2"));
    }

    @Test
    void aSheetGoesOnItsTablesCaptionElseTheHeadingAboveIt() {
        assertEquals(At.caption(2), placed("Resultaträkning"));
        assertEquals(At.caption(2), placed("Resultaträkning!E40"));
        assertEquals(At.block(3), placed("Investeringar"));
        // Texter is first shown by the paragraph: the heading above it.
        assertEquals(At.block(0), placed("Texter!A9"));
    }

    @Test
    void whatTheDocumentDoesNotShowGoesAtTheStart() {
        assertEquals(At.START, placed("Rapport!A10"));
        assertEquals(At.START, placed("Åtgärder"));
        assertEquals(At.START, placed("arbetsbok.xlsx"));
    }

    @Test
    void theLikelyCauseComesBeforeThePlace() {
        Remark r = new Remark("x", List.of(Sources.parse("Resultaträkning!E3"), Sources.parse("Resultaträkning!E5")));
        assertEquals(Map.of(At.cell(2, 2, 1), List.of("x")), RemarkPlacement.of(document(), List.of(r)).all());
        // A cause the document does not show at all: a figure of the place is still finer than the cause's sheet.
        Remark hidden = new Remark("y", List.of(Sources.parse("Rapport!B3"), Sources.parse("Resultaträkning!E5")));
        assertEquals(Map.of(At.cell(2, 3, 1), List.of("y")), RemarkPlacement.of(document(), List.of(hidden)).all());
    }

    @Test
    void aWholeSheetNodeDoesNotTakeACellsRemarkFromItsRow() {
        Document d = document();
        List<Block> blocks = new java.util.ArrayList<>(d.blocks());
        blocks.set(0, new Heading(1, "1", "Sammanfattning", true, true, Sources.parse("Resultaträkning"), ""));
        Document withSheet = new Document(INFO, blocks);
        RemarkPlacement p = RemarkPlacement.of(withSheet, List.of(Remark.at("Resultaträkning!F3", "x"),
                Remark.at("Resultaträkning", "y")));
        assertEquals(List.of("x"), p.at(At.row(2, 2)));
        // The heading shows the sheet first in the document, and is a heading itself.
        assertEquals(List.of("y"), p.at(At.block(0)));
    }

    @Test
    void remarksAtOnePlaceKeepTheirOrderAfterTheNodesOwn() {
        Document d = document();
        List<Block> blocks = new java.util.ArrayList<>(d.blocks());
        blocks.set(1, new Paragraph(List.of(Span.plain("Text.")), Paragraph.Style.BODY, Sources.parse("Texter!C2"),
                "Skrivet utifrån siffrorna"));
        RemarkPlacement p = RemarkPlacement.of(new Document(INFO, blocks),
                List.of(Remark.at("Texter!C2", "första"), Remark.at("Texter!C2", "andra")));
        assertEquals(List.of("Skrivet utifrån siffrorna", "första", "andra"), p.at(At.block(1)));
        assertTrue(RemarkPlacement.of(document(), List.of()).isEmpty());
    }
    /**
     * The document with a chart (5) after the Resultaträkning's table, drawing Utfall E2:E3 and the Budget
     * D2:D4 (D4 no table shows), with its own remark.
     */
    static Document withChart() {
        List<Block> blocks = new java.util.ArrayList<>(document().blocks());
        blocks.add(3, new Chart(Chart.Kind.BAR, "Utfall och budget (mkr)", "Staplar.", Chart.Size.NORMAL,
                List.of("Taxor", "Bidrag", "Övrigt"), List.of(new Chart.Series("Utfall", Chart.Style.SOLID,
                List.of(point("32.3"), point("16.3"), point("1.0")))),
                Sources.parse("Resultaträkning!E2:E3, Resultaträkning!D2:D4"), "Diagrammets egen"));
        return new Document(INFO, blocks);
    }

    private static Chart.Point point(String n) {
        return new Chart.Point(new java.math.BigDecimal(n), n.replace('.', ','), null);
    }

    @Test
    void aCellAChartAndATableShowGoesOnTheTableAndTheChartTakesWhatNothingElseShows() {
        RemarkPlacement p = RemarkPlacement.of(withChart(), List.of(Remark.at("Resultaträkning!E2", "tabellens"),
                Remark.at("Resultaträkning!E2:E3", "två rader"), Remark.at("Resultaträkning!D4", "bara diagrammet"),
                Remark.at("Resultaträkning!F4", "diagrammets rad")));
        // The table's own figure, though the chart shows the cell too.
        assertEquals(List.of("tabellens"), p.at(At.cell(2, 1, 1)));
        // Two rows: the table's total shows both; the chart, which also covers them, comes after the text.
        assertEquals(List.of("två rader"), p.at(At.cell(2, 3, 1)));
        // D4 is drawn only by the chart; F4 is in a row only the chart shows a cell of.
        assertEquals(List.of("Diagrammets egen", "bara diagrammet", "diagrammets rad"), p.at(At.block(3)));
        assertEquals(3, p.all().size(), p.toString());
    }
}
