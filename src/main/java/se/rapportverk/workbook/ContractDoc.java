package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of the contract documentation ({@code docs/arbetsbok.md}, Swedish) that are generated
 * from {@link Schema}: the sheets, the Rapport fields, the Texter keys and each sheet's columns.
 * The document is written by hand around them; each generated part stands between
 * {@code <!-- schema:NAME -->} and {@code <!-- /schema:NAME -->}, and {@link #update} rewrites every
 * such part from the schema, leaving the rest as it is. A test compares the committed document
 * with its update, so the two cannot drift apart.
 *
 * <p>Parts: {@code blad} (every sheet), {@code rapport} (the fields), {@code texter} (the keys),
 * {@code kolumner:<blad>} (a sheet's columns), {@code kontroller} (the checks, {@link CheckType});
 * in the README {@code översikt} (every sheet and its columns in one table) and {@code kontroller}.
 */
public final class ContractDoc {

    private static final Pattern PART = Pattern.compile(
            "(<!-- schema:([^>\\n]+?) -->\\n)(.*?)(<!-- /schema:\\2 -->)", Pattern.DOTALL);

    private ContractDoc() {
    }

    /**
     * The document with every generated part rewritten from the schema.
     *
     * @throws IllegalArgumentException for a part the schema does not know
     */
    public static String update(String document) {
        Matcher m = PART.matcher(document);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + part(m.group(2)) + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The names of the parts the document has, in order. */
    public static List<String> parts(String document) {
        List<String> names = new ArrayList<>();
        Matcher m = PART.matcher(document);
        while (m.find()) {
            names.add(m.group(2));
        }
        return names;
    }

    /** One generated part, by name. */
    public static String part(String name) {
        if (name.equals("blad")) {
            return sheets();
        }
        if (name.equals("översikt")) {
            return overview();
        }
        if (name.equals("rapport")) {
            return fields();
        }
        if (name.equals("texter")) {
            return keys();
        }
        if (name.equals("kontroller")) {
            return checks();
        }
        if (name.startsWith("kolumner:")) {
            String sheet = name.substring("kolumner:".length());
            return columns(Schema.sheet(sheet).orElseThrow(() -> new IllegalArgumentException("no sheet " + sheet)));
        }
        throw new IllegalArgumentException("no generated part " + name);
    }

    /** The README's short table: each sheet, its columns (required ones bold), the documents using it. */
    static String overview() {
        StringBuilder sb = new StringBuilder("| Blad | Kolumner (fetstil = krävs) | Används i |\n|---|---|---|\n");
        for (SheetSpec s : Schema.SHEETS) {
            String columns = String.join(", ", s.columns().stream()
                    .map(c -> c.isRequired() ? "**" + c.header() + "**" : c.header()).toList());
            if (s == Schema.RAPPORT) {
                columns += ": " + String.join(", ", java.util.Arrays.stream(RapportField.values())
                        .map(RapportField::label).toList());
            }
            sb.append("| ").append(s.name()).append(" | ").append(columns).append(" | ").append(documents(s.usedBy()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** The sheets: name, documents, what its rows make, what it holds. */
    static String sheets() {
        StringBuilder sb = new StringBuilder("| Blad | Används i | Ensamt nog för | Innehåll |\n|---|---|---|---|\n");
        for (SheetSpec s : Schema.SHEETS) {
            sb.append("| ").append(s.name()).append(" | ").append(documents(s.usedBy())).append(" | ")
                    .append(s.makes().isEmpty() ? "–" : documents(s.makes())).append(" | ").append(md(s.help()))
                    .append(" |\n");
        }
        return sb.toString();
    }

    /** The checks: number, title, what each compares, whose it is, how a failure counts. */
    static String checks() {
        StringBuilder sb = new StringBuilder("| Nr | Kontroll | Vad som jämförs | Från | Om det inte stämmer |\n"
                + "|---|---|---|---|---|\n");
        for (CheckType c : CheckType.values()) {
            sb.append("| ").append(c.number()).append(" | ").append(c.title()).append(" | ").append(md(c.description()))
                    .append(" | ").append(c.contract() ? "kontraktet" : "Rapportverk").append(" | ")
                    .append(c.failure().words()).append(" |\n");
        }
        return sb.toString();
    }

    /** The Rapport fields. */
    static String fields() {
        StringBuilder sb = new StringBuilder("| Fält | Värde | Används i | Krävs för | Betydelse |\n|---|---|---|---|---|\n");
        for (RapportField f : RapportField.values()) {
            String type = f.words().isEmpty() ? f.type().word()
                    : f.type().word() + ": " + Names.joinOr(f.words().stream().map(w -> "`" + w + "`").toList());
            sb.append("| ").append(f.label()).append(" | ").append(type).append(" | ").append(documents(f.usedBy()))
                    .append(" | ").append(f.requiredBy().isEmpty() ? "–" : documents(f.requiredBy())).append(" | ")
                    .append(md(f.help())).append(" |\n");
        }
        return sb.toString();
    }

    /** The Texter keys. */
    static String keys() {
        StringBuilder sb = new StringBuilder("| Avsnitt | Används i | Var texten står |\n|---|---|---|\n");
        for (TextKey k : TextKey.values()) {
            sb.append("| `").append(k.id()).append("` | ").append(documents(k.usedBy())).append(" | ").append(md(k.help()));
            if (!k.makes().isEmpty()) {
                sb.append(" Texten räcker ensam för ").append(Names.joinOr(k.makes().stream()
                        .map(DocumentType::indefinite).toList())).append('.');
            }
            sb.append(" |\n");
        }
        return sb.toString();
    }

    /** A sheet's columns. */
    static String columns(SheetSpec sheet) {
        StringBuilder sb = new StringBuilder("| Kolumn | Krävs | Innehåll | Betydelse |\n|---|---|---|---|\n");
        for (ColumnSpec c : sheet.columns()) {
            String required = c.isRequired() ? (c.valueRequired() ? "ja, på varje rad" : "ja")
                    : c.valueRequired() ? "på varje rad" : "–";
            sb.append("| ").append(header(c)).append(" | ").append(required).append(" | ").append(content(c))
                    .append(" | ").append(md(c.help())).append(" |\n");
        }
        if (sheet == Schema.RESULTATRAKNING) {
            sb.append("\nStandardposter, vars Typ kan lämnas tom: intäkter ")
                    .append(Names.joinAnd(Schema.RESULTATRAKNING.standardIncome)).append("; kostnader ")
                    .append(Names.joinAnd(Schema.RESULTATRAKNING.standardCosts)).append(".\n");
        }
        if (!sheet.givenTotalWords().isEmpty()) {
            sb.append("\nSummarader: en rad vars ").append(sheet.columns().get(0).header().toLowerCase(Locale.ROOT))
                    .append(" börjar med ").append(Names.joinOr(sheet.givenTotalWords().stream()
                            .map(w -> "`" + w + "`").toList())).append(sheet == Schema.RESULTATRAKNING
                            ? ", eller vars Typ är `" + AmountRow.Typ.SUMMA.word() + "`," : "")
                    .append(" är en angiven summa: den kontrolleras mot den beräknade och visas aldrig som den står.\n");
        }
        return sb.toString();
    }

    /**
     * A column's header, with the other headers that mean it: its aliases, and its headers with the
     * year and the period written out, for År 2025 and Period augusti.
     */
    private static String header(ColumnSpec c) {
        List<String> also = new ArrayList<>();
        c.aliases().forEach(a -> also.add("`" + a + "`"));
        HeaderPattern.Context example = new HeaderPattern.Context(2025, 8);
        c.patterns().forEach(p -> also.add("`" + p.render(example) + "`"));
        return also.isEmpty() ? c.header() : c.header() + " (även " + Names.joinOr(also) + ")";
    }

    private static String content(ColumnSpec c) {
        String content = c.type().word();
        if (!c.words().isEmpty() && c.type() == ColumnType.CHOICE) {
            content += ": " + Names.joinOr(c.words().stream().map(w -> "`" + w + "`").toList());
            List<String> aliases = new ArrayList<>();
            for (Enum<?> e : c.choices().getEnumConstants()) {
                ((Choice) e).aliases().forEach(a -> aliases.add("`" + a + "`"));
            }
            if (!aliases.isEmpty()) {
                content += " (även " + Names.joinOr(aliases) + ")";
            }
        } else if (c.unit() != null && !c.unit().equals("Beloppsenhet")) {
            content += " (" + c.unit() + ")";
        } else if (c.type() == ColumnType.KEY) {
            content += " (se nedan)";
        }
        return content;
    }

    /** A help text as Markdown shows it as typed: markup characters escaped. */
    private static String md(String text) {
        return text.replace("\\", "\\\\").replace("*", "\\*").replace("|", "\\|").replace("_", "\\_");
    }

    private static String documents(Set<DocumentType> documents) {
        if (documents.size() == DocumentType.values().length) {
            return "alla";
        }
        return String.join(", ", documents.stream().map(d -> d.title().toLowerCase(Locale.ROOT)).toList());
    }

    /** The parts the README has. */
    public static List<String> readmeParts() {
        return List.of("översikt", "kontroller");
    }

    /** Every part a complete contract document has, for the test that no part is missing. */
    public static List<String> expectedParts() {
        List<String> names = new ArrayList<>(List.of("blad", "rapport", "texter", "kontroller"));
        for (SheetSpec s : Schema.SHEETS) {
            names.add("kolumner:" + s.name());
        }
        return names;
    }
}
