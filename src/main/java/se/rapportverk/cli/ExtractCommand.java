package se.rapportverk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import se.rapportverk.archive.EmbeddedWorkbook;
import se.rapportverk.archive.Hashes;
import se.rapportverk.generate.OutputFile;
import se.rapportverk.generate.SafeWriter;

/** {@code rapportverk extract}: takes the workbook out of a PDF made by Rapportverk. */
@Command(name = "extract",
        synopsisHeading = "Användning: ",
        descriptionHeading = "%n",
        parameterListHeading = "%nArgument:%n",
        optionListHeading = "%nFlaggor:%n",
        description = {
                "Tar ut arbetsboken som en PDF från Rapportverk bär inbäddad (som PDF/A-3-källfil), så att en "
                        + "arkiverad PDF räcker för att göra om och verifiera dokumenten.",
                "Exempel: rapportverk extract delarsrapport.pdf arkiv && rapportverk verify arkiv/arbetsbok.xlsx ."})
final class ExtractCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(index = "0", paramLabel = "PDF", description = "En PDF gjord av Rapportverk.")
    Path pdf;

    @Parameters(index = "1", paramLabel = "MAPP", description = "Mappen där arbetsboken skrivs.")
    Path folder;

    @Mixin
    HelpOption help;

    ExtractCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        List<EmbeddedWorkbook.Attachment> attachments;
        try {
            attachments = EmbeddedWorkbook.read(Files.readAllBytes(pdf));
        } catch (NoSuchFileException e) {
            console.err().println(pdf + ": filen finns inte");
            return ExitCode.WORKBOOK_ERRORS;
        } catch (IOException e) {
            console.err().println(pdf + ": " + e.getMessage());
            return ExitCode.WORKBOOK_ERRORS;
        }
        if (attachments.isEmpty()) {
            console.err().println(pdf + ": PDF:en bär ingen arbetsbok");
            return ExitCode.WORKBOOK_ERRORS;
        }
        try {
            List<OutputFile> files = attachments.stream().map(a -> new OutputFile(a.name(), a.bytes())).toList();
            List<Path> written = SafeWriter.writeAll(folder, files);
            for (int i = 0; i < written.size(); i++) {
                console.out().println("Skrev " + written.get(i) + " (SHA-256 " + Hashes.sha256(files.get(i).bytes()) + ")");
            }
        } catch (IOException e) {
            console.err().println("Arbetsboken kunde inte skrivas till " + folder + ": " + e.getMessage());
            return ExitCode.FAILURE;
        }
        return ExitCode.OK;
    }
}
