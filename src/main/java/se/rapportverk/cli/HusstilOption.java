package se.rapportverk.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

import se.rapportverk.husstil.Husstil;
import se.rapportverk.husstil.HusstilException;
import se.rapportverk.husstil.HusstilReader;

/** The {@code --husstil MAPP} option of {@code generate}, {@code check}, {@code verify} and {@code serve}. */
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
        return read(console.err()::println);
    }

    /**
     * The house style asked for, or {@code null} after handing the reason it cannot be used to
     * {@code error}.
     */
    Husstil read(java.util.function.Consumer<String> error) {
        if (folder == null) {
            return Husstil.standard();
        }
        try {
            return HusstilReader.read(folder);
        } catch (HusstilException e) {
            error.accept("Husstilen kan inte användas: " + e.getMessage());
            return null;
        }
    }
}
