package se.rapportverk.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.rapportverk.calc.Calculation;
import se.rapportverk.calc.Flerarsoversikt;
import se.rapportverk.document.Table.Align;
import se.rapportverk.document.Table.RowKind;
import se.rapportverk.format.SwedishFormat;
import se.rapportverk.workbook.Arende;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.RapportField;
import se.rapportverk.workbook.Text;
import se.rapportverk.workbook.Unit;
import se.rapportverk.workbook.Workbook;

/**
 * The data of the tjänsteskrivelse template: the header block, the ärende as title, the texts,
 * the multi-year overview under Ekonomisk bedömning, Beslutsunderlag (with the other documents
 * made from the same workbook), the numbered Förslag till beslut, the signatures and
 * Beslutet skickas till.
 */
public final class TjansteskrivelseModel implements DocumentModel {

    /**
     * Another document made from the same workbook, listed under Beslutsunderlag.
     *
     * @param title the document's title
     * @param date  its date
     */
    public record OtherDocument(String title, LocalDate date) {
    }

    private final Workbook workbook;
    private final Calculation calc;
    private final LocalDate date;
    private final List<OtherDocument> others;
    private final AmountFormat amounts;
    private final Map<String, FigureTable> tables = new LinkedHashMap<>();

    private TjansteskrivelseModel(Workbook workbook, Calculation calc, LocalDate date, List<OtherDocument> others) {
        this.workbook = workbook;
        this.calc = calc;
        this.date = date;
        this.others = List.copyOf(others);
        Unit amountUnit = workbook.rapport().amountUnit();
        Unit tableUnit = workbook.rapport().tableUnit().orElse(amountUnit);
        int decimals = workbook.rapport().decimals().orElse(tableUnit.defaultDecimals());
        this.amounts = new AmountFormat(amountUnit, tableUnit, decimals);
    }

    /**
     * Builds the model.
     *
     * @param others the other documents made from the same workbook in this run
     */
    public static TjansteskrivelseModel build(Workbook workbook, Calculation calc, LocalDate date,
                                              List<OtherDocument> others) {
        TjansteskrivelseModel model = new TjansteskrivelseModel(workbook, calc, date, others);
        calc.flerarsoversikt().ifPresent(f -> model.tables.put("flerarsoversikt", model.overviewTable(f)));
        return model;
    }

    /** The ärende (Titel), or {@code Tjänsteskrivelse}. */
    @Override
    public String title() {
        return DocumentKind.TJANSTESKRIVELSE.titleIn(workbook).orElse("Tjänsteskrivelse");
    }

    @Override
    public Map<String, FigureTable> tables() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    @Override
    public Map<String, Object> toModel() {
        String subject = "Tjänsteskrivelse till " + workbook.rapport().namnd() + ": " + title();
        Map<String, Object> m = Models.base(workbook, se.rapportverk.workbook.DocumentType.TJANSTESKRIVELSE, title(), subject, date, tables);
        m.put("datum", date.toString());
        m.put("enhet", amounts.unit());
        List<Arende> items = workbook.arende().orElse(List.of());
        List<String> underlag = new ArrayList<>(texts(items, Arende.Typ.BESLUTSUNDERLAG));
        others.forEach(o -> underlag.add(o.title() + ", daterad " + o.date()));
        m.put("beslutsunderlag", underlag.stream().distinct().toList());
        m.put("forslag", texts(items, Arende.Typ.BESLUTSFORSLAG));
        m.put("forslagForst", workbook.rapport().forslagTillBeslut() == Arende.Placering.FORST);
        m.put("skickasTill", texts(items, Arende.Typ.SKICKAS_TILL));
        m.put("underskrifter", items.stream().filter(a -> a.typ() == Arende.Typ.UNDERSKRIFT).map(a -> {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("namn", a.text().value());
            s.put("titel", a.titel().map(Text::value).orElse(""));
            return s;
        }).toList());
        return new FigureText(calc.textFigures(), amounts).applyAll(m);
    }

    private static List<String> texts(List<Arende> items, Arende.Typ typ) {
        return items.stream().filter(a -> a.typ() == typ).map(a -> a.text().value()).toList();
    }

    /**
     * One column per year; a row per area, Nämnden totalt, Nämndbidrag, Resultat and the change
     * of the net cost from the year before, in amount and percent.
     */
    private FigureTable overviewTable(Flerarsoversikt f) {
        List<FigureTable.Column> columns = new ArrayList<>();
        columns.add(new FigureTable.Column("Nettokostnad (" + amounts.unit() + ")", Align.LEFT, 2.6f));
        f.years().forEach(y -> columns.add(new FigureTable.Column(String.valueOf(y), Align.RIGHT, 1.2f)));
        List<FigureTable.Row> rows = new ArrayList<>();
        List<FigureTable.Sum> sums = new ArrayList<>();
        f.areas().forEach((area, perYear) -> rows.add(row(RowKind.BODY, area, f, perYear, "inläst")));
        List<Integer> areas = java.util.stream.IntStream.range(0, rows.size()).boxed().toList();
        int total = rows.size();
        int years = f.years().size();
        rows.add(row(RowKind.SUBTOTAL, "Nämnden totalt", f, f.total(), "summa"));
        for (int c = 1; c <= years; c++) {
            sums.add(FigureTable.Sum.ofRows(total, c, areas));
        }
        if (f.namndbidrag().values().stream().anyMatch(Figure::reported)) {
            int bidrag = rows.size();
            rows.add(row(RowKind.BODY, "Nämndbidrag", f, f.namndbidrag(), "inläst"));
            rows.add(row(RowKind.TOTAL, "Resultat", f, f.resultat(), "Nämndbidrag − Nettokostnad"));
            for (int c = 1; c <= years; c++) {
                if (f.resultat().get(f.years().get(c - 1)).reported()) {
                    sums.add(new FigureTable.Sum(new FigureTable.Place(bidrag + 1, c), List.of(
                            new FigureTable.Term(new FigureTable.Place(bidrag, c), 1),
                            new FigureTable.Term(new FigureTable.Place(total, c), -1))));
                }
            }
        }
        if (f.years().size() > 1) {
            int change = rows.size();
            rows.add(row(RowKind.BODY, "Förändring nettokostnad mot föregående år", f, f.change(),
                    "Nettokostnad − Nettokostnad föregående år"));
            for (int c = 2; c <= years; c++) {
                sums.add(new FigureTable.Sum(new FigureTable.Place(change, c), List.of(
                        new FigureTable.Term(new FigureTable.Place(total, c), 1),
                        new FigureTable.Term(new FigureTable.Place(total, c - 1), -1))));
            }
            List<FigureTable.Entry> percent = new ArrayList<>();
            percent.add(FigureTable.Label.of("Förändring i procent"));
            f.years().forEach(y -> percent.add(new FigureTable.Value(f.changePercent().get(y),
                    SwedishFormat.percent(f.changePercent().get(y).value(), 1),
                    "Förändring / Nettokostnad föregående år")));
            rows.add(new FigureTable.Row(RowKind.BODY, percent));
        }
        return new FigureTable("Nettokostnad och resultat per år", columns, rows, sums);
    }

    private FigureTable.Row row(RowKind kind, String label, Flerarsoversikt f, Map<Integer, Figure> values, String how) {
        List<FigureTable.Entry> cells = new ArrayList<>();
        cells.add(FigureTable.Label.of(label));
        f.years().forEach(y -> cells.add(new FigureTable.Value(values.get(y), amounts.format(values.get(y)), how)));
        return new FigureTable.Row(kind, cells);
    }
}
