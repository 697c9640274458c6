package se.rapportverk.e2e;

import java.nio.file.Path;
import java.util.List;

/** The committed example workbooks in {@code input-examples/}. */
final class Examples {

    static final Path FOLDER = Path.of("input-examples");

    static final Path DELARSRAPPORT = FOLDER.resolve("delarsrapport-augusti-2025.xlsx");
    static final Path AVVIKELSER = FOLDER.resolve("delarsrapport-med-avvikelser.xlsx");
    static final Path HANDLINGSPLAN = FOLDER.resolve("handlingsplan-personlig-assistans-2025.xlsx");
    static final Path UPPFOLJNING = FOLDER.resolve("uppfoljning-handlingsplan-2025.xlsx");
    static final Path ATGARDSPLAN = FOLDER.resolve("atgardsplan-2025.xlsx");
    static final Path TJANSTESKRIVELSE = FOLDER.resolve("tjansteskrivelse-handlingsplan-2025.xlsx");

    /** Every example, in a fixed order. */
    static final List<Path> ALL = List.of(DELARSRAPPORT, AVVIKELSER, HANDLINGSPLAN, UPPFOLJNING, ATGARDSPLAN,
            TJANSTESKRIVELSE);

    private Examples() {
    }

    /** The workbook's file name without {@code .xlsx}. */
    static String stem(Path workbook) {
        String name = workbook.getFileName().toString();
        return name.substring(0, name.length() - ".xlsx".length());
    }
}
