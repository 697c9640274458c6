package se.rapportverk.workbook;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import se.rapportverk.format.SwedishFormat;
import se.rapportverk.format.SwedishMonths;

/**
 * One data row of a sheet, read cell by cell into typed values that keep their cell. Every problem
 * is reported to the sheet's diagnostics with the cell it sits in; the accessor then returns an
 * empty value so that reading can go on and every problem of the workbook is found in one run.
 * Each accessor reads the columns of one {@link ColumnType} (a column declared as a date is read
 * with {@link #date}), so the schema's declaration is what the reader reads.
 */
final class RowReader {

    private static final String NUMBER_HINT = "; skriv till exempel 1 092,2 eller -51,2";
    private static final String MONTH_HINT = "skriv månadens nummer 1–12 eller namn, till exempel 8 eller augusti";

    private final SheetReader sheet;
    private final SheetData.Row row;

    RowReader(SheetReader sheet, SheetData.Row row) {
        this.sheet = sheet;
        this.row = row;
    }

    /** The cell of a column in this row; for an absent column, the row's first cell. */
    CellRef ref(ColumnSpec column) {
        int col = sheet.index(column).orElse(row.firstColumn());
        return new CellRef(sheet.name(), row.index(), col);
    }

    /** The row's number as Excel shows it (1-based). */
    int number() {
        return row.index() + 1;
    }

    private CellContent content(ColumnSpec column) {
        Optional<Integer> index = sheet.index(column);
        if (index.isEmpty()) {
            return new CellContent.Empty();
        }
        return sheet.seen(row.cell(index.get()), new CellRef(sheet.name(), row.index(), index.get()));
    }

    /** Whether the column's cell is empty (or the column is absent). */
    boolean isEmpty(ColumnSpec column) {
        return content(column) instanceof CellContent.Empty;
    }

    /** Refuses, as a programming error, to read a column as another type than the schema declares. */
    private static void expect(ColumnSpec column, ColumnType... types) {
        for (ColumnType t : types) {
            if (column.type() == t) {
                return;
            }
        }
        throw new IllegalArgumentException("the column " + column.header() + " is declared as " + column.type());
    }

    /**
     * The text of a column whose every row needs a value (the row's name: Post, Verksamhet, Mål …);
     * a row without it gets the column's message and an empty value.
     */
    Optional<Text> key(ColumnSpec column) {
        Optional<Text> text = text(column);
        if (text.isEmpty() && column.valueRequired()) {
            sheet.diagnostics().error(ref(column), column.whenEmptyMessage());
        }
        return text;
    }

    /** The text of a cell, trimmed; a number is written plainly, a date as ISO. */
    Optional<Text> text(ColumnSpec column) {
        CellRef ref = ref(column);
        return switch (content(column)) {
            case CellContent.Empty e -> Optional.empty();
            case CellContent.Str s -> Optional.of(new Text(s.value().strip(), ref));
            case CellContent.Number n -> Optional.of(new Text(
                    n.date() != null ? n.date().toString() : n.value().toPlainString(), ref));
            case CellContent.Bool b -> Optional.of(new Text(b.value() ? "SANT" : "FALSKT", ref));
            case CellContent.Failed f -> {
                sheet.diagnostics().error(ref, f.problem());
                yield Optional.empty();
            }
        };
    }

    /**
     * The word of a choice column, as the constant of its declared {@link Choice} enum. An empty cell
     * is an error when every row needs a value; a word that is not allowed is an error that lists the
     * allowed ones.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    <E extends Enum<E> & Choice> Optional<E> choice(ColumnSpec column) {
        expect(column, ColumnType.CHOICE);
        Optional<Text> text = text(column);
        if (text.isEmpty()) {
            if (column.valueRequired()) {
                sheet.diagnostics().error(ref(column), column.whenEmptyMessage());
            }
            return Optional.empty();
        }
        Optional<E> value = Choice.find((Class) column.choices(), text.get().value());
        if (value.isEmpty()) {
            sheet.diagnostics().error(text.get().cell(), "\"" + text.get().value() + "\" går inte att använda som "
                    + column.header().toLowerCase(Locale.ROOT) + "; skriv " + Choice.allowed(column.choices()));
        }
        return value;
    }

    /** One item a line; a leading bullet ({@code - }, {@code • }) is dropped. */
    List<String> items(ColumnSpec column) {
        expect(column, ColumnType.LIST);
        Optional<Text> text = text(column);
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String line : text.get().value().split("\\r?\\n|\\r")) {
            String item = line.strip();
            if (item.startsWith("- ") || item.startsWith("• ")) {
                item = item.substring(2).strip();
            }
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    /** A year with four digits (1900–2200), written as a number or text. */
    Optional<Integer> year(ColumnSpec column) {
        expect(column, ColumnType.YEAR);
        return key(column).flatMap(t -> year(t, sheet.diagnostics()));
    }

    /** A year with four digits (1900–2200) from a text, or an error naming its cell. */
    static Optional<Integer> year(Text text, Diagnostics diagnostics) {
        String t = text.value().strip();
        if (t.matches("\\d{4}")) {
            int year = Integer.parseInt(t);
            if (year >= 1900 && year <= 2200) {
                return Optional.of(year);
            }
        }
        diagnostics.error(text.cell(), "\"" + t + "\" är inte ett årtal; skriv året med fyra siffror, till exempel 2025");
        return Optional.empty();
    }

    /** A year and a month: a date cell, {@code 2025-03} or {@code 2025-03-01}. */
    Optional<YearMonth> yearMonth(ColumnSpec column) {
        expect(column, ColumnType.MONTH);
        CellContent raw = content(column);
        if (raw instanceof CellContent.Number n && n.date() != null) {
            return Optional.of(YearMonth.from(n.date()));
        }
        Optional<Text> text = text(column);
        if (text.isEmpty()) {
            if (column.valueRequired()) {
                sheet.diagnostics().error(ref(column), column.header() + " saknas; skriv till exempel 2025-03");
            }
            return Optional.empty();
        }
        String t = text.get().value().strip();
        try {
            if (t.matches("\\d{4}-\\d{1,2}")) {
                String[] p = t.split("-");
                return Optional.of(YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(YearMonth.from(LocalDate.parse(t)));
            }
        } catch (RuntimeException e) {
            // falls through to the error below
        }
        sheet.diagnostics().error(text.get().cell(), "\"" + t + "\" är ingen period; skriv året och månaden, till "
                + "exempel 2025-03");
        return Optional.empty();
    }

    /**
     * A month of the year, 1–12: a number cell, a date cell, {@code 8}, a Swedish name or abbreviation
     * ({@code augusti}, {@code aug}, {@code Sept.}) or {@code 2025-08}. A date or {@code 2025-08} of
     * another year than {@code year} (when known) is an error, as is a number outside 1–12 or a
     * text that is no month; an empty cell is an error when every row needs a value.
     */
    Optional<Integer> period(ColumnSpec column, Optional<Integer> year) {
        expect(column, ColumnType.PERIOD);
        CellRef ref = ref(column);
        CellContent raw = content(column);
        if (raw instanceof CellContent.Number n && n.date() != null) {
            if (year.isPresent() && n.date().getYear() != year.get()) {
                sheet.diagnostics().error(ref, "månaden " + n.date().getYear() + "-" + String.format(Locale.ROOT,
                        "%02d", n.date().getMonthValue()) + " hör till " + n.date().getYear() + " men År är "
                        + year.get());
                return Optional.empty();
            }
            return Optional.of(n.date().getMonthValue());
        }
        if (raw instanceof CellContent.Number n) {
            return monthInRange(n.value(), n.value().stripTrailingZeros().toPlainString(), ref);
        }
        Optional<Text> text = text(column);
        if (text.isEmpty()) {
            if (column.valueRequired() && !(raw instanceof CellContent.Failed)) {
                sheet.diagnostics().error(ref, column.header() + " saknas på raden; " + MONTH_HINT);
            }
            return Optional.empty();
        }
        String t = text.get().value().strip();
        if (t.matches("[+-]?\\d+([.,]\\d+)?")) {
            return monthInRange(new BigDecimal(t.replace(',', '.')), t, ref);
        }
        if (t.matches("\\d{4}-\\d{1,2}")) {
            int y = Integer.parseInt(t.substring(0, 4));
            int m = Integer.parseInt(t.substring(5));
            if (m < 1 || m > 12) {
                sheet.diagnostics().error(ref, "\"" + t + "\" är ingen månad; " + MONTH_HINT);
                return Optional.empty();
            }
            if (year.isPresent() && y != year.get()) {
                sheet.diagnostics().error(ref, "månaden \"" + t + "\" hör till " + y + " men År är " + year.get());
                return Optional.empty();
            }
            return Optional.of(m);
        }
        Optional<Integer> named = SwedishMonths.parse(t);
        if (named.isEmpty()) {
            sheet.diagnostics().error(ref, "\"" + t + "\" är ingen månad; " + MONTH_HINT);
        }
        return named;
    }

    private Optional<Integer> monthInRange(BigDecimal value, String shown, CellRef ref) {
        BigDecimal v = value.stripTrailingZeros();
        if (v.scale() > 0 || v.compareTo(BigDecimal.ONE) < 0 || v.compareTo(BigDecimal.valueOf(12)) > 0) {
            sheet.diagnostics().error(ref, "månaden " + shown + " finns inte; " + MONTH_HINT);
            return Optional.empty();
        }
        return Optional.of(v.intValueExact());
    }

    /**
     * An amount in the workbook's Beloppsenhet. A text amount with its own unit ({@code 100 000 kr})
     * is converted exactly; a percentage is refused.
     */
    Figure amount(ColumnSpec column) {
        return amount(column, sheet.amountUnit());
    }

    /** An amount in the given unit (for the Rapport sheet, read before the unit is known). */
    Figure amount(ColumnSpec column, Unit unit) {
        expect(column, ColumnType.AMOUNT, ColumnType.TEXT);
        if (sheet.index(column).isEmpty()) {
            return Figure.none();
        }
        CellRef ref = ref(column);
        return switch (content(column)) {
            case CellContent.Empty e -> Figure.notReported(ref);
            case CellContent.Number n -> {
                if (n.percent()) {
                    sheet.diagnostics().error(ref, "cellen är formaterad som procent men kolumnen \""
                            + column.header() + "\" ska innehålla ett belopp i " + unit.symbol());
                    yield Figure.unreadable(ref);
                }
                yield Figure.read(n.value(), ref, n.decimals());
            }
            case CellContent.Str s -> parseAmount(s.value(), ref, column, unit);
            case CellContent.Bool b -> notANumber(b.value() ? "SANT" : "FALSKT", ref);
            case CellContent.Failed f -> {
                sheet.diagnostics().error(ref, f.problem());
                yield Figure.unreadable(ref);
            }
        };
    }

    private Figure parseAmount(String text, CellRef ref, ColumnSpec column, Unit unit) {
        if (SwedishNumbers.isNotReported(text)) {
            return Figure.notReported(ref);
        }
        if (refusedAsAmbiguous(text, ref) || refusedAsDoubleSign(text, ref)) {
            return Figure.unreadable(ref);
        }
        Optional<SwedishNumbers.Parsed> parsed = SwedishNumbers.parse(text);
        if (parsed.isEmpty()) {
            return notANumber(text, ref);
        }
        SwedishNumbers.Parsed p = parsed.get();
        if (p.percent()) {
            sheet.diagnostics().error(ref, "\"" + text.strip() + "\" är ett procenttal men kolumnen \""
                    + column.header() + "\" ska innehålla ett belopp i " + unit.symbol());
            return Figure.unreadable(ref);
        }
        BigDecimal value = p.value();
        if (p.unit().isPresent()) {
            value = p.unit().get().convert(value, unit);
        }
        return Figure.read(value, ref, Math.max(0, value.scale()));
    }

    /**
     * A plain number (a volume, hours, a count, a key figure). {@code 12 %} reads as 12, and so does
     * a cell formatted as percent that shows 12 %.
     */
    Figure number(ColumnSpec column) {
        expect(column, ColumnType.NUMBER, ColumnType.TEXT);
        if (sheet.index(column).isEmpty()) {
            return Figure.none();
        }
        CellRef ref = ref(column);
        return switch (content(column)) {
            case CellContent.Empty e -> Figure.notReported(ref);
            case CellContent.Number n -> {
                BigDecimal v = n.percent() ? n.value().movePointRight(2) : n.value();
                yield Figure.read(v, ref, Math.max(0, n.percent() ? n.decimals() - 2 : n.decimals()));
            }
            case CellContent.Str s -> {
                if (SwedishNumbers.isNotReported(s.value())) {
                    yield Figure.notReported(ref);
                }
                if (refusedAsAmbiguous(s.value(), ref) || refusedAsDoubleSign(s.value(), ref)) {
                    yield Figure.unreadable(ref);
                }
                Optional<SwedishNumbers.Parsed> p = SwedishNumbers.parse(s.value());
                if (p.isEmpty() || p.get().unit().isPresent()) {
                    yield notANumber(s.value(), ref);
                }
                BigDecimal v = p.get().value();
                yield Figure.read(v, ref, Math.max(0, v.scale()));
            }
            case CellContent.Bool b -> notANumber(b.value() ? "SANT" : "FALSKT", ref);
            case CellContent.Failed f -> {
                sheet.diagnostics().error(ref, f.problem());
                yield Figure.unreadable(ref);
            }
        };
    }

    /** Refuses, with both readings, a text such as {@code -12.500} that reads as -12,5 or -12 500. */
    private boolean refusedAsAmbiguous(String text, CellRef ref) {
        Optional<SwedishNumbers.Ambiguous> a = SwedishNumbers.ambiguity(text);
        if (a.isEmpty()) {
            return false;
        }
        String suffix = a.get().suffix().isEmpty() ? "" : (a.get().suffix().equals("%") ? "\u00A0%"
                : "\u00A0" + a.get().suffix());
        String decimal = SwedishFormat.number(a.get().decimal(), a.get().decimal().scale() > 0
                ? a.get().decimal().stripTrailingZeros().scale() : 0) + suffix;
        String thousands = SwedishFormat.number(a.get().thousands(), 0) + suffix;
        sheet.diagnostics().error(ref, "\"" + text.strip() + "\" kan läsas både som " + decimal + " och som " + thousands
                + "; skriv " + decimal + " (med decimalkomma) eller " + thousands + " (utan punkt)");
        return true;
    }

    /** Refuses a number with both a sign and accounting parentheses, {@code -(225,0)}: it reads as either sign. */
    private boolean refusedAsDoubleSign(String text, CellRef ref) {
        if (!SwedishNumbers.signAndParentheses(text)) {
            return false;
        }
        sheet.diagnostics().error(ref, "\"" + text.strip() + "\" har både minustecken och parentes och kan läsas som "
                + "negativt eller som positivt; skriv talet med minustecken (-225,0) eller inom parentes (225,0), inte båda");
        return true;
    }

    private Figure notANumber(String text, CellRef ref) {
        sheet.diagnostics().error(ref, "\"" + text.strip() + "\" är inte ett tal" + NUMBER_HINT);
        return Figure.unreadable(ref);
    }

    /** A date: a date cell or ISO text ({@code 2025-01-01}). */
    Optional<LocalDate> date(ColumnSpec column) {
        expect(column, ColumnType.DATE, ColumnType.TEXT);
        CellRef ref = ref(column);
        return switch (content(column)) {
            case CellContent.Empty e -> Optional.empty();
            case CellContent.Number n -> {
                if (n.date() != null) {
                    yield Optional.of(n.date());
                }
                sheet.diagnostics().error(ref, "\"" + n.value().toPlainString()
                        + "\" är inte ett datum; skriv datumet som 2025-01-01 eller formatera cellen som datum");
                yield Optional.empty();
            }
            case CellContent.Str s -> parseDate(s.value(), ref);
            case CellContent.Bool b -> {
                sheet.diagnostics().error(ref, "\"" + (b.value() ? "SANT" : "FALSKT") + "\" är inte ett datum");
                yield Optional.empty();
            }
            case CellContent.Failed f -> {
                sheet.diagnostics().error(ref, f.problem());
                yield Optional.empty();
            }
        };
    }

    private Optional<LocalDate> parseDate(String text, CellRef ref) {
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            sheet.diagnostics().error(ref, "\"" + text.strip()
                    + "\" är inte ett datum; skriv datumet som 2025-01-01 (år-månad-dag)");
            return Optional.empty();
        }
    }

    /** The raw content, for readers that accept several kinds (such as Rapport values). */
    CellContent raw(ColumnSpec column) {
        return content(column);
    }

    SheetReader sheet() {
        return sheet;
    }
}
