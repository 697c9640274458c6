package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportverk.testutil.WorkbookBuilder.formula;
import static se.rapportverk.testutil.WorkbookBuilder.percent;
import static se.rapportverk.testutil.WorkbookBuilder.uncached;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;

class WorkbookReaderTest {

    private static ReadResult read(WorkbookBuilder b) {
        return WorkbookReader.read("arbetsbok.xlsx", b.build());
    }

    private static List<String> messages(ReadResult r, Severity severity) {
        return r.diagnostics().issues().stream().filter(i -> i.severity() == severity).map(Issue::toString).toList();
    }

    private static WorkbookBuilder rr(Object... row) {
        return TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Typ", "Utfall period", "Budget", "Prognos")
                .row(row);
    }

    private static BigDecimal first(ReadResult r, AmountColumn column) {
        return r.workbook().orElseThrow().resultatrakning().orElseThrow().rows().get(0).value(column).value();
    }

    @Test
    void readsTheRapportSheet() {
        ReadResult r = read(TestWorkbooks.rapport());
        assertTrue(r.diagnostics().issues().isEmpty(), r.diagnostics().issues().toString());
        Rapport rapport = r.workbook().orElseThrow().rapport();
        assertEquals("Testby kommun", rapport.kommun());
        assertEquals("Vård- och omsorgsnämnden", rapport.namnd());
        assertEquals(2024, rapport.year());
        assertEquals(8, rapport.period().orElseThrow());
        assertEquals(Unit.TKR, rapport.amountUnit());
        assertEquals(LocalDate.of(2024, 9, 24), rapport.date().orElseThrow());
        assertEquals(new BigDecimal(1700), rapport.annualHours().value());
    }

    @Test
    void periodMayBeANumberAMonthNameOrYearMonth() {
        for (Object period : new Object[] {8, "8", "aug", "Augusti", "2024-08", "januari–augusti", LocalDate.of(2024, 8, 31)}) {
            WorkbookBuilder b = new WorkbookBuilder().sheet("Rapport").row("Fält", "Värde")
                    .row("Kommun", "K").row("Nämnd", "N").row("År", 2024).row("Period", period);
            ReadResult r = read(b);
            assertEquals(8, r.workbook().orElseThrow().rapport().period().orElseThrow(), String.valueOf(period));
            assertTrue(r.diagnostics().issues().isEmpty(), r.diagnostics().issues().toString());
        }
    }

    @Test
    void sheetAndColumnNamesAreMatchedNormalised() {
        WorkbookBuilder b = TestWorkbooks.rapport().sheet(" RESULTATRÄKNING ")
                .row("prognos", " UTFALL  PERIOD", "post", "BUDGET")
                .row(48700, 32300, "Taxor och avgifter", 44000);
        ReadResult r = read(b);
        assertTrue(r.diagnostics().issues().isEmpty(), r.diagnostics().issues().toString());
        AmountRow row = r.workbook().orElseThrow().resultatrakning().orElseThrow().rows().get(0);
        assertEquals(new BigDecimal("32300"), row.value(AmountColumn.UTFALL_PERIOD).value());
        assertEquals(new BigDecimal("48700"), row.value(AmountColumn.PROGNOS).value());
        assertEquals(AmountRow.Kind.INCOME, row.kind());
        assertEquals("D2", row.value(AmountColumn.BUDGET).sources().first().address());
    }

    @Test
    void headerIsTheFirstNonEmptyRowAndBlankAndCommentRowsAreSkipped() {
        WorkbookBuilder b = TestWorkbooks.rapport().sheet("Resultaträkning")
                .row()
                .row("# Instruktion: belopp i tkr")
                .row("Post", "Typ", "Utfall period", "Budget", "Prognos")
                .row()
                .row("# Taxor, tillfälligt bortkommenterad", null, 1, 2, 3)
                .row("Personalkostnader", null, -100, -90, -110);
        ReadResult r = read(b);
        List<AmountRow> rows = r.workbook().orElseThrow().resultatrakning().orElseThrow().rows();
        assertEquals(1, rows.size());
        assertEquals("Personalkostnader", rows.get(0).label().value());
        assertEquals("Resultaträkning!A6", rows.get(0).label().cell().toString());
    }

    @Test
    void swedishNumbersTypedAsTextAreRead() {
        ReadResult r = read(rr("Taxor och avgifter", null, "1 092,2", "\u221251,2", "1092.2"));
        assertEquals(new BigDecimal("1092.2"), first(r, AmountColumn.UTFALL_PERIOD));
        assertEquals(new BigDecimal("-51.2"), first(r, AmountColumn.BUDGET));
        assertEquals(new BigDecimal("1092.2"), first(r, AmountColumn.PROGNOS));
    }

    @Test
    void amountsWithTheirOwnUnitAreConvertedToTheWorkbookUnit() {
        ReadResult r = read(rr("Taxor och avgifter", null, "100 000 kr", "4,2 mkr", "350 tkr"));
        assertEquals(0, new BigDecimal("100").compareTo(first(r, AmountColumn.UTFALL_PERIOD)));
        assertEquals(0, new BigDecimal("4200").compareTo(first(r, AmountColumn.BUDGET)));
        assertEquals(0, new BigDecimal("350").compareTo(first(r, AmountColumn.PROGNOS)));
    }

    @Test
    void formulaCellsUseTheCachedResultOrAreEvaluated() {
        WorkbookBuilder b = TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Typ", "Utfall period", "Budget", "Prognos")
                .row("Taxor och avgifter", null, formula("10+20"), uncached("C2*2"), uncached("SUM(C2:D2)"));
        ReadResult r = read(b);
        assertTrue(r.diagnostics().issues().isEmpty(), r.diagnostics().issues().toString());
        assertEquals(0, new BigDecimal(30).compareTo(first(r, AmountColumn.UTFALL_PERIOD)));
        assertEquals(0, new BigDecimal(60).compareTo(first(r, AmountColumn.BUDGET)));
        assertEquals(0, new BigDecimal(90).compareTo(first(r, AmountColumn.PROGNOS)));
    }

    @Test
    void emptyNumberCellsAreNotReported() {
        ReadResult r = read(rr("Taxor och avgifter", null, null, "–", 5));
        assertFalse(r.workbook().orElseThrow().resultatrakning().orElseThrow().rows().get(0)
                .value(AmountColumn.UTFALL_PERIOD).reported());
        assertFalse(r.workbook().orElseThrow().resultatrakning().orElseThrow().rows().get(0)
                .value(AmountColumn.BUDGET).reported());
        assertTrue(r.diagnostics().issues().isEmpty());
    }

    @Test
    void aNonNumberNamesTheSheetAndCell() {
        ReadResult r = read(TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Typ", "Bokslut föregående år", "Utfall period föregående år", "Utfall period", "Budget",
                        "Prognos")
                .row("Taxor och avgifter", null, 1, 2, 3, 4, 5)
                .row("Bidrag (intäkter)", null, 1, 2, "12,3x", 4, 5));
        assertTrue(r.diagnostics().hasErrors());
        assertEquals("Resultaträkning!E3: \"12,3x\" är inte ett tal; skriv till exempel 1 092,2 eller -51,2",
                messages(r, Severity.ERROR).get(0));
    }

    @Test
    void aFormulaErrorNamesTheCellAndTheErrorValue() {
        ReadResult r = read(rr("Taxor och avgifter", null, formula("1/0"), 1, 2));
        assertEquals(List.of("Resultaträkning!C2: formeln =1/0 ger felvärdet #DIV/0!"), messages(r, Severity.ERROR));
    }

    @Test
    void aMissingRequiredColumnNamesTheSheetAndColumn() {
        ReadResult r = read(TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Utfall period", "Budget").row("Taxor och avgifter", 1, 2));
        assertTrue(messages(r, Severity.ERROR).get(0).startsWith("Resultaträkning: kolumnen \"Prognos\" saknas"),
                messages(r, Severity.ERROR).toString());
        assertTrue(r.workbook().orElseThrow().resultatrakning().isEmpty());
    }

    @Test
    void withoutARapportSheetNothingCanBeRead() {
        ReadResult r = read(new WorkbookBuilder().sheet("Blad1").row("a"));
        assertTrue(r.workbook().isEmpty());
        assertTrue(messages(r, Severity.ERROR).get(0).startsWith("arbetsbok.xlsx: arbetsboken saknar bladet \"Rapport\""));
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefusedByName() {
        ReadResult r = WorkbookReader.read("arbetsbok.xlsx", "Detta är ingen arbetsbok".getBytes(StandardCharsets.UTF_8));
        assertTrue(r.workbook().isEmpty());
        assertEquals(List.of("arbetsbok.xlsx: filen är inte en Excel-arbetsbok (.xlsx)."), messages(r, Severity.ERROR));
    }

    /**
     * Java 24 and later count every {@code &amp;} of a part towards a limit of 100 000 meant for
     * entities a DTD declares (conf/jaxp.properties); the reader lifts it (XmlEntityLimits), so a valid
     * workbook whose shared texts hold more is read, on every JDK, and not called damaged.
     */
    @Test
    void sharedTextsWithMoreThanAHundredThousandAmpersandsAreRead() {
        WorkbookBuilder b = TestWorkbooks.rapport().sheet("Anteckningar");
        for (int i = 0; i < 100_500; i++) {
            b.row("Vård & omsorg " + i);
        }
        ReadResult r = read(b);
        assertEquals(List.of(), messages(r, Severity.ERROR));
        assertTrue(r.workbook().isPresent());
    }

    @Test
    void hiddenRowsAreReadWithAWarning() {
        WorkbookBuilder b = rr("Taxor och avgifter", null, 1, 2, 3).hiddenRow("Övriga intäkter", null, 4, 5, 6);
        ReadResult r = read(b);
        assertEquals(2, r.workbook().orElseThrow().resultatrakning().orElseThrow().rows().size());
        assertEquals(List.of("Resultaträkning: rad 3 är dold men läses som alla andra rader; ta bort raden eller gör "
                + "den till en kommentar (#) om den inte ska med"), messages(r, Severity.WARNING));
    }

    @Test
    void unknownRapportFieldsWarnWithTheClosestKnownField() {
        ReadResult r = read(TestWorkbooks.rapport().row("Belopsenhet", "tkr"));
        assertEquals(List.of("Rapport!A10: okänt fält \"Belopsenhet\"; menade du \"Beloppsenhet\"? Fältet läses inte"),
                messages(r, Severity.WARNING));
    }

    /** What a workbook without rows for any document also hears, even when its Rapport sheet is unusable. */
    private static final String NO_DOCUMENT = "arbetsbok.xlsx: arbetsboken har inga uppgifter för något dokument; fyll i "
            + "rader under rubrikerna på bladen för det dokument som ska göras. En delårsrapport behöver rader i något av "
            + "bladen Resultaträkning, Driftsredovisning, Volymer, Investeringar, Externa utförare, Mål, Uppdrag eller "
            + "Internkontroll, en handlingsplan i bladet Åtgärder och en tjänsteskrivelse i bladet Ärende.";

    @Test
    void missingKommunNamndOrArAreErrors() {
        ReadResult r = read(new WorkbookBuilder().sheet("Rapport").row("Fält", "Värde").row("Kommun", "K"));
        assertEquals(List.of("Rapport: fältet \"Nämnd\" saknas eller är tomt; det behövs för alla dokument",
                "Rapport: fältet \"År\" saknas eller är tomt; det behövs för alla dokument", NO_DOCUMENT),
                messages(r, Severity.ERROR));
    }

    @Test
    void badRapportValuesNameTheirCell() {
        ReadResult r = read(new WorkbookBuilder().sheet("Rapport").row("Fält", "Värde").row("Kommun", "K")
                .row("Nämnd", "N").row("År", "tjugo").row("Period", "sommar").row("Beloppsenhet", "euro"));
        assertEquals(List.of(
                "Rapport!B4: \"tjugo\" är inte ett årtal; skriv året med fyra siffror, till exempel 2025",
                "Rapport!B5: \"sommar\" är inte en period; skriv periodens sista månad, till exempel 8, aug, augusti "
                        + "eller 2025-08",
                "Rapport!B6: \"euro\" är ingen beloppsenhet; skriv kr, tkr eller mkr", NO_DOCUMENT),
                messages(r, Severity.ERROR));
    }

    @Test
    void texterRowsWithTheSameKeyAreJoinedAndUnknownKeysWarn() {
        ReadResult r = read(TestWorkbooks.rapport().sheet("Texter").row("Avsnitt", "Rubrik", "Text")
                .row("Väsentliga händelser", "Viktigt under året", "Första delen.")
                .row("vasentliga-handelser", null, "Andra delen.")
                .row("vasentliga handelse", null, "Felstavat."));
        TextSection s = r.workbook().orElseThrow().text("vasentliga-handelser").orElseThrow();
        assertEquals("Första delen.\n\nAndra delen.", s.text());
        assertEquals("Viktigt under året", s.rubrik());
        assertEquals(List.of("Texter!A4: okänt avsnitt \"vasentliga handelse\"; menade du \"vasentliga-handelser\"? Texten används "
                + "inte. Ett eget avsnitt behöver en Rubrik i B4"),
                messages(r, Severity.WARNING));
    }

    @Test
    void percentFormattedCellsReadAsShown() {
        ReadResult r = read(TestWorkbooks.rapport().sheet("Volymer")
                .row("Verksamhet", "Volym budget", "Volym prognos").row("Hemtjänst", percent(0.12), "12 %"));
        Volym v = r.workbook().orElseThrow().volymer().orElseThrow().get(0);
        assertEquals(0, new BigDecimal(12).compareTo(v.volymBudget().value()));
        assertEquals(0, new BigDecimal(12).compareTo(v.volymPrognos().value()));
    }

    @Test
    void choicesMustBeAmongTheContractsWords() {
        ReadResult r = read(TestWorkbooks.rapport().sheet("Mål")
                .row("Nivå", "Mål", "Bedömning")
                .row("KF", "Trygghet", "delvis uppfyllt")
                .row("Nämnd", "Ekonomi i balans", "Nästan"));
        List<Mal> goals = r.workbook().orElseThrow().mal().orElseThrow();
        assertEquals(1, goals.size());
        assertEquals(Mal.Bedomning.DELVIS_UPPFYLLT, goals.get(0).bedomning());
        assertEquals(List.of("Mål!C3: \"Nästan\" går inte att använda som bedömning; skriv \"Uppfyllt\", "
                + "\"Delvis uppfyllt\", \"Ej uppfyllt\" eller \"Ej bedömt\""), messages(r, Severity.ERROR));
    }

    @Test
    void decimalsUsedAreRecordedForTheRoundingRule() {
        ReadResult r = read(rr("Taxor och avgifter", null, 44.5, "59,0", 12));
        AmountRow row = r.workbook().orElseThrow().resultatrakning().orElseThrow().rows().get(0);
        assertEquals(1, row.value(AmountColumn.UTFALL_PERIOD).decimals());
        assertEquals(1, row.value(AmountColumn.BUDGET).decimals());
        assertEquals(0, row.value(AmountColumn.PROGNOS).decimals());
    }
}
