package se.rapportverk.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.rapportverk.archive.Manifest;
import se.rapportverk.generate.GeneratedDocument;
import se.rapportverk.generate.Generation;
import se.rapportverk.generate.Generator;
import se.rapportverk.generate.Kontrollrapport;
import se.rapportverk.generate.OutputFile;
import se.rapportverk.generate.Renderers;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.render.DocumentRenderer;
import se.rapportverk.render.html.HtmlRenderer;
import se.rapportverk.report.DocumentKind;
import se.rapportverk.template.TemplateEngine;
import se.rapportverk.template.TemplateException;
import se.rapportverk.workbook.Issue;
import se.rapportverk.workbook.ReadResult;
import se.rapportverk.workbook.Severity;
import se.rapportverk.workbook.WorkbookReader;

/**
 * What the server does with a workbook, through the same public pipeline as the command line
 * ({@code rapportverk check} and {@code generate}): the same reader, checks, templates and
 * renderers, so a document downloaded from the page is the file {@code generate} writes, byte for
 * byte. Everything stays in memory.
 */
final class Pipeline {

    private final TemplateEngine engine;
    private final Husstil husstil;

    Pipeline(TemplateEngine engine, Husstil husstil) {
        this.engine = engine;
        this.husstil = husstil;
    }

    /**
     * A checked workbook.
     *
     * @param generation the run, with every finding
     * @param documents  the documents the workbook can make now: none while it has errors
     */
    record Checked(Generation generation, Set<DocumentKind> documents) {
    }

    /**
     * A document made for the preview.
     *
     * @param document the document, rendered as HTML only
     * @param html     its HTML page
     */
    record Preview(GeneratedDocument document, String html) {
    }

    /**
     * The previews of a workbook's documents.
     *
     * @param generation the run, with every finding
     * @param previews   one per document
     */
    record Previews(Generation generation, List<Preview> previews) {
    }

    /**
     * Reads and checks a workbook, as {@code rapportverk check} does.
     *
     * @throws WebError 422 when the file cannot be read as a workbook at all
     */
    Checked check(Upload upload) throws TemplateException, IOException {
        ReadResult read = readable(upload);
        Generation generation = run(List.of(), upload.fileName(), read, upload.request(), false);
        Set<DocumentKind> documents = EnumSet.noneOf(DocumentKind.class);
        if (generation.ok()) {
            documents.addAll(DocumentKind.availableIn(generation.workbook().orElseThrow()));
            if (!upload.request().documents().isEmpty()) {
                documents.retainAll(upload.request().documents());
            }
        }
        return new Checked(generation, documents);
    }

    /** Makes every document as HTML, from the same document trees as the PDF and DOCX. */
    Previews preview(Upload upload) throws TemplateException, IOException {
        Generation generation = made(upload, List.of(new HtmlRenderer()));
        List<Preview> previews = new ArrayList<>();
        for (GeneratedDocument d : generation.documents()) {
            previews.add(new Preview(d, new String(d.files().getFirst().bytes(), StandardCharsets.UTF_8)));
        }
        return new Previews(generation, previews);
    }

    /** One document in one format. */
    OutputFile document(Upload upload, DocumentKind kind, DocumentRenderer renderer)
            throws TemplateException, IOException {
        Upload one = new Upload(upload.fileName(), upload.bytes(),
                new se.rapportverk.generate.Request(Set.of(kind), upload.request().strict()));
        Generation generation = made(one, List.of(renderer));
        return generation.documents().getFirst().files().getFirst();
    }

    /**
     * The check report in one format ({@code pdf} or {@code html}). Like {@code check --report},
     * it is made whenever the workbook could be read, errors and all: it is how an auditor sees them.
     */
    OutputFile kontrollrapport(Upload upload, String extension) throws TemplateException, IOException {
        ReadResult read = readable(upload);
        Generation generation = run(List.of(), upload.fileName(), read, upload.request(), true);
        return Kontrollrapport.render(generation, engine, read.bytes()).files().stream()
                .filter(f -> f.name().endsWith("." + extension)).findFirst()
                .orElseThrow(() -> new WebError(404, "Kontrollrapporten finns som pdf och html, inte som "
                        + extension + "."));
    }

    /**
     * Every file {@code rapportverk generate} writes for the workbook: the documents as PDF and
     * DOCX, the check report when asked for, and the manifest.
     */
    List<OutputFile> generate(Upload upload, boolean withReport) throws TemplateException, IOException {
        ReadResult read = readable(upload);
        Generation generation = run(Renderers.all(), upload.fileName(), read, upload.request(), true);
        requireOk(upload, generation);
        List<OutputFile> files = new ArrayList<>(generation.files());
        Optional<Kontrollrapport.Rendered> report = withReport
                ? Optional.of(Kontrollrapport.render(generation, engine, read.bytes())) : Optional.empty();
        report.ifPresent(r -> files.addAll(r.files()));
        Manifest manifest = Manifest.of(generation, upload.request(), read.bytes(), report, husstil);
        files.add(new OutputFile(Manifest.fileName(upload.fileName()), manifest.toJson(generation)));
        return files;
    }

    private Generation made(Upload upload, List<DocumentRenderer> renderers) throws TemplateException, IOException {
        ReadResult read = readable(upload);
        Generation generation = run(renderers, upload.fileName(), read, upload.request(), true);
        requireOk(upload, generation);
        return generation;
    }

    /** Runs the pipeline with the server's templates and house style. */
    private Generation run(List<DocumentRenderer> renderers, String fileName, ReadResult read,
                           se.rapportverk.generate.Request request, boolean render)
            throws TemplateException, IOException {
        return new Generator(engine, renderers, husstil).run(fileName, read, request, render);
    }

    private static ReadResult readable(Upload upload) {
        requireWholeFile(upload);
        ReadResult read = WorkbookReader.read(upload.fileName(), upload.bytes());
        if (read.workbook().isEmpty()) {
            throw new WebError(422, "Arbetsboken " + upload.fileName() + " kunde inte läsas.",
                    read.diagnostics().issues(), upload.fileName());
        }
        return read;
    }

    /**
     * Stops a file that is not a whole workbook before the reader sees it: an upload cut short, or
     * another kind of file. An .xlsx is a zip, which starts with a local file header ({@code PK 3 4})
     * and ends with its central directory's end record ({@code PK 5 6}, within the last 64 kB plus
     * 22 bytes); an old .xls (or an encrypted .xlsx) is an OLE2 file, which the reader explains
     * itself. Without this, the zip library's own English words would be the only explanation.
     */
    private static void requireWholeFile(Upload upload) {
        byte[] b = upload.bytes();
        boolean ole2 = b.length >= 4 && (b[0] & 0xff) == 0xd0 && (b[1] & 0xff) == 0xcf && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xe0;
        boolean zipStart = b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
        boolean zipEnd = false;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535) && !zipEnd; i--) {
            zipEnd = b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6;
        }
        if (ole2 || (zipStart && zipEnd)) {
            return;
        }
        String message = zipStart
                ? "filen är inte hel: den slutar för tidigt, så den är skadad eller blev avbruten när den skickades. "
                + "Öppna den i Excel, spara den igen och försök på nytt."
                : "filen är inte en Excel-arbetsbok (.xlsx). Öppna den i Excel, spara den som Excel-arbetsbok (.xlsx) "
                + "och försök igen.";
        throw new WebError(422, "Arbetsboken " + upload.fileName() + " kunde inte läsas.",
                List.of(new Issue(Severity.ERROR, upload.fileName(),
                        message)), upload.fileName());
    }

    private static void requireOk(Upload upload, Generation generation) {
        if (!generation.ok()) {
            int n = generation.diagnostics().errors().size();
            throw new WebError(422, "Arbetsboken " + upload.fileName() + " har " + n + " fel som måste rättas innan "
                    + "dokumenten kan göras.", generation.diagnostics().issues(), upload.fileName());
        }
    }
}
