package se.rapportverk.workbook;

import static se.rapportverk.workbook.Schema.*;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import se.rapportverk.format.SwedishMonths;

/**
 * Reads a standard workbook by contract v1, as {@link Schema} declares it: each sheet is found by
 * its declared name, checked for its required columns, and its rows are read column by column by
 * the declared types, words and messages; what is left here is how each sheet's row becomes its
 * record. Reading never stops at the first problem: every error and warning is collected with the
 * cell it sits in, so one run lists them all, even when the Rapport sheet is unusable. A sheet that
 * has its header row but no filled-in row reads as absent (as in the blank workbook of
 * {@code rapportverk init}). The file is read into memory once and never opened for writing.
 *
 * <pre>{@code
 * ReadResult result = WorkbookReader.read(Path.of("arbetsbok.xlsx"));
 * result.diagnostics().issues().forEach(System.out::println);
 * }</pre>
 */
public final class WorkbookReader {

    private static final BigDecimal DEFAULT_ANNUAL_HOURS = BigDecimal.valueOf(1700);

    private final WorkbookFile file;
    private final Diagnostics diagnostics;
    private Unit amountUnit = Unit.TKR;
    private SheetReader.Context headerContext = SheetReader.Context.NONE;
    private final Set<SheetSpec> withRows = new java.util.HashSet<>();

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
        if (!file.has(RAPPORT.name())) {
            diagnostics.error(file.fileName(), "arbetsboken saknar bladet \"" + RAPPORT.name() + "\". Det behövs för "
                    + "alla dokument och har kolumnerna " + SheetSpec.quoted(RAPPORT.columns())
                    + " med minst " + Names.joinAnd(Arrays.stream(RapportField.values())
                    .filter(RapportField::requiredByAll).map(RapportField::label).toList()) + ".");
            return Optional.empty();
        }
        Optional<SheetData> rapportSheet = file.sheet(RAPPORT.name());
        if (rapportSheet.isEmpty()) {
            return Optional.empty();
        }
        Optional<Rapport> rapport = readRapport(rapportSheet.get());
        List<TextSection> texter = readTexter();
        Optional<AmountSheet> resultatrakning = sheet(RESULTATRAKNING, this::readResultatrakning);
        Optional<AmountSheet> driftsredovisning = sheet(DRIFTSREDOVISNING, this::readDriftsredovisning);
        Optional<Manadsutfall> manadsutfall = sheet(MANADSUTFALL, sr -> ManadsutfallReader.read(sr,
                rapport.map(Rapport::year), rapport.flatMap(Rapport::period)));
        Optional<List<Volym>> volymer = sheet(VOLYMER, this::readVolymer);
        Optional<List<Investering>> investeringar = sheet(INVESTERINGAR, this::readInvesteringar);
        Optional<List<ExternUtforare>> externaUtforare = sheet(EXTERNA_UTFORARE, this::readExternaUtforare);
        Optional<List<Mal>> mal = sheet(MAL, this::readMal);
        Optional<List<Uppdrag>> uppdrag = sheet(UPPDRAG, this::readUppdrag);
        Optional<List<Internkontroll>> internkontroll = sheet(INTERNKONTROLL, this::readInternkontroll);
        Optional<List<Atgard>> atgarder = sheet(ATGARDER, this::readAtgarder);
        Optional<List<Bemanning>> bemanning = sheet(BEMANNING, this::readBemanning);
        Optional<List<Nyckeltal>> nyckeltal = sheet(NYCKELTAL, this::readNyckeltal);
        Optional<List<Flerarsrad>> flerarsoversikt = sheet(FLERARSOVERSIKT, this::readFlerarsoversikt);
        Optional<List<Arende>> arende = sheet(ARENDE, this::readArende);
        if (rapport.isEmpty()) {
            // Every sheet has been read for its own findings; say too when nothing would make a document.
            boolean anyDocument = withRows.stream().anyMatch(s -> !s.makes().isEmpty()) || Arrays.stream(TextKey.values())
                    .anyMatch(k -> !k.makes().isEmpty() && texter.stream().anyMatch(t -> t.key().equals(k.id())));
            if (!anyDocument) {
                diagnostics.error(file.fileName(), Schema.noDocumentMessage());
            }
            return Optional.empty();
        }
        return Optional.of(new Workbook(file.fileName(), rapport.get(), texter, resultatrakning, driftsredovisning,
                volymer, investeringar, externaUtforare, mal, uppdrag, internkontroll, atgarder, bemanning, nyckeltal,
                flerarsoversikt, arende, manadsutfall));
    }

    /**
     * Reads a sheet of the contract other than Rapport and Texter: absent stays absent; a sheet
     * missing a required column is reported and read as absent; a sheet with no filled-in row reads
     * as absent too.
     */
    private <T> Optional<T> sheet(SheetSpec spec, Function<SheetReader, T> reader) {
        Optional<SheetData> sheet = file.sheet(spec.name());
        if (sheet.isEmpty()) {
            return Optional.empty();
        }
        SheetReader sr = new SheetReader(sheet.get(), spec, diagnostics, amountUnit, headerContext);
        if (!sr.checkRequired() || sr.rows().isEmpty()) {
            return Optional.empty();
        }
        withRows.add(spec);
        return Optional.of(reader.apply(sr));
    }

    // ---------------------------------------------------------------- Rapport

    private Optional<Rapport> readRapport(SheetData sheet) {
        SheetReader sr = new SheetReader(sheet, RAPPORT, diagnostics, Unit.TKR);
        ColumnSpec falt = RAPPORT.falt;
        ColumnSpec varde = RAPPORT.varde;
        if (!sr.checkRequired()) {
            return Optional.empty();
        }
        Map<RapportField, RowReader> rows = new EnumMap<>(RapportField.class);
        Map<RapportField, Text> texts = new EnumMap<>(RapportField.class);
        Map<DocumentType, Map<RapportField, Text>> perDocument = new EnumMap<>(DocumentType.class);
        for (RowReader row : sr.rows()) {
            Optional<Text> name = row.text(falt);
            if (name.isEmpty()) {
                if (!row.isEmpty(varde)) {
                    diagnostics.warning(row.ref(falt), "fältets namn saknas; värdet i " + row.ref(varde).address()
                            + " läses inte");
                }
                continue;
            }
            Optional<RapportField> field = RapportField.find(name.get().value());
            if (field.isEmpty()) {
                diagnostics.warning(name.get().cell(), "okänt fält \"" + name.get().value() + "\""
                        + Names.suggestion(name.get().value(), RapportField.labels())
                                .map(s -> "; menade du \"" + s + "\"? Fältet läses inte").orElse(" och läses inte; "
                                        + "fälten står i docs/arbetsbok.md och i den tomma arbetsboken från "
                                        + "rapportverk init"));
                continue;
            }
            Optional<Set<DocumentType>> documents = documents(row, RAPPORT.dokument);
            if (documents.isEmpty()) {
                continue;
            }
            if (!documents.get().isEmpty()) {
                if (!field.get().perDocument()) {
                    diagnostics.error(row.ref(RAPPORT.dokument), "fältet \"" + field.get().label() + "\" gäller alla "
                            + "dokument och kan inte begränsas till ett; lämna " + RAPPORT.dokument.header() + " tom");
                    continue;
                }
                Optional<Text> value = row.text(varde);
                for (DocumentType d : documents.get()) {
                    Map<RapportField, Text> own = perDocument.computeIfAbsent(d, k -> new EnumMap<>(RapportField.class));
                    if (own.containsKey(field.get())) {
                        diagnostics.warning(name.get().cell(), "fältet \"" + field.get().label() + "\" för "
                                + d.definite() + " finns redan i " + own.get(field.get()).cell().address()
                                + "; det första värdet används");
                    } else {
                        value.ifPresent(v -> own.put(field.get(), v));
                    }
                }
                continue;
            }
            if (rows.containsKey(field.get())) {
                diagnostics.warning(name.get().cell(), "fältet \"" + field.get().label() + "\" finns redan på rad "
                        + rows.get(field.get()).number() + "; det första värdet används");
                continue;
            }
            rows.put(field.get(), row);
            row.text(varde).ifPresent(t -> texts.put(field.get(), t));
        }

        for (RapportField required : RapportField.values()) {
            if (required.requiredByAll() && !texts.containsKey(required)) {
                if (rows.containsKey(required)) {
                    diagnostics.error(rows.get(required).ref(varde), "fältet \"" + required.label() + "\" är tomt; "
                            + "det behövs för alla dokument. " + required.help());
                } else {
                    diagnostics.error(sr.name(), "fältet \"" + required.label() + "\" saknas eller är tomt; "
                            + "det behövs för alla dokument");
                }
            }
        }
        Integer year = texts.containsKey(RapportField.AR)
                ? RowReader.year(texts.get(RapportField.AR), diagnostics).orElse(null) : null;
        Integer period = texts.containsKey(RapportField.PERIOD)
                ? parsePeriod(rows.get(RapportField.PERIOD), texts.get(RapportField.PERIOD), year) : null;
        Unit unit = unitField(texts.get(RapportField.BELOPPSENHET), Unit.TKR);
        amountUnit = unit;
        headerContext = new SheetReader.Context(new HeaderPattern.Context(year, period),
                texts.get(RapportField.BELOPPSENHET));
        Unit tableUnit = unitField(texts.get(RapportField.TABELLENHET), null);
        Integer decimals = texts.containsKey(RapportField.DECIMALER) ? parseDecimals(texts.get(RapportField.DECIMALER)) : null;
        Arende.Placering forslag = Arende.Placering.SIST;
        Text placering = texts.get(RapportField.FORSLAG_TILL_BESLUT);
        if (placering != null) {
            Optional<Arende.Placering> p = Choice.find(Arende.Placering.class, placering.value());
            if (p.isPresent()) {
                forslag = p.get();
            } else {
                diagnostics.error(placering.cell(), "\"" + placering.value() + "\" går inte att använda som "
                        + RapportField.FORSLAG_TILL_BESLUT.label().toLowerCase(Locale.ROOT) + "; skriv "
                        + Choice.allowed(Arende.Placering.class) + " (utan värde " + Arende.Placering.SIST.word() + ")");
            }
        }
        LocalDate date = rows.containsKey(RapportField.DATUM) ? rows.get(RapportField.DATUM).date(varde).orElse(null) : null;
        Figure deficit = null;
        if (rows.containsKey(RapportField.UNDERSKOTT) && !rows.get(RapportField.UNDERSKOTT).isEmpty(varde)) {
            deficit = rows.get(RapportField.UNDERSKOTT).amount(varde, unit);
            if (deficit.reported() && deficit.value().signum() < 0) {
                diagnostics.warning(deficit.sources().first(), RapportField.UNDERSKOTT.label() + " anges som ett "
                        + "positivt belopp; beloppet räknas som " + deficit.value().negate().toPlainString());
                deficit = deficit.negate();
            }
        }
        Figure annualHours = Figure.constant(DEFAULT_ANNUAL_HOURS);
        if (rows.containsKey(RapportField.ARSARBETSTID) && !rows.get(RapportField.ARSARBETSTID).isEmpty(varde)) {
            Figure hours = rows.get(RapportField.ARSARBETSTID).number(varde);
            if (hours.reported() && hours.value().signum() > 0) {
                annualHours = hours;
            } else if (hours.reported()) {
                diagnostics.error(hours.sources().first(), RapportField.ARSARBETSTID.label() + " måste vara ett "
                        + "positivt antal timmar, till exempel " + DEFAULT_ANNUAL_HOURS);
            }
        }
        if (year == null) {
            return Optional.empty();
        }
        return Optional.of(new Rapport(texts, perDocument, year, period, unit, tableUnit, decimals, date,
                deficit != null && deficit.reported() ? deficit : null, annualHours, forslag));
    }

    private Integer parsePeriod(RowReader row, Text text, Integer year) {
        CellContent raw = row.raw(RAPPORT.varde);
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

    /** The rows of one Texter section being read: same Avsnitt, same Dokument. */
    private static final class SectionRows {
        final String id;
        final Set<DocumentType> documents;
        final boolean own;
        final List<String> after;
        final List<String> texts = new ArrayList<>();
        final List<CellRef> cells = new ArrayList<>();
        String rubrik = "";

        SectionRows(String id, Set<DocumentType> documents, boolean own, List<String> after) {
            this.id = id;
            this.documents = documents;
            this.own = own;
            this.after = after;
        }

        TextSection section() {
            return new TextSection(id, rubrik, String.join("\n\n", texts), cells, documents, own, after);
        }
    }

    private List<TextSection> readTexter() {
        Optional<SheetData> sheet = file.sheet(TEXTER.name());
        if (sheet.isEmpty()) {
            return List.of();
        }
        SheetReader sr = new SheetReader(sheet.get(), TEXTER, diagnostics, amountUnit);
        if (!sr.checkRequired()) {
            return List.of();
        }
        Map<String, SectionRows> sections = new LinkedHashMap<>();
        List<String> keysAbove = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> avsnitt = row.text(TEXTER.avsnitt);
            Optional<Text> text = row.text(TEXTER.text);
            Optional<Text> rubrik = row.text(TEXTER.rubrik);
            if (avsnitt.isEmpty()) {
                if (text.isPresent()) {
                    diagnostics.warning(row.ref(TEXTER.avsnitt), "avsnitt saknas; texten på raden läses inte");
                }
                continue;
            }
            Optional<Set<DocumentType>> documents = documents(row, TEXTER.dokument);
            if (documents.isEmpty()) {
                continue;
            }
            Optional<TextKey> key = TextKey.find(avsnitt.get().value());
            if (key.isEmpty() && rubrik.isEmpty()) {
                diagnostics.warning(avsnitt.get().cell(), "okänt avsnitt \"" + avsnitt.get().value() + "\""
                        + Names.suggestion(avsnitt.get().value(), TextKey.ids())
                        .map(s -> "; menade du \"" + s + "\"? Texten används inte")
                        .orElse("; texten används inte. Avsnitten som dokumenten har är " + Names.joinAnd(TextKey.ids()))
                        + ". Ett eget avsnitt behöver en Rubrik i " + row.ref(TEXTER.rubrik).address());
                continue;
            }
            Set<DocumentType> forDocuments = documents.get();
            if (key.isPresent()) {
                keysAbove.add(key.get().id());
                Set<DocumentType> unused = EnumSet.noneOf(DocumentType.class);
                forDocuments.stream().filter(d -> !key.get().usedBy().contains(d)).forEach(unused::add);
                if (!unused.isEmpty()) {
                    diagnostics.warning(row.ref(TEXTER.dokument), "avsnittet \"" + key.get().id() + "\" finns inte i "
                            + Names.joinOr(unused.stream().map(DocumentType::definite).toList()) + "; det står i "
                            + Names.joinAnd(key.get().usedBy().stream().map(DocumentType::definite).toList()));
                    Set<DocumentType> kept = EnumSet.noneOf(DocumentType.class);
                    forDocuments.stream().filter(d -> key.get().usedBy().contains(d)).forEach(kept::add);
                    if (kept.isEmpty()) {
                        continue;
                    }
                    forDocuments = kept;
                }
            }
            if (text.isEmpty()) {
                // A listed section left empty (as in the blank workbook) is simply left out; a heading
                // without its text is likely a text forgotten, unless the key is a heading of its own.
                if (rubrik.isPresent() && !(key.isPresent() && key.get().headingOnly())) {
                    diagnostics.warning(row.ref(TEXTER.text), "texten för avsnittet \"" + avsnitt.get().value()
                            + "\" är tom");
                    continue;
                }
                if (rubrik.isEmpty()) {
                    continue;
                }
            }
            boolean own = key.isEmpty();
            String id = own ? Names.keyId(avsnitt.get().value()) : key.get().id();
            if (own) {
                Optional<String> near = Names.closest(avsnitt.get().value(), TextKey.ids());
                near.ifPresent(n -> diagnostics.warning(avsnitt.get().cell(), "okänt avsnitt \""
                        + avsnitt.get().value() + "\"; menade du \"" + n + "\"? Raden blir ett eget avsnitt med rubriken \""
                        + rubrik.get().value() + "\""));
            }
            Set<DocumentType> docs = forDocuments;
            SectionRows section = sections.computeIfAbsent(id + "|" + docs, k -> new SectionRows(id, docs, own,
                    List.copyOf(keysAbove)));
            text.ifPresent(t -> {
                section.texts.add(t.value());
                section.cells.add(t.cell());
            });
            if (text.isEmpty()) {
                section.cells.add(rubrik.get().cell());
            }
            if (section.rubrik.isEmpty()) {
                rubrik.ifPresent(r -> section.rubrik = r.value());
            }
        }
        return sections.values().stream().map(SectionRows::section).toList();
    }

    /**
     * The documents a row's Dokument names (empty: every document), or empty with an error naming
     * the cell when a name is not a document.
     */
    private Optional<Set<DocumentType>> documents(RowReader row, ColumnSpec column) {
        Optional<Text> text = row.text(column);
        Set<DocumentType> documents = EnumSet.noneOf(DocumentType.class);
        if (text.isEmpty()) {
            return Optional.of(documents);
        }
        for (String name : text.get().value().split("\\s*(?:[,;/\\n]|\\soch\\s)\\s*")) {
            if (name.isBlank()) {
                continue;
            }
            Optional<DocumentType> document = DocumentType.find(name);
            if (document.isEmpty()) {
                diagnostics.error(text.get().cell(), "\"" + name.strip() + "\" är inget dokument; skriv "
                        + Names.joinOr(Arrays.stream(DocumentType.values()).map(DocumentType::title).toList())
                        + ", flera med komma, eller lämna " + column.header() + " tom för alla dokument");
                return Optional.empty();
            }
            documents.add(document.get());
        }
        return Optional.of(documents);
    }

    // ---------------------------------------------------------------- Resultaträkning, Driftsredovisning

    private AmountSheet readResultatrakning(SheetReader sr) {
        ResultatrakningSheet spec = RESULTATRAKNING;
        List<AmountRow> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> post = row.key(spec.post);
            AmountRow.Kind kind = post.isEmpty() ? null : resultatKind(post.get(), row);
            if (kind == null) {
                rows.add(unreadableRow(row, spec.post, spec.avvikelse));
                continue;
            }
            rows.add(new AmountRow(post.get(), Optional.empty(), kind, amounts(row), row.amount(spec.avvikelse)));
        }
        return amountSheet(sr, spec.avvikelse, rows);
    }

    /** A row's kind: its Typ; without one a given total by its label, or a standard post's Typ. */
    private AmountRow.Kind resultatKind(Text post, RowReader row) {
        ResultatrakningSheet spec = RESULTATRAKNING;
        if (!row.isEmpty(spec.typ)) {
            Optional<AmountRow.Typ> typ = row.choice(spec.typ);
            return typ.map(AmountRow.Typ::kind).orElse(null);
        }
        if (spec.isGivenTotal(post.value())) {
            return AmountRow.Kind.GIVEN_TOTAL;
        }
        Optional<AmountRow.Typ> standard = spec.standardTyp(post.value());
        if (standard.isPresent()) {
            return standard.get().kind();
        }
        diagnostics.error(post.cell(), spec.typ.header() + " saknas för posten \"" + post.value() + "\"; skriv "
                + Names.joinOr(List.of(AmountRow.Typ.INTAKT.word(), AmountRow.Typ.KOSTNAD.word())) + " i kolumnen "
                + spec.typ.header() + " (den kan bara lämnas tom för standardposterna)");
        return null;
    }

    private AmountSheet readDriftsredovisning(SheetReader sr) {
        DriftsredovisningSheet spec = DRIFTSREDOVISNING;
        List<AmountRow> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> verksamhet = row.key(spec.verksamhet);
            if (verksamhet.isEmpty()) {
                rows.add(unreadableRow(row, spec.verksamhet, spec.avvikelse));
                continue;
            }
            AmountRow.Kind kind = spec.isGivenTotal(verksamhet.get().value())
                    ? AmountRow.Kind.GIVEN_TOTAL : AmountRow.Kind.NET;
            rows.add(new AmountRow(verksamhet.get(), row.text(spec.omrade), kind, amounts(row),
                    row.amount(spec.avvikelse)));
        }
        return amountSheet(sr, spec.avvikelse, rows);
    }

    /**
     * A row whose kind could not be read (its error is reported): kept, with its figures unreadable,
     * so that every total it could be part of is unreadable and no check warns about it too.
     */
    private static AmountRow unreadableRow(RowReader row, ColumnSpec label, ColumnSpec avvikelse) {
        Map<AmountColumn, Figure> values = new EnumMap<>(AmountColumn.class);
        amounts(row).forEach((c, f) -> values.put(c, f.asUnreadable()));
        return new AmountRow(new Text("rad " + row.number(), row.ref(label)), Optional.empty(), AmountRow.Kind.UNREADABLE,
                values, row.amount(avvikelse).asUnreadable());
    }

    private static Map<AmountColumn, Figure> amounts(RowReader row) {
        Map<AmountColumn, Figure> values = new EnumMap<>(AmountColumn.class);
        for (AmountColumn column : AmountColumn.values()) {
            values.put(column, row.amount(column.spec()));
        }
        return values;
    }

    private static AmountSheet amountSheet(SheetReader sr, ColumnSpec avvikelse, List<AmountRow> rows) {
        Set<AmountColumn> present = EnumSet.noneOf(AmountColumn.class);
        for (AmountColumn column : AmountColumn.values()) {
            if (sr.has(column.spec())) {
                present.add(column);
            }
        }
        return new AmountSheet(sr.name(), present, sr.has(avvikelse), rows);
    }

    // ---------------------------------------------------------------- Volymer, Investeringar, Externa utförare

    private List<Volym> readVolymer(SheetReader sr) {
        VolymerSheet spec = VOLYMER;
        List<Volym> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            row.key(spec.verksamhet).ifPresent(verksamhet -> rows.add(new Volym(verksamhet, row.text(spec.volymenhet),
                    row.number(spec.volymBudget), row.number(spec.volymPrognos), row.amount(spec.kostnadPerEnhet),
                    row.amount(spec.avvikelseIDrift), row.text(spec.grupp))));
        }
        return rows;
    }

    private List<Investering> readInvesteringar(SheetReader sr) {
        InvesteringarSheet spec = INVESTERINGAR;
        List<Investering> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> projekt = row.key(spec.projekt);
            if (projekt.isPresent()) {
                rows.add(new Investering(projekt.get(), row.amount(spec.budget), row.amount(spec.utfallPeriod),
                        row.amount(spec.prognos), row.amount(spec.avvikelse), spec.isGivenTotal(projekt.get().value())));
            } else {
                // Its error is reported; kept unreadable, so that the total says nothing more about it.
                rows.add(new Investering(new Text("rad " + row.number(), row.ref(spec.projekt)),
                        row.amount(spec.budget).asUnreadable(), row.amount(spec.utfallPeriod).asUnreadable(),
                        row.amount(spec.prognos).asUnreadable(), row.amount(spec.avvikelse).asUnreadable(), false));
            }
        }
        return rows;
    }

    private List<ExternUtforare> readExternaUtforare(SheetReader sr) {
        ExternaUtforareSheet spec = EXTERNA_UTFORARE;
        List<ExternUtforare> rows = new ArrayList<>();
        if (!(sr.has(spec.kopUtfall) && sr.has(spec.nettokostnadUtfall)) && !sr.has(spec.andelUtfall)) {
            diagnostics.error(sr.name(), "bladet behöver antingen kolumnerna \"" + spec.kopUtfall.header() + "\" och \""
                    + spec.nettokostnadUtfall.header() + "\" eller, när beloppen inte är kända, kolumnen \""
                    + spec.andelUtfall.header() + "\" med andelen i procent");
        }
        for (RowReader row : sr.rows()) {
            row.key(spec.verksamhet).ifPresent(verksamhet -> rows.add(new ExternUtforare(verksamhet,
                    row.amount(spec.kopUtfall), row.amount(spec.nettokostnadUtfall), row.amount(spec.kopBudget),
                    row.amount(spec.nettokostnadBudget), row.number(spec.antal), row.number(spec.andelUtfall),
                    row.number(spec.andelBudget))));
        }
        return rows;
    }

    // ---------------------------------------------------------------- Mål, Uppdrag, Internkontroll

    private List<Mal> readMal(SheetReader sr) {
        MalSheet spec = MAL;
        List<Mal> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> mal = row.key(spec.mal);
            if (mal.isEmpty()) {
                continue;
            }
            Optional<Mal.Niva> niva = row.choice(spec.niva);
            Optional<Mal.Bedomning> bedomning = row.choice(spec.bedomning);
            if (bedomning.isEmpty() && row.isEmpty(spec.bedomning)) {
                diagnostics.warning(row.ref(spec.bedomning), spec.bedomning.header() + " saknas för målet \""
                        + mal.get().value() + "\"; det visas som " + Mal.Bedomning.EJ_BEDOMT.word() + ". Skriv "
                        + Choice.allowed(Mal.Bedomning.class));
                bedomning = Optional.of(Mal.Bedomning.EJ_BEDOMT);
            }
            if (niva.isPresent() && bedomning.isPresent()) {
                rows.add(new Mal(niva.get(), mal.get(), row.text(spec.beskrivning), row.text(spec.innebord),
                        bedomning.get(), row.text(spec.text)));
            }
        }
        return rows;
    }

    private List<Uppdrag> readUppdrag(SheetReader sr) {
        UppdragSheet spec = UPPDRAG;
        List<Uppdrag> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Uppdrag.Typ> typ = row.choice(spec.typ);
            Optional<Text> namn = row.key(spec.namn);
            if (namn.isPresent() && typ.isPresent()) {
                rows.add(new Uppdrag(typ.get(), namn.get(), row.text(spec.uppfoljning)));
            }
        }
        return rows;
    }

    private List<Internkontroll> readInternkontroll(SheetReader sr) {
        InternkontrollSheet spec = INTERNKONTROLL;
        List<Internkontroll> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            row.key(spec.risk).ifPresent(risk -> rows.add(new Internkontroll(risk, row.text(spec.beskrivning),
                    row.text(spec.kontroll), row.choice(spec.resultat), row.text(spec.kommentar))));
        }
        return rows;
    }

    // ---------------------------------------------------------------- Åtgärder, Bemanning, Nyckeltal

    private List<Atgard> readAtgarder(SheetReader sr) {
        AtgarderSheet spec = ATGARDER;
        List<Atgard> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            row.key(spec.atgard).ifPresent(namn -> rows.add(new Atgard(row.text(spec.nr), namn, row.text(spec.verksamhet),
                    row.text(spec.ansvarig), row.date(spec.startdatum), row.ref(spec.startdatum),
                    row.amount(spec.effektHelar), row.amount(spec.effektInnevarandeAr), row.text(spec.effektText),
                    row.number(spec.antal), row.number(spec.timmarPer), row.amount(spec.timkostnad),
                    row.text(spec.beskrivning), row.items(spec.mojligheter), row.items(spec.risker),
                    row.text(spec.ekonomiskEffekt), row.text(spec.uppfoljning), row.choice(spec.status),
                    row.amount(spec.utfallHittills))));
        }
        return rows;
    }

    private List<Bemanning> readBemanning(SheetReader sr) {
        BemanningSheet spec = BEMANNING;
        List<Bemanning> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> enhet = row.key(spec.enhet);
            if (enhet.isEmpty()) {
                continue;
            }
            Bemanning b = new Bemanning(enhet.get(), row.amount(spec.intakterHelar), row.amount(spec.ovrigaKostnaderHelar),
                    row.amount(spec.kostnadPerArsarbetare), row.number(spec.bemanning));
            for (Figure f : List.of(b.intakter(), b.ovrigaKostnader(), b.kostnadPerArsarbetare(), b.bemanning())) {
                if (f.reported() && f.value().signum() < 0) {
                    diagnostics.error(f.sources().first(), "beloppen i bladet " + spec.name()
                            + " skrivs som positiva tal");
                }
            }
            if (b.kostnadPerArsarbetare().reported() && b.kostnadPerArsarbetare().value().signum() == 0) {
                diagnostics.error(b.kostnadPerArsarbetare().sources().first(),
                        spec.kostnadPerArsarbetare.header() + " kan inte vara 0");
            }
            rows.add(b);
        }
        return rows;
    }

    private List<Nyckeltal> readNyckeltal(SheetReader sr) {
        NyckeltalSheet spec = NYCKELTAL;
        List<Nyckeltal> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> namn = row.key(spec.nyckeltal);
            if (namn.isEmpty()) {
                continue;
            }
            Optional<YearMonth> period = row.yearMonth(spec.period);
            Figure malvarde = row.number(spec.malvarde);
            Optional<Nyckeltal.Riktning> riktning = row.choice(spec.riktning);
            if (malvarde.reported() && riktning.isEmpty() && row.isEmpty(spec.riktning)) {
                diagnostics.error(row.ref(spec.riktning), spec.riktning.header() + " saknas; när ett "
                        + spec.malvarde.header() + " finns behövs " + Choice.allowed(Nyckeltal.Riktning.class));
                continue;
            }
            if (period.isEmpty()) {
                continue;
            }
            rows.add(new Nyckeltal(namn.get(), row.text(spec.enhet), period.get(), row.ref(spec.period),
                    row.number(spec.utfall), malvarde, riktning, row.text(spec.mattenhet)));
        }
        return rows;
    }

    // ---------------------------------------------------------------- Flerårsöversikt, Ärende

    private List<Flerarsrad> readFlerarsoversikt(SheetReader sr) {
        FlerarsoversiktSheet spec = FLERARSOVERSIKT;
        List<Flerarsrad> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Text> omrade = row.key(spec.omrade);
            if (omrade.isEmpty()) {
                continue;
            }
            Optional<Integer> year = row.year(spec.ar);
            if (year.isPresent()) {
                rows.add(new Flerarsrad(omrade.get(), year.get(), row.ref(spec.ar), row.amount(spec.nettokostnad),
                        row.amount(spec.namndbidrag)));
            }
        }
        return rows;
    }

    private List<Arende> readArende(SheetReader sr) {
        ArendeSheet spec = ARENDE;
        List<Arende> rows = new ArrayList<>();
        for (RowReader row : sr.rows()) {
            Optional<Arende.Typ> typ = row.choice(spec.typ);
            Optional<Text> text = row.key(spec.text);
            if (text.isPresent() && typ.isPresent()) {
                rows.add(new Arende(typ.get(), text.get(), row.text(spec.titel)));
            }
        }
        return rows;
    }
}
