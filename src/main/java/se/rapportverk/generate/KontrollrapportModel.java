package se.rapportverk.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.rapportverk.calc.CheckKind;
import se.rapportverk.calc.CheckResult;
import se.rapportverk.format.SwedishFormat;
import se.rapportverk.report.FigureTable;
import se.rapportverk.report.Models;
import se.rapportverk.report.Palette;
import se.rapportverk.workbook.CellRanges;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Issue;
import se.rapportverk.workbook.Workbook;

/**
 * The data of the check report (kontrollrapport) for auditors: every check with the cells it
 * compared, the values, the difference and the verdict; and for every figure of every table of
 * every document, the cells it was calculated from.
 */
public final class KontrollrapportModel {

    private KontrollrapportModel() {
    }

    /**
     * Builds the template data.
     *
     * @param generation     the run (checks, findings and documents)
     * @param workbookSha256 the workbook's SHA-256
     * @param date           the documents' date
     */
    public static Map<String, Object> build(Generation generation, String workbookSha256, LocalDate date) {
        Workbook workbook = generation.workbook().orElseThrow();
        String unit = workbook.rapport().amountUnit().symbol();
        Map<String, Object> m = new LinkedHashMap<>();
        String file = fileName(generation.fileName());
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("title", "Kontrollrapport för " + file);
        doc.put("subject", "Kontroller och spårbarhet för dokument gjorda av " + file + " ("
                + workbook.rapport().namnd() + ", " + workbook.rapport().kommun() + ")");
        doc.put("author", "Rapportverk " + Version.get());
        doc.put("keywords", "kontrollrapport; " + workbook.rapport().namnd());
        doc.put("header", workbook.rapport().namnd() + " – Kontrollrapport");
        doc.put("footer", "SHA-256 " + workbookSha256.substring(0, 16) + "…");
        doc.put("date", date.toString());
        m.put("doc", doc);
        m.put("rapport", Models.rapport(workbook));
        Map<String, Object> wb = new LinkedHashMap<>();
        wb.put("fil", file);
        wb.put("sha256", workbookSha256);
        wb.put("enhet", unit);
        m.put("arbetsbok", wb);
        m.put("version", Version.get());
        m.put("dokument", generation.documents().stream().map(d -> String.join(", ",
                d.files().stream().map(f -> f.name()).toList())).toList());

        List<CheckResult> results = generation.calculation().map(c -> c.checks()).orElse(List.of());
        List<Map<String, Object>> summary = new ArrayList<>();
        List<Map<String, Object>> checks = new ArrayList<>();
        for (CheckKind kind : CheckKind.values()) {
            List<CheckResult> of = results.stream().filter(r -> r.kind() == kind).toList();
            long failed = of.stream().filter(r -> !r.passed()).count();
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("nummer", String.valueOf(kind.number()));
            s.put("titel", kind.title());
            s.put("jamforelser", String.valueOf(of.size()));
            s.put("stammer", String.valueOf(of.size() - failed));
            s.put("avviker", String.valueOf(failed));
            summary.add(s);
            if (!of.isEmpty()) {
                Map<String, Object> c = new LinkedHashMap<>(s);
                c.put("rader", of.stream().map(r -> check(r, unit)).toList());
                checks.add(c);
            }
        }
        m.put("sammanfattning", summary);
        m.put("kontroller", checks);
        m.put("fel", generation.diagnostics().errors().stream().map(KontrollrapportModel::issue).toList());
        m.put("varningar", generation.diagnostics().warnings().stream().map(KontrollrapportModel::issue).toList());

        List<Map<String, Object>> provenance = new ArrayList<>();
        for (GeneratedDocument d : generation.documents()) {
            Map<String, Object> pd = new LinkedHashMap<>();
            pd.put("titel", d.tree().info().title());
            pd.put("filer", String.join(", ", d.files().stream().map(f -> f.name()).toList()));
            List<Map<String, Object>> tables = new ArrayList<>();
            for (FigureTable t : d.tables().values()) {
                Map<String, Object> pt = new LinkedHashMap<>();
                pt.put("namn", t.name());
                pt.put("rader", t.provenance().stream().map(KontrollrapportModel::trace).toList());
                tables.add(pt);
            }
            pd.put("tabeller", tables);
            provenance.add(pd);
        }
        m.put("sparbarhet", provenance);
        return m;
    }

    private static String fileName(String path) {
        String p = path.replace('\\', '/');
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static Map<String, Object> check(CheckResult r, String unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        int decimals = Math.max(r.given().decimals(), r.calculated().decimals());
        m.put("plats", r.place());
        m.put("vad", r.subject());
        m.put("celler", r.cells().isEmpty() ? SwedishFormat.NOT_REPORTED : CellRanges.describe(r.cells(), null));
        m.put("angivet", value(r.given(), decimals));
        m.put("beraknat", value(r.calculated(), decimals));
        BigDecimal difference = r.calculated().reported() ? r.difference() : null;
        m.put("skillnad", SwedishFormat.number(difference, decimals));
        m.put("tolerans", r.tolerance().signum() == 0 ? SwedishFormat.NOT_REPORTED
                : SwedishFormat.number(r.tolerance(), Math.max(decimals, r.tolerance().stripTrailingZeros().scale())));
        m.put("stammer", r.passed());
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("ord", r.passed() ? "Stämmer" : "Avviker");
        a.put("farg", Palette.colour(r.passed()));
        a.put("symbol", Palette.SYMBOL);
        m.put("resultat", a);
        m.put("meddelande", r.message());
        return m;
    }

    private static String value(Figure f, int decimals) {
        return SwedishFormat.number(f.value(), decimals);
    }

    private static Map<String, Object> trace(FigureTable.Trace t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rad", t.row());
        m.put("kolumn", t.column());
        m.put("varde", t.value());
        m.put("hur", t.how());
        m.put("celler", t.figure().sources().isEmpty() ? SwedishFormat.NOT_REPORTED
                : CellRanges.describe(t.figure().sources(), null));
        return m;
    }

    private static Map<String, Object> issue(Issue i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("plats", i.place());
        m.put("meddelande", i.message());
        return m;
    }
}
