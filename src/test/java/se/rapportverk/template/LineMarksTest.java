package se.rapportverk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.rapportverk.calc.Calculation;
import se.rapportverk.document.Document;
import se.rapportverk.generate.Generator;
import se.rapportverk.report.DelarsrapportModel;
import se.rapportverk.report.HandlingsplanModel;
import se.rapportverk.report.TjansteskrivelseModel;
import se.rapportverk.workbook.Workbook;
import se.rapportverk.workbook.WorkbookReader;

/** The line marks tell where output came from and change nothing else: the trees are the same without them. */
class LineMarksTest {

    static Workbook read(String name) {
        return WorkbookReader.read(Path.of("input-examples", name)).workbook().orElseThrow();
    }

    @Test
    void theDocumentTreesOfTheExamplesAreTheSameWithoutTheMarks() throws Exception {
        TemplateEngine engine = TemplateEngine.builtIn();
        Workbook delarsrapport = read("delarsrapport-augusti-2025.xlsx");
        Workbook plan = read("atgardsplan-2025.xlsx");
        Workbook arende = read("tjansteskrivelse-handlingsplan-2025.xlsx");
        LocalDate d1 = Generator.documentDate(delarsrapport);
        LocalDate d2 = Generator.documentDate(plan);
        LocalDate d3 = Generator.documentDate(arende);
        Map<String, Map<String, Object>> models = Map.of(
                "delarsrapport.ftl", DelarsrapportModel.build(delarsrapport, Calculation.of(delarsrapport), d1).toModel(),
                "handlingsplan.ftl", HandlingsplanModel.build(plan, Calculation.of(plan), d2).toModel(),
                "tjansteskrivelse.ftl", TjansteskrivelseModel.build(arende, Calculation.of(arende), d3, List.of()).toModel());
        for (Map.Entry<String, Map<String, Object>> m : models.entrySet()) {
            String marked = engine.fill(m.getKey(), m.getValue());
            assertTrue(marked.contains("<?" + LineMarks.TARGET + " "), m.getKey());
            String unmarked = marked.replaceAll("<\\?" + LineMarks.TARGET + " [^?]*\\?>", "");
            Document with = TreeBuilder.build(m.getKey(), marked);
            Document without = TreeBuilder.build(m.getKey(), unmarked);
            assertEquals(without, with, m.getKey());
        }
    }

    @Test
    void marksStandOnlyBeforeStartTagsOfStaticText() {
        String source = "<#ftl output_format=\"XML\">\n<#-- <p>kommentar</p> -->\n<#assign s = \"<p>\n<b>\">"
                + "<p>${x!\"<i>\"}<b>fet</b></p>\n<![CDATA[<p>]]><#noparse><p></#noparse></p>";
        String marked = LineMarks.mark("t.ftl", source);
        assertEquals("<#ftl output_format=\"XML\">\n<#-- <p>kommentar</p> -->\n<#assign s = \"<p>\n<b>\">"
                + "<?rapportverk-mall 4 t.ftl?><p>${x!\"<i>\"}<?rapportverk-mall 4 t.ftl?><b>fet</b></p>\n"
                + "<![CDATA[<p>]]><#noparse><p></#noparse></p>", marked);
    }
}
