package se.rapportverk.generate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

import se.rapportverk.calc.Calculation;
import se.rapportverk.calc.CheckResult;
import se.rapportverk.digest.Sha256;
import se.rapportverk.document.Document;
import se.rapportverk.document.Remark;
import se.rapportverk.render.DocumentRenderer;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.render.SharedWork;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.render.layout.Fonts;
import se.rapportverk.render.layout.Theme;
import se.rapportverk.report.DelarsrapportModel;
import se.rapportverk.report.DocumentKind;
import se.rapportverk.report.DocumentModel;
import se.rapportverk.report.HandlingsplanModel;
import se.rapportverk.report.TjansteskrivelseModel;
import se.rapportverk.template.TemplateEngine;
import se.rapportverk.template.TemplateException;
import se.rapportverk.workbook.Diagnostics;
import se.rapportverk.workbook.Issue;
import se.rapportverk.workbook.Names;
import se.rapportverk.workbook.RapportField;
import se.rapportverk.workbook.ReadResult;
import se.rapportverk.workbook.Schema;
import se.rapportverk.workbook.Severity;
import se.rapportverk.workbook.Workbook;
import se.rapportverk.workbook.WorkbookTexts;

/**
 * The pipeline: a workbook as read → its calculation and checks → for each document, the template
 * filled into a document tree → each renderer's file. Nothing is written to disk here; the files
 * stay in memory until {@link SafeWriter} writes them all.
 */
public final class Generator {

    private final TemplateEngine templates;
    private final List<DocumentRenderer> renderers;
    private final Husstil husstil;
    private final Executor renderExecutor;

    /**
     * A generator in the standard house style.
     *
     * @param templates the templates to fill
     * @param renderers one renderer per output format
     */
    public Generator(TemplateEngine templates, List<DocumentRenderer> renderers) {
        this(templates, renderers, Husstil.standard());
    }

    /**
     * @param templates the templates to fill
     * @param renderers one renderer per output format
     * @param husstil   the house style the documents are made in
     */
    public Generator(TemplateEngine templates, List<DocumentRenderer> renderers, Husstil husstil) {
        this(templates, renderers, husstil, Runnable::run);
    }

    /**
     * @param templates      the templates to fill
     * @param renderers      one renderer per output format
     * @param husstil        the house style the documents are made in; read only, so one may be
     *                       shared by generators on several threads
     * @param renderExecutor runs the renderers of a document, so that the formats can be made at the
     *                       same time (each renderer reads the same finished tree); the files come
     *                       out in the renderers' order whatever the executor
     */
    public Generator(TemplateEngine templates, List<DocumentRenderer> renderers, Husstil husstil,
                     Executor renderExecutor) {
        this.templates = templates;
        this.renderers = List.copyOf(renderers);
        this.husstil = Objects.requireNonNull(husstil, "husstil");
        this.renderExecutor = Objects.requireNonNull(renderExecutor, "renderExecutor");
    }

    /** The house style the documents are made in. */
    public Husstil husstil() {
        return husstil;
    }

    /**
     * Checks a workbook and, when it has no errors, makes the documents asked for.
     *
     * @param read    the workbook as read
     * @param request which documents, and whether discrepancies are errors
     * @param render  whether to make the documents at all ({@code false} only checks)
     * @throws TemplateException when a template fails
     * @throws IOException       when a renderer fails
     */
    public Generation run(String fileName, ReadResult read, Request request, boolean render)
            throws TemplateException, IOException {
        Diagnostics diagnostics = read.diagnostics();
        if (read.workbook().isEmpty()) {
            return new Generation(fileName, Optional.empty(), Optional.empty(), diagnostics, List.of());
        }
        Workbook workbook = read.workbook().get();
        List<WorkbookTexts.Entry> texts = WorkbookTexts.all(workbook);
        Calculation calc = Calculation.of(workbook, texts);
        Map<Issue, CheckResult> checkOf = new IdentityHashMap<>();
        for (CheckResult check : calc.failures()) {
            Severity severity = check.kind().error() || request.strict() && check.kind().discrepancy()
                    ? Severity.ERROR : Severity.WARNING;
            Issue issue = new Issue(severity, check.place(), check.message());
            checkOf.put(issue, check);
            diagnostics.add(issue);
        }
        Set<DocumentKind> kinds = selectDocuments(workbook, request, diagnostics);
        LocalDate date = documentDate(workbook);
        if (!kinds.isEmpty() && workbook.rapport().date().isEmpty()) {
            diagnostics.warning("Rapport", "fältet \"Datum\" saknas; dokumenten dateras " + date
                    + ". Ange Datum (till exempel " + date + ") för att bestämma dokumentens datum.");
        }
        warnAboutCharactersNoFontHas(texts, diagnostics, Theme.of(husstil).fonts);
        if (diagnostics.hasErrors() || !render) {
            return new Generation(fileName, Optional.of(workbook), Optional.of(calc), diagnostics, List.of());
        }
        List<TjansteskrivelseModel.OtherDocument> others = kinds.contains(DocumentKind.TJANSTESKRIVELSE)
                ? otherDocuments(workbook, calc, date) : List.of();
        // Every warning goes into each Word file as a comment beside what it concerns.
        List<Remark> remarks = FindingRemarks.of(diagnostics.issues(), checkOf);
        List<GeneratedDocument> documents = new ArrayList<>();
        for (DocumentKind kind : kinds) {
            documents.add(make(kind, model(kind, workbook, calc, date, others), workbook, read.bytes(), remarks));
        }
        return new Generation(fileName, Optional.of(workbook), Optional.of(calc), diagnostics, documents);
    }

    /**
     * The documents besides the tjänsteskrivelse that the workbook makes, listed under its
     * Beslutsunderlag whether or not they are made in this run, so that it is the same document
     * either way.
     */
    private static List<TjansteskrivelseModel.OtherDocument> otherDocuments(Workbook workbook, Calculation calc,
                                                                            LocalDate date) {
        List<TjansteskrivelseModel.OtherDocument> others = new ArrayList<>();
        for (DocumentKind kind : DocumentKind.availableIn(workbook)) {
            if (kind != DocumentKind.TJANSTESKRIVELSE
                    && (kind != DocumentKind.DELARSRAPPORT || workbook.rapport().period().isPresent())) {
                others.add(new TjansteskrivelseModel.OtherDocument(
                        model(kind, workbook, calc, date, List.of()).title(), date));
            }
        }
        return others;
    }

    private static DocumentModel model(DocumentKind kind, Workbook workbook, Calculation calc, LocalDate date,
                                       List<TjansteskrivelseModel.OtherDocument> others) {
        return switch (kind) {
            case DELARSRAPPORT -> DelarsrapportModel.build(workbook, calc, date);
            case HANDLINGSPLAN -> HandlingsplanModel.build(workbook, calc, date);
            case TJANSTESKRIVELSE -> TjansteskrivelseModel.build(workbook, calc, date, others);
        };
    }

    private static Set<DocumentKind> selectDocuments(Workbook workbook, Request request, Diagnostics diagnostics) {
        Set<DocumentKind> available = DocumentKind.availableIn(workbook);
        Set<DocumentKind> chosen = EnumSet.noneOf(DocumentKind.class);
        if (request.documents().isEmpty()) {
            chosen.addAll(available);
            // With errors already reported, the sheets they are in are why there is no document.
            if (chosen.isEmpty() && !diagnostics.hasErrors()) {
                diagnostics.error(workbook.fileName(), Schema.noDocumentMessage());
            }
        } else {
            for (DocumentKind kind : request.documents()) {
                if (available.contains(kind)) {
                    chosen.add(kind);
                } else {
                    diagnostics.error(workbook.fileName(), "arbetsboken har inga uppgifter för dokumentet "
                            + kind.title().toLowerCase(java.util.Locale.ROOT) + "; " + Schema.needs(kind.type()));
                }
            }
        }
        if (chosen.contains(DocumentKind.TJANSTESKRIVELSE) && workbook.rapport().field(RapportField.TITEL).isEmpty()) {
            diagnostics.warning(Schema.RAPPORT.name(), "fältet \"" + RapportField.TITEL.label() + "\" saknas; "
                    + "tjänsteskrivelsen behöver ärendets rubrik och får rubriken \""
                    + DocumentKind.TJANSTESKRIVELSE.title() + "\"");
        }
        // The fields a chosen document cannot be made without (those every document needs are the reader's).
        for (DocumentKind kind : chosen) {
            for (RapportField field : RapportField.values()) {
                if (!field.requiredByAll() && field.requiredBy().contains(kind.type())
                        && workbook.rapport().field(field).isEmpty()) {
                    diagnostics.error(Schema.RAPPORT.name(), "fältet \"" + field.label() + "\" saknas; "
                            + kind.type().definite() + " behöver " + field.need());
                }
            }
        }
        return chosen;
    }

    /**
     * A warning for each text with characters that no font of the PDF can show (CJK, emoji):
     * they would be drawn as "�", so the cell and the characters are named.
     */
    private static void warnAboutCharactersNoFontHas(List<WorkbookTexts.Entry> texts, Diagnostics diagnostics,
                                                     Fonts fonts) {
        for (WorkbookTexts.Entry e : texts) {
            List<Integer> missing = fonts.missing(e.text());
            if (missing.isEmpty() || e.cells().isEmpty()) {
                continue;
            }
            StringBuilder chars = new StringBuilder();
            for (int cp : missing) {
                if (!chars.isEmpty()) {
                    chars.append(", ");
                }
                chars.append('"').appendCodePoint(cp).append('"')
                        .append(String.format(java.util.Locale.ROOT, " (U+%04X)", cp));
            }
            diagnostics.warning(e.cells().get(0), (missing.size() == 1 ? "tecknet " : "tecknen ") + chars
                    + " finns inte i PDF:ens typsnitt och visas där som \"\uFFFD\"; Word-filen visar "
                    + (missing.size() == 1 ? "det" : "dem") + " med datorns typsnitt");
        }
    }

    /**
     * The document date: Rapport!Datum, or else the last day of the period, or else 1 January of
     * År. Never the clock.
     */
    public static LocalDate documentDate(Workbook workbook) {
        return workbook.rapport().date().orElseGet(() -> workbook.rapport().period()
                .map(m -> java.time.YearMonth.of(workbook.rapport().year(), m).atEndOfMonth())
                .orElse(LocalDate.of(workbook.rapport().year(), 1, 1)));
    }

    private GeneratedDocument make(DocumentKind kind, DocumentModel model, Workbook workbook, byte[] workbookBytes,
                                   List<Remark> remarks) throws TemplateException, IOException {
        // The appendices and pictures of the workbook, for every document alike.
        Map<String, Object> data = new java.util.LinkedHashMap<>(model.toModel());
        data.putIfAbsent("bilagor", se.rapportverk.report.Bilagor.model(workbook, kind));
        TemplateEngine.Filled filled = templates.render(kind.template(), data,
                se.rapportverk.report.Bilder.pictures(workbook));
        Document tree = filled.document();
        Map<String, byte[]> templatesUsed = filled.templates();
        String baseName = baseName(kind, workbook);
        String documentId = documentId(kind, workbookBytes, templatesUsed, husstil);
        RenderOptions options = new RenderOptions(workbookBytes, workbook.fileName(), documentId, husstil, remarks);
        // The PDF and the Word file start from the same layout: made once when they are made one after the other.
        SharedWork shared = new SharedWork();
        List<CompletableFuture<byte[]>> rendered = new ArrayList<>();
        for (DocumentRenderer renderer : renderers) {
            rendered.add(CompletableFuture.supplyAsync(() -> render(renderer, tree, options, shared), renderExecutor));
        }
        List<OutputFile> files = new ArrayList<>();
        for (int i = 0; i < renderers.size(); i++) {
            files.add(new OutputFile(baseName + "." + renderers.get(i).extension(), joined(rendered.get(i))));
        }
        return new GeneratedDocument(kind, baseName, tree, model.tables(), files, templatesUsed);
    }

    private static byte[] render(DocumentRenderer renderer, Document tree, RenderOptions options, SharedWork shared) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            renderer.render(tree, options, shared, out);
        } catch (IOException e) {
            throw new RenderIo(e);
        }
        return out.toByteArray();
    }

    /** A renderer's IOException on its way out of the executor. */
    private static final class RenderIo extends UncheckedIOException {
        private static final long serialVersionUID = 1L;

        RenderIo(IOException cause) {
            super(cause);
        }
    }

    /** A renderer's bytes; what it threw is thrown again as it was. */
    private static byte[] joined(CompletableFuture<byte[]> rendered) throws IOException {
        try {
            return rendered.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RenderIo io) {
                throw io.getCause();
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /**
     * {@code delarsrapport-vard-och-omsorgsnamnden-2025-08}: ASCII, from the kind, nämnd, year and period;
     * an åtgärdsplan starts {@code atgardsplan-}; a follow-up of a plan ends in {@code -uppfoljning}.
     */
    static String baseName(DocumentKind kind, Workbook workbook) {
        // An åtgärdsplan (actions grouped per Verksamhet) is named as what it is.
        boolean atgardsplan = kind == DocumentKind.HANDLINGSPLAN && workbook.atgarder().orElse(List.of()).stream()
                .anyMatch(a -> a.verksamhet().isPresent());
        StringBuilder sb = new StringBuilder(atgardsplan ? "atgardsplan" : kind.id());
        String namnd = FileNames.slug(workbook.rapport().namnd());
        if (!namnd.isEmpty()) {
            sb.append('-').append(namnd);
        }
        sb.append('-').append(workbook.rapport().year());
        if (kind == DocumentKind.DELARSRAPPORT) {
            workbook.rapport().period().ifPresent(m -> sb.append('-').append(String.format(java.util.Locale.ROOT, "%02d", m)));
        }
        if (kind == DocumentKind.HANDLINGSPLAN && workbook.atgarder().orElse(List.of()).stream()
                .anyMatch(a -> a.status().isPresent() || a.utfallHittills().reported())) {
            sb.append("-uppfoljning");
        }
        return sb.toString();
    }

    /**
     * A digest of everything a document is made from: the version, the document kind ({@code null}
     * for the check report), the workbook's bytes and every template's bytes. Renderers use it where a
     * format wants a unique id.
     */
    static String documentId(DocumentKind kind, byte[] workbookBytes, Map<String, byte[]> templatesUsed) {
        return documentId(kind, workbookBytes, templatesUsed, Husstil.standard());
    }

    /** The digest of everything a document is made from, the house style's files included. */
    static String documentId(DocumentKind kind, byte[] workbookBytes, Map<String, byte[]> templatesUsed,
                             Husstil husstil) {
        String what = kind == null ? Kontrollrapport.TEMPLATE : kind.id();
        List<byte[]> parts = new ArrayList<>();
        parts.add(("rapportverk " + Version.get() + " " + what + "\n").getBytes(StandardCharsets.UTF_8));
        parts.add(workbookBytes);
        for (Map.Entry<String, byte[]> t : templatesUsed.entrySet()) {
            parts.add(t.getKey().getBytes(StandardCharsets.UTF_8));
            parts.add(t.getValue());
        }
        if (!husstil.isStandard()) {
            parts.add("husstil\n".getBytes(StandardCharsets.UTF_8));
            for (Husstil.File f : husstil.files()) {
                parts.add(f.name().getBytes(StandardCharsets.UTF_8));
                parts.add(f.bytes());
            }
        }
        return Sha256.hex(parts);
    }
}
