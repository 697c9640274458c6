package se.rapportverk.archive;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.rapportverk.calc.CheckResult;
import se.rapportverk.generate.FileNames;
import se.rapportverk.generate.GeneratedDocument;
import se.rapportverk.generate.Hashes;
import se.rapportverk.generate.Generation;
import se.rapportverk.generate.OutputFile;
import se.rapportverk.generate.Request;
import se.rapportverk.generate.Version;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.report.DocumentKind;
import se.rapportverk.workbook.CellRanges;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Issue;
import se.rapportverk.workbook.Names;

/**
 * The manifest written beside the documents: which version of Rapportverk made them, from which
 * workbook, templates and house style (SHA-256 of each file), the SHA-256 of each output, and the results of every
 * check. It holds no timestamp of its own, so the same run gives the same manifest.
 *
 * @param version        the generator's version
 * @param workbookFile   the workbook's file name
 * @param workbookSha256 the workbook's SHA-256
 * @param documents      the documents asked for (empty: every document the workbook has data for)
 * @param strict         whether discrepancies were errors
 * @param templates      template name → SHA-256, for every template used
 * @param outputs        the files written, in order
 * @param husstil        the house style the documents were made in
 */
public record Manifest(String version, String workbookFile, String workbookSha256, List<String> documents,
                       boolean strict, Map<String, String> templates, List<Output> outputs, HusstilEntry husstil) {

    /**
     * The house style: whether it was Rapportverk's own (no {@code --husstil}), and each of its files
     * with its SHA-256 and whether the PDFs carry it (a file that is byte for byte Rapportverk's own,
     * such as the standard font, is not carried: every copy of this version has it).
     */
    public record HusstilEntry(boolean standard, List<HusstilFile> files) {
        public HusstilEntry {
            files = List.copyOf(files);
        }

        /** The entry of a house style. */
        public static HusstilEntry of(Husstil h) {
            List<HusstilFile> files = new ArrayList<>();
            List<String> hashes = h.fileHashes();
            for (int i = 0; i < h.files().size(); i++) {
                Husstil.File f = h.files().get(i);
                files.add(new HusstilFile(f.name(), hashes.get(i), f.bytes().length, !h.isStandard() && !f.builtIn()));
            }
            return new HusstilEntry(h.isStandard(), files);
        }
    }

    /** One file of the house style. */
    public record HusstilFile(String file, String sha256, long bytes, boolean embedded) {
    }

    /** The format's name, so a reader knows what it holds. */
    public static final String FORMAT = "rapportverk-manifest/1";

    /**
     * One output file.
     *
     * @param file     its name
     * @param document the document kind's id
     * @param sha256   SHA-256 of its bytes
     * @param bytes    its size
     */
    public record Output(String file, String document, String sha256, long bytes) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The manifest's file name for a workbook: {@code manifest-delarsrapport-augusti-2025.json}. */
    public static String fileName(String workbookFileName) {
        return "manifest-" + FileNames.slugOfFile(workbookFileName, "arbetsbok") + ".json";
    }

    /**
     * The manifest of a run (its outputs and templates), not yet with the checks.
     *
     * @param report the check report, when one was written
     */
    public static Manifest of(Generation generation, Request request, byte[] workbookBytes,
                              java.util.Optional<se.rapportverk.generate.Kontrollrapport.Rendered> report) {
        return of(generation, request, workbookBytes, report, Husstil.standard());
    }

    /**
     * The manifest of a run made in a house style.
     *
     * @param report  the check report, when one was written
     * @param husstil the house style of the documents
     */
    public static Manifest of(Generation generation, Request request, byte[] workbookBytes,
                              java.util.Optional<se.rapportverk.generate.Kontrollrapport.Rendered> report,
                              Husstil husstil) {
        Map<String, String> templates = new TreeMap<>();
        List<Output> outputs = new ArrayList<>();
        for (GeneratedDocument d : generation.documents()) {
            d.templates().forEach((name, bytes) -> templates.put(name, Hashes.sha256OfInput(bytes)));
            for (OutputFile f : d.files()) {
                outputs.add(new Output(f.name(), d.kind().id(), Hashes.sha256(f.bytes()), f.bytes().length));
            }
        }
        report.ifPresent(r -> {
            r.templates().forEach((name, bytes) -> templates.put(name, Hashes.sha256OfInput(bytes)));
            for (OutputFile f : r.files()) {
                outputs.add(new Output(f.name(), "kontrollrapport", Hashes.sha256(f.bytes()), f.bytes().length));
            }
        });
        List<String> documents = request.documents().stream().sorted().map(DocumentKind::id).toList();
        return new Manifest(Version.get(), fileNameOf(generation.fileName()), Hashes.sha256OfInput(workbookBytes),
                documents, request.strict(), templates, outputs, HusstilEntry.of(husstil));
    }

    private static String fileNameOf(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    /** The request the documents were made with. */
    public Request request() {
        return new Request(documents.stream().map(id -> DocumentKind.find(id).orElseThrow(
                () -> new IllegalArgumentException("okänt dokument i manifestet: " + id))).collect(
                java.util.stream.Collectors.toSet()), strict);
    }

    /** The manifest as JSON (UTF-8, two-space indent, {@code \n} line ends), with the checks of the run. */
    public byte[] toJson(Generation generation) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        Map<String, Object> generator = new LinkedHashMap<>();
        generator.put("name", "Rapportverk");
        generator.put("version", version);
        root.put("generator", generator);
        Map<String, Object> wb = new LinkedHashMap<>();
        wb.put("file", workbookFile);
        wb.put("sha256", workbookSha256);
        root.put("workbook", wb);
        Map<String, Object> req = new LinkedHashMap<>();
        req.put("documents", documents);
        req.put("strict", strict);
        root.put("request", req);
        List<Map<String, Object>> t = new ArrayList<>();
        templates.forEach((name, sha) -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", name);
            m.put("sha256", sha);
            t.add(m);
        });
        root.put("templates", t);
        Map<String, Object> style = new LinkedHashMap<>();
        style.put("standard", husstil.standard());
        List<Map<String, Object>> styleFiles = new ArrayList<>();
        for (HusstilFile f : husstil.files()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", f.file());
            m.put("sha256", f.sha256());
            m.put("bytes", f.bytes());
            m.put("embedded", f.embedded());
            styleFiles.add(m);
        }
        style.put("files", styleFiles);
        root.put("husstil", style);
        List<Map<String, Object>> o = new ArrayList<>();
        for (Output out : outputs) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("file", out.file());
            m.put("document", out.document());
            m.put("sha256", out.sha256());
            m.put("bytes", out.bytes());
            o.add(m);
        }
        root.put("outputs", o);
        root.put("checks", checks(generation));
        root.put("issues", generation.diagnostics().issues().stream().map(Manifest::issue).toList());
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            // Written as UTF-8 bytes straight away (not a String first), with the final line end.
            byte[] json = JSON.writer(printer).writeValueAsBytes(root);
            byte[] withEnd = Arrays.copyOf(json, json.length + 1);
            withEnd[json.length] = '\n';
            return withEnd;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the manifest could not be written as JSON", e);
        }
    }

    private static Map<String, Object> checks(Generation generation) {
        Map<String, Object> m = new LinkedHashMap<>();
        List<CheckResult> results = generation.calculation().map(c -> c.checks()).orElse(List.of());
        m.put("comparisons", results.size());
        m.put("passed", results.stream().filter(CheckResult::passed).count());
        m.put("failed", results.stream().filter(r -> !r.passed()).count());
        List<Map<String, Object>> list = new ArrayList<>();
        for (CheckResult r : results) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("check", r.kind().number());
            c.put("title", r.kind().title());
            c.put("passed", r.passed());
            c.put("place", r.place());
            c.put("subject", r.subject());
            c.put("given", plain(r.given()));
            c.put("calculated", plain(r.calculated()));
            c.put("difference", r.difference() == null ? null : r.difference().toPlainString());
            c.put("tolerance", r.tolerance().toPlainString());
            c.put("cells", CellRanges.describe(r.cells(), null));
            c.put("message", r.message());
            list.add(c);
        }
        m.put("results", list);
        return m;
    }

    private static String plain(Figure f) {
        BigDecimal v = f.value();
        return v == null ? null : v.toPlainString();
    }

    private static Map<String, Object> issue(Issue i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("severity", i.severity().swedish());
        m.put("place", i.place());
        m.put("message", i.message());
        return m;
    }

    /**
     * Reads a manifest.
     *
     * @throws IOException when the bytes are not a Rapportverk manifest; the message is Swedish
     */
    public static Manifest read(byte[] json) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException e) {
            throw new IOException("manifestet är inte giltig JSON");
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IOException("filen är inget manifest från Rapportverk");
        }
        List<String> documents = new ArrayList<>();
        root.path("request").path("documents").forEach(n -> documents.add(n.asText()));
        Map<String, String> templates = new TreeMap<>();
        root.path("templates").forEach(n -> templates.put(n.path("name").asText(), n.path("sha256").asText()));
        List<Output> outputs = new ArrayList<>();
        root.path("outputs").forEach(n -> outputs.add(new Output(n.path("file").asText(), n.path("document").asText(),
                n.path("sha256").asText(), n.path("bytes").asLong())));
        JsonNode style = root.path("husstil");
        List<HusstilFile> styleFiles = new ArrayList<>();
        style.path("files").forEach(n -> styleFiles.add(new HusstilFile(n.path("file").asText(),
                n.path("sha256").asText(), n.path("bytes").asLong(), n.path("embedded").asBoolean())));
        // A manifest from before house styles: the standard one.
        HusstilEntry husstil = new HusstilEntry(style.isMissingNode() || style.path("standard").asBoolean(true),
                styleFiles);
        return new Manifest(root.path("generator").path("version").asText(), root.path("workbook").path("file").asText(),
                root.path("workbook").path("sha256").asText(), documents, root.path("request").path("strict").asBoolean(),
                templates, outputs, husstil);
    }
}
