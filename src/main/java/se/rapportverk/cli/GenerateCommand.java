package se.rapportverk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import se.rapportverk.archive.Manifest;
import se.rapportverk.generate.Generation;
import se.rapportverk.generate.Kontrollrapport;
import se.rapportverk.generate.Generator;
import se.rapportverk.generate.OutputFile;
import se.rapportverk.generate.Request;
import se.rapportverk.generate.SafeWriter;
import se.rapportverk.generate.WriteFailure;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.render.Renderers;
import se.rapportverk.report.DocumentKind;
import se.rapportverk.template.TemplateEngine;
import se.rapportverk.template.TemplateException;
import se.rapportverk.workbook.ReadResult;
import se.rapportverk.workbook.WorkbookReader;

/** {@code rapportverk generate}: checks a workbook and writes its documents as PDF and Word. */
@Command(name = "generate",
        synopsisHeading = "Användning: ",
        descriptionHeading = "%n",
        parameterListHeading = "%nArgument:%n",
        optionListHeading = "%nFlaggor:%n",
        description = {
                "Kontrollerar arbetsboken och skriver dokumenten som PDF och Word (DOCX). Varningar skrivs ut "
                        + "och dokumenten görs ändå; har arbetsboken fel skrivs inga filer alls.",
                "Filerna får namn efter dokumentet, nämnden och perioden, till exempel "
                        + "delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf. Bredvid dem skrivs ett manifest "
                        + "(manifest-<arbetsbok>.json) med kontrollsummor för arkivet och verify-kommandot.",
                "Flera arbetsböcker (eller en mapp) ger en undermapp per arbetsbok."})
final class GenerateCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    WorkbookOptions options;

    @Option(names = {"-o", "--out"}, paramLabel = "MAPP", defaultValue = "output",
            description = "Mappen där dokumenten skrivs. Standard: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--templates", paramLabel = "MAPP",
            description = "Egna mallar (kommunens husstil) i stället för de inbyggda.")
    Path templates;

    @Option(names = "--report",
            description = "Skriv också en kontrollrapport (PDF och HTML) för revisorn: varje kontroll med cellerna, "
                    + "värdena, skillnaden och utfallet, och för varje tal i tabellerna de celler det kommer från.")
    boolean report;

    @Mixin
    HusstilOption husstil;

    @Mixin
    HelpOption help;

    GenerateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        WorkbookOptions.Selection selection = options.select(console);
        if (selection == null) {
            return ExitCode.USAGE;
        }
        TemplateEngine engine;
        try {
            engine = templates == null ? TemplateEngine.builtIn() : TemplateEngine.fromFolder(templates);
        } catch (TemplateException e) {
            console.err().println(e.getMessage());
            return ExitCode.USAGE;
        }
        Husstil style = husstil.read(console);
        if (style == null) {
            console.err().println("Inga filer skrevs.");
            return ExitCode.USAGE;
        }
        List<Path> workbooks = selection.workbooks();
        Generator generator = new Generator(engine, Renderers.all(), style);
        int status = ExitCode.OK;
        for (Path workbook : workbooks) {
            // Several workbooks: each gets its own folder, so their documents never overwrite each other.
            Path folder = workbooks.size() == 1 ? out : out.resolve(folderName(workbook));
            if (workbooks.size() > 1) {
                console.out().println(workbook + ":");
            }
            int result;
            try {
                result = generate(generator, engine, workbook, selection.kinds(), folder);
            } catch (RuntimeException | Error e) {
                // Whatever went wrong with this workbook, the next one is still made.
                result = Failures.report(e, workbook.toString(), console.err());
            }
            status = Math.max(status, result);
        }
        return status;
    }

    private static String folderName(Path workbook) {
        String name = workbook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private int generate(Generator generator, TemplateEngine engine, Path workbook, Set<DocumentKind> kinds,
                         Path folder) {
        ReadResult read = WorkbookReader.read(workbook);
        Request request = new Request(kinds, options.strict);
        Generation generation;
        List<OutputFile> files;
        try {
            generation = generator.run(workbook.toString(), read, request, true);
            files = new ArrayList<>(generation.files());
            if (generation.ok()) {
                Optional<Kontrollrapport.Rendered> reportFiles = report
                        ? Optional.of(Kontrollrapport.render(generation, engine, read.bytes())) : Optional.empty();
                reportFiles.ifPresent(r -> files.addAll(r.files()));
                Manifest manifest = Manifest.of(generation, request, read.bytes(), reportFiles, generator.husstil());
                files.add(new OutputFile(Manifest.fileName(workbook.getFileName().toString()),
                        manifest.toJson(generation)));
            }
        } catch (TemplateException e) {
            console.issues(read.diagnostics());
            console.err().println(e.getMessage());
            console.err().println("Inga filer skrevs.");
            return ExitCode.FAILURE;
        } catch (IOException e) {
            console.issues(read.diagnostics());
            return Failures.report(e, workbook.toString(), console.err());
        }
        console.issues(generation.diagnostics());
        if (!generation.ok()) {
            console.err().println("Inga filer skrevs: " + Console.count(generation.diagnostics().errors().size(),
                    "fel", "fel") + " i " + workbook + " måste rättas först.");
            return ExitCode.WORKBOOK_ERRORS;
        }
        try {
            for (Path written : SafeWriter.writeAll(folder, files)) {
                console.out().println("Skrev " + written);
            }
        } catch (WriteFailure e) {
            console.err().println("Dokumenten kunde inte skrivas till " + folder + ": " + e.getMessage()
                    + ". Inga filer ändrades.");
            Failures.debugDetails(e, console.err());
            return ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }
}
