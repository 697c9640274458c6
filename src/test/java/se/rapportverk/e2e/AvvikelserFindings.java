package se.rapportverk.e2e;

import java.util.List;

/**
 * The deliberate mistakes of {@code delarsrapport-med-avvikelser.xlsx} that input-examples/README.md
 * lists, as Rapportverk must report them: written out by hand from the README and the workbook's cells
 * (tkr), no figure calculated here.
 */
final class AvvikelserFindings {

    /**
     * A finding: where it is and the start of its message (up to the values; the CLI and the
     * kontrollrapport add how large a difference rounding could explain and the likely cause).
     */
    record Finding(String place, String message) {
        /** As the CLI prints it. */
        String line() {
            return place + ": " + message;
        }
    }

    private AvvikelserFindings() {
    }

    /**
     * The five mistakes, the follow-up discrepancy of the third, and the fourth once more as check 7 sees
     * it (the Prognos against the forecast methods), in the order the CLI lists them.
     */
    static final List<Finding> FINDINGS = List.of(
            // README 1: E5 typed 63 235; the rows E2:E4 are 32 874 + 19 215 + 9 046 = 61 135.
            new Finding("Resultaträkning!E5", Sv.nb("Summa intäkter (Utfall period) är angiven till 63 235 tkr men "
                    + "raderna E2:E4 summerar till 61 135 tkr; skillnaden är 2 100 tkr")),
            // README 2: I6 typed -42 700; H6 − G6 = -842 600 − (-795 400) = -47 200.
            new Finding("Resultaträkning!I6", Sv.nb("Personalkostnader (Avvikelse) är angiven till -42 700 tkr men "
                    + "Prognos − Budget (G6, H6) är -47 200 tkr; skillnaden är 4 500 tkr")),
            // README 3: C11 typed +5 120 makes the Resultaträkning's Summa totalt -1 034 115 (2 × 5 120 above
            // the Driftsredovisning's -1 044 355).
            new Finding("Driftsredovisning!C18", Sv.nb("Totalt för Bokslut föregående år (C2:C17, angivet i C18) är "
                    + "-1 044 355 tkr men Summa totalt i resultaträkningen (Resultaträkning!C2:C4, Resultaträkning!C6:C11, "
                    + "angivet i Resultaträkning!C13) är -1 034 115 tkr; skillnaden är -10 240 tkr")),
            // README 4: H2 typed -214 500 instead of -241 500.
            new Finding("Driftsredovisning!H18", Sv.nb("Totalt för Prognos (H2:H17, angivet i H18) är -1 094 500 tkr men "
                    + "Summa totalt i resultaträkningen (Resultaträkning!H2:H4, Resultaträkning!H6:H11, angivet i "
                    + "Resultaträkning!H13) är -1 121 500 tkr; skillnaden är 27 000 tkr")),
            new Finding("Resultaträkning!C11", Sv.nb("Kapitaltjänstkostnader är en kostnad men beloppet är positivt "
                    + "(5 120 tkr); kostnader skrivs med minustecken")),
            // README 5: D15 -5 448 against C15 -5 170.
            new Finding("Driftsredovisning!D15", Sv.nb("Utfall period föregående år för Bostadsanpassning (-5 448 tkr) är "
                    + "större än Bokslut föregående år (-5 170 tkr, C15); perioden kan inte överstiga helåret")),
            // README 4 again, found by check 7: Hemtjänst's Prognos H2 -214 500 against the methods, period
            // januari–augusti (P = 8). Linear: E2 / 8 × 12 = -161 949 × 12 / 8 = -242 923,5 (shown -242 924).
            // Seasonal: E2 × C2 / D2 = -161 949 × -221 004 / -150 686 = -237 522,9 (shown -237 523). The nearest,
            // -237 523, is 23 023 away. Threshold: 5 % of |G2| = 0,05 × 221 800 = 11 090, more than the floor of
            // 0,25 % of the nämnd's |Budget| (0,0025 × 1 078 100 = 2 695,25).
            new Finding("Driftsredovisning!H2", Sv.nb("Prognosen för Hemtjänst (-214 500 tkr i H2) skiljer sig från varje "
                    + "prognosmetod med mer än 11 090 tkr: linjär -242 924 tkr, säsong -237 523 tkr; kontrollera "
                    + "prognosen eller förklara skillnaden i texten")));

    /**
     * Issue 7: the likely cause each discrepancy names, with its cell, as the message ends. The
     * first (2 100) has none: no single cell explains it, and 2 100 is not divisible by 9.
     */
    static final List<String> CAUSES = List.of(
            // -47 200 with the 7 and the 2 swapped is -42 700.
            Sv.nb("Trolig orsak: två siffror har bytt plats i I6 (den angivna avvikelsen, -42 700 tkr): med -47 200 tkr "
                    + "stämmer avvikelsen"),
            // -10 240 = −2 × 5 120: the sign of C11.
            Sv.nb("Trolig orsak: tecknet i Resultaträkning!C11 (Kapitaltjänstkostnader, 5 120 tkr): med -5 120 tkr "
                    + "stämmer summorna"),
            // 27 000 = 241 500 − 214 500; swapping two digits of H9 or H14 would also explain it, so all three are named.
            Sv.nb("Trolig orsak: två siffror har bytt plats i en av cellerna H2 (Hemtjänst: -241 500 tkr i stället för "
                    + "-214 500 tkr), H9 (LSS, daglig verksamhet: -96 500 tkr i stället för -69 500 tkr) eller H14 (Köpta "
                    + "platser: -85 900 tkr i stället för -58 900 tkr); med rätt värde stämmer summorna"));
}
