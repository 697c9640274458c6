package se.rapportverk.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import se.rapportverk.calc.ActionLine;
import se.rapportverk.calc.BemanningLine;
import se.rapportverk.calc.Calculation;
import se.rapportverk.calc.Handlingsplan;
import se.rapportverk.calc.NyckeltalSeries;
import se.rapportverk.document.Table.Align;
import se.rapportverk.document.Table.RowKind;
import se.rapportverk.format.SwedishFormat;
import se.rapportverk.format.SwedishMonths;
import se.rapportverk.workbook.Atgard;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Nyckeltal;
import se.rapportverk.workbook.RapportField;
import se.rapportverk.workbook.Text;
import se.rapportverk.workbook.Unit;
import se.rapportverk.workbook.Workbook;

/**
 * The data of the handlingsplan template, which also makes the åtgärdsplan (actions grouped per
 * Verksamhet) and the follow-up of a plan (when actions carry Status or Utfall hittills).
 */
public final class HandlingsplanModel implements DocumentModel {

    /** The metadata block of reference 002, in its order. */
    private static final List<RapportField> METADATA = List.of(RapportField.ANSVAR, RapportField.TYP_AV_STYRDOKUMENT,
            RapportField.BESLUTANDE_INSTANS, RapportField.DATUM_FOR_BESLUT, RapportField.DIARIENUMMER,
            RapportField.GALLER_FOR, RapportField.GILTIGHETSTID, RapportField.REVIDERAS_SENAST,
            RapportField.DOKUMENTANSVARIG);

    private final Workbook workbook;
    private final Calculation calc;
    private final Handlingsplan plan;
    private final AmountFormat amounts;
    private final LocalDate date;
    private final Map<String, FigureTable> tables = new LinkedHashMap<>();
    private final Map<String, FigureChart> charts = new LinkedHashMap<>();

    private HandlingsplanModel(Workbook workbook, Calculation calc, LocalDate date) {
        this.workbook = workbook;
        this.calc = calc;
        this.plan = calc.handlingsplan().orElseThrow(
                () -> new IllegalArgumentException("the handlingsplan needs the Åtgärder sheet"));
        Unit tableUnit = workbook.rapport().tableUnit().orElse(Unit.KR);
        int decimals = workbook.rapport().decimals().orElse(tableUnit.defaultDecimals());
        this.amounts = new AmountFormat(workbook.rapport().amountUnit(), tableUnit, decimals);
        this.date = date;
    }

    /** Builds the model of a workbook with an Åtgärder sheet. */
    public static HandlingsplanModel build(Workbook workbook, Calculation calc, LocalDate date) {
        HandlingsplanModel model = new HandlingsplanModel(workbook, calc, date);
        model.buildTables();
        return model;
    }

    private boolean grouped() {
        return plan.lines().stream().anyMatch(l -> l.atgard().verksamhet().isPresent());
    }

    @Override
    public String title() {
        Optional<String> titel = DocumentKind.HANDLINGSPLAN.titleIn(workbook);
        if (titel.isPresent()) {
            return titel.get();
        }
        String base = grouped() ? "Åtgärdsplan" : "Handlingsplan";
        return plan.followUp() ? "Uppföljning av " + base.toLowerCase(Locale.ROOT) : base;
    }

    @Override
    public Map<String, FigureTable> tables() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    @Override
    public Map<String, Object> toModel() {
        String subject = title() + " " + workbook.rapport().year() + " för " + workbook.rapport().namnd() + ", "
                + workbook.rapport().kommun();
        Map<String, Object> m = Models.base(workbook, se.rapportverk.workbook.DocumentType.HANDLINGSPLAN, title(), subject, date, tables);
        // A title that names the nämnd ("Åtgärdsplan inom vård- och omsorgsnämnden 2025") is not
        // preceded by the nämnd again in the running head, nor followed by it on the cover.
        boolean namesNamnd = title().toLowerCase(Locale.ROOT)
                .contains(workbook.rapport().namnd().toLowerCase(Locale.ROOT).strip())
                && !workbook.rapport().namnd().isBlank();
        @SuppressWarnings("unchecked")
        Map<String, Object> doc = (Map<String, Object>) m.get("doc");
        if (namesNamnd) {
            doc.put("header", title());
        }
        doc.put("subtitle", namesNamnd ? "" : workbook.rapport().namnd());
        m.put("enhet", amounts.unit());
        m.put("uppfoljning", plan.followUp());
        List<Map<String, Object>> metadata = new ArrayList<>();
        for (RapportField f : METADATA) {
            workbook.rapport().field(f).ifPresent(t -> {
                Map<String, Object> field = new LinkedHashMap<>();
                field.put("etikett", f.label());
                field.put("varde", t.value());
                metadata.add(field);
            });
        }
        m.put("metadata", metadata);
        List<Map<String, Object>> actions = plan.lines().stream().map(this::action).toList();
        m.put("atgarder", actions);
        if (grouped()) {
            Map<String, List<Map<String, Object>>> groups = new LinkedHashMap<>();
            for (int i = 0; i < plan.lines().size(); i++) {
                String v = plan.lines().get(i).atgard().verksamhet().map(Text::value).orElse("Övriga åtgärder");
                groups.computeIfAbsent(v, k -> new ArrayList<>()).add(actions.get(i));
            }
            List<Map<String, Object>> verksamheter = new ArrayList<>();
            groups.forEach((name, list) -> {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("namn", name);
                g.put("atgarder", list);
                verksamheter.add(g);
            });
            m.put("verksamheter", verksamheter);
        }
        calc.nyckeltal().ifPresent(series -> m.put("nyckeltal", nyckeltal(series)));
        Map<String, Object> diagram = new LinkedHashMap<>();
        charts.forEach((id, chart) -> diagram.put(id, chart.toModel()));
        m.put("diagram", diagram);
        return new FigureText(calc.textFigures(), amounts).applyAll(m);
    }

    // ------------------------------------------------------------------ tables

    private void buildTables() {
        tables.put("sammanfattning", summaryTable());
        plan.underskott().ifPresent(u -> tables.put("tackning", coverageTable(u)));
        calc.bemanning().ifPresent(lines -> tables.put("bemanning", bemanningTable(lines)));
        calc.nyckeltal().ifPresent(series -> {
            int i = 0;
            for (List<NyckeltalSeries> group : byName(series).values()) {
                i++;
                tables.put("nyckeltal" + i, nyckeltalSummary(group));
                tables.put("nyckeltal" + i + "Perioder", nyckeltalTable(group));
                charts.put("nyckeltal" + i, FigureCharts.nyckeltal(group, decimals(group)));
            }
        });
    }

    private FigureTable.Value amount(Figure f, String how) {
        return new FigureTable.Value(f, amounts.format(f), how);
    }

    private FigureTable summaryTable() {
        List<FigureTable.Column> columns = new ArrayList<>(List.of(
                new FigureTable.Column("Namn på åtgärd", Align.LEFT, 3.2f),
                new FigureTable.Column("Startdatum", Align.LEFT, 1.3f),
                new FigureTable.Column("Ekonomisk effekt innevarande år (" + amounts.unit() + ")", Align.RIGHT, 1.6f),
                new FigureTable.Column("Ekonomisk effekt helår (" + amounts.unit() + ")", Align.RIGHT, 1.6f)));
        if (plan.followUp()) {
            columns.add(new FigureTable.Column("Status", Align.LEFT, 1.2f));
            columns.add(new FigureTable.Column("Utfall hittills (" + amounts.unit() + ")", Align.RIGHT, 1.5f));
            columns.add(new FigureTable.Column("Andel realiserad", Align.RIGHT, 1.2f));
        }
        List<FigureTable.Row> rows = new ArrayList<>();
        for (ActionLine l : plan.lines()) {
            Atgard a = l.atgard();
            List<FigureTable.Entry> cells = new ArrayList<>();
            cells.add(new FigureTable.Label(a.namn().value(), Optional.of(a.namn().cell())));
            cells.add(FigureTable.Label.of(a.startdatum().map(LocalDate::toString).orElse(SwedishFormat.NOT_REPORTED)));
            if (l.effektInnevarande().reported()) {
                cells.add(amount(l.effektInnevarande(), l.effektInnevarandeHow()));
            } else {
                cells.add(FigureTable.Label.of(a.effektText().map(Text::value).orElse(SwedishFormat.NOT_REPORTED)));
            }
            cells.add(l.effektHelar().reported() ? amount(l.effektHelar(), l.effektHelarHow())
                    : FigureTable.Label.of(l.effektInnevarande().reported() ? SwedishFormat.NOT_REPORTED
                    : a.effektText().isPresent() ? "" : SwedishFormat.NOT_REPORTED));
            if (plan.followUp()) {
                cells.add(FigureTable.Label.of(a.status().map(s -> s.word()).orElse(SwedishFormat.NOT_REPORTED)));
                cells.add(amount(a.utfallHittills(), "inläst"));
                cells.add(percent(l.realiseradAndel(), "Utfall hittills / Effekt innevarande år"));
            }
            rows.add(new FigureTable.Row(RowKind.BODY, cells));
        }
        List<FigureTable.Sum> sums = new ArrayList<>();
        List<Integer> all = java.util.stream.IntStream.range(0, rows.size()).boxed().toList();
        if (!plan.followUp()) {
            int total = rows.size();
            rows.add(new FigureTable.Row(RowKind.TOTAL, List.of(FigureTable.Label.of("Summa"), FigureTable.Label.of(""),
                    amount(plan.sumInnevarande(), "summa"), amount(plan.sumHelar(), "summa"))));
            sums.add(FigureTable.Sum.ofRows(total, 2, all));
            sums.add(FigureTable.Sum.ofRows(total, 3, all));
            return new FigureTable("Åtgärder och deras ekonomiska effekt", columns, rows, sums);
        }
        // A follow-up: the Summa row is of the actions with a planned amount for the year, so that
        // its realised share is its Utfall hittills of its planned effect; the others have a row of their own.
        List<Integer> planned = all.stream().filter(i -> plan.lines().get(i).effektInnevarande().reported()).toList();
        List<Integer> unplanned = all.stream().filter(i -> !planned.contains(i)).toList();
        Handlingsplan.Subset p = plan.planned();
        int total = rows.size();
        rows.add(new FigureTable.Row(RowKind.TOTAL, List.of(FigureTable.Label.of("Summa"), FigureTable.Label.of(""),
                amount(p.innevarande(), "summa"), amount(p.helar(), "summa, åtgärder med planerat belopp"),
                FigureTable.Label.of(""), amount(p.utfall(), "summa, åtgärder med planerat belopp"),
                percent(plan.realiseradAndel(), "Σ Utfall hittills / Σ Effekt innevarande år, åtgärder med planerat belopp"))));
        for (int c : List.of(2, 3, 5)) {
            sums.add(FigureTable.Sum.ofRows(total, c, planned));
        }
        Handlingsplan.Subset u = plan.unplanned();
        if (!unplanned.isEmpty() && u.hasAmounts()) {
            int other = rows.size();
            rows.add(new FigureTable.Row(RowKind.SUBTOTAL, List.of(FigureTable.Label.of(UTAN_PLANERAT_BELOPP),
                    FigureTable.Label.of(""), FigureTable.Label.of(""), amount(u.helar(), "summa, åtgärder utan planerat belopp"),
                    FigureTable.Label.of(""), amount(u.utfall(), "summa, åtgärder utan planerat belopp"),
                    FigureTable.Label.of(SwedishFormat.NOT_REPORTED))));
            sums.add(FigureTable.Sum.ofRows(other, 3, unplanned));
            sums.add(FigureTable.Sum.ofRows(other, 5, unplanned));
        }
        return new FigureTable("Åtgärder och deras ekonomiska effekt", columns, rows, sums);
    }

    /** The label of the follow-up's row for actions without a planned amount for the year. */
    static final String UTAN_PLANERAT_BELOPP = "Åtgärder utan planerat belopp";

    private static FigureTable.Value percent(Figure f, String how) {
        return new FigureTable.Value(f, SwedishFormat.percent(f.value(), 1), how);
    }

    /**
     * The deficit and how far the actions cover it: planned (Σ Effekt innevarande år) and, in a
     * follow-up, realised so far (Σ Utfall hittills of every action).
     */
    private FigureTable coverageTable(Figure underskott) {
        String unit = "(" + amounts.unit() + ")";
        List<FigureTable.Column> columns = new ArrayList<>(List.of(new FigureTable.Column("", Align.LEFT, 3f)));
        if (plan.followUp()) {
            columns.add(new FigureTable.Column("Planerat " + unit, Align.RIGHT, 1.5f));
            columns.add(new FigureTable.Column("Realiserat hittills " + unit, Align.RIGHT, 1.5f));
        } else {
            columns.add(new FigureTable.Column("Belopp " + unit, Align.RIGHT, 1.5f));
        }
        List<List<FigureTable.Entry>> cells = List.of(
                new ArrayList<>(List.of(FigureTable.Label.of("Underskott att täcka"), amount(underskott, plan.underskottHow()))),
                new ArrayList<>(List.of(FigureTable.Label.of("Åtgärdernas effekt innevarande år"),
                        amount(plan.sumInnevarande(), "Σ Effekt innevarande år"))),
                new ArrayList<>(List.of(FigureTable.Label.of("Täckningsgrad"),
                        percent(plan.tackningsgrad(), "Σ Effekt innevarande år / Underskott"))),
                new ArrayList<>(List.of(FigureTable.Label.of("Kvarstående underskott"),
                        amount(plan.kvarstaende(), "Underskott − Σ Effekt innevarande år"))));
        if (plan.followUp()) {
            cells.get(0).add(amount(underskott, plan.underskottHow()));
            cells.get(1).add(amount(plan.sumUtfall(), "Σ Utfall hittills"));
            cells.get(2).add(percent(plan.tackningsgradRealiserad(), "Σ Utfall hittills / Underskott"));
            cells.get(3).add(amount(plan.kvarstaendeRealiserat(), "Underskott − Σ Utfall hittills"));
        }
        List<RowKind> kinds = List.of(RowKind.BODY, RowKind.BODY, RowKind.SUBTOTAL, RowKind.TOTAL);
        List<FigureTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            rows.add(new FigureTable.Row(kinds.get(i), cells.get(i)));
        }
        List<FigureTable.Sum> sums = new ArrayList<>();
        for (int c = 1; c < columns.size(); c++) {
            sums.add(new FigureTable.Sum(new FigureTable.Place(3, c), List.of(
                    new FigureTable.Term(new FigureTable.Place(0, c), 1), new FigureTable.Term(new FigureTable.Place(1, c), -1))));
        }
        return new FigureTable("Täckning av underskottet", columns, rows, sums);
    }

    private FigureTable bemanningTable(List<BemanningLine> lines) {
        List<FigureTable.Column> columns = List.of(
                new FigureTable.Column("Enhet", Align.LEFT, 2.4f),
                new FigureTable.Column("Bemanningsutrymme (åa)", Align.RIGHT, 2.1f),
                new FigureTable.Column("Bemanning (åa)", Align.RIGHT, 1.5f),
                new FigureTable.Column("Differens (åa)", Align.RIGHT, 1.3f),
                new FigureTable.Column("Förväntat resultat tolv månader (" + amounts.unit() + ")", Align.RIGHT, 1.9f),
                new FigureTable.Column("Budget i timmar", Align.RIGHT, 1.4f));
        List<FigureTable.Row> rows = new ArrayList<>();
        for (BemanningLine l : lines) {
            boolean total = l.source() == null;
            rows.add(new FigureTable.Row(total ? RowKind.TOTAL : RowKind.BODY, List.of(
                    total ? FigureTable.Label.of(l.enhet())
                            : new FigureTable.Label(l.enhet(), Optional.of(l.source().enhet().cell())),
                    fte(l.utrymme(), total ? "summa" : "(Intäkter − Övriga kostnader) / Kostnad per årsarbetare"),
                    fte(l.bemanning(), total ? "summa" : "inläst"),
                    fte(l.differens(), total ? "summa" : "Bemanning − Bemanningsutrymme"),
                    amount(l.resultat(), total ? "summa" : "−Differens × Kostnad per årsarbetare"),
                    new FigureTable.Value(l.budgetTimmar(), SwedishFormat.number(l.budgetTimmar().value(), 0),
                            total ? "summa" : "Bemanningsutrymme × Årsarbetstid"))));
        }
        List<FigureTable.Sum> sums = new ArrayList<>();
        int total = rows.size() - 1;
        List<Integer> units = java.util.stream.IntStream.range(0, total).boxed().toList();
        for (int c = 1; c < columns.size(); c++) {
            sums.add(FigureTable.Sum.ofRows(total, c, units));
        }
        for (int r = 0; r <= total; r++) {
            sums.add(FigureTable.Sum.difference(r, 3, 2, 1));
        }
        return new FigureTable("Bemanningsutrymme per enhet", columns, rows, sums);
    }

    private static FigureTable.Value fte(Figure f, String how) {
        return new FigureTable.Value(f, SwedishFormat.number(f.value(), 1), how);
    }

    // ------------------------------------------------------------------ key figures

    private static Map<String, List<NyckeltalSeries>> byName(List<NyckeltalSeries> series) {
        Map<String, List<NyckeltalSeries>> groups = new LinkedHashMap<>();
        series.forEach(s -> groups.computeIfAbsent(s.nyckeltal(), k -> new ArrayList<>()).add(s));
        return groups;
    }

    private static int decimals(List<NyckeltalSeries> group) {
        return Math.min(2, group.stream().flatMap(s -> s.points().stream())
                .mapToInt(p -> Math.max(p.reading().utfall().decimals(), p.reading().malvarde().decimals()))
                .max().orElse(0));
    }

    private FigureTable nyckeltalTable(List<NyckeltalSeries> group) {
        boolean units = group.stream().anyMatch(s -> !s.enhet().isEmpty());
        int decimals = decimals(group);
        List<FigureTable.Column> columns = new ArrayList<>();
        if (units) {
            columns.add(new FigureTable.Column("Enhet", Align.LEFT, 2.4f));
        }
        columns.add(new FigureTable.Column("Period", Align.LEFT, 1.1f));
        columns.add(new FigureTable.Column("Utfall", Align.RIGHT, 1.1f));
        columns.add(new FigureTable.Column("Målvärde", Align.RIGHT, 1.1f));
        columns.add(new FigureTable.Column("Avvikelse", Align.RIGHT, 1.1f));
        columns.add(new FigureTable.Column("Måluppfyllelse", Align.LEFT, 1.6f));
        List<FigureTable.Row> rows = new ArrayList<>();
        for (NyckeltalSeries s : group) {
            for (NyckeltalSeries.Point p : s.points()) {
                List<FigureTable.Entry> cells = readingCells(s, p.reading(), decimals, units);
                cells.add(new FigureTable.Value(p.avvikelse(), SwedishFormat.number(p.avvikelse().value(), decimals),
                        "Utfall − Målvärde"));
                cells.add(met(p));
                rows.add(new FigureTable.Row(RowKind.BODY, cells));
            }
        }
        int utfall = units ? 2 : 1;
        List<FigureTable.Sum> sums = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            sums.add(FigureTable.Sum.difference(r, utfall + 2, utfall, utfall + 1));
        }
        return new FigureTable("Nyckeltal: " + group.get(0).nyckeltal() + ", per period", columns, rows, sums);
    }

    /** The cells of a reading that every key-figure table has: [Enhet,] Period, Utfall, Målvärde. */
    private static List<FigureTable.Entry> readingCells(NyckeltalSeries s, Nyckeltal r, int decimals, boolean units) {
        List<FigureTable.Entry> cells = new ArrayList<>();
        if (units) {
            cells.add(new FigureTable.Label(s.enhet(), r.enhet().map(Text::cell)));
        }
        cells.add(new FigureTable.Label(r.period().toString(), Optional.of(r.periodCell())));
        cells.add(new FigureTable.Value(r.utfall(), SwedishFormat.number(r.utfall().value(), decimals), "inläst"));
        cells.add(new FigureTable.Value(r.malvarde(), SwedishFormat.number(r.malvarde().value(), decimals), "inläst"));
        return cells;
    }

    /** Whether a reading meets its target, as a coloured symbol and words; {@code –} without a target. */
    private static FigureTable.Entry met(NyckeltalSeries.Point p) {
        return p.met().map(met -> (FigureTable.Entry) new FigureTable.Assessment(Palette.SYMBOL, Palette.colour(met),
                met ? "Uppfyllt" : "Ej uppfyllt")).orElse(FigureTable.Label.of(SwedishFormat.NOT_REPORTED));
    }

    /**
     * A key figure in one row per Enhet: its latest reading (Period, Utfall, Målvärde), whether the
     * target is met (symbol and words) and the trend over all its readings in words; every reading
     * stands in the key figure's chart and its note.
     */
    private FigureTable nyckeltalSummary(List<NyckeltalSeries> group) {
        boolean units = group.stream().anyMatch(s -> !s.enhet().isEmpty());
        int decimals = decimals(group);
        List<FigureTable.Column> columns = new ArrayList<>();
        if (units) {
            columns.add(new FigureTable.Column("Enhet", Align.LEFT, 1.9f));
        }
        columns.add(new FigureTable.Column("Senaste period", Align.LEFT, 1f));
        columns.add(new FigureTable.Column("Utfall", Align.RIGHT, 0.85f));
        columns.add(new FigureTable.Column("Målvärde", Align.RIGHT, 1.15f));
        columns.add(new FigureTable.Column("Måluppfyllelse", Align.LEFT, 1.7f));
        columns.add(new FigureTable.Column("Trend per månad", Align.LEFT, 3.2f));
        List<FigureTable.Row> rows = new ArrayList<>();
        for (NyckeltalSeries s : group) {
            NyckeltalSeries.Point latest = s.points().stream().filter(p -> p.reading().utfall().reported())
                    .reduce((a, b) -> b).orElse(s.points().get(s.points().size() - 1));
            List<FigureTable.Entry> cells = readingCells(s, latest.reading(), decimals, units);
            cells.add(met(latest));
            cells.add(FigureTable.Label.of(trendWords(s, decimals).orElse(SwedishFormat.NOT_REPORTED)));
            rows.add(new FigureTable.Row(RowKind.BODY, cells));
        }
        return new FigureTable("Nyckeltal: " + group.get(0).nyckeltal(), columns, rows);
    }

    private List<Map<String, Object>> nyckeltal(List<NyckeltalSeries> series) {
        List<Map<String, Object>> out = new ArrayList<>();
        int i = 0;
        for (List<NyckeltalSeries> group : byName(series).values()) {
            i++;
            Map<String, Object> m = new LinkedHashMap<>();
            NyckeltalSeries first = group.get(0);
            m.put("namn", first.nyckeltal());
            first.mattenhet().ifPresent(u -> m.put("mattenhet", u));
            first.riktning().ifPresent(r -> m.put("riktning", r.word()));
            m.put("tabell", "nyckeltal" + i);
            m.put("perioder", "nyckeltal" + i + "Perioder");
            m.put("diagram", "nyckeltal" + i);
            List<String> trends = new ArrayList<>();
            for (NyckeltalSeries s : group) {
                trend(s, decimals(group)).ifPresent(trends::add);
            }
            m.put("trender", trends);
            out.add(m);
        }
        return out;
    }

    /**
     * The trend of a series in words: {@code Grupp Norr: stigande med 1,2 procentenheter per månad
     * 2025-01–2025-06, en förbättring}.
     */
    private static Optional<String> trend(NyckeltalSeries s, int decimals) {
        if (!s.trend().reported()) {
            return Optional.empty();
        }
        String span = s.points().get(0).reading().period() + "–" + s.points().get(s.points().size() - 1).reading().period();
        String who = s.enhet().isEmpty() ? "" : s.enhet() + ": ";
        return trendParts(s, decimals).map(p -> {
            String size = p[0].equals("oförändrad") ? p[0] : p[0] + " per månad";
            return who + size + " " + span + (p[1].isEmpty() ? "" : ", en " + p[1]);
        });
    }

    /**
     * The trend of a series in the words of a table cell under "Trend per månad": {@code stigande
     * 0,24 procentenheter, försämring}, or {@code oförändrad}.
     */
    private static Optional<String> trendWords(NyckeltalSeries s, int decimals) {
        return trendParts(s, decimals).map(p -> {
            String size = p[0].replaceFirst(" med ", " ");
            return p[1].isEmpty() ? size : size + ", " + p[1];
        });
    }

    /** The trend's direction and monthly size ({@code stigande med 0,24 procentenheter}) and its verdict, or "". */
    private static Optional<String[]> trendParts(NyckeltalSeries s, int decimals) {
        if (!s.trend().reported()) {
            return Optional.empty();
        }
        int shown = Math.min(3, decimals + 1);
        BigDecimal slope = s.trend().value().setScale(shown, RoundingMode.HALF_UP);
        String unit = s.mattenhet().map(u -> u.equals("%") ? "procentenheter" : u).orElse("");
        if (slope.signum() == 0) {
            return Optional.of(new String[] {"oförändrad", ""});
        }
        String direction = slope.signum() > 0 ? "stigande" : "sjunkande";
        StringBuilder sb = new StringBuilder(direction).append(" med ").append(SwedishFormat.number(slope.abs(), shown));
        if (!unit.isEmpty()) {
            sb.append(SwedishFormat.NBSP).append(unit);
        }
        String verdict = s.riktning().map(r -> (slope.signum() > 0) == (r == Nyckeltal.Riktning.HOGRE)
                ? "förbättring" : "försämring").orElse("");
        return Optional.of(new String[] {sb.toString(), verdict});
    }

    // ------------------------------------------------------------------ actions

    private Map<String, Object> action(ActionLine l) {
        Atgard a = l.atgard();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("namn", a.namn().value());
        m.put("cells", SourceCells.ofTexts(a.namn(), a.nr(), a.verksamhet(), a.ansvarig(), a.beskrivning(),
                a.ekonomiskEffekt(), a.uppfoljning()));
        a.nr().ifPresent(t -> m.put("nr", t.value()));
        a.verksamhet().ifPresent(t -> m.put("verksamhet", t.value()));
        a.ansvarig().ifPresent(t -> m.put("ansvarig", t.value()));
        a.startdatum().ifPresent(d -> m.put("startdatum", d.toString()));
        a.beskrivning().ifPresent(t -> m.put("beskrivning", t.value()));
        m.put("mojligheter", a.mojligheter());
        m.put("risker", a.risker());
        a.ekonomiskEffekt().ifPresent(t -> m.put("ekonomiskEffekt", t.value()));
        a.uppfoljning().ifPresent(t -> m.put("uppfoljning", t.value()));
        a.status().ifPresent(s -> m.put("status", s.word()));
        if (a.utfallHittills().reported()) {
            m.put("utfallHittills", withUnit(a.utfallHittills()));
            if (l.realiseradAndel().reported()) {
                m.put("andel", SwedishFormat.percent(l.realiseradAndel().value(), 1));
            }
        }
        Map<String, Object> effekt = new LinkedHashMap<>();
        if (l.effektHelar().reported()) {
            effekt.put("helar", withUnit(l.effektHelar()));
        }
        if (l.timmar().reported()) {
            Map<String, Object> h = new LinkedHashMap<>();
            h.put("antal", plain(a.antal()));
            h.put("timmarPer", plain(a.timmarPer()));
            h.put("timmar", plain(l.timmar()));
            if (a.timkostnad().reported()) {
                h.put("timkostnad", withUnit(a.timkostnad()));
            }
            effekt.put("timmar", h);
        }
        if (l.effektInnevarande().reported()) {
            effekt.put("innevarande", withUnit(l.effektInnevarande()));
            if (l.proRataMonths() != null && l.proRataMonths() > 0 && l.proRataMonths() < 12) {
                int from = 13 - l.proRataMonths();
                effekt.put("innevarandeHur", l.proRataMonths() + " av 12 månader, " + SwedishMonths.name(from)
                        + "–december");
            }
        }
        a.effektText().ifPresent(t -> effekt.put("text", t.value()));
        m.put("effekt", effekt);
        return m;
    }

    private String withUnit(Figure f) {
        return amounts.format(f) + SwedishFormat.NBSP + amounts.unit();
    }

    private static String plain(Figure f) {
        return SwedishFormat.number(f.value(), Math.min(f.decimals(), 2));
    }
}
