package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the sheet {@code Bilagor} ({@link Schema#BILAGOR}; docs/arbetsbok.md, "Bilagor"): one appendix a
 * row, in order, with its Rubrik, Text (Texter markup), Fil (a file name to list) and Dokument (which
 * documents it belongs to; empty for all).
 */
final class BilagorReader {

    /** "Bilaga 2:", "Bilaga 2.", "Bilaga 2 –" typed before a heading: Rapportverk numbers the appendices. */
    private static final Pattern NUMBERED = Pattern.compile("(?iu)^bilaga\\s*\\d+\\s*[:.–—-]?\\s*(.*)$");

    private final Diagnostics diagnostics;
    private final Schema.BilagorSheet spec = Schema.BILAGOR;

    private BilagorReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** The appendices of the sheet, in order. */
    static List<Bilaga> read(SheetReader sr, Diagnostics diagnostics) {
        BilagorReader reader = new BilagorReader(diagnostics);
        List<Bilaga> bilagor = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            reader.row(row).ifPresent(bilagor::add);
        }
        return List.copyOf(bilagor);
    }

    private Optional<Bilaga> row(RowReader row) {
        Optional<Text> rubrik = row.text(spec.rubrik);
        Optional<Text> text = row.text(spec.text);
        Optional<Text> fil = row.text(spec.fil).map(this::fileName);
        Optional<Set<DocumentType>> dokument = dokument(row.text(spec.dokument));
        if (rubrik.isEmpty()) {
            diagnostics.error(row.ref(spec.rubrik), "rubriken saknas; varje bilaga behöver en rubrik (Rapportverk "
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

    /**
     * The documents named, comma-separated, by their names or ids ({@code Åtgärdsplan} and
     * {@code Uppföljning av handlingsplan} are the handlingsplan); empty when none is given; absent
     * (reported) for a word that names no document.
     */
    private Optional<Set<DocumentType>> dokument(Optional<Text> text) {
        Set<DocumentType> set = EnumSet.noneOf(DocumentType.class);
        if (text.isEmpty()) {
            return Optional.of(set);
        }
        for (String part : text.get().value().split("[,;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String key = Names.key(part);
            Optional<DocumentType> d = DocumentType.find(part);
            if (d.isEmpty() && (key.equals("atgardsplan") || key.startsWith("uppfoljning av"))) {
                d = Optional.of(DocumentType.HANDLINGSPLAN);
            }
            if (d.isEmpty()) {
                diagnostics.error(text.get().cell(), "\"" + part.strip() + "\" är inget dokument; skriv "
                        + Names.joinOr(java.util.Arrays.stream(DocumentType.values()).map(t -> "\"" + t.title() + "\"")
                        .toList()) + " (flera med komma emellan), eller lämna cellen tom för alla dokument som "
                        + "arbetsboken gör");
                return Optional.empty();
            }
            set.add(d.get());
        }
        return Optional.of(set);
    }
}
