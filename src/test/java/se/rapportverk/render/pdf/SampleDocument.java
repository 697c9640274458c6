package se.rapportverk.render.pdf;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import se.rapportverk.document.TableOfContents;
import se.rapportverk.document.TitlePage;
import se.rapportverk.render.RenderOptions;

/** A short delårsrapport-like document tree for the PDF tests. */
final class SampleDocument {

    static final String TITLE = "Delårsrapport augusti 2024";
    static final String HEADER = "Vård- och omsorgsnämnden – Delårsrapport augusti 2024";
    static final String FOOTER = "Dnr VON-2024/182";
    static final String TABLE_CAPTION = "Driftsredovisning per verksamhet (mkr)";
    static final String TABLE_HEADER_FIRST = "Verksamhet";
    static final String TABLE_HEADER_LAST = "Avvikelse prognos helår mot budget";
    static final String TOTAL_LABEL = "Nämnden totalt";
    static final String WORKBOOK_NAME = "arbetsbok-delår-2024.xlsx";

    private static final String NBSP = "\u00A0";

    private SampleDocument() {
    }

    static DocumentInfo info() {
        return new DocumentInfo(TITLE, "Delårsrapport januari–augusti 2024 för Vård- och omsorgsnämnden",
                "Vård- och omsorgsförvaltningen", "sv-SE", LocalDate.of(2024, 9, 24), HEADER, FOOTER,
                "delårsrapport, uppföljning, ekonomi");
    }

    static RenderOptions options() {
        byte[] workbook = "PK\u0003\u0004 not a real workbook, but bytes to embed – åäö"
                .getBytes(StandardCharsets.UTF_8);
        return new RenderOptions(workbook, WORKBOOK_NAME, "3f9a1c0d5e7b2468ace13579bdf02468");
    }

    static Document document() {
        List<Block> b = new ArrayList<>();
        b.add(TitlePage.of("Sjöstads kommun", TITLE, "Vård- och omsorgsnämnden",
                List.of("Dnr VON-2024/182", "2024-09-24")));
        b.add(new TableOfContents("Innehållsförteckning", 3));

        b.add(h(1, "Sammanfattning"));
        b.add(Paragraph.of("Delårsrapport augusti 2024 sammanfattar perioden januari–augusti i vård- och "
                + "omsorgsnämndens verksamheter. Nämnden har under året fokuserat på ett brett förändringsarbete "
                + "för att skapa förutsättningar för en hållbar ekonomi utan återkommande årliga underskott, "
                + "säkerställa kompetensen på lång sikt och värna kvaliteten för dem vi är till för."));
        b.add(Paragraph.of("Nämnden har arbetat med de utvecklingsmål som är prioriterade:"));
        b.add(new BulletList(List.of(
                List.of(Span.plain("Mera effektiva och ändamålsenliga arbetssätt.")),
                List.of(Span.plain("Samordnade vård- och omsorgsprocesser, där hemtjänst, hälso- och sjukvård "
                        + "och myndighetsutövning planerar insatserna tillsammans i stället för var för sig.")),
                List.of(Span.plain("Vara en attraktiv arbetsgivare.")),
                List.of(Span.bold("Ekonomi i balans."), Span.plain(" Underskottet ska vara borta 2026 "),
                        new Span("(enligt plan)", true, true, null), Span.plain(".")))));
        b.add(new Paragraph(List.of(
                Span.plain("För 2024 är det ekonomiska läget mycket ansträngt. Nämnden redovisar ett underskott om "),
                Span.bold("−29,7" + NBSP + "mkr"),
                Span.plain(" för perioden och prognosen för helåret pekar på ett underskott om "),
                Span.bold("−51,2" + NBSP + "mkr"),
                Span.plain(", motsvarande 4,7" + NBSP + "% av budgeten på 1" + NBSP + "092,2" + NBSP + "mkr.")),
                Paragraph.Style.BODY));

        b.add(h(1, "Uppdrag och ansvar"));
        b.add(Paragraph.of("Vård- och omsorgsnämnden ansvarar för kommunens uppgifter enligt socialtjänstlagen, "
                + "lagen om stöd och service till vissa funktionshindrade (LSS) och hälso- och sjukvårdslagen "
                + "för personer över 17 år, samt för bostadsanpassningsbidrag."));
        b.add(new Paragraph(List.of(Span.italic("Texten <b>visas</b> exakt som den är skriven & *utan* tolkning.")),
                Paragraph.Style.NOTE));

        b.add(h(1, "Väsentliga händelser"));
        b.add(h(2, "Myndighet, kvalitet och utveckling"));
        b.add(Paragraph.of("Flera stora utvecklingsarbeten kopplade till omställningen och digitaliseringen pågår. "
                + "En långsiktig lokalförsörjningsplan är antagen för att på sikt komma till rätta med bristen på "
                + "platser i vård- och omsorgsboenden och LSS-bostäder."));
        b.add(h(2, "Äldreomsorg"));
        b.add(Paragraph.of("Översynen av hemtjänsten innebar en omorganisation där alla hemtjänstgrupper nu "
                + "tillhör samma verksamhetsområde. Övertagandet av cirka 200 kunder från privata utförare "
                + "under augusti–september medförde rekrytering av ett 70-tal undersköterskor."));

        b.add(h(1, "Uppföljning av mål"));
        b.add(h(2, "Kommunfullmäktiges mål"));
        b.add(h(3, "Tillsammans skapar vi trygghet"));
        b.add(goal("2E7D32", "Uppfyllt", "Invånarna ska känna trygghet i att nämndens verksamheter erbjuder en "
                + "god och sammanhållen vård och omsorg när behov uppstår."));
        b.add(h(3, "Självständighet och delaktighet"));
        b.add(goal("F9A825", "Delvis uppfyllt", "Fler kunder ska kunna bo kvar hemma med stöd av digitala "
                + "tjänster som trygghetskamera och digitala möten inom boendestödet."));
        b.add(h(2, "Nämndens mål"));
        b.add(h(3, "Ekonomi i balans"));
        b.add(goal("C62828", "Ej uppfyllt", "Nämnden prognostiserar ett underskott för helåret."));

        b.add(h(1, "Uppföljning ekonomi"));
        b.add(Paragraph.of("Nettokostnaden för perioden uppgår till 745,3" + NBSP + "mkr, vilket är 29,7" + NBSP
                + "mkr mer än periodens budget. Den största avvikelsen finns inom hemtjänsten."));
        b.add(operatingTable());
        b.add(new Paragraph(List.of(Span.plain("Avvikelse: positivt värde = överskott, negativt = underskott.")),
                Paragraph.Style.NOTE));
        b.add(h(2, "Ekonomisk analys"));
        b.add(Paragraph.of("Kostnaderna för bemanning har ökat mer än volymerna. Övertid och inhyrd personal "
                + "står för 11,4" + NBSP + "mkr av avvikelsen."));
        b.add(new Paragraph(List.of(Span.plain("Resultaträkning (mkr)")), Paragraph.Style.CAPTION));
        b.add(incomeTable());
        b.add(h(2, "Åtgärder för budget i balans"));
        b.add(new NumberedList(List.of(
                List.of(Span.plain("Samordnad bemanning i hela förvaltningen.")),
                List.of(Span.plain("Organisationsöversyn och effektivisering av stödfunktioner.")),
                List.of(Span.plain("Riktad ekonomisk översyn inom hemtjänst och LSS.")))));

        b.add(h(1, "Internkontroll"));
        b.add(controlTable());
        b.add(new FieldList(List.of(
                new FieldList.Field("Diarienummer", "VON-2024/182"),
                new FieldList.Field("Beslutad av", "Vård- och omsorgsnämnden"),
                new FieldList.Field("Datum", "2024-09-24")), FieldList.Layout.LINES));
        b.add(new FieldList(List.of(
                new FieldList.Field("Ansvar", "Förvaltningschef"),
                new FieldList.Field("Typ av styrdokument", "Plan"),
                new FieldList.Field("Gäller för", "Vård- och omsorgsförvaltningen med alla dess enheter, "
                        + "inklusive verksamhet som bedrivs på entreprenad")), FieldList.Layout.COLUMNS));
        b.add(new Signatures(List.of(
                new Signatures.Signature("Anna Andersson", "Förvaltningschef"),
                new Signatures.Signature("Örjan Östlund", "Ekonomichef"))));
        b.add(new PageBreak());
        b.add(new Heading(1, "", "Bilagor", false, true));
        b.add(Paragraph.of("Bilaga 1: Bilaga till internkontrollplan."));
        return new Document(info(), Numbering.apply(b));
    }

    private static Heading h(int level, String text) {
        return new Heading(level, "", text, true, true);
    }

    private static Paragraph goal(String colour, String assessment, String text) {
        return new Paragraph(List.of(
                Span.bold("Bedömning: "),
                new Span("\u25CF", false, false, colour),
                Span.plain(" " + assessment + ". " + text)), Paragraph.Style.BODY);
    }

    static String amount(long tenths) {
        String sign = tenths < 0 ? "-" : "";
        long a = Math.abs(tenths);
        String whole = Long.toString(a / 10);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                sb.append('\u00A0');
            }
            sb.append(whole.charAt(i));
        }
        return sign + sb + "," + (a % 10);
    }

    private static Table.Row row(Table.RowKind kind, String label, long... values) {
        List<Table.Cell> cells = new ArrayList<>();
        cells.add(Table.Cell.of(label));
        for (long v : values) {
            cells.add(Table.Cell.of(amount(v)));
        }
        return new Table.Row(kind, cells);
    }

    /** About 80 rows: six groups of eleven units with subtotals, and a total. */
    static Table operatingTable() {
        List<Table.Column> cols = List.of(
                new Table.Column(Table.Align.LEFT, 3.2f),
                new Table.Column(Table.Align.RIGHT, 1.2f),
                new Table.Column(Table.Align.RIGHT, 1.2f),
                new Table.Column(Table.Align.RIGHT, 1.2f),
                new Table.Column(Table.Align.RIGHT, 1.2f),
                new Table.Column(Table.Align.RIGHT, 1.4f));
        List<Table.Row> rows = new ArrayList<>();
        rows.add(new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of(TABLE_HEADER_FIRST),
                Table.Cell.of("Utfall jan–aug 2023"), Table.Cell.of("Utfall jan–aug 2024"),
                Table.Cell.of("Budget 2024"), Table.Cell.of("Prognos helår 2024"),
                Table.Cell.of(TABLE_HEADER_LAST))));
        String[] groups = {"Myndighet", "Hemtjänst", "Särskilt boende", "LSS och socialpsykiatri",
                "Hälso- och sjukvård", "Gemensamt och stöd"};
        long total = 0;
        long seed = 7;
        for (String group : groups) {
            rows.add(new Table.Row(Table.RowKind.GROUP, List.of(Table.Cell.of(group))));
            long sub = 0;
            for (int u = 1; u <= 11; u++) {
                seed = (seed * 1103515245L + 12345L) & 0x7fffffffL;
                long budget = 50 + seed % 900;
                long outcome = budget + (seed % 97) - 48;
                long forecast = budget * 3 / 2 + (seed % 41) - 20;
                rows.add(row(Table.RowKind.BODY, group + " – enhet " + u, outcome - 13, outcome, budget * 3 / 2,
                        forecast, budget * 3 / 2 - forecast));
                sub += budget * 3 / 2 - forecast;
            }
            rows.add(row(Table.RowKind.SUBTOTAL, "Summa " + group.toLowerCase(java.util.Locale.ROOT), 0, 0, 0, 0, sub));
            total += sub;
        }
        rows.add(row(Table.RowKind.TOTAL, TOTAL_LABEL, 10922, 10922, 10922, 11434, total));
        return new Table(TABLE_CAPTION, cols, rows, 1, Table.Style.GRID);
    }

    static Table incomeTable() {
        List<Table.Column> cols = List.of(
                new Table.Column(Table.Align.LEFT, 3f),
                new Table.Column(Table.Align.RIGHT, 1.3f),
                new Table.Column(Table.Align.RIGHT, 1.3f),
                new Table.Column(Table.Align.RIGHT, 1.3f));
        List<Table.Row> rows = new ArrayList<>();
        rows.add(new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of("Post"),
                Table.Cell.of("Bokslut 2023"), Table.Cell.of("Budget 2024"), Table.Cell.of("Prognos helår 2024"))));
        rows.add(row(Table.RowKind.BODY, "Verksamhetens intäkter", 2154, 2010, 2210));
        rows.add(row(Table.RowKind.BODY, "Personalkostnader", -8120, -7900, -8450));
        rows.add(row(Table.RowKind.BODY, "Övriga kostnader", -4105, -3950, -4213));
        rows.add(row(Table.RowKind.TOTAL, "Nettokostnad", -10071, -9840, -10453));
        return new Table("", cols, rows, 1, Table.Style.GRID);
    }

    static Table controlTable() {
        List<Table.Column> cols = List.of(
                new Table.Column(Table.Align.LEFT, 2f),
                new Table.Column(Table.Align.LEFT, 2f),
                new Table.Column(Table.Align.CENTER, 1f),
                new Table.Column(Table.Align.LEFT, 3f));
        List<Table.Row> rows = new ArrayList<>();
        rows.add(new Table.Row(Table.RowKind.HEADER, List.of(Table.Cell.of("Risk"), Table.Cell.of("Kontroll"),
                Table.Cell.of("Resultat"), Table.Cell.of("Kommentar"))));
        rows.add(new Table.Row(Table.RowKind.BODY, List.of(Table.Cell.of("Felaktiga utbetalningar till privata utförare"),
                Table.Cell.of("Stickprov av 25 fakturor per månad"),
                new Table.Cell(List.of(new Span("\u25CF", false, false, "2E7D32"), Span.plain(" Utförd"))),
                Table.Cell.of("Inga avvikelser i de granskade fakturorna. Kontrollen fortsätter under hösten."))));
        rows.add(new Table.Row(Table.RowKind.BODY, List.of(Table.Cell.of("Bristande dokumentation i journaler"),
                Table.Cell.of("Journalgranskning två gånger per år"),
                new Table.Cell(List.of(new Span("\u25CF", false, false, "F9A825"), Span.plain(" Delvis"))),
                Table.Cell.of("Brister i dokumentationen av genomförandeplaner inom LSS; åtgärdsplan är upprättad."))));
        return new Table("Internkontrollplan 2024", cols, rows, 1, Table.Style.GRID);
    }
}
