package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sheet {@code Bilagor} (docs/arbetsbok.md, "Bladet Bilagor"): one appendix a row, in order,
 * with its Rubrik (required), Text (Texter markup), Fil (a file name to list) and Dokument (which
 * documents it belongs to; empty for all).
 */
final class BilagorReader {

    static final String BILAGOR = "Bilagor";
    static final ColumnSpec RUBRIK = ColumnSpec.required("Rubrik");
    static final ColumnSpec TEXT = ColumnSpec.optional("Text");
    static final ColumnSpec FIL = ColumnSpec.optional("Fil");
    static final ColumnSpec DOKUMENT = ColumnSpec.optional("Dokument");

    /** The columns of the sheet, in the contract's order. */
    static List<ColumnSpec> columns() {
        return List.of(RUBRIK, TEXT, FIL, DOKUMENT);
    }

    /** "Bilaga 2:", "Bilaga 2.", "Bilaga 2 –" typed before a heading: Rapportverk numbers the appendices. */
    private static final Pattern NUMBERED = Pattern.compile("(?iu)^bilaga\\s*\\d+\\s*[:.–—-]?\\s*(.*)$");

    private final Diagnostics diagnostics;

    private BilagorReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The appendices, absent when the workbook has no sheet Bilagor (or it cannot be read). */
    static Optional<List<Bilaga>> read(WorkbookFile file, Diagnostics diagnostics, Unit amountUnit) {
        Optional<SheetData> sheet = file.sheet(BILAGOR);
        if (sheet.isEmpty()) {
            return Optional.empty();
        }
        SheetReader sr = new SheetReader(sheet.get(), diagnostics, amountUnit);
        if (!sr.checkRequired(columns())) {
            return Optional.empty();
        }
        BilagorReader reader = new BilagorReader(diagnostics);
        List<Bilaga> bilagor = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            reader.row(row).ifPresent(bilagor::add);
        }
        return Optional.of(List.copyOf(bilagor));
    }

    private Optional<Bilaga> row(RowReader row) {
        Optional<Text> rubrik = row.text(RUBRIK);
        Optional<Text> text = row.text(TEXT);
        Optional<Text> fil = row.text(FIL).map(this::fileName);
        Optional<Set<Bilaga.Dokument>> dokument = dokument(row.text(DOKUMENT));
        if (rubrik.isEmpty()) {
            diagnostics.error(row.ref(RUBRIK), "rubriken saknas; varje bilaga behöver en rubrik (Rapportverk "
                    + "skriver \"Bilaga 1:\" framför den)");
            return Optional.empty();
        }
        Text heading = unnumbered(rubrik.get());
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
        row.text(DOKUMENT).ifPresent(t -> cells.add(t.cell()));
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
     * The file's name alone: a document is published, and a folder on someone's computer
     * ({@code C:\Users\anna\Skrivbord\plan.pdf}) is nothing its readers should see.
     */
    private Text fileName(Text fil) {
        String value = fil.value();
        int cut = Math.max(value.lastIndexOf('/'), value.lastIndexOf('\\'));
        if (cut < 0) {
            return fil;
        }
        String name = value.substring(cut + 1).strip();
        if (name.isEmpty()) {
            diagnostics.error(fil.cell(), "\"" + value + "\" är en mapp, inget filnamn; skriv filens namn, till "
                    + "exempel Internkontrollplan 2025.pdf");
            return fil;
        }
        diagnostics.warning(fil.cell(), "Fil anger en mapp; dokumenten visar bara filnamnet \"" + name
                + "\" (mappen på en dator hör inte hemma i ett publicerat dokument)");
        return new Text(name, fil.cell());
    }

    /** The documents named, comma-separated; empty for none given; absent (reported) for an unknown word. */
    private Optional<Set<Bilaga.Dokument>> dokument(Optional<Text> text) {
        Set<Bilaga.Dokument> set = EnumSet.noneOf(Bilaga.Dokument.class);
        if (text.isEmpty()) {
            return Optional.of(set);
        }
        for (String part : text.get().value().split("[,;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String key = Names.key(part);
            Optional<Bilaga.Dokument> d = Choice.find(Bilaga.Dokument.class, part);
            if (d.isEmpty() && (key.equals("atgardsplan") || key.startsWith("uppfoljning av"))) {
                d = Optional.of(Bilaga.Dokument.HANDLINGSPLAN);
            }
            if (d.isEmpty()) {
                diagnostics.error(text.get().cell(), "\"" + part.strip() + "\" är inget dokument; skriv "
                        + Choice.allowed(Bilaga.Dokument.class) + " (flera med komma emellan), eller lämna cellen "
                        + "tom för alla dokument som arbetsboken gör");
                return Optional.empty();
            }
            set.add(d.get());
        }
        return Optional.of(set);
    }
}
