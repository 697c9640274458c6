package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A municipality's own templates with mistakes in them, through {@code generate --templates}: each
 * message is Swedish, names the template's own file and line (not a line of the generated XML),
 * spells out what is missing or unknown together with what is allowed, and shows the line. Exit
 * status 3, no file written.
 */
class BrokenTemplatesTest {

    @TempDir
    Path dir;

    static final List<String> ENGLISH = List.of("The following has evaluated", "Tip:", "FreeMarker", "Exception",
            "No enum constant", "Expected", "For input string", "\tat ");

    /** A copy of the built-in templates. */
    Path templates() throws IOException {
        return copyOfTemplates(dir.resolve("mallar"));
    }

    /** A copy of the built-in templates in the folder. */
    static Path copyOfTemplates(Path copy) throws IOException {
        try (Stream<Path> all = Files.walk(Path.of("templates"))) {
            for (Path p : all.toList()) {
                Path target = copy.resolve(Path.of("templates").relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return copy;
    }

    /** Inserts a line before the given one (1-based) of a template; returns the new line's number. */
    static int insert(Path template, int before, String line) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(template, StandardCharsets.UTF_8));
        lines.add(before - 1, line);
        Files.write(template, lines, StandardCharsets.UTF_8);
        return before;
    }

    static int lineOf(Path template, String start) throws IOException {
        List<String> lines = Files.readAllLines(template, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start + " not in " + template);
    }

    /** Runs generate with the templates and asserts the failure; returns the error output. */
    String failing(Path templates) throws IOException {
        Path out = dir.resolve("ut");
        Cli.Run run = Cli.run("generate", Examples.DELARSRAPPORT.toString(), "--out", out.toString(), "--templates",
                templates.toString(), "--document", "delarsrapport");
        assertEquals(3, run.status(), run.all());
        for (String english : ENGLISH) {
            assertFalse(run.all().contains(english), english + " in:\n" + run.all());
        }
        assertTrue(run.err().contains("Inga filer skrevs."), run.err());
        assertFalse(Files.exists(out), "no file written");
        return run.err();
    }

    @Test
    void aMissingNameIsSpelledOutWithItsTemplateLine() throws IOException {
        Path t = templates();
        int line = insert(t.resolve("delarsrapport.ftl"), lineOf(t.resolve("delarsrapport.ftl"), "</document>"),
                "<p>Kommunens färg: ${rapport.kommunfarg}</p>");
        String err = failing(t);
        assertTrue(err.startsWith("Mallen delarsrapport.ftl, rad " + line + ": namnet \"rapport.kommunfarg\" finns inte i "
                + "uppgifterna till mallen (rapport har inget kommunfarg), eller är tomt. Vad en mall får står i "
                + "templates/README.md; kan uppgiften saknas, skriv ${rapport.kommunfarg!} eller <#if rapport.kommunfarg??>"
                + "…</#if>\n  " + line + " | <p>Kommunens färg: ${rapport.kommunfarg}</p>\n"), err);
    }

    @Test
    void anUnknownParagraphStyleIsNamedWithTheAllowedOnes() throws IOException {
        Path t = templates();
        int line = insert(t.resolve("delarsrapport.ftl"), lineOf(t.resolve("delarsrapport.ftl"), "</document>"),
                "  <p style=\"title\">Rubrik</p>");
        String err = failing(t);
        assertTrue(err.startsWith("Mallen delarsrapport.ftl, rad " + line + ": <p style=\"title\">: okänd stycketyp; "
                + "tillåtna är body, caption, note\n  " + line + " | <p style=\"title\">Rubrik</p>\n"), err);
    }

    @Test
    void anUnknownElementIsNamedWithTheAllowedOnes() throws IOException {
        Path t = templates();
        int line = insert(t.resolve("delarsrapport.ftl"), lineOf(t.resolve("delarsrapport.ftl"), "</document>"),
                "<#if rapport.kommun??><rubrik>Slut</rubrik></#if>");
        String err = failing(t);
        assertTrue(err.startsWith("Mallen delarsrapport.ftl, rad " + line + ": okänt element <rubrik> i <document>; "
                + "tillåtna där är <h1>, <h2>, <h3>, <p>, <text>, <ul>, <ol>, <table>, <toc>, <pagebreak>, <titlepage>, "
                + "<letterhead>, <fields>, <signatures>, <chart>, <drafted>\n"), err);
    }

    @Test
    void anUnknownAttributeGetsTheNearestAndTheAllowedOnes() throws IOException {
        Path t = templates();
        int line = insert(t.resolve("delarsrapport.ftl"), lineOf(t.resolve("delarsrapport.ftl"), "</document>"),
                "<h2 numberd=\"false\">Bilagor</h2>");
        String err = failing(t);
        assertTrue(err.startsWith("Mallen delarsrapport.ftl, rad " + line + ": <h2> har inget attribut numberd (menade "
                + "du numbered?); tillåtna är numbered, toc, cells, remark\n"), err);
    }

    @Test
    void aSyntaxErrorNamesTheDirectiveMeant() throws IOException {
        Path t = templates();
        int line = insert(t.resolve("delarsrapport.ftl"), lineOf(t.resolve("delarsrapport.ftl"), "</document>"),
                "<#fi rapport.kommun??>x</#fi>");
        String err = failing(t);
        assertTrue(err.startsWith("Mallen delarsrapport.ftl, rad " + line + ": syntaxfel, okänt direktiv <#fi>; menade "
                + "du <#if>?\n"), err);
    }

    @Test
    void anErrorInAMacroNamesItsLineAndWhereItWasCalledFrom() throws IOException {
        Path t = templates();
        Path lib = t.resolve("lib").resolve("rapportverk.ftl");
        int line = insert(lib, lineOf(lib, "<table caption=\"${caption}\"") + 1, "<#if t.fotnot>x</#if>");
        String err = failing(t);
        assertTrue(err.startsWith("Mallen lib/rapportverk.ftl, rad " + line + ": namnet \"t.fotnot\" finns inte i "
                + "uppgifterna till mallen (t har inget fotnot)"), err);
        assertTrue(err.lines().findFirst().orElseThrow().contains("(anropat från delarsrapport.ftl rad "), err);
    }

    @Test
    void anImportThatLeadsOutOfTheTemplateFolderIsNamed() throws IOException {
        Path t = templates();
        Path outside = Files.createDirectories(dir.resolve("utanfor"));
        Path lib = t.resolve("lib").resolve("rapportverk.ftl");
        Files.move(lib, outside.resolve("rapportverk.ftl"));
        Files.createSymbolicLink(lib, outside.resolve("rapportverk.ftl"));
        int line = lineOf(t.resolve("delarsrapport.ftl"), "<#import \"lib/rapportverk.ftl\"");
        String err = failing(t);
        assertTrue(err.startsWith("Mallen delarsrapport.ftl, rad " + line + ": mallen lib/rapportverk.ftl pekar utanför "
                + "mallmappen (till " + outside.toRealPath().resolve("rapportverk.ftl") + "); mallar och det de tar in med "
                + "#include och #import måste ligga i mallmappen\n"), err);
    }

    @Test
    void aTemplateThatIsALinkOutOfTheFolderIsNamed() throws IOException {
        Path t = templates();
        Path outside = Files.createDirectories(dir.resolve("utanfor"));
        Files.move(t.resolve("delarsrapport.ftl"), outside.resolve("delarsrapport.ftl"));
        Files.createSymbolicLink(t.resolve("delarsrapport.ftl"), outside.resolve("delarsrapport.ftl"));
        String err = failing(t);
        assertTrue(err.startsWith("Mallen delarsrapport.ftl pekar utanför mallmappen (till "
                + outside.toRealPath().resolve("delarsrapport.ftl") + ")"), err);
    }

    @Test
    void aMissingTemplateSaysWhereToFindIt() throws IOException {
        Path t = templates();
        Files.delete(t.resolve("delarsrapport.ftl"));
        String err = failing(t);
        assertTrue(err.startsWith("Mallen delarsrapport.ftl finns inte; kopiera den från Rapportverks mappen templates/ "
                + "till mallmappen\n"), err);
    }
}
