package se.rapportverk.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import se.rapportverk.generate.OutputFile;
import se.rapportverk.generate.SafeWriter;
import se.rapportverk.generate.WriteFailure;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.husstil.HusstilException;
import se.rapportverk.husstil.HusstilReader;

/**
 * {@code rapportverk husstil MAPP}: writes Rapportverk's own house style into a folder for a kommun
 * to make its own, or, when the folder already holds a house style, checks it.
 */
@Command(name = "husstil",
        synopsisHeading = "Användning: ",
        descriptionHeading = "%n",
        parameterListHeading = "%nArgument:%n",
        optionListHeading = "%nFlaggor:%n",
        description = {
                "Skriver Rapportverks egen husstil i mappen: husstil.ini (inställningarna, med förklaringar på "
                        + "svenska), logotyp.png (en platshållare) och typsnittet Liberation Sans med sin licens. "
                        + "Byt logotypen, ändra färger, typsnitt, marginaler, omslag och brevhuvud i husstil.ini, "
                        + "och gör dokumenten med generate --husstil MAPP.",
                "Har mappen redan en husstil skrivs ingenting; husstilen kontrolleras i stället, och varje fel "
                        + "visas med fil och rad.",
                "Slutstatus 0 när husstilen skrevs eller går att använda, 2 när den inte går att använda eller "
                        + "mappen har andra filer med samma namn."})
final class HusstilCommand implements Callable<Integer> {

    private final Console console;

    @Parameters(index = "0", paramLabel = "MAPP", description = "Mappen för husstilen (skapas om den saknas).")
    Path folder;

    @Mixin
    HelpOption help;

    HusstilCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            console.err().println("Fel i kommandot: " + folder + " är en fil, inte en mapp.");
            return ExitCode.USAGE;
        }
        if (Files.exists(folder.resolve(Husstil.SETTINGS))) {
            return check();
        }
        Map<String, byte[]> files = HusstilReader.standardFiles();
        List<OutputFile> out = new ArrayList<>();
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path target = folder.resolve(f.getKey());
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)
                        && !(Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                        && Arrays.equals(Files.readAllBytes(target), f.getValue()))) {
                    console.err().println(target + " finns redan och är en annan fil; husstilen skrivs inte över den. "
                            + "Välj en tom mapp. Ingen fil skrevs.");
                    return ExitCode.USAGE;
                }
                out.add(new OutputFile(f.getKey(), f.getValue()));
            }
            for (Path written : SafeWriter.writeAll(folder, out)) {
                console.out().println("Skrev " + written);
            }
        } catch (WriteFailure e) {
            console.err().println("Husstilen kunde inte skrivas till " + folder + ": " + e.getMessage()
                    + ". Inga filer ändrades.");
            Failures.debugDetails(e, console.err());
            return ExitCode.FAILURE;
        } catch (IOException e) {
            console.err().println("Husstilen kunde inte skrivas till " + folder + ": "
                    + WriteFailure.of(folder, e).getMessage() + ". Inga filer ändrades.");
            return ExitCode.FAILURE;
        }
        console.out().println();
        console.out().println("Nästa steg:");
        console.out().println("  1. Lägg kommunens logotyp (PNG) i mappen och ange den i " + Husstil.SETTINGS
                + " under [logotyp]; ändra färger, typsnitt och omslag där.");
        console.out().println("  2. rapportverk check arbetsbok.xlsx --husstil " + folder);
        console.out().println("  3. rapportverk generate arbetsbok.xlsx --husstil " + folder + " --out prov");
        return ExitCode.OK;
    }

    /** The folder has a house style: say whether it can be used. */
    private int check() {
        try {
            Husstil h = HusstilReader.read(folder);
            console.out().println(folder + " har redan en husstil; ingenting skrevs. Den går att använda: "
                    + h.fonts().wordName() + " (" + h.fonts().regular().file() + "), "
                    + h.logo().map(l -> "logotypen " + l.file() + " (" + l.widthPx() + " × " + l.heightPx()
                    + " punkter)").orElse("ingen logotyp") + ".");
            return ExitCode.OK;
        } catch (HusstilException e) {
            console.err().println("Husstilen kan inte användas: " + e.getMessage());
            return ExitCode.USAGE;
        }
    }
}
