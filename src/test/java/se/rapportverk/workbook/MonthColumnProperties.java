package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;

/**
 * Properties of reading a month column ({@code Månadsutfall!Månad}, {@link ColumnType#PERIOD}):
 * every way a user writes a month of År reads as that month, and a number that is no month, or a
 * month of another year, is an error naming the cell and never a month. The names are typed here
 * by hand; År is 2024 in {@link TestWorkbooks#rapport()}.
 */
class MonthColumnProperties {

    private static final List<String> NAMES = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli",
            "augusti", "september", "oktober", "november", "december");
    private static final List<String> SHORT = List.of("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep",
            "okt", "nov", "dec");

    /** A month 1–12 and one way of writing it. */
    record Typed(int month, Object cell) {
    }

    @Provide
    Arbitrary<Typed> typed() {
        Arbitrary<Integer> month = Arbitraries.integers().between(1, 12);
        Arbitrary<Integer> form = Arbitraries.integers().between(0, 7);
        Arbitrary<Integer> day = Arbitraries.integers().between(1, 28);
        return Combinators.combine(month, form, day).as((m, f, d) -> new Typed(m, switch (f) {
            case 0 -> m;                                                   // a number cell
            case 1 -> String.valueOf(m);                                   // 8
            case 2 -> String.format(Locale.ROOT, "%02d", m);               // 08
            case 3 -> NAMES.get(m - 1);                                    // augusti
            case 4 -> NAMES.get(m - 1).toUpperCase(Locale.ROOT);           // AUGUSTI
            case 5 -> SHORT.get(m - 1) + (d % 2 == 0 ? "." : "");          // aug, aug.
            case 6 -> "2024-" + (d % 2 == 0 ? String.format(Locale.ROOT, "%02d", m) : String.valueOf(m)); // 2024-08
            default -> LocalDate.of(2024, m, d);                           // a date cell
        }));
    }

    @Provide
    Arbitrary<List<Typed>> typedMonths() {
        return typed().list().ofMinSize(1).ofMaxSize(12);
    }

    @Property(tries = 25)
    void everyWayOfWritingAMonthReadsAsThatMonth(@ForAll("typedMonths") List<Typed> rows) {
        List<Typed> distinct = new ArrayList<>();
        rows.stream().filter(t -> distinct.stream().noneMatch(d -> d.month() == t.month())).forEach(distinct::add);
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Månadsutfall").row("Månad", "Utfall");
        distinct.forEach(t -> b.row(t.cell(), null));
        ReadResult read = WorkbookReader.read("m.xlsx", b.build());
        assertEquals(List.of(), read.diagnostics().errors(), distinct.toString());
        List<Integer> months = read.workbook().orElseThrow().manadsutfall()
                .map(m -> m.rows().stream().map(Manadsutfall.Month::month).toList()).orElse(List.of());
        assertEquals(distinct.stream().map(Typed::month).toList(), months, distinct.toString());
    }

    @Provide
    Arbitrary<Object> noMonth() {
        Arbitrary<Integer> outside = Arbitraries.oneOf(Arbitraries.integers().between(-40, 0),
                Arbitraries.integers().between(13, 400));
        return Arbitraries.oneOf(outside.map(n -> (Object) n), outside.map(n -> (Object) String.valueOf(n)),
                Arbitraries.integers().between(1, 11).map(n -> (Object) (n + ",5")));
    }

    @Property(tries = 20)
    void aNumberThatIsNoMonthIsAnErrorNamingTheCell(@ForAll("noMonth") Object cell) {
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Månadsutfall").row("Månad", "Utfall").row(cell, -100);
        ReadResult read = WorkbookReader.read("m.xlsx", b.build());
        List<Issue> errors = read.diagnostics().errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("Månadsutfall!A2", errors.get(0).place());
        assertTrue(errors.get(0).message().startsWith("månaden " + cell + " finns inte; skriv månadens nummer 1–12"),
                errors.get(0).message());
    }

    @Property(tries = 15)
    void aMonthOfAnotherYearIsAnError(@ForAll("typed") Typed t, @ForAll boolean asDate) {
        int year = t.month() % 2 == 0 ? 2023 : 2025;
        Object cell = asDate ? LocalDate.of(year, t.month(), 1) : year + "-" + t.month();
        WorkbookBuilder b = TestWorkbooks.rapport();
        b.sheet("Månadsutfall").row("Månad", "Utfall").row(cell, -100);
        List<Issue> errors = WorkbookReader.read("m.xlsx", b.build()).diagnostics().errors();
        assertEquals(1, errors.size(), errors.toString());
        assertEquals("Månadsutfall!A2", errors.get(0).place());
        assertTrue(errors.get(0).message().endsWith(" hör till " + year + " men År är 2024"), errors.get(0).message());
    }
}
