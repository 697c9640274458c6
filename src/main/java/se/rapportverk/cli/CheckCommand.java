package se.rapportverk.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import se.rapportverk.generate.Generation;
import se.rapportverk.generate.Kontrollrapport;
import se.rapportverk.generate.OutputFile;
import se.rapportverk.generate.SafeWriter;
import se.rapportverk.generate.WriteFailure;
import se.rapportverk.generate.Generator;
import se.rapportverk.generate.Request;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.report.DocumentKind;
import se.rapportverk.template.TemplateEngine;
import se.rapportverk.template.TemplateException;
import se.rapportverk.workbook.ReadResult;
import se.rapportverk.workbook.WorkbookReader;

/** {@code rapportverk check}: lists every error and warning of a workbook, writing nothing. */
@Command(name = "check",
        synopsisHeading = "Användning: ",
        descriptionHeading = "%n",
        parameterListHeading = "%nArgument:%n",
        optionListHeading = "%nFlaggor:%n",
        description = {
                "Läser arbetsboken, räknar om alla tabeller och kör alla kontroller. Skriver ut varje fel och "
                        + "varning med bladet och cellen den gäller. Inga filer skrivs.",
                "Med --husstil MAPP kontrolleras också husstilen: varje fel i husstil.ini, logotypen och "
                        + "typsnitten med fil och rad, och tecken i arbetsboken som husstilens typsnitt saknar.",
                "Slutstatus 0 när arbetsboken går att göra dokument av (varningar kan finnas), 1 när den har fel, "
                        + "2 när husstilen inte går att använda."})
final class CheckCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    WorkbookOptions options;

    @Option(names = "--report", paramLabel = "MAPP",
            description = "Skriv en kontrollrapport (PDF och HTML) i mappen: varje kontroll med cellerna, värdena, "
                    + "skillnaden och utfallet, och för varje tal i tabellerna de celler det kommer från.")
    Path report;

    @Mixin
    HusstilOption husstil;

    @Mixin
    HelpOption help;

    CheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        WorkbookOptions.Selection selection = options.select(console);
        if (selection == null) {
            return ExitCode.USAGE;
        }
        Husstil style = husstil.read(console);
        if (style == null) {
            return ExitCode.USAGE;
        }
        if (husstil.folder != null) {
            console.out().println("Husstilen i " + husstil.folder + " går att använda.");
        }
        List<Path> workbooks = selection.workbooks();
        int status = ExitCode.OK;
        for (Path workbook : workbooks) {
            if (workbooks.size() > 1) {
                console.out().println(workbook + ":");
            }
            int result;
            try {
                result = check(workbook, selection.kinds(), style);
            } catch (TemplateException e) {
                console.err().println(e.getMessage());
                result = ExitCode.FAILURE;
            } catch (WriteFailure e) {
                console.err().println("Kontrollrapporten kunde inte skrivas till " + report + ": " + e.getMessage()
                        + ". Inga filer ändrades.");
                Failures.debugDetails(e, console.err());
                result = ExitCode.FAILURE;
            } catch (IOException | RuntimeException | Error e) {
                result = Failures.report(e, workbook.toString(), console.err());
            }
            status = Math.max(status, result);
        }
        return status;
    }

    private int check(Path workbook, Set<DocumentKind> kinds, Husstil style) throws TemplateException, IOException {
        ReadResult read = WorkbookReader.read(workbook);
        TemplateEngine engine = TemplateEngine.builtIn();
        // With --report the documents are made in memory (not rendered) for the provenance of their tables.
        Generation generation = new Generator(engine, List.of(), style)
                .run(workbook.toString(), read, new Request(kinds, options.strict), report != null);
        console.issues(generation.diagnostics());
        if (report != null && generation.workbook().isPresent()) {
            List<OutputFile> files = Kontrollrapport.render(generation, engine, read.bytes()).files();
            for (Path written : SafeWriter.writeAll(report, files)) {
                console.out().println("Skrev " + written);
            }
        }
        generation.calculation().ifPresent(calc -> {
            long failed = calc.checks().stream().filter(c -> !c.passed()).count();
            console.out().println("Kontroller: " + Console.count(calc.checks().size(), "jämförelse", "jämförelser")
                    + ", " + (calc.checks().size() - failed) + " stämmer, " + failed + " avviker.");
        });
        if (!generation.ok()) {
            console.err().println("Arbetsboken har " + Console.count(generation.diagnostics().errors().size(), "fel", "fel")
                    + "; inga dokument kan göras förrän de är rättade.");
            return ExitCode.WORKBOOK_ERRORS;
        }
        generation.workbook().ifPresent(wb -> {
            Set<DocumentKind> available = DocumentKind.availableIn(wb);
            console.out().println("Dokument som kan göras: " + (available.isEmpty() ? "inga"
                    : String.join(", ", available.stream().map(DocumentKind::id).toList())) + ".");
        });
        console.out().println(generation.diagnostics().warnings().isEmpty()
                ? "Arbetsboken är klar att göra dokument av."
                : "Arbetsboken går att göra dokument av; se varningarna ovan.");
        return ExitCode.OK;
    }
}
