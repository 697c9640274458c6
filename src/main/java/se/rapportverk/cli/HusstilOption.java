package se.rapportverk.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import se.rapportverk.husstil.Husstil;
import se.rapportverk.husstil.HusstilException;
import se.rapportverk.husstil.HusstilReader;

/** The {@code --husstil MAPP} option of {@code generate}, {@code check} and {@code verify}. */
final class HusstilOption {

    @Option(names = "--husstil", paramLabel = "MAPP",
            description = "Kommunens husstil: en mapp med husstil.ini, logotyp och typsnitt (gör en med "
                    + "\"rapportverk husstil MAPP\"). Utan flaggan används Rapportverks egen.")
    Path folder;

    /**
     * The house style asked for (the standard one without the option), or {@code null} after
     * printing why it cannot be used.
     */
    Husstil read(Console console) {
        if (folder == null) {
            return Husstil.standard();
        }
        try {
            return HusstilReader.read(folder);
        } catch (HusstilException e) {
            console.err().println("Husstilen kan inte användas: " + e.getMessage());
            return null;
        }
    }
}
