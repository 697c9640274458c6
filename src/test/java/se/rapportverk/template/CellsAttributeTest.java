package se.rapportverk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.document.BulletList;
import se.rapportverk.document.Document;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Sources;
import se.rapportverk.document.Table;

/**
 * The {@code cells} and {@code remark} attributes: a template passes on the workbook cells an element
 * shows, and a remark of its own; a reference that is not one stops the run naming the template's line.
 */
class CellsAttributeTest {

    @TempDir
    Path dir;

    private Document render(String body) throws Exception {
        Files.writeString(dir.resolve("t.ftl"), "<#ftl output_format=\"XML\"><document title=\"T\" date=\"2024-09-24\">\n"
                + body + "\n</document>");
        return TemplateEngine.fromFolder(dir).render("t.ftl", Map.of("sheet", "Externa utförare")).document();
    }

    @Test
    void elementsCarryTheCellsTheyShow() throws Exception {
        Document doc = render("<h1 cells=\"Mål!B3\" remark=\"Egen kommentar\">Mål</h1>"
                + "<p cells=\"Texter!C2\">Text</p>"
                + "<text cells=\"Texter!C3\">Första stycket.\n\n- en punkt</text>"
                + "<table><col/><col/><tr kind=\"body\" cells=\"Internkontroll!A2:E2\">"
                + "<td cells=\"'${sheet}'!B3\">a</td><td>b</td></tr></table>");
        Heading h = (Heading) doc.blocks().get(0);
        assertEquals(Sources.cell("Mål", 2, 1), h.sources());
        assertEquals("Egen kommentar", h.remark());
        assertEquals(Sources.cell("Texter", 1, 2), ((Paragraph) doc.blocks().get(1)).sources());
        // Every block a <text> makes shows the text's cell.
        assertEquals(Sources.cell("Texter", 2, 2), ((Paragraph) doc.blocks().get(2)).sources());
        assertEquals(Sources.cell("Texter", 2, 2), ((BulletList) doc.blocks().get(3)).sources());
        Table.Row row = ((Table) doc.blocks().get(4)).rows().get(0);
        assertEquals(Sources.parse("Internkontroll!A2:E2"), row.sources());
        assertEquals(Sources.cell("Externa utförare", 2, 1), row.cells().get(0).sources());
        assertEquals(Sources.NONE, row.cells().get(1).sources());
        assertEquals(Sources.parse("'Externa utförare'!B3, Internkontroll!A2:E2"), row.shown());
    }

    @Test
    void aBadReferenceNamesTheTemplatesLine() throws Exception {
        TemplateException e = assertThrows(TemplateException.class, () -> render("<p cells=\"Resultaträkning!E0\">x</p>"));
        assertTrue(e.getMessage().startsWith("Mallen t.ftl, rad 2: <p cells=\"Resultaträkning!E0\">: \"E0\" i "
                + "\"Resultaträkning!E0\" är ingen cell"), e.getMessage());
        TemplateException inline = assertThrows(TemplateException.class,
                () -> render("<p>a <text cells=\"Texter!C2\">b</text></p>"));
        assertTrue(inline.getMessage().contains("<text> i löptext tar inte cells eller remark"), inline.getMessage());
    }

    /**
     * {@code <drafted remark>}: every paragraph and list inside carries the remark, before a remark of its
     * own, and keeps its cells; only running text may stand inside.
     */
    @Test
    void everyBlockOfADraftCarriesItsRemark() throws Exception {
        Document doc = render("<drafted remark=\"Utkast\"><p cells=\"Texter!C2\">Ett.</p>"
                + "<p remark=\"Egen\">Två.</p><ul><li>a</li><li>b</li></ul><text>Tre.\n\n- c</text></drafted>"
                + "<p>Fyra.</p>");
        assertEquals(List.of("Utkast", "Utkast Egen", "Utkast", "Utkast", "Utkast", ""), doc.blocks().stream()
                .map(b -> switch (b) {
                    case Paragraph p -> p.remark();
                    case BulletList l -> l.remark();
                    default -> "?";
                }).toList());
        assertEquals(Sources.cell("Texter", 1, 2), ((Paragraph) doc.blocks().get(0)).sources());
        TemplateException table = assertThrows(TemplateException.class,
                () -> render("<drafted remark=\"Utkast\"><table><col/><tr><td>x</td></tr></table></drafted>"));
        assertTrue(table.getMessage().contains("<table> får inte stå i <drafted>; tillåtna där är <p>, <text>, <ul>, <ol>"),
                table.getMessage());
    }

    @Test
    void withoutTheAttributesNothingIsShown() throws Exception {
        Document doc = render("<p>Text</p>");
        assertEquals(List.of(), ((Paragraph) doc.blocks().get(0)).sources().ranges());
        assertEquals("", ((Paragraph) doc.blocks().get(0)).remark());
    }
}
