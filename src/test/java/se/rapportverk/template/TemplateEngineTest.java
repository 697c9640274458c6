package se.rapportverk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.document.Document;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Table;

class TemplateEngineTest {

    @TempDir
    Path dir;

    private TemplateEngine engine(String template) throws Exception {
        Files.writeString(dir.resolve("t.ftl"), template);
        return TemplateEngine.fromFolder(dir);
    }

    private static final String HEAD = "<#ftl output_format=\"XML\">"
            + "<document title=\"${title}\" date=\"2024-09-24\">";

    @Test
    void workbookTextIsNeverTemplateOrMarkup() throws Exception {
        String typed = "${kommun} <b>fet</b> & <#if x>ja</#if> \"citat\"";
        Document doc = engine(HEAD + "<p>${text}</p><table><col/><tr kind=\"header\"><td>${text}</td></tr></table>"
                + "</document>").render("t.ftl", Map.of("title", "T", "text", typed, "kommun", "FEL")).document();
        assertEquals(typed, ((Paragraph) doc.blocks().get(0)).plainText());
        assertEquals(typed, ((Table) doc.blocks().get(1)).rows().get(0).cells().get(0).plainText());
    }

    @Test
    void headingsAreNumberedByRapportverkAndLeftOutSectionsCloseTheNumberingUp() throws Exception {
        Document doc = engine(HEAD + "<h1>Ett</h1><#if false><h1>Bort</h1></#if><h1>Två</h1><h2>Två och en</h2>"
                + "<h3 numbered=\"false\">Onumrerad</h3><h2>Två och två</h2></document>")
                .render("t.ftl", Map.of("title", "T")).document();
        assertEquals(List.of("1 Ett", "2 Två", "2.1 Två och en", "Onumrerad", "2.2 Två och två"),
                doc.headings().stream().map(Heading::displayText).toList());
        assertFalse(doc.headings().get(3).inToc());
    }

    @Test
    void templatesCannotReachJava() throws Exception {
        TemplateEngine e = engine(HEAD + "<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"id\")}</document>");
        TemplateException ex = assertThrows(TemplateException.class, () -> e.render("t.ftl", Map.of("title", "T")));
        assertTrue(ex.getMessage().startsWith("Mallen t.ftl, rad 1:"), ex.getMessage());
    }

    @Test
    void anInvalidTreeNamesTheTemplate() throws Exception {
        TemplateEngine e = engine(HEAD + "<blink>x</blink></document>");
        TemplateException ex = assertThrows(TemplateException.class, () -> e.render("t.ftl", Map.of("title", "T")));
        assertTrue(ex.getMessage().startsWith("Mallen t.ftl, rad 1: okänt element <blink> i <document>; tillåtna där är "
                + "<h1>, <h2>, <h3>, <p>, <text>"), ex.getMessage());
    }

    @Test
    void theTemplatesReadAreReportedWithTheirBytes() throws Exception {
        Files.writeString(dir.resolve("lib.ftl"), "<#macro x>X</#macro>");
        TemplateEngine e = engine("<#ftl output_format=\"XML\"><#import \"lib.ftl\" as l>"
                + "<document title=\"T\" date=\"2024-01-01\"><p><@l.x/></p></document>");
        TemplateEngine.Filled filled = e.render("t.ftl", Map.of());
        assertEquals(List.of("lib.ftl", "t.ftl"), List.copyOf(filled.templates().keySet()));
        assertEquals("X", ((Paragraph) filled.document().blocks().get(0)).plainText());
    }

    // ------------------------------------------------------------------ templates kept parsed

    /** A template that includes a.ftl or b.ftl, as the model says. */
    private TemplateEngine choosing() throws Exception {
        Files.writeString(dir.resolve("a.ftl"), "<p>A ${n}</p>");
        Files.writeString(dir.resolve("b.ftl"), "<p>B ${n}</p>");
        return engine(HEAD + "<#if which == \"a\"><#include \"a.ftl\"><#else><#include \"b.ftl\"></#if></document>");
    }

    private static Map<String, Object> model(String which, int n) {
        return Map.of("title", "T", "which", which, "n", n);
    }

    private static String text(TemplateEngine.Filled filled) {
        return ((Paragraph) filled.document().blocks().get(0)).plainText();
    }

    @Test
    void eachDocumentReportsTheTemplatesItWasMadeFromThoughTheyAreParsedOnce() throws Exception {
        TemplateEngine e = choosing();
        TemplateEngine.Filled first = e.render("t.ftl", model("a", 1));
        TemplateEngine.Filled second = e.render("t.ftl", model("b", 2));
        TemplateEngine.Filled third = e.render("t.ftl", model("a", 3));
        assertEquals(List.of("a.ftl", "t.ftl"), List.copyOf(first.templates().keySet()));
        assertEquals(List.of("b.ftl", "t.ftl"), List.copyOf(second.templates().keySet()));
        assertEquals(List.of("a.ftl", "t.ftl"), List.copyOf(third.templates().keySet()), "a.ftl was parsed already");
        assertEquals("<p>A ${n}</p>", new String(third.templates().get("a.ftl"), java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(List.of("A 1", "B 2", "A 3"), List.of(text(first), text(second), text(third)));
    }

    @Test
    void aTemplateIsReadOnceForTheEnginesLife() throws Exception {
        TemplateEngine e = choosing();
        assertEquals("A 1", text(e.render("t.ftl", model("a", 1))));
        Files.writeString(dir.resolve("a.ftl"), "<p>Ändrad ${n}</p>");
        assertEquals("A 2", text(e.render("t.ftl", model("a", 2))));
        // A new engine on the same folder reads the folder as it is now.
        assertEquals("Ändrad 3", text(TemplateEngine.fromFolder(dir).render("t.ftl", model("a", 3))));
    }

    @Test
    void threadsFillingOneEngineEachGetTheirOwnDocumentAndTemplates() throws Exception {
        TemplateEngine e = choosing();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String which = i % 3 == 0 ? "a" : "b";
                int n = i;
                results.add(pool.submit(() -> {
                    TemplateEngine.Filled f = e.render("t.ftl", model(which, n));
                    return text(f) + " " + f.templates().keySet();
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                String expected = i % 3 == 0 ? "A " + i + " [a.ftl, t.ftl]" : "B " + i + " [b.ftl, t.ftl]";
                assertEquals(expected, results.get(i).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFailingTemplateSaysTheSameEveryTimeAndTheNextDocumentIsMade() throws Exception {
        TemplateEngine e = choosing();
        TemplateException one = assertThrows(TemplateException.class, () -> e.render("t.ftl", Map.of("title", "T")));
        TemplateException two = assertThrows(TemplateException.class, () -> e.render("t.ftl", Map.of("title", "T")));
        assertEquals(one.getMessage(), two.getMessage());
        assertTrue(one.getMessage().startsWith("Mallen t.ftl, rad 1: namnet \"which\" finns inte i uppgifterna"),
                one.getMessage());
        assertEquals("B 7", text(e.render("t.ftl", model("b", 7))));
    }
}
