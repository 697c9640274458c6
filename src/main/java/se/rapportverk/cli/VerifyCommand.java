package se.rapportverk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import se.rapportverk.archive.ArchiveLimits;
import se.rapportverk.archive.Archived;
import se.rapportverk.archive.EmbeddedWorkbook;
import se.rapportverk.archive.Manifest;
import se.rapportverk.generate.Generation;
import se.rapportverk.generate.Generator;
import se.rapportverk.generate.Hashes;
import se.rapportverk.generate.Kontrollrapport;
import se.rapportverk.generate.Renderers;
import se.rapportverk.generate.Version;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.template.TemplateEngine;
import se.rapportverk.template.TemplateException;
import se.rapportverk.workbook.ReadResult;
import se.rapportverk.workbook.WorkbookReader;

/**
 * {@code rapportverk verify}: regenerates the documents of an archived workbook and reports, file by
 * file, whether the archived documents are identical to what the workbook gives today.
 */
@Command(name = "verify",
        synopsisHeading = "Användning: ",
        descriptionHeading = "%n",
        parameterListHeading = "%nArgument:%n",
        optionListHeading = "%nFlaggor:%n",
        description = {
                "Gör om dokumenten från arbetsboken (i minnet, inget skrivs) och jämför dem byte för byte med de "
                        + "arkiverade filerna som manifestet räknar upp. Varje fil redovisas som identisk, "
                        + "skiljer sig eller saknas.",
                "Bara filer i mappen läses: ett namn i manifestet som pekar utanför den (../, en absolut sökväg, "
                        + "en symbolisk länk ut ur mappen) vägras. Arbetsboken får heta vad som helst; dokumenten "
                        + "görs om under namnet manifestet anger.",
                "Gjordes dokumenten med kommunens egen husstil anges den med --husstil MAPP; extract tar ut "
                        + "den ur PDF:en.",
                "Slutstatus 0 bara när alla filer är identiska; 1 annars."})
final class VerifyCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(index = "0", paramLabel = "ARBETSBOK", description = "Den arkiverade arbetsboken (.xlsx).")
    Path workbook;

    @Parameters(index = "1", paramLabel = "MAPP|MANIFEST",
            description = "Mappen med de arkiverade dokumenten och deras manifest, eller manifestfilen själv.")
    Path archive;

    @Option(names = "--templates", paramLabel = "MAPP",
            description = "Mallarna dokumenten gjordes med, om det inte var de inbyggda.")
    Path templates;

    @Mixin
    HusstilOption husstil;

    @Mixin
    HelpOption help;

    VerifyCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws IOException {
        byte[] workbookBytes;
        try {
            workbookBytes = Archived.readBounded(workbook, ArchiveLimits.MAX_WORKBOOK_BYTES);
        } catch (NoSuchFileException e) {
            console.err().println(workbook + ": filen finns inte");
            return ExitCode.WORKBOOK_ERRORS;
        } catch (Archived.Refused e) {
            console.err().println(workbook + ": " + e.getMessage());
            return ExitCode.WORKBOOK_ERRORS;
        }
        String sha = Hashes.sha256(workbookBytes);
        if (!Files.exists(archive)) {
            console.err().println(archive + ": finns inte");
            return ExitCode.WORKBOOK_ERRORS;
        }
        Archived folder;
        Optional<Manifest> found;
        try {
            folder = Archived.of(Files.isDirectory(archive) ? archive : archive.toAbsolutePath().getParent());
            found = findManifest(folder, sha);
        } catch (IOException e) {
            console.err().println(archive + ": " + e.getMessage());
            return ExitCode.WORKBOOK_ERRORS;
        }
        if (found.isEmpty()) {
            return ExitCode.WORKBOOK_ERRORS;
        }
        Manifest manifest = found.get();
        boolean sameWorkbook = manifest.workbookSha256().equals(sha);
        if (!sameWorkbook) {
            console.out().println("Arbetsboken är inte den som dokumenten gjordes av: manifestet anger SHA-256 "
                    + manifest.workbookSha256() + " för " + manifest.workbookFile() + ", arbetsboken har " + sha + ".");
        }
        if (!manifest.version().equals(Version.get())) {
            console.out().println("Dokumenten gjordes med Rapportverk " + manifest.version() + "; det här är "
                    + Version.get() + ". Andra versioner kan ge andra byte.");
        }
        Husstil style = husstil.read(console);
        if (style == null) {
            return ExitCode.USAGE;
        }
        if (!sameHouseStyle(manifest.husstil(), style)) {
            return ExitCode.USAGE;
        }
        // The documents carry the workbook's name as it was when they were made (the embedded file's
        // name, the check report's file name), so they are made again under that name, from the manifest.
        String name = workbookName(manifest);

        Map<String, byte[]> regenerated = new LinkedHashMap<>();
        Map<String, String> templatesNow = new java.util.TreeMap<>();
        try {
            TemplateEngine engine = templates == null ? TemplateEngine.builtIn() : TemplateEngine.fromFolder(templates);
            ReadResult read = WorkbookReader.read(name, workbookBytes);
            Generation g = new Generator(engine, Renderers.all(), style).run(name, read, manifest.request(), true);
            if (!g.ok()) {
                console.issues(g.diagnostics());
                console.err().println("Dokumenten kunde inte göras om: arbetsboken har fel.");
                return ExitCode.WORKBOOK_ERRORS;
            }
            g.files().forEach(f -> regenerated.put(f.name(), f.bytes()));
            g.documents().forEach(d -> d.templates().forEach((n, b) -> templatesNow.put(n, Hashes.sha256(b))));
            if (manifest.outputs().stream().anyMatch(o -> o.document().equals("kontrollrapport"))) {
                Kontrollrapport.Rendered report = Kontrollrapport.render(g, engine, read.bytes());
                report.files().forEach(f -> regenerated.put(f.name(), f.bytes()));
                report.templates().forEach((n, b) -> templatesNow.put(n, Hashes.sha256(b)));
            }
        } catch (TemplateException e) {
            console.err().println(e.getMessage());
            return ExitCode.FAILURE;
        } catch (IllegalArgumentException e) {
            console.err().println(archive + ": " + e.getMessage());
            return ExitCode.WORKBOOK_ERRORS;
        }
        for (Map.Entry<String, String> t : manifest.templates().entrySet()) {
            String now = templatesNow.get(t.getKey());
            if (now != null && !now.equals(t.getValue())) {
                console.out().println("Mallen " + t.getKey() + " har ändrats sedan dokumenten gjordes.");
            }
        }

        int identical = 0;
        List<String> lines = new ArrayList<>();
        for (Manifest.Output o : manifest.outputs()) {
            lines.add(verdict(folder, o, regenerated.get(o.file())));
            if (lines.get(lines.size() - 1).startsWith(IDENTICAL)) {
                identical++;
            }
        }
        lines.forEach(l -> console.out().println("  " + l));
        int total = manifest.outputs().size();
        boolean allIdentical = identical == total && sameWorkbook && total > 0;
        console.out().println(allIdentical
                ? "Alla " + total + " filer är identiska med det arbetsboken ger."
                : identical + " av " + total + " filer är identiska.");
        return allIdentical ? ExitCode.OK : ExitCode.WORKBOOK_ERRORS;
    }

    private static final String IDENTICAL = "identisk   ";

    /**
     * Tells how the house style given compares with the one the manifest records: each file that
     * differs or is missing. Returns false (after saying what to do) when the documents were made in
     * a house style of the kommun's own and none is given: they cannot be made again without it.
     */
    private boolean sameHouseStyle(Manifest.HusstilEntry recorded, Husstil given) {
        if (!recorded.standard() && given.isStandard()) {
            console.err().println("Dokumenten gjordes med kommunens egen husstil ("
                    + String.join(", ", recorded.files().stream().map(Manifest.HusstilFile::file).toList())
                    + ") och kan inte göras om utan den. Ange den med --husstil MAPP; extract tar ut den ur en av "
                    + "PDF:erna: rapportverk extract PDF MAPP.");
            return false;
        }
        if (recorded.standard() && !given.isStandard()) {
            console.out().println("Dokumenten gjordes med Rapportverks egen husstil, inte med husstilen i "
                    + husstil.folder + ".");
            return true;
        }
        Map<String, String> now = new LinkedHashMap<>();
        given.files().forEach(f -> now.put(f.name(), f.sha256()));
        for (Manifest.HusstilFile f : recorded.files()) {
            String sha = now.get(f.file());
            if (sha == null) {
                console.out().println("Husstilens fil " + f.file() + " används inte av husstilen i " + husstil.folder
                        + ".");
            } else if (!sha.equals(f.sha256())) {
                console.out().println("Husstilens fil " + f.file() + " har ändrats sedan dokumenten gjordes.");
            }
        }
        return true;
    }

    /** One file's line: identisk, skiljer sig, saknas or vägras (a name that would lead out of the folder). */
    private static String verdict(Archived folder, Manifest.Output o, byte[] now) {
        Path archived;
        try {
            archived = folder.resolve(o.file());
        } catch (Archived.Refused e) {
            return "vägras     " + EmbeddedWorkbook.shown(o.file()) + " (" + e.getMessage() + ")";
        }
        if (!Files.exists(archived, LinkOption.NOFOLLOW_LINKS)) {
            return "saknas     " + o.file() + " (finns inte i " + folder.path() + ")";
        }
        byte[] old;
        try {
            old = Archived.readBounded(archived, ArchiveLimits.MAX_DOCUMENT_BYTES);
        } catch (Archived.Refused e) {
            return "skiljer sig " + o.file() + " (" + e.getMessage() + ")";
        } catch (IOException e) {
            return "skiljer sig " + o.file() + " (filen kunde inte läsas)";
        }
        boolean asWritten = Hashes.sha256(old).equals(o.sha256());
        if (now == null) {
            return "skiljer sig " + o.file() + " (arbetsboken ger inte längre den filen)";
        }
        if (Arrays.equals(old, now)) {
            return IDENTICAL + o.file();
        }
        return "skiljer sig " + o.file() + (asWritten ? "" : " (filen har ändrats sedan den skrevs)");
    }

    /** The workbook's name from the manifest, or (when the manifest has none that is a plain name) the file's own. */
    private String workbookName(Manifest manifest) {
        String recorded = manifest.workbookFile();
        if (Archived.isPlainName(recorded)) {
            return recorded;
        }
        String own = workbook.getFileName().toString();
        console.out().println("Manifestet anger inget vanligt filnamn för arbetsboken (" + EmbeddedWorkbook.shown(recorded)
                + "); dokumenten görs om under namnet " + own + ".");
        return own;
    }

    /** The manifest given, or the one in the folder that belongs to the workbook. */
    private Optional<Manifest> findManifest(Archived folder, String sha) throws IOException {
        if (!Files.isDirectory(archive)) {
            return Optional.of(Manifest.read(Archived.readBounded(archive, ArchiveLimits.MAX_MANIFEST_BYTES)));
        }
        List<Manifest> manifests = new ArrayList<>();
        for (Path p : folder.manifests()) {
            try {
                manifests.add(Manifest.read(Archived.readBounded(p, ArchiveLimits.MAX_MANIFEST_BYTES)));
            } catch (IOException e) {
                console.out().println(p + ": " + e.getMessage() + "; hoppas över");
            }
        }
        Optional<Manifest> match = manifests.stream().filter(m -> m.workbookSha256().equals(sha)).findFirst();
        if (match.isPresent()) {
            return match;
        }
        if (manifests.size() == 1) {
            return Optional.of(manifests.get(0));
        }
        console.err().println(archive + ": " + (manifests.isEmpty() ? "mappen har inget manifest (manifest-*.json)"
                : "inget av mappens manifest hör till arbetsboken " + workbook.getFileName()));
        return Optional.empty();
    }
}
