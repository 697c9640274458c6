package se.rapportverk.report;

import java.time.LocalDate;
import java.time.YearMonth;

import se.rapportverk.format.SwedishMonths;
import se.rapportverk.workbook.AmountColumn;

/**
 * Table headers and period phrases calculated from År and Period, as the reference delårsrapport
 * writes them: {@code Bokslut 2023}, {@code Utfall jan–aug 2024}, {@code Prognos helår 2024}.
 *
 * @param year  the report year
 * @param month the last month of the period (1–12)
 */
public record PeriodLabels(int year, int month) {

    /** The header of a value column. */
    public String header(AmountColumn column) {
        return switch (column) {
            case BOKSLUT_FOREGAENDE_AR -> "Bokslut " + (year - 1);
            case UTFALL_PERIOD_FOREGAENDE_AR -> "Utfall " + SwedishMonths.shortRange(month) + " " + (year - 1);
            case UTFALL_PERIOD -> "Utfall " + SwedishMonths.shortRange(month) + " " + year;
            case BUDGET_PERIOD -> "Budget " + SwedishMonths.shortRange(month) + " " + year;
            case BUDGET -> "Budget " + year;
            case PROGNOS -> "Prognos helår " + year;
        };
    }

    /** The header of the calculated deviation column. */
    public String avvikelse() {
        return "Avvikelse prognos helår mot budget";
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
