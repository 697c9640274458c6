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

    @Parameters(paramLabel = "ARBETSBOK", arity = "1..*",
            description = "Arbetsboken (.xlsx) med nämndens siffror och texter, eller flera arbetsböcker, eller en "
                    + "mapp med arbetsböcker. De öppnas bara för läsning.")
    List<Path> workbooks = new ArrayList<>();

    @Option(names = "--document", paramLabel = "DOKUMENT", split = ",",
            description = "Bara dessa dokument: delarsrapport, handlingsplan, tjansteskrivelse "
                    + "(kommaseparerade). Standard: alla som arbetsboken har uppgifter för.")
    List<String> documents = new ArrayList<>();

    @Option(names = {"--strict", "--strikt"},
            description = "Avvikelser mellan angivna och beräknade summor räknas som fel, inte varningar.")
    boolean strict;

    /**
     * The workbooks to read: each file as given, and the .xlsx files of each folder in name order
     * (Excel's lock files {@code ~$…} left out).
     *
     * @throws IllegalArgumentException when a folder holds no workbook; the message is Swedish
     */
    List<Path> files() throws IllegalArgumentException {
        List<Path> files = new ArrayList<>();
        for (Path p : workbooks) {
            if (java.nio.file.Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try (java.util.stream.Stream<Path> s = java.nio.file.Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx"))
                            .filter(f -> !f.getFileName().toString().startsWith("~$"))
                            .sorted().forEach(found::add);
                } catch (java.io.IOException e) {
                    found.add(p);
                }
                if (found.isEmpty()) {
                    throw new IllegalArgumentException("mappen " + p + " innehåller inga arbetsböcker (.xlsx)");
                }
                files.addAll(found);
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** The documents asked for, or an error message in Swedish. */
    Set<DocumentKind> kinds() throws IllegalArgumentException {
        return kinds(documents);
    }

    /** The documents named (ids or Swedish names), or an error message in Swedish. */
    static Set<DocumentKind> kinds(List<String> documents) throws IllegalArgumentException {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        List<String> ids = java.util.Arrays.stream(DocumentKind.values()).map(DocumentKind::id).toList();
        for (String name : documents) {
            kinds.add(DocumentKind.find(name).orElseThrow(() -> new IllegalArgumentException(
                    "okänt dokument \"" + name + "\"" + Messages.suggestion(name, ids)
                            .orElse("; välj " + String.join(", ", ids.subList(0, ids.size() - 1)) + " eller "
                                    + ids.get(ids.size() - 1)))));
        }
        return kinds;
    }

    /**
     * The documents and the workbooks, or the command-line error printed.
     *
     * @return {@code null} after printing the error
     */
    Selection select(Console console) {
        try {
            return new Selection(kinds(), files());
        } catch (IllegalArgumentException e) {
            console.err().println("Fel i kommandot: " + e.getMessage());
            return null;
        }
    }

    /** The documents asked for and the workbooks to read. */
    record Selection(Set<DocumentKind> kinds, List<Path> workbooks) {
    }
}
