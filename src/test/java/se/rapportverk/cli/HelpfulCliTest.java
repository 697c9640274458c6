package se.rapportverk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.rapportverk.testutil.TestWorkbooks;

/**
 * A CLI that helps: the overview without arguments or with help/hjälp, a suggestion for what was
 * misspelled, Swedish for every command-line error (none of picocli's English), folders without
 * workbooks, findings in one stream in the order found, and unexpected failures without a trace.
 */
class HelpfulCliTest {

    @TempDir
    Path dir;

    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    /** Words of picocli's (and Java's) English that must never reach a user. */
    static final Pattern ENGLISH = Pattern.compile("Missing|Unknown|Unmatched|Expected|Invalid|Usage|Did you mean|"
            + "required|parameter|positional|option '|Exception|Error|[Cc]ould not|\\tat |unable|not found");

    static void assertSwedishOnly(CliTest.Run r) {
        assertFalse(ENGLISH.matcher(r.all()).find(), "English text:\n" + r.all());
    }

    @Test
    void noArgumentsShowTheOverviewWithTheCommandsAndTheFirstTwoSteps() {
        CliTest.Run r = run();
        assertEquals(ExitCode.USAGE, r.status());
        String o = r.out();
        assertTrue(o.contains("Kom igång:\n  1. rapportverk check arbetsbok.xlsx\n"), o);
        assertTrue(o.contains("  2. rapportverk generate arbetsbok.xlsx\n"), o);
        for (String command : List.of("init", "generate", "check", "verify", "extract", "serve", "husstil", "help")) {
            assertTrue(o.contains("\n  " + command + " "), command + " in:\n" + o);
        }
        assertTrue(o.contains("  4  minnet räckte inte; ge Rapportverk mer minne med RAPPORTVERK_MINNE=4g"), o);
        assertEquals("", r.err());
        assertSwedishOnly(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"help", "hjälp", "--help", "-h", "HJÄLP"})
    void helpAndHjalpShowTheOverview(String word) {
        CliTest.Run r = run(word);
        assertEquals(ExitCode.OK, r.status(), r.all());
        assertEquals(run().out(), r.out());
    }

    @Test
    void helpWithACommandShowsThatCommandsHelp() {
        CliTest.Run r = run("hjälp", "extract");
        assertEquals(ExitCode.OK, r.status());
        assertTrue(r.out().startsWith("Användning: rapportverk extract"), r.out());
        assertTrue(r.out().contains("--force"), r.out());
        CliTest.Run unknown = run("help", "genrate");
        assertEquals(ExitCode.USAGE, unknown.status());
        assertEquals("Fel i kommandot: okänt kommando \"genrate\"; menade du generate?\n"
                + "Kör \"rapportverk help\" för en översikt.\n", unknown.err());
    }

    @Test
    void aMisspelledCommandGetsTheNearest() {
        assertEquals("Fel i kommandot: okänt kommando \"genrate\"; menade du generate?\nKör \"rapportverk help\" för hjälp.\n",
                run("genrate", "a.xlsx").err());
        assertTrue(run("chek", "a.xlsx").err().startsWith("Fel i kommandot: okänt kommando \"chek\"; menade du check?"));
        assertTrue(run("verfy").err().contains("menade du verify?"));
        assertTrue(run("extrakt").err().contains("menade du extract?"));
        CliTest.Run far = run("skriv", "a.xlsx");
        assertEquals(ExitCode.USAGE, far.status());
        assertTrue(far.err().startsWith("Fel i kommandot: okänt kommando \"skriv\"; välj ett av init, generate, check, "
                + "verify, extract, serve, husstil, help"), far.err());
    }

    @Test
    void aMisspelledOptionOrDocumentGetsTheNearest() {
        assertTrue(run("generate", "a.xlsx", "--otu", "x").err().startsWith(
                "Fel i kommandot: okänd flagga --otu; menade du --out?\nKör \"rapportverk help generate\" för hjälp."));
        assertTrue(run("generate", "a.xlsx", "--templats", "x").err().contains("menade du --templates?"));
        assertTrue(run("check", "a.xlsx", "--stirct").err().contains("okänd flagga --stirct; menade du --strict?"));
        assertTrue(run("extract", "a.pdf", "ut", "--forse").err().contains("menade du --force?"));
        CliTest.Run doc = run("generate", "a.xlsx", "--document", "handlingplan");
        assertEquals(ExitCode.USAGE, doc.status());
        assertEquals("Fel i kommandot: okänt dokument \"handlingplan\"; menade du handlingsplan?\n", doc.err());
    }

    @Test
    void everyCommandLineErrorIsSwedish() {
        List<String[]> wrong = List.of(new String[] {"generate"}, new String[] {"generate", "--out"},
                new String[] {"generate", "a.xlsx", "--out"}, new String[] {"generate", "a.xlsx", "--out", "--report"},
                new String[] {"generate", "a.xlsx", "-o", "x", "-o", "y"}, new String[] {"check", "a.xlsx", "--report"},
                new String[] {"verify"}, new String[] {"verify", "a.xlsx"}, new String[] {"verify", "a", "b", "c"},
                new String[] {"extract", "a.pdf"}, new String[] {"extract", "a", "b", "c"},
                new String[] {"generate", "a.xlsx", "--document"}, new String[] {"-x"}, new String[] {"--version=2"},
                new String[] {"generate", "a.xlsx", "--report=ja"}, new String[] {"check", "a.xlsx", "--strict=kanske"},
                new String[] {"generate", "a.xlsx", "--document", "årsredovisning"});
        for (String[] args : wrong) {
            CliTest.Run r = run(args);
            assertEquals(ExitCode.USAGE, r.status(), String.join(" ", args) + ":\n" + r.all());
            assertTrue(r.err().startsWith("Fel i kommandot: "), String.join(" ", args) + ":\n" + r.all());
            assertSwedishOnly(r);
        }
        assertEquals("Fel i kommandot: flaggan --out behöver ett värde (MAPP)\nKör \"rapportverk help generate\" för "
                + "hjälp.\n", run("generate", "a.xlsx", "--out").err());
        assertEquals("Fel i kommandot: saknar ARBETSBOK\nKör \"rapportverk help generate\" för hjälp.\n",
                run("generate").err());
    }

    @Test
    void theHelpOfEveryCommandIsSwedish() {
        // "KOMMANDO --help" loads only that command, "help KOMMANDO" all of them: both find every one.
        for (String command : List.of("init", "generate", "check", "verify", "extract", "serve", "husstil")) {
            CliTest.Run r = run(command, "--help");
            assertEquals(ExitCode.OK, r.status(), command + ":\n" + r.all());
            assertTrue(r.out().startsWith("Användning: rapportverk " + command), r.out());
            assertTrue(r.out().contains("Flaggor:"), r.out());
            assertSwedishOnly(r);
            assertEquals(r.out(), run("help", command).out(), command);
        }
        CliTest.Run version = run("--version");
        assertEquals(ExitCode.OK, version.status());
        assertTrue(version.out().startsWith("Rapportverk "), version.out());
    }

    @Test
    void aFolderWithoutWorkbooksIsAnErrorForCheckAsForGenerate() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("tom"));
        Files.writeString(empty.resolve("anteckning.txt"), "ingen arbetsbok");
        for (String command : List.of("check", "generate")) {
            CliTest.Run r = run(command, empty.toString());
            assertEquals(ExitCode.USAGE, r.status(), command + ": " + r.all());
            assertEquals("Fel i kommandot: mappen " + empty + " innehåller inga arbetsböcker (.xlsx)\n", r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void errorsAndWarningsComeInOneStreamInTheOrderFoundAndCheckOffersNoDocuments() throws IOException {
        // A warning in Rapport (read first), then an error in Resultaträkning.
        Path p = dir.resolve("a.xlsx");
        Files.write(p, TestWorkbooks.rapport().row("Kommunfärg", "blå").sheet("Resultaträkning")
                .row("Post", "Utfall period", "Budget", "Prognos")
                .row("Taxor och avgifter", "12,3x", 4, 5).build());
        CliTest.Run r = run("check", p.toString());
        assertEquals(ExitCode.WORKBOOK_ERRORS, r.status(), r.all());
        List<String> lines = r.err().lines().toList();
        int heading = lines.indexOf("1 fel och 1 varning:");
        assertTrue(heading >= 0, r.err());
        assertTrue(lines.get(heading + 1).startsWith("  varning  Rapport!A10: okänt fält \"Kommunfärg\""), r.err());
        assertTrue(lines.get(heading + 2).startsWith("  fel      Resultaträkning!B2: \"12,3x\" är inte ett tal"), r.err());
        assertFalse(r.out().contains("Varning") || r.out().contains("varning"), "no findings on standard output");
        assertFalse(r.all().contains("Dokument som kan göras"), "no documents are offered while the workbook has errors");
        assertTrue(r.err().contains("Arbetsboken har 1 fel; inga dokument kan göras förrän de är rättade."), r.err());
    }

    @Test
    void aNameStartingWithAnAtSignIsAFileName() throws IOException {
        Path p = dir.resolve("@budget.xlsx");
        Files.write(p, TestWorkbooks.delarsrapport());
        Files.writeString(dir.resolve("budget.xlsx"), "--help");
        CliTest.Run r = run("check", p.toString());
        assertEquals(ExitCode.OK, r.status(), r.all());
        assertTrue(r.out().contains("Dokument som kan göras: delarsrapport."), r.out());
    }

    @Test
    void anInternalErrorIsSwedishWithoutTheExceptionsText() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Failures.report(new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null"),
                "a.xlsx", new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String text = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCode.FAILURE, status);
        assertTrue(text.startsWith("Internt fel i Rapportverk med a.xlsx: ett programfel, inte ett fel i det du gav.\n"
                + "Inga filer skrevs för a.xlsx; inget halvskrivet finns kvar.\n"
                + "Kör samma kommando med miljövariabeln RAPPORTVERK_DEBUG=1"), text);
        assertFalse(ENGLISH.matcher(text).find() || text.contains("Cannot invoke") || text.contains("NullPointer"), text);
    }

    @Test
    void runningOutOfMemoryIsNotAnErrorInTheWorkbook() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Failures.report(new RuntimeException(new OutOfMemoryError("Java heap space")), "stor.xlsx",
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertEquals(ExitCode.OUT_OF_MEMORY, status);
        assertEquals(4, status, "documented in the README as 4");
        assertEquals("Minnet räckte inte: Rapportverk fick slut på arbetsminne med stor.xlsx (Java hade högst 1\u00A0024 "
                + "MiB).\nGe Rapportverk mer minne och kör igen: sätt miljövariabeln RAPPORTVERK_MINNE, till exempel "
                + "RAPPORTVERK_MINNE=2g (startskriptet ger då Java 2 GiB), eller starta Java med -Xmx2g.\n"
                + "Inga filer skrevs för stor.xlsx; inget halvskrivet finns kvar.",
                Failures.outOfMemory("stor.xlsx", 1024L * 1024 * 1024));
        assertTrue(bytes.toString(StandardCharsets.UTF_8).startsWith("Minnet räckte inte"));
    }
}
