package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the sheet {@code Bilder} ({@link Schema#BILDER}; docs/arbetsbok.md, "Bilder"): one picture a row, its Namn,
 * Alt-text (both required) and Bildtext, and the picture placed over the row (its top left corner in
 * the row), read from the sheet's drawing ({@link WorkbookImages}). Then checks that every
 * {@code [bild: Namn]} of the workbook's texts names a picture, and says which pictures no text shows.
 */
final class BilderReader {

    private static final String INSERT = "Infoga › Bilder › Placera över celler";

    private final WorkbookFile file;
    private final Diagnostics diagnostics;
    private final Schema.BilderSheet spec = Schema.BILDER;
    /** The keys of every name in the sheet, also of rows that could not be read (they are reported). */
    private final Set<String> names = new HashSet<>();

    /** A reader of the workbook's sheet Bilder, its pictures from the file's drawing parts. */
    BilderReader(WorkbookFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /** The pictures of the sheet, in order: each row with its name, its texts and the picture placed over it. */
    List<Bild> read(SheetReader sr) {
        Map<Integer, List<WorkbookImages.Placed>> byRow = new LinkedHashMap<>();
        for (WorkbookImages.Placed p : WorkbookImages.of(file, spec.name(), diagnostics)) {
            byRow.computeIfAbsent(p.row(), k -> new ArrayList<>()).add(p);
        }
        List<Bild> bilder = new ArrayList<>();
        Set<Integer> named = new HashSet<>();
        Set<String> seen = new HashSet<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> namn = row.text(spec.namn);
            if (namn.isEmpty()) {
                if (!row.isEmpty(spec.altText) || !row.isEmpty(spec.bildtext)) {
                    diagnostics.error(row.ref(spec.namn), "namnet saknas på raden; en text visar bilden med "
                            + "[bild: Namn]");
                }
                continue; // a picture on the row is said to be unused below
            }
            int index = row.number() - 1;
            named.add(index);
            names.add(Bild.key(namn.get().value()));
            bild(row, namn.get(), byRow.getOrDefault(index, List.of()), seen).ifPresent(bilder::add);
        }
        byRow.forEach((row, placed) -> {
            if (!named.contains(row)) {
                for (WorkbookImages.Placed p : placed) {
                    diagnostics.warning(sr.name(), "bilden \"" + p.name() + "\" " + (row < 0
                            ? "är inte fäst vid en cell" : "står på rad " + (row + 1) + ", som inte har något Namn")
                            + ", och används inte; flytta den så att dess övre vänstra hörn står på raden med dess "
                            + "namn");
                }
            }
        });
        return List.copyOf(bilder);
    }

    private Optional<Bild> bild(RowReader row, Text namn, List<WorkbookImages.Placed> placed, Set<String> seen) {
        String what = "bilden \"" + namn.value() + "\"";
        boolean ok = true;
        if (!seen.add(Bild.key(namn.value()))) {
            diagnostics.error(namn.cell(), "namnet \"" + namn.value() + "\" finns redan i bladet; varje bild behöver "
                    + "ett eget namn");
            ok = false;
        }
        Optional<Text> alt = row.text(spec.altText);
        if (alt.isEmpty()) {
            diagnostics.error(row.ref(spec.altText), what + " saknar alternativtext; skriv i Alt-text vad bilden visar, "
                    + "för den som inte ser den (en skärmläsare läser texten; PDF/UA och lagen om tillgänglighet "
                    + "kräver den)");
            ok = false;
        }
        if (placed.isEmpty()) {
            diagnostics.error(namn.cell(), "ingen bild är placerad på rad " + row.number() + "; infoga bilden ("
                    + INSERT + ") och dra den så att dess övre vänstra hörn står på raden. En bild som är "
                    + "placerad i en cell (Placera i cell) läses inte.");
            return Optional.empty();
        }
        if (placed.size() > 1) {
            diagnostics.error(namn.cell(), placed.size() + " bilder står på rad " + row.number() + " ("
                    + String.join(", ", placed.stream().map(p -> "\"" + p.name() + "\"").toList())
                    + "); en rad har en bild, så flytta de andra till egna rader");
            return Optional.empty();
        }
        WorkbookImages.Placed p = placed.get(0);
        if (p.bytes() == null) {
            diagnostics.error(namn.cell(), what + ": " + p.problem());
            return Optional.empty();
        }
        if (p.grouped()) {
            diagnostics.error(namn.cell(), what + " är grupperad med andra former; dela upp gruppen i Excel (Dela "
                    + "upp grupp) så att bilden står för sig");
            return Optional.empty();
        }
        WorkbookImages.Probe probe = WorkbookImages.probe(p.bytes());
        if (probe.problem() != null) {
            diagnostics.error(namn.cell(), what + ": " + probe.problem());
            return Optional.empty();
        }
        if (p.cropped()) {
            diagnostics.warning(namn.cell(), what + " är beskuren i Excel; dokumenten visar hela bilden. Beskär "
                    + "bildfilen själv och infoga den igen om bara en del ska synas.");
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Bild(namn, alt.get(), row.text(spec.bildtext), probe.format(), p.bytes(), probe.widthPx(),
                probe.heightPx(), p.widthPoints()));
    }

    /**
     * Checks the pictures the workbook's texts show: a line {@code [bild: Namn]} naming no picture of the
     * sheet Bilder is an error at its text's cell; a picture that no text shows gets a warning.
     */
    void checkReferences(Workbook workbook, Diagnostics diagnostics) {
        Map<String, Bild> byKey = new LinkedHashMap<>();
        workbook.bilder().orElse(List.of()).forEach(b -> byKey.putIfAbsent(Bild.key(b.namn().value()), b));
        Set<String> shown = new HashSet<>();
        for (WorkbookTexts.Entry e : WorkbookTexts.all(workbook)) {
            if (e.text().indexOf('[') < 0) {
                continue; // no line of it can be a reference (Bild.reference), so it need not be split
            }
            for (String line : e.text().split("\\r?\\n|\\r")) {
                Optional<String> name = Bild.reference(line);
                if (name.isEmpty() || e.cells().isEmpty()) {
                    continue;
                }
                String key = Bild.key(name.get());
                if (byKey.containsKey(key) || names.contains(key)) {
                    shown.add(key); // a picture whose row has errors is reported there
                    continue;
                }
                String known = byKey.isEmpty() ? "" : Names.closest(name.get(), byKey.values().stream()
                        .map(b -> b.namn().value()).toList()).map(s -> "; menar du \"" + s + "\"?").orElse("; bladet "
                        + "har " + String.join(", ", byKey.values().stream().map(b -> "\"" + b.namn().value() + "\"")
                        .toList()));
                diagnostics.error(e.cells().get(0), (name.get().isBlank() ? "[bild: ] saknar bildens namn"
                        : "bilden \"" + name.get() + "\" finns inte i bladet Bilder") + (workbook.bilder().isEmpty()
                        ? "; arbetsboken har inget blad Bilder. Lägg bilden i bladet Bilder (kolumnerna Namn, "
                        + "Alt-text och Bildtext) med samma namn" : known));
            }
        }
        byKey.forEach((key, b) -> {
            if (!shown.contains(key)) {
                diagnostics.warning(b.namn().cell(), "bilden \"" + b.namn().value() + "\" visas inte i någon text; "
                        + "skriv [bild: " + b.namn().value() + "] på en egen rad i texten där den ska stå");
            }
        });
    }
}
