package se.rapportverk.calc;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Mal;

/**
 * How many goals have each Bedömning, per Nivå and in total. Each count is a figure whose sources
 * are the goals counted, so the count can be traced to its rows.
 *
 * @param goals the goals as read
 */
public record MalSummary(List<Mal> goals) {

    public MalSummary {
        goals = List.copyOf(goals);
    }

    /** Counts the goals. */
    public static MalSummary of(List<Mal> goals) {
        return new MalSummary(goals);
    }

    /** The number of goals of a Nivå with a Bedömning. */
    public Figure count(Mal.Niva niva, Mal.Bedomning bedomning) {
        return count(g -> g.niva() == niva && g.bedomning() == bedomning);
    }

    /** The number of goals with a Bedömning over both levels. */
    public Figure total(Mal.Bedomning bedomning) {
        return count(g -> g.bedomning() == bedomning);
    }

    /** The number of goals of a Nivå. */
    public Figure total(Mal.Niva niva) {
        return count(g -> g.niva() == niva);
    }

    /** The number of goals. */
    public Figure total() {
        return count(g -> true);
    }

    /** The goals of each Nivå, in sheet order. */
    public Map<Mal.Niva, List<Mal>> byNiva() {
        Map<Mal.Niva, List<Mal>> map = new EnumMap<>(Mal.Niva.class);
        for (Mal.Niva niva : Mal.Niva.values()) {
            map.put(niva, new ArrayList<>());
        }
        goals.forEach(g -> map.get(g.niva()).add(g));
        return map;
    }

    private Figure count(Predicate<Mal> which) {
        List<Mal> counted = goals.stream().filter(which).toList();
        TreeSet<se.rapportverk.workbook.CellRef> cells = new TreeSet<>();
        counted.forEach(g -> cells.add(g.mal().cell()));
        return new Figure(BigDecimal.valueOf(counted.size()), cells, 0, counted.size());
    }
}
