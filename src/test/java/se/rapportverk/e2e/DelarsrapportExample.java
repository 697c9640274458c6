package se.rapportverk.e2e;

import java.util.List;

/**
 * What the delårsrapport of {@code input-examples/delarsrapport-augusti-2025.xlsx} must show, written
 * out by hand: no calculation here. The figures are the workbook's cells in tkr (as
 * {@code src/test/java/se/rapportverk/examples/ExampleWorkbooks.java} lists them: INTAKTER, KOSTNADER,
 * DRIFT, VOLYMER, EXTERNA, INVESTERINGAR) added up on paper and written in mkr with one decimal, rounded
 * half up; the totals input-examples/README.md states are marked. Columns: Bokslut 2024, Utfall jan–aug
 * 2024, Utfall jan–aug 2025, Budget 2025, Prognos helår 2025, Avvikelse (Prognos − Budget).
 */
final class DelarsrapportExample {

    private DelarsrapportExample() {
    }

    static final char NBSP = '\u00A0';

    /** A table row as shown: its label and its figures, left to right. */
    record Row(String label, List<String> figures) {
        /** The label and the figures in one list, as a Word table row reads. */
        List<String> cells() {
            List<String> all = new java.util.ArrayList<>(List.of(label));
            all.addAll(figures);
            return all;
        }
    }

    /** A row typed with ordinary spaces between thousands (they are no-break spaces in the documents). */
    static Row row(String label, String... figures) {
        return new Row(label, java.util.Arrays.stream(figures).map(Sv::nb).toList());
    }

    /** The headers docs/dokument.md prescribes for År 2025 and Period augusti. */
    static final List<String> HEADERS = List.of("Bokslut 2024", "Utfall jan–aug 2024", "Utfall jan–aug 2025",
            "Budget 2025", "Prognos helår 2025", "Avvikelse prognos helår mot budget");

    /**
     * The Resultaträkning. Each row is its cells in tkr / 1 000, e.g. Taxor och avgifter 46 120, 30 415,
     * 32 874, 46 800, 49 300 tkr and 49 300 − 46 800 = 2 500. The three sums: README's 750,9 mkr for the
     * period and 1 121,5 mkr forecast against 1 078,1 mkr budget, -43,4 mkr.
     */
    static final List<Row> RESULTATRAKNING = List.of(
            row("Taxor och avgifter", "46,1", "30,4", "32,9", "46,8", "49,3", "2,5"),
            row("Bidrag (intäkter)", "36,5", "18,0", "19,2", "33,9", "29,6", "-4,3"),
            row("Övriga intäkter", "13,2", "8,1", "9,0", "12,3", "13,1", "0,8"),
            // 46 120 + 36 480 + 13 245 = 95 845 …; 61 135 for the period.
            row("Summa intäkter", "95,8", "56,5", "61,1", "93,0", "92,0", "-1,0"),
            row("Personalkostnader", "-781,9", "-528,3", "-563,5", "-795,4", "-842,6", "-47,2"),
            row("Bidrag (kostnader)", "-22,3", "-13,6", "-15,9", "-25,9", "-24,5", "1,4"),
            row("Köp av verksamhet", "-158,8", "-104,2", "-109,0", "-173,8", "-160,3", "13,5"),
            row("Lokalhyror", "-63,4", "-42,2", "-46,2", "-66,9", "-70,1", "-3,2"),
            row("Övriga driftskostnader", "-108,7", "-70,4", "-74,0", "-103,8", "-110,6", "-6,8"),
            row("Kapitaltjänstkostnader", "-5,1", "-3,4", "-3,5", "-5,3", "-5,4", "-0,1"),
            // -563 482 − 15 872 − 108 963 − 46 215 − 73 958 − 3 502 = -811 992 for the period.
            row("Summa kostnader", "-1 140,2", "-762,1", "-812,0", "-1 171,1", "-1 213,5", "-42,4"),
            // README: 750,9 mkr, budget 1 078,1 mkr, forecast 1 121,5 mkr, avvikelse -43,4 mkr.
            row("Summa totalt", "-1 044,4", "-705,6", "-750,9", "-1 078,1", "-1 121,5", "-43,4"));

    /** The Områden of the Driftsredovisning, in the sheet's order. */
    static final List<String> OMRADEN = List.of("Äldreomsorg", "LSS och socialpsykiatri", "Gemensamt");

    /** The Driftsredovisning's rows with figures, in order; a group row stands before each Område's rows. */
    static final List<Row> DRIFTSREDOVISNING = List.of(
            row("Hemtjänst", "-221,0", "-150,7", "-161,9", "-221,8", "-241,5", "-19,7"),
            row("Särskilt boende", "-288,8", "-196,2", "-207,1", "-302,4", "-307,5", "-5,1"),
            row("Korttidsboende", "-17,0", "-11,2", "-13,0", "-16,2", "-19,3", "-3,1"),
            row("Hälso- och sjukvård", "-69,7", "-46,3", "-50,4", "-69,5", "-75,4", "-5,9"),
            row("Hjälpmedel, dagverksamhet, larm och nattpatrull", "-43,5", "-29,6", "-30,9", "-46,9", "-46,3", "0,6"),
            row("Öppen verksamhet äldreomsorg", "-3,7", "-2,5", "-2,7", "-4,1", "-3,9", "0,2"),
            row("Summa Äldreomsorg", "-643,8", "-436,5", "-466,0", "-660,9", "-693,9", "-33,0"),
            row("LSS, boende", "-108,0", "-73,7", "-79,7", "-108,9", "-120,3", "-11,4"),
            row("LSS, daglig verksamhet", "-66,0", "-44,1", "-46,3", "-70,2", "-69,5", "0,7"),
            row("LSS, personlig assistans", "-70,5", "-46,6", "-50,2", "-71,8", "-75,1", "-3,3"),
            row("LSS, kontaktperson, ledsagning och avlösning", "-27,0", "-18,2", "-18,6", "-28,4", "-27,6", "0,8"),
            row("Boendestöd", "-19,7", "-13,3", "-13,8", "-20,1", "-20,9", "-0,8"),
            row("Öppen verksamhet socialpsykiatri", "-4,5", "-3,0", "-3,3", "-4,3", "-4,9", "-0,6"),
            row("Summa LSS och socialpsykiatri", "-295,6", "-198,9", "-211,9", "-303,7", "-318,3", "-14,6"),
            row("Köpta platser", "-58,3", "-38,5", "-39,1", "-64,9", "-58,9", "6,0"),
            row("Bostadsanpassning", "-5,2", "-3,4", "-3,8", "-5,2", "-5,6", "-0,4"),
            row("Central administration", "-40,0", "-27,3", "-29,1", "-41,7", "-43,3", "-1,6"),
            row("Nämnd", "-1,5", "-1,0", "-1,0", "-1,7", "-1,5", "0,2"),
            row("Summa Gemensamt", "-104,9", "-70,3", "-73,0", "-113,5", "-109,3", "4,2"),
            // The workbook's Driftsredovisning adds up to its Resultaträkning, column by column.
            row("Totalt", "-1 044,4", "-705,6", "-750,9", "-1 078,1", "-1 121,5", "-43,4"));

    /**
     * The drafted summary of §6. Period: -750 857 tkr against the period budget -722 900 tkr (the
     * posts' Budget period), -28,0 (README); the largest period avvikelse is Personalkostnader's
     * -563 482 − (-534 700) = -28 782; the forecast's is Personalkostnader's -842 600 − (-795 400) = -47 200.
     * A deficit is worded by its size ("ett underskott om 28,8 mkr"), an avvikelse with its sign.
     */
    static final List<String> SUMMARY = List.of(
            "Vård- och omsorgsnämndens utfall för perioden januari–augusti är 750,9 mkr, vilket motsvarar en avvikelse "
                    + "mot budget för perioden om -28,0 mkr.",
            "Den enskilt största avvikelsen finns för personalkostnader och motsvarar ett underskott om 28,8 mkr i "
                    + "jämförelse med budget.",
            "Helårsprognosen är 1" + NBSP + "121,5 mkr, vilket motsvarar ett underskott om 43,4 mkr i jämförelse med budget.",
            "Den största avvikelsen i prognosen finns för personalkostnader, som väntas avvika med -47,2 mkr mot budget "
                    + "vid årets slut.");

    /** The goals of the Mål sheet (DelarsrapportTexter.mal()), with their Bedömning, per Nivå. */
    static final List<List<String>> KF_GOALS = List.of(
            List.of("Trygghet och livskvalitet i alla skeden av livet", "Delvis uppfyllt"),
            List.of("En attraktiv arbetsgivare med engagerade medarbetare", "Delvis uppfyllt"),
            List.of("En hållbar ekonomi och ett effektivt resursutnyttjande", "Ej uppfyllt"),
            List.of("Ett klimatsmart och hållbart Ekeby", "Uppfyllt"));
    static final List<List<String>> NAMND_GOALS = List.of(
            List.of("Mer effektiva och ändamålsenliga arbetssätt", "Delvis uppfyllt"),
            List.of("Samordnade vård- och omsorgsprocesser", "Uppfyllt"),
            List.of("Ökad självständighet genom förebyggande insatser och välfärdsteknik", "Uppfyllt"),
            List.of("Ekonomi i balans", "Ej uppfyllt"));

    /** The count rows of §4's table: Bedömning, Kommunfullmäktige, Nämnd, Totalt (counted from the goals above). */
    static final List<String> GOAL_COUNTS = List.of("Uppfyllt 1 2 3", "Delvis uppfyllt 2 1 3", "Ej uppfyllt 1 1 2");

    /** The numbered headings in order: docs/dokument.md's ten sections, their sub-sections, one heading per goal. */
    static final List<String> NUMBERED_HEADINGS = List.of("1 Sammanfattning", "2 Uppdrag och ansvar",
            "3 Väsentliga händelser", "4 Uppföljning av mål", "4.1 Kommunfullmäktiges mål",
            "4.1.1 Trygghet och livskvalitet i alla skeden av livet",
            "4.1.2 En attraktiv arbetsgivare med engagerade medarbetare",
            "4.1.3 En hållbar ekonomi och ett effektivt resursutnyttjande",
            "4.1.4 Ett klimatsmart och hållbart Ekeby",
            "4.2 Nämndens mål",
            "4.2.1 Mer effektiva och ändamålsenliga arbetssätt",
            "4.2.2 Samordnade vård- och omsorgsprocesser",
            "4.2.3 Ökad självständighet genom förebyggande insatser och välfärdsteknik",
            "4.2.4 Ekonomi i balans",
            "5 Uppföljning av riktade satsningar och uppdrag", "5.1 Satsningar och uppdrag från kommunfullmäktige",
            "6 Uppföljning ekonomi", "6.1 Ekonomisk analys", "6.2 Åtgärder för budget i balans", "6.3 Uppföljning volymer",
            "7 Uppföljning av väsentliga externa utförare", "7.1 Sammanfattning av utförd uppföljning",
            "8 Investeringsredovisning", "9 Förväntad utveckling", "10 Internkontroll");

    /** The headings of levels 1 and 2, which the table of contents lists, and the appendix Prognosunderlag. */
    static final List<String> TOC_HEADINGS = List.of("1 Sammanfattning", "2 Uppdrag och ansvar",
            "3 Väsentliga händelser", "4 Uppföljning av mål", "4.1 Kommunfullmäktiges mål", "4.2 Nämndens mål",
            "5 Uppföljning av riktade satsningar och uppdrag", "5.1 Satsningar och uppdrag från kommunfullmäktige",
            "6 Uppföljning ekonomi", "6.1 Ekonomisk analys", "6.2 Åtgärder för budget i balans", "6.3 Uppföljning volymer",
            "7 Uppföljning av väsentliga externa utförare", "7.1 Sammanfattning av utförd uppföljning",
            "8 Investeringsredovisning", "9 Förväntad utveckling", "10 Internkontroll", "Bilaga: Prognosunderlag");

    /**
     * Externa utförare: Köp av verksamhet / the Driftsredovisning's net cost, for the period and its
     * budget, and the number of providers; e.g. Hemtjänst 30 870 / 161 949 = 19,06 % and 32 600 /
     * 148 700 = 21,92 %.
     */
    static final List<Row> EXTERNA_UTFORARE = List.of(
            row("Köpta platser", "100,0 %", "100,0 %", "24"),
            row("Hemtjänst", "19,1 %", "21,9 %", "4"),
            row("Korttidsboende", "9,5 %", "8,2 %", "2"),
            row("Hjälpmedel, dagverksamhet, larm och nattpatrull", "4,9 %", "4,4 %", "3"),
            row("LSS, daglig verksamhet", "8,8 %", "9,1 %", "2"),
            row("LSS, personlig assistans", "31,1 %", "32,9 %", "28"));

    /**
     * Volymer: Volymenhet, budget, prognos, prognos − budget, −(that × Kostnad per enhet) in mkr, and the
     * Driftsredovisning's Avvikelse of the same Verksamhet; e.g. Hemtjänst 9 000 timmar × 0,63 tkr = 5 670 tkr.
     */
    static final List<Row> VOLYMER = List.of(
            row("Hemtjänst", "Timmar", "352 000", "361 000", "9 000", "-5,7", "-19,7"),
            row("Särskilt boende", "Årsplacering", "452", "452", "0", "0,0", "-5,1"),
            row("Korttidsboende", "Årsplacering", "30", "30", "0", "0,0", "-3,1"),
            row("LSS, boende", "Årsplacering", "118", "121", "3", "-2,8", "-11,4"),
            row("LSS, daglig verksamhet", "Kunder", "238", "238", "0", "0,0", "0,7"),
            row("Boendestöd", "Timmar", "30 000", "30 000", "0", "0,0", "-0,8"),
            row("Köpta platser", "Årsplacering", "56", "52", "-4", "4,6", "6,0"));
}
