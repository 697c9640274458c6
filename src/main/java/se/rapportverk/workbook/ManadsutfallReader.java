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

    /** The sheet as this reader reads it (until the schema declares it). */
    static final class Spec extends SheetSpec {
        final ColumnSpec manad = ColumnSpec.period("Månad").required();
        final ColumnSpec utfall = ColumnSpec.amount("Utfall").required();
        final ColumnSpec utfallForegaendeAr = ColumnSpec.amount("Utfall föregående år");
        final ColumnSpec budget = ColumnSpec.amount("Budget");
        final ColumnSpec verksamhet = ColumnSpec.text("Verksamhet");

        Spec() {
            super("Månadsutfall", "", java.util.Set.of(DocumentType.DELARSRAPPORT), java.util.Set.of(),
                    wb -> wb.manadsutfall().isPresent(), List.of());
            columns(manad, utfall, utfallForegaendeAr, budget, verksamhet);
        }
    }

    static final Spec SPEC = new Spec();
    private static final ColumnSpec MANAD = SPEC.manad;
    private static final ColumnSpec UTFALL = SPEC.utfall;
    private static final ColumnSpec UTFALL_FOREGAENDE_AR = SPEC.utfallForegaendeAr;
    private static final ColumnSpec BUDGET = SPEC.budget;
    private static final ColumnSpec VERKSAMHET = SPEC.verksamhet;

    private static final String MONTH_HINT = "skriv månadens nummer 1–12 eller namn, till exempel 8 eller augusti";

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
            Optional<Integer> month = month(row, year, diagnostics);
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
    private static Optional<Integer> month(RowReader row, Optional<Integer> year, Diagnostics diagnostics) {
        CellRef ref = row.ref(MANAD);
        CellContent raw = row.raw(MANAD);
        if (raw instanceof CellContent.Number n && n.date() != null) {
            if (year.isPresent() && n.date().getYear() != year.get()) {
                diagnostics.error(ref, "månaden " + n.date().getYear() + "-" + String.format(Locale.ROOT, "%02d",
                        n.date().getMonthValue()) + " hör till " + n.date().getYear() + " men År är " + year.get());
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
            if (year.isPresent() && y != year.get()) {
                diagnostics.error(ref, "månaden \"" + t + "\" hör till " + y + " men År är " + year.get());
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
