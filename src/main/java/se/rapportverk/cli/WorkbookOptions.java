package se.rapportverk.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import se.rapportverk.report.DocumentKind;

/** The options that {@code generate} and {@code check} share. */
final class WorkbookOptions {

    @Parameters(index = "0", paramLabel = "ARBETSBOK",
            description = "Arbetsboken (.xlsx) med nämndens siffror och texter. Den öppnas bara för läsning.")
    Path workbook;

    @Option(names = "--document", paramLabel = "DOKUMENT", split = ",",
            description = "Bara dessa dokument: delarsrapport, handlingsplan, tjansteskrivelse "
                    + "(kommaseparerade). Standard: alla som arbetsboken har uppgifter för.")
    List<String> documents = new ArrayList<>();

    @Option(names = {"--strict", "--strikt"},
            description = "Avvikelser mellan angivna och beräknade summor räknas som fel, inte varningar.")
    boolean strict;

    /** The documents asked for, or an error message in Swedish. */
    Set<DocumentKind> kinds() throws IllegalArgumentException {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        for (String name : documents) {
            kinds.add(DocumentKind.find(name).orElseThrow(() -> new IllegalArgumentException(
                    "okänt dokument \"" + name + "\"; välj delarsrapport, handlingsplan eller tjansteskrivelse")));
        }
        return kinds;
    }
}
