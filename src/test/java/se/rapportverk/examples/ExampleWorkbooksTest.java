package se.rapportverk.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Opens the committed example workbooks in {@code input-examples/} and checks that they keep
 * the workbook contract (arbetsbok.md) and their own purpose: the complete delårsrapport has
 * no discrepancy at all, the avvikelser variant has exactly its documented ones, the plans have
 * the fields their documents need. The checks read the files only; they do not use the
 * builder's arrays, so a hand-edited example is checked too.
 */
class ExampleWorkbooksTest {

    static final Path DIR = Path.of("input-examples");

    static final String DELARSRAPPORT = "delarsrapport-augusti-2025.xlsx";
    static final String AVVIKELSER = "delarsrapport-med-avvikelser.xlsx";
    static final String HANDLINGSPLAN = "handlingsplan-personlig-assistans-2025.xlsx";
    static final String UPPFOLJNING = "uppfoljning-handlingsplan-2025.xlsx";
    static final String ATGARDSPLAN = "atgardsplan-2025.xlsx";
    static final String TJANSTESKRIVELSE = "tjansteskrivelse-handlingsplan-2025.xlsx";

    static Stream<String> allFiles() {
        return Stream.of(DELARSRAPPORT, AVVIKELSER, HANDLINGSPLAN, UPPFOLJNING, ATGARDSPLAN, TJANSTESKRIVELSE);
    }

    static final List<String> VALUE_COLUMNS = List.of("Bokslut föregående år", "Utfall period föregående år",
            "Utfall period", "Budget period", "Budget", "Prognos");

    /** Required and optional columns of each sheet of the contract (normalised names are compared). */
    static final Map<String, List<String>> REQUIRED = Map.ofEntries(
            Map.entry("Rapport", List.of("Fält", "Värde")),
            Map.entry("Texter", List.of("Avsnitt", "Text")),
            Map.entry("Resultaträkning", List.of("Post", "Utfall period", "Budget", "Prognos")),
            Map.entry("Driftsredovisning", List.of("Verksamhet", "Utfall period", "Budget", "Prognos")),
            Map.entry("Månadsutfall", List.of("Månad", "Utfall")),
            Map.entry("Volymer", List.of("Verksamhet", "Volymenhet", "Volym budget", "Volym prognos", "Kostnad per enhet")),
            Map.entry("Investeringar", List.of("Projekt", "Budget", "Utfall period", "Prognos")),
            Map.entry("Externa utförare", List.of("Verksamhet", "Köp av verksamhet utfall", "Nettokostnad utfall",
                    "Köp av verksamhet budget", "Nettokostnad budget", "Antal externa utförare")),
            Map.entry("Mål", List.of("Nivå", "Mål", "Innebörd", "Bedömning", "Text")),
            Map.entry("Uppdrag", List.of("Typ", "Namn", "Uppföljning")),
            Map.entry("Internkontroll", List.of("Risk", "Beskrivning", "Kontroll", "Resultat", "Kommentar")),
            Map.entry("Åtgärder", List.of("Åtgärd")),
            Map.entry("Bemanning", List.of("Enhet", "Intäkter helår", "Övriga kostnader helår", "Kostnad per årsarbetare",
                    "Bemanning")),
            Map.entry("Nyckeltal", List.of("Nyckeltal", "Enhet", "Period", "Utfall", "Målvärde", "Riktning", "Måttenhet")),
            Map.entry("Flerårsöversikt", List.of("Område", "År", "Nettokostnad", "Nämndbidrag")),
            Map.entry("Ärende", List.of("Typ", "Text", "Titel")));

    static final Map<String, List<String>> OPTIONAL = Map.of(
            "Rapport", List.of("Förklaring"),
            "Texter", List.of("Rubrik"),
            "Resultaträkning", List.of("Typ", "Bokslut föregående år", "Utfall period föregående år", "Budget period",
                    "Avvikelse"),
            "Driftsredovisning", List.of("Område", "Bokslut föregående år", "Utfall period föregående år",
                    "Budget period", "Avvikelse"),
            "Månadsutfall", List.of("Utfall föregående år", "Budget", "Verksamhet"),
            "Åtgärder", List.of("Nr", "Verksamhet", "Ansvarig", "Startdatum", "Effekt helår", "Effekt innevarande år",
                    "Effekt text", "Antal", "Timmar per", "Timkostnad", "Beskrivning", "Möjligheter", "Risker",
                    "Ekonomisk effekt", "Uppföljning", "Status", "Utfall hittills"));

    static final Set<String> RAPPORT_FIELDS = Set.of("Kommun", "Nämnd", "Förvaltning", "År", "Period", "Beloppsenhet",
            "Tabellenhet", "Decimaler", "Titel", "Datum", "Diarienummer", "Handläggare", "Telefon", "E-post", "Ansvar",
            "Typ av styrdokument", "Beslutande instans", "Datum för beslut", "Gäller för", "Giltighetstid",
            "Revideras senast", "Dokumentansvarig", "Underskott", "Årsarbetstid");

    static final List<String> DELARSRAPPORT_KEYS = List.of("sammanfattning", "uppdrag-och-ansvar",
            "vasentliga-handelser", "mal", "ekonomisk-analys", "atgarder-for-budget-i-balans", "volymer",
            "externa-utforare", "investeringar", "forvantad-utveckling", "internkontroll");

    // ================================================================== every workbook

    @ParameterizedTest
    @MethodSource("allFiles")
    void startsWithInstructionsAndHasAValidRapportSheet(String file) throws IOException {
        try (Bok bok = Bok.open(file)) {
            assertEquals("Instruktioner", bok.wb.getSheetName(0), file + ": det första bladet ska vara Instruktioner");
            Map<String, Cell> rapport = bok.rapport();
            for (String field : rapport.keySet()) {
                assertTrue(RAPPORT_FIELDS.stream().anyMatch(f -> norm(f).equals(field)),
                        file + ": okänt fält i Rapport: " + field);
            }
            assertEquals("Ekeby kommun", bok.text(rapport.get("kommun")));
            assertEquals("Vård- och omsorgsnämnden", bok.text(rapport.get("namnd")));
            assertEquals(CellType.NUMERIC, rapport.get("ar").getCellType(), file + ": Rapport!År ska vara ett tal");
            assertEquals(2025, bok.number(rapport.get("ar")).intValueExact());
            assertNotNull(bok.date(rapport.get("datum")), file + ": Rapport!Datum saknas");
            assertTrue(bok.text(rapport.get("diarienummer")).matches("\\d{4}\\.\\d{3} VON"), file + ": Diarienummer");
        }
    }

    @ParameterizedTest
    @MethodSource("allFiles")
    void headersFollowTheContract(String file) throws IOException {
        try (Bok bok = Bok.open(file)) {
            for (Sheet sheet : bok.wb) {
                String known = REQUIRED.keySet().stream().filter(k -> norm(k).equals(norm(sheet.getSheetName())))
                        .findFirst().orElse(null);
                if (known == null) {
                    assertEquals("Instruktioner", sheet.getSheetName(), file + ": okänt blad " + sheet.getSheetName());
                    continue;
                }
                Set<String> headers = bok.headers(sheet).keySet();
                for (String required : REQUIRED.get(known)) {
                    assertTrue(headers.contains(norm(required)), file + ": " + known + " saknar kolumnen " + required);
                }
                List<String> allowed = new ArrayList<>(REQUIRED.get(known));
                allowed.addAll(OPTIONAL.getOrDefault(known, List.of()));
                for (String header : headers) {
                    assertTrue(allowed.stream().anyMatch(a -> norm(a).equals(header)),
                            file + ": " + known + " har en kolumn som kontraktet inte känner: " + header);
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("allFiles")
    void everyFormulaHasACachedResultEqualToAFreshEvaluation(String file) throws IOException {
        try (Bok bok = Bok.open(file)) {
            FormulaEvaluator evaluator = bok.wb.getCreationHelper().createFormulaEvaluator();
            for (Sheet sheet : bok.wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() != CellType.FORMULA) {
                            continue;
                        }
                        String where = sheet.getSheetName() + "!" + cell.getAddress();
                        assertEquals(CellType.NUMERIC, cell.getCachedFormulaResultType(), file + ": " + where + " har inget sparat resultat");
                        CellValue fresh = evaluator.evaluate(cell);
                        assertEquals(fresh.getNumberValue(), cell.getNumericCellValue(), 1e-9, file + ": " + where);
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("allFiles")
    void noPlaceholderText(String file) throws IOException {
        try (Bok bok = Bok.open(file)) {
            for (Sheet sheet : bok.wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            String s = cell.getStringCellValue();
                            for (String bad : List.of("XX", "ÅÅÅÅ", "TODO", "Lorem", "[", "??", "  ")) {
                                assertFalse(s.contains(bad), file + ": " + sheet.getSheetName() + "!" + cell.getAddress()
                                        + " innehåller \"" + bad + "\"");
                            }
                            assertTrue(s.length() <= 32_767, "För lång cell");
                        }
                    }
                }
            }
        }
    }

    /** The committed files are exactly what the builder writes, so they are never edited by hand only. */
    @Test
    void committedFilesAreWhatTheBuilderWrites(@TempDir Path tmp) throws IOException {
        ExampleWorkbooks.main(new String[] {tmp.toString()});
        List<String> expected = allFiles().sorted().toList();
        try (Stream<Path> written = Files.list(tmp)) {
            assertEquals(expected, written.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String file : expected) {
            assertArrayEquals(Files.readAllBytes(tmp.resolve(file)), Files.readAllBytes(DIR.resolve(file)),
                    file + " skiljer sig från det som ExampleWorkbooks skriver: kör byggaren och checka in filerna");
        }
    }

    // ================================================================== (a) the complete delårsrapport

    @Test
    void delarsrapportHasNoDiscrepancies() throws IOException {
        try (Bok bok = Bok.open(DELARSRAPPORT)) {
            assertEquals(List.of(), Checks.of(bok).findings());
        }
    }

    @Test
    void delarsrapportResultatrakningAndDriftsredovisning() throws IOException {
        try (Bok bok = Bok.open(DELARSRAPPORT)) {
            List<Map<String, Cell>> rr = bok.rows("Resultaträkning");
            List<String> posts = rr.stream().map(r -> bok.text(r.get("post"))).toList();
            assertEquals(List.of("Taxor och avgifter", "Bidrag (intäkter)", "Övriga intäkter", "Summa intäkter",
                    "Personalkostnader", "Bidrag (kostnader)", "Köp av verksamhet", "Lokalhyror",
                    "Övriga driftskostnader", "Kapitaltjänstkostnader", "Summa kostnader", "Summa totalt"), posts);
            for (Map<String, Cell> r : rr) {
                for (String c : VALUE_COLUMNS) {
                    Cell cell = r.get(norm(c));
                    assertNotNull(cell, "Resultaträkning: " + bok.text(r.get("post")) + " saknar " + c);
                    if (bok.text(r.get("post")).startsWith("Summa")) {
                        assertEquals(CellType.FORMULA, cell.getCellType(), "Summaraderna ska vara formler: " + cell.getAddress());
                        assertTrue(cell.getCellFormula().startsWith("SUM("), cell.getAddress() + " ska vara en SUMMA-formel");
                    }
                }
                BigDecimal bp = bok.number(r.get("budget period")), b = bok.number(r.get("budget"));
                double share = bp.doubleValue() / b.doubleValue();
                assertTrue(share > 0.6 && share < 0.72, "Budget period är inte ungefär 8/12 av Budget: " + bok.text(r.get("post")));
            }
            // Size and key figures.
            Map<String, BigDecimal> total = bok.columnValues(rr.get(11));
            assertTrue(total.get("budget").compareTo(new BigDecimal("-1150000")) > 0
                    && total.get("budget").compareTo(new BigDecimal("-1000000")) < 0, "Nettokostnaden ska vara cirka 1,1 miljarder");
            BigDecimal income = bok.number(rr.get(3).get("budget"));
            assertTrue(income.compareTo(new BigDecimal("80000")) > 0 && income.compareTo(new BigDecimal("100000")) < 0,
                    "Intäkterna ska vara cirka 90 mkr");

            List<Map<String, Cell>> drift = bok.rows("Driftsredovisning");
            assertTrue(drift.size() >= 14 && drift.size() <= 18, "Cirka 15 verksamheter");
            assertEquals(Set.of("Äldreomsorg", "LSS och socialpsykiatri", "Gemensamt"),
                    drift.stream().map(r -> bok.text(r.get("omrade"))).filter(s -> !s.isEmpty()).collect(Collectors.toSet()));
            // Whole thousands.
            for (Map<String, Cell> r : concat(rr, drift)) {
                for (String c : VALUE_COLUMNS) {
                    assertTrue(bok.number(r.get(norm(c))).stripTrailingZeros().scale() <= 0,
                            "Beloppen ska vara hela tkr: " + r.get(norm(c)).getAddress());
                }
            }
        }
    }

    @Test
    void delarsrapportTexterHasEveryKeyButTheDraftedOne() throws IOException {
        try (Bok bok = Bok.open(DELARSRAPPORT)) {
            Map<String, String> texter = bok.texter();
            assertEquals(DELARSRAPPORT_KEYS, new ArrayList<>(texter.keySet()));
            assertFalse(texter.containsKey("ekonomi-sammanfattning"), "ekonomi-sammanfattning skrivs av Rapportverk");
            for (var e : texter.entrySet()) {
                int min = Set.of("investeringar", "internkontroll", "mal").contains(e.getKey()) ? 300 : 800;
                assertTrue(e.getValue().length() >= min, "Texten " + e.getKey() + " är för kort: " + e.getValue().length());
            }
            assertTrue(texter.get("ekonomisk-analys").contains("\n### Hemtjänst\n"), "Ekonomisk analys har underrubriker");
            assertTrue(texter.get("ekonomisk-analys").contains("\n### LSS boende\n"));
            assertTrue(texter.get("sammanfattning").contains("\n- "), "Sammanfattningen har en punktlista");
            for (String text : texter.values()) {
                assertFalse(text.contains("\n\n\n"), "Högst en tom rad mellan stycken");
                assertFalse(text.startsWith(" ") || text.endsWith("\n"), "Ingen inledande eller avslutande tomrad");
            }
        }
    }

    @Test
    void delarsrapportGoalsInvestmentsAndControl() throws IOException {
        try (Bok bok = Bok.open(DELARSRAPPORT)) {
            List<Map<String, Cell>> mal = bok.rows("Mål");
            assertEquals(4, mal.stream().filter(r -> bok.text(r.get("niva")).equals("Kommunfullmäktige")).count());
            assertEquals(4, mal.stream().filter(r -> bok.text(r.get("niva")).equals("Nämnd")).count());
            Set<String> bedomningar = mal.stream().map(r -> bok.text(r.get("bedomning"))).collect(Collectors.toSet());
            assertEquals(Set.of("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt"), bedomningar);
            mal.forEach(r -> assertFalse(bok.text(r.get("innebord")).isBlank() || bok.text(r.get("text")).isBlank()));

            List<Map<String, Cell>> uppdrag = bok.rows("Uppdrag");
            assertEquals(3, uppdrag.stream().filter(r -> bok.text(r.get("typ")).equals("Satsning")).count());
            long u = uppdrag.stream().filter(r -> bok.text(r.get("typ")).equals("Uppdrag")).count();
            assertTrue(u >= 1 && u <= 2);
            assertEquals(uppdrag.size(), 3 + u);

            List<Map<String, Cell>> ik = bok.rows("Internkontroll");
            assertEquals(6, ik.size());
            Set<String> resultat = ik.stream().map(r -> bok.text(r.get("resultat"))).collect(Collectors.toSet());
            assertTrue(Set.of("Utan avvikelse", "Mindre avvikelse", "Stor avvikelse", "Ej genomförd").containsAll(resultat));
            assertTrue(resultat.size() >= 3, "Blandade resultat");
            ik.forEach(r -> List.of("risk", "beskrivning", "kontroll", "kommentar")
                    .forEach(c -> assertFalse(bok.text(r.get(c)).isBlank(), "Internkontroll: " + c)));

            List<Map<String, Cell>> inv = bok.rows("Investeringar");
            assertTrue(inv.size() >= 4 && inv.size() <= 5);
            for (Map<String, Cell> r : inv) {
                for (String c : List.of("budget", "utfall period", "prognos")) {
                    assertTrue(bok.number(r.get(c)).signum() < 0, "Investeringsutgifter är negativa: " + r.get(c).getAddress());
                }
            }

            Map<String, BigDecimal> driftUtfall = new LinkedHashMap<>();
            Map<String, BigDecimal> driftBudgetPeriod = new LinkedHashMap<>();
            for (Map<String, Cell> r : bok.rows("Driftsredovisning")) {
                driftUtfall.put(bok.text(r.get("verksamhet")), bok.number(r.get("utfall period")));
                driftBudgetPeriod.put(bok.text(r.get("verksamhet")), bok.number(r.get("budget period")));
            }
            List<Map<String, Cell>> volymer = bok.rows("Volymer");
            assertTrue(volymer.size() >= 6 && volymer.size() <= 7);
            long changed = volymer.stream().filter(r -> bok.number(r.get("volym budget"))
                    .compareTo(bok.number(r.get("volym prognos"))) != 0).count();
            assertTrue(changed >= 2, "Några volymer avviker från budget");
            for (Map<String, Cell> r : volymer) {
                assertTrue(Set.of("Årsplacering", "Timmar", "Kunder").contains(bok.text(r.get("volymenhet"))));
                assertTrue(driftUtfall.containsKey(bok.text(r.get("verksamhet"))),
                        "Volymer: verksamheten finns inte i driftsredovisningen: " + bok.text(r.get("verksamhet")));
                assertTrue(bok.number(r.get("kostnad per enhet")).signum() > 0);
            }

            List<Map<String, Cell>> externa = bok.rows("Externa utförare");
            assertTrue(externa.size() >= 5 && externa.size() <= 6);
            for (Map<String, Cell> r : externa) {
                String v = bok.text(r.get("verksamhet"));
                assertEquals(0, driftUtfall.get(v).compareTo(bok.number(r.get("nettokostnad utfall"))), v);
                assertEquals(0, driftBudgetPeriod.get(v).compareTo(bok.number(r.get("nettokostnad budget"))), v);
                assertTrue(bok.number(r.get("kop av verksamhet utfall")).abs()
                        .compareTo(bok.number(r.get("nettokostnad utfall")).abs()) <= 0, v + ": köp större än nettokostnad");
                assertTrue(bok.number(r.get("antal externa utforare")).signum() > 0);
            }
        }
    }

    @Test
    void delarsrapportMonthsAddUpToThePeriod() throws IOException {
        try (Bok bok = Bok.open(DELARSRAPPORT)) {
            Map<String, BigDecimal> total = bok.columnValues(bok.rows("Resultaträkning").get(11));
            List<Map<String, Cell>> all = bok.rows("Månadsutfall");
            List<Map<String, Cell>> months = all.stream()
                    .filter(r -> r.get("verksamhet") == null && !bok.text(r.get("manad")).startsWith("#")).toList();
            assertEquals(12, months.size());
            BigDecimal utfall = BigDecimal.ZERO, fg = BigDecimal.ZERO, fg8 = BigDecimal.ZERO, budget = BigDecimal.ZERO,
                    budget8 = BigDecimal.ZERO;
            for (int m = 0; m < 12; m++) {
                Map<String, Cell> r = months.get(m);
                assertEquals(m < 8, r.get("utfall") != null, "Utfall bara för januari–augusti");
                utfall = utfall.add(bok.number(r.get("utfall")));
                fg = fg.add(bok.number(r.get("utfall foregaende ar")));
                budget = budget.add(bok.number(r.get("budget")));
                if (m < 8) {
                    fg8 = fg8.add(bok.number(r.get("utfall foregaende ar")));
                    budget8 = budget8.add(bok.number(r.get("budget")));
                }
            }
            assertEquals(0, utfall.compareTo(total.get("utfall period")));
            assertEquals(0, fg.compareTo(total.get("bokslut foregaende ar")));
            assertEquals(0, fg8.compareTo(total.get("utfall period foregaende ar")));
            assertEquals(0, budget.compareTo(total.get("budget")));
            assertEquals(0, budget8.compareTo(total.get("budget period")));
        }
    }

    /** Each Verksamhet's months add up to its Driftsredovisning row, column by column (check 6). */
    @Test
    void delarsrapportMonthsOfAVerksamhetAddUpToItsRow() throws IOException {
        try (Bok bok = Bok.open(DELARSRAPPORT)) {
            Map<String, Map<String, BigDecimal>> drift = new LinkedHashMap<>();
            for (Map<String, Cell> r : bok.rows("Driftsredovisning")) {
                if (r.get("verksamhet") != null) {
                    drift.put(bok.text(r.get("verksamhet")), bok.columnValues(r));
                }
            }
            Map<String, List<Map<String, Cell>>> per = new LinkedHashMap<>();
            for (Map<String, Cell> r : bok.rows("Månadsutfall")) {
                if (r.get("verksamhet") != null) {
                    per.computeIfAbsent(bok.text(r.get("verksamhet")), k -> new ArrayList<>()).add(r);
                }
            }
            assertFalse(per.isEmpty(), "månadsutfall för minst en verksamhet");
            per.forEach((v, rows) -> {
                assertTrue(drift.containsKey(v), v + " finns i driftsredovisningen");
                assertEquals(12, rows.size(), v);
                BigDecimal utfall = BigDecimal.ZERO, fg = BigDecimal.ZERO, fg8 = BigDecimal.ZERO, budget = BigDecimal.ZERO,
                        budget8 = BigDecimal.ZERO;
                for (int m = 0; m < 12; m++) {
                    Map<String, Cell> r = rows.get(m);
                    assertEquals(m < 8, r.get("utfall") != null, v + ": Utfall bara för januari–augusti");
                    if (m < 8) {
                        utfall = utfall.add(bok.number(r.get("utfall")));
                        fg8 = fg8.add(bok.number(r.get("utfall foregaende ar")));
                        budget8 = budget8.add(bok.number(r.get("budget")));
                    }
                    fg = fg.add(bok.number(r.get("utfall foregaende ar")));
                    budget = budget.add(bok.number(r.get("budget")));
                }
                Map<String, BigDecimal> row = drift.get(v);
                assertEquals(0, utfall.compareTo(row.get("utfall period")), v);
                assertEquals(0, fg.compareTo(row.get("bokslut foregaende ar")), v);
                assertEquals(0, fg8.compareTo(row.get("utfall period foregaende ar")), v);
                assertEquals(0, budget.compareTo(row.get("budget")), v);
                assertEquals(0, budget8.compareTo(row.get("budget period")), v);
            });
        }
    }

    // ================================================================== (b) the variant with errors

    @Test
    void avvikelserHasExactlyItsDocumentedDiscrepancies() throws IOException {
        try (Bok bok = Bok.open(AVVIKELSER)) {
            assertEquals(List.of(
                    "Summa: Resultaträkning!E5 63235 ≠ 61135",
                    "Avvikelse: Resultaträkning!I6 -42700 ≠ -47200",
                    "Tecken: Resultaträkning!C11 5120",
                    "Drift mot RR: Driftsredovisning!C18 -1044355 ≠ Resultaträkning -1034115",
                    "Drift mot RR: Driftsredovisning!H18 -1094500 ≠ Resultaträkning -1121500",
                    "Period: Driftsredovisning!D15 -5448 större än C15 -5170"), Checks.of(bok).findings());
            String readme = Files.readString(DIR.resolve("README.md"));
            for (String cell : List.of("E5", "I6", "C11", "H2", "D15")) {
                assertTrue(readme.contains(cell), "README ska nämna cellen " + cell);
            }
        }
    }

    /**
     * The contract's checks 1, 2, 3 and 5 on the Resultaträkning and Driftsredovisning, in a
     * simple form (exact comparison: the examples hold whole tkr).
     */
    record Checks(List<String> findings) {
        static Checks of(Bok bok) {
            List<String> out = new ArrayList<>();
            List<Map<String, Cell>> rr = bok.rows("Resultaträkning");
            Map<String, BigDecimal> calc = new LinkedHashMap<>();
            for (String c : VALUE_COLUMNS) {
                BigDecimal in = BigDecimal.ZERO, cost = BigDecimal.ZERO;
                for (Map<String, Cell> r : rr) {
                    String typ = bok.text(r.get("typ"));
                    if (typ.equals("Intäkt")) {
                        in = in.add(bok.number(r.get(norm(c))));
                    } else if (typ.equals("Kostnad")) {
                        cost = cost.add(bok.number(r.get(norm(c))));
                    }
                }
                for (Map<String, Cell> r : rr) {
                    String post = bok.text(r.get("post"));
                    BigDecimal expected = switch (post) {
                        case "Summa intäkter" -> in;
                        case "Summa kostnader" -> cost;
                        case "Summa totalt" -> in.add(cost);
                        default -> null;
                    };
                    if (expected != null && bok.number(r.get(norm(c))).compareTo(expected) != 0) {
                        out.add("Summa: Resultaträkning!" + r.get(norm(c)).getAddress() + " "
                                + plain(bok.number(r.get(norm(c)))) + " ≠ " + plain(expected));
                    }
                }
                calc.put(c, in.add(cost));
            }
            for (Map<String, Cell> r : rr) {
                BigDecimal avvikelse = bok.number(r.get("prognos")).subtract(bok.number(r.get("budget")));
                if (r.get("avvikelse") != null && bok.number(r.get("avvikelse")).compareTo(avvikelse) != 0) {
                    out.add("Avvikelse: Resultaträkning!" + r.get("avvikelse").getAddress() + " "
                            + plain(bok.number(r.get("avvikelse"))) + " ≠ " + plain(avvikelse));
                }
            }
            for (Map<String, Cell> r : rr) {
                String typ = bok.text(r.get("typ"));
                for (String c : VALUE_COLUMNS) {
                    BigDecimal v = bok.number(r.get(norm(c)));
                    if (typ.equals("Intäkt") && v.signum() < 0 || typ.equals("Kostnad") && v.signum() > 0) {
                        out.add("Tecken: Resultaträkning!" + r.get(norm(c)).getAddress() + " " + plain(v));
                    }
                }
            }
            List<Map<String, Cell>> drift = bok.rows("Driftsredovisning");
            Map<String, Cell> totalt = drift.stream().filter(r -> bok.text(r.get("verksamhet")).equals("Totalt"))
                    .findFirst().orElseThrow();
            for (String c : VALUE_COLUMNS) {
                BigDecimal rows = drift.stream().filter(r -> r != totalt).map(r -> bok.number(r.get(norm(c))))
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                if (bok.number(totalt.get(norm(c))).compareTo(rows) != 0) {
                    out.add("Summa: Driftsredovisning!" + totalt.get(norm(c)).getAddress());
                }
                if (rows.compareTo(calc.get(c)) != 0) {
                    out.add("Drift mot RR: Driftsredovisning!" + totalt.get(norm(c)).getAddress() + " " + plain(rows)
                            + " ≠ Resultaträkning " + plain(calc.get(c)));
                }
            }
            for (Map<String, Cell> r : concat(rr, drift)) {
                Cell bf = r.get("bokslut foregaende ar"), upf = r.get("utfall period foregaende ar");
                if (bok.number(upf).abs().compareTo(bok.number(bf).abs()) >= 0) {
                    out.add("Period: " + upf.getSheet().getSheetName() + "!" + upf.getAddress() + " " + plain(bok.number(upf))
                            + " större än " + bf.getAddress() + " " + plain(bok.number(bf)));
                }
            }
            return new Checks(out);
        }

        private static String plain(BigDecimal v) {
            return v.stripTrailingZeros().toPlainString();
        }
    }

    // ================================================================== (c), (d) the plans

    @Test
    void handlingsplanHasTheMetadataAndTheFourActionsOfTheReference() throws IOException {
        try (Bok bok = Bok.open(HANDLINGSPLAN)) {
            Map<String, Cell> rapport = bok.rapport();
            for (String field : List.of("Ansvar", "Typ av styrdokument", "Beslutande instans", "Datum för beslut",
                    "Gäller för", "Giltighetstid", "Revideras senast", "Dokumentansvarig", "Underskott", "Tabellenhet")) {
                assertFalse(bok.text(rapport.get(norm(field))).isBlank(), "Rapport saknar " + field);
            }
            assertEquals("81516", bok.text(rapport.get("ansvar")));
            assertEquals("2025.019 VON", bok.text(rapport.get("diarienummer")));
            assertEquals("kr", bok.text(rapport.get("beloppsenhet")));
            assertTrue(bok.number(rapport.get("underskott")).signum() > 0, "Underskottet anges som ett positivt belopp");
            assertNotNull(bok.date(rapport.get("datum for beslut")));
            assertNotNull(bok.date(rapport.get("revideras senast")));

            List<Map<String, Cell>> atgarder = bok.rows("Åtgärder");
            assertEquals(4, atgarder.size());
            assertEquals("Ej minus resultat", bok.text(atgarder.get(0).get("effekt text")));
            assertEquals(0, new BigDecimal("100000").compareTo(bok.number(atgarder.get(1).get("effekt helar"))));
            assertEquals("Hålla prognos", bok.text(atgarder.get(2).get("effekt text")));
            Map<String, Cell> apt = atgarder.get(3);
            assertEquals(null, apt.get("effekt helar"), "APT:s effekt räknas fram av Antal × Timmar per × Timkostnad");
            assertEquals(0, new BigDecimal("53760").compareTo(bok.number(apt.get("antal"))
                    .multiply(bok.number(apt.get("timmar per"))).multiply(bok.number(apt.get("timkostnad")))));
            for (Map<String, Cell> a : atgarder) {
                assertPlanAction(bok, a);
                assertEquals(null, a.get("status"), "En plan har ingen status");
                assertEquals(null, a.get("utfall hittills"), "En plan har inget utfall");
            }
            assertKeyFigures(bok);
            assertEquals(Set.of("sammanfattning"), bok.texter().keySet());
        }
    }

    @Test
    void uppfoljningHasAStatusAndAnOutcomeForEveryAction() throws IOException {
        try (Bok bok = Bok.open(UPPFOLJNING)) {
            List<Map<String, Cell>> atgarder = bok.rows("Åtgärder");
            assertEquals(4, atgarder.size());
            for (Map<String, Cell> a : atgarder) {
                assertPlanAction(bok, a);
                assertTrue(Set.of("Ej påbörjad", "Pågår", "Genomförd", "Avbruten").contains(bok.text(a.get("status"))));
                assertNotNull(a.get("utfall hittills"), "Utfall hittills saknas: " + bok.text(a.get("atgard")));
                assertTrue(bok.number(a.get("utfall hittills")).signum() >= 0);
            }
            assertKeyFigures(bok);
            try (Bok plan = Bok.open(HANDLINGSPLAN)) {
                List<Map<String, Cell>> planned = plan.rows("Åtgärder");
                for (int i = 0; i < 4; i++) {
                    assertEquals(plan.text(planned.get(i).get("atgard")), bok.text(atgarder.get(i).get("atgard")),
                            "Uppföljningen gäller samma åtgärder som planen");
                }
            }
        }
    }

    @Test
    void atgardsplanGroupsActionsPerVerksamhetAndHasABemanningSheet() throws IOException {
        try (Bok bok = Bok.open(ATGARDSPLAN)) {
            Map<String, Cell> rapport = bok.rapport();
            assertEquals(0, new BigDecimal("1700").compareTo(bok.number(rapport.get("arsarbetstid"))));
            List<Map<String, Cell>> atgarder = bok.rows("Åtgärder");
            assertEquals(Set.of("Hemtjänst", "Särskilt boende", "Kostenheten", "Hälso- och sjukvård"),
                    atgarder.stream().map(a -> bok.text(a.get("verksamhet"))).collect(Collectors.toSet()));
            long midYear = atgarder.stream().filter(a -> bok.date(a.get("startdatum")).getMonthValue() > 1).count();
            assertTrue(midYear >= 2, "Några åtgärder startar under året");
            BigDecimal effekt = BigDecimal.ZERO;
            for (Map<String, Cell> a : atgarder) {
                assertPlanAction(bok, a);
                assertEquals(2025, bok.date(a.get("startdatum")).getYear());
                assertEquals(null, a.get("status"));
                assertEquals(null, a.get("utfall hittills"));
                effekt = effekt.add(bok.number(a.get("effekt helar")));
            }
            BigDecimal hemtjanst = BigDecimal.ZERO, all = BigDecimal.ZERO;
            for (Map<String, Cell> e : bok.rows("Bemanning")) {
                for (String c : List.of("intakter helar", "ovriga kostnader helar", "kostnad per arsarbetare", "bemanning")) {
                    assertTrue(bok.number(e.get(c)).signum() > 0, "Bemanning: positiva belopp");
                }
                BigDecimal result = bok.number(e.get("intakter helar")).subtract(bok.number(e.get("ovriga kostnader helar")))
                        .subtract(bok.number(e.get("bemanning")).multiply(bok.number(e.get("kostnad per arsarbetare"))));
                all = all.add(result);
                if (bok.text(e.get("enhet")).startsWith("Hemtjänst")) {
                    hemtjanst = hemtjanst.add(result);
                }
            }
            assertEquals(new BigDecimal("-7.2"), hemtjanst.movePointLeft(6).setScale(1, RoundingMode.HALF_UP),
                    "Hemtjänstens enheter visar ett underskott om cirka 7,2 mkr");
            assertEquals(0, all.negate().compareTo(bok.number(rapport.get("underskott"))),
                    "Underskottet är summan av enheternas förväntade resultat");
            assertTrue(effekt.compareTo(bok.number(rapport.get("underskott"))) < 0, "Effekterna överstiger inte underskottet");
            assertKeyFigures(bok);
            Set<String> riktningar = bok.rows("Nyckeltal").stream().map(r -> bok.text(r.get("riktning")))
                    .collect(Collectors.toSet());
            assertEquals(Set.of("Högre är bättre", "Lägre är bättre"), riktningar);
        }
    }

    private static void assertPlanAction(Bok bok, Map<String, Cell> a) {
        String name = bok.text(a.get("atgard"));
        assertNotNull(bok.date(a.get("startdatum")), name + ": Startdatum");
        for (String c : List.of("beskrivning", "mojligheter", "risker", "ekonomisk effekt", "uppfoljning")) {
            assertFalse(bok.text(a.get(c)).isBlank(), name + ": " + c + " saknas");
        }
        for (String c : List.of("mojligheter", "risker")) {
            for (String line : bok.text(a.get(c)).split("\n")) {
                assertFalse(line.isBlank() || line.startsWith("-"), name + ": en punkt per rad i " + c);
            }
        }
        boolean amount = a.get("effekt helar") != null
                || a.get("antal") != null && a.get("timmar per") != null && a.get("timkostnad") != null;
        assertTrue(amount ^ !bok.text(a.get("effekt text")).isEmpty(), name + ": antingen ett belopp eller en Effekt text");
    }

    private static void assertKeyFigures(Bok bok) {
        List<Map<String, Cell>> rows = bok.rows("Nyckeltal");
        assertFalse(rows.isEmpty());
        Map<String, Set<String>> periods = new LinkedHashMap<>();
        for (Map<String, Cell> r : rows) {
            assertTrue(bok.text(r.get("period")).matches("20\\d\\d-(0[1-9]|1[0-2])"), "Period som 2025-01");
            assertTrue(Set.of("Högre är bättre", "Lägre är bättre").contains(bok.text(r.get("riktning"))));
            assertFalse(bok.text(r.get("mattenhet")).isBlank());
            assertNotNull(r.get("utfall"));
            assertNotNull(r.get("malvarde"));
            periods.computeIfAbsent(bok.text(r.get("nyckeltal")) + "|" + bok.text(r.get("enhet")), k -> new TreeSet<>())
                    .add(bok.text(r.get("period")));
        }
        periods.forEach((k, p) -> assertTrue(p.size() >= 5, k + ": en serie över flera perioder"));
    }

    // ================================================================== (e) tjänsteskrivelse

    @Test
    void tjansteskrivelseHasItsTextsDecisionsAndMultiYearTable() throws IOException {
        try (Bok bok = Bok.open(TJANSTESKRIVELSE)) {
            Map<String, Cell> rapport = bok.rapport();
            assertFalse(bok.text(rapport.get("handlaggare")).isBlank());
            assertEquals("Uppföljning av handlingsplan personlig assistans", bok.text(rapport.get("titel")));
            assertEquals(Set.of("sammanfattning", "arendebeskrivning", "forvaltningens-yttrande", "Barnrättsperspektiv",
                    "ekonomisk-bedomning"), bok.texter().keySet());
            // A section of the workbook's own has its Rubrik on its first row.
            assertEquals(List.of("Barnrättsperspektiv"), bok.rows("Texter").stream()
                    .filter(r -> bok.text(r.get("avsnitt")).equals("Barnrättsperspektiv"))
                    .map(r -> bok.text(r.get("rubrik"))).toList());
            assertFalse(bok.text(rapport.get("telefon")).isBlank());
            assertTrue(bok.text(rapport.get("e-post")).contains("@"));
            Map<String, List<Map<String, Cell>>> byType = bok.rows("Ärende").stream()
                    .collect(Collectors.groupingBy(r -> bok.text(r.get("typ")), LinkedHashMap::new, Collectors.toList()));
            assertEquals(Set.of("Beslutsförslag", "Beslutsunderlag", "Underskrift", "Skickas till"), byType.keySet());
            assertTrue(byType.get("Beslutsförslag").size() >= 2 && byType.get("Beslutsförslag").size() <= 3);
            assertEquals(2, byType.get("Underskrift").size());
            byType.get("Underskrift").forEach(r -> assertFalse(bok.text(r.get("titel")).isBlank(), "Underskrift utan titel"));
            byType.get("Beslutsförslag").forEach(r -> assertTrue(bok.text(r.get("text")).startsWith("Vård- och omsorgsnämnden ")));

            List<Map<String, Cell>> fl = bok.rows("Flerårsöversikt");
            Map<String, Set<Integer>> years = new LinkedHashMap<>();
            for (Map<String, Cell> r : fl) {
                years.computeIfAbsent(bok.text(r.get("omrade")), k -> new TreeSet<>()).add(bok.number(r.get("ar")).intValueExact());
                assertTrue(bok.number(r.get("nettokostnad")).signum() > 0 && bok.number(r.get("namndbidrag")).signum() > 0);
            }
            assertEquals(3, years.size());
            years.values().forEach(y -> assertEquals(Set.of(2022, 2023, 2024, 2025), y));
        }
    }

    // ================================================================== reading

    /** Contract v1 name normalisation: trim, lower case, å/ä→a, ö→o, é→e, collapse whitespace. */
    /**
     * The headers the delårsrapport's Driftsredovisning has copied from last year's report (År 2025,
     * Period augusti), written out here by hand, and the contract's column each stands for.
     */
    static final Map<String, String> COPIED_HEADERS = Map.of(
            "Bokslut 2024", "Bokslut föregående år",
            "Utfall jan–aug 2024", "Utfall period föregående år",
            "Utfall jan–aug 2025", "Utfall period",
            "Budget jan–aug 2025", "Budget period",
            "Budget 2025", "Budget",
            "Prognos helår 2025", "Prognos",
            "Avvikelse prognos helår mot budget", "Avvikelse");

    @Test
    void theDelarsrapportsDriftsredovisningHasCopiedHeadersAndAnAccountingNegative() throws IOException {
        try (Bok bok = Bok.open(DELARSRAPPORT)) {
            Sheet drift = bok.sheet("Driftsredovisning");
            List<String> header = new ArrayList<>();
            bok.headerRow(drift).forEach(c -> header.add(bok.text(c)));
            assertEquals(List.of("Område", "Verksamhet", "Bokslut 2024", "Utfall jan–aug 2024", "Utfall jan–aug 2025",
                    "Budget jan–aug 2025", "Budget 2025", "Prognos helår 2025", "Avvikelse prognos helår mot budget"), header);
            Map<String, Cell> hemtjanst = bok.rows("Driftsredovisning").stream()
                    .filter(r -> bok.text(r.get("verksamhet")).equals("Hemtjänst")).findFirst().orElseThrow();
            Cell avvikelse = hemtjanst.get("avvikelse");
            assertEquals(CellType.STRING, avvikelse.getCellType());
            assertEquals("(19 700)", avvikelse.getStringCellValue());
            // Prognos − Budget: -241 500 − (-221 800) = -19 700.
            assertEquals(0, new BigDecimal("-19700").compareTo(bok.number(hemtjanst.get("prognos"))
                    .subtract(bok.number(hemtjanst.get("budget")))));
            assertEquals(0, new BigDecimal("-19700").compareTo(bok.number(avvikelse)));
        }
    }

    static String norm(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace('å', 'a').replace('ä', 'a').replace('ö', 'o')
                .replace('é', 'e').replaceAll("\\s+", " ");
    }

    @SafeVarargs
    static <T> List<T> concat(List<T>... lists) {
        List<T> all = new ArrayList<>();
        for (List<T> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    /** A workbook read the way the contract describes, enough for these checks. */
    static final class Bok implements AutoCloseable {
        final Workbook wb;

        private Bok(Workbook wb) {
            this.wb = wb;
        }

        static Bok open(String file) throws IOException {
            return new Bok(WorkbookFactory.create(DIR.resolve(file).toFile(), null, true));
        }

        Sheet sheet(String name) {
            for (Sheet s : wb) {
                if (norm(s.getSheetName()).equals(norm(name))) {
                    return s;
                }
            }
            throw new AssertionError("Bladet " + name + " saknas");
        }

        Row headerRow(Sheet sheet) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (!text(c).isBlank()) {
                        return row;
                    }
                }
            }
            throw new AssertionError(sheet.getSheetName() + " är tomt");
        }

        Map<String, Integer> headers(Sheet sheet) {
            Map<String, Integer> h = new LinkedHashMap<>();
            for (Cell c : headerRow(sheet)) {
                if (!text(c).isBlank()) {
                    h.put(norm(COPIED_HEADERS.getOrDefault(text(c).strip(), text(c))), c.getColumnIndex());
                }
            }
            return h;
        }

        /** Data rows (blank and comment rows skipped) as normalised header → cell; empty cells are absent. */
        List<Map<String, Cell>> rows(String name) {
            Sheet sheet = sheet(name);
            Map<String, Integer> headers = headers(sheet);
            int first = headerRow(sheet).getRowNum() + 1;
            List<Map<String, Cell>> rows = new ArrayList<>();
            for (int i = first; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                if (row == null) {
                    continue;
                }
                Map<String, Cell> values = new LinkedHashMap<>();
                headers.forEach((h, col) -> {
                    Cell c = row.getCell(col);
                    if (c != null && c.getCellType() != CellType.BLANK && !(c.getCellType() == CellType.STRING
                            && c.getStringCellValue().isBlank())) {
                        values.put(h, c);
                    }
                });
                Cell firstCell = row.getCell(row.getFirstCellNum() < 0 ? 0 : row.getFirstCellNum());
                if (values.isEmpty() || firstCell != null && text(firstCell).startsWith("#")) {
                    continue;
                }
                rows.add(values);
            }
            return rows;
        }

        Map<String, Cell> rapport() {
            Map<String, Cell> fields = new LinkedHashMap<>();
            Set<String> seen = new LinkedHashSet<>();
            for (Map<String, Cell> r : rows("Rapport")) {
                String field = norm(text(r.get("falt")));
                assertTrue(seen.add(field), "Fältet " + field + " står två gånger");
                fields.put(field, r.get("varde"));
            }
            return fields;
        }

        Map<String, String> texter() {
            Map<String, String> t = new LinkedHashMap<>();
            for (Map<String, Cell> r : rows("Texter")) {
                t.merge(text(r.get("avsnitt")), text(r.get("text")), (a, b) -> a + "\n\n" + b);
            }
            return t;
        }

        Map<String, BigDecimal> columnValues(Map<String, Cell> row) {
            Map<String, BigDecimal> v = new LinkedHashMap<>();
            for (String c : VALUE_COLUMNS) {
                v.put(norm(c), number(row.get(norm(c))));
            }
            return v;
        }

        String text(Cell c) {
            if (c == null) {
                return "";
            }
            return switch (c.getCellType()) {
                case STRING -> c.getStringCellValue();
                case NUMERIC -> BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros().toPlainString();
                default -> "";
            };
        }

        /** A number: numeric cell, cached formula result, or Swedish-formatted text; empty is zero. */
        BigDecimal number(Cell c) {
            if (c == null) {
                return BigDecimal.ZERO;
            }
            if (c.getCellType() == CellType.NUMERIC
                    || c.getCellType() == CellType.FORMULA && c.getCachedFormulaResultType() == CellType.NUMERIC) {
                return BigDecimal.valueOf(c.getNumericCellValue()).stripTrailingZeros();
            }
            if (c.getCellType() == CellType.STRING) {
                String t = c.getStringCellValue().replaceAll("[\\s\u00a0\u202f]", "").replace('−', '-').replace(',', '.');
                // An accounting negative: (19 700) is -19 700.
                return t.startsWith("(") && t.endsWith(")") ? new BigDecimal(t.substring(1, t.length() - 1)).negate()
                        : new BigDecimal(t);
            }
            fail(c.getSheet().getSheetName() + "!" + c.getAddress() + " är inget tal");
            return null;
        }

        LocalDate date(Cell c) {
            if (c == null) {
                return null;
            }
            if (c.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(c)) {
                return c.getLocalDateTimeCellValue().toLocalDate();
            }
            return LocalDate.parse(text(c));
        }

        @Override
        public void close() throws IOException {
            wb.close();
        }
    }
}
