package se.rapportverk.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.rapportverk.testutil.XlsxParts;

/**
 * Mutates a workbook the way people, other programs and damaged disks do: cell values and types,
 * headers, rows, shared strings, formulas, styles, sheet names, and the raw bytes of the file. Each
 * mutation is chosen by a {@link Random}, so a seed gives the same mutations every time, and each
 * says what it did.
 */
final class Mutator {

    private static final Pattern V = Pattern.compile("<v>([^<]*)</v>");
    private static final Pattern C = Pattern.compile("<c r=\"([A-Z]+\\d+)\"([^>]*?)(/>|>)");
    private static final Pattern ROW = Pattern.compile("<row [^>]*?(/>|>.*?</row>)");
    private static final Pattern SI = Pattern.compile("<si>(.*?)</si>");
    private static final Pattern SHEET_NAME = Pattern.compile("<sheet name=\"([^\"]*)\"");

    private static final String[] VALUES = {"", " ", "NaN", "INF", "-Infinity", "1E308", "1E400", "-0", "0.1",
            "1201.2000000000003", "-12.500", "1.250", "1,250", "1 092,2", "-51,2", "abc", "#N/A", "#SNURR!",
            "99999999999999999999", "-1E-320", "0x10", "12 %", "100 000 kr", "2025-13-45", "45717", "1", "0",
            "TRUE", "_x0007_", "\u202E12-", "4711", "-1"};
    private static final String[] TYPES = {null, "s", "n", "str", "inlineStr", "b", "e", "d", "x", ""};
    private static final String[] FORMULAS = {"1/0", "A1", "SUM(C2:C9)", "C2*Z99", "[1]Blad1!A1", "SNURRA(1)",
            "E2+E3", "TODAY()", "IF(C2>0,\"ja\",\"nej\")", "VLOOKUP(A2,A:H,3,FALSE)", "C2&\"x\"", "-C2", "SUM(",
            "'Resultaträkning'!E3*2", "ROUND(C2/3,2)", "C2-D2", "#REF!", "NA()", "AVERAGE(C2:C3)"};
    private static final String[] HEADER_EDITS = {"Budget", "Prognos", "Post", "Utfall period", "Fält", "Värde",
            "Verksamhet", "", "Prognos ", "PROGNOS", "Progno", "Budge\u0308t", "Pr\u00ADognos", "Summa", "#Prognos",
            "Utfall\u00A0period", "Avvikelse", "Typ", "Åtgärd", "Effekt helår"};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /** A mutated copy of a workbook, and what was done to it. */
    record Mutated(byte[] bytes, String description) {
    }

    /** One to three mutations of the workbook. */
    Mutated mutate(byte[] original) {
        XlsxParts parts = XlsxParts.of(original);
        List<String> done = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        byte[] raw = null;
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(100);
            if (kind < 8 && raw == null) {
                raw = parts.zip();
                raw = rawBytes(raw, done);
            } else if (raw == null) {
                xml(parts, kind, done);
            }
        }
        return new Mutated(raw != null ? raw : parts.zip(), String.join("; ", done));
    }

    private void xml(XlsxParts parts, int kind, List<String> done) {
        List<String> sheets = parts.names().stream().filter(n -> n.startsWith("xl/worksheets/") && n.endsWith(".xml"))
                .toList();
        if (sheets.isEmpty()) {
            return;
        }
        String sheet = sheets.get(random.nextInt(sheets.size()));
        if (kind < 30) {
            cellValue(parts, sheet, done);
        } else if (kind < 42) {
            cellType(parts, sheet, done);
        } else if (kind < 54) {
            header(parts, done);
        } else if (kind < 66) {
            row(parts, sheet, done);
        } else if (kind < 76) {
            sharedString(parts, done);
        } else if (kind < 88) {
            formula(parts, sheet, done);
        } else if (kind < 92) {
            style(parts, sheet, done);
        } else if (kind < 96) {
            workbook(parts, done);
        } else {
            damageXml(parts, sheet, done);
        }
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The matches of a pattern in a text. */
    private static List<MatchResultCopy> matches(Pattern p, String text) {
        List<MatchResultCopy> list = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            list.add(new MatchResultCopy(m.start(), m.end(), m.group(), m.groupCount() >= 1 ? m.group(1) : null));
        }
        return list;
    }

    private record MatchResultCopy(int start, int end, String text, String group1) {
    }

    private MatchResultCopy any(Pattern p, String text) {
        List<MatchResultCopy> all = matches(p, text);
        return all.isEmpty() ? null : all.get(random.nextInt(all.size()));
    }

    private static String splice(String text, MatchResultCopy m, String replacement) {
        return text.substring(0, m.start()) + replacement + text.substring(m.end());
    }

    private void cellValue(XlsxParts parts, String sheet, List<String> done) {
        String xml = parts.text(sheet);
        MatchResultCopy m = any(V, xml);
        if (m == null) {
            return;
        }
        String value = random.nextInt(4) == 0 ? randomNumber() : pick(VALUES);
        parts.put(sheet, splice(xml, m, "<v>" + escape(value) + "</v>"));
        done.add(sheet + ": <v>" + m.group1() + "</v> → " + value);
    }

    private String randomNumber() {
        StringBuilder sb = new StringBuilder();
        if (random.nextBoolean()) {
            sb.append('-');
        }
        int digits = 1 + random.nextInt(18);
        for (int i = 0; i < digits; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
            if (i == digits / 2 && random.nextBoolean()) {
                sb.append(random.nextBoolean() ? '.' : 'E');
            }
        }
        return sb.toString();
    }

    private void cellType(XlsxParts parts, String sheet, List<String> done) {
        String xml = parts.text(sheet);
        MatchResultCopy m = any(C, xml);
        if (m == null) {
            return;
        }
        String type = pick(TYPES);
        String attrs = m.text().replaceAll(" t=\"[^\"]*\"", "");
        String replaced = type == null ? attrs : attrs.replaceFirst("<c r=\"", "<c t=\"" + type + "\" r=\"");
        parts.put(sheet, splice(xml, m, replaced));
        done.add(sheet + ": " + m.group1() + " t=" + type);
    }

    private void header(XlsxParts parts, List<String> done) {
        if (!parts.has("xl/sharedStrings.xml")) {
            return;
        }
        String sst = parts.text("xl/sharedStrings.xml");
        List<MatchResultCopy> all = matches(SI, sst);
        if (all.isEmpty()) {
            return;
        }
        // Headers are among the first texts of each sheet; any text will do as well.
        MatchResultCopy m = all.get(random.nextInt(Math.min(all.size(), 60)));
        String to = pick(HEADER_EDITS);
        parts.put("xl/sharedStrings.xml", splice(sst, m, "<si><t xml:space=\"preserve\">" + escape(to) + "</t></si>"));
        done.add("delad text " + abbreviate(m.text()) + " → \"" + to + "\"");
    }

    private void row(XlsxParts parts, String sheet, List<String> done) {
        String xml = parts.text(sheet);
        MatchResultCopy m = any(ROW, xml);
        if (m == null) {
            return;
        }
        int op = random.nextInt(6);
        String replaced = switch (op) {
            case 0 -> "";
            case 1 -> m.text() + m.text();
            case 2 -> m.text().replaceFirst("<row ", "<row hidden=\"1\" ");
            case 3 -> m.text().replaceAll("r=\"([A-Z]*)(\\d+)\"", "r=\"$1" + (1 + random.nextInt(1_048_580)) + "\"");
            case 4 -> m.text().replaceFirst("<row r=\"\\d+\"", "<row r=\"" + (1 + random.nextInt(30)) + "\"");
            default -> m.text().replaceAll(" r=\"[A-Z]+\\d+\"", "");
        };
        parts.put(sheet, splice(xml, m, replaced));
        done.add(sheet + ": rad " + abbreviate(m.text()) + " → åtgärd " + op);
    }

    private void sharedString(XlsxParts parts, List<String> done) {
        if (!parts.has("xl/sharedStrings.xml")) {
            return;
        }
        String sst = parts.text("xl/sharedStrings.xml");
        MatchResultCopy m = any(SI, sst);
        if (m == null) {
            return;
        }
        int op = random.nextInt(5);
        String replaced = switch (op) {
            case 0 -> "";
            case 1 -> m.text() + m.text();
            case 2 -> "<si><t>" + "x".repeat(33_000) + "</t></si>";
            case 3 -> m.text().replaceAll("[åäö]", "_x0007_");
            default -> m.text().replaceAll("<t( [^>]*)?>", "<t$1>\u202E");
        };
        parts.put("xl/sharedStrings.xml", splice(sst, m, replaced));
        done.add("delad text " + abbreviate(m.text()) + " → åtgärd " + op);
    }

    private void formula(XlsxParts parts, String sheet, List<String> done) {
        String xml = parts.text(sheet);
        MatchResultCopy m = any(V, xml);
        if (m == null) {
            return;
        }
        String f = pick(FORMULAS);
        boolean cached = random.nextBoolean();
        parts.put(sheet, splice(xml, m, "<f>" + escape(f) + "</f>" + (cached ? m.text() : random.nextBoolean()
                ? "<v></v>" : "")));
        done.add(sheet + ": formel =" + f + (cached ? " med sparat värde " + m.group1() : " utan sparat värde"));
    }

    private void style(XlsxParts parts, String sheet, List<String> done) {
        String xml = parts.text(sheet);
        MatchResultCopy m = any(C, xml);
        if (m == null) {
            return;
        }
        int s = random.nextInt(40) - 2;
        parts.put(sheet, splice(xml, m, m.text().replaceAll(" s=\"[^\"]*\"", "").replaceFirst("<c r=\"",
                "<c s=\"" + s + "\" r=\"")));
        done.add(sheet + ": " + m.group1() + " s=" + s);
    }

    private void workbook(XlsxParts parts, List<String> done) {
        String xml = parts.text("xl/workbook.xml");
        MatchResultCopy m = any(SHEET_NAME, xml);
        if (m == null) {
            return;
        }
        int op = random.nextInt(3);
        String replaced = switch (op) {
            case 0 -> "<sheet state=\"hidden\" name=\"" + m.group1() + "\"";
            case 1 -> "<sheet name=\"" + m.group1().toUpperCase(java.util.Locale.ROOT) + " \"";
            default -> "<sheet name=\"" + m.group1().replace("ä", "a\u0308").replace("å", "a\u030A") + "\"";
        };
        parts.put("xl/workbook.xml", splice(xml, m, replaced));
        done.add("blad " + m.group1() + " → åtgärd " + op);
    }

    private void damageXml(XlsxParts parts, String sheet, List<String> done) {
        String xml = parts.text(sheet);
        int op = random.nextInt(3);
        String replaced = switch (op) {
            case 0 -> xml.substring(0, random.nextInt(Math.max(1, xml.length())));
            case 1 -> xml.replaceFirst("</row>", "");
            default -> xml.replaceFirst("<worksheet", "<!DOCTYPE w [<!ENTITY e \"x\">]><worksheet");
        };
        parts.put(sheet, replaced);
        done.add(sheet + ": XML skadad, åtgärd " + op);
    }

    private byte[] rawBytes(byte[] zip, List<String> done) {
        int op = random.nextInt(3);
        byte[] b = zip.clone();
        switch (op) {
            case 0 -> {
                int n = 1 + random.nextInt(5);
                for (int i = 0; i < n; i++) {
                    b[random.nextInt(b.length)] ^= (byte) (1 + random.nextInt(255));
                }
                done.add(n + " byte ändrade");
            }
            case 1 -> {
                int at = random.nextInt(b.length);
                b = java.util.Arrays.copyOf(b, at);
                done.add("avklippt efter " + at + " byte");
            }
            default -> {
                int at = random.nextInt(b.length);
                byte[] extra = new byte[1 + random.nextInt(64)];
                random.nextBytes(extra);
                byte[] c = new byte[b.length + extra.length];
                System.arraycopy(b, 0, c, 0, at);
                System.arraycopy(extra, 0, c, at, extra.length);
                System.arraycopy(b, at, c, at + extra.length, b.length - at);
                b = c;
                done.add(extra.length + " byte inskjutna vid " + at);
            }
        }
        return b;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String abbreviate(String s) {
        String t = new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return t.length() > 50 ? t.substring(0, 50) + "…" : t;
    }
}
