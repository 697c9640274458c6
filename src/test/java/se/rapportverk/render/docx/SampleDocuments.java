package se.rapportverk.render.docx;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.Document;
import se.rapportverk.document.DocumentInfo;
import se.rapportverk.document.FieldList;
import se.rapportverk.document.Heading;
import se.rapportverk.document.NumberedList;
import se.rapportverk.document.Numbering;
import se.rapportverk.document.PageBreak;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Signatures;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.document.Table.Align;
import se.rapportverk.document.Table.Cell;
import se.rapportverk.document.Table.Column;
import se.rapportverk.document.Table.Row;
import se.rapportverk.document.Table.RowKind;
import se.rapportverk.document.TableOfContents;
import se.rapportverk.document.TitlePage;
import se.rapportverk.format.SwedishFormat;

/** A short delårsrapport-like document tree that uses every kind of block. */
final class SampleDocuments {

    static final String LITERAL = "Mallen skriver <b>${kommun}</b> & <#if> precis som det står.";
    static final String GREEN = "2E7D32";
    static final String DRIFT_CAPTION = "Driftsredovisning per verksamhet (mkr)";
    static final String[] YEAR_HEADERS = {
        "Verksamhet (mkr)", "Bokslut 2023", "Utfall jan–aug 2023", "Utfall jan–aug 2024",
        "Budget 2024", "Prognos helår 2024", "Avvikelse prognos helår mot budget"};
    static final String[] AREAS = {"Äldreomsorg", "Funktionsstöd", "Hälsa och sjukvård", "Gemensamt"};
    static final LocalDate DATE = LocalDate.of(2024, 9, 24);

    private SampleDocuments() {
    }

    static DocumentInfo info() {
        return new DocumentInfo("Delårsrapport augusti 2024", "Delårsrapport för Vård- och omsorgsnämnden",
                "Vård- och omsorgsförvaltningen", "sv-SE", DATE,
                "Vård- och omsorgsnämnden – Delårsrapport augusti 2024", "Diarienummer VON 2024/123",
                "delårsrapport, uppföljning, ekonomi");
    }

    static Document delarsrapport() {
        List<Block> b = new ArrayList<>();
        b.add(TitlePage.of("Exempelkommun", "Delårsrapport augusti 2024", "Vård- och omsorgsnämnden",
                List.of("2024-09-24", "Diarienummer VON 2024/123")));
        b.add(new TableOfContents("Innehållsförteckning", 3));
        b.add(new PageBreak());

        b.add(h(1, "Sammanfattning"));
        b.add(Paragraph.of("Delårsrapport augusti 2024 sammanfattar perioden januari–augusti i vård- och "
                + "omsorgsnämndens verksamheter. Nämnden har arbetat med att införa den nya styrmodellen och "
                + "de utvecklingsmål som nämnden prioriterar:"));
        b.add(new BulletList(List.of(
                List.of(Span.plain("Mera effektiva och ändamålsenliga arbetssätt.")),
                List.of(Span.plain("Samordnade vård- och omsorgsprocesser.")),
                List.of(Span.plain("Vara en "), Span.bold("attraktiv"), Span.plain(" arbetsgivare.")),
                List.of(Span.plain("Ekonomi i balans.")))));
        b.add(new Paragraph(List.of(Span.plain("För 2024 är det ekonomiska läget mycket ansträngt. Nämnden "
                + "redovisar ett underskott på "), Span.bold("-29,7\u00A0mkr"), Span.plain(" för perioden och "
                + "prognosen för helåret pekar på "), Span.bold("-51,2\u00A0mkr"), Span.plain(".")),
                Paragraph.Style.BODY));
        b.add(Paragraph.of(LITERAL));

        b.add(h(1, "Uppdrag och ansvar"));
        b.add(Paragraph.of("Vård- och omsorgsnämnden ansvarar för handläggning och verkställighet av ärenden "
                + "enligt socialtjänstlagen, LSS och hälso- och sjukvårdslagen. Ansvaret omfattar bland annat:"));
        b.add(new NumberedList(List.of(
                List.of(Span.plain("Kommunens uppgifter enligt socialtjänstlagen (SoL 2001:453).")),
                List.of(Span.plain("Kommunens uppgifter enligt LSS (1993:387).")),
                List.of(Span.plain("Bostadsanpassningsbidrag enligt lag (2018:222).")))));

        b.add(h(1, "Väsentliga händelser"));
        b.add(h(2, "Myndighet, kvalitet och utveckling"));
        b.add(Paragraph.of("Flera stora utvecklingsarbeten kopplade till omställningen och digitaliseringen "
                + "pågår. En långsiktig lokalförsörjningsplan är antagen."));
        b.add(h(3, "Lärcentrum"));
        b.add(Paragraph.of("Beslut och uppstart av ett lärcentrum som ska erbjuda internutbildningar och "
                + "säkra metoder för kompetensförsörjning."));
        b.add(h(2, "Hälsa och sjukvård"));
        b.add(Paragraph.of("Sjukskrivningar och svårigheter att rekrytera har gjort att sjuksköterskor "
                + "till viss del hyrts in via bemanningsföretag."));

        b.add(h(1, "Uppföljning av mål"));
        b.add(h(2, "Kommunfullmäktiges mål"));
        b.add(h(3, "Hållbar ekonomi"));
        b.add(new Paragraph(List.of(Span.bold("Bedömning: "), new Span("●", false, false, GREEN),
                Span.plain(" Uppfyllt")), Paragraph.Style.BODY));
        b.add(Paragraph.of("Innebörd: nämnden bedriver verksamheten inom tilldelad budgetram."));
        b.add(h(3, "Attraktiv arbetsgivare"));
        b.add(new Paragraph(List.of(Span.bold("Bedömning: "), new Span("●", false, false, "F9A825"),
                Span.plain(" Delvis uppfyllt")), Paragraph.Style.BODY));
        b.add(h(2, "Nämndens mål"));
        b.add(Paragraph.of("Nämnden har fyra utvecklingsmål. Arbetet följs upp i tre steg:"));
        b.add(new NumberedList(List.of(
                List.of(Span.plain("Mätning av nyckeltal per enhet.")),
                List.of(Span.plain("Analys i ledningsgruppen.")),
                List.of(Span.italic("Återrapportering till nämnden.")))));

        b.add(h(1, "Uppföljning ekonomi"));
        b.add(Paragraph.of("Nämndens nettokostnad för perioden är 727,6\u00A0mkr, vilket är 33,6\u00A0mkr "
                + "mer än periodens budget."));
        b.add(resultatrakning());
        b.add(new Paragraph(List.of(Span.plain("Källa: ekonomisystemet, utfall till och med augusti.")),
                Paragraph.Style.NOTE));
        b.add(drift());
        b.add(h(2, "Ekonomisk analys"));
        b.add(Paragraph.of("Personalkostnaderna är den post som avviker mest, främst inom hemtjänsten och "
                + "LSS-boendena."));
        b.add(h(1, "Internkontroll"));
        b.add(internkontroll());
        b.add(new Heading(2, "", "Bilagor", false, false));
        b.add(new FieldList(List.of(
                new FieldList.Field("Beslutande instans", "Vård- och omsorgsnämnden"),
                new FieldList.Field("Datum för beslut", "2024-09-24"),
                new FieldList.Field("Diarienummer", "VON 2024/123")), FieldList.Layout.LINES));
        b.add(new FieldList(List.of(
                new FieldList.Field("Handläggare", "Anna Andersson"),
                new FieldList.Field("Telefon", "0171-62\u00A000\u00A000")), FieldList.Layout.COLUMNS));
        b.add(new Signatures(List.of(
                new Signatures.Signature("Eva Ek", "Förvaltningschef"),
                new Signatures.Signature("Per Persson", "Ekonomichef"),
                new Signatures.Signature("Lena Lind", "Nämndsekreterare"))));
        return new Document(info(), Numbering.apply(b));
    }

    private static Heading h(int level, String text) {
        return new Heading(level, "", text, true, true);
    }

    private static List<Column> yearColumns() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column(Align.LEFT, 3.2f));
        for (int i = 1; i < YEAR_HEADERS.length; i++) {
            columns.add(new Column(Align.RIGHT, 1.3f));
        }
        return columns;
    }

    private static Row header() {
        List<Cell> cells = new ArrayList<>();
        for (String s : YEAR_HEADERS) {
            cells.add(Cell.of(s));
        }
        return new Row(RowKind.HEADER, cells);
    }

    private static Row numbers(RowKind kind, String label, double... values) {
        List<Cell> cells = new ArrayList<>();
        cells.add(Cell.of(label));
        for (double v : values) {
            cells.add(Cell.of(SwedishFormat.number(BigDecimal.valueOf(v), 1)));
        }
        return new Row(kind, cells);
    }

    private static Table resultatrakning() {
        List<Row> rows = new ArrayList<>();
        Row h = header();
        List<Cell> first = new ArrayList<>(h.cells());
        first.set(0, Cell.of("Intäkter / Kostnader (mkr)"));
        rows.add(new Row(RowKind.HEADER, first));
        rows.add(numbers(RowKind.BODY, "Taxor och avgifter", 44.5, 29.8, 32.3, 44.0, 48.7, 4.7));
        rows.add(numbers(RowKind.BODY, "Bidrag (intäkter)", 34.9, 15.0, 16.3, 33.0, 27.5, -5.5));
        rows.add(numbers(RowKind.SUBTOTAL, "Summa intäkter", 79.4, 44.8, 48.6, 77.0, 76.2, -0.8));
        rows.add(numbers(RowKind.BODY, "Personalkostnader", -760.0, -505.8, -544.3, -763.5, -829.9, -66.3));
        rows.add(numbers(RowKind.BODY, "Köp av verksamhet", -161.2, -98.6, -107.4, -171.6, -148.0, 23.6));
        rows.add(numbers(RowKind.SUBTOTAL, "Summa kostnader", -921.2, -604.4, -651.7, -935.1, -977.9, -42.7));
        rows.add(numbers(RowKind.TOTAL, "Summa totalt (mkr)", -841.8, -559.6, -603.1, -858.1, -901.7, -43.5));
        return new Table("Resultaträkning", yearColumns(), rows, 1, Table.Style.GRID);
    }

    /** About 80 rows: four areas, each a group label, 17 units and a subtotal, then a total. */
    static Table drift() {
        List<Row> rows = new ArrayList<>();
        rows.add(header());
        double total = 0;
        for (int a = 0; a < AREAS.length; a++) {
            rows.add(new Row(RowKind.GROUP, List.of(Cell.of(AREAS[a]))));
            double sub = 0;
            for (int u = 1; u <= 17; u++) {
                double v = -(a * 10 + u) * 1.5 - 1092.2 * (u == 3 && a == 0 ? 1 : 0);
                sub += v;
                rows.add(numbers(RowKind.BODY, AREAS[a] + ", enhet " + u, v * 1.1, v * 0.7, v * 0.75, v, v * 1.02,
                        v * -0.02));
            }
            total += sub;
            rows.add(numbers(RowKind.SUBTOTAL, "Summa " + AREAS[a].toLowerCase(Locale.ROOT),
                    sub * 1.1, sub * 0.7, sub * 0.75, sub, sub * 1.02, sub * -0.02));
        }
        rows.add(numbers(RowKind.TOTAL, "Totalt (mkr)", total * 1.1, total * 0.7, total * 0.75, total,
                total * 1.02, total * -0.02));
        return new Table(DRIFT_CAPTION, yearColumns(), rows, 1, Table.Style.GRID);
    }

    private static Table internkontroll() {
        List<Column> columns = List.of(new Column(Align.LEFT, 2), new Column(Align.LEFT, 2),
                new Column(Align.CENTER, 1), new Column(Align.LEFT, 3));
        List<Row> rows = List.of(
                new Row(RowKind.HEADER, List.of(Cell.of("Risk"), Cell.of("Kontroll"), Cell.of("Resultat"),
                        Cell.of("Kommentar"))),
                new Row(RowKind.BODY, List.of(Cell.of("Felaktiga utbetalningar"), Cell.of("Stickprov av fakturor"),
                        new Cell(List.of(new Span("●", false, false, GREEN))),
                        Cell.of("Inga avvikelser hittades i 40 stickprov."))),
                new Row(RowKind.BODY, List.of(Cell.of("Brister i dokumentation"), Cell.of("Journalgranskning"),
                        new Cell(List.of(new Span("●", false, false, "C62828"))),
                        Cell.of("Åtgärdsplan tas fram under hösten."))));
        return new Table("Internkontroll 2024", columns, rows, 1, Table.Style.GRID);
    }
}
