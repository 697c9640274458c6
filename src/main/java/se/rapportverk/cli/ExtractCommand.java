package se.rapportverk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import se.rapportverk.archive.ArchiveLimits;
import se.rapportverk.archive.EmbeddedWorkbook;
import se.rapportverk.generate.Hashes;
import se.rapportverk.generate.OutputFile;
import se.rapportverk.generate.SafeWriter;
import se.rapportverk.generate.WriteFailure;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.husstil.HusstilException;
import se.rapportverk.husstil.HusstilReader;

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
                "Gjordes dokumentet med kommunens egen husstil skrivs den till mappen <pdf-namn>-husstil, med "
                        + "husstil.ini, logotyp och typsnitt, att ge verify med --husstil.",
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
        Husstil style = null;
        try {
            EmbeddedWorkbook.Contents contents = EmbeddedWorkbook.readAll(bytes);
            attachment = contents.workbook();
            if (!contents.husstil().isEmpty()) {
                style = HusstilReader.read("PDF:en", contents.husstil());
            }
        } catch (EmbeddedWorkbook.UnusablePdf e) {
            console.err().println(pdf + ": " + e.getMessage() + ". Ingen fil skrevs.");
            return ExitCode.WORKBOOK_ERRORS;
        } catch (HusstilException e) {
            console.err().println(pdf + ": husstilen som PDF:en bär går inte att använda: " + e.getMessage()
                    + ". Ingen fil skrevs.");
            return ExitCode.WORKBOOK_ERRORS;
        }
        String name = EmbeddedWorkbook.extractedName(pdf.getFileName().toString());
        Path target = folder.resolve(name);
        String styleName = name.substring(0, name.length() - "arbetsbok.xlsx".length()) + "husstil";
        Path styleFolder = folder.resolve(styleName);
        Map<String, byte[]> styleFiles = style == null ? Map.of() : HusstilReader.folderFiles(style);
        String sha = Hashes.sha256(attachment.bytes());
        try {
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                console.err().println(target + ": det finns redan en mapp med det namnet. Ingen fil skrevs.");
                return ExitCode.FAILURE;
            }
            if (style != null && Files.exists(styleFolder, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isDirectory(styleFolder, LinkOption.NOFOLLOW_LINKS)) {
                console.err().println(styleFolder + ": det finns redan en fil med det namnet. Ingen fil skrevs.");
                return ExitCode.FAILURE;
            }
            Map<Path, byte[]> planned = new LinkedHashMap<>();
            planned.put(target, attachment.bytes());
            styleFiles.forEach((n, b) -> planned.put(styleFolder.resolve(n), b));
            List<Path> same = new ArrayList<>();
            for (Map.Entry<Path, byte[]> p : planned.entrySet()) {
                Path file = p.getKey();
                if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.size(file) == p.getValue().length
                        && Arrays.equals(Files.readAllBytes(file), p.getValue())) {
                    same.add(file);
                } else if (!force) {
                    console.err().println(file + " finns redan och har ett annat innehåll. Ange --force för att skriva "
                            + "över den, eller välj en annan mapp. Ingen fil skrevs.");
                    return ExitCode.USAGE;
                }
            }
            if (same.size() == planned.size()) {
                console.out().println(target + " finns redan, med samma innehåll (SHA-256 " + sha + ").");
                if (style != null) {
                    console.out().println(styleFolder + " finns redan, med samma husstil.");
                }
                return ExitCode.OK;
            }
            if (style != null) {
                List<OutputFile> files = new ArrayList<>();
                styleFiles.forEach((n, b) -> files.add(new OutputFile(n, b)));
                SafeWriter.writeAll(styleFolder, files);
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
        if (style != null) {
            console.out().println("Skrev husstilen som dokumentet gjordes med till " + styleFolder + " ("
                    + String.join(", ", styleFiles.keySet()) + "). Ange den för verify: rapportverk verify " + target
                    + " ARKIVMAPP --husstil " + styleFolder);
        }
        return ExitCode.OK;
    }
}
