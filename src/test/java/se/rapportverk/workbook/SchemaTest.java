package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.rapportverk.testutil.TestWorkbooks;

/**
 * The schema is one consistent declaration: every sheet of the Workbook record is declared, no
 * two columns or words of a list can be mistaken for each other, every column has a help text that
 * fits an Excel input message, the templates use exactly the Texter keys it declares, and which
 * sheets make which document agrees with the contract's table (written out by hand here).
 */
class SchemaTest {

    @Test
    void everySheetOfTheWorkbookRecordIsDeclaredOnce() {
        Set<String> components = new TreeSet<>();
        for (var c : Workbook.class.getRecordComponents()) {
            if (!Set.of("fileName", "rapport", "texter").contains(c.getName())) {
                components.add(c.getName().toLowerCase(java.util.Locale.ROOT));
            }
        }
        Set<String> declared = new TreeSet<>();
        for (SheetSpec s : Schema.SHEETS) {
            if (s != Schema.RAPPORT && s != Schema.TEXTER) {
                declared.add(Names.normalise(s.name()).replace(" ", ""));
            }
        }
        assertEquals(components, declared, "each sheet the Workbook record holds is declared in Schema, and only those");
        assertEquals(Schema.SHEETS.size(), new HashSet<>(Schema.SHEETS.stream().map(s -> Names.normalise(s.name()))
                .toList()).size());
    }

    @Test
    void columnsAndWordsCannotBeMistakenForEachOther() {
        for (SheetSpec s : Schema.SHEETS) {
            List<String> names = new ArrayList<>();
            s.columns().forEach(c -> c.names().forEach(n -> names.add(Names.normalise(n))));
            assertEquals(names.size(), new HashSet<>(names).size(), s.name() + ": " + names);
            assertFalse(s.columns().isEmpty(), s.name());
            assertFalse(s.requiredColumns().isEmpty(), s.name() + " needs at least one column");
            for (ColumnSpec c : s.columns()) {
                assertFalse(c.help().isBlank(), s.name() + "!" + c.header() + " has no help text");
                assertTrue(c.help().length() <= 200, s.name() + "!" + c.header() + ": help longer than an input message");
                assertTrue(c.header().length() <= 32, c.header() + " is longer than an input message's title");
                if (c.type() == ColumnType.CHOICE || c.type() == ColumnType.KEY) {
                    assertTrue(distinct(c.choices()), c.header() + ": two words read the same");
                }
            }
        }
        for (RapportField f : RapportField.values()) {
            assertTrue(f.help().length() <= 200, f.label());
        }
        assertTrue(distinct(Unit.class));
    }

    @Test
    void theTemplatesUseExactlyTheDeclaredKeys() throws IOException {
        Pattern key = Pattern.compile("(?:key=\"|texter\\[\"|r\\.text \")([a-z-]+)\"");
        for (DocumentType d : DocumentType.values()) {
            String template = Files.readString(Path.of("templates", d.id() + ".ftl"), StandardCharsets.UTF_8);
            Set<String> used = new TreeSet<>();
            Matcher m = key.matcher(template);
            while (m.find()) {
                used.add(m.group(1));
            }
            assertEquals(new TreeSet<>(Schema.textsFor(d).stream().map(TextKey::id).toList()), used, d.id());
        }
    }

    @Test
    void whichSheetsMakeWhichDocumentIsTheContractsTable() {
        assertEquals(List.of("Resultaträkning", "Driftsredovisning", "Volymer", "Investeringar", "Externa utförare",
                "Mål", "Uppdrag", "Internkontroll"), names(Schema.sheetsMaking(DocumentType.DELARSRAPPORT)));
        assertEquals(List.of("Åtgärder"), names(Schema.sheetsMaking(DocumentType.HANDLINGSPLAN)));
        assertEquals(List.of("Ärende"), names(Schema.sheetsMaking(DocumentType.TJANSTESKRIVELSE)));
        assertEquals(List.of(TextKey.ARENDEBESKRIVNING, TextKey.FORVALTNINGENS_YTTRANDE),
                Schema.textsMaking(DocumentType.TJANSTESKRIVELSE));
        assertEquals(List.of("Rapport", "Texter", "Åtgärder", "Bemanning", "Nyckeltal"),
                names(Schema.sheetsFor(DocumentType.HANDLINGSPLAN)));
        assertEquals("den behöver minst en ifylld rad i bladet Ärende (eller en text i avsnittet arendebeskrivning "
                + "eller forvaltningens-yttrande i bladet Texter)", Schema.needs(DocumentType.TJANSTESKRIVELSE));
    }

    /** The checks as docs/arbetsbok.md and the README number them (written out by hand here). */
    @Test
    void theChecksAreNumberedOnceInOrder() {
        List<Integer> numbers = java.util.Arrays.stream(CheckType.values()).map(CheckType::number).toList();
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9), numbers);
        assertEquals(List.of(1, 2, 3, 4, 5), java.util.Arrays.stream(CheckType.values()).filter(CheckType::contract)
                .map(CheckType::number).toList(), "1–5 are the contract's, 6–9 Rapportverk's");
        assertEquals(List.of(1, 2, 6), java.util.Arrays.stream(CheckType.values())
                .filter(c -> c.failure() == CheckType.Failure.DISCREPANCY).map(CheckType::number).toList(),
                "discrepancies, errors with --strict");
        assertEquals(List.of(8), java.util.Arrays.stream(CheckType.values())
                .filter(c -> c.failure() == CheckType.Failure.ERROR).map(CheckType::number).toList(), "always errors");
        assertEquals(CheckType.values().length, java.util.Arrays.stream(se.rapportverk.calc.CheckKind.values())
                .map(se.rapportverk.calc.CheckKind::type).distinct().count(), "each check is run by one CheckKind");
        assertEquals("Månadsutfallet mot perioden", CheckType.MONTHS.title());
    }

    @Test
    void documentsInAWorkbookComeFromItsFilledSheets() {
        Workbook plan = read(TestWorkbooks.rapport().sheet("Åtgärder").row("Åtgärd", "Effekt helår")
                .row("Färre timvikarier", 1000).sheet("Resultaträkning").row("Post", "Utfall period", "Budget", "Prognos"));
        assertEquals(EnumSet.of(DocumentType.HANDLINGSPLAN), Schema.documentsIn(plan),
                "a sheet with its header row and no row makes nothing");
        assertTrue(plan.resultatrakning().isEmpty());
        Workbook ts = read(TestWorkbooks.rapport().sheet("Texter").row("Avsnitt", "Text")
                .row("arendebeskrivning", "Bakgrund."));
        assertEquals(EnumSet.of(DocumentType.TJANSTESKRIVELSE), Schema.documentsIn(ts));
    }

    @Test
    void anAliasIsTheSameColumnAndBothAtOnceIsRefused() {
        SheetSpec spec = new SheetSpec("Prov", "ett blad för testet", Set.of(DocumentType.DELARSRAPPORT), Set.of(),
                wb -> false, List.of()) {
            {
                columns(ColumnSpec.amount("Prognos").required().alias("Prognos helår").help("Prognosen."));
            }
        };
        Diagnostics d = new Diagnostics();
        SheetData one = sheet(new String[] {"Post", "Prognos helår"}, new Object[] {"Hyra", "12"});
        SheetReader reader = new SheetReader(one, spec, d, Unit.TKR);
        assertTrue(reader.checkRequired());
        assertEquals(0, new java.math.BigDecimal(12).compareTo(reader.rows().get(0).amount(spec.columns().get(0)).value()));
        SheetData both = sheet(new String[] {"Prognos", "Prognos helår"}, new Object[] {"1", "2"});
        new SheetReader(both, spec, d, Unit.TKR);
        assertEquals(List.of("Prov!B1: kolumnen \"Prognos helår\" betyder samma som \"Prognos\" i A1, och kolumnen har "
                + "värden (till exempel i B2) som inte skulle komma med; ta bort kolumnen eller ge den en egen rubrik, så "
                + "att det är tydligt vilka värden som gäller"), d.issues().stream().map(Issue::toString).toList());
        assertThrows(IllegalArgumentException.class, () -> new SheetReader(one, spec, new Diagnostics(), Unit.TKR)
                .rows().get(0).date(spec.columns().get(0)), "a column is read as the type it is declared");
    }

    /** Whether no two words or aliases of a choice read as the same. */
    private static boolean distinct(Class<? extends Enum<?>> type) {
        List<String> keys = new ArrayList<>();
        for (Enum<?> e : type.getEnumConstants()) {
            Choice c = (Choice) e;
            keys.add(Names.key(c.word()));
            c.aliases().forEach(a -> keys.add(Names.key(a)));
        }
        return !keys.isEmpty() && keys.size() == new HashSet<>(keys).size();
    }

    private static List<String> names(List<SheetSpec> sheets) {
        return sheets.stream().map(SheetSpec::name).toList();
    }

    private static Workbook read(se.rapportverk.testutil.WorkbookBuilder b) {
        ReadResult r = WorkbookReader.read("arbetsbok.xlsx", b.build());
        assertEquals(List.of(), r.diagnostics().errors());
        return r.workbook().orElseThrow();
    }

    private static SheetData sheet(String[] header, Object[] values) {
        List<SheetData.Row> rows = new ArrayList<>();
        rows.add(row(0, header));
        rows.add(row(1, values));
        return new SheetData("Prov", rows, List.of());
    }

    private static SheetData.Row row(int index, Object[] values) {
        int[] columns = new int[values.length];
        CellContent[] cells = new CellContent[values.length];
        for (int i = 0; i < values.length; i++) {
            columns[i] = i;
            cells[i] = new CellContent.Str(String.valueOf(values[i]), null);
        }
        return new SheetData.Row(index, false, columns, cells);
    }
}
