package se.rapportverk.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.rapportverk.format.SwedishMonths;

/**
 * Reads the optional {@code Månadsutfall} sheet (docs/arbetsbok.md, *Månadsutfall*): {@code Månad}
 * (1–12, a Swedish month name or abbreviation, {@code 2025-08} or a date cell of År), {@code Utfall},
 * optionally {@code Utfall föregående år}, {@code Budget} and {@code Verksamhet}. Net amounts of
 * single months, in Beloppsenhet.
 *
 * <p>Errors name the cell: a month that is not one of 1–12, a month of another year than År, a
 * month that stands twice for the same Verksamhet (or twice for the nämnd as a whole), and anything
 * in an amount column that is not a number. An Utfall for a month after the period is a warning: it
 * is read but counts in neither check 6 nor the forecasts.
 *
 * <p>Self-contained on purpose: the sheet and its columns are declared here, beside the code that
 * reads them.
 */
final class ManadsutfallReader {

    /** The sheet's name in the contract. */
    static final String SHEET = "Månadsutfall";
    static final ColumnSpec MANAD = ColumnSpec.required("Månad");
    static final ColumnSpec UTFALL = ColumnSpec.required("Utfall");
    static final ColumnSpec UTFALL_FOREGAENDE_AR = ColumnSpec.optional("Utfall föregående år");
    static final ColumnSpec BUDGET = ColumnSpec.optional("Budget");
    static final ColumnSpec VERKSAMHET = ColumnSpec.optional("Verksamhet");

    /** The sheet's columns in contract order. */
    static final List<ColumnSpec> COLUMNS = List.of(MANAD, UTFALL, UTFALL_FOREGAENDE_AR, BUDGET, VERKSAMHET);

    private static final String MONTH_HINT = "skriv månadens nummer 1–12 eller namn, till exempel 8 eller augusti";

    private ManadsutfallReader() {
    }

    /**
     * Reads the sheet.
     *
     * @param sr      the sheet, its required columns already checked
     * @param rapport the Rapport sheet (År, Period)
     */
    static Manadsutfall read(SheetReader sr, Rapport rapport) {
        Diagnostics diagnostics = sr.diagnostics();
        List<Manadsutfall.Month> months = new ArrayList<>();
        Map<String, CellRef> seen = new HashMap<>();
        for (RowReader row : sr.rows()) {
            Optional<Integer> month = month(row, rapport.year(), diagnostics);
            Optional<Text> verksamhet = row.text(VERKSAMHET);
            Figure utfall = row.amount(UTFALL);
            Figure foregaende = row.amount(UTFALL_FOREGAENDE_AR);
            Figure budget = row.amount(BUDGET);
            if (month.isEmpty()) {
                continue;
            }
            String key = verksamhet.map(t -> Names.normalise(t.value())).orElse("") + "\u0000" + month.get();
            CellRef at = row.ref(MANAD);
            CellRef first = seen.putIfAbsent(key, at);
            if (first != null) {
                diagnostics.error(at, SwedishMonths.name(month.get()) + " står redan på rad " + (first.row() + 1)
                        + verksamhet.map(t -> " för " + t.value()).orElse(" för nämnden som helhet (utan Verksamhet)")
                        + "; varje månad skrivs en gång" + verksamhet.map(t -> " per verksamhet").orElse("")
                        + ", så att summan inte räknar den två gånger");
                continue;
            }
            Optional<Integer> period = rapport.period();
            if (period.isPresent() && month.get() > period.get() && utfall.reported()) {
                diagnostics.warning(utfall.sources().first(), "Utfall för " + SwedishMonths.name(month.get())
                        + " ligger efter perioden (" + SwedishMonths.range(period.get()) + ") och räknas inte med, "
                        + "varken i kontrollen mot Utfall period eller i prognoserna; ta bort beloppet eller ändra "
                        + "Rapport!Period");
            }
            months.add(new Manadsutfall.Month(verksamhet, month.get(), at, utfall, foregaende, budget));
        }
        return new Manadsutfall(sr.name(), sr.has(UTFALL_FOREGAENDE_AR), sr.has(BUDGET), months);
    }

    /** The month of a row, or empty after an error naming the cell. */
    private static Optional<Integer> month(RowReader row, int year, Diagnostics diagnostics) {
        CellRef ref = row.ref(MANAD);
        CellContent raw = row.raw(MANAD);
        if (raw instanceof CellContent.Number n && n.date() != null) {
            if (n.date().getYear() != year) {
                diagnostics.error(ref, "månaden " + n.date().getYear() + "-" + String.format(Locale.ROOT, "%02d",
                        n.date().getMonthValue()) + " hör till " + n.date().getYear() + " men År är " + year);
                return Optional.empty();
            }
            return Optional.of(n.date().getMonthValue());
        }
        if (raw instanceof CellContent.Number n) {
            return inRange(n.value(), n.value().stripTrailingZeros().toPlainString(), ref, diagnostics);
        }
        Optional<Text> text = row.text(MANAD);
        if (text.isEmpty()) {
            if (!(raw instanceof CellContent.Failed)) {
                diagnostics.error(ref, "Månad saknas på raden; " + MONTH_HINT);
            }
            return Optional.empty();
        }
        String t = text.get().value().strip();
        if (t.matches("[+-]?\\d+([.,]\\d+)?")) {
            return inRange(new BigDecimal(t.replace(',', '.')), t, ref, diagnostics);
        }
        if (t.matches("\\d{4}-\\d{1,2}")) {
            int y = Integer.parseInt(t.substring(0, 4));
            int m = Integer.parseInt(t.substring(5));
            if (m < 1 || m > 12) {
                diagnostics.error(ref, "\"" + t + "\" är ingen månad; " + MONTH_HINT);
                return Optional.empty();
            }
            if (y != year) {
                diagnostics.error(ref, "månaden \"" + t + "\" hör till " + y + " men År är " + year);
                return Optional.empty();
            }
            return Optional.of(m);
        }
        Optional<Integer> named = SwedishMonths.parse(t);
        if (named.isEmpty()) {
            diagnostics.error(ref, "\"" + t + "\" är ingen månad; " + MONTH_HINT);
        }
        return named;
    }

    private static Optional<Integer> inRange(BigDecimal value, String shown, CellRef ref, Diagnostics diagnostics) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > 0 || v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(12)) > 0) {
            diagnostics.error(ref, "månaden " + shown + " finns inte; " + MONTH_HINT);
            return Optional.empty();
        }
        return Optional.of(v.intValueExact());
    }
}
