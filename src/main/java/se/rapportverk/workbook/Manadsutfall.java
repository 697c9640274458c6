package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code Månadsutfall} sheet as read: net amounts of single months (not cumulative), for the
 * nämnd as a whole (rows without Verksamhet) and, optionally, per Driftsredovisning row (rows with
 * a Verksamhet). Every month stands at most once per Verksamhet; the reader has refused the rest.
 *
 * @param sheetName the sheet's name as it stands in the workbook
 * @param columns   the columns of {@link Schema#MANADSUTFALL} the sheet has
 * @param rows      the months in sheet order
 */
public record Manadsutfall(String sheetName, Set<ColumnSpec> columns, List<Month> rows) {

    public Manadsutfall {
        columns = Set.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Whether the sheet has the column ({@code Schema.MANADSUTFALL.budget}). */
    public boolean has(ColumnSpec column) {
        return columns.contains(column);
    }

    /**
     * One month.
     *
     * @param verksamhet         the Driftsredovisning row the month belongs to; empty for the nämnd as a whole
     * @param month              1–12
     * @param monthCell          the cell of Månad
     * @param utfall             the month's net outcome
     * @param utfallForegaendeAr the same month of the previous year
     * @param budget             the month's budget
     */
    public record Month(Optional<Text> verksamhet, int month, CellRef monthCell, Figure utfall,
                        Figure utfallForegaendeAr, Figure budget) {
    }

    /** The months of the nämnd as a whole (rows without Verksamhet), in month order. */
    public List<Month> namnd() {
        return rows.stream().filter(m -> m.verksamhet().isEmpty())
                .sorted(java.util.Comparator.comparingInt(Month::month)).toList();
    }

    /**
     * The months per Verksamhet as typed (first spelling wins; names compared normalised), each in
     * month order, in order of first appearance.
     */
    public Map<Text, List<Month>> perVerksamhet() {
        Map<String, Text> names = new LinkedHashMap<>();
        Map<String, List<Month>> months = new LinkedHashMap<>();
        for (Month m : rows) {
            if (m.verksamhet().isEmpty()) {
                continue;
            }
            String key = Names.normalise(m.verksamhet().get().value());
            names.putIfAbsent(key, m.verksamhet().get());
            months.computeIfAbsent(key, k -> new ArrayList<>()).add(m);
        }
        Map<Text, List<Month>> out = new LinkedHashMap<>();
        months.forEach((key, list) -> out.put(names.get(key),
                list.stream().sorted(java.util.Comparator.comparingInt(Month::month)).toList()));
        return out;
    }
}
