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
}
