package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import se.rapportverk.format.SwedishMonths;

/**
 * Reads the optional {@code Månadsutfall} sheet as {@link Schema#MANADSUTFALL} declares it (its
 * columns, their types and headers): net amounts of single months, in Beloppsenhet.
 *
 * <p>Errors name the cell: a month that is not one of 1–12 or of another year than År (read by
 * {@link RowReader#period}), a month that stands twice for the same Verksamhet (or twice for the
 * nämnd as a whole), and anything in an amount column that is not a number. An Utfall for a month
 * after the period is a warning: it is read but counts in neither check 6 nor the forecasts.
 */
final class ManadsutfallReader {

    private static final Schema.ManadsutfallSheet SHEET = Schema.MANADSUTFALL;

    private ManadsutfallReader() {
    }

    /**
     * Reads the sheet.
     *
     * @param sr     the sheet, its required columns already checked
     * @param year   År, when the Rapport sheet gives it
     * @param period Rapport!Period, when given
     */
    static Manadsutfall read(SheetReader sr, Optional<Integer> year, Optional<Integer> period) {
        Diagnostics diagnostics = sr.diagnostics();
        List<Manadsutfall.Month> months = new ArrayList<>();
        Map<String, CellRef> seen = new HashMap<>();
        for (RowReader row : sr.rows()) {
            Optional<Integer> month = row.period(SHEET.manad, year);
            Optional<Text> verksamhet = row.text(SHEET.verksamhet);
            Figure utfall = row.amount(SHEET.utfall);
            Figure foregaende = row.amount(SHEET.utfallForegaendeAr);
            Figure budget = row.amount(SHEET.budget);
            if (month.isEmpty()) {
                continue;
            }
            String key = verksamhet.map(t -> Names.normalise(t.value())).orElse("") + "\u0000" + month.get();
            CellRef at = row.ref(SHEET.manad);
            CellRef first = seen.putIfAbsent(key, at);
            if (first != null) {
                diagnostics.error(at, SwedishMonths.name(month.get()) + " står redan på rad " + (first.row() + 1)
                        + verksamhet.map(t -> " för " + t.value())
                                .orElse(" för nämnden som helhet (utan " + SHEET.verksamhet.header() + ")")
                        + "; varje månad skrivs en gång" + verksamhet.map(t -> " per verksamhet").orElse("")
                        + ", så att summan inte räknar den två gånger");
                continue;
            }
            if (period.isPresent() && month.get() > period.get() && utfall.reported()) {
                diagnostics.warning(utfall.sources().first(), SHEET.utfall.header() + " för "
                        + SwedishMonths.name(month.get()) + " ligger efter perioden (" + SwedishMonths.range(period.get())
                        + ") och räknas inte med, varken i kontrollen mot "
                        + AmountColumn.UTFALL_PERIOD.spec().header() + " eller i prognoserna; ta bort beloppet eller "
                        + "ändra " + Schema.RAPPORT.name() + "!" + RapportField.PERIOD.label());
            }
            months.add(new Manadsutfall.Month(verksamhet, month.get(), at, utfall, foregaende, budget));
        }
        Set<ColumnSpec> columns = new LinkedHashSet<>();
        SHEET.columns().stream().filter(sr::has).forEach(columns::add);
        return new Manadsutfall(sr.name(), columns, months);
    }
}
