package se.rapportverk.e2e;

import java.util.List;

/**
 * What the handlingsplan, its follow-up and the åtgärdsplan of {@code input-examples/} must show,
 * written out by hand: no calculation here. The figures are the workbooks' cells (as
 * {@code src/test/java/se/rapportverk/examples/ExampleWorkbooks.java} and {@code PlanTexter.java} write
 * them) worked out on paper by the rules of docs/arbetsbok.md, as each comment shows.
 */
final class PlanExamples {

    private PlanExamples() {
    }

    /** A row typed with ordinary spaces between thousands (no-break spaces in the documents). */
    static List<String> row(String... cells) {
        return java.util.Arrays.stream(cells).map(Sv::nb).toList();
    }

    /**
     * A key figure's row as the plan shows it: Enhet, Senaste period, Utfall, Målvärde,
     * Måluppfyllelse and the trend (the least-squares slope of Utfall per month, in words; the
     * document has a no-break space between the slope and its unit).
     */
    static List<String> latest(String enhet, String period, String utfall, String malvarde, String met, String trend) {
        return List.of(enhet, period, utfall, malvarde, met, trend.replaceFirst("([0-9,]+) ", "$1" + Sv.NBSP));
    }

    /** A line of a key figure's chart: its name and its values as printed, one per month. */
    record Line(String name, List<String> values) {
    }

    static Line line(String name, String... values) {
        return new Line(name, List.of(values));
    }

    /** The same value for every month. */
    static Line flat(String name, String value, int months) {
        return new Line(name, java.util.Collections.nCopies(months, value));
    }

    /**
     * A key figure as the plan shows it.
     *
     * @param name    its heading
     * @param note    the note under the heading (Måttenhet, Riktning)
     * @param rows    its table: one row per Enhet with its latest reading, whether the target is met and the trend
     * @param months  the months of its chart
     * @param lines   its chart's lines: one per Enhet, then the Målvärde (dashed)
     */
    record KeyFigure(String name, String note, List<List<String>> rows, List<String> months, List<Line> lines) {
    }

    static final String NORR = "Assistansgrupp Norr", SODER = "Assistansgrupp Söder", CENTRUM = "Assistansgrupp Centrum";

    // ------------------------------------------------------------------ handlingsplan-personlig-assistans-2025

    /**
     * The summary table of the handlingsplan (kr). APT: 42 × 4 × 320 = 53 760 kr a year from 1 March,
     * 10/12 of it = 44 800 kr in 2025; the two text effects add nothing.
     */
    static final List<List<String>> HANDLINGSPLAN_SUMMARY = List.of(
            row("Endast verkställa beslutade timmar", "2025-01-01", "Ej minus resultat", ""),
            row("Fler timvikarier och minskad övertid", "2025-01-01", "100 000", "100 000"),
            row("Sänkta personalkostnader", "2025-01-01", "Hålla prognos", ""),
            row("Effektivare APT – samordning och tidsoptimering", "2025-03-01", "44 800", "53 760"),
            row("Summa", "", "144 800", "153 760"));

    /** Rapport!Underskott 1 200 000 kr; 144 800 / 1 200 000 = 12,07 %; 1 200 000 − 144 800. */
    static final List<List<String>> HANDLINGSPLAN_COVERAGE = List.of(
            row("Underskott att täcka", "1 200 000"),
            row("Åtgärdernas effekt innevarande år", "144 800"),
            row("Täckningsgrad", "12,1 %"),
            row("Kvarstående underskott", "1 055 200"));

    static final List<String> H2_2024 = List.of("2024-07", "2024-08", "2024-09", "2024-10", "2024-11", "2024-12");

    /**
     * The key figures of the second half of 2024 (the Nyckeltal sheet of
     * handlingsplan-personlig-assistans-2025.xlsx, rows 2–55). Latest: the 2024-12 rows (D7, D13, D19 …).
     * Norr 103,8 104,1 102,9 103,5 104,4 105,2 over months 0–5: slope 4,25 / 17,5 = 0,243, rising, and lower is
     * better: a försämring.
     */
    static final List<KeyFigure> NYCKELTAL_2024 = List.of(
            new KeyFigure("Andel verkställda av beslutade timmar", "Måttenhet: %. Lägre är bättre.", List.of(
                    latest(NORR, "2024-12", "105,2", "100,0", "● Ej uppfyllt", "stigande 0,24 procentenheter, försämring"),
                    latest(SODER, "2024-12", "102,3", "100,0", "● Ej uppfyllt", "stigande 0,22 procentenheter, försämring"),
                    latest(CENTRUM, "2024-12", "104,6", "100,0", "● Ej uppfyllt",
                            "sjunkande 0,33 procentenheter, förbättring")), H2_2024, List.of(
                    line(NORR, "103,8", "104,1", "102,9", "103,5", "104,4", "105,2"),
                    line(SODER, "101,2", "100,8", "101,5", "100,9", "101,7", "102,3"),
                    line(CENTRUM, "106,1", "105,4", "104,8", "105,9", "103,7", "104,6"),
                    flat("Målvärde", "100,0", 6))),
            new KeyFigure("Övertid", "Måttenhet: timmar. Lägre är bättre.", List.of(
                    latest(NORR, "2024-12", "112", "40", "● Ej uppfyllt", "stigande 2,0 timmar, försämring"),
                    latest(SODER, "2024-12", "69", "40", "● Ej uppfyllt", "stigande 5,0 timmar, försämring"),
                    latest(CENTRUM, "2024-12", "124", "40", "● Ej uppfyllt", "stigande 4,1 timmar, försämring")),
                    H2_2024, List.of(
                    line(NORR, "96", "74", "58", "61", "70", "112"),
                    line(SODER, "41", "38", "35", "44", "47", "69"),
                    line(CENTRUM, "88", "91", "77", "73", "80", "124"),
                    flat("Målvärde", "40", 6))),
            new KeyFigure("Andel frånvaropass som täcks av timvikarie", "Måttenhet: %. Högre är bättre.", List.of(
                    // Norr 58 61 64 60 57 49: slope -30,5 / 17,5 = -1,74.
                    latest(NORR, "2024-12", "49", "80", "● Ej uppfyllt", "sjunkande 1,7 procentenheter, försämring"),
                    latest(SODER, "2024-12", "63", "80", "● Ej uppfyllt", "sjunkande 1,7 procentenheter, försämring"),
                    latest(CENTRUM, "2024-12", "47", "80", "● Ej uppfyllt", "sjunkande 0,6 procentenheter, försämring")),
                    H2_2024, List.of(
                    line(NORR, "58", "61", "64", "60", "57", "49"),
                    line(SODER, "72", "75", "78", "74", "71", "63"),
                    line(CENTRUM, "55", "52", "59", "61", "58", "47"),
                    flat("Målvärde", "80", 6))));

    // ------------------------------------------------------------------ uppfoljning-handlingsplan-2025

    /**
     * The follow-up's summary table (kr). Realised share: 41 000 / 100 000 = 41,0 %, 26 880 / 44 800 =
     * 60,0 %. Issue 7: the Summa row is of the actions with a planned amount, so its share is its own
     * Utfall hittills of its own effect, (41 000 + 26 880) / 144 800 = 46,9 %; the two actions whose effect
     * is a text have their Utfall hittills, 96 000 + 0, on a row of their own.
     */
    static final List<List<String>> UPPFOLJNING_SUMMARY = List.of(
            row("Endast verkställa beslutade timmar", "2025-01-01", "Ej minus resultat", "", "Pågår", "96 000", "–"),
            row("Fler timvikarier och minskad övertid", "2025-01-01", "100 000", "100 000", "Pågår", "41 000", "41,0 %"),
            row("Sänkta personalkostnader", "2025-01-01", "Hålla prognos", "", "Avbruten", "0", "–"),
            row("Effektivare APT – samordning och tidsoptimering", "2025-03-01", "44 800", "53 760", "Genomförd", "26 880",
                    "60,0 %"),
            row("Summa", "", "144 800", "153 760", "", "67 880", "46,9 %"),
            row("Åtgärder utan planerat belopp", "", "", "–", "", "96 000", "–"));

    /**
     * The deficit's coverage, planned and realised: 144 800 / 1 200 000 = 12,1 %; all the Utfall hittills,
     * 96 000 + 41 000 + 0 + 26 880 = 163 880, / 1 200 000 = 13,66 %; what remains of 1 200 000.
     */
    static final List<List<String>> UPPFOLJNING_COVERAGE = List.of(
            row("Underskott att täcka", "1 200 000", "1 200 000"),
            row("Åtgärdernas effekt innevarande år", "144 800", "163 880"),
            row("Täckningsgrad", "12,1 %", "13,7 %"),
            row("Kvarstående underskott", "1 055 200", "1 036 120"));

    /** Each action's Status and its "Utfall hittills" line: the cell, and its share of the 2025 effect. */
    static final List<List<String>> UPPFOLJNING_ACTIONS = List.of(
            row("Endast verkställa beslutade timmar", "Pågår", "Utfall hittills: 96 000 kr"),
            row("Fler timvikarier och minskad övertid", "Pågår", "Utfall hittills: 41 000 kr, 41,0 % av effekten för 2025"),
            row("Sänkta personalkostnader", "Avbruten", "Utfall hittills: 0 kr"),
            row("Effektivare APT – samordning och tidsoptimering", "Genomförd",
                    "Utfall hittills: 26 880 kr, 60,0 % av effekten för 2025"));

    static final List<String> JAN_JUL_2025 = List.of("2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06",
            "2025-07");

    /** The key figures of January–July 2025 (the Nyckeltal sheet of uppfoljning-handlingsplan-2025.xlsx, rows 2–64). */
    static final List<KeyFigure> NYCKELTAL_2025 = List.of(
            new KeyFigure("Andel verkställda av beslutade timmar", "Måttenhet: %. Lägre är bättre.", List.of(
                    latest(NORR, "2025-07", "100,4", "100,0", "● Ej uppfyllt", "sjunkande 0,59 procentenheter, förbättring"),
                    // 100,0 against 100: met (Lägre är bättre, Utfall ≤ Målvärde).
                    latest(SODER, "2025-07", "100,0", "100,0", "● Uppfyllt", "sjunkande 0,31 procentenheter, förbättring"),
                    latest(CENTRUM, "2025-07", "101,5", "100,0", "● Ej uppfyllt",
                            "sjunkande 0,67 procentenheter, förbättring")), JAN_JUL_2025, List.of(
                    line(NORR, "103,9", "102,6", "101,8", "101,1", "100,6", "100,2", "100,4"),
                    line(SODER, "101,9", "101,0", "100,3", "99,8", "100,1", "99,6", "100,0"),
                    line(CENTRUM, "105,1", "104,0", "102,7", "101,9", "101,2", "100,8", "101,5"),
                    flat("Målvärde", "100,0", 7))),
            new KeyFigure("Övertid", "Måttenhet: timmar. Lägre är bättre.", List.of(
                    latest(NORR, "2025-07", "63", "40", "● Ej uppfyllt", "sjunkande 4,1 timmar, förbättring"),
                    latest(SODER, "2025-07", "48", "40", "● Ej uppfyllt", "sjunkande 0,1 timmar, förbättring"),
                    latest(CENTRUM, "2025-07", "70", "40", "● Ej uppfyllt", "sjunkande 5,1 timmar, förbättring")),
                    JAN_JUL_2025, List.of(
                    line(NORR, "88", "71", "52", "44", "39", "57", "63"),
                    line(SODER, "52", "40", "33", "29", "31", "45", "48"),
                    line(CENTRUM, "97", "84", "66", "51", "47", "62", "70"),
                    flat("Målvärde", "40", 7))),
            new KeyFigure("Andel frånvaropass som täcks av timvikarie", "Måttenhet: %. Högre är bättre.", List.of(
                    latest(NORR, "2025-07", "66", "80", "● Ej uppfyllt", "stigande 1,8 procentenheter, förbättring"),
                    latest(SODER, "2025-07", "76", "80", "● Ej uppfyllt", "stigande 1,1 procentenheter, förbättring"),
                    latest(CENTRUM, "2025-07", "64", "80", "● Ej uppfyllt", "stigande 2,0 procentenheter, förbättring")),
                    JAN_JUL_2025, List.of(
                    line(NORR, "56", "63", "68", "72", "75", "70", "66"),
                    line(SODER, "70", "74", "79", "82", "84", "78", "76"),
                    line(CENTRUM, "54", "60", "66", "71", "73", "69", "64"),
                    flat("Målvärde", "80", 7))));

    // ------------------------------------------------------------------ atgardsplan-2025

    /**
     * The åtgärdsplan's summary (kr shown in tkr): each Effekt helår × the months from its start month
     * to December / 12, e.g. 2 400 000 × 9/12 = 1 800 000 from 1 April.
     */
    static final List<List<String>> ATGARDSPLAN_SUMMARY = List.of(
            row("Målvärden för utförd tid hos kund", "2025-04-01", "1 800", "2 400"),
            row("Fler fast anställda i stället för timvikarier", "2025-06-01", "1 050", "1 800"),
            row("Samordnad planering och gemensam bilpool", "2025-09-01", "300", "900"),
            row("Schemaöversyn och budget i timmar på Björkhagen", "2025-10-01", "300", "1 200"),
            row("Översyn av produktionsköken", "2025-07-01", "300", "600"),
            row("Översyn av bemanningen och minskad inhyrd personal", "2025-05-01", "1 000", "1 500"),
            row("Summa", "", "4 750", "8 400"));

    /** Rapport!Underskott 9 548 000 kr (the Bemanning sheet's Förväntat resultat); 4 750 / 9 548 = 49,7 %. */
    static final List<List<String>> ATGARDSPLAN_COVERAGE = List.of(
            row("Underskott att täcka", "9 548"),
            row("Åtgärdernas effekt innevarande år", "4 750"),
            row("Täckningsgrad", "49,7 %"),
            row("Kvarstående underskott", "4 798"));

    /** The Verksamheter of the åtgärdsplan with their actions, in the sheet's order. */
    static final List<List<String>> ATGARDSPLAN_VERKSAMHETER = List.of(
            List.of("Hemtjänst", "Målvärden för utförd tid hos kund", "Fler fast anställda i stället för timvikarier",
                    "Samordnad planering och gemensam bilpool"),
            List.of("Särskilt boende", "Schemaöversyn och budget i timmar på Björkhagen"),
            List.of("Kostenheten", "Översyn av produktionsköken"),
            List.of("Hälso- och sjukvård", "Översyn av bemanningen och minskad inhyrd personal"));

    /**
     * The Bemanning table: (Intäkter − Övriga kostnader) / Kostnad per årsarbetare, Bemanning, their
     * difference, −Differens × Kostnad per årsarbetare in tkr, Bemanningsutrymme × 1 700 hours. Hemtjänst
     * Centrum: (38 400 000 − 4 100 000) / 590 000 = 58,14 åa; 61,5 − 58,14 = 3,36; −3,36 × 590 000 =
     * -1 985 000 kr; 58,14 × 1 700 = 98 831. The four hemtjänst units: -1 985 − 672 − 2 136 − 2 413 =
     * -7 206 tkr, the 7,2 mkr of input-examples/README.md.
     */
    static final List<List<String>> BEMANNING = List.of(
            row("Hemtjänst Centrum", "58,1", "61,5", "3,4", "-1 985", "98 831"),
            row("Hemtjänst Norr", "42,1", "43,2", "1,1", "-672", "71 487"),
            row("Hemtjänst Söder", "46,8", "50,4", "3,6", "-2 136", "79 525"),
            row("Hemtjänst Landsbygd", "31,3", "35,4", "4,1", "-2 413", "53 286"),
            row("Björkhagens vård- och omsorgsboende", "58,4", "60,6", "2,2", "-1 366", "99 213"),
            row("Kostenheten", "24,4", "26,3", "1,9", "-976", "41 519"),
            row("Totalt", "261,1", "277,4", "16,3", "-9 548", "443 861"));

    static final String CENTRUM_H = "Hemtjänst Centrum", NORR_H = "Hemtjänst Norr", SODER_H = "Hemtjänst Söder",
            LANDSBYGD_H = "Hemtjänst Landsbygd";

    static final List<String> OKT_FEB = List.of("2024-10", "2024-11", "2024-12", "2025-01", "2025-02");

    /**
     * The key figures of the hemtjänst units, October 2024–February 2025 (the Nyckeltal sheet of
     * atgardsplan-2025.xlsx, rows 2–61). Hemtjänst Landsbygd has a Målvärde of its own for Andel utförd
     * tid hos kund (E17:E21, 52), the others 62 (E2:E16): two target lines, each named by its value.
     */
    static final List<KeyFigure> NYCKELTAL_HEMTJANST = List.of(
            new KeyFigure("Andel utförd tid hos kund", "Måttenhet: %. Högre är bättre.", List.of(
                    // Centrum 58,4 59,1 57,2 58,8 59,6 over months 0–4: slope 2,1 / 10 = 0,21.
                    latest(CENTRUM_H, "2025-02", "59,6", "62,0", "● Ej uppfyllt", "stigande 0,21 procentenheter, förbättring"),
                    // 62,9 against 62: met (Högre är bättre).
                    latest(NORR_H, "2025-02", "62,9", "62,0", "● Uppfyllt", "stigande 0,27 procentenheter, förbättring"),
                    latest(SODER_H, "2025-02", "57,4", "62,0", "● Ej uppfyllt", "stigande 0,39 procentenheter, förbättring"),
                    latest(LANDSBYGD_H, "2025-02", "51,0", "52,0", "● Ej uppfyllt",
                            "stigande 0,20 procentenheter, förbättring")), OKT_FEB, List.of(
                    line(CENTRUM_H, "58,4", "59,1", "57,2", "58,8", "59,6"),
                    line(NORR_H, "61,2", "62,5", "60,1", "61,8", "62,9"),
                    line(SODER_H, "55,7", "56,3", "54,9", "56,8", "57,4"),
                    line(LANDSBYGD_H, "49,8", "50,6", "48,7", "50,2", "51,0"),
                    flat("Målvärde 62,0", "62,0", 5),
                    flat("Målvärde 52,0", "52,0", 5))),
            new KeyFigure("Sjukfrånvaro", "Måttenhet: %. Lägre är bättre.", List.of(
                    latest(CENTRUM_H, "2025-02", "9,6", "7,0", "● Ej uppfyllt", "sjunkande 0,07 procentenheter, förbättring"),
                    latest(NORR_H, "2025-02", "6,8", "7,0", "● Uppfyllt", "sjunkande 0,19 procentenheter, förbättring"),
                    latest(SODER_H, "2025-02", "10,7", "7,0", "● Ej uppfyllt", "sjunkande 0,01 procentenheter, förbättring"),
                    latest(LANDSBYGD_H, "2025-02", "6,4", "7,0", "● Uppfyllt",
                            "sjunkande 0,17 procentenheter, förbättring")), OKT_FEB, List.of(
                    line(CENTRUM_H, "9,8", "10,4", "11,2", "10,1", "9,6"),
                    line(NORR_H, "7,4", "7,9", "8,6", "7,2", "6,8"),
                    line(SODER_H, "10,9", "11,5", "12,3", "11,8", "10,7"),
                    line(LANDSBYGD_H, "6,9", "7,3", "8,1", "6,6", "6,4"),
                    flat("Målvärde", "7,0", 5))),
            new KeyFigure("Andel timvikarier", "Måttenhet: %. Lägre är bättre.", List.of(
                    latest(CENTRUM_H, "2025-02", "19,6", "15,0", "● Ej uppfyllt", "sjunkande 0,55 procentenheter, förbättring"),
                    latest(NORR_H, "2025-02", "16,1", "15,0", "● Ej uppfyllt", "sjunkande 0,34 procentenheter, förbättring"),
                    latest(SODER_H, "2025-02", "22,4", "15,0", "● Ej uppfyllt", "sjunkande 0,45 procentenheter, förbättring"),
                    latest(LANDSBYGD_H, "2025-02", "13,7", "15,0", "● Uppfyllt",
                            "sjunkande 0,36 procentenheter, förbättring")), OKT_FEB, List.of(
                    line(CENTRUM_H, "21,4", "22,8", "24,1", "20,9", "19,6"),
                    line(NORR_H, "17,2", "18,0", "19,5", "16,8", "16,1"),
                    line(SODER_H, "23,9", "24,6", "26,2", "23,1", "22,4"),
                    line(LANDSBYGD_H, "14,8", "15,6", "16,9", "14,2", "13,7"),
                    flat("Målvärde", "15,0", 5))));
}
