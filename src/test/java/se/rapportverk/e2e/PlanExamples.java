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

    /** A trend sentence typed with an ordinary space where the document has a no-break one: after the slope. */
    static String trend(String sentence) {
        return sentence.replaceFirst("( med [0-9,]+) ", "$1" + Sv.NBSP);
    }

    /** A row typed with ordinary spaces between thousands (no-break spaces in the documents). */
    static List<String> row(String... cells) {
        return java.util.Arrays.stream(cells).map(Sv::nb).toList();
    }

    /**
     * A key figure as the plan shows it.
     *
     * @param name       its heading
     * @param note       the note under the heading (Måttenhet, Riktning)
     * @param rows       the number of readings (rows of its table)
     * @param sampleRows some rows of its table: Enhet, Period, Utfall, Målvärde, Avvikelse, Måluppfyllelse
     * @param trends     the trend sentences, one per Enhet: the least-squares slope of Utfall per month
     */
    record KeyFigure(String name, String note, int rows, List<List<String>> sampleRows, List<String> trends) {
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

    /** The key figures of the second half of 2024 (ExampleWorkbooks.nyckeltal2024). */
    static final List<KeyFigure> NYCKELTAL_2024 = List.of(
            new KeyFigure("Andel verkställda av beslutade timmar", "Måttenhet: %. Lägre är bättre.", 18, List.of(
                    row(NORR, "2024-07", "103,8", "100,0", "3,8", "● Ej uppfyllt"),
                    row(NORR, "2024-12", "105,2", "100,0", "5,2", "● Ej uppfyllt"),
                    row(CENTRUM, "2024-12", "104,6", "100,0", "4,6", "● Ej uppfyllt")), List.of(
                    // Norr 103,8 104,1 102,9 103,5 104,4 105,2 over months 0–5: slope 4,25 / 17,5 = 0,243.
                    trend("Assistansgrupp Norr: stigande med 0,24 procentenheter per månad 2024-07–2024-12, en försämring"),
                    trend("Assistansgrupp Söder: stigande med 0,22 procentenheter per månad 2024-07–2024-12, en försämring"),
                    trend("Assistansgrupp Centrum: sjunkande med 0,33 procentenheter per månad 2024-07–2024-12, en förbättring"))),
            new KeyFigure("Övertid", "Måttenhet: timmar. Lägre är bättre.", 18, List.of(
                    row(NORR, "2024-07", "96", "40", "56", "● Ej uppfyllt"),
                    row(SODER, "2024-07", "41", "40", "1", "● Ej uppfyllt"),
                    row(CENTRUM, "2024-12", "124", "40", "84", "● Ej uppfyllt")), List.of(
                    trend("Assistansgrupp Norr: stigande med 2,0 timmar per månad 2024-07–2024-12, en försämring"),
                    trend("Assistansgrupp Söder: stigande med 5,0 timmar per månad 2024-07–2024-12, en försämring"),
                    trend("Assistansgrupp Centrum: stigande med 4,1 timmar per månad 2024-07–2024-12, en försämring"))),
            new KeyFigure("Andel frånvaropass som täcks av timvikarie", "Måttenhet: %. Högre är bättre.", 18, List.of(
                    row(NORR, "2024-07", "58", "80", "-22", "● Ej uppfyllt"),
                    row(SODER, "2024-12", "63", "80", "-17", "● Ej uppfyllt"),
                    row(CENTRUM, "2024-07", "55", "80", "-25", "● Ej uppfyllt")), List.of(
                    trend("Assistansgrupp Norr: sjunkande med 1,7 procentenheter per månad 2024-07–2024-12, en försämring"),
                    trend("Assistansgrupp Söder: sjunkande med 1,7 procentenheter per månad 2024-07–2024-12, en försämring"),
                    trend("Assistansgrupp Centrum: sjunkande med 0,6 procentenheter per månad 2024-07–2024-12, en försämring"))));

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

    /** The key figures of January–July 2025 (ExampleWorkbooks.nyckeltal2025). */
    static final List<KeyFigure> NYCKELTAL_2025 = List.of(
            new KeyFigure("Andel verkställda av beslutade timmar", "Måttenhet: %. Lägre är bättre.", 21, List.of(
                    row(NORR, "2025-01", "103,9", "100,0", "3,9", "● Ej uppfyllt"),
                    // 100,0 against 100: met (Lägre är bättre, Utfall ≤ Målvärde).
                    row(SODER, "2025-07", "100,0", "100,0", "0,0", "● Uppfyllt"),
                    row(CENTRUM, "2025-07", "101,5", "100,0", "1,5", "● Ej uppfyllt")), List.of(
                    trend("Assistansgrupp Norr: sjunkande med 0,59 procentenheter per månad 2025-01–2025-07, en förbättring"),
                    trend("Assistansgrupp Söder: sjunkande med 0,31 procentenheter per månad 2025-01–2025-07, en förbättring"),
                    trend("Assistansgrupp Centrum: sjunkande med 0,67 procentenheter per månad 2025-01–2025-07, en förbättring"))),
            new KeyFigure("Övertid", "Måttenhet: timmar. Lägre är bättre.", 21, List.of(
                    row(NORR, "2025-01", "88", "40", "48", "● Ej uppfyllt"),
                    row(SODER, "2025-07", "48", "40", "8", "● Ej uppfyllt"),
                    row(CENTRUM, "2025-07", "70", "40", "30", "● Ej uppfyllt")), List.of(
                    trend("Assistansgrupp Norr: sjunkande med 4,1 timmar per månad 2025-01–2025-07, en förbättring"),
                    trend("Assistansgrupp Söder: sjunkande med 0,1 timmar per månad 2025-01–2025-07, en förbättring"),
                    trend("Assistansgrupp Centrum: sjunkande med 5,1 timmar per månad 2025-01–2025-07, en förbättring"))),
            new KeyFigure("Andel frånvaropass som täcks av timvikarie", "Måttenhet: %. Högre är bättre.", 21, List.of(
                    row(NORR, "2025-01", "56", "80", "-24", "● Ej uppfyllt"),
                    row(SODER, "2025-07", "76", "80", "-4", "● Ej uppfyllt"),
                    row(CENTRUM, "2025-07", "64", "80", "-16", "● Ej uppfyllt")), List.of(
                    trend("Assistansgrupp Norr: stigande med 1,8 procentenheter per månad 2025-01–2025-07, en förbättring"),
                    trend("Assistansgrupp Söder: stigande med 1,1 procentenheter per månad 2025-01–2025-07, en förbättring"),
                    trend("Assistansgrupp Centrum: stigande med 2,0 procentenheter per månad 2025-01–2025-07, en förbättring"))));

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

    /** The key figures of the hemtjänst units, October 2024–February 2025 (ExampleWorkbooks.nyckeltalHemtjanst). */
    static final List<KeyFigure> NYCKELTAL_HEMTJANST = List.of(
            new KeyFigure("Andel utförd tid hos kund", "Måttenhet: %. Högre är bättre.", 20, List.of(
                    row(CENTRUM_H, "2024-10", "58,4", "62,0", "-3,6", "● Ej uppfyllt"),
                    // 62,9 against 62: met (Högre är bättre).
                    row(NORR_H, "2025-02", "62,9", "62,0", "0,9", "● Uppfyllt"),
                    row(LANDSBYGD_H, "2025-02", "51,0", "52,0", "-1,0", "● Ej uppfyllt")), List.of(
                    // Centrum 58,4 59,1 57,2 58,8 59,6 over months 0–4: slope 2,1 / 10 = 0,21.
                    trend("Hemtjänst Centrum: stigande med 0,21 procentenheter per månad 2024-10–2025-02, en förbättring"),
                    trend("Hemtjänst Norr: stigande med 0,27 procentenheter per månad 2024-10–2025-02, en förbättring"),
                    trend("Hemtjänst Söder: stigande med 0,39 procentenheter per månad 2024-10–2025-02, en förbättring"),
                    trend("Hemtjänst Landsbygd: stigande med 0,20 procentenheter per månad 2024-10–2025-02, en förbättring"))),
            new KeyFigure("Sjukfrånvaro", "Måttenhet: %. Lägre är bättre.", 20, List.of(
                    row(CENTRUM_H, "2024-10", "9,8", "7,0", "2,8", "● Ej uppfyllt"),
                    row(NORR_H, "2025-02", "6,8", "7,0", "-0,2", "● Uppfyllt"),
                    row(LANDSBYGD_H, "2024-10", "6,9", "7,0", "-0,1", "● Uppfyllt")), List.of(
                    trend("Hemtjänst Centrum: sjunkande med 0,07 procentenheter per månad 2024-10–2025-02, en förbättring"),
                    trend("Hemtjänst Norr: sjunkande med 0,19 procentenheter per månad 2024-10–2025-02, en förbättring"),
                    trend("Hemtjänst Söder: sjunkande med 0,01 procentenheter per månad 2024-10–2025-02, en förbättring"),
                    trend("Hemtjänst Landsbygd: sjunkande med 0,17 procentenheter per månad 2024-10–2025-02, en förbättring"))),
            new KeyFigure("Andel timvikarier", "Måttenhet: %. Lägre är bättre.", 20, List.of(
                    row(CENTRUM_H, "2024-10", "21,4", "15,0", "6,4", "● Ej uppfyllt"),
                    row(SODER_H, "2025-02", "22,4", "15,0", "7,4", "● Ej uppfyllt"),
                    row(LANDSBYGD_H, "2024-10", "14,8", "15,0", "-0,2", "● Uppfyllt")), List.of(
                    trend("Hemtjänst Centrum: sjunkande med 0,55 procentenheter per månad 2024-10–2025-02, en förbättring"),
                    trend("Hemtjänst Norr: sjunkande med 0,34 procentenheter per månad 2024-10–2025-02, en förbättring"),
                    trend("Hemtjänst Söder: sjunkande med 0,45 procentenheter per månad 2024-10–2025-02, en förbättring"),
                    trend("Hemtjänst Landsbygd: sjunkande med 0,36 procentenheter per månad 2024-10–2025-02, en förbättring"))));
}
