package se.rapportverk.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import se.rapportverk.document.Document;
import se.rapportverk.render.DocumentRenderer;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.render.html.HtmlRenderer;
import se.rapportverk.render.pdf.PdfRenderer;
import se.rapportverk.template.TemplateEngine;
import se.rapportverk.template.TemplateException;
import se.rapportverk.workbook.Names;

/**
 * The check report (kontrollrapport) of a run, as PDF and as HTML: every check with its cells,
 * values, difference and verdict, and the provenance of every figure of every table.
 */
public final class Kontrollrapport {

    /** The template that makes it. */
    public static final String TEMPLATE = "kontrollrapport.ftl";

    private Kontrollrapport() {
    }

    /** {@code kontrollrapport-delarsrapport-augusti-2025}: from the workbook's file name. */
    public static String baseName(String workbookPath) {
        return "kontrollrapport-" + FileNames.slugOfFile(workbookPath, "arbetsbok");
    }

    /**
     * The rendered report.
     *
     * @param files     the PDF and the HTML file
     * @param templates the template files used, by name, with their content
     */
    public record Rendered(List<OutputFile> files, java.util.Map<String, byte[]> templates) {
    }

    /**
     * Renders the report of a run whose workbook could be read.
     *
     * @param generation    the run
     * @param templates     the templates to fill
     * @param workbookBytes the workbook's bytes (embedded in the PDF)
     */
    public static Rendered render(Generation generation, TemplateEngine templates, byte[] workbookBytes)
            throws TemplateException, IOException {
        String sha = Hashes.sha256OfInput(workbookBytes);
        var model = KontrollrapportModel.build(generation, sha,
                Generator.documentDate(generation.workbook().orElseThrow()));
        TemplateEngine.Filled filled = templates.render(TEMPLATE, model);
        Document tree = filled.document();
        String base = baseName(generation.fileName());
        String name = generation.workbook().get().fileName();
        RenderOptions options = new RenderOptions(workbookBytes, name,
                Generator.documentId(null, workbookBytes, filled.templates()));
        List<OutputFile> files = new ArrayList<>();
        for (DocumentRenderer renderer : List.of(new PdfRenderer(), new HtmlRenderer())) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(tree, options, out);
            files.add(new OutputFile(base + "." + renderer.extension(), out.toByteArray()));
        }
        return new Rendered(List.copyOf(files), filled.templates());
    }
}
