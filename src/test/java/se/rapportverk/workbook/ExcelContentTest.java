package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportverk.testutil.WorkbookBuilder.formula;
import static se.rapportverk.testutil.WorkbookBuilder.uncached;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;
import se.rapportverk.testutil.XlsxParts;

/**
 * The reader reads what Excel holds (issue 7, item 1): formulas without a usable saved result are
 * calculated, numbers are taken at Excel's 15 digits, ambiguous point numbers are refused, damaged
 * cells and sheets are errors naming them, names are matched after NFC, hidden sheets and control
 * characters get warnings. Workbooks are built with POI and then changed as other programs write them.
 */
class ExcelContentTest {

    private static final String RR = "Resultaträkning";

    private static ReadResult read(byte[] xlsx) {
        return WorkbookReader.read("arbetsbok.xlsx", xlsx);
    }

    private static ReadResult read(WorkbookBuilder b) {
        return read(b.build());
    }

    private static List<String> errors(ReadResult r) {
        return r.diagnostics().errors().stream().map(Issue::toString).toList();
    }

    private static List<String> warnings(ReadResult r) {
        return r.diagnostics().warnings().stream().map(Issue::toString).toList();
    }

    private static WorkbookBuilder rr(Object... row) {
        return TestWorkbooks.rapport().sheet(RR).row("Post", "Typ", "Utfall period", "Budget", "Prognos").row(row);
    }

    private static Figure first(ReadResult r, AmountColumn column) {
        return r.workbook().orElseThrow().resultatrakning().orElseThrow().rows().get(0).value(column);
    }

    /** The workbook with the Resultaträkning's XML changed. */
    private static byte[] changed(WorkbookBuilder b, String regex, String replacement) {
        XlsxParts parts = XlsxParts.of(b.build());
        return parts.replaceAll(parts.sheetPart(RR), regex, replacement).zip();
    }

    // ------------------------------------------------------------------ formulas

    @Test
    void aFormulaWithAnEmptySavedValueAsOpenpyxlWritesItIsCalculated() {
        // openpyxl writes <c><f>D2-600</f><v></v></c>; read as its saved value that was 0.
        byte[] xlsx = changed(rr("Personalkostnader", null, -8000, -12000, uncached("D2-600")),
                "</f></c>", "</f><v></v></c>");
        assertTrue(XlsxParts.of(xlsx).text("xl/worksheets/sheet2.xml").contains("<f>D2-600</f><v></v>"));
        ReadResult r = read(xlsx);
        assertEquals(List.of(), errors(r));
        assertEquals(0, new BigDecimal("-12600").compareTo(first(r, AmountColumn.PROGNOS).value()));
        assertEquals("Resultaträkning!E2", first(r, AmountColumn.PROGNOS).sources().first().toString());
    }

    @Test
    void aFormulaWithoutAnySavedValueIsCalculated() {
        ReadResult r = read(rr("Personalkostnader", null, -8000, -12000, uncached("D2-600")).build());
        assertEquals(0, new BigDecimal("-12600").compareTo(first(r, AmountColumn.PROGNOS).value()));
    }

    @Test
    void anEmptyTextResultIsATextNotAFormulaToCalculate() {
        // Excel saves a formula giving "" as t="str" with an empty <v>: that is a usable result.
        byte[] xlsx = changed(rr("Personalkostnader", null, -8000, -12000, -12600).row("Lokalhyror", null, 1, 2,
                formula("IF(C2=0,\"x\",\"\")")), "<c r=\"E3\"([^>]*)><f>([^<]*)</f><v>[^<]*</v></c>",
                "<c r=\"E3\"$1 t=\"str\"><f>$2</f><v></v></c>");
        ReadResult r = read(xlsx);
        assertEquals(List.of(), errors(r));
        assertFalse(r.workbook().orElseThrow().resultatrakning().orElseThrow().rows().get(1)
                .value(AmountColumn.PROGNOS).reported());
    }

    @Test
    void aFormulaThatCannotBeCalculatedIsAnErrorNamingTheCellAndWhy() {
        byte[] unknownFunction = changed(rr("Personalkostnader", null, -8000, -12000, uncached("D2*2")),
                "<f>D2\\*2</f>", "<f>FINNSINTE(D2)</f><v></v>");
        assertEquals(List.of("Resultaträkning!E2: formeln =FINNSINTE(D2) kunde inte beräknas: den använder en funktion "
                + "som Rapportverk inte kan beräkna; öppna arbetsboken i Excel och spara den, så att resultatet sparas "
                + "med"), errors(read(unknownFunction)));

        byte[] circular = changed(rr("Personalkostnader", null, -8000, -12000, uncached("E2+1")), "</f></c>",
                "</f><v></v></c>");
        assertEquals(List.of("Resultaträkning!E2: formeln =E2+1 hänvisar till sig själv (en cirkelreferens) och kan "
                + "inte beräknas; rätta formeln i Excel"), errors(read(circular)));

        byte[] external = changed(rr("Personalkostnader", null, -8000, -12000, uncached("D2*2")),
                "<f>D2\\*2</f>", "<f>[1]Blad1!A1</f>");
        assertEquals(List.of("Resultaträkning!E2: formeln =[1]Blad1!A1 hämtar värden från en annan arbetsbok och har "
                + "inget sparat resultat, så den kan inte beräknas; öppna arbetsboken i Excel, uppdatera länkarna och "
                + "spara den"), errors(read(external)));

        byte[] today = changed(rr("Personalkostnader", null, -8000, -12000, uncached("D2*2")),
                "<f>D2\\*2</f>", "<f>TODAY()-D2</f>");
        assertTrue(errors(read(today)).get(0).startsWith("Resultaträkning!E2: formeln =TODAY()-D2 har inget sparat "
                + "resultat, och arbetsboken har formler som beror på dagens datum eller på slumpen"), errors(read(today))
                .toString());
    }

    @Test
    void aFormulaFromAnotherWorkbookWithASavedValueIsReadWithAWarning() {
        byte[] xlsx = changed(rr("Personalkostnader", null, -8000, -12000, formula("D2*2")),
                "<f>D2\\*2</f>", "<f>[1]Blad1!A1</f>");
        ReadResult r = read(xlsx);
        assertEquals(List.of(), errors(r));
        assertEquals(0, new BigDecimal("-24000").compareTo(first(r, AmountColumn.PROGNOS).value()));
        assertEquals(List.of("Resultaträkning: cellen E2 hämtar sina värden från en annan arbetsbok; Rapportverk "
                + "använder de värden som Excel sparade senast. Uppdatera länkarna i Excel och spara arbetsboken om "
                + "värdena kan ha ändrats."), warnings(r));
    }

    // ------------------------------------------------------------------ precision

    @Test
    void numbersAreTakenAtExcelsFifteenDigits() {
        ReadResult r = read(rr("Personalkostnader", null, 1201.2000000000003, -0.30000000000000004, 44.5));
        Figure utfall = first(r, AmountColumn.UTFALL_PERIOD);
        assertEquals(new BigDecimal("1201.2"), utfall.value());
        assertEquals(1, utfall.decimals());
        assertEquals(new BigDecimal("-0.3"), first(r, AmountColumn.BUDGET).value());
        assertEquals(1, first(r, AmountColumn.BUDGET).decimals());
    }

    // ------------------------------------------------------------------ ambiguous numbers

    @Test
    void aPointFollowedByThreeDigitsIsRefusedWithBothReadings() {
        ReadResult r = read(rr("Personalkostnader", null, "-12.500", "1.250 mkr", "-8 000"));
        assertEquals(List.of(
                "Resultaträkning!C2: \"-12.500\" kan läsas både som -12,5 och som -12\u00A0500; skriv -12,5 (med "
                        + "decimalkomma) eller -12\u00A0500 (utan punkt)",
                "Resultaträkning!D2: \"1.250 mkr\" kan läsas både som 1,25\u00A0mkr och som 1\u00A0250\u00A0mkr; skriv "
                        + "1,25\u00A0mkr (med decimalkomma) eller 1\u00A0250\u00A0mkr (utan punkt)"), errors(r));
    }

    @Test
    void aCommaFollowedByThreeDigitsIsTheSwedishDecimalComma() {
        ReadResult r = read(rr("Personalkostnader", null, "1,250", "-12,500", "0.500"));
        assertEquals(List.of(), errors(r));
        assertEquals(0, new BigDecimal("1.25").compareTo(first(r, AmountColumn.UTFALL_PERIOD).value()));
        assertEquals(0, new BigDecimal("-12.5").compareTo(first(r, AmountColumn.BUDGET).value()));
        assertEquals(0, new BigDecimal("0.5").compareTo(first(r, AmountColumn.PROGNOS).value()));
    }

    @Test
    void aPointIsADecimalPointWhenItCannotGroupThousands() {
        ReadResult r = read(rr("Personalkostnader", null, "1234.500", "12.50", "12.5000"));
        assertEquals(List.of(), errors(r));
        assertEquals(0, new BigDecimal("1234.5").compareTo(first(r, AmountColumn.UTFALL_PERIOD).value()));
        assertEquals(0, new BigDecimal("12.5").compareTo(first(r, AmountColumn.BUDGET).value()));
        assertEquals(0, new BigDecimal("12.5").compareTo(first(r, AmountColumn.PROGNOS).value()));
    }

    // ------------------------------------------------------------------ damaged cells and sheets

    @Test
    void aSharedStringIndexOutOfRangeNamesTheCell() {
        byte[] xlsx = changed(rr("Personalkostnader", null, -8000, -12000, -12600),
                "<c r=\"A2\" t=\"s\"( s=\"\\d+\")?><v>\\d+</v>", "<c r=\"A2\" t=\"s\"><v>9999</v>");
        List<String> errors = errors(read(xlsx));
        assertTrue(errors.get(0).startsWith("Resultaträkning!A2: cellen hänvisar till delad text nummer 9\u00A0999, "
                + "men arbetsboken har bara "), errors.toString());
    }

    @Test
    void aNumericCellHoldingANonNumberNaNOrInfinityNamesTheCell() {
        for (String v : List.of("abc", "NaN", "INF", "-Infinity", "1E400")) {
            byte[] xlsx = changed(rr("Personalkostnader", null, -8000, -12000, -12600),
                    "<v>-12600\\.0</v>", "<v>" + v + "</v>");
            List<String> errors = errors(read(xlsx));
            assertEquals(1, errors.size(), errors.toString());
            assertTrue(errors.get(0).startsWith("Resultaträkning!E2: cellen är ett tal men innehåller \"" + v + "\""),
                    errors.toString());
        }
    }

    @Test
    void anUnknownErrorCodeNamesTheCell() {
        byte[] xlsx = changed(rr("Personalkostnader", null, -8000, -12000, -12600),
                "<c r=\"E2\"([^>]*) t=\"n\"([^>]*)><v>-12600\\.0</v>", "<c r=\"E2\"$1 t=\"e\"$2><v>#SNURR!</v>");
        assertEquals(List.of("Resultaträkning!E2: cellen innehåller felvärdet \"#SNURR!\", som Excel inte har; filen "
                + "är skadad eller inte skriven av Excel"), errors(read(xlsx)));
    }

    @Test
    void aSheetListedButMissingNamesTheSheet() {
        XlsxParts parts = XlsxParts.of(rr("Personalkostnader", null, -8000, -12000, -12600).build());
        byte[] xlsx = parts.remove(parts.sheetPart(RR)).zip();
        assertEquals(List.of("Resultaträkning: bladet finns i arbetsbokens lista men dess innehåll "
                + "(xl/worksheets/sheet2.xml) saknas i filen; filen är skadad. Öppna arbetsboken i Excel och spara den "
                + "igen."), errors(read(xlsx)));
    }

    // ------------------------------------------------------------------ names, hidden sheets, control characters

    @Test
    void decomposedLettersAsMacOsWritesThemMatchSheetColumnAndFieldNames() {
        String decomposedRr = "Resultatra\u0308kning";
        WorkbookBuilder b = new WorkbookBuilder().sheet("Rapport").row("Fa\u0308lt", "Va\u0308rde").row("Kommun", "K")
                .row("Na\u0308mnd", "N").row("A\u030Ar", 2024).row("Beloppsenhet", "tkr")
                .sheet(decomposedRr).row("Post", "Typ", "Utfall period", "Budget", "Prognos")
                .row("O\u0308vriga inta\u0308kter", null, 1, 2, 3);
        ReadResult r = read(b.build());
        assertEquals(List.of(), errors(r));
        assertEquals(List.of(), warnings(r));
        Workbook wb = r.workbook().orElseThrow();
        assertEquals(2024, wb.rapport().year());
        assertEquals("N", wb.rapport().namnd());
        AmountRow row = wb.resultatrakning().orElseThrow().rows().get(0);
        assertEquals(AmountRow.Kind.INCOME, row.kind());
        assertEquals("Övriga intäkter", row.label().value(), "text is composed (NFC) as it is read");
        assertEquals("Resultaträkning", row.label().cell().sheet());
    }

    @Test
    void aHiddenSheetIsReadWithAWarning() {
        XlsxParts parts = XlsxParts.of(rr("Personalkostnader", null, -8000, -12000, -12600).build());
        byte[] xlsx = parts.replaceFirst("xl/workbook.xml", "<sheet name=\"Resultaträkning\"",
                "<sheet state=\"hidden\" name=\"Resultaträkning\"").zip();
        ReadResult r = read(xlsx);
        assertEquals(1, r.workbook().orElseThrow().resultatrakning().orElseThrow().rows().size());
        assertEquals(List.of("Resultaträkning: bladet är dolt men läses som alla andra blad; ta bort bladet eller byt "
                + "namn på det om det inte ska med"), warnings(r));
    }

    @Test
    void controlAndBidiCharactersAreRemovedWithAWarningNamingTheCell() {
        // XML cannot hold U+0007 itself: Excel writes it as _x0007_. Bidi controls stand as they are.
        XlsxParts parts = XlsxParts.of(TestWorkbooks.rapport().sheet("Texter").row("Avsnitt", "Rubrik", "Text")
                .row("sammanfattning", null, "NämndenBELL redovisar \u202Eett underskott.")
                .sheet(RR).row("Post", "Typ", "Utfall period", "Budget", "Prognos")
                .row("Personalkostnader", null, "-12\u200F600", -12000, -12600).build());
        ReadResult r = read(parts.replaceFirst("xl/sharedStrings.xml", "BELL", "_x0007_").zip());
        assertEquals(List.of(), errors(r));
        assertEquals("Nämnden redovisar ett underskott.",
                r.workbook().orElseThrow().text("sammanfattning").orElseThrow().text());
        assertEquals(0, new BigDecimal("-12600").compareTo(first(r, AmountColumn.UTFALL_PERIOD).value()));
        assertEquals(List.of(
                "Texter!C2: texten innehöll osynliga styrtecken (U+0007, U+202E) som har tagits bort; kontrollera att "
                        + "texten blev rätt",
                "Resultaträkning!C2: texten innehöll osynliga styrtecken (U+200F) som har tagits bort; kontrollera att "
                        + "texten blev rätt"), warnings(r));
    }

    @Test
    void controlCharactersInASheetNameAreRemovedWithAWarning() {
        XlsxParts parts = XlsxParts.of(rr("Personalkostnader", null, -8000, -12000, -12600).build());
        byte[] xlsx = parts.replaceFirst("xl/workbook.xml", "name=\"Resultaträkning\"",
                "name=\"Resultat_x0007_räkning\u202E\"").zip();
        ReadResult r = read(xlsx);
        assertEquals(List.of(), errors(r));
        assertEquals(1, r.workbook().orElseThrow().resultatrakning().orElseThrow().rows().size());
        assertEquals(List.of("Resultaträkning: bladets namn innehöll osynliga styrtecken (U+0007, U+202E) som har "
                + "tagits bort"), warnings(r));
    }

    @Test
    void escapedControlCharactersAreDecodedAndRemoved() {
        // Excel writes a control character in a shared string as _x0007_.
        XlsxParts parts = XlsxParts.of(TestWorkbooks.rapport().sheet("Texter").row("Avsnitt", "Rubrik", "Text")
                .row("sammanfattning", null, "Ett BELL-tecken.").build());
        byte[] xlsx = parts.replaceFirst("xl/sharedStrings.xml", "BELL-tecken", "_x0007_tecken och _x005F_x0041_").zip();
        ReadResult r = read(xlsx);
        assertEquals("Ett tecken och _x0041_.", r.workbook().orElseThrow().text("sammanfattning").orElseThrow().text());
        assertEquals(List.of("Texter!C2: texten innehöll osynliga styrtecken (U+0007) som har tagits bort; kontrollera "
                + "att texten blev rätt"), warnings(r));
    }

    // ------------------------------------------------------------------ columns that would not be read

    @Test
    void aDuplicateColumnWithValuesIsAnErrorAndAnEmptyOneAWarning() {
        ReadResult withValues = read(TestWorkbooks.rapport().sheet(RR)
                .row("Post", "Typ", "Utfall period", "Budget", "Prognos", "Budget")
                .row("Personalkostnader", null, 1, 2, 3, 4));
        assertEquals(List.of("Resultaträkning!F1: kolumnen \"Budget\" finns redan i D1, och kolumnen har värden (till "
                + "exempel i F2) som inte skulle komma med; ta bort kolumnen eller ge den en egen rubrik, så att det är "
                + "tydligt vilka värden som gäller"), errors(withValues));
        ReadResult empty = read(TestWorkbooks.rapport().sheet(RR)
                .row("Post", "Typ", "Utfall period", "Budget", "Prognos", "Budget")
                .row("Personalkostnader", null, 1, 2, 3));
        assertEquals(List.of(), errors(empty));
        assertEquals(List.of("Resultaträkning!F1: kolumnen \"Budget\" finns redan i D1; den läses inte"), warnings(empty));
    }

    @Test
    void aHeaderMergedOverAColumnWithValuesIsAnError() {
        XlsxParts parts = XlsxParts.of(TestWorkbooks.rapport().sheet(RR)
                .row("Post", "Typ", "Utfall period", null, "Budget", "Prognos")
                .row("Personalkostnader", null, 1, 5, 2, 3).build());
        String sheet = parts.sheetPart(RR);
        byte[] xlsx = parts.replaceFirst(sheet, "</sheetData>", "</sheetData><mergeCells count=\"1\"><mergeCell "
                + "ref=\"C1:D1\"/></mergeCells>").zip();
        assertEquals(List.of("Resultaträkning!D1: rubriken \"Utfall period\" är sammanfogad över C1:D1, så kolumn D har "
                + "ingen egen rubrik, och kolumnen har värden (till exempel i D2) som inte skulle komma med; ta bort "
                + "kolumnen eller ge den en egen rubrik, så att det är tydligt vilka värden som gäller"),
                errors(read(xlsx)));
    }

    // ------------------------------------------------------------------ other writers

    @Test
    void strictOpenXmlIsReadLikeTransitional() {
        XlsxParts parts = XlsxParts.of(rr("Personalkostnader", null, -8000, -12000, -12600).build());
        for (String name : parts.names()) {
            if (name.endsWith(".xml") || name.endsWith(".rels")) {
                parts.put(name, parts.text(name)
                        .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main",
                                "http://purl.oclc.org/ooxml/spreadsheetml/main")
                        .replace("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                                "http://purl.oclc.org/ooxml/officeDocument/relationships"));
            }
        }
        ReadResult r = read(parts.zip());
        assertEquals(List.of(), errors(r));
        assertEquals(0, new BigDecimal("-12600").compareTo(first(r, AmountColumn.PROGNOS).value()));
    }

    @Test
    void storedUncompressedPartsAreRead() {
        ReadResult r = read(XlsxParts.of(rr("Personalkostnader", null, -8000, -12000, -12600).build())
                .zip(java.util.zip.ZipEntry.STORED));
        assertEquals(List.of(), errors(r));
        assertEquals(0, new BigDecimal("-12600").compareTo(first(r, AmountColumn.PROGNOS).value()));
    }
}
