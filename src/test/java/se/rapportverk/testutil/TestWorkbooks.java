package se.rapportverk.testutil;

import static se.rapportverk.testutil.WorkbookBuilder.formula;

/**
 * Small workbooks for tests, with figures in tkr that add up (net outcome of the period
 * −727 600, forecast −1 092 200, budget −1 041 000).
 */
public final class TestWorkbooks {

    private TestWorkbooks() {
    }

    /** The Rapport sheet of a delårsrapport for augusti 2024. */
    public static WorkbookBuilder rapport() {
        return new WorkbookBuilder().sheet("Rapport")
                .row("Fält", "Värde")
                .row("Kommun", "Testby kommun")
                .row("Nämnd", "Vård- och omsorgsnämnden")
                .row("Förvaltning", "Vård- och omsorgsförvaltningen")
                .row("År", 2024)
                .row("Period", "augusti")
                .row("Beloppsenhet", "tkr")
                .row("Datum", "2024-09-24")
                .row("Diarienummer", "2024.101 VON");
    }

    /** A Resultaträkning (income rows, cost rows, given totals as formulas). */
    public static WorkbookBuilder withResultatrakning(WorkbookBuilder b) {
        return b.sheet("Resultaträkning")
                .row("Post", "Typ", "Bokslut föregående år", "Utfall period föregående år", "Utfall period",
                        "Budget period", "Budget", "Prognos")
                .row("Taxor och avgifter", null, 44500, 29800, 32300, 29300, 44000, 48700)
                .row("Bidrag (intäkter)", null, 34900, 15000, 16300, 22000, 33000, 27500)
                .row("Övriga intäkter", null, 12900, 7400, 8300, 7700, 11500, 11900)
                .row("Summa intäkter", "Summa", formula("SUM(C2:C4)"), formula("SUM(D2:D4)"), formula("SUM(E2:E4)"),
                        formula("SUM(F2:F4)"), formula("SUM(G2:G4)"), formula("SUM(H2:H4)"))
                .row("Personalkostnader", null, -760000, -505800, -544300, -512500, -763500, -829800)
                .row("Bidrag (kostnader)", null, -21200, -11500, -15000, -16600, -24900, -23100)
                .row("Köp av verksamhet", null, -161200, -98600, -107400, -114400, -171600, -148000)
                .row("Lokalhyror", null, -61000, -41800, -45300, -42700, -64100, -68900)
                .row("Övriga driftskostnader", null, -105900, -64700, -69300, -66900, -100400, -105300)
                .row("Kapitaltjänstkostnader", null, -4900, -3200, -3200, -3300, -5000, -5200)
                .row("Summa totalt", "Summa", formula("SUM(C2:C4)+SUM(C6:C11)"), formula("SUM(D2:D4)+SUM(D6:D11)"),
                        formula("SUM(E2:E4)+SUM(E6:E11)"), formula("SUM(F2:F4)+SUM(F6:F11)"),
                        formula("SUM(G2:G4)+SUM(G6:G11)"), formula("SUM(H2:H4)+SUM(H6:H11)"));
    }

    /** A Driftsredovisning with two Områden whose totals equal the Resultaträkning's. */
    public static WorkbookBuilder withDriftsredovisning(WorkbookBuilder b) {
        return b.sheet("Driftsredovisning")
                .row("Verksamhet", "Område", "Bokslut föregående år", "Utfall period föregående år", "Utfall period",
                        "Budget period", "Budget", "Prognos")
                .row("Hemtjänst", "Äldreomsorg", -225000, -146400, -167000, -147500, -221300, -247000)
                .row("Särskilt boende", "Äldreomsorg", -302700, -205400, -214100, -200900, -301300, -303700)
                .row("Köpta platser", "Äldreomsorg", -58500, -37100, -43200, -45200, -67800, -64000)
                .row("LSS, boende", "LSS", -119700, -81800, -81200, -72300, -108500, -121900)
                .row("LSS, daglig verksamhet", "LSS", -59300, -39100, -43200, -45800, -68700, -68000)
                .row("Central administration", "Gemensamt", -256700, -163600, -178900, -185700, -273400, -287600);
    }

    /** A workbook for a full delårsrapport test: Rapport, Texter, Resultaträkning, Driftsredovisning. */
    public static byte[] delarsrapport() {
        WorkbookBuilder b = rapport();
        b.sheet("Texter").row("Avsnitt", "Rubrik", "Text")
                .row("sammanfattning", null, "Nämnden redovisar ett underskott.\n\n- Första punkten\n- Andra punkten")
                .row("Väsentliga händelser", null, "Under perioden har **mycket** hänt.");
        withResultatrakning(b);
        withDriftsredovisning(b);
        return b.build();
    }
}
