package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.testutil.CliRun;

/**
 * {@code rapportverk init} (issue 11, item 2): the blank workbook has every sheet the documents
 * need, as Excel Tables with frozen headers, input messages and dropdowns; it is refused over an
 * existing file without --force; {@code check} on it lists the few things that must be filled in;
 * and filled in as a user does (values beside the fields, rows under the headers) it makes each
 * document, read back from the PDF. Expected figures are worked out by hand below.
 */
class InitWorkbookTest {

    @TempDir
    Path dir;

    private Path init(String name, String... options) {
        List<String> args = new ArrayList<>(List.of("init", dir.resolve(name).toString()));
        args.addAll(List.of(options));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, r.status(), r.all());
        assertEquals("", r.err());
        return dir.resolve(name);
    }

    @Test
    void writesEverySheetOfTheChosenDocumentsAndRefusesToOverwrite() throws IOException {
        Path all = init("arbetsbok.xlsx");
        assertEquals(List.of("Instruktioner", "Rapport", "Texter", "Resultaträkning", "Driftsredovisning",
                "Månadsutfall", "Volymer", "Investeringar", "Externa utförare", "Mål", "Uppdrag", "Internkontroll", "Åtgärder", "Bemanning",
                "Nyckeltal", "Flerårsöversikt", "Ärende"), visibleSheets(all));
        Path plan = init("plan.xlsx", "--document", "handlingsplan");
        assertEquals(List.of("Instruktioner", "Rapport", "Texter", "Åtgärder", "Bemanning", "Nyckeltal"),
                visibleSheets(plan));
        Path ts = init("ts", "--document", "tjänsteskrivelse");
        assertEquals(dir.resolve("ts.xlsx"), ts.resolveSibling("ts.xlsx"));
        assertEquals(List.of("Instruktioner", "Rapport", "Texter", "Flerårsöversikt", "Ärende"),
                visibleSheets(dir.resolve("ts.xlsx")));

        byte[] before = Files.readAllBytes(all);
        CliRun again = CliRun.of("init", all.toString(), "--document", "handlingsplan");
        assertEquals(2, again.status(), again.all());
        assertEquals("Fel i kommandot: " + all + " finns redan. Ange --force för att skriva över den, eller välj ett "
                + "annat namn. Ingen fil skrevs.\n", again.err());
        assertArrayEquals(before, Files.readAllBytes(all), "an existing file is never changed without --force");
        CliRun forced = CliRun.of("init", all.toString(), "--document", "handlingsplan", "--force");
        assertEquals(0, forced.status(), forced.all());
        assertEquals(List.of("Instruktioner", "Rapport", "Texter", "Åtgärder", "Bemanning", "Nyckeltal"),
                visibleSheets(all), "overwritten with --force");

        CliRun unknown = CliRun.of("init", dir.resolve("x.xlsx").toString(), "--document", "arsredovisning");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().startsWith("Fel i kommandot: okänt dokument \"arsredovisning\""), unknown.err());
        CliRun xls = CliRun.of("init", dir.resolve("x.xls").toString());
        assertEquals(2, xls.status());
        assertTrue(xls.err().contains("ge filen ändelsen .xlsx"), xls.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("arbetsbok.xlsx", "plan.xlsx", "ts.xlsx"),
                    files.map(p -> p.getFileName().toString()).sorted().toList(), "nothing else is written");
        }
    }

    @Test
    void theSameDocumentsGiveTheSameBytes() throws IOException {
        byte[] first = Files.readAllBytes(init("a.xlsx"));
        Path again = dir.resolve("again");
        Files.createDirectories(again);
        CliRun r = CliRun.of("init", again.resolve("a.xlsx").toString());
        assertEquals(0, r.status());
        assertArrayEquals(first, Files.readAllBytes(again.resolve("a.xlsx")), "no clock, no folder in the bytes");
    }

    @Test
    void headersAreTablesWithFrozenRowsInputMessagesAndDropdowns() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(init("a.xlsx"))))) {
            XSSFSheet mal = wb.getSheet("Mål");
            assertEquals(List.of("Nivå", "Mål", "Beskrivning", "Innebörd", "Bedömning", "Text"), headers(mal));
            assertEquals(1, mal.getTables().size());
            assertEquals("A1:F2", mal.getTables().get(0).getArea().formatAsString());
            assertNotNull(mal.getPaneInformation());
            assertEquals(1, mal.getPaneInformation().getHorizontalSplitPosition());
            assertEquals(List.of("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömt"), dropdown(mal, "E2"));
            assertEquals(List.of("Kommunfullmäktige", "Nämnd"), dropdown(mal, "A2"));
            assertEquals("Bedömningen till delåret. Tom: Ej bedömt (med en varning). Kolumnen krävs. Välj: Uppfyllt, "
                    + "Delvis uppfyllt, Ej uppfyllt eller Ej bedömt.", prompt(mal, "E1"));
            assertEquals(List.of("Utan avvikelse", "Mindre avvikelse", "Stor avvikelse", "Ej genomförd"),
                    dropdown(wb.getSheet("Internkontroll"), "D500"));
            assertEquals(List.of("Ej påbörjad", "Pågår", "Genomförd", "Avbruten"), dropdown(wb.getSheet("Åtgärder"), "Q2"));
            assertEquals(List.of("Högre är bättre", "Lägre är bättre"), dropdown(wb.getSheet("Nyckeltal"), "F2"));
            assertEquals(List.of("Beslutsförslag", "Beslutsunderlag", "Skickas till", "Underskrift"),
                    dropdown(wb.getSheet("Ärende"), "A2"));
            assertEquals(List.of("Satsning", "Uppdrag"), dropdown(wb.getSheet("Uppdrag"), "A2"));
            assertEquals(List.of("Intäkt", "Kostnad", "Summa"), dropdown(wb.getSheet("Resultaträkning"), "B2"));
            XSSFSheet manader = wb.getSheet("Månadsutfall");
            assertEquals(List.of("Månad", "Utfall", "Utfall föregående år", "Budget", "Verksamhet"), headers(manader));
            assertEquals(1, manader.getTables().size());
            List<String> months = List.of("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti",
                    "september", "oktober", "november", "december");
            assertEquals(months, dropdown(manader, "A2"));
            assertEquals(months, dropdown(manader, "A500"));
            assertFalse(validationAt(manader, "A2").getShowErrorBox(), "8 and 2025-08 are months too: no error box");
            assertEquals("Månaden: 1–12, namnet (augusti, aug) eller 2025-08. Varje månad en gång per verksamhet. "
                    + "Kolumnen krävs.", prompt(manader, "A1"));
            assertEquals("@", manader.getColumnStyle(0).getDataFormatString(), "a month typed 2025-08 stays as typed");
            XSSFSheet rapport = wb.getSheet("Rapport");
            assertEquals("Period", rapport.getRow(5).getCell(0).getStringCellValue());
            assertEquals(months, dropdown(rapport, "B6"));
            assertFalse(validationAt(rapport, "B6").getShowErrorBox(), "januari–augusti and 8 are periods too");
            assertEquals(List.of("Fält", "Värde", "Dokument", "Förklaring"), headers(rapport));
            assertEquals("Kommun", rapport.getRow(1).getCell(0).getStringCellValue());
            assertEquals("Beloppsenhet", rapport.getRow(6).getCell(0).getStringCellValue());
            assertEquals(List.of("kr", "tkr", "mkr"), dropdown(rapport, "B7"));
            assertTrue(rapport.getRow(5).getCell(3).getStringCellValue().endsWith("Krävs för delårsrapporten."));
            assertEquals("yyyy-mm-dd", rapport.getRow(10).getCell(1).getCellStyle().getDataFormatString(),
                    rapport.getRow(10).getCell(0).getStringCellValue());
            XSSFSheet texter = wb.getSheet("Texter");
            assertEquals("sammanfattning", texter.getRow(1).getCell(0).getStringCellValue());
            assertEquals("vasentliga-handelser", texter.getRow(3).getCell(0).getStringCellValue());
            assertEquals("mal-kommunfullmaktige", texter.getRow(5).getCell(0).getStringCellValue());
            assertEquals("ekonomisk-bedomning", texter.getRow(19).getCell(0).getStringCellValue());
            assertEquals(List.of("Avsnitt", "Rubrik", "Text", "Dokument", "Förklaring"), headers(texter));
            assertEquals("yyyy-mm-dd", wb.getSheet("Åtgärder").getColumnStyle(4).getDataFormatString());
            assertEquals("@", wb.getSheet("Nyckeltal").getColumnStyle(2).getDataFormatString(),
                    "a month typed 2025-03 stays as typed");
            assertTrue(wb.getSheet("Åtgärder").getColumnWidth(11) > wb.getSheet("Åtgärder").getColumnWidth(0));
            assertTrue(wb.isSheetHidden(wb.getSheetIndex("Listor")));
            assertEquals(0, wb.getActiveSheetIndex(), "it opens on the instructions");
            String instructions = text(wb.getSheet("Instruktioner"));
            assertTrue(instructions.contains("rapportverk check a.xlsx"), instructions);
            assertTrue(instructions.contains("Kommun, Nämnd och År behövs alltid och Period för delårsrapporten"),
                    instructions);
        }
    }

    @Test
    void checkOnTheBlankWorkbookListsWhatMustBeFilledIn() {
        Path blank = init("arbetsbok.xlsx", "--document", "delarsrapport");
        CliRun check = CliRun.of("check", blank.toString());
        assertEquals(1, check.status(), check.all());
        assertEquals("""
                4 fel:
                  fel      Rapport!B2: fältet "Kommun" är tomt; det behövs för alla dokument. Kommunens namn, till exempel Ekeby kommun.
                  fel      Rapport!B3: fältet "Nämnd" är tomt; det behövs för alla dokument. Nämndens namn, till exempel Vård- och omsorgsnämnden.
                  fel      Rapport!B5: fältet "År" är tomt; det behövs för alla dokument. Rapportens år med fyra siffror, till exempel 2025.
                  fel      arbetsbok.xlsx: arbetsboken har inga uppgifter för något dokument; fyll i rader under rubrikerna på bladen för det dokument som ska göras. En delårsrapport behöver rader i något av bladen Resultaträkning, Driftsredovisning, Volymer, Investeringar, Externa utförare, Mål, Uppdrag eller Internkontroll, en handlingsplan i bladet Åtgärder och en tjänsteskrivelse i bladet Ärende.
                Arbetsboken har 4 fel; inga dokument kan göras förrän de är rättade.
                """, check.err().replace(blank.toString(), "arbetsbok.xlsx"));

        // The Rapport fields filled in: what is left is the period and a row for the document.
        byte[] bytes;
        try (BlankFiller f = new BlankFiller(read(blank))) {
            bytes = f.field("Kommun", "Ekeby kommun").field("Nämnd", "Vård- och omsorgsnämnden").field("År", 2025).bytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path half = write("halv.xlsx", bytes);
        CliRun second = CliRun.of("check", half.toString(), "--document", "delarsrapport");
        assertEquals(1, second.status(), second.all());
        assertEquals("""
                1 fel:
                  fel      halv.xlsx: arbetsboken har inga uppgifter för dokumentet delårsrapport; den behöver minst en ifylld rad i något av bladen Resultaträkning, Driftsredovisning, Volymer, Investeringar, Externa utförare, Mål, Uppdrag eller Internkontroll
                Arbetsboken har 1 fel; inga dokument kan göras förrän de är rättade.
                """, second.err().replace(half.toString(), "halv.xlsx"));

        // A row in the Resultaträkning: now the delårsrapport's own field, the period, is what is missing.
        try (BlankFiller f = new BlankFiller(bytes)) {
            bytes = f.row("Resultaträkning", row("Post", "Lokalhyror", "Utfall period", -300, "Budget", -450,
                    "Prognos", -450)).bytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path third = write("tredje.xlsx", bytes);
        CliRun last = CliRun.of("check", third.toString());
        assertEquals(1, last.status(), last.all());
        assertEquals("""
                1 fel och 1 varning:
                  fel      Rapport: fältet "Period" saknas; delårsrapporten behöver periodens sista månad, till exempel augusti eller 8
                  varning  Rapport: fältet "Datum" saknas; dokumenten dateras 2025-01-01. Ange Datum (till exempel 2025-01-01) för att bestämma dokumentens datum.
                Arbetsboken har 1 fel; inga dokument kan göras förrän de är rättade.
                """, last.err());
    }

    /**
     * Månadsutfall filled in under the blank workbook's headers, months chosen from its dropdown: check 6
     * compares them with the Resultaträkning. January–July at -1 000 tkr and August at -1 100 tkr sum to
     * -8 100 tkr against Utfall period -8 000 tkr (Resultaträkning!E2): 100 tkr off; the tolerance is half
     * a tkr for each of the eight months and the one post, 4,5 tkr.
     */
    @Test
    void itsMonthSheetIsReadAndCheckedAgainstThePeriod() throws IOException {
        Path blank = init("arbetsbok.xlsx", "--document", "delarsrapport");
        byte[] filled;
        try (BlankFiller f = new BlankFiller(read(blank))) {
            f.field("Kommun", "Ekeby kommun").field("Nämnd", "Vård- och omsorgsnämnden").field("År", 2025)
                    .field("Period", "augusti").field("Datum", LocalDate.of(2025, 9, 23));
            f.row("Resultaträkning", row("Post", "Personalkostnader", "Utfall period", -8000, "Budget", -12000,
                    "Prognos", -12000));
            for (String month : List.of("januari", "februari", "mars", "april", "maj", "juni", "juli")) {
                f.row("Månadsutfall", row("Månad", month, "Utfall", -1000));
            }
            f.row("Månadsutfall", row("Månad", "augusti", "Utfall", -1100));
            filled = f.bytes();
        }
        CliRun check = CliRun.of("check", write("manader.xlsx", filled).toString());
        assertEquals(0, check.status(), check.all());
        assertTrue(check.err().replace('\u00A0', ' ').contains("varning  Månadsutfall!B2:B9: Månadsutfallet "
                + "januari–augusti för nämnden som helhet (Utfall, B2:B9) summerar till -8 100 tkr men Utfall period för "
                + "Summa totalt i resultaträkningen (Resultaträkning!E2) är -8 000 tkr; skillnaden är -100 tkr, mer än "
                + "avrundning kan förklara (högst 4,5 tkr)"), check.err());
    }

    @Test
    void filledInItMakesEveryDocument() throws IOException {
        Path blank = init("arbetsbok.xlsx");
        byte[] filled;
        try (BlankFiller f = new BlankFiller(read(blank))) {
            f.field("Kommun", "Ekeby kommun").field("Nämnd", "Vård- och omsorgsnämnden").field("År", 2025)
                    .field("Period", "8").field("Beloppsenhet", "tkr").field("Datum", LocalDate.of(2025, 9, 23))
                    .field("Titel", "Handlingsplan för en ekonomi i balans").field("Diarienummer", "2025.019 VON")
                    .field("Underskott", 100);
            f.text("vasentliga-handelser", "Ett nytt boende öppnade i mars.")
                    .text("arendebeskrivning", "Nämnden har ett underskott som ska täckas.");
            f.row("Resultaträkning", row("Post", "Taxor och avgifter", "Utfall period", 1500, "Budget", 2000,
                    "Prognos", 2100));
            f.row("Resultaträkning", row("Post", "Personalkostnader", "Utfall period", -10000, "Budget", -15000,
                    "Prognos", -15600));
            f.row("Mål", row("Nivå", "Nämnd", "Mål", "Ekonomi i balans", "Bedömning", "Delvis uppfyllt"));
            f.row("Åtgärder", row("Åtgärd", "Färre timvikarier", "Startdatum", LocalDate.of(2025, 7, 1),
                    "Effekt helår", 120));
            f.row("Ärende", row("Typ", "Beslutsförslag", "Text", "Nämnden godkänner handlingsplanen."));
            f.row("Ärende", row("Typ", "Underskrift", "Text", "Anna Andersson", "Titel", "Förvaltningschef"));
            filled = f.bytes();
        }
        Path workbook = write("ifylld.xlsx", filled);
        CliRun check = CliRun.of("check", workbook.toString());
        assertEquals(0, check.status(), check.all());
        assertEquals("", check.err(), "no warning about the sheets left blank or the sections left empty");
        assertTrue(check.out().contains("Dokument som kan göras: delarsrapport, handlingsplan, tjansteskrivelse."),
                check.out());

        Path out = dir.resolve("ut");
        Generated g = Generated.of(workbook, out);
        String delars = String.join("\n", PdfDoc.read(g.bytes("delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf"))
                .pages.stream().flatMap(List::stream).toList()).replace('\u00A0', ' ');
        // The Resultaträkning in mkr with one decimal: 1 500 tkr is 1,5; the net -8 500 / -13 000 / -13 500 tkr;
        // avvikelse = prognos − budget: 2 100 − 2 000 = 100 tkr, -15 600 − -15 000 = -600, net -500. The columns
        // left empty (Bokslut, Utfall föregående år) are not reported: –.
        assertTrue(delars.contains("Intäkter / Kostnader (mkr) 2024 2024 2025 2025 2025 mot budget"), delars);
        assertTrue(delars.contains("Taxor och avgifter – – 1,5 2,0 2,1 0,1"), delars);
        assertTrue(delars.contains("Personalkostnader – – -10,0 -15,0 -15,6 -0,6"), delars);
        assertTrue(delars.contains("Summa totalt – – -8,5 -13,0 -13,5 -0,5"), delars);
        assertTrue(delars.contains("utfall för perioden januari–augusti är 8,5 mkr"), delars);
        assertTrue(delars.contains("Ett nytt boende öppnade i mars."), delars);
        assertTrue(delars.contains("Ekonomi i balans"), delars);
        assertTrue(delars.contains("Delvis uppfyllt"), delars);

        String plan = String.join("\n", PdfDoc.read(g.bytes("handlingsplan-vard-och-omsorgsnamnden-2025.pdf"))
                .pages.stream().flatMap(List::stream).toList()).replace('\u00A0', ' ');
        // Effekt helår 120 tkr = 120 000 kr; from July: 120 000 × 6/12 = 60 000 kr; 60 % of the 100 000 kr deficit.
        assertTrue(plan.contains("Färre timvikarier"), plan);
        assertTrue(plan.contains("120 000"), plan);
        assertTrue(plan.contains("60 000"), plan);
        assertTrue(plan.contains("60,0 %"), plan);

        String ts = String.join("\n", PdfDoc.read(g.bytes("tjansteskrivelse-vard-och-omsorgsnamnden-2025.pdf"))
                .pages.stream().flatMap(List::stream).toList()).replace('\u00A0', ' ');
        assertTrue(ts.contains("Handlingsplan för en ekonomi i balans"), ts);
        assertTrue(ts.contains("Nämnden har ett underskott som ska täckas."), ts);
        assertTrue(ts.contains("Nämnden godkänner handlingsplanen."), ts);
        assertTrue(ts.contains("Anna Andersson"), ts);
        assertTrue(ts.contains("2025.019 VON"), ts);
    }

    // ------------------------------------------------------------------ helpers

    private static Map<String, Object> row(Object... headersAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < headersAndValues.length; i += 2) {
            m.put((String) headersAndValues[i], headersAndValues[i + 1]);
        }
        return m;
    }

    private Path write(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> visibleSheets(Path file) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                if (!wb.isSheetHidden(i)) {
                    names.add(wb.getSheetName(i));
                }
            }
            return names;
        }
    }

    private static List<String> headers(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
        return headers;
    }

    private static DataValidation validationAt(XSSFSheet sheet, String ref) {
        org.apache.poi.ss.util.CellReference cell = new org.apache.poi.ss.util.CellReference(ref);
        DataValidation found = null;
        for (DataValidation v : sheet.getDataValidations()) {
            for (var range : v.getRegions().getCellRangeAddresses()) {
                if (range.isInRange(cell.getRow(), cell.getCol())) {
                    found = v;
                }
            }
        }
        assertNotNull(found, sheet.getSheetName() + "!" + ref + " has no data validation");
        return found;
    }

    private static List<String> dropdown(XSSFSheet sheet, String ref) {
        DataValidation v = validationAt(sheet, ref);
        assertEquals(DataValidationConstraint.ValidationType.LIST, v.getValidationConstraint().getValidationType());
        assertFalse(v.getSuppressDropDownArrow() && false);
        String[] values = v.getValidationConstraint().getExplicitListValues();
        assertNotNull(values, sheet.getSheetName() + "!" + ref + ": " + v.getValidationConstraint().getFormula1());
        return List.of(values);
    }

    private static String prompt(XSSFSheet sheet, String ref) {
        return validationAt(sheet, ref).getPromptBoxText();
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder sb = new StringBuilder();
        sheet.forEach(row -> row.forEach(c -> sb.append(c.toString()).append('\n')));
        return sb.toString();
    }
}
