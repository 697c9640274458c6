package se.rapportverk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import se.rapportverk.archive.ArchiveLimits;
import se.rapportverk.archive.EmbeddedWorkbook;
import se.rapportverk.archive.Hashes;
import se.rapportverk.generate.OutputFile;
import se.rapportverk.generate.SafeWriter;
import se.rapportverk.generate.WriteFailure;

/** {@code rapportverk extract}: takes the workbook out of a PDF made by Rapportverk. */
@Command(name = "extract",
        synopsisHeading = "Användning: ",
        descriptionHeading = "%n",
        parameterListHeading = "%nArgument:%n",
        optionListHeading = "%nFlaggor:%n",
        description = {
                "Tar ut arbetsboken som en PDF från Rapportverk bär inbäddad (som PDF/A-3-källfil), så att en "
                        + "arkiverad PDF räcker för att göra om och verifiera dokumenten.",
                "Arbetsboken skrivs som <pdf-namn>-arbetsbok.xlsx i mappen, aldrig under ett namn som PDF:en anger, "
                        + "och en fil som redan finns skrivs bara över med --force. verify tar arbetsbokens "
                        + "ursprungliga namn ur manifestet.",
                "Exempel: rapportverk extract arkiv/delarsrapport.pdf tmp && "
                        + "rapportverk verify tmp/delarsrapport-arbetsbok.xlsx arkiv"})
final class ExtractCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(index = "0", paramLabel = "PDF", description = "En PDF gjord av Rapportverk.")
    Path pdf;

    @Parameters(index = "1", paramLabel = "MAPP", description = "Mappen där arbetsboken skrivs (skapas om den saknas).")
    Path folder;

    @Option(names = {"--force", "--skriv-over"},
            description = "Skriv över en arbetsbok med samma namn som redan finns i mappen.")
    boolean force;

    @Mixin
    HelpOption help;

    ExtractCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        byte[] bytes;
        try {
            if (Files.isDirectory(pdf)) {
                console.err().println(pdf + ": är en mapp, inte en PDF");
                return ExitCode.WORKBOOK_ERRORS;
            }
            if (Files.size(pdf) > ArchiveLimits.MAX_PDF_BYTES) {
                console.err().println(pdf + ": filen är större än gränsen för en PDF, "
                        + ArchiveLimits.describe(ArchiveLimits.MAX_PDF_BYTES) + ", och läses inte");
                return ExitCode.WORKBOOK_ERRORS;
            }
            bytes = Files.readAllBytes(pdf);
        } catch (NoSuchFileException e) {
            console.err().println(pdf + ": filen finns inte");
            return ExitCode.WORKBOOK_ERRORS;
        } catch (IOException e) {
            console.err().println(pdf + ": filen kunde inte läsas");
            Failures.debugDetails(e, console.err());
            return ExitCode.WORKBOOK_ERRORS;
        }
        EmbeddedWorkbook.Attachment attachment;
        try {
            attachment = EmbeddedWorkbook.read(bytes);
        } catch (EmbeddedWorkbook.UnusablePdf e) {
            console.err().println(pdf + ": " + e.getMessage() + ". Ingen fil skrevs.");
            return ExitCode.WORKBOOK_ERRORS;
        }
        String name = EmbeddedWorkbook.extractedName(pdf.getFileName().toString());
        Path target = folder.resolve(name);
        String sha = Hashes.sha256(attachment.bytes());
        try {
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                console.err().println(target + ": det finns redan en mapp med det namnet. Ingen fil skrevs.");
                return ExitCode.FAILURE;
            }
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !force) {
                if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                        && Files.size(target) == attachment.bytes().length
                        && Arrays.equals(Files.readAllBytes(target), attachment.bytes())) {
                    console.out().println(target + " finns redan, med samma innehåll (SHA-256 " + sha + ").");
                    return ExitCode.OK;
                }
                console.err().println(target + " finns redan och har ett annat innehåll. Ange --force för att skriva "
                        + "över den, eller välj en annan mapp. Ingen fil skrevs.");
                return ExitCode.USAGE;
            }
            SafeWriter.writeAll(folder, List.of(new OutputFile(name, attachment.bytes())));
        } catch (WriteFailure e) {
            console.err().println("Arbetsboken kunde inte skrivas till " + folder + ": " + e.getMessage()
                    + ". Ingen fil ändrades.");
            Failures.debugDetails(e, console.err());
            return ExitCode.FAILURE;
        } catch (IOException e) {
            console.err().println("Arbetsboken kunde inte skrivas till " + folder + ": "
                    + WriteFailure.of(folder, e).getMessage() + ". Ingen fil ändrades.");
            return ExitCode.FAILURE;
        }
        console.out().println("Skrev " + target + " (SHA-256 " + sha + ").");
        console.out().println("Arbetsboken hette " + EmbeddedWorkbook.shown(attachment.originalName())
                + " när dokumentet gjordes; verify tar det namnet ur manifestet.");
        return ExitCode.OK;
    }
}
