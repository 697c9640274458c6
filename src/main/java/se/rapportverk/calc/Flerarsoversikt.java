package se.rapportverk.calc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Flerarsrad;

/**
 * The multi-year overview of a tjänsteskrivelse: net cost per area and year, the nämnd's total,
 * its budget frame, the result (Nämndbidrag − Nettokostnad) and the change of the net cost from
 * year to year.
 *
 * @param years        the years in order
 * @param areas        net cost per area (in order of first appearance), per year
 * @param total        Nämnden totalt per year
 * @param namndbidrag  the budget frame per year (unreported for years without one)
 * @param resultat     Nämndbidrag − Nettokostnad per year, for years with a budget frame
 * @param change       the change of the total net cost from the year before
 * @param changePercent that change in percent of the year before
 */
public record Flerarsoversikt(List<Integer> years, Map<String, Map<Integer, Figure>> areas, Map<Integer, Figure> total,
                              Map<Integer, Figure> namndbidrag, Map<Integer, Figure> resultat,
                              Map<Integer, Figure> change, Map<Integer, Figure> changePercent) {

    /** Calculates the overview from the rows as read. */
    public static Flerarsoversikt of(List<Flerarsrad> rows) {
        TreeSet<Integer> years = new TreeSet<>();
        Map<String, Map<Integer, List<Figure>>> net = new LinkedHashMap<>();
        Map<Integer, List<Figure>> frame = new TreeMap<>();
        for (Flerarsrad r : rows) {
            years.add(r.ar());
            net.computeIfAbsent(r.omrade().value(), k -> new TreeMap<>()).computeIfAbsent(r.ar(), k -> new ArrayList<>())
                    .add(r.nettokostnad());
            if (r.namndbidrag().reported()) {
                frame.computeIfAbsent(r.ar(), k -> new ArrayList<>()).add(r.namndbidrag());
            }
        }
        Map<String, Map<Integer, Figure>> areas = new LinkedHashMap<>();
        net.forEach((area, perYear) -> {
            Map<Integer, Figure> m = new TreeMap<>();
            for (int y : years) {
                m.put(y, Figure.sum(perYear.getOrDefault(y, List.of())));
            }
            areas.put(area, m);
        });
        Map<Integer, Figure> total = new TreeMap<>();
        Map<Integer, Figure> bidrag = new TreeMap<>();
        Map<Integer, Figure> resultat = new TreeMap<>();
        Map<Integer, Figure> change = new TreeMap<>();
        Map<Integer, Figure> changePercent = new TreeMap<>();
        Integer previous = null;
        for (int y : years) {
            total.put(y, Figure.sum(areas.values().stream().map(m -> m.get(y)).toList()));
            bidrag.put(y, Figure.sum(frame.getOrDefault(y, List.of())));
            resultat.put(y, bidrag.get(y).reported() ? bidrag.get(y).minus(total.get(y)) : Figure.none());
            if (previous == null) {
                change.put(y, Figure.none());
                changePercent.put(y, Figure.none());
            } else {
                Figure c = total.get(y).minus(total.get(previous));
                change.put(y, c);
                changePercent.put(y, c.percentOf(total.get(previous)));
            }
            previous = y;
        }
        return new Flerarsoversikt(List.copyOf(years), areas, total, bidrag, resultat, change, changePercent);
    }
}
