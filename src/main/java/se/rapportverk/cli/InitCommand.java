package se.rapportverk.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import se.rapportverk.generate.OutputFile;
import se.rapportverk.generate.SafeWriter;
import se.rapportverk.generate.WriteFailure;
import se.rapportverk.report.DocumentKind;
import se.rapportverk.workbook.BlankWorkbook;
import se.rapportverk.workbook.DocumentType;
import se.rapportverk.workbook.SheetSpec;

/** {@code rapportverk init}: writes a blank standard workbook, from the contract's schema. */
@Command(name = "init",
        synopsisHeading = "Användning: ",
        descriptionHeading = "%n",
        parameterListHeading = "%nArgument:%n",
        optionListHeading = "%nFlaggor:%n",
        description = {
                "Skriver en tom standardarbetsbok att fylla i: bladen som dokumenten behöver, med rubrikrader, "
                        + "hjälptexter, listor att välja ur och ett blad med instruktioner. Inga siffror är ifyllda.",
                "En fil som redan finns skrivs bara över med --force.",
                "Exempel: rapportverk init arbetsbok.xlsx --document delarsrapport"})
final class InitCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(index = "0", paramLabel = "FIL", description = "Arbetsboken som skrivs (.xlsx).")
    Path file;

    @Option(names = "--document", paramLabel = "DOKUMENT", split = ",",
            description = "Bara bladen för dessa dokument: delarsrapport, handlingsplan, tjansteskrivelse "
                    + "(kommaseparerade). Standard: alla.")
    List<String> documents = new ArrayList<>();

    @Option(names = {"--force", "--skriv-over"}, description = "Skriv över en fil som redan finns.")
    boolean force;

    @Mixin
    HelpOption help;

    InitCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Set<DocumentType> types = EnumSet.noneOf(DocumentType.class);
        try {
            WorkbookOptions.kinds(documents).stream().map(DocumentKind::type).forEach(types::add);
        } catch (IllegalArgumentException e) {
            console.err().println("Fel i kommandot: " + e.getMessage());
            return ExitCode.USAGE;
        }
        Path target = file;
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            if (name.isEmpty() || name.contains(".")) {
                console.err().println("Fel i kommandot: " + file + " är inget namn på en Excel-arbetsbok; ge filen "
                        + "ändelsen .xlsx, till exempel arbetsbok.xlsx");
                return ExitCode.USAGE;
            }
            name = name + ".xlsx";
            target = target.resolveSibling(name);
        }
        if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            console.err().println("Fel i kommandot: " + target + " är en mapp; ange namnet på arbetsboken som ska "
                    + "skrivas, till exempel " + target.resolve("arbetsbok.xlsx") + ". Ingen fil skrevs.");
            return ExitCode.USAGE;
        }
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
            console.err().println("Fel i kommandot: " + target + " finns redan. Ange --force för att skriva över den, "
                    + "eller välj ett annat namn. Ingen fil skrevs.");
            return ExitCode.USAGE;
        }
        byte[] bytes = BlankWorkbook.write(types, name);
        Path folder = target.toAbsolutePath().getParent();
        try {
            SafeWriter.writeAll(folder, List.of(new OutputFile(name, bytes)));
        } catch (WriteFailure e) {
            console.err().println("Arbetsboken kunde inte skrivas till " + folder + ": " + e.getMessage()
                    + ". Ingen fil ändrades.");
            Failures.debugDetails(e, console.err());
            return ExitCode.FAILURE;
        }
        List<String> sheets = new ArrayList<>(List.of(BlankWorkbook.INSTRUKTIONER));
        BlankWorkbook.sheets(types).stream().map(SheetSpec::name).forEach(sheets::add);
        console.out().println("Skrev " + target + " med bladen " + String.join(", ", sheets) + ".");
        console.out().println("Fyll i bladet Rapport och raderna under rubrikerna, och kontrollera sedan arbetsboken: "
                + "rapportverk check " + target);
        return ExitCode.OK;
    }
}
