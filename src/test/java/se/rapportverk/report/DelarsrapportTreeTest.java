package se.rapportverk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import se.rapportverk.document.Document;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Table;
import se.rapportverk.generate.Generation;
import se.rapportverk.generate.Generator;
import se.rapportverk.generate.Request;
import se.rapportverk.template.TemplateEngine;
import se.rapportverk.testutil.TestWorkbooks;
import se.rapportverk.workbook.WorkbookReader;

/** The delårsrapport's tree, before any renderer: sections, numbering, the drafted summary, the tables. */
class DelarsrapportTreeTest {

    private static Document tree(byte[] workbook) throws Exception {
        Generation g = new Generator(TemplateEngine.builtIn(), List.of())
                .run("t.xlsx", WorkbookReader.read("t.xlsx", workbook), Request.everything(), true);
        assertTrue(g.ok(), g.diagnostics().issues().toString());
        return g.documents().get(0).tree();
    }

    private static String text(Paragraph p) {
        return p.plainText().replace('\u00A0', ' ');
    }

    @Test
    void sectionsWithoutDataAreLeftOutAndTheNumberingClosesUp() throws Exception {
        Document doc = tree(TestWorkbooks.delarsrapport());
        // Ekonomisk analys is drafted from the Driftsredovisning when Texter has none, and the forecast
        // methods' figures stand in the appendix (docs/dokument.md).
        assertEquals(List.of("1 Sammanfattning", "2 Väsentliga händelser", "3 Uppföljning ekonomi", "Sammanfattning",
                        "3.1 Ekonomisk analys", "Bilaga: Prognosunderlag"),
                doc.headings().stream().map(Heading::displayText).toList());
        assertEquals("Delårsrapport augusti 2024", doc.info().title());
        assertEquals("Vård- och omsorgsnämnden – Delårsrapport augusti 2024", doc.info().headerText());
        assertEquals("Dnr 2024.101 VON", doc.info().footerText());
        assertEquals("2024-09-24", doc.info().date().toString());
    }

    @Test
    void theEconomySummaryIsDraftedFromCalculatedFigures() throws Exception {
        Document doc = tree(TestWorkbooks.delarsrapport());
        List<String> paragraphs = doc.blocks().stream().filter(Paragraph.class::isInstance)
                .map(b -> text((Paragraph) b)).toList();
        assertTrue(paragraphs.contains("Vård- och omsorgsnämndens utfall för perioden januari–augusti är 727,6 mkr, "
                + "vilket motsvarar en avvikelse mot budget för perioden om -30,2 mkr. Den enskilt största avvikelsen "
                + "finns för personalkostnader och motsvarar ett underskott om 31,8 mkr i jämförelse med budget."),
                paragraphs.toString());
        assertTrue(paragraphs.contains("Helårsprognosen är 1 092,2 mkr, vilket motsvarar ett underskott om 51,2 mkr "
                + "i jämförelse med budget. Den största avvikelsen i prognosen finns för personalkostnader, som väntas "
                + "avvika med -66,3 mkr mot budget vid årets slut."), paragraphs.toString());
    }

    @Test
    void theResultatrakningHasCalculatedHeadersSumsAndAvvikelse() throws Exception {
        Document doc = tree(TestWorkbooks.delarsrapport());
        Table rr = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .filter(t -> t.caption().equals("Resultaträkning")).findFirst().orElseThrow();
        assertEquals(List.of("Intäkter / Kostnader (mkr)", "Bokslut 2023", "Utfall jan–aug 2023", "Utfall jan–aug 2024",
                "Budget 2024", "Prognos helår 2024", "Avvikelse prognos helår mot budget"),
                rr.rows().get(0).cells().stream().map(Table.Cell::plainText).toList());
        Table.Row income = rr.rows().get(4);
        assertEquals(Table.RowKind.SUBTOTAL, income.kind());
        assertEquals(List.of("Summa intäkter", "92,3", "52,2", "56,9", "88,5", "88,1", "-0,4"),
                income.cells().stream().map(c -> c.plainText().replace('\u00A0', ' ')).toList());
        Table.Row total = rr.rows().get(rr.rows().size() - 1);
        assertEquals(Table.RowKind.TOTAL, total.kind());
        assertEquals(List.of("Summa totalt", "-1 021,9", "-673,4", "-727,6", "-1 041,0", "-1 092,2", "-51,2"),
                total.cells().stream().map(c -> c.plainText().replace('\u00A0', ' ')).toList());
    }

    @Test
    void theDriftsredovisningGroupsByOmradeWithSubtotals() throws Exception {
        Document doc = tree(TestWorkbooks.delarsrapport());
        Table drift = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
                .filter(t -> t.caption().equals("Driftsredovisning")).findFirst().orElseThrow();
        List<String> labels = drift.rows().stream().map(r -> r.kind() + " " + r.cells().get(0).plainText()).toList();
        assertEquals(List.of("HEADER Verksamhet (mkr)", "GROUP Äldreomsorg", "BODY Hemtjänst", "BODY Särskilt boende",
                "BODY Köpta platser", "SUBTOTAL Summa Äldreomsorg", "GROUP LSS", "BODY LSS, boende",
                "BODY LSS, daglig verksamhet", "SUBTOTAL Summa LSS", "GROUP Gemensamt", "BODY Central administration",
                "SUBTOTAL Summa Gemensamt", "TOTAL Totalt"), labels);
    }
}
