package se.rapportverk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.rapportverk.document.Table;
import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Unit;

/**
 * Properties of the rounding note (issue 7): a table carries "Beloppen är avrundade …" exactly when a
 * printed total differs from the sum of its printed rows, read back from the printed text.
 */
class RoundingNoteProperties {

    private static final AmountFormat MKR = new AmountFormat(Unit.TKR, Unit.MKR, 1);

    @Provide
    Arbitrary<List<BigDecimal>> tkr() {
        return Arbitraries.bigDecimals().between(new BigDecimal("-2000000"), new BigDecimal("2000000")).ofScale(0)
                .list().ofMinSize(1).ofMaxSize(30);
    }

    /** A one-column table of the rows and their calculated total, in mkr with one decimal. */
    private static FigureTable table(List<BigDecimal> amounts) {
        List<FigureTable.Row> rows = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        for (int i = 0; i < amounts.size(); i++) {
            Figure f = Figure.read(amounts.get(i), new CellRef("Driftsredovisning", i + 1, 1), 0);
            figures.add(f);
            rows.add(new FigureTable.Row(Table.RowKind.BODY, List.of(FigureTable.Label.of("Rad " + i),
                    new FigureTable.Value(f, MKR.format(f), "inläst"))));
        }
        Figure total = Figure.sum(figures);
        rows.add(new FigureTable.Row(Table.RowKind.TOTAL, List.of(FigureTable.Label.of("Totalt"),
                new FigureTable.Value(total, MKR.format(total), "summa"))));
        List<FigureTable.Column> columns = List.of(new FigureTable.Column("Verksamhet", Table.Align.LEFT, 3),
                new FigureTable.Column("Utfall", Table.Align.RIGHT, 1));
        return new FigureTable("Prov", columns, rows, List.of(FigureTable.Sum.ofRows(amounts.size(), 1,
                IntStream.range(0, amounts.size()).boxed().toList())));
    }

    /** A printed figure read back by a reader with a pencil: drop the no-break spaces, a comma for the point. */
    private static BigDecimal read(String printed) {
        return new BigDecimal(printed.replace("\u00A0", "").replace(',', '.'));
    }

    @Property
    void theNoteStandsExactlyWhenThePrintedRowsDoNotAddUpToThePrintedTotal(@ForAll("tkr") List<BigDecimal> amounts) {
        FigureTable t = table(amounts);
        BigDecimal rows = BigDecimal.ZERO;
        for (FigureTable.Row r : t.rows().subList(0, amounts.size())) {
            rows = rows.add(read(r.cells().get(1).text()));
        }
        BigDecimal total = read(t.rows().get(amounts.size()).cells().get(1).text());
        boolean addsUp = rows.compareTo(total) == 0;
        assertEquals(!addsUp, t.roundingNote(), "rows " + rows + " total " + total);
        assertEquals(!addsUp, t.toModel().containsKey("avrundning"));
        if (!addsUp) {
            assertEquals(FigureTable.ROUNDING_NOTE, t.toModel().get("avrundning"));
        }
    }

    @Property
    void figuresThatShowExactlyNeverCarryTheNote(@ForAll("tkr") List<BigDecimal> amounts) {
        // Whole hundreds of tkr are exact in mkr with one decimal: nothing is rounded, so everything adds up.
        List<BigDecimal> hundreds = amounts.stream().map(a -> a.movePointLeft(2).setScale(0, java.math.RoundingMode.DOWN)
                .movePointRight(2)).toList();
        assertFalse(table(hundreds).roundingNote());
    }
}
