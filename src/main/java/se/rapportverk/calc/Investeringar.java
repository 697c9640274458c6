package se.rapportverk.calc;

import java.util.List;
import java.util.Optional;

import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Investering;
import se.rapportverk.workbook.Schema;

/**
 * The calculated Investeringsredovisning: each project with its Avvikelse, and the total.
 *
 * @param sheetName   the sheet's name, for messages
 * @param lines       the projects
 * @param total       the calculated total
 * @param givenTotals total rows typed in the sheet (only checked)
 */
public record Investeringar(String sheetName, List<InvesteringLine> lines, InvesteringLine total,
                            List<Investering> givenTotals) {

    /** Calculates the statement from the rows as read. */
    public static Investeringar calculate(List<Investering> rows) {
        List<InvesteringLine> lines = rows.stream().filter(r -> !r.givenTotal())
                .map(r -> new InvesteringLine(r.projekt().value(), Optional.of(r.projekt().cell()), r.budget(),
                        r.utfallPeriod(), r.prognos(), r.givenAvvikelse(), Optional.empty()))
                .toList();
        Optional<Investering> given = rows.stream().filter(Investering::givenTotal).findFirst();
        InvesteringLine total = new InvesteringLine(AmountStatement.TOTALT, Optional.empty(),
                Figure.sum(lines.stream().map(InvesteringLine::budget).toList()),
                Figure.sum(lines.stream().map(InvesteringLine::utfallPeriod).toList()),
                Figure.sum(lines.stream().map(InvesteringLine::prognos).toList()),
                given.map(Investering::givenAvvikelse).orElse(Figure.none()), given);
        String sheet = rows.isEmpty() ? Schema.INVESTERINGAR.name() : rows.get(0).projekt().cell().sheet();
        return new Investeringar(sheet, lines, total, rows.stream().filter(Investering::givenTotal).toList());
    }
}
