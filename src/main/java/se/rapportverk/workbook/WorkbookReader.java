package se.rapportverk.workbook;

import static se.rapportverk.workbook.Sheets.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import se.rapportverk.format.SwedishMonths;

/**
 * Reads a standard workbook by contract v1. Reading never stops at the first problem: every
 * error and warning is collected with the cell it sits in, so one run lists them all. The file is
 * read into memory once and never opened for writing.
 *
 * <pre>{@code
 * ReadResult result = WorkbookReader.read(Path.of("arbetsbok.xlsx"));
 * result.diagnostics().issues().forEach(System.out::println);
 * }</pre>
 */
public final class WorkbookReader {

    private static final Set<String> STANDARD_INCOME = Set.of(
            "taxor och avgifter", "bidrag (intakter)", "ovriga intakter");
    private static final Set<String> STANDARD_COST = Set.of(
            "personalkostnader", "bidrag (kostnader)", "kop av verksamhet", "lokalhyror",
            "ovriga driftskostnader", "kapitaltjanstkostnader");
    private static final BigDecimal DEFAULT_ANNUAL_HOURS = BigDecimal.valueOf(1700);

    private final WorkbookFile file;
    private final Diagnostics diagnostics;
    private Unit amountUnit = Unit.TKR;

    private WorkbookReader(WorkbookFile file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    /**
     * Reads a workbook file.
     *
     * @param path the .xlsx file
     * @return the workbook (if it could be read at all) and every finding
     */
    public static ReadResult read(Path path) {
        Diagnostics diagnostics = new Diagnostics();
        String fileName = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(path)) {
                diagnostics.error(fileName, "är en mapp, inte en arbetsbok; ange sökvägen till en .xlsx-fil");
                return new ReadResult(Optional.empty(), diagnostics, new byte[0]);
            }
            long size = Files.size(path);
            if (size > Limits.FILE_BYTES) {
                diagnostics.error(fileName, "filen är " + Limits.size(size) + "; Rapportverk läser arbetsböcker på "
                        + "högst " + Limits.size(Limits.FILE_BYTES) + " (se gränserna i docs/arbetsbok.md)");
                return new ReadResult(Optional.empty(), diagnostics, new byte[0]);
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            diagnostics.error(path.toString(), "filen finns inte");
            return new ReadResult(Optional.empty(), diagnostics, new byte[0]);
        } catch (java.nio.file.AccessDeniedException e) {
            diagnostics.error(path.toString(), "filen kunde inte läsas: behörighet saknas");
            return new ReadResult(Optional.empty(), diagnostics, new byte[0]);
        } catch (IOException | RuntimeException e) {
            diagnostics.error(path.toString(), "filen kunde inte läsas från disken");
            return new ReadResult(Optional.empty(), diagnostics, new byte[0]);
        }
        return read(fileName, bytes, diagnostics);
    }

    /**
     * Reads a workbook from bytes already in memory.
     *
     * @param fileName the file name to use in messages
     * @param bytes    the .xlsx content
     */
    public static ReadResult read(String fileName, byte[] bytes) {
        return read(fileName, bytes, new Diagnostics());
    }

    private static ReadResult read(String fileName, byte[] bytes, Diagnostics diagnostics) {
        if (bytes.length > Limits.FILE_BYTES) {
            diagnostics.error(fileName, "filen är " + Limits.size(bytes.length) + "; Rapportverk läser arbetsböcker på "
                    + "högst " + Limits.size(Limits.FILE_BYTES) + " (se gränserna i docs/arbetsbok.md)");
            return new ReadResult(Optional.empty(), diagnostics, bytes);
        }
        try (WorkbookFile file = WorkbookFile.open(fileName, bytes, diagnostics)) {
            Optional<Workbook> workbook = new WorkbookReader(file, diagnostics).readWorkbook();
            return new ReadResult(workbook, diagnostics, bytes);
        } catch (WorkbookException e) {
            diagnostics.error(fileName, e.getMessage().startsWith(fileName + ": ")
                    ? e.getMessage().substring(fileName.length() + 2) : e.getMessage());
            return new ReadResult(Optional.empty(), diagnostics, bytes);
        }
    }

    private Optional<Workbook> readWorkbook() {
        if (!file.has(RAPPORT)) {
            diagnostics.error(file.fileName(), "arbetsboken saknar bladet \"Rapport\". Det behövs för alla dokument "
                    + "och har kolumnerna \"Fält\" och \"Värde\" med minst Kommun, Nämnd och År.");
            return Optional.empty();
        }
        Optional<SheetData> rapportSheet = file.sheet(RAPPORT);
        if (rapportSheet.isEmpty()) {
            return Optional.empty();
        }
        Optional<Rapport> rapport = readRapport(rapportSheet.get());
        if (rapport.isEmpty()) {
            return Optional.empty();
        }
        amountUnit = rapport.get().amountUnit();
        return Optional.of(new Workbook(file.fileName(), rapport.get(), readTexter(),
                optionalSheet(RESULTATRAKNING, Sheets.resultatrakningColumns(), this::readResultatrakning),
                optionalSheet(DRIFTSREDOVISNING, Sheets.driftsredovisningColumns(), this::readDriftsredovisning),
                optionalSheet(VOLYMER, List.of(VERKSAMHET, VOLYMENHET, VOLYM_BUDGET, VOLYM_PROGNOS,
                        KOSTNAD_PER_ENHET, AVVIKELSE_I_DRIFTSREDOVISNINGEN), this::readVolymer),
                optionalSheet(INVESTERINGAR, List.of(PROJEKT, INV_BUDGET, INV_UTFALL_PERIOD, INV_PROGNOS, AVVIKELSE),
                        this::readInvesteringar),
                optionalSheet(EXTERNA_UTFORARE, List.of(VERKSAMHET, KOP_UTFALL, NETTOKOSTNAD_UTFALL, KOP_BUDGET,
                        NETTOKOSTNAD_BUDGET, ANTAL_EXTERNA_UTFORARE), this::readExternaUtforare),
                optionalSheet(MAL, List.of(NIVA, MAL_COLUMN, INNEBORD, BEDOMNING, MAL_TEXT), this::readMal),
                optionalSheet(UPPDRAG, List.of(UPPDRAG_TYP, NAMN, UPPFOLJNING), this::readUppdrag),
                optionalSheet(INTERNKONTROLL, List.of(RISK, BESKRIVNING, KONTROLL, RESULTAT, KOMMENTAR),
                        this::readInternkontroll),
                optionalSheet(ATGARDER, Sheets.atgarderColumns(), this::readAtgarder),
                optionalSheet(BEMANNING, List.of(ENHET, INTAKTER_HELAR, OVRIGA_KOSTNADER_HELAR, KOSTNAD_PER_ARSARBETARE,
                        BEMANNING_COLUMN), this::readBemanning),
                optionalSheet(NYCKELTAL, List.of(NYCKELTAL_COLUMN, NT_ENHET, NT_PERIOD, NT_UTFALL, MALVARDE, RIKTNING,
                        MATTENHET), this::readNyckeltal),
                optionalSheet(FLERARSOVERSIKT, List.of(FA_OMRADE, FA_AR, NETTOKOSTNAD, NAMNDBIDRAG),
                        this::readFlerarsoversikt),
                optionalSheet(ARENDE, List.of(ARENDE_TYP, ARENDE_TEXT, ARENDE_TITEL), this::readArende),
                optionalSheet(ManadsutfallReader.SHEET, ManadsutfallReader.COLUMNS,
                        sr -> ManadsutfallReader.read(sr, rapport.get()))));
    }

    /**
     * Reads an optional sheet: absent stays absent; a sheet missing a required column is reported
     * and read as absent.
     */
    private <T> Optional<T> optionalSheet(String name, List<ColumnSpec> columns, Function<SheetReader, T> reader) {
        Optional<SheetData> sheet = file.sheet(name);
        if (sheet.isEmpty()) {
            return Optional.empty();
        }
        SheetReader sr = new SheetReader(sheet.get(), diagnostics, amountUnit);
        if (!sr.checkRequired(columns)) {
            return Optional.empty();
        }
        return Optional.of(reader.apply(sr));
    }

    // ---------------------------------------------------------------- Rapport

    private Optional<Rapport> readRapport(SheetData sheet) {
        SheetReader sr = new SheetReader(sheet, diagnostics, Unit.TKR);
        if (!sr.checkRequired(List.of(FALT, VARDE))) {
            return Optional.empty();
        }
        Map<RapportField, RowReader> rows = new EnumMap<>(RapportField.class);
        Map<RapportField, Text> texts = new EnumMap<>(RapportField.class);
        for (RowReader row : sr.rows()) {
            Optional<Text> name = row.text(FALT);
            if (name.isEmpty()) {
                if (!row.isEmpty(VARDE)) {
                    diagnostics.warning(row.ref(FALT), "fältets namn saknas; värdet i " + row.ref(VARDE).address()
                            + " läses inte");
                }
                continue;
            }
            Optional<RapportField> field = RapportField.find(name.get().value());
            if (field.isEmpty()) {
                diagnostics.warning(name.get().cell(), "okänt fält \"" + name.get().value() + "\""
                        + Names.closest(name.get().value(), RapportField.labels())
                                .map(s -> "; menar du \"" + s + "\"?").orElse(" och läses inte"));
                continue;
            }
            if (rows.containsKey(field.get())) {
                diagnostics.warning(name.get().cell(), "fältet \"" + field.get().label() + "\" finns redan på rad "
                        + rows.get(field.get()).number() + "; det första värdet används");
                continue;
            }
            rows.put(field.get(), row);
            row.text(VARDE).ifPresent(t -> texts.put(field.get(), t));
        }

        for (RapportField required : List.of(RapportField.KOMMUN, RapportField.NAMND, RapportField.AR)) {
            if (!texts.containsKey(required)) {
                diagnostics.error(sr.name(), "fältet \"" + required.label() + "\" saknas eller är tomt; "
                        + "det behövs för alla dokument");
            }
        }
        Integer year = texts.containsKey(RapportField.AR) ? parseYear(texts.get(RapportField.AR)) : null;
        Integer period = texts.containsKey(RapportField.PERIOD)
                ? parsePeriod(rows.get(RapportField.PERIOD), texts.get(RapportField.PERIOD), year) : null;
        Unit unit = unitField(texts.get(RapportField.BELOPPSENHET), Unit.TKR);
        Unit tableUnit = unitField(texts.get(RapportField.TABELLENHET), null);
        Integer decimals = texts.containsKey(RapportField.DECIMALER) ? parseDecimals(texts.get(RapportField.DECIMALER)) : null;
        LocalDate date = rows.containsKey(RapportField.DATUM) ? rows.get(RapportField.DATUM).date(VARDE).orElse(null) : null;
        Figure deficit = null;
        if (rows.containsKey(RapportField.UNDERSKOTT) && !rows.get(RapportField.UNDERSKOTT).isEmpty(VARDE)) {
            deficit = rows.get(RapportField.UNDERSKOTT).amount(VARDE, unit);
            if (deficit.reported() && deficit.value().signum() < 0) {
                diagnostics.warning(deficit.sources().first(), "Underskott anges som ett positivt belopp; "
                        + "beloppet räknas som " + deficit.value().negate().toPlainString());
                deficit = deficit.negate();
            }
        }
        Figure annualHours = Figure.constant(DEFAULT_ANNUAL_HOURS);
        if (rows.containsKey(RapportField.ARSARBETSTID) && !rows.get(RapportField.ARSARBETSTID).isEmpty(VARDE)) {
            Figure hours = rows.get(RapportField.ARSARBETSTID).number(VARDE);
            if (hours.reported() && hours.value().signum() > 0) {
                annualHours = hours;
            } else if (hours.reported()) {
                diagnostics.error(hours.sources().first(), "Årsarbetstid måste vara ett positivt antal timmar, "
                        + "till exempel 1700");
            }
        }
        if (year == null) {
            return Optional.empty();
        }
        return Optional.of(new Rapport(texts, year, period, unit, tableUnit, decimals, date,
                deficit != null && deficit.reported() ? deficit : null, annualHours));
    }

    private Integer parseYear(Text text) {
        String t = text.value().strip();
        if (t.matches("\\d{4}")) {
            int year = Integer.parseInt(t);
            if (year >= 1900 && year <= 2200) {
                return year;
            }
        }
        diagnostics.error(text.cell(), "\"" + t + "\" är inte ett årtal; skriv året med fyra siffror, till exempel 2025");
        return null;
    }

    private Integer parsePeriod(RowReader row, Text text, Integer year) {
        CellContent raw = row.raw(VARDE);
        if (raw instanceof CellContent.Number n && n.date() != null) {
            checkPeriodYear(text, n.date().getYear(), year);
            return n.date().getMonthValue();
        }
        String t = text.value().strip().toLowerCase(Locale.ROOT);
        Optional<Integer> month = Optional.empty();
        if (t.matches("\\d{1,2}")) {
            int m = Integer.parseInt(t);
            month = m >= 1 && m <= 12 ? Optional.of(m) : Optional.empty();
        } else if (t.matches("\\d{4}-\\d{1,2}")) {
            int m = Integer.parseInt(t.substring(5));
            if (m >= 1 && m <= 12) {
                checkPeriodYear(text, Integer.parseInt(t.substring(0, 4)), year);
                month = Optional.of(m);
            }
        } else {
            // "augusti", "aug", or a range such as "januari–augusti": the last month counts.
            String[] parts = t.split("[-–—]");
            month = SwedishMonths.parse(parts[parts.length - 1]);
        }
        if (month.isEmpty()) {
            diagnostics.error(text.cell(), "\"" + text.value().strip() + "\" är inte en period; skriv periodens sista "
                    + "månad, till exempel 8, aug, augusti eller " + (year == null ? 2025 : year) + "-08");
            return null;
        }
        return month.get();
    }

    private void checkPeriodYear(Text text, int periodYear, Integer year) {
        if (year != null && periodYear != year) {
            diagnostics.error(text.cell(), "perioden \"" + text.value().strip() + "\" hör till " + periodYear
                    + " men År är " + year);
        }
    }

    private Unit unitField(Text text, Unit fallback) {
        if (text == null) {
            return fallback;
        }
        Optional<Unit> unit = Unit.parse(text.value());
        if (unit.isEmpty()) {
            diagnostics.error(text.cell(), "\"" + text.value().strip() + "\" är ingen beloppsenhet; skriv kr, tkr eller mkr");
            return fallback;
        }
        return unit.get();
    }

    private Integer parseDecimals(Text text) {
        String t = text.value().strip();
        if (t.matches("[0-4]")) {
            return Integer.parseInt(t);
        }
        diagnostics.error(text.cell(), "\"" + t + "\" är inget antal decimaler; skriv 0, 1, 2, 3 eller 4");
        return null;
    }

    // ---------------------------------------------------------------- Texter

    private Map<String, TextSection> readTexter() {
        Map<String, TextSection> sections = new LinkedHashMap<>();
        Optional<SheetData> sheet = file.sheet(TEXTER);
        if (sheet.isEmpty()) {
            return sections;
        }
        SheetReader sr = new SheetReader(sheet.get(), diagnostics, amountUnit);
        if (!sr.checkRequired(List.of(AVSNITT, RUBRIK, TEXT))) {
            return sections;
        }
        Map<String, List<String>> texts = new LinkedHashMap<>();
        Map<String, List<CellRef>> cells = new LinkedHashMap<>();
        Map<String, String> headings = new LinkedHashMap<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> avsnitt = row.text(AVSNITT);
            Optional<Text> text = row.text(TEXT);
            if (avsnitt.isEmpty()) {
                diagnostics.warning(row.ref(AVSNITT), "avsnitt saknas; texten på raden läses inte");
                continue;
            }
            String key = Names.keyId(avsnitt.get().value());
            if (!TextKeys.ALL.contains(key)) {
                diagnostics.warning(avsnitt.get().cell(), "okänt avsnitt \"" + avsnitt.get().value() + "\""
                        + Names.closest(avsnitt.get().value(), TextKeys.ALL).map(s -> "; menar du \"" + s + "\"?")
                        .orElse("; det används inte i något dokument"));
                continue;
            }
            if (text.isEmpty()) {
                diagnostics.warning(row.ref(TEXT), "texten för avsnittet \"" + avsnitt.get().value() + "\" är tom");
                continue;
            }
            texts.computeIfAbsent(key, k -> new ArrayList<>()).add(text.get().value());
            cells.computeIfAbsent(key, k -> new ArrayList<>()).add(text.get().cell());
            row.text(RUBRIK).ifPresent(r -> headings.putIfAbsent(key, r.value()));
        }
        texts.forEach((key, parts) -> sections.put(key, new TextSection(key, headings.getOrDefault(key, ""),
                String.join("\n\n", parts), cells.get(key))));
        return sections;
    }

    // ---------------------------------------------------------------- Resultaträkning, Driftsredovisning

    private AmountSheet readResultatrakning(SheetReader sr) {
        List<AmountRow> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> post = row.text(POST);
            if (post.isEmpty()) {
                diagnostics.error(row.ref(POST), "raden har belopp men ingen Post; skriv postens namn");
                continue;
            }
            AmountRow.Kind kind = resultatKind(post.get(), row.text(TYP));
            if (kind == null) {
                continue;
            }
            rows.add(new AmountRow(post.get(), Optional.empty(), kind, amounts(row), row.amount(AVVIKELSE)));
        }
        return amountSheet(sr, rows);
    }

    private AmountRow.Kind resultatKind(Text post, Optional<Text> typ) {
        if (typ.isPresent()) {
            String t = Names.key(typ.get().value());
            switch (t) {
                case "intakt", "intakter" -> {
                    return AmountRow.Kind.INCOME;
                }
                case "kostnad", "kostnader" -> {
                    return AmountRow.Kind.COST;
                }
                case "summa" -> {
                    return AmountRow.Kind.GIVEN_TOTAL;
                }
                default -> {
                    diagnostics.error(typ.get().cell(), "\"" + typ.get().value() + "\" är ingen typ; skriv Intäkt, "
                            + "Kostnad eller Summa");
                    return null;
                }
            }
        }
        if (isGivenTotalLabel(post.value())) {
            return AmountRow.Kind.GIVEN_TOTAL;
        }
        String key = Names.normalise(post.value());
        if (STANDARD_INCOME.contains(key)) {
            return AmountRow.Kind.INCOME;
        }
        if (STANDARD_COST.contains(key)) {
            return AmountRow.Kind.COST;
        }
        diagnostics.error(post.cell(), "Typ saknas för posten \"" + post.value() + "\"; skriv Intäkt eller Kostnad "
                + "i kolumnen Typ (den kan bara lämnas tom för standardposterna)");
        return null;
    }

    /** Whether a row label marks a total typed in the sheet: {@code Summa …}, {@code Totalt}, {@code Netto…}. */
    static boolean isGivenTotalLabel(String label) {
        String key = Names.normalise(label);
        return key.startsWith("summa") || key.startsWith("totalt") || key.startsWith("netto");
    }

    private AmountSheet readDriftsredovisning(SheetReader sr) {
        List<AmountRow> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> verksamhet = row.text(VERKSAMHET);
            if (verksamhet.isEmpty()) {
                diagnostics.error(row.ref(VERKSAMHET), "raden har belopp men ingen Verksamhet; skriv verksamhetens namn");
                continue;
            }
            String key = Names.normalise(verksamhet.get().value());
            AmountRow.Kind kind = key.startsWith("summa") || key.startsWith("totalt")
                    ? AmountRow.Kind.GIVEN_TOTAL : AmountRow.Kind.NET;
            rows.add(new AmountRow(verksamhet.get(), row.text(OMRADE), kind, amounts(row), row.amount(AVVIKELSE)));
        }
        return amountSheet(sr, rows);
    }

    private static Map<AmountColumn, Figure> amounts(RowReader row) {
        Map<AmountColumn, Figure> values = new EnumMap<>(AmountColumn.class);
        for (AmountColumn column : AmountColumn.values()) {
            values.put(column, row.amount(column.spec()));
        }
        return values;
    }

    private static AmountSheet amountSheet(SheetReader sr, List<AmountRow> rows) {
        Set<AmountColumn> present = java.util.EnumSet.noneOf(AmountColumn.class);
        for (AmountColumn column : AmountColumn.values()) {
            if (sr.has(column.spec())) {
                present.add(column);
            }
        }
        return new AmountSheet(sr.name(), present, sr.has(AVVIKELSE), rows);
    }

    // ---------------------------------------------------------------- Volymer, Investeringar, Externa utförare

    private List<Volym> readVolymer(SheetReader sr) {
        List<Volym> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> verksamhet = row.text(VERKSAMHET);
            if (verksamhet.isEmpty()) {
                diagnostics.error(row.ref(VERKSAMHET), "raden har volymer men ingen Verksamhet");
                continue;
            }
            rows.add(new Volym(verksamhet.get(), row.text(VOLYMENHET), row.number(VOLYM_BUDGET),
                    row.number(VOLYM_PROGNOS), row.amount(KOSTNAD_PER_ENHET), row.amount(AVVIKELSE_I_DRIFTSREDOVISNINGEN)));
        }
        return rows;
    }

    private List<Investering> readInvesteringar(SheetReader sr) {
        List<Investering> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> projekt = row.text(PROJEKT);
            if (projekt.isEmpty()) {
                diagnostics.error(row.ref(PROJEKT), "raden har belopp men inget Projekt");
                continue;
            }
            rows.add(new Investering(projekt.get(), row.amount(INV_BUDGET), row.amount(INV_UTFALL_PERIOD),
                    row.amount(INV_PROGNOS), row.amount(AVVIKELSE), isGivenTotalLabel(projekt.get().value())));
        }
        return rows;
    }

    private List<ExternUtforare> readExternaUtforare(SheetReader sr) {
        List<ExternUtforare> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> verksamhet = row.text(VERKSAMHET);
            if (verksamhet.isEmpty()) {
                diagnostics.error(row.ref(VERKSAMHET), "raden har belopp men ingen Verksamhet");
                continue;
            }
            rows.add(new ExternUtforare(verksamhet.get(), row.amount(KOP_UTFALL), row.amount(NETTOKOSTNAD_UTFALL),
                    row.amount(KOP_BUDGET), row.amount(NETTOKOSTNAD_BUDGET), row.number(ANTAL_EXTERNA_UTFORARE)));
        }
        return rows;
    }

    // ---------------------------------------------------------------- Mål, Uppdrag, Internkontroll

    private List<Mal> readMal(SheetReader sr) {
        List<Mal> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> mal = row.text(MAL_COLUMN);
            if (mal.isEmpty()) {
                diagnostics.error(row.ref(MAL_COLUMN), "målet saknas på raden");
                continue;
            }
            Optional<Mal.Niva> niva = row.text(NIVA).flatMap(t -> {
                String k = Names.key(t.value());
                if (k.equals("kf") || k.equals("kommunfullmaktiges mal")) {
                    return Optional.of(Mal.Niva.KOMMUNFULLMAKTIGE);
                }
                if (k.equals("namnden") || k.equals("namndens mal")) {
                    return Optional.of(Mal.Niva.NAMND);
                }
                return Choice.find(Mal.Niva.class, t.value());
            });
            Optional<Mal.Bedomning> bedomning = choice(row, BEDOMNING, Mal.Bedomning.class, true);
            if (niva.isEmpty()) {
                diagnostics.error(row.ref(NIVA), row.text(NIVA).map(t -> "\"" + t.value() + "\" är ingen nivå; ")
                        .orElse("nivån saknas; ") + "skriv " + Choice.allowed(Mal.Niva.class));
                continue;
            }
            if (bedomning.isEmpty()) {
                continue;
            }
            rows.add(new Mal(niva.get(), mal.get(), row.text(INNEBORD), bedomning.get(), row.text(MAL_TEXT)));
        }
        return rows;
    }

    private List<Uppdrag> readUppdrag(SheetReader sr) {
        List<Uppdrag> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> namn = row.text(NAMN);
            Optional<Uppdrag.Typ> typ = choice(row, UPPDRAG_TYP, Uppdrag.Typ.class, true);
            if (namn.isEmpty()) {
                diagnostics.error(row.ref(NAMN), "namnet saknas på raden");
                continue;
            }
            typ.ifPresent(t -> rows.add(new Uppdrag(t, namn.get(), row.text(UPPFOLJNING))));
        }
        return rows;
    }

    private List<Internkontroll> readInternkontroll(SheetReader sr) {
        List<Internkontroll> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> risk = row.text(RISK);
            if (risk.isEmpty()) {
                diagnostics.error(row.ref(RISK), "risken saknas på raden");
                continue;
            }
            rows.add(new Internkontroll(risk.get(), row.text(BESKRIVNING), row.text(KONTROLL),
                    choice(row, RESULTAT, Internkontroll.Resultat.class, false), row.text(KOMMENTAR)));
        }
        return rows;
    }

    // ---------------------------------------------------------------- Åtgärder, Bemanning, Nyckeltal

    private List<Atgard> readAtgarder(SheetReader sr) {
        List<Atgard> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> namn = row.text(ATGARD);
            if (namn.isEmpty()) {
                diagnostics.error(row.ref(ATGARD), "åtgärdens namn saknas på raden");
                continue;
            }
            rows.add(new Atgard(row.text(NR), namn.get(), row.text(ATG_VERKSAMHET), row.text(ANSVARIG),
                    row.date(STARTDATUM), row.ref(STARTDATUM), row.amount(EFFEKT_HELAR),
                    row.amount(EFFEKT_INNEVARANDE_AR), row.text(EFFEKT_TEXT), row.number(ANTAL), row.number(TIMMAR_PER),
                    row.amount(TIMKOSTNAD), row.text(ATG_BESKRIVNING), items(row.text(MOJLIGHETER)),
                    items(row.text(RISKER)), row.text(EKONOMISK_EFFEKT), row.text(ATG_UPPFOLJNING),
                    choice(row, STATUS, Atgard.Status.class, false), row.amount(UTFALL_HITTILLS)));
        }
        return rows;
    }

    /** One item a line; a leading bullet ({@code - }, {@code • }) is dropped. */
    private static List<String> items(Optional<Text> text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String line : text.get().value().split("\\r?\\n|\\r")) {
            String item = line.strip();
            if (item.startsWith("- ") || item.startsWith("• ")) {
                item = item.substring(2).strip();
            }
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items;
    }

    private List<Bemanning> readBemanning(SheetReader sr) {
        List<Bemanning> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> enhet = row.text(ENHET);
            if (enhet.isEmpty()) {
                diagnostics.error(row.ref(ENHET), "enheten saknas på raden");
                continue;
            }
            Bemanning b = new Bemanning(enhet.get(), row.amount(INTAKTER_HELAR), row.amount(OVRIGA_KOSTNADER_HELAR),
                    row.amount(KOSTNAD_PER_ARSARBETARE), row.number(BEMANNING_COLUMN));
            for (Figure f : List.of(b.intakter(), b.ovrigaKostnader(), b.kostnadPerArsarbetare(), b.bemanning())) {
                if (f.reported() && f.value().signum() < 0) {
                    diagnostics.error(f.sources().first(), "beloppen i bladet Bemanning skrivs som positiva tal");
                }
            }
            if (b.kostnadPerArsarbetare().reported() && b.kostnadPerArsarbetare().value().signum() == 0) {
                diagnostics.error(b.kostnadPerArsarbetare().sources().first(),
                        "Kostnad per årsarbetare kan inte vara 0");
            }
            rows.add(b);
        }
        return rows;
    }

    private List<Nyckeltal> readNyckeltal(SheetReader sr) {
        List<Nyckeltal> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> namn = row.text(NYCKELTAL_COLUMN);
            if (namn.isEmpty()) {
                diagnostics.error(row.ref(NYCKELTAL_COLUMN), "nyckeltalets namn saknas på raden");
                continue;
            }
            Optional<java.time.YearMonth> period = yearMonth(row, NT_PERIOD);
            Figure malvarde = row.number(MALVARDE);
            Optional<Nyckeltal.Riktning> riktning = choice(row, RIKTNING, Nyckeltal.Riktning.class, false);
            if (malvarde.reported() && riktning.isEmpty() && row.isEmpty(RIKTNING)) {
                diagnostics.error(row.ref(RIKTNING), "Riktning saknas; när ett Målvärde finns behövs \"Högre är bättre\" "
                        + "eller \"Lägre är bättre\"");
                continue;
            }
            if (period.isEmpty()) {
                continue;
            }
            rows.add(new Nyckeltal(namn.get(), row.text(NT_ENHET), period.get(), row.ref(NT_PERIOD), row.number(NT_UTFALL),
                    malvarde, riktning, row.text(MATTENHET)));
        }
        return rows;
    }

    private Optional<java.time.YearMonth> yearMonth(RowReader row, ColumnSpec column) {
        CellContent raw = row.raw(column);
        if (raw instanceof CellContent.Number n && n.date() != null) {
            return Optional.of(java.time.YearMonth.from(n.date()));
        }
        Optional<Text> text = row.text(column);
        if (text.isEmpty()) {
            diagnostics.error(row.ref(column), column.header() + " saknas; skriv till exempel 2025-03");
            return Optional.empty();
        }
        String t = text.get().value().strip();
        try {
            if (t.matches("\\d{4}-\\d{1,2}")) {
                String[] p = t.split("-");
                return Optional.of(java.time.YearMonth.of(Integer.parseInt(p[0]), Integer.parseInt(p[1])));
            }
            if (t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(java.time.YearMonth.from(LocalDate.parse(t)));
            }
        } catch (RuntimeException e) {
            // falls through to the error below
        }
        diagnostics.error(text.get().cell(), "\"" + t + "\" är ingen period; skriv året och månaden, till exempel 2025-03");
        return Optional.empty();
    }

    // ---------------------------------------------------------------- Flerårsöversikt, Ärende

    private List<Flerarsrad> readFlerarsoversikt(SheetReader sr) {
        List<Flerarsrad> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> omrade = row.text(FA_OMRADE);
            Optional<Text> ar = row.text(FA_AR);
            if (omrade.isEmpty()) {
                diagnostics.error(row.ref(FA_OMRADE), "området saknas på raden");
                continue;
            }
            if (ar.isEmpty()) {
                diagnostics.error(row.ref(FA_AR), "året saknas på raden");
                continue;
            }
            Integer year = parseYear(ar.get());
            if (year == null) {
                continue;
            }
            rows.add(new Flerarsrad(omrade.get(), year, ar.get().cell(), row.amount(NETTOKOSTNAD), row.amount(NAMNDBIDRAG)));
        }
        return rows;
    }

    private List<Arende> readArende(SheetReader sr) {
        List<Arende> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Arende.Typ> typ = choice(row, ARENDE_TYP, Arende.Typ.class, true);
            Optional<Text> text = row.text(ARENDE_TEXT);
            if (text.isEmpty()) {
                diagnostics.error(row.ref(ARENDE_TEXT), "texten saknas på raden");
                continue;
            }
            typ.ifPresent(t -> rows.add(new Arende(t, text.get(), row.text(ARENDE_TITEL))));
        }
        return rows;
    }

    private <E extends Enum<E> & Choice> Optional<E> choice(RowReader row, ColumnSpec column, Class<E> type,
                                                             boolean required) {
        Optional<Text> text = row.text(column);
        if (text.isEmpty()) {
            if (required) {
                diagnostics.error(row.ref(column), column.header() + " saknas; skriv " + Choice.allowed(type));
            }
            return Optional.empty();
        }
        Optional<E> value = Choice.find(type, text.get().value());
        if (value.isEmpty()) {
            diagnostics.error(text.get().cell(), "\"" + text.get().value() + "\" går inte att använda som "
                    + column.header().toLowerCase(Locale.ROOT) + "; skriv " + Choice.allowed(type));
        }
        return value;
    }
}
