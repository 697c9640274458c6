package se.rapportverk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import se.rapportverk.calc.AmountLine;
import se.rapportverk.calc.AmountStatement;
import se.rapportverk.calc.Calculation;
import se.rapportverk.calc.ExternLine;
import se.rapportverk.calc.InvesteringLine;
import se.rapportverk.calc.Investeringar;
import se.rapportverk.calc.MalSummary;
import se.rapportverk.calc.Shown;
import se.rapportverk.calc.VolymLine;
import se.rapportverk.document.Table.Align;
import se.rapportverk.document.Table.RowKind;
import se.rapportverk.format.SwedishFormat;
import se.rapportverk.format.SwedishMonths;
import se.rapportverk.workbook.AmountColumn;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Internkontroll;
import se.rapportverk.workbook.Investering;
import se.rapportverk.workbook.Mal;
import se.rapportverk.workbook.Manadsutfall;
import se.rapportverk.workbook.Schema;
import se.rapportverk.workbook.Text;
import se.rapportverk.workbook.Unit;
import se.rapportverk.workbook.Uppdrag;
import se.rapportverk.workbook.Workbook;

/**
 * The data of the delårsrapport template: the workbook's texts, and every table calculated and
 * formatted in the table unit (default mkr with one decimal).
 */
public final class DelarsrapportModel implements DocumentModel {

    /** The value columns the economic tables show, in order (Budget period feeds the summary only). */
    private static final List<AmountColumn> SHOWN = List.of(AmountColumn.BOKSLUT_FOREGAENDE_AR,
            AmountColumn.UTFALL_PERIOD_FOREGAENDE_AR, AmountColumn.UTFALL_PERIOD, AmountColumn.BUDGET,
            AmountColumn.PROGNOS);

    private final Workbook workbook;
    private final Calculation calc;
    private final PeriodLabels labels;
    private final AmountFormat amounts;
    private final LocalDate date;
    private final Map<String, FigureTable> tables = new LinkedHashMap<>();
    private final Map<String, FigureChart> charts = new LinkedHashMap<>();

    private DelarsrapportModel(Workbook workbook, Calculation calc, PeriodLabels labels, LocalDate date) {
        this.workbook = workbook;
        this.calc = calc;
        this.labels = labels;
        this.date = date;
        Unit tableUnit = workbook.rapport().tableUnit().orElse(Unit.MKR);
        int decimals = workbook.rapport().decimals().orElse(tableUnit.defaultDecimals());
        this.amounts = new AmountFormat(workbook.rapport().amountUnit(), tableUnit, decimals);
    }

    /**
     * Builds the model.
     *
     * @param workbook the workbook; its Rapport must have a Period
     * @param calc     the workbook's calculation
     * @param date     the document date
     */
    public static DelarsrapportModel build(Workbook workbook, Calculation calc, LocalDate date) {
        int month = workbook.rapport().period().orElseThrow(
                () -> new IllegalArgumentException("the delårsrapport needs Rapport!Period"));
        DelarsrapportModel model = new DelarsrapportModel(workbook, calc,
                new PeriodLabels(workbook.rapport().year(), month), date);
        model.buildTables();
        model.buildCharts();
        return model;
    }

    /** The document title: Titel, or {@code Delårsrapport augusti 2025}. */
    @Override
    public String title() {
        return DocumentKind.DELARSRAPPORT.titleIn(workbook)
                .orElse("Delårsrapport " + labels.monthName() + " " + labels.year());
    }

    /** Every calculated table by id, for the auditor's provenance list. */
    @Override
    public Map<String, FigureTable> tables() {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /** The template data. */
    @Override
    public Map<String, Object> toModel() {
        String subject = "Delårsrapport " + labels.periodText() + " " + labels.year() + " för "
                + workbook.rapport().namnd() + ", " + workbook.rapport().kommun();
        Map<String, Object> m = Models.base(workbook, se.rapportverk.workbook.DocumentType.DELARSRAPPORT, title(), subject, date, tables);
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("text", labels.periodText());
        period.put("kort", labels.shortPeriod());
        period.put("manad", labels.monthName());
        period.put("slut", labels.periodEndText());
        m.put("period", period);
        m.put("enhet", amounts.unit());
        Map<String, Object> diagram = new LinkedHashMap<>();
        charts.forEach((id, chart) -> diagram.put(id, chart.toModel()));
        m.put("diagram", diagram);
        ekonomi().ifPresent(e -> m.put("ekonomi", e));
        volymgrupper().ifPresent(g -> m.put("volymgrupper", g));
        workbook.mal().ifPresent(goals -> m.put("mal", mal(goals)));
        workbook.uppdrag().ifPresent(rows -> m.put("uppdrag", uppdrag(rows)));
        workbook.internkontroll().ifPresent(rows -> m.put("internkontroll", internkontroll(rows)));
        m.putAll(new DraftedAnalysis(calc, amounts, labels).toModel());
        return new FigureText(calc.textFigures(), amounts).applyAll(m);
    }

    // ------------------------------------------------------------------ tables

    private void buildTables() {
        calc.resultatrakning().ifPresent(s -> tables.put("resultatrakning",
                statementTable("Resultaträkning", s, "Intäkter / Kostnader (" + amounts.unit() + ")", false)));
        calc.driftsredovisning().ifPresent(s -> tables.put("driftsredovisning",
                statementTable("Driftsredovisning", s, "Verksamhet (" + amounts.unit() + ")", true)));
        calc.volymer().ifPresent(v -> volymGroups(v).forEach((id, lines) -> tables.put(id, volymTable(lines))));
        calc.investeringar().ifPresent(i -> tables.put("investeringar", investeringTable(i)));
        calc.externaUtforare().ifPresent(e -> tables.put("externaUtforare", externTable(e)));
        calc.malSummary().ifPresent(s -> tables.put("malsammanstallning", malTable(s)));
        DraftedAnalysis drafted = new DraftedAnalysis(calc, amounts, labels);
        drafted.prognosTable().ifPresent(t -> tables.put("prognosunderlag", t));
        drafted.trendTable().ifPresent(t -> tables.put("prognostrend", t));
        workbook.manadsutfall().flatMap(this::manadsutfallTable).ifPresent(t -> tables.put("manadsutfall", t));
    }

    /** The headers of the Månadsutfall table's columns after Månad: this year's Utfall, last year's, Budget. */
    private String utfallHeader() {
        return Schema.MANADSUTFALL.utfall.header() + " " + labels.year();
    }

    private String foregaendeHeader() {
        return Schema.MANADSUTFALL.utfall.header() + " " + (labels.year() - 1);
    }

    private String budgetHeader() {
        return Schema.MANADSUTFALL.budget.header() + " " + labels.year();
    }

    /**
     * The cumulative Utfall of the nämnd as a whole by month (Månadsutfall's rows without Verksamhet),
     * this year against last year and the Budget: one row per month from January to the period's last
     * month or the last month the sheet gives last year's outcome or the budget for, whichever is later;
     * each figure the exact sum of the months up to it. This year's Utfall ends with the period (a month
     * after it is not counted, as in check 6). A month missing within a column leaves that month and
     * the later ones not reported ({@code –}): their sum is not known. Empty when the sheet has no
     * Utfall of the nämnd within the period.
     */
    private Optional<FigureTable> manadsutfallTable(Manadsutfall sheet) {
        List<Manadsutfall.Month> namnd = sheet.namnd();
        int period = labels.month();
        if (namnd.stream().noneMatch(m -> m.month() <= period && m.utfall().reported())) {
            return Optional.empty();
        }
        record Column(String header, java.util.function.Function<Manadsutfall.Month, Figure> value, int last) {
        }
        List<Column> shown = new ArrayList<>();
        shown.add(new Column(utfallHeader(), Manadsutfall.Month::utfall, period));
        shown.add(new Column(foregaendeHeader(), Manadsutfall.Month::utfallForegaendeAr, 12));
        shown.add(new Column(budgetHeader(), Manadsutfall.Month::budget, 12));
        // A column without a single value of the nämnd draws nothing.
        shown.removeIf(c -> namnd.stream().noneMatch(m -> c.value().apply(m).reported()));
        int lastMonth = period;
        for (Manadsutfall.Month m : namnd) {
            for (Column c : shown.subList(1, shown.size())) {
                if (c.value().apply(m).reported()) {
                    lastMonth = Math.max(lastMonth, m.month());
                }
            }
        }
        Map<Integer, Manadsutfall.Month> byMonth = new LinkedHashMap<>();
        namnd.forEach(m -> byMonth.put(m.month(), m));
        List<FigureTable.Column> columns = new ArrayList<>();
        columns.add(new FigureTable.Column("Månad (" + amounts.unit() + ")", Align.LEFT, 2.2f));
        shown.forEach(c -> columns.add(new FigureTable.Column(c.header(), Align.RIGHT, 1.3f)));
        List<FigureTable.Row> rows = new ArrayList<>();
        List<List<Figure>> sums = new ArrayList<>();
        shown.forEach(c -> sums.add(new ArrayList<>()));
        boolean[] broken = new boolean[shown.size()];
        for (int month = 1; month <= lastMonth; month++) {
            Manadsutfall.Month m = byMonth.get(month);
            List<FigureTable.Entry> cells = new ArrayList<>();
            cells.add(new FigureTable.Label(SwedishMonths.name(month),
                    Optional.ofNullable(m).map(Manadsutfall.Month::monthCell)));
            for (int i = 0; i < shown.size(); i++) {
                Column c = shown.get(i);
                Figure f = m == null ? Figure.none() : c.value().apply(m);
                broken[i] |= month <= c.last() && !f.reported();
                sums.get(i).add(f);
                if (month > c.last() || broken[i]) {
                    cells.add(new FigureTable.Value(Figure.none(), SwedishFormat.NOT_REPORTED, month > c.last()
                            ? "efter perioden" : "en månad saknas i " + sheet.sheetName()));
                } else {
                    Figure cumulative = Figure.sum(sums.get(i));
                    cells.add(new FigureTable.Value(cumulative, amounts.format(cumulative),
                            "ackumulerat " + SwedishMonths.range(month) + " ur " + sheet.sheetName()));
                }
            }
            rows.add(new FigureTable.Row(RowKind.BODY, cells));
        }
        return Optional.of(new FigureTable("Ackumulerat utfall per månad", columns, rows));
    }

    /**
     * The charts, each from a table as printed: avvikelse per verksamhet (Driftsredovisning), budget
     * against prognos per post (Resultaträkning) and the goals per Bedömning.
     */
    private void buildCharts() {
        Optional.ofNullable(tables.get("driftsredovisning"))
                .flatMap(t -> FigureCharts.avvikelsePerVerksamhet(t, amounts.unit()))
                .ifPresent(c -> charts.put("avvikelsePerVerksamhet", c));
        Optional.ofNullable(tables.get("resultatrakning"))
                .flatMap(t -> FigureCharts.budgetMotPrognos(t, labels.header(AmountColumn.BUDGET),
                        labels.header(AmountColumn.PROGNOS), amounts.unit()))
                .ifPresent(c -> charts.put("budgetMotPrognos", c));
        Optional.ofNullable(tables.get("malsammanstallning")).flatMap(FigureCharts::malbedomningar)
                .ifPresent(c -> charts.put("malbedomning", c));
        Optional.ofNullable(tables.get("manadsutfall"))
                .flatMap(t -> FigureCharts.ackumuleratUtfall(t, utfallHeader(), foregaendeHeader(), budgetHeader(),
                        labels.year(), amounts.unit()))
                .ifPresent(c -> charts.put("ackumuleratUtfall", c));
    }

    private FigureTable.Value amount(Figure f, String how) {
        return new FigureTable.Value(f, amounts.format(f), how);
    }

    private FigureTable statementTable(String name, AmountStatement s, String firstHeader, boolean groupRows) {
        List<AmountColumn> shown = SHOWN.stream().filter(s.source()::has).toList();
        List<FigureTable.Column> columns = new ArrayList<>();
        columns.add(new FigureTable.Column(firstHeader, Align.LEFT, 3.4f));
        shown.forEach(c -> columns.add(new FigureTable.Column(labels.header(c), Align.RIGHT, 1.3f)));
        columns.add(new FigureTable.Column(labels.avvikelse(), Align.RIGHT, 1.5f));
        int avvikelse = shown.size() + 1;

        List<FigureTable.Row> rows = new ArrayList<>();
        List<FigureTable.Sum> sums = new ArrayList<>();
        List<Integer> body = new ArrayList<>();
        List<Integer> subtotals = new ArrayList<>();
        for (AmountStatement.Section section : s.sections()) {
            if (groupRows && !section.name().isEmpty()) {
                rows.add(new FigureTable.Row(RowKind.GROUP, List.of(FigureTable.Label.of(section.name()))));
            }
            List<Integer> own = new ArrayList<>();
            for (AmountLine l : section.lines()) {
                own.add(rows.size());
                rows.add(new FigureTable.Row(RowKind.BODY, statementCells(l, shown)));
            }
            if (section.subtotal().isPresent()) {
                int at = rows.size();
                rows.add(new FigureTable.Row(RowKind.SUBTOTAL, statementCells(section.subtotal().get(), shown)));
                for (int c = 1; c <= avvikelse; c++) {
                    sums.add(FigureTable.Sum.ofRows(at, c, own));
                }
                subtotals.add(at);
            }
            body.addAll(own);
        }
        int total = rows.size();
        rows.add(new FigureTable.Row(RowKind.TOTAL, statementCells(s.total(), shown)));
        for (int c = 1; c <= avvikelse; c++) {
            sums.add(FigureTable.Sum.ofRows(total, c, body));
            if (!subtotals.isEmpty()) {
                sums.add(FigureTable.Sum.ofRows(total, c, subtotals));
            }
        }
        int prognos = 1 + shown.indexOf(AmountColumn.PROGNOS);
        int budget = 1 + shown.indexOf(AmountColumn.BUDGET);
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).kind() != RowKind.GROUP) {
                sums.add(FigureTable.Sum.difference(r, avvikelse, prognos, budget));
            }
        }
        return new FigureTable(name, columns, rows, sums);
    }

    /** A line's cells: its label, each shown column, Avvikelse; a total as given when it agrees. */
    private List<FigureTable.Entry> statementCells(AmountLine line, List<AmountColumn> shown) {
        List<FigureTable.Entry> entries = new ArrayList<>();
        entries.add(new FigureTable.Label(line.label(), line.labelCell()));
        for (AmountColumn c : shown) {
            entries.add(shownAmount(line.shown(c), line.calculated() ? "summa" : "inläst", "summa",
                    line.given().getOrDefault(c, Figure.none())));
        }
        entries.add(shownAmount(line.shownAvvikelse(), "Prognos − Budget", "Prognos − Budget", line.givenAvvikelse()));
        return entries;
    }

    /**
     * How a given figure that is printed was obtained, naming both: {@code summa, som angiven} when
     * they are equal, else {@code angiven; summa -1 092,4 mkr stämmer inom avrundning}. The cells of
     * both stand in the provenance's list of cells.
     */
    private String givenHow(Shown figure, String calculation) {
        if (figure.given().orElseThrow().value().compareTo(figure.calculated().orZero()) == 0) {
            return calculation + ", som angiven";
        }
        return "angiven; " + calculation + " " + amounts.format(figure.calculated()) + SwedishFormat.NBSP + amounts.unit()
                + " stämmer inom avrundning";
    }

    /**
     * The volume lines by table: one table ({@code volymer}) without groups; with a Grupp column, one
     * per group in order of first appearance ({@code volymer}, {@code volymer-2} …).
     */
    private static Map<String, List<VolymLine>> volymGroups(List<VolymLine> lines) {
        Map<String, List<VolymLine>> byGroup = new LinkedHashMap<>();
        for (VolymLine l : lines) {
            byGroup.computeIfAbsent(l.volym().grupp().map(Text::value).orElse(""), g -> new ArrayList<>()).add(l);
        }
        Map<String, List<VolymLine>> tables = new LinkedHashMap<>();
        for (List<VolymLine> group : byGroup.values()) {
            tables.put(tables.isEmpty() ? "volymer" : "volymer-" + (tables.size() + 1), group);
        }
        return tables;
    }

    /** The volume tables of a Volymer sheet with groups: each table's id and its group as caption. */
    private Optional<List<Map<String, Object>>> volymgrupper() {
        return calc.volymer().filter(lines -> lines.stream().anyMatch(l -> l.volym().grupp().isPresent()))
                .map(lines -> {
                    List<Map<String, Object>> groups = new ArrayList<>();
                    volymGroups(lines).forEach((id, group) -> {
                        Map<String, Object> g = new LinkedHashMap<>();
                        g.put("tabell", id);
                        g.put("rubrik", group.get(0).volym().grupp().map(Text::value)
                                .orElse("Volymer i resursfördelningsmodellen"));
                        groups.add(g);
                    });
                    return groups;
                });
    }

    private FigureTable volymTable(List<VolymLine> lines) {
        List<FigureTable.Column> columns = List.of(
                new FigureTable.Column("Verksamhet", Align.LEFT, 2.6f),
                new FigureTable.Column("Volymenhet", Align.LEFT, 1.4f),
                new FigureTable.Column("Volym budget", Align.RIGHT, 1.2f),
                new FigureTable.Column("Volym prognos helår", Align.RIGHT, 1.2f),
                new FigureTable.Column("Avvikelse volym prognos mot budget", Align.RIGHT, 1.3f),
                new FigureTable.Column("Avvikelse utifrån volym (" + amounts.unit() + ")", Align.RIGHT, 1.3f),
                new FigureTable.Column("Avvikelse i driftsredovisningen (" + amounts.unit() + ")", Align.RIGHT, 1.4f));
        List<FigureTable.Row> rows = new ArrayList<>();
        for (VolymLine l : lines) {
            rows.add(new FigureTable.Row(RowKind.BODY, List.of(
                    new FigureTable.Label(l.volym().verksamhet().value(), Optional.of(l.volym().verksamhet().cell())),
                    new FigureTable.Label(l.volym().volymenhet().map(Text::value).orElse(""),
                            l.volym().volymenhet().map(Text::cell)),
                    volume(l.volym().volymBudget(), "inläst"),
                    volume(l.volym().volymPrognos(), "inläst"),
                    volume(l.avvikelseVolym(), "Volym prognos − Volym budget"),
                    amount(l.avvikelseUtifranVolym(), "−(Avvikelse volym × Kostnad per enhet)"),
                    amount(l.avvikelseDrift(), l.volym().avvikelseDrift().reported() ? "inläst"
                            : "Prognos − Budget i driftsredovisningen"))));
        }
        return new FigureTable("Uppföljning volymer", columns, rows);
    }

    private static FigureTable.Value volume(Figure f, String how) {
        return new FigureTable.Value(f, SwedishFormat.number(f.value(), Math.min(f.decimals(), 2)), how);
    }

    private FigureTable investeringTable(Investeringar inv) {
        boolean utfall = inv.lines().stream().anyMatch(l -> !l.utfallPeriod().sources().isEmpty());
        List<FigureTable.Column> columns = new ArrayList<>();
        columns.add(new FigureTable.Column(labels.header(Schema.INVESTERINGAR.projekt) + " (" + amounts.unit() + ")",
                Align.LEFT, 3f));
        columns.add(new FigureTable.Column(labels.header(Schema.INVESTERINGAR.budget), Align.RIGHT, 1.3f));
        if (utfall) {
            columns.add(new FigureTable.Column(labels.header(AmountColumn.UTFALL_PERIOD), Align.RIGHT, 1.3f));
        }
        columns.add(new FigureTable.Column(labels.header(AmountColumn.PROGNOS), Align.RIGHT, 1.3f));
        columns.add(new FigureTable.Column(labels.avvikelse(), Align.RIGHT, 1.5f));
        List<FigureTable.Row> rows = new ArrayList<>();
        for (InvesteringLine l : inv.lines()) {
            rows.add(new FigureTable.Row(RowKind.BODY, investeringCells(l, utfall, "inläst")));
        }
        int total = rows.size();
        rows.add(new FigureTable.Row(RowKind.TOTAL, investeringCells(inv.total(), utfall, "summa")));
        List<FigureTable.Sum> sums = new ArrayList<>();
        List<Integer> body = java.util.stream.IntStream.range(0, total).boxed().toList();
        int avvikelse = columns.size() - 1;
        for (int c = 1; c <= avvikelse; c++) {
            sums.add(FigureTable.Sum.ofRows(total, c, body));
        }
        for (int r = 0; r <= total; r++) {
            sums.add(FigureTable.Sum.difference(r, avvikelse, avvikelse - 1, 1));
        }
        return new FigureTable("Investeringsredovisning", columns, rows, sums);
    }

    private List<FigureTable.Entry> investeringCells(InvesteringLine l, boolean utfall, String how) {
        List<FigureTable.Entry> cells = new ArrayList<>();
        cells.add(new FigureTable.Label(l.projekt(), l.projektCell()));
        cells.add(shownAmount(l.shownBudget(), how, "summa", l.given().map(Investering::budget).orElse(Figure.none())));
        if (utfall) {
            cells.add(shownAmount(l.shownUtfallPeriod(), how, "summa",
                    l.given().map(Investering::utfallPeriod).orElse(Figure.none())));
        }
        cells.add(shownAmount(l.shownPrognos(), how, "summa", l.given().map(Investering::prognos).orElse(Figure.none())));
        cells.add(shownAmount(l.shownAvvikelse(), "Prognos − Budget", "Prognos − Budget", l.givenAvvikelse()));
        return cells;
    }

    /**
     * A printed figure: as given when it agrees with its calculation (saying both), else calculated.
     * It stands for the given figure's cells either way, so a finding about them is placed on it.
     */
    private FigureTable.Value shownAmount(Shown figure, String how, String calculation, Figure given) {
        return new FigureTable.Value(figure.figure(), amounts.format(figure.figure()),
                figure.fromGiven() ? givenHow(figure, calculation) : how, given.sources());
    }

    private FigureTable externTable(List<ExternLine> lines) {
        boolean budget = lines.stream().anyMatch(l -> l.andelBudget().reported());
        boolean antal = lines.stream().anyMatch(l -> l.row().antal().reported());
        List<FigureTable.Column> columns = new ArrayList<>();
        columns.add(new FigureTable.Column("Köp av verksamhet", Align.LEFT, 3f));
        columns.add(new FigureTable.Column(labels.header(Schema.EXTERNA_UTFORARE.andelUtfall), Align.RIGHT, 1.5f));
        if (budget) {
            columns.add(new FigureTable.Column(labels.header(Schema.EXTERNA_UTFORARE.andelBudget), Align.RIGHT, 1.5f));
        }
        if (antal) {
            columns.add(new FigureTable.Column(labels.header(Schema.EXTERNA_UTFORARE.antal), Align.RIGHT, 1.5f));
        }
        List<FigureTable.Row> rows = new ArrayList<>();
        for (ExternLine l : lines) {
            List<FigureTable.Entry> cells = new ArrayList<>();
            cells.add(new FigureTable.Label(l.row().verksamhet().value(), Optional.of(l.row().verksamhet().cell())));
            cells.add(new FigureTable.Value(l.andelUtfall(), SwedishFormat.percent(l.andelUtfall().value(), 1),
                    l.utfallCalculated() || !l.andelUtfall().reported() ? "Köp av verksamhet utfall / Nettokostnad utfall"
                            : "inläst andel", l.row().andelUtfall().sources()));
            if (budget) {
                cells.add(new FigureTable.Value(l.andelBudget(), SwedishFormat.percent(l.andelBudget().value(), 1),
                        l.budgetCalculated() || !l.andelBudget().reported() ? "Köp av verksamhet budget / Nettokostnad budget"
                                : "inläst andel", l.row().andelBudget().sources()));
            }
            if (antal) {
                cells.add(volume(l.row().antal(), "inläst"));
            }
            rows.add(new FigureTable.Row(RowKind.BODY, cells));
        }
        return new FigureTable("Väsentliga externa utförare", columns, rows);
    }

    private FigureTable malTable(MalSummary summary) {
        List<FigureTable.Column> columns = List.of(
                new FigureTable.Column("Bedömning", Align.LEFT, 2.5f),
                new FigureTable.Column("Kommunfullmäktiges mål", Align.RIGHT, 1.5f),
                new FigureTable.Column("Nämndens mål", Align.RIGHT, 1.5f),
                new FigureTable.Column("Totalt", Align.RIGHT, 1.2f));
        List<FigureTable.Row> rows = new ArrayList<>();
        for (Mal.Bedomning b : Mal.Bedomning.values()) {
            if (summary.total(b).value().signum() == 0) {
                continue;
            }
            rows.add(new FigureTable.Row(RowKind.BODY, List.of(FigureTable.Label.of(b.word()),
                    count(summary.count(Mal.Niva.KOMMUNFULLMAKTIGE, b)), count(summary.count(Mal.Niva.NAMND, b)),
                    count(summary.total(b)))));
        }
        rows.add(new FigureTable.Row(RowKind.TOTAL, List.of(FigureTable.Label.of("Totalt"),
                count(summary.total(Mal.Niva.KOMMUNFULLMAKTIGE)), count(summary.total(Mal.Niva.NAMND)),
                count(summary.total()))));
        return new FigureTable("Sammanställning av måluppfyllelsen", columns, rows);
    }

    private static FigureTable.Value count(Figure f) {
        return new FigureTable.Value(f, SwedishFormat.number(f.value(), 0), "antal mål");
    }

    // ------------------------------------------------------------------ the drafted summary of §6

    /**
     * The figures of the drafted summary paragraph of §6: net outcome of the period and its
     * avvikelse against the period budget, the post with the largest period avvikelse, the forecast
     * and its avvikelse, the post with the largest forecast avvikelse. Only when the workbook has a
     * Resultaträkning; the template uses the {@code ekonomi-sammanfattning} text instead when given.
     */
    private Optional<Map<String, Object>> ekonomi() {
        if (calc.resultatrakning().isEmpty()) {
            return Optional.empty();
        }
        AmountStatement rr = calc.resultatrakning().get();
        AmountLine total = rr.total();
        Map<String, Object> m = new LinkedHashMap<>();
        // The figures the tables print (a given total that agrees with the rows), so the text and the
        // Resultaträkning say the same.
        Figure utfall = total.shown(AmountColumn.UTFALL_PERIOD).figure();
        Figure prognos = total.shown(AmountColumn.PROGNOS).figure();
        if (!utfall.reported() || !prognos.reported()) {
            return Optional.empty();
        }
        m.put("utfall", amounts.format(utfall.withValue(utfall.value().abs())));
        m.put("nettokostnad", utfall.value().signum() <= 0);
        Figure avvikelsePeriod = total.shownAvvikelsePeriod();
        if (avvikelsePeriod.reported()) {
            m.put("avvikelsePeriod", deviation(avvikelsePeriod));
            rr.largestDeviation(AmountLine::shownAvvikelsePeriod)
                    .ifPresent(l -> m.put("storstaPeriod", post(l, l.shownAvvikelsePeriod())));
        }
        m.put("prognos", amounts.format(prognos.withValue(prognos.value().abs())));
        m.put("avvikelse", deviation(total.shownAvvikelse().figure()));
        rr.largestDeviation(l -> l.shownAvvikelse().figure())
                .ifPresent(l -> m.put("storstaPrognos", post(l, l.shownAvvikelse().figure())));
        return Optional.of(m);
    }

    private Map<String, Object> deviation(Figure f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("belopp", amounts.format(f));
        // Without its sign, for "ett underskott om 0,5 mkr": the word says the direction.
        m.put("storlek", amounts.format(f.withValue(f.value().abs())));
        m.put("negativ", f.value().signum() < 0);
        m.put("noll", amounts.from().convert(f.value(), amounts.to())
                .setScale(amounts.decimals(), java.math.RoundingMode.HALF_UP).signum() == 0);
        return m;
    }

    private Map<String, Object> post(AmountLine line, Figure deviation) {
        Map<String, Object> m = deviation(deviation);
        m.put("post", Models.midSentence(line.label()));
        return m;
    }

    // ------------------------------------------------------------------ goals, assignments, control

    private Map<String, Object> mal(List<Mal> goals) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kommunfullmaktige", goals.stream().filter(g -> g.niva() == Mal.Niva.KOMMUNFULLMAKTIGE).map(this::goal).toList());
        m.put("namnd", goals.stream().filter(g -> g.niva() == Mal.Niva.NAMND).map(this::goal).toList());
        return m;
    }

    private Map<String, Object> goal(Mal g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mal", g.mal().value());
        m.put("cells", SourceCells.ofTexts(g.mal(), g.beskrivning(), g.innebord(), g.text()));
        g.beskrivning().ifPresent(t -> m.put("beskrivning", t.value()));
        g.innebord().ifPresent(t -> m.put("innebord", t.value()));
        g.text().ifPresent(t -> m.put("text", t.value()));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("ord", g.bedomning().word());
        b.put("farg", Palette.colour(g.bedomning()));
        b.put("symbol", Palette.SYMBOL);
        m.put("bedomning", b);
        return m;
    }

    private static Map<String, Object> uppdrag(List<Uppdrag> rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("satsningar", rows.stream().filter(u -> u.typ() == Uppdrag.Typ.SATSNING).map(DelarsrapportModel::uppdragRow).toList());
        m.put("uppdrag", rows.stream().filter(u -> u.typ() == Uppdrag.Typ.UPPDRAG).map(DelarsrapportModel::uppdragRow).toList());
        return m;
    }

    private static Map<String, Object> uppdragRow(Uppdrag u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("namn", u.namn().value());
        m.put("cells", SourceCells.ofTexts(u.namn(), u.uppfoljning()));
        m.put("uppfoljning", u.uppfoljning().map(Text::value).orElse(""));
        return m;
    }

    private static List<Map<String, Object>> internkontroll(List<Internkontroll> rows) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Internkontroll k : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("risk", k.risk().value());
            m.put("cells", SourceCells.ofTexts(k.risk(), k.beskrivning(), k.kontroll(), k.kommentar()));
            k.beskrivning().ifPresent(t -> m.put("beskrivning", t.value()));
            m.put("kontroll", k.kontroll().map(Text::value).orElse(""));
            k.resultat().ifPresent(r -> {
                Map<String, Object> res = new LinkedHashMap<>();
                res.put("ord", r.printed());
                res.put("farg", Palette.colour(r));
                res.put("symbol", Palette.SYMBOL);
                m.put("resultat", res);
            });
            m.put("kommentar", k.kommentar().map(Text::value).orElse(""));
            out.add(m);
        }
        return out;
    }
}
