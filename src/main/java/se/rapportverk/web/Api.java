package se.rapportverk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.javalin.http.Context;

import se.rapportverk.archive.Manifest;
import se.rapportverk.calc.Calculation;
import se.rapportverk.generate.Generation;
import se.rapportverk.generate.Kontrollrapport;
import se.rapportverk.generate.OutputFile;
import se.rapportverk.generate.Renderers;
import se.rapportverk.generate.Version;
import se.rapportverk.render.DocumentRenderer;
import se.rapportverk.render.html.HtmlRenderer;
import se.rapportverk.report.DocumentKind;

/**
 * The API's endpoints. Each reads the posted workbook into memory, does its work as a job (so the
 * limits hold), answers, and keeps nothing. The README's section for IT describes them.
 */
final class Api {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "html", "text/html; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "zip", "application/zip");

    /** The formats of the check report, as {@link Kontrollrapport} renders it. */
    private static final List<String> REPORT_FORMATS = List.of("pdf", "html");

    private final Pipeline pipeline;
    private final Jobs jobs;
    private final Uploads uploads;
    private final Limits limits;

    Api(Pipeline pipeline, Jobs jobs, Limits limits) {
        this.pipeline = pipeline;
        this.jobs = jobs;
        this.uploads = new Uploads(limits);
        this.limits = limits;
    }

    /** The formats a document can be downloaded in: the renderers of {@code generate}, then HTML. */
    private static List<DocumentRenderer> renderers() {
        List<DocumentRenderer> all = new ArrayList<>(Renderers.all());
        all.add(new HtmlRenderer());
        return all;
    }

    /** The formats {@code generate} writes, PDF first. */
    private static List<String> generatedFormats() {
        return Renderers.all().stream().map(DocumentRenderer::extension).toList();
    }

    /** {@code GET /api/status}: the version, the limits and what can be asked for. */
    void status(Context ctx) {
        ObjectNode body = Json.object();
        body.put("version", Version.get());
        ObjectNode l = body.putObject("limits");
        l.put("maxUploadBytes", limits.maxUploadBytes());
        l.put("maxJobs", limits.maxJobs());
        l.put("queueWaitSeconds", limits.queueWait().toSeconds());
        l.put("jobTimeoutSeconds", limits.jobTimeout().toSeconds());
        l.put("idleTimeoutSeconds", limits.idleTimeout().toSeconds());
        l.put("freeJobs", jobs.freePlaces());
        ArrayNode docs = body.putArray("documents");
        for (DocumentKind k : DocumentKind.values()) {
            docs.addObject().put("id", k.id()).put("name", k.title());
        }
        ArrayNode formats = body.putArray("formats");
        renderers().forEach(r -> formats.add(r.extension()));
        json(ctx, 200, body);
    }

    /** {@code POST /api/check}: every finding, and the documents the workbook can make. */
    void check(Context ctx) {
        Upload upload = uploads.read(ctx);
        Pipeline.Checked checked = jobs.run(() -> pipeline.check(upload));
        Generation g = checked.generation();
        ObjectNode body = summary(upload, g);
        g.calculation().ifPresent(calc -> body.set("checks", checks(calc)));
        ArrayNode docs = body.putArray("documents");
        for (DocumentKind k : checked.documents()) {
            ObjectNode d = docs.addObject().put("id", k.id()).put("name", k.title());
            ArrayNode formats = d.putArray("formats");
            generatedFormats().forEach(formats::add);
        }
        json(ctx, 200, body);
    }

    /** {@code POST /api/preview}: each document as HTML, with the names of its files. */
    void preview(Context ctx) {
        Upload upload = uploads.read(ctx);
        Pipeline.Previews previews = jobs.run(() -> pipeline.preview(upload));
        ObjectNode body = summary(upload, previews.generation());
        ArrayNode docs = body.putArray("documents");
        for (Pipeline.Preview p : previews.previews()) {
            ObjectNode d = docs.addObject();
            d.put("id", p.document().kind().id());
            d.put("name", p.document().kind().title());
            d.put("title", p.document().tree().info().title());
            ArrayNode files = d.putArray("files");
            generatedFormats().forEach(ext -> files.add(p.document().baseName() + "." + ext));
            d.put("html", p.html());
        }
        ArrayNode report = body.putArray("kontrollrapport");
        REPORT_FORMATS.forEach(ext -> report.add(Kontrollrapport.baseName(upload.fileName()) + "." + ext));
        json(ctx, 200, body);
    }

    /** {@code POST /api/generate}: a zip of what {@code rapportverk generate} writes. */
    void generate(Context ctx) {
        Upload upload = uploads.read(ctx);
        boolean withReport = Uploads.flag(ctx, "kontrollrapport");
        byte[] zip = jobs.run(() -> Zip.of(pipeline.generate(upload, withReport)));
        String manifest = Manifest.fileName(upload.fileName());
        // The zip is named like the manifest: manifest-<arbetsbok>.json → dokument-<arbetsbok>.zip.
        String name = "dokument-" + manifest.substring("manifest-".length(), manifest.length() - ".json".length())
                + ".zip";
        file(ctx, new OutputFile(name, zip));
    }

    /** {@code POST /api/document/{document}/{format}}: one document in one format. */
    void document(Context ctx) {
        DocumentKind kind = Uploads.kind(ctx.pathParam("document"), 404);
        String format = ctx.pathParam("format").toLowerCase(Locale.ROOT);
        DocumentRenderer renderer = renderers().stream().filter(r -> r.extension().equals(format)).findFirst()
                .orElseThrow(() -> new WebError(404, "Okänt format \"" + format + "\"; välj "
                        + String.join(", ", renderers().stream().map(DocumentRenderer::extension).toList()) + "."));
        Upload upload = uploads.read(ctx);
        file(ctx, jobs.run(() -> pipeline.document(upload, kind, renderer)));
    }

    /** {@code POST /api/kontrollrapport/{format}}: the check report as PDF or HTML. */
    void kontrollrapport(Context ctx) {
        String format = ctx.pathParam("format").toLowerCase(Locale.ROOT);
        if (!REPORT_FORMATS.contains(format)) {
            throw new WebError(404, "Kontrollrapporten finns som " + String.join(" och ", REPORT_FORMATS)
                    + ", inte som \"" + format + "\".");
        }
        Upload upload = uploads.read(ctx);
        file(ctx, jobs.run(() -> pipeline.kontrollrapport(upload, format)));
    }

    private static ObjectNode summary(Upload upload, Generation g) {
        ObjectNode body = Json.object();
        body.put("workbook", upload.fileName());
        body.put("ok", g.ok());
        body.put("errors", g.diagnostics().errors().size());
        body.put("warnings", g.diagnostics().warnings().size());
        body.set("findings", Json.findings(g.diagnostics().issues(), upload.fileName()));
        return body;
    }

    private static ObjectNode checks(Calculation calc) {
        long failed = calc.checks().stream().filter(c -> !c.passed()).count();
        ObjectNode c = Json.object();
        c.put("total", calc.checks().size());
        c.put("passed", calc.checks().size() - failed);
        c.put("failed", failed);
        return c;
    }

    static void json(Context ctx, int status, ObjectNode body) {
        ctx.status(status).contentType(CONTENT_TYPES.get("json")).result(Json.bytes(body));
    }

    private static void file(Context ctx, OutputFile f) {
        String ext = f.name().substring(f.name().lastIndexOf('.') + 1);
        ctx.status(200).contentType(CONTENT_TYPES.getOrDefault(ext, "application/octet-stream"));
        ctx.header("Content-Disposition", "attachment; filename=\"" + f.name().replace("\"", "") + "\"; filename*=UTF-8''"
                + URLEncoder.encode(f.name(), StandardCharsets.UTF_8).replace("+", "%20"));
        ctx.result(f.bytes());
    }
}
