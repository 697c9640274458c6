package se.rapportverk.workbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sheet {@code Bilagor} ({@link Schema#BILAGOR}; docs/arbetsbok.md, "Bladet Bilagor"): one
 * appendix a row, in order, with its Rubrik, Text (Texter markup), Fil (a file that goes with it, named
 * relative to the workbook's folder) and Dokument (which documents it belongs to; empty for all).
 *
 * <p>Fil is checked as a name wherever the workbook comes from: a path within the folder, never an
 * absolute one, never {@code ..}, no character that a file name cannot have on Windows. When the
 * workbook is read from a file on disk, the file must also be there: a regular file inside the
 * workbook's folder (or a folder in it), also when a symbolic link is followed. It is never opened;
 * the documents show its name alone.
 */
final class BilagorReader {

    /** "Bilaga 2:", "Bilaga 2.", "Bilaga 2 –" typed before a heading: Rapportverk numbers the appendices. */
    private static final Pattern NUMBERED = Pattern.compile("(?iu)^bilaga\\s*\\d+\\s*[:.–—-]?\\s*(.*)$");

    /** Characters no file name may have (Windows' rule, so that a workbook reads alike everywhere). */
    private static final Pattern NOT_IN_A_NAME = Pattern.compile("[<>:\"|?*\\x00-\\x1F]");

    private final Diagnostics diagnostics;
    private final Optional<Path> folder;
    private final Schema.BilagorSheet spec = Schema.BILAGOR;

    private BilagorReader(Diagnostics diagnostics, Optional<Path> folder) {
        this.diagnostics = diagnostics;
        this.folder = folder;
    }

    /**
     * The appendices of the sheet, in order.
     *
     * @param folder the folder the workbook file is in, where the files of Fil must be; empty when the
     *               workbook did not come from a folder (an upload, a PDF's embedded copy), so that only
     *               their names are checked
     */
    static List<Bilaga> read(SheetReader sr, Diagnostics diagnostics, Optional<Path> folder) {
        BilagorReader reader = new BilagorReader(diagnostics, folder);
        List<Bilaga> bilagor = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            reader.row(row).ifPresent(bilagor::add);
        }
        return List.copyOf(bilagor);
    }

    private Optional<Bilaga> row(RowReader row) {
        Optional<Text> rubrik = row.text(spec.rubrik);
        Optional<Text> text = row.text(spec.text);
        Optional<Text> typed = row.text(spec.fil);
        Optional<Text> fil = typed.flatMap(this::fileName);
        boolean filOk = typed.isEmpty() || fil.isPresent();
        Optional<Set<DocumentType>> dokument = WorkbookReader.documents(row, spec.dokument, diagnostics);
        if (rubrik.isEmpty()) {
            diagnostics.error(row.ref(spec.rubrik), "rubriken saknas; varje bilaga behöver en rubrik (Rapportverk "
                    + "skriver \"Bilaga 1:\" framför den)");
            return Optional.empty();
        }
        Text heading = unnumbered(rubrik.get());
        if (!filOk) {
            return Optional.empty();
        }
        if (text.isEmpty() && fil.isEmpty()) {
            diagnostics.warning(heading.cell(), "bilagan \"" + heading.value() + "\" har varken Text eller Fil; "
                    + "den står med bara sin rubrik");
        }
        if (dokument.isEmpty()) {
            return Optional.empty();
        }
        List<CellRef> cells = new ArrayList<>();
        cells.add(heading.cell());
        text.ifPresent(t -> cells.add(t.cell()));
        fil.ifPresent(t -> cells.add(t.cell()));
        row.text(spec.dokument).ifPresent(t -> cells.add(t.cell()));
        return Optional.of(new Bilaga(heading, text, fil, dokument.get(), cells));
    }

    /** The heading without a "Bilaga 1:" typed before it, with a warning that Rapportverk numbers them. */
    private Text unnumbered(Text rubrik) {
        Matcher m = NUMBERED.matcher(rubrik.value());
        if (!m.matches() || m.group(1).isBlank()) {
            return rubrik;
        }
        diagnostics.warning(rubrik.cell(), "Rapportverk numrerar bilagorna själv; \"" + rubrik.value()
                + "\" visas som \"Bilaga N: " + m.group(1).strip() + "\". Skriv bara rubriken.");
        return new Text(m.group(1).strip(), rubrik.cell());
    }

    /**
     * The file's name alone, as the documents show it (a folder is nothing their readers should see),
     * once the cell names a file inside the workbook's folder; empty when it does not (reported at the
     * cell).
     */
    private Optional<Text> fileName(Text fil) {
        String value = fil.value().strip();
        String path = value.replace('\\', '/');
        String where = "lägg filen i mappen där arbetsboken ligger, eller i en mapp i den, och skriv namnet så "
                + "som det står där, till exempel Internkontrollplan 2025.pdf eller bilagor/Internkontrollplan "
                + "2025.pdf";
        if (path.contains("://") || path.regionMatches(true, 0, "www.", 0, 4)) {
            return refused(fil, "\"" + value + "\" är en webbadress, ingen fil; skriv adressen i Text, där den blir "
                    + "en länk, och lämna Fil tom");
        }
        if (path.startsWith("/") || path.matches("(?s)[A-Za-z]:.*")) {
            return refused(fil, "\"" + value + "\" pekar utanför arbetsbokens mapp (en sökväg från en enhet eller "
                    + "från roten); " + where);
        }
        List<String> parts = List.of(path.split("/+"));
        if (parts.contains("..")) {
            return refused(fil, "\"" + value + "\" pekar utanför arbetsbokens mapp (med ..); " + where);
        }
        if (path.endsWith("/") || parts.isEmpty() || parts.get(parts.size() - 1).isBlank()
                || parts.get(parts.size() - 1).equals(".")) {
            return refused(fil, "\"" + value + "\" är en mapp, inget filnamn; skriv filens namn, till exempel "
                    + "Internkontrollplan 2025.pdf");
        }
        Matcher bad = NOT_IN_A_NAME.matcher(path);
        if (bad.find()) {
            String c = bad.group();
            return refused(fil, "\"" + value + "\" är inget filnamn: tecknet " + (c.charAt(0) < 0x20
                    ? String.format(java.util.Locale.ROOT, "U+%04X", (int) c.charAt(0)) : c)
                    + " kan inte stå i ett filnamn");
        }
        String name = parts.get(parts.size() - 1).strip();
        if (folder.isPresent()) {
            Optional<String> missing = missing(folder.get(), path);
            if (missing.isPresent()) {
                return refused(fil, missing.get());
            }
        }
        return Optional.of(name.equals(value) ? fil : new Text(name, fil.cell()));
    }

    /** Why the file is not a regular file inside the folder; empty when it is. */
    private static Optional<String> missing(Path folder, String path) {
        String in = "mappen " + (folder.getFileName() == null ? folder.toString() : folder.getFileName().toString());
        Path file;
        try {
            file = folder.resolve(path).normalize();
        } catch (InvalidPathException e) {
            return Optional.of("\"" + path + "\" är inget filnamn som datorn kan använda");
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("filen \"" + path + "\" finns inte i " + in + ", där arbetsboken ligger. Lägg filen "
                    + "där eller rätta namnet; det ska stå som filen heter, med filändelsen (till exempel .pdf)");
        }
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(folder.toRealPath())) {
                return Optional.of("\"" + path + "\" är en länk till en fil utanför " + in + ", där arbetsboken "
                        + "ligger; lägg filen själv i mappen");
            }
            if (!Files.isRegularFile(real)) {
                return Optional.of("\"" + path + "\" är en mapp i " + in + ", ingen fil; skriv filens namn");
            }
        } catch (IOException | SecurityException e) {
            return Optional.of("filen \"" + path + "\" i " + in + " kan inte nås (den är en trasig länk eller "
                    + "behörighet saknas)");
        }
        return Optional.empty();
    }

    private Optional<Text> refused(Text fil, String message) {
        diagnostics.error(fil.cell(), message);
        return Optional.empty();
    }
}
