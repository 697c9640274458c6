package se.rapportverk.report;

import java.time.LocalDate;
import java.time.YearMonth;

import se.rapportverk.format.SwedishMonths;
import se.rapportverk.workbook.AmountColumn;
import se.rapportverk.workbook.HeaderPattern;
import se.rapportverk.workbook.Schema;

/**
 * Table headers and period phrases calculated from År and Period, as the reference delårsrapport
 * writes them: {@code Bokslut 2023}, {@code Utfall jan–aug 2024}, {@code Prognos helår 2024}.
 *
 * @param year  the report year
 * @param month the last month of the period (1–12)
 */
public record PeriodLabels(int year, int month) {

    /**
     * The header of a value column: the first of the headers with year and period that the schema
     * declares for it ({@code Utfall {period} {år}}), which the reader also reads back.
     */
    public String header(AmountColumn column) {
        return header(column.spec());
    }

    /**
     * The header of any column with headers of year and period in the schema: the first of them
     * ({@code Andel av nettokostnad utfall {period} {år}}), which the reader also reads back.
     */
    public String header(se.rapportverk.workbook.ColumnSpec column) {
        return column.patterns().get(0).render(new HeaderPattern.Context(year, month));
    }

    /** The header of the calculated deviation column: the first other header the schema declares for Avvikelse. */
    public String avvikelse() {
        return Schema.AVVIKELSE.aliases().get(0);
    }

    /** {@code januari–augusti}. */
    public String periodText() {
        return SwedishMonths.range(month);
    }

    /** {@code jan–aug}. */
    public String shortPeriod() {
        return SwedishMonths.shortRange(month);
    }

    /** The month's name: {@code augusti}. */
    public String monthName() {
        return SwedishMonths.name(month);
    }

    /** The last day of the period. */
    public LocalDate periodEnd() {
        return YearMonth.of(year, month).atEndOfMonth();
    }

    /** {@code 31 augusti 2025}. */
    public String periodEndText() {
        return periodEnd().getDayOfMonth() + " " + monthName() + " " + year;
    }
}
