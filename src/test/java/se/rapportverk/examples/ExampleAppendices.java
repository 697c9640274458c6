package se.rapportverk.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.Document;
import se.rapportverk.document.DocumentInfo;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.render.pdf.PdfRenderer;

/**
 * The files that the delårsrapport's sheet Bilagor names in its column Fil, written into
 * {@code input-examples/bilagor/} beside the workbooks: the nämnd's internkontrollplan (the risks and
 * controls of the Internkontroll sheet) and its verksamhetsplan (the nämnd's goals of the Mål sheet).
 * They are PDFs made by Rapportverk's own renderer from a small document tree, so that they are the
 * same bytes at every run; Rapportverk checks that they are there and lists their names, never reads them.
 */
final class ExampleAppendices {

    /** The folder, relative to the workbooks, that Fil names. */
    static final String FOLDER = "bilagor";
    static final String INTERNKONTROLLPLAN = "Internkontrollplan 2025 vård- och omsorgsnämnden.pdf";
    static final String VERKSAMHETSPLAN = "Verksamhetsplan 2025 vård- och omsorgsnämnden.pdf";

    private static final LocalDate BESLUTAD = LocalDate.of(2024, 12, 10);

    private ExampleAppendices() {
    }

    /** Writes both files into {@code bilagor/} of the folder. */
    static void write(Path out) throws IOException {
        Path folder = out.resolve(FOLDER);
        Files.createDirectories(folder);
        pdf(folder.resolve(INTERNKONTROLLPLAN), internkontrollplan(), "internkontrollplan-2025");
        pdf(folder.resolve(VERKSAMHETSPLAN), verksamhetsplan(), "verksamhetsplan-2025");
    }

    private static void pdf(Path file, Document document, String id) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            new PdfRenderer().render(document, RenderOptions.withoutSource(id), o);
        }
    }

    private static DocumentInfo info(String title) {
        return new DocumentInfo(title, title, ExampleWorkbooks.NAMND, "sv-SE", BESLUTAD,
                ExampleWorkbooks.NAMND + " – " + title, "", "");
    }

    static Document internkontrollplan() {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(1, "", "Internkontrollplan 2025", false, false));
        b.add(new Paragraph(List.of(Span.plain(ExampleWorkbooks.NAMND + " beslutade internkontrollplanen för 2025 "
                + "den 10 december 2024. Planen tar upp de risker som nämnden bedömer som störst och hur de "
                + "kontrolleras. Resultatet av kontrollerna redovisas i delårsrapporten och i årsredovisningen.")),
                Paragraph.Style.BODY));
        List<Table.Row> rows = new ArrayList<>();
        rows.add(new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of("Risk"), Table.Cell.of("Kontroll"))));
        for (DelarsrapportTexter.Kontroll k : DelarsrapportTexter.internkontroll()) {
            rows.add(new Table.Row(Table.RowKind.BODY, List.of(Table.Cell.of(k.risk()), Table.Cell.of(k.kontroll()))));
        }
        b.add(new Table("Risker och kontroller", List.of(new Table.Column(Table.Align.LEFT, 1),
                new Table.Column(Table.Align.LEFT, 1.4f)), rows, 1, Table.Style.GRID));
        return new Document(info("Internkontrollplan 2025"), b);
    }

    static Document verksamhetsplan() {
        List<Block> b = new ArrayList<>();
        b.add(new Heading(1, "", "Verksamhetsplan 2025", false, false));
        b.add(new Paragraph(List.of(Span.plain("Verksamhetsplanen beskriver hur " + ExampleWorkbooks.NAMND.toLowerCase(
                java.util.Locale.ROOT) + " arbetar mot kommunfullmäktiges mål och nämndens egna mål under 2025.")),
                Paragraph.Style.BODY));
        for (String niva : List.of("Kommunfullmäktige", "Nämnd")) {
            b.add(new Heading(2, "", niva.equals("Nämnd") ? "Nämndens mål" : "Kommunfullmäktiges mål", false, false));
            List<List<Span>> items = new ArrayList<>();
            for (DelarsrapportTexter.Mal m : DelarsrapportTexter.mal()) {
                if (m.niva().equals(niva)) {
                    items.add(List.of(Span.plain(m.mal())));
                }
            }
            b.add(new BulletList(items));
        }
        return new Document(info("Verksamhetsplan 2025"), b);
    }
}
