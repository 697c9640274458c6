package se.rapportverk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.rapportverk.testutil.WorkbookBuilder.formula;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.testutil.WorkbookBuilder;

/** The command line as a user meets it: messages, exit status, and what is (not) written. */
class CliTest {

    @TempDir
    Path dir;

    record Run(int status, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private Run generate(Path workbook) {
        return run("generate", workbook.toString(), "--out", dir.resolve("ut").toString());
    }

    private void assertNothingWritten() throws IOException {
        Path out = dir.resolve("ut");
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(0, files.count(), "no file may be written");
            }
        }
    }

    private static void assertNoStackTrace(Run r) {
        assertFalse(r.all().contains("Exception"), r.all());
        assertFalse(r.all().contains("\tat "), r.all());
    }

    private void assertRefused(Path workbook, String expectedMessage) throws IOException {
        byte[] before = Files.readAllBytes(workbook);
        Run r = generate(workbook);
        assertEquals(ExitCode.WORKBOOK_ERRORS, r.status(), r.all());
        assertTrue(r.err().contains(expectedMessage), r.err());
        assertTrue(r.err().contains("Inga filer skrevs"), r.err());
        assertNoStackTrace(r);
        assertNothingWritten();
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(workbook)), "the workbook is never changed");
        Run check = run("check", workbook.toString());
        assertEquals(ExitCode.WORKBOOK_ERRORS, check.status(), check.all());
        assertTrue(check.err().contains(expectedMessage), check.err());
    }

    @Test
    void aFileThatIsNotAWorkbook() throws IOException {
        Path p = write("rapport.xlsx", "hej".getBytes(StandardCharsets.UTF_8));
        assertRefused(p, "rapport.xlsx: filen är inte en Excel-arbetsbok (.xlsx).");
    }

    @Test
    void aMissingFile() throws IOException {
        Run r = generate(dir.resolve("finns-inte.xlsx"));
        assertEquals(ExitCode.WORKBOOK_ERRORS, r.status());
        assertTrue(r.err().contains("finns-inte.xlsx: filen finns inte"), r.err());
        assertNothingWritten();
    }

    @Test
    void aWorkbookWithoutRapportSheet() throws IOException {
        Path p = write("a.xlsx", new WorkbookBuilder().sheet("Blad1").row("x").build());
        assertRefused(p, "a.xlsx: arbetsboken saknar bladet \"Rapport\"");
    }

    @Test
    void aMissingRequiredColumn() throws IOException {
        Path p = write("a.xlsx", TestWorkbooks.rapport().sheet("Driftsredovisning")
                .row("Verksamhet", "Utfall period", "Prognos").row("Hemtjänst", -1, -2).build());
        assertRefused(p, "Driftsredovisning: kolumnen \"Budget\" saknas");
    }

    @Test
    void aNonNumberInANumberColumn() throws IOException {
        Path p = write("a.xlsx", TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Typ", "Bokslut föregående år", "Utfall period föregående år", "Utfall period", "Budget",
                        "Prognos")
                .row("Taxor och avgifter", null, 1, 2, "12,3x", 4, 5).build());
        assertRefused(p, "Resultaträkning!E2: \"12,3x\" är inte ett tal");
    }

    @Test
    void aFormulaError() throws IOException {
        Path p = write("a.xlsx", TestWorkbooks.rapport().sheet("Investeringar")
                .row("Projekt", "Budget", "Prognos").row("Larm", formula("1/0"), -2).build());
        assertRefused(p, "Investeringar!B2: formeln =1/0 ger felvärdet #DIV/0!");
    }

    @Test
    void checkListsEveryProblemAtOnce() throws IOException {
        Path p = write("a.xlsx", TestWorkbooks.rapport().sheet("Resultaträkning")
                .row("Post", "Utfall period", "Budget", "Prognos")
                .row("Taxor och avgifter", "x", 4, 5)
                .row("Lokalhyror", -1, "y", -3)
                .row("Övriga intäkter", formula("1/0"), 1, 1).build());
        Run r = run("check", p.toString());
        assertEquals(ExitCode.WORKBOOK_ERRORS, r.status());
        assertTrue(r.err().contains("3 fel:"), r.err());
        assertTrue(r.err().contains("Resultaträkning!B2"), r.err());
        assertTrue(r.err().contains("Resultaträkning!C3"), r.err());
        assertTrue(r.err().contains("Resultaträkning!B4"), r.err());
    }

    @Test
    void checkOfAGoodWorkbookSaysSoAndWritesNothing() throws IOException {
        Path p = write("a.xlsx", TestWorkbooks.delarsrapport());
        Run r = run("check", p.toString());
        assertEquals(ExitCode.OK, r.status(), r.all());
        // 93 comparisons of checks 1–5, and check 7 for the nämnd and the 6 verksamheter (each with a linear
        // and a seasonal forecast): 100.
        assertTrue(r.out().contains("Kontroller: 100 jämförelser, 100 stämmer, 0 avviker."), r.out());
        assertTrue(r.out().contains("Dokument som kan göras: delarsrapport."), r.out());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count());
        }
    }

    @Test
    void discrepanciesWarnAndStrictMakesThemErrors() throws IOException {
        Path p = write("a.xlsx", TestWorkbooks.withResultatrakning(TestWorkbooks.rapport())
                .row("Summa kostnader", "Summa", 0, 0, 0, 0, 0, 0).build());
        Run warn = run("check", p.toString());
        assertEquals(ExitCode.OK, warn.status(), warn.all());
        assertTrue(warn.err().contains("6 varningar:"), warn.err());
        assertTrue(warn.err().replace('\u00A0', ' ').contains("  varning  Resultaträkning!C13: Summa kostnader (Bokslut "
                + "föregående år) är angiven till 0 tkr men raderna C6:C11 summerar till -1 114 200 tkr"), warn.err());
        Run strict = run("check", p.toString(), "--strict");
        assertEquals(ExitCode.WORKBOOK_ERRORS, strict.status());
        assertTrue(strict.err().contains("6 fel:"), strict.err());
    }

    @Test
    void helpIsSwedish() {
        Run r = run("generate", "--help");
        assertEquals(0, r.status());
        assertTrue(r.out().startsWith("Användning: rapportverk generate"), r.out());
        assertTrue(r.out().contains("Visar den här hjälpen."), r.out());
        assertTrue(r.out().contains("--strict"), r.out());
        assertTrue(r.out().contains("Mappen där dokumenten skrivs. Standard: output."), r.out());
        Run check = run("check", "--help");
        assertTrue(check.out().startsWith("Användning: rapportverk check"), check.out());
    }

    @Test
    void usageErrorsAreSwedish() {
        Run missing = run("generate");
        assertEquals(ExitCode.USAGE, missing.status());
        assertTrue(missing.err().startsWith("Fel i kommandot: saknar ARBETSBOK"), missing.err());
        Run unknown = run("generate", "a.xlsx", "--farg");
        assertEquals(ExitCode.USAGE, unknown.status());
        assertTrue(unknown.err().startsWith("Fel i kommandot: okänd flagga --farg"), unknown.err());
        Run document = run("generate", "a.xlsx", "--document", "arsredovisning");
        assertEquals(ExitCode.USAGE, document.status());
        assertTrue(document.err().contains("okänt dokument \"arsredovisning\""), document.err());
        assertEquals(ExitCode.USAGE, run().status());
    }
}
