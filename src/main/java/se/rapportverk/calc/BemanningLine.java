package se.rapportverk.calc;

import java.util.List;

import se.rapportverk.workbook.Bemanning;
import se.rapportverk.workbook.Figure;

/**
 * The staffing room of one unit (or the total over units).
 *
 * @param enhet         the unit, or {@code Totalt}
 * @param source        the row as read, for units; {@code null} for the total
 * @param utrymme       Bemanningsutrymme = (Intäkter − Övriga kostnader) / Kostnad per årsarbetare
 * @param bemanning     Bemanning (full-time equivalents today)
 * @param differens     Bemanning − Bemanningsutrymme
 * @param resultat      Förväntat resultat tolv månader = −Differens × Kostnad per årsarbetare
 * @param budgetTimmar  Bemanningsutrymme × Årsarbetstid
 */
public record BemanningLine(String enhet, Bemanning source, Figure utrymme, Figure bemanning, Figure differens,
                            Figure resultat, Figure budgetTimmar) {

    /** Calculates one unit. */
    public static BemanningLine of(Bemanning b, Figure arsarbetstid) {
        Figure utrymme = b.intakter().minus(b.ovrigaKostnader()).dividedBy(b.kostnadPerArsarbetare());
        Figure differens = b.bemanning().minus(utrymme);
        Figure resultat = differens.times(b.kostnadPerArsarbetare()).negate();
        return new BemanningLine(b.enhet().value(), b, utrymme, b.bemanning(), differens, resultat,
                utrymme.times(arsarbetstid));
    }

    /** The total over units. */
    public static BemanningLine total(List<BemanningLine> lines) {
        return new BemanningLine("Totalt", null,
                Figure.sum(lines.stream().map(BemanningLine::utrymme).toList()),
                Figure.sum(lines.stream().map(BemanningLine::bemanning).toList()),
                Figure.sum(lines.stream().map(BemanningLine::differens).toList()),
                Figure.sum(lines.stream().map(BemanningLine::resultat).toList()),
                Figure.sum(lines.stream().map(BemanningLine::budgetTimmar).toList()));
    }
}
