package se.rapportverk.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;

/**
 * An opened workbook: its sheets found by normalised name, each read on demand by streaming
 * ({@link SheetParser}) into a compact {@link SheetData}, with formulas resolved: the saved result
 * when there is a usable one, otherwise calculated ({@link FormulaFallback}). The workbook is read
 * from bytes already in memory, so the file itself is never opened for writing and never changed.
 * Sheets that no reader asks for (an instructions sheet) are never parsed.
 */
final class WorkbookFile implements AutoCloseable {

    private final String fileName;
    private final XlsxPackage pkg;
    private final WorkbookStructure structure;
    private final SharedStrings strings;
    private final CellStyles styles;
    private final Diagnostics diagnostics;
    private final FormulaFallback formulas;
    private final Map<String, WorkbookStructure.Entry> sheets = new LinkedHashMap<>();

    private WorkbookFile(String fileName, XlsxPackage pkg, WorkbookStructure structure, SharedStrings strings,
                         CellStyles styles, Diagnostics diagnostics, byte[] bytes) {
        this.fileName = fileName;
        this.pkg = pkg;
        this.structure = structure;
        this.strings = strings;
        this.styles = styles;
        this.diagnostics = diagnostics;
        long unpacked = Math.max(0, pkg.declaredSize(structure.sharedStrings() == null ? "" : structure.sharedStrings()));
        for (WorkbookStructure.Entry sheet : structure.sheets()) {
            if (sheet.part() != null) {
                unpacked += Math.max(0, pkg.declaredSize(sheet.part()));
            }
        }
        this.formulas = new FormulaFallback(bytes, unpacked);
        for (WorkbookStructure.Entry sheet : structure.sheets()) {
            String key = Names.normalise(sheet.name());
            if (sheet.removed() != null) {
                diagnostics.warning(sheet.name(), "bladets namn innehöll osynliga styrtecken (" + sheet.removed()
                        + ") som har tagits bort");
            }
            if (sheet.type() == null || (sheet.isWorksheet() && (sheet.part() == null || !pkg.has(sheet.part())))) {
                diagnostics.error(sheet.name(), "bladet finns i arbetsbokens lista men dess innehåll"
                        + (sheet.part() == null ? "" : " (" + sheet.part() + ")") + " saknas i filen; filen är skadad. "
                        + "Öppna arbetsboken i Excel och spara den igen.");
                continue;
            }
            if (sheets.containsKey(key)) {
                diagnostics.warning(sheet.name(), "bladet har samma namn som bladet \"" + sheets.get(key).name()
                        + "\" och läses inte; byt namn på ett av dem");
            } else {
                sheets.put(key, sheet);
            }
        }
    }

    /**
     * Opens a workbook from its bytes: the container, the workbook part, the styles and the shared
     * strings. Sheets are read later, when asked for.
     *
     * @param fileName the file's name, for messages
     * @param bytes    the file's content
     * @throws WorkbookException when the bytes are not an xlsx workbook or cannot be read at all
     */
    static WorkbookFile open(String fileName, byte[] bytes, Diagnostics diagnostics) throws WorkbookException {
        XlsxPackage pkg = XlsxPackage.open(fileName, bytes);
        try {
            WorkbookStructure structure = WorkbookStructure.read(fileName, pkg);
            CellStyles styles = CellStyles.none();
            if (structure.styles() != null && pkg.has(structure.styles())) {
                try {
                    styles = CellStyles.of(pkg.read(structure.styles(), Limits.PART_BYTES, CellStyles::read));
                } catch (XlsxPackage.PartException e) {
                    throw new WorkbookException(fileName + ": " + e.describe("formatmallarna ("
                            + structure.styles() + ")"));
                } catch (IOException | XMLStreamException | RuntimeException e) {
                    throw damaged(fileName, "formatmallarna (" + structure.styles() + ")");
                }
            }
            SharedStrings strings = SharedStrings.none();
            if (structure.sharedStrings() != null && pkg.has(structure.sharedStrings())) {
                try {
                    strings = pkg.read(structure.sharedStrings(), Limits.SHARED_STRINGS_BYTES, SharedStrings::read);
                } catch (XlsxPackage.PartException e) {
                    throw new WorkbookException(fileName + ": " + e.describe("tabellen med delade texter ("
                            + structure.sharedStrings() + ")"));
                } catch (IOException | XMLStreamException | RuntimeException e) {
                    throw damaged(fileName, "tabellen med delade texter (" + structure.sharedStrings() + ")");
                }
            }
            return new WorkbookFile(fileName, pkg, structure, strings, styles, diagnostics, bytes);
        } catch (WorkbookException | RuntimeException e) {
            pkg.close();
            if (e instanceof WorkbookException w) {
                throw w;
            }
            throw damaged(fileName, "arbetsboken");
        }
    }

    private static WorkbookException damaged(String fileName, String what) {
        return new WorkbookException(fileName + ": filen är skadad: " + what + " går inte att läsa. Öppna "
                + "arbetsboken i Excel och spara den igen.");
    }

    /** The file's name. */
    String fileName() {
        return fileName;
    }

    /**
     * The part of a worksheet (matched after normalising), to read what it holds beside its cells: its
     * pictures ({@link WorkbookImages}).
     */
    Optional<String> part(String name) {
        WorkbookStructure.Entry entry = sheets.get(Names.normalise(name));
        return entry == null || !entry.isWorksheet() ? Optional.empty() : Optional.ofNullable(entry.part());
    }

    /** A sheet's name as it stands in the workbook (matched after normalising). */
    Optional<String> sheetName(String name) {
        return Optional.ofNullable(sheets.get(Names.normalise(name))).map(WorkbookStructure.Entry::name);
    }

    /** The package the workbook is read from. */
    XlsxPackage pkg() {
        return pkg;
    }

    /** Whether the workbook has a sheet of that name (matched after normalising). */
    boolean has(String name) {
        return sheets.containsKey(Names.normalise(name));
    }

    /**
     * Reads a sheet by name, matched after normalising. Empty when the workbook has no such sheet,
     * or when the sheet cannot be read (a limit, damage): that is reported with the sheet's name.
     * A hidden sheet is read, with a warning. Each call reads the sheet anew: readers ask once.
     */
    Optional<SheetData> sheet(String name) {
        WorkbookStructure.Entry entry = sheets.get(Names.normalise(name));
        if (entry == null) {
            return Optional.empty();
        }
        if (!entry.isWorksheet()) {
            diagnostics.error(entry.name(), "bladet är inget vanligt kalkylblad (det är ett "
                    + (entry.type().equals("chartsheet") ? "diagramblad" : "makro- eller dialogblad")
                    + ") och kan inte läsas som en tabell");
            return Optional.empty();
        }
        if (entry.hidden()) {
            diagnostics.warning(entry.name(), "bladet är dolt men läses som alla andra blad; ta bort bladet eller "
                    + "byt namn på det om det inte ska med");
        }
        SheetParser.Parsed parsed;
        int found = diagnostics.size();
        try {
            parsed = pkg.read(entry.part(), Limits.PART_BYTES, r -> {
                diagnostics.truncate(found); // what a reading that gave up found is found again
                return SheetParser.parse(r, entry.name(), strings, styles, structure.date1904(), diagnostics);
            }).finish();
        } catch (SheetParser.SheetException e) {
            diagnostics.error(entry.name(), e.getMessage());
            return Optional.empty();
        } catch (IOException | XMLStreamException | RuntimeException e) {
            diagnostics.error(entry.name(), problem(e));
            return Optional.empty();
        }
        resolveFormulas(entry, parsed);
        if (!parsed.external().isEmpty()) {
            diagnostics.warning(entry.name(), (parsed.external().size() == 1 ? "cellen " : "cellerna ")
                    + CellRanges.describe(parsed.external(), entry.name()) + " hämtar sina värden från en annan "
                    + "arbetsbok; Rapportverk använder de värden som Excel sparade senast. Uppdatera länkarna i Excel "
                    + "och spara arbetsboken om värdena kan ha ändrats.");
        }
        return Optional.of(parsed.data());
    }

    private static String problem(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof XlsxPackage.PartException p) {
                return p.describe("bladet");
            }
            if (t instanceof SafeXml.DoctypeException) {
                return "bladet innehåller en dokumenttypsdeklaration (<!DOCTYPE>), som Excel aldrig skriver; bladet "
                        + "läses inte";
            }
            if (t instanceof XMLStreamException x && x.getNestedException() instanceof XlsxPackage.PartException p) {
                return p.describe("bladet");
            }
        }
        return "bladet är skadat och kan inte läsas; öppna arbetsboken i Excel och spara den igen";
    }

    private void resolveFormulas(WorkbookStructure.Entry entry, SheetParser.Parsed parsed) {
        List<SheetParser.Pending> pending = parsed.pending();
        if (pending.isEmpty()) {
            return;
        }
        Optional<String> unavailable = formulas.unavailable();
        if (unavailable.isPresent()) {
            // One reason for them all: one message for the sheet, naming the first cells.
            List<CellRef> cells = pending.stream().limit(3)
                    .map(p -> new CellRef(entry.name(), p.row(), p.column())).toList();
            diagnostics.error(entry.name(), (pending.size() == 1 ? "formeln i " : Limits.count(pending.size())
                    + " formler (till exempel i ") + String.join(", ", cells.stream().map(CellRef::address).toList())
                    + (pending.size() == 1 ? " " : ") ") + unavailable.get());
            for (SheetParser.Pending p : pending) {
                SheetData.Row row = parsed.data().row(p.row());
                if (row != null) {
                    row.set(p.column(), SheetData.EMPTY);
                }
            }
            return;
        }
        for (SheetParser.Pending p : pending) {
            CellContent content = switch (formulas.evaluate(entry.index(), p.row(), p.column(), p.formula())) {
                case FormulaFallback.Result.Num n -> SheetParser.number(n.value(), p.style(), styles,
                        structure.date1904());
                case FormulaFallback.Result.Text t -> {
                    CellText.Cleaned c = CellText.clean(t.value());
                    yield c.text().isBlank() ? SheetData.EMPTY : new CellContent.Str(c.text(), c.removed());
                }
                case FormulaFallback.Result.Bool b -> new CellContent.Bool(b.value());
                case FormulaFallback.Result.Blank b -> SheetData.EMPTY;
                case FormulaFallback.Result.Problem pr -> new CellContent.Failed(pr.formula(), pr.message());
            };
            SheetData.Row row = parsed.data().row(p.row());
            if (row != null) {
                row.set(p.column(), content);
            }
        }
    }

    @Override
    public void close() {
        formulas.close();
        pkg.close();
    }
}
