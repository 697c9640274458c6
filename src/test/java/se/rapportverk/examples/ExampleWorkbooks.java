package se.rapportverk.examples;

import static se.rapportverk.examples.Xlsx.Format.AMOUNT;
import static se.rapportverk.examples.Xlsx.Format.AMOUNT2;
import static se.rapportverk.examples.Xlsx.Format.DATE;
import static se.rapportverk.examples.Xlsx.Format.DECIMAL1;
import static se.rapportverk.examples.Xlsx.Format.GENERAL;
import static se.rapportverk.examples.Xlsx.Format.INTEGER;
import static se.rapportverk.examples.Xlsx.Format.TEXT;
import static se.rapportverk.examples.Xlsx.Format.WRAP;
import static se.rapportverk.examples.Xlsx.col;
import static se.rapportverk.examples.Xlsx.f;
import static se.rapportverk.examples.Xlsx.sum;
import static se.rapportverk.examples.Xlsx.total;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import se.rapportverk.examples.PlanTexter.Atgard;

/**
 * Writes the example workbooks of {@code input-examples/} with Apache POI, so that they can be
 * regenerated and reviewed as code. Run with the output folder as the only argument.
 *
 * <p>The municipality, the people and every figure are fictional. Amounts are in tkr in the
 * delårsrapport and the tjänsteskrivelse and in kr in the handlingsplaner; income is positive
 * and costs negative. Before anything is written, the figures are checked against each other
 * (the Driftsredovisning against the Resultaträkning, months against the period, the
 * tjänsteskrivelse's multi-year table against the delårsrapport) and every figure a text
 * quotes is checked against the figures ({@link Quotes}).
 */
public final class ExampleWorkbooks {

    static final String KOMMUN = "Ekeby kommun";
    static final String NAMND = "Vård- och omsorgsnämnden";
    static final String FORVALTNING = "Vård- och omsorgsförvaltningen";

    /** Column order of the amount arrays: Bokslut föregående år … Prognos. */
    static final int BF = 0, UPF = 1, UP = 2, BP = 3, B = 4, P = 5;

    static final String[] BELOPPSKOLUMNER = {"Bokslut föregående år", "Utfall period föregående år",
        "Utfall period", "Budget period", "Budget", "Prognos"};

    private ExampleWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "input-examples");
        delarsrapport(out.resolve("delarsrapport-augusti-2025.xlsx"));
        delarsrapportMedAvvikelser(out.resolve("delarsrapport-med-avvikelser.xlsx"));
        handlingsplan(out.resolve("handlingsplan-personlig-assistans-2025.xlsx"));
        uppfoljningHandlingsplan(out.resolve("uppfoljning-handlingsplan-2025.xlsx"));
        atgardsplan(out.resolve("atgardsplan-2025.xlsx"));
        tjansteskrivelse(out.resolve("tjansteskrivelse-handlingsplan-2025.xlsx"));
        System.out.println("Exempelarbetsböckerna är skrivna till " + out.toAbsolutePath().normalize());
    }

    // ================================================================== the figures

    /** A row of amounts (tkr): Bokslut föregående år, Utfall period föregående år, Utfall period, Budget period, Budget, Prognos. */
    record Rad(String omrade, String namn, String typ, long[] v) {
        long avvikelse() {
            return v[P] - v[B];
        }
    }

    private static Rad post(String namn, String typ, long bf, long upf, long up, long bp, long b, long p) {
        return new Rad(null, namn, typ, new long[] {bf, upf, up, bp, b, p});
    }

    private static Rad verksamhet(String omrade, String namn, long bf, long upf, long up, long bp, long b, long p) {
        return new Rad(omrade, namn, null, new long[] {bf, upf, up, bp, b, p});
    }

    static final List<Rad> INTAKTER = List.of(
            post("Taxor och avgifter", "Intäkt", 46_120, 30_415, 32_874, 31_100, 46_800, 49_300),
            post("Bidrag (intäkter)", "Intäkt", 36_480, 17_962, 19_215, 22_300, 33_900, 29_600),
            post("Övriga intäkter", "Intäkt", 13_245, 8_137, 9_046, 8_200, 12_300, 13_100));

    static final List<Rad> KOSTNADER = List.of(
            post("Personalkostnader", "Kostnad", -781_940, -528_316, -563_482, -534_700, -795_400, -842_600),
            post("Bidrag (kostnader)", "Kostnad", -22_310, -13_644, -15_872, -17_100, -25_900, -24_500),
            post("Köp av verksamhet", "Kostnad", -158_770, -104_205, -108_963, -115_600, -173_800, -160_300),
            post("Lokalhyror", "Kostnad", -63_410, -42_180, -46_215, -44_600, -66_900, -70_100),
            post("Övriga driftskostnader", "Kostnad", -108_650, -70_412, -73_958, -69_000, -103_800, -110_600),
            post("Kapitaltjänstkostnader", "Kostnad", -5_120, -3_364, -3_502, -3_500, -5_300, -5_400));

    static final String AO = "Äldreomsorg", LSS = "LSS och socialpsykiatri", GEM = "Gemensamt";

    static final List<Rad> DRIFT = List.of(
            verksamhet(AO, "Hemtjänst", -221_004, -150_686, -161_949, -148_700, -221_800, -241_500),
            verksamhet(AO, "Särskilt boende", -288_816, -196_160, -207_131, -203_100, -302_400, -307_500),
            verksamhet(AO, "Korttidsboende", -16_984, -11_192, -12_993, -11_000, -16_200, -19_300),
            verksamhet(AO, "Hälso- och sjukvård", -69_690, -46_272, -50_372, -46_600, -69_500, -75_400),
            verksamhet(AO, "Hjälpmedel, dagverksamhet, larm och nattpatrull",
                    -43_543, -29_639, -30_929, -31_500, -46_900, -46_300),
            verksamhet(AO, "Öppen verksamhet äldreomsorg", -3_734, -2_502, -2_650, -2_800, -4_100, -3_900),
            verksamhet(LSS, "LSS, boende", -108_007, -73_699, -79_721, -72_500, -108_900, -120_300),
            verksamhet(LSS, "LSS, daglig verksamhet", -66_004, -44_120, -46_317, -47_100, -70_200, -69_500),
            verksamhet(LSS, "LSS, personlig assistans", -70_522, -46_595, -50_156, -48_300, -71_800, -75_100),
            verksamhet(LSS, "LSS, kontaktperson, ledsagning och avlösning",
                    -26_951, -18_165, -18_592, -19_200, -28_400, -27_600),
            verksamhet(LSS, "Boendestöd", -19_701, -13_348, -13_814, -13_400, -20_100, -20_900),
            verksamhet(LSS, "Öppen verksamhet socialpsykiatri", -4_461, -2_968, -3_279, -2_900, -4_300, -4_900),
            verksamhet(GEM, "Köpta platser", -58_251, -38_507, -39_134, -43_100, -64_900, -58_900),
            verksamhet(GEM, "Bostadsanpassning", -5_170, -3_448, -3_765, -3_500, -5_200, -5_600),
            verksamhet(GEM, "Central administration", -39_989, -27_271, -29_084, -28_100, -41_700, -43_300),
            verksamhet(GEM, "Nämnd", -1_528, -1_035, -971, -1_100, -1_700, -1_500));

    /** Net amounts per month (tkr, not cumulative): Utfall (January–August only), Utfall föregående år, Budget. */
    record Manad(String manad, Long utfall, long utfallForegaendeAr, long budget) {
    }

    static final List<Manad> MANADSUTFALL = List.of(
            new Manad("januari", -92_676L, -87_110, -88_800),
            new Manad("februari", -85_414L, -82_271, -83_500),
            new Manad("mars", -91_309L, -88_585, -89_700),
            new Manad("april", -91_741L, -86_454, -87_000),
            new Manad("maj", -91_171L, -87_516, -88_800),
            new Manad("juni", -96_815L, -89_252, -94_100),
            new Manad("juli", -105_306L, -95_257, -99_500),
            new Manad("augusti", -96_425L, -89_162, -91_500),
            new Manad("september", null, -83_603, -86_100),
            new Manad("oktober", null, -85_192, -88_800),
            new Manad("november", null, -84_324, -87_000),
            new Manad("december", null, -85_629, -93_300));

    /**
     * Months of one Driftsredovisning row (tkr, not cumulative): Utfall January–August, Utfall
     * föregående år and Budget for all twelve months. They add up to the row's Utfall period, Utfall
     * period föregående år, Bokslut föregående år, Budget period and Budget.
     */
    record ManadVerksamhet(String verksamhet, long[] utfall, long[] utfallForegaendeAr, long[] budget) {
    }

    static final List<ManadVerksamhet> MANADSUTFALL_VERKSAMHET = List.of(
            new ManadVerksamhet("Hemtjänst",
                    new long[] {-19_850, -18_920, -20_110, -20_060, -20_240, -20_980, -21_760, -20_029},
                    new long[] {-18_200, -17_450, -18_790, -18_540, -18_760, -19_330, -20_110, -19_506,
                        -17_380, -17_590, -17_420, -17_928},
                    new long[] {-18_300, -17_500, -18_600, -18_400, -18_500, -19_100, -19_600, -18_700,
                        -18_100, -18_300, -18_200, -18_500}));

    /** Volume per verksamhet; Kostnad per enhet in tkr per volume unit. */
    record Volym(String verksamhet, String enhet, long budget, long prognos, BigDecimal kostnadPerEnhet) {
        /** −(volume deviation × cost per unit), tkr. */
        BigDecimal avvikelseUtifranVolym() {
            return kostnadPerEnhet.multiply(BigDecimal.valueOf(prognos - budget)).negate();
        }
    }

    static final List<Volym> VOLYMER = List.of(
            new Volym("Hemtjänst", "Timmar", 352_000, 361_000, new BigDecimal("0.63")),
            new Volym("Särskilt boende", "Årsplacering", 452, 452, new BigDecimal("669")),
            new Volym("Korttidsboende", "Årsplacering", 30, 30, new BigDecimal("540")),
            new Volym("LSS, boende", "Årsplacering", 118, 121, new BigDecimal("923")),
            new Volym("LSS, daglig verksamhet", "Kunder", 238, 238, new BigDecimal("295")),
            new Volym("Boendestöd", "Timmar", 30_000, 30_000, new BigDecimal("0.67")),
            new Volym("Köpta platser", "Årsplacering", 56, 52, new BigDecimal("1159")));

    /** Investment project, tkr; expenditures negative. */
    record Investering(String projekt, long budget, long utfall, long prognos) {
    }

    static final List<Investering> INVESTERINGAR = List.of(
            new Investering("Inventarier och möbler, vård- och omsorgsboendet Lindbacken", -2_400, -1_912, -2_400),
            new Investering("Hjälpmedel: elrullstolar, lyftar och vårdsängar", -1_200, -734, -1_300),
            new Investering("Kallelsesystem, särskilt boende", -1_500, -386, -900),
            new Investering("Läkemedelsautomater och annan välfärdsteknik", -800, -212, -600));

    /** External providers for January–August; the net amounts are the Driftsredovisning's. */
    record Extern(String verksamhet, long kopUtfall, long kopBudget, int antal) {
        long nettoUtfall() {
            return drift(verksamhet).v()[UP];
        }

        long nettoBudget() {
            return drift(verksamhet).v()[BP];
        }
    }

    static final List<Extern> EXTERNA = List.of(
            new Extern("Köpta platser", -39_134, -43_100, 24),
            new Extern("Hemtjänst", -30_870, -32_600, 4),
            new Extern("Korttidsboende", -1_240, -900, 2),
            new Extern("Hjälpmedel, dagverksamhet, larm och nattpatrull", -1_520, -1_400, 3),
            new Extern("LSS, daglig verksamhet", -4_060, -4_300, 2),
            new Extern("LSS, personlig assistans", -15_600, -15_900, 28));

    /** Multi-year table of the tjänsteskrivelse (tkr, both amounts positive as in reference 004). */
    record Flerar(String omrade, int ar, long nettokostnad, long namndbidrag) {
        long resultat() {
            return namndbidrag - nettokostnad;
        }
    }

    static final String PA_EGEN = "Personlig assistans, egen regi";
    static final String PA_EXTERN = "Personlig assistans, externa anordnare";
    static final String KONTAKT = "Kontaktperson, ledsagning och avlösning";

    static final List<Flerar> FLERARSOVERSIKT = List.of(
            new Flerar(PA_EGEN, 2022, 44_700, 41_500),
            new Flerar(PA_EGEN, 2023, 46_100, 42_800),
            new Flerar(PA_EGEN, 2024, 47_822, 45_300),
            new Flerar(PA_EGEN, 2025, 49_700, 48_600),
            new Flerar(PA_EXTERN, 2022, 20_950, 20_400),
            new Flerar(PA_EXTERN, 2023, 21_300, 21_700),
            new Flerar(PA_EXTERN, 2024, 22_700, 22_900),
            new Flerar(PA_EXTERN, 2025, 25_400, 23_200),
            new Flerar(KONTAKT, 2022, 24_630, 25_100),
            new Flerar(KONTAKT, 2023, 25_480, 26_200),
            new Flerar(KONTAKT, 2024, 26_951, 27_500),
            new Flerar(KONTAKT, 2025, 27_600, 28_400));

    /** One unit of the bemanningsutrymme model (kr; Bemanning in årsarbetare). */
    record Enhet(String enhet, long intakter, long ovrigaKostnader, long kostnadPerArsarbetare, BigDecimal bemanning) {
        /** Förväntat resultat tolv månader = Intäkter − Övriga kostnader − Bemanning × Kostnad per årsarbetare. */
        BigDecimal forvantatResultat() {
            return BigDecimal.valueOf(intakter - ovrigaKostnader)
                    .subtract(bemanning.multiply(BigDecimal.valueOf(kostnadPerArsarbetare)));
        }
    }

    static final List<Enhet> BEMANNING = List.of(
            new Enhet("Hemtjänst Centrum", 38_400_000, 4_100_000, 590_000, new BigDecimal("61.5")),
            new Enhet("Hemtjänst Norr", 27_900_000, 3_300_000, 585_000, new BigDecimal("43.2")),
            new Enhet("Hemtjänst Söder", 31_200_000, 3_600_000, 590_000, new BigDecimal("50.4")),
            new Enhet("Hemtjänst Landsbygd", 22_600_000, 3_950_000, 595_000, new BigDecimal("35.4")),
            new Enhet("Björkhagens vård- och omsorgsboende", 41_800_000, 6_200_000, 610_000, new BigDecimal("60.6")),
            new Enhet("Kostenheten", 24_500_000, 11_800_000, 520_000, new BigDecimal("26.3")));

    /** One value of a key figure. */
    record Nyckeltal(String nyckeltal, String enhet, String period, BigDecimal utfall, BigDecimal malvarde,
            String riktning, String mattenhet) {
    }

    static final String HOGRE = "Högre är bättre", LAGRE = "Lägre är bättre";

    /** A monthly series for one Nyckeltal and Enhet, starting at {@code first}. */
    private static List<Nyckeltal> serie(String nyckeltal, String enhet, YearMonth first, String malvarde,
            String riktning, String mattenhet, String... utfall) {
        List<Nyckeltal> rows = new ArrayList<>();
        for (int i = 0; i < utfall.length; i++) {
            rows.add(new Nyckeltal(nyckeltal, enhet, first.plusMonths(i).toString(), new BigDecimal(utfall[i]),
                    new BigDecimal(malvarde), riktning, mattenhet));
        }
        return rows;
    }

    static final String ANDEL_VERKSTALLDA = "Andel verkställda av beslutade timmar";
    static final String OVERTID = "Övertid";
    static final String TACKNING = "Andel frånvaropass som täcks av timvikarie";

    static List<Nyckeltal> nyckeltalPersonligAssistans(YearMonth first, String[][] verkstallda, String[][] overtid,
            String[][] tackning) {
        String[] grupper = {"Assistansgrupp Norr", "Assistansgrupp Söder", "Assistansgrupp Centrum"};
        List<Nyckeltal> rows = new ArrayList<>();
        for (int g = 0; g < grupper.length; g++) {
            rows.addAll(serie(ANDEL_VERKSTALLDA, grupper[g], first, "100", LAGRE, "%", verkstallda[g]));
        }
        for (int g = 0; g < grupper.length; g++) {
            rows.addAll(serie(OVERTID, grupper[g], first, "40", LAGRE, "timmar", overtid[g]));
        }
        for (int g = 0; g < grupper.length; g++) {
            rows.addAll(serie(TACKNING, grupper[g], first, "80", HOGRE, "%", tackning[g]));
        }
        return rows;
    }

    /** The second half of 2024, which the handlingsplan was based on. */
    static List<Nyckeltal> nyckeltal2024() {
        return nyckeltalPersonligAssistans(YearMonth.of(2024, 7),
                new String[][] {
                    {"103.8", "104.1", "102.9", "103.5", "104.4", "105.2"},
                    {"101.2", "100.8", "101.5", "100.9", "101.7", "102.3"},
                    {"106.1", "105.4", "104.8", "105.9", "103.7", "104.6"}},
                new String[][] {
                    {"96", "74", "58", "61", "70", "112"},
                    {"41", "38", "35", "44", "47", "69"},
                    {"88", "91", "77", "73", "80", "124"}},
                new String[][] {
                    {"58", "61", "64", "60", "57", "49"},
                    {"72", "75", "78", "74", "71", "63"},
                    {"55", "52", "59", "61", "58", "47"}});
    }

    /** January–July 2025, for the follow-up. */
    static List<Nyckeltal> nyckeltal2025() {
        return nyckeltalPersonligAssistans(YearMonth.of(2025, 1),
                new String[][] {
                    {"103.9", "102.6", "101.8", "101.1", "100.6", "100.2", "100.4"},
                    {"101.9", "101.0", "100.3", "99.8", "100.1", "99.6", "100.0"},
                    {"105.1", "104.0", "102.7", "101.9", "101.2", "100.8", "101.5"}},
                new String[][] {
                    {"88", "71", "52", "44", "39", "57", "63"},
                    {"52", "40", "33", "29", "31", "45", "48"},
                    {"97", "84", "66", "51", "47", "62", "70"}},
                new String[][] {
                    {"56", "63", "68", "72", "75", "70", "66"},
                    {"70", "74", "79", "82", "84", "78", "76"},
                    {"54", "60", "66", "71", "73", "69", "64"}});
    }

    /** Key figures of the hemtjänst units, October 2024–February 2025, both directions. */
    static List<Nyckeltal> nyckeltalHemtjanst() {
        YearMonth first = YearMonth.of(2024, 10);
        String utford = "Andel utförd tid hos kund", sjuk = "Sjukfrånvaro", timvik = "Andel timvikarier";
        List<Nyckeltal> rows = new ArrayList<>();
        rows.addAll(serie(utford, "Hemtjänst Centrum", first, "62", HOGRE, "%", "58.4", "59.1", "57.2", "58.8", "59.6"));
        rows.addAll(serie(utford, "Hemtjänst Norr", first, "62", HOGRE, "%", "61.2", "62.5", "60.1", "61.8", "62.9"));
        rows.addAll(serie(utford, "Hemtjänst Söder", first, "62", HOGRE, "%", "55.7", "56.3", "54.9", "56.8", "57.4"));
        rows.addAll(serie(utford, "Hemtjänst Landsbygd", first, "52", HOGRE, "%", "49.8", "50.6", "48.7", "50.2", "51.0"));
        rows.addAll(serie(sjuk, "Hemtjänst Centrum", first, "7", LAGRE, "%", "9.8", "10.4", "11.2", "10.1", "9.6"));
        rows.addAll(serie(sjuk, "Hemtjänst Norr", first, "7", LAGRE, "%", "7.4", "7.9", "8.6", "7.2", "6.8"));
        rows.addAll(serie(sjuk, "Hemtjänst Söder", first, "7", LAGRE, "%", "10.9", "11.5", "12.3", "11.8", "10.7"));
        rows.addAll(serie(sjuk, "Hemtjänst Landsbygd", first, "7", LAGRE, "%", "6.9", "7.3", "8.1", "6.6", "6.4"));
        rows.addAll(serie(timvik, "Hemtjänst Centrum", first, "15", LAGRE, "%", "21.4", "22.8", "24.1", "20.9", "19.6"));
        rows.addAll(serie(timvik, "Hemtjänst Norr", first, "15", LAGRE, "%", "17.2", "18.0", "19.5", "16.8", "16.1"));
        rows.addAll(serie(timvik, "Hemtjänst Söder", first, "15", LAGRE, "%", "23.9", "24.6", "26.2", "23.1", "22.4"));
        rows.addAll(serie(timvik, "Hemtjänst Landsbygd", first, "15", LAGRE, "%", "14.8", "15.6", "16.9", "14.2", "13.7"));
        return rows;
    }

    /** Underskott of the handlingsplan for personlig assistans, kr. */
    static final long UNDERSKOTT_PA = 1_200_000;

    // ================================================================== small calculations

    static Rad drift(String namn) {
        return DRIFT.stream().filter(r -> r.namn().equals(namn)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Ingen verksamhet " + namn));
    }

    static Rad rrPost(String namn) {
        return java.util.stream.Stream.concat(INTAKTER.stream(), KOSTNADER.stream())
                .filter(r -> r.namn().equals(namn)).findFirst().orElseThrow();
    }

    static Volym volym(String verksamhet) {
        return VOLYMER.stream().filter(v -> v.verksamhet().equals(verksamhet)).findFirst().orElseThrow();
    }

    static long summa(List<Rad> rows, int column) {
        return rows.stream().mapToLong(r -> r.v()[column]).sum();
    }

    static long netto(int column) {
        return summa(INTAKTER, column) + summa(KOSTNADER, column);
    }

    static Flerar flerar(String omrade, int ar) {
        return FLERARSOVERSIKT.stream().filter(r -> r.omrade().equals(omrade) && r.ar() == ar).findFirst()
                .orElseThrow();
    }

    static long flerarSum(int ar, java.util.function.ToLongFunction<Flerar> f) {
        return FLERARSOVERSIKT.stream().filter(r -> r.ar() == ar).mapToLong(f).sum();
    }

    /** Effekt helår of an action: the amount, or Antal × Timmar per × Timkostnad. */
    static long effektHelar(Atgard a) {
        if (a.effektHelar() != null) {
            return a.effektHelar();
        }
        if (a.antal() != null && a.timmarPer() != null && a.timkostnad() != null) {
            return (long) a.antal() * a.timmarPer() * a.timkostnad();
        }
        return 0;
    }

    /** Effekt innevarande år, pro rata from the start month through December of {@code year}. */
    static long effektInnevarandeAr(Atgard a, int year) {
        long helar = effektHelar(a);
        if (a.start().getYear() < year) {
            return helar;
        }
        if (a.start().getYear() > year) {
            return 0;
        }
        int months = 13 - a.start().getMonthValue();
        return BigDecimal.valueOf(helar * months).divide(BigDecimal.valueOf(12), 0, RoundingMode.HALF_UP)
                .longValueExact();
    }

    static BigDecimal bemanningResultat(Predicate<Enhet> which) {
        return BEMANNING.stream().filter(which).map(Enhet::forvantatResultat).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static long underskottAtgardsplan() {
        return bemanningResultat(e -> true).negate().longValueExact();
    }

    /** Texts use a no-break space between digit groups, so that 1 078,1 is never split over two lines. */
    static String typeset(String text) {
        return NUMBER_GROUP.matcher(text.strip()).replaceAll("\u00a0");
    }

    private static final Pattern NUMBER_GROUP = Pattern.compile("(?<=\\d) (?=\\d{3}(?!\\d))");

    // ================================================================== (a) delårsrapport

    static void delarsrapport(Path file) throws IOException {
        checkDelarsrapport();
        Xlsx x = new Xlsx();
        x.instructions("Delårsrapport augusti 2025 – exempel på arbetsbok", Instruktioner.DELARSRAPPORT);
        rapport(x, delarsrapportRapport());
        texter(x, DelarsrapportTexter.texter());
        malBlad(x);
        uppdragBlad(x);
        resultatrakning(x, INTAKTER, KOSTNADER, null);
        driftsredovisning(x, DRIFT, null, true);
        manadsutfall(x);
        volymer(x);
        externaUtforare(x);
        investeringar(x);
        internkontroll(x);
        x.write(file, LocalDate.of(2025, 9, 23));
    }

    static Object[][] delarsrapportRapport() {
        return new Object[][] {
            {"Kommun", KOMMUN, "Kommunens namn som det ska stå på titelsidan."},
            {"Nämnd", NAMND, "Nämnden som rapporten gäller."},
            {"Förvaltning", FORVALTNING, "Förvaltningen som tagit fram rapporten."},
            {"År", 2025, "Rapportåret, som ett tal."},
            {"Period", "augusti", "Sista månaden som ingår. augusti, aug, 8 och 2025-08 betyder alla januari–augusti."},
            {"Beloppsenhet", "tkr", "Enheten för alla belopp i arbetsboken: kr, tkr eller mkr."},
            {"Tabellenhet", "mkr", "Enheten i dokumentets tabeller. Rapportverk räknar om och avrundar först när beloppen visas."},
            {"Decimaler", 1, "Antal decimaler i tabellerna."},
            {"Datum", LocalDate.of(2025, 9, 23), "Dokumentets datum."},
            {"Diarienummer", "2025.112 VON", "Ärendets diarienummer. Visas i sidfoten."},
        };
    }

    /** Checks the delårsrapport's figures against each other and its texts against the figures. */
    static void checkDelarsrapport() {
        Quotes q = new Quotes("delarsrapport-augusti-2025.xlsx");
        for (int c = 0; c < 6; c++) {
            q.expect(summa(DRIFT, c) == netto(c), "Driftsredovisningen summerar till " + summa(DRIFT, c)
                    + " men resultaträkningens Summa totalt är " + netto(c) + " i kolumnen " + BELOPPSKOLUMNER[c]);
        }
        for (Rad r : concat(INTAKTER, KOSTNADER, DRIFT)) {
            q.expect(Math.abs(r.v()[UPF]) < Math.abs(r.v()[BF]), r.namn() + ": Utfall period föregående år är större än bokslutet");
            for (long v : r.v()) {
                q.expect("Intäkt".equals(r.typ()) ? v >= 0 : v <= 0, r.namn() + ": fel tecken på " + v);
            }
            double share = (double) r.v()[BP] / r.v()[B];
            q.expect(share > 0.63 && share < 0.70, r.namn() + ": Budget period är " + share + " av Budget");
        }
        long utfall = MANADSUTFALL.stream().filter(m -> m.utfall() != null).mapToLong(Manad::utfall).sum();
        q.expect(utfall == netto(UP), "Månadsutfallet summerar inte till Utfall period");
        q.expect(MANADSUTFALL.stream().mapToLong(Manad::utfallForegaendeAr).sum() == netto(BF),
                "Månadsutfallet föregående år summerar inte till bokslutet");
        q.expect(MANADSUTFALL.subList(0, 8).stream().mapToLong(Manad::utfallForegaendeAr).sum() == netto(UPF),
                "Månadsutfallet januari–augusti föregående år summerar inte till Utfall period föregående år");
        q.expect(MANADSUTFALL.stream().mapToLong(Manad::budget).sum() == netto(B), "Månadsbudgeten summerar inte till Budget");
        q.expect(MANADSUTFALL.subList(0, 8).stream().mapToLong(Manad::budget).sum() == netto(BP),
                "Månadsbudgeten januari–augusti summerar inte till Budget period");
        for (ManadVerksamhet m : MANADSUTFALL_VERKSAMHET) {
            Rad r = drift(m.verksamhet());
            q.expect(Arrays.stream(m.utfall()).sum() == r.v()[UP], m.verksamhet() + ": månaderna summerar inte till Utfall period");
            q.expect(Arrays.stream(m.utfallForegaendeAr()).limit(8).sum() == r.v()[UPF],
                    m.verksamhet() + ": månaderna föregående år summerar inte till Utfall period föregående år");
            q.expect(Arrays.stream(m.utfallForegaendeAr()).sum() == r.v()[BF],
                    m.verksamhet() + ": månaderna föregående år summerar inte till Bokslut föregående år");
            q.expect(Arrays.stream(m.budget()).limit(8).sum() == r.v()[BP],
                    m.verksamhet() + ": månadsbudgeten summerar inte till Budget period");
            q.expect(Arrays.stream(m.budget()).sum() == r.v()[B], m.verksamhet() + ": månadsbudgeten summerar inte till Budget");
        }
        q.expect(EXTERNA.stream().mapToLong(Extern::kopUtfall).sum() >= rrPost("Köp av verksamhet").v()[UP],
                "Köp av verksamhet hos externa utförare är större än resultaträkningens köp av verksamhet");
        q.expect(EXTERNA.stream().mapToLong(Extern::kopBudget).sum() >= rrPost("Köp av verksamhet").v()[BP],
                "Budgeterat köp hos externa utförare är större än resultaträkningens");
        // The tjänsteskrivelse's multi-year table gives the same 2025 figures as the Driftsredovisning.
        Rad pa = drift("LSS, personlig assistans"), kontakt = drift("LSS, kontaktperson, ledsagning och avlösning");
        q.expect(flerar(PA_EGEN, 2025).namndbidrag() + flerar(PA_EXTERN, 2025).namndbidrag() == -pa.v()[B],
                "Flerårsöversiktens nämndbidrag 2025 för personlig assistans skiljer sig från driftsredovisningens budget");
        q.expect(flerar(PA_EGEN, 2025).nettokostnad() + flerar(PA_EXTERN, 2025).nettokostnad() == -pa.v()[P],
                "Flerårsöversiktens nettokostnad 2025 för personlig assistans skiljer sig från prognosen");
        q.expect(flerar(PA_EGEN, 2024).nettokostnad() + flerar(PA_EXTERN, 2024).nettokostnad() == -pa.v()[BF],
                "Flerårsöversiktens nettokostnad 2024 för personlig assistans skiljer sig från bokslutet");
        q.expect(flerar(KONTAKT, 2025).nettokostnad() == -kontakt.v()[P] && flerar(KONTAKT, 2025).namndbidrag() == -kontakt.v()[B]
                && flerar(KONTAKT, 2024).nettokostnad() == -kontakt.v()[BF],
                "Flerårsöversikten för kontaktperson, ledsagning och avlösning skiljer sig från driftsredovisningen");

        // Figures the texts may quote.
        long periodAvvikelse = netto(UP) - netto(BP);
        Rad personal = rrPost("Personalkostnader");
        Volym hemtjanstVolym = volym("Hemtjänst"), lssVolym = volym("LSS, boende"), kopta = volym("Köpta platser");
        long hemtjanstVolymAvv = hemtjanstVolym.avvikelseUtifranVolym().setScale(0, RoundingMode.HALF_UP).longValueExact();
        long lssVolymAvv = lssVolym.avvikelseUtifranVolym().setScale(0, RoundingMode.HALF_UP).longValueExact();
        long investBudget = INVESTERINGAR.stream().mapToLong(Investering::budget).sum();
        long investPrognos = INVESTERINGAR.stream().mapToLong(Investering::prognos).sum();
        List<Atgard> atgardsplan = PlanTexter.atgardsplanAtgarder();
        q.mkrFromTkr("underskott perioden", periodAvvikelse)
                .mkrFromTkr("helårsprognosens avvikelse", netto(P) - netto(B))
                .mkrFromTkr("personalkostnader, avvikelse perioden", personal.v()[UP] - personal.v()[BP])
                .mkrFromTkr("personalkostnader, avvikelse helår", personal.avvikelse())
                .mkrFromTkr("köp av verksamhet, avvikelse helår", rrPost("Köp av verksamhet").avvikelse())
                .mkrFromTkr("taxor och avgifter, avvikelse", rrPost("Taxor och avgifter").avvikelse())
                .mkrFromTkr("bidrag (intäkter), avvikelse", rrPost("Bidrag (intäkter)").avvikelse())
                .mkrFromTkr("lokalhyror, avvikelse", rrPost("Lokalhyror").avvikelse())
                .mkrFromTkr("övriga driftskostnader, avvikelse", rrPost("Övriga driftskostnader").avvikelse())
                .mkrFromTkr("hemtjänst, avvikelse", drift("Hemtjänst").avvikelse())
                .mkrFromTkr("hemtjänst, avvikelse utifrån volym", hemtjanstVolymAvv)
                .mkrFromTkr("hemtjänst, avvikelse utöver volym", drift("Hemtjänst").avvikelse() - hemtjanstVolymAvv)
                .mkrFromTkr("särskilt boende, avvikelse", drift("Särskilt boende").avvikelse())
                .mkrFromTkr("korttidsboende, avvikelse", drift("Korttidsboende").avvikelse())
                .mkrFromTkr("hälso- och sjukvård, avvikelse", drift("Hälso- och sjukvård").avvikelse())
                .mkrFromTkr("LSS boende, avvikelse", drift("LSS, boende").avvikelse())
                .mkrFromTkr("LSS boende, avvikelse utifrån volym", lssVolymAvv)
                .mkrFromTkr("LSS boende, avvikelse utöver volym", drift("LSS, boende").avvikelse() - lssVolymAvv)
                .mkrFromTkr("personlig assistans, avvikelse", pa.avvikelse())
                .mkrFromTkr("personlig assistans egen regi, resultat 2025", flerar(PA_EGEN, 2025).resultat())
                .mkrFromTkr("personlig assistans externa, resultat 2025", flerar(PA_EXTERN, 2025).resultat())
                .mkrFromTkr("köpta platser, avvikelse", drift("Köpta platser").avvikelse())
                .mkrFromTkr("investeringar, budget", investBudget)
                .mkrFromTkr("investeringar, prognos", investPrognos)
                .mkrFromTkr("investeringar, avvikelse", investPrognos - investBudget)
                .mkrFromKr("handlingsplanens underskott", UNDERSKOTT_PA)
                .mkrFromKr("åtgärdsplanens effekt helår", atgardsplan.stream().mapToLong(ExampleWorkbooks::effektHelar).sum())
                .mkrFromKr("åtgärdsplanens effekt 2025",
                        atgardsplan.stream().mapToLong(a -> effektInnevarandeAr(a, 2025)).sum())
                .percent("avvikelsen i procent av budget", BigDecimal.valueOf(netto(P) - netto(B)).abs()
                        .multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(-netto(B)), 1, RoundingMode.HALF_UP))
                .volume("hemtjänst, timmar budget", hemtjanstVolym.budget())
                .volume("hemtjänst, timmar prognos", hemtjanstVolym.prognos())
                .volume("LSS boende, årsplaceringar prognos", lssVolym.prognos())
                .volume("köpta platser, årsplaceringar prognos", kopta.prognos());

        Map<String, String> texter = DelarsrapportTexter.texter();
        texter.forEach((key, text) -> q.check("Texter!" + key, text));
        DelarsrapportTexter.mal().forEach(m -> {
            q.check("Mål " + m.mal(), m.innebord());
            q.check("Mål " + m.mal(), m.text());
        });
        DelarsrapportTexter.uppdrag().forEach(u -> q.check("Uppdrag " + u.namn(), u.uppfoljning()));
        DelarsrapportTexter.internkontroll().forEach(k -> q.check("Internkontroll " + k.risk(), k.kommentar()));

        String sammanfattning = texter.get("sammanfattning");
        // The deficit is cited, not typed: the document shows the calculated figure (docs/arbetsbok.md, Tal i texter).
        q.expect(periodAvvikelse < 0 && netto(P) - netto(B) < 0, "Texterna kallar avvikelserna underskott");
        q.require("sammanfattning", sammanfattning, "underskott om {utfall avvikelse utan tecken}");
        q.require("sammanfattning", sammanfattning, "underskott om {prognos avvikelse utan tecken}");
        q.require("ekonomisk-analys", texter.get("ekonomisk-analys"), "{prognos avvikelse personalkostnader}");
        q.require("investeringar", texter.get("investeringar"), "{investeringar avvikelse}");
        q.require("sammanfattning", sammanfattning, hemtjanstVolym.prognos() / 1000 + " 000 utförda timmar");
        q.require("sammanfattning", sammanfattning, hemtjanstVolym.budget() / 1000 + " 000 timmar i budget");
        q.require("sammanfattning", sammanfattning, lssVolym.prognos() + " årsplaceringar mot budgeterade " + lssVolym.budget());
        String volymText = texter.get("volymer");
        q.require("volymer", volymText, kopta.prognos() + " årsplaceringar mot " + kopta.budget() + " i budget");
        q.require("volymer", volymText, lssVolym.prognos() + " årsplaceringar mot " + lssVolym.budget() + " i budget");
        q.require("ekonomisk-analys", texter.get("ekonomisk-analys"),
                "pekar på " + kopta.prognos() + " årsplaceringar mot budgeterade " + kopta.budget());
        q.require("externa-utforare", texter.get("externa-utforare"),
                swedishNumberWord(EXTERNA.stream().filter(e -> e.verksamhet().equals("Hemtjänst")).findFirst()
                        .orElseThrow().antal()) + " utförare inom valfrihetssystemet");
        List<String> others = volymerUtanAvvikelse();
        q.expect(others.equals(List.of("Särskilt boende", "Korttidsboende", "LSS, daglig verksamhet", "Boendestöd")),
                "Texten om volymer utan avvikelse räknar upp fel verksamheter: " + others);
        q.require("internkontroll", texter.get("internkontroll"), internkontrollSammanfattning());
        q.require("mal", texter.get("mal"), "fyra övergripande mål");
        q.expect(DelarsrapportTexter.mal().stream().filter(m -> m.niva().equals("Kommunfullmäktige")).count() == 4
                && DelarsrapportTexter.mal().stream().filter(m -> m.niva().equals("Nämnd")).count() == 4,
                "Texten om mål säger fyra mål på varje nivå");
        q.assertAll();
    }

    private static BigDecimal mkr(long tkr) {
        return BigDecimal.valueOf(Math.abs(tkr)).movePointLeft(3);
    }

    private static List<String> volymerUtanAvvikelse() {
        return VOLYMER.stream().filter(v -> v.prognos() == v.budget()).map(Volym::verksamhet).toList();
    }

    /** The sentence of the internkontroll text that counts the results. */
    static String internkontrollSammanfattning() {
        var rows = DelarsrapportTexter.internkontroll();
        java.util.function.ToLongFunction<String> count = r -> rows.stream().filter(k -> k.resultat().equals(r)).count();
        return capitalize(swedishNumberWord(count.applyAsLong("Utan avvikelse"))) + " kontroller har genomförts utan avvikelse, "
                + swedishNumberWord(count.applyAsLong("Mindre avvikelse")) + " med mindre avvikelse och "
                + swedishNumberWord(count.applyAsLong("Stor avvikelse")) + " med stor avvikelse.";
    }

    static String swedishNumberWord(long n) {
        return List.of("noll", "en", "två", "tre", "fyra", "fem", "sex", "sju", "åtta", "nio", "tio").get((int) n);
    }

    private static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @SafeVarargs
    private static <T> List<T> concat(List<T>... lists) {
        List<T> all = new ArrayList<>();
        Arrays.stream(lists).forEach(all::addAll);
        return all;
    }

    // ------------------------------------------------------------------ sheets of the delårsrapport

    static void rapport(Xlsx x, Object[][] fields) {
        Xlsx.Table t = x.table("Rapport", col("Fält", 24, TEXT), col("Värde", 44, TEXT), col("Förklaring", 80, WRAP));
        for (Object[] field : fields) {
            Object value = field[1];
            Xlsx.Format format = switch (value) {
                case LocalDate d -> DATE;
                case Integer i -> INTEGER;
                case Long l -> AMOUNT;
                default -> TEXT;
            };
            t.rowWithFormat(1, format, field);
        }
    }

    /**
     * Texter: one row per section, or several rows for a long section (one per sub-heading), which
     * the reader joins in order. That keeps every cell short enough to read in Excel.
     */
    static void texter(Xlsx x, Map<String, String> texts) {
        texter(x, texts, Map.of());
    }

    /** The Texter sheet, with a Rubrik on the first row of the sections named in {@code rubriker}. */
    static void texter(Xlsx x, Map<String, String> texts, Map<String, String> rubriker) {
        Xlsx.Table t = x.table("Texter", col("Avsnitt", 28, TEXT), col("Rubrik", 12, TEXT), col("Text", 130, WRAP));
        texts.forEach((key, text) -> {
            String rubrik = rubriker.get(key);
            for (String part : parts(typeset(text))) {
                t.row(key, rubrik, part);
                rubrik = null;
            }
        });
    }

    /**
     * Splits a long text into parts of about 600 characters or more, only before a sub-heading
     * ({@code ### }) or a list ({@code - }): lines the reader recognises by their start, so the
     * document is the same however the parts are joined.
     */
    static List<String> parts(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String block : text.split("\n\n")) {
            if ((block.startsWith("### ") || block.startsWith("- ")) && current.length() > 600) {
                parts.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append("\n\n");
            }
            current.append(block);
        }
        parts.add(current.toString());
        return parts;
    }

    static void malBlad(Xlsx x) {
        Xlsx.Table t = x.table("Mål", col("Nivå", 18, TEXT), col("Mål", 36, WRAP), col("Innebörd", 60, WRAP),
                col("Bedömning", 16, TEXT), col("Text", 90, WRAP));
        t.choices("Nivå", "Kommunfullmäktige", "Nämnd");
        t.choices("Bedömning", "Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Ej bedömt");
        for (var m : DelarsrapportTexter.mal()) {
            t.row(m.niva(), m.mal(), typeset(m.innebord()), m.bedomning(), typeset(m.text()));
        }
    }

    static void uppdragBlad(Xlsx x) {
        Xlsx.Table t = x.table("Uppdrag", col("Typ", 12, TEXT), col("Namn", 40, WRAP), col("Uppföljning", 100, WRAP));
        t.choices("Typ", "Satsning", "Uppdrag");
        for (var u : DelarsrapportTexter.uppdrag()) {
            t.row(u.typ(), u.namn(), typeset(u.uppfoljning()));
        }
    }

    /** Deliberate errors of the avvikelser variant: which cell (by post and column) gets which value. */
    record Fel(String namn, int column, long value) {
    }

    private static Object amount(Rad r, int c, List<Fel> errors) {
        if (errors != null) {
            for (Fel e : errors) {
                if (e.namn().equals(r.namn()) && e.column() == c) {
                    return e.value();
                }
            }
        }
        return r.v()[c];
    }

    private static Object[] amountRow(String first, String second, Rad r, List<Fel> errors, Object avvikelse) {
        Object[] row = new Object[9];
        row[0] = first;
        row[1] = second;
        for (int c = 0; c < 6; c++) {
            row[2 + c] = amount(r, c, errors);
        }
        row[8] = avvikelse;
        return row;
    }

    private static Xlsx.Col[] amountCols(String first, int firstWidth, String second, int secondWidth) {
        return amountCols(first, firstWidth, second, secondWidth, BELOPPSKOLUMNER, "Avvikelse");
    }

    private static Xlsx.Col[] amountCols(String first, int firstWidth, String second, int secondWidth,
                                         String[] amountHeaders, String avvikelseHeader) {
        List<Xlsx.Col> cols = new ArrayList<>();
        cols.add(col(first, firstWidth, WRAP));
        cols.add(col(second, secondWidth, second.equals("Typ") ? TEXT : WRAP));
        for (String h : amountHeaders) {
            cols.add(col(h, 14, AMOUNT));
        }
        cols.add(col(avvikelseHeader, 14, AMOUNT));
        return cols.toArray(Xlsx.Col[]::new);
    }

    /**
     * The amount headers as users copy them from last year's report (År 2025, Period augusti), in the
     * order of {@link #BELOPPSKOLUMNER}: the reader takes them for the same columns.
     */
    static final String[] KOPIERADE_BELOPPSKOLUMNER = {"Bokslut 2024", "Utfall jan–aug 2024", "Utfall jan–aug 2025",
        "Budget jan–aug 2025", "Budget 2025", "Prognos helår 2025"};

    static final String KOPIERAD_AVVIKELSE = "Avvikelse prognos helår mot budget";

    /** The row whose Avvikelse the delårsrapport's Driftsredovisning gives as an accounting negative. */
    static final String BOKFORINGSMINUS = "Hemtjänst";

    /** A negative amount as in the ledger and last year's report: {@code (19 700)}. */
    static String accounting(long negative) {
        if (negative >= 0) {
            throw new IllegalStateException("only a negative amount is written in parentheses: " + negative);
        }
        return "(" + String.format(java.util.Locale.ROOT, "%,d", -negative).replace(',', ' ') + ")";
    }

    /**
     * Resultaträkning: income rows, Summa intäkter, cost rows, Summa kostnader, Summa totalt, all
     * with an Avvikelse formula. {@code errors} (avvikelser variant only) replaces cells with typed
     * values; a replaced Summa cell is typed instead of summed.
     */
    static Xlsx.Table resultatrakning(Xlsx x, List<Rad> intakter, List<Rad> kostnader, List<Fel> errors) {
        Xlsx.Table t = x.table("Resultaträkning", amountCols("Post", 28, "Typ", 10));
        t.choices("Typ", "Intäkt", "Kostnad", "Summa");
        Xlsx.Formula avvikelse = f("H{r}-G{r}");
        int i1 = t.nextRow();
        for (Rad r : intakter) {
            t.row(amountRow(r.namn(), r.typ(), r, errors, avvikelseCell(r, errors, avvikelse)));
        }
        int i2 = t.nextRow() - 1;
        int sumIntakter = t.row(total(summaRow("Summa intäkter", sum(i1, i2), errors, avvikelse)));
        int k1 = t.nextRow();
        for (Rad r : kostnader) {
            t.row(amountRow(r.namn(), r.typ(), r, errors, avvikelseCell(r, errors, avvikelse)));
        }
        int k2 = t.nextRow() - 1;
        int sumKostnader = t.row(total(summaRow("Summa kostnader", sum(k1, k2), errors, avvikelse)));
        // Summa totalt sums the rows themselves, so that a wrong given Summa intäkter stays one discrepancy.
        t.row(total(summaRow("Summa totalt", f("SUM({c}" + i1 + ":{c}" + i2 + ",{c}" + k1 + ":{c}" + k2 + ")"),
                errors, avvikelse)));
        assert sumIntakter < sumKostnader;
        return t;
    }

    private static Object avvikelseCell(Rad r, List<Fel> errors, Xlsx.Formula formula) {
        if (errors != null) {
            for (Fel e : errors) {
                if (e.namn().equals(r.namn()) && e.column() == 6) {
                    return e.value();
                }
            }
        }
        return formula;
    }

    private static Object[] summaRow(String namn, Xlsx.Formula formula, List<Fel> errors, Xlsx.Formula avvikelse) {
        Object[] row = new Object[9];
        row[0] = namn;
        row[1] = "Summa";
        for (int c = 0; c < 6; c++) {
            row[2 + c] = formula;
            if (errors != null) {
                for (Fel e : errors) {
                    if (e.namn().equals(namn) && e.column() == c) {
                        row[2 + c] = e.value();
                    }
                }
            }
        }
        row[8] = avvikelse;
        return row;
    }

    static Xlsx.Table driftsredovisning(Xlsx x, List<Rad> rows, List<Fel> errors) {
        return driftsredovisning(x, rows, errors, false);
    }

    /**
     * The Driftsredovisning; {@code copied}: with the headers of last year's report and one Avvikelse
     * typed as an accounting negative (the delårsrapport example), else with the contract's headers.
     */
    static Xlsx.Table driftsredovisning(Xlsx x, List<Rad> rows, List<Fel> errors, boolean copied) {
        Xlsx.Table t = x.table("Driftsredovisning", copied
                ? amountCols("Område", 24, "Verksamhet", 46, KOPIERADE_BELOPPSKOLUMNER, KOPIERAD_AVVIKELSE)
                : amountCols("Område", 24, "Verksamhet", 46));
        int first = t.nextRow();
        for (Rad r : rows) {
            Object avvikelse = copied && r.namn().equals(BOKFORINGSMINUS) ? accounting(r.avvikelse()) : f("H{r}-G{r}");
            t.row(amountRow(r.omrade(), r.namn(), r, errors, avvikelse));
        }
        int last = t.nextRow() - 1;
        Object[] totalt = new Object[9];
        totalt[1] = "Totalt";
        for (int c = 0; c < 6; c++) {
            totalt[2 + c] = sum(first, last);
        }
        totalt[8] = f("H{r}-G{r}");
        t.row(total(totalt));
        return t;
    }

    /**
     * Månadsutfall: the nämnd as a whole (no Verksamhet), then the months of the Driftsredovisning
     * rows that have them, each block closed by a comment row with its check sums.
     */
    static void manadsutfall(Xlsx x) {
        Xlsx.Table t = x.table("Månadsutfall", col("Månad", 14, TEXT), col("Utfall", 14, AMOUNT),
                col("Utfall föregående år", 14, AMOUNT), col("Budget", 14, AMOUNT), col("Verksamhet", 24, TEXT));
        int first = t.nextRow();
        for (Manad m : MANADSUTFALL) {
            t.row(m.manad(), m.utfall(), m.utfallForegaendeAr(), m.budget(), null);
        }
        int last = t.nextRow() - 1;
        // A comment row (first cell starts with #): a controller's check sum that the reader skips.
        t.row(total("# Summa", sum(first, last), sum(first, last), sum(first, last), null));
        for (ManadVerksamhet v : MANADSUTFALL_VERKSAMHET) {
            int from = t.nextRow();
            for (int m = 0; m < 12; m++) {
                t.row(se.rapportverk.format.SwedishMonths.name(m + 1), m < v.utfall().length ? v.utfall()[m] : null,
                        v.utfallForegaendeAr()[m], v.budget()[m], v.verksamhet());
            }
            int to = t.nextRow() - 1;
            t.row(total("# Summa " + v.verksamhet(), sum(from, to), sum(from, to), sum(from, to), null));
        }
    }

    static void volymer(Xlsx x) {
        Xlsx.Table t = x.table("Volymer", col("Verksamhet", 30, TEXT), col("Volymenhet", 14, TEXT),
                col("Volym budget", 13, AMOUNT), col("Volym prognos", 13, AMOUNT), col("Kostnad per enhet", 14, AMOUNT2));
        for (Volym v : VOLYMER) {
            t.row(v.verksamhet(), v.enhet(), v.budget(), v.prognos(), v.kostnadPerEnhet());
        }
    }

    static void externaUtforare(Xlsx x) {
        Xlsx.Table t = x.table("Externa utförare", col("Verksamhet", 46, WRAP),
                col("Köp av verksamhet utfall", 15, AMOUNT), col("Nettokostnad utfall", 15, AMOUNT),
                col("Köp av verksamhet budget", 15, AMOUNT), col("Nettokostnad budget", 15, AMOUNT),
                col("Antal externa utförare", 12, INTEGER));
        for (Extern e : EXTERNA) {
            t.row(e.verksamhet(), e.kopUtfall(), e.nettoUtfall(), e.kopBudget(), e.nettoBudget(), e.antal());
        }
    }

    static void investeringar(Xlsx x) {
        Xlsx.Table t = x.table("Investeringar", col("Projekt", 58, WRAP), col("Budget", 14, AMOUNT),
                col("Utfall period", 14, AMOUNT), col("Prognos", 14, AMOUNT));
        int first = t.nextRow();
        for (Investering i : INVESTERINGAR) {
            t.row(i.projekt(), i.budget(), i.utfall(), i.prognos());
        }
        int last = t.nextRow() - 1;
        t.row(total("Totalt", sum(first, last), sum(first, last), sum(first, last)));
    }

    static void internkontroll(Xlsx x) {
        Xlsx.Table t = x.table("Internkontroll", col("Risk", 30, WRAP), col("Beskrivning", 50, WRAP),
                col("Kontroll", 40, WRAP), col("Resultat", 18, TEXT), col("Kommentar", 70, WRAP));
        t.choices("Resultat", "Utan avvikelse", "Mindre avvikelse", "Stor avvikelse", "Ej genomförd");
        for (var k : DelarsrapportTexter.internkontroll()) {
            t.row(k.risk(), typeset(k.beskrivning()), typeset(k.kontroll()), k.resultat(), typeset(k.kommentar()));
        }
    }

    // ================================================================== (b) delårsrapport med avvikelser

    /** The deliberate errors of the avvikelser variant (README and Instruktioner name their cells). */
    static final List<Fel> RR_FEL = List.of(
            new Fel("Summa intäkter", UP, 63_235),          // E5: rows sum to 61 135
            new Fel("Personalkostnader", 6, -42_700),       // I6: Prognos − Budget is -47 200
            new Fel("Kapitaltjänstkostnader", BF, 5_120));  // C11: a cost entered as a positive amount
    static final List<Fel> DRIFT_FEL = List.of(
            new Fel("Hemtjänst", P, -214_500),              // H2: digits swapped, should be -241 500
            new Fel("Bostadsanpassning", UPF, -5_448),      // D15: larger than Bokslut föregående år (-5 170)
            new Fel("Central administration", UPF, -25_271)); // D16: compensates D15, so the UPF total still agrees

    static void delarsrapportMedAvvikelser(Path file) throws IOException {
        Xlsx x = new Xlsx();
        x.instructions("Delårsrapport med avvikelser – övningsexempel för kontrollen", Instruktioner.MED_AVVIKELSER);
        rapport(x, delarsrapportRapport());
        texter(x, Map.of("sammanfattning", """
                Den här arbetsboken är ett övningsexempel för kontrollen i Rapportverk. Siffrorna är desamma som i delarsrapport-augusti-2025.xlsx, men fem fel har lagts in med avsikt. Bladet Instruktioner beskriver felen och i vilka celler de finns.
                """));
        Xlsx.Table rr = resultatrakning(x, INTAKTER, KOSTNADER, RR_FEL);
        rr.mark(5, 2 + UP);
        rr.mark(6, 8);
        rr.mark(11, 2 + BF);
        Xlsx.Table drift = driftsredovisning(x, DRIFT, DRIFT_FEL);
        drift.mark(2, 2 + P);
        drift.mark(15, 2 + UPF);
        drift.mark(16, 2 + UPF);
        x.write(file, LocalDate.of(2025, 9, 23));
    }

    // ================================================================== (c) handlingsplan personlig assistans

    static Object[][] handlingsplanRapport(LocalDate datum) {
        return new Object[][] {
            {"Kommun", KOMMUN, "Kommunens namn."},
            {"Nämnd", NAMND, "Nämnden som beslutar om planen."},
            {"Förvaltning", FORVALTNING, null},
            {"År", 2025, "Året som planen gäller. Effekt innevarande år räknas för det här året."},
            {"Beloppsenhet", "kr", "Alla belopp i arbetsboken anges i kronor."},
            {"Tabellenhet", "kr", "Beloppen visas i kronor i dokumentets tabeller."},
            {"Datum", datum, "Dokumentets datum."},
            {"Diarienummer", "2025.019 VON", null},
            {"Ansvar", "81516", "Ansvarskoden i ekonomisystemet. Skrivs som text så att den inte formateras som ett belopp."},
            {"Typ av styrdokument", "Ekonomisk handlingsplan", null},
            {"Beslutande instans", NAMND, null},
            {"Datum för beslut", LocalDate.of(2025, 3, 18), null},
            {"Gäller för", "Avdelningen personlig assistans och stöd, vård- och omsorgsförvaltningen", null},
            {"Giltighetstid", "2025-01-01–2025-12-31", null},
            {"Revideras senast", LocalDate.of(2025, 12, 31), null},
            {"Dokumentansvarig", "Maria Holmgren, avdelningschef personlig assistans och stöd", null},
            {"Underskott", UNDERSKOTT_PA, "Underskottet som åtgärderna ska täcka, som ett positivt belopp i kronor."},
        };
    }

    static void handlingsplan(Path file) throws IOException {
        List<Atgard> atgarder = PlanTexter.handlingsplanAtgarder();
        checkHandlingsplan("handlingsplan-personlig-assistans-2025.xlsx", atgarder, PlanTexter.HANDLINGSPLAN_SAMMANFATTNING,
                nyckeltal2024());
        Xlsx x = new Xlsx();
        x.instructions("Ekonomisk handlingsplan personlig assistans 2025 – exempel på arbetsbok", Instruktioner.HANDLINGSPLAN);
        rapport(x, handlingsplanRapport(LocalDate.of(2025, 2, 25)));
        texter(x, Map.of("sammanfattning", PlanTexter.HANDLINGSPLAN_SAMMANFATTNING));
        atgarder(x, atgarder, false, false);
        nyckeltal(x, nyckeltal2024());
        x.write(file, LocalDate.of(2025, 2, 25));
    }

    static void uppfoljningHandlingsplan(Path file) throws IOException {
        List<Atgard> atgarder = PlanTexter.uppfoljningAtgarder();
        checkHandlingsplan("uppfoljning-handlingsplan-2025.xlsx", atgarder, PlanTexter.UPPFOLJNING_SAMMANFATTNING,
                nyckeltal2025());
        Xlsx x = new Xlsx();
        x.instructions("Uppföljning av handlingsplan personlig assistans 2025 – exempel på arbetsbok",
                Instruktioner.UPPFOLJNING);
        rapport(x, handlingsplanRapport(LocalDate.of(2025, 9, 2)));
        texter(x, Map.of("sammanfattning", PlanTexter.UPPFOLJNING_SAMMANFATTNING));
        atgarder(x, atgarder, false, true);
        nyckeltal(x, nyckeltal2025());
        x.write(file, LocalDate.of(2025, 9, 2));
    }

    static void checkHandlingsplan(String name, List<Atgard> atgarder, String sammanfattning, List<Nyckeltal> nyckeltal) {
        Quotes q = new Quotes(name);
        Atgard apt = atgarder.get(3);
        long aptTimmar = (long) apt.antal() * apt.timmarPer();
        q.mkrFromKr("underskott", UNDERSKOTT_PA)
                .mkrFromKr("personlig assistans egen regi, prognos 2025", flerar(PA_EGEN, 2025).resultat() * 1000)
                .kr("timvikarier, effekt helår", effektHelar(atgarder.get(1)))
                .kr("APT, timkostnad", apt.timkostnad())
                .kr("APT, effekt helår", effektHelar(apt))
                .volume("APT, timmar per medarbetare", apt.timmarPer())
                .volume("APT, timmar per år", aptTimmar)
                .percent("målvärde verkställda av beslutade timmar", new BigDecimal("100"));
        for (Atgard a : atgarder) {
            if (a.utfallHittills() != null && a.utfallHittills() > 0) {
                q.kr(a.atgard() + ", utfall hittills", a.utfallHittills());
            }
        }
        Atgard forsta = atgarder.get(0);
        if (forsta.utfallHittills() != null) {
            long timmar = forsta.utfallHittills() / apt.timkostnad();
            q.expect(timmar * apt.timkostnad() == forsta.utfallHittills(), "Utfallet för beslutade timmar är inte timmar × timkostnad");
            q.volume("färre verkställda timmar", timmar);
            q.require(forsta.atgard(), forsta.uppfoljning(), "omkring " + timmar + " färre timmar");
            q.expect(apt.utfallHittills() == effektHelar(apt) * 6 / 12, "APT: utfallet motsvarar inte mars–augusti");
        }
        q.require("Ekonomisk effekt APT", apt.ekonomiskEffekt(), apt.antal() + " medarbetare × " + apt.timmarPer()
                + " timmar = " + aptTimmar + " timmar");
        q.check("sammanfattning", sammanfattning);
        q.require("sammanfattning", sammanfattning, "1,2 miljoner kronor");
        for (Atgard a : atgarder) {
            for (String text : new String[] {a.beskrivning(), a.ekonomiskEffekt(), a.uppfoljning(), a.mojligheter(), a.risker()}) {
                q.check("Åtgärd " + a.nr(), text);
            }
        }
        q.expect(atgarder.stream().mapToLong(a -> effektInnevarandeAr(a, 2025)).sum() < UNDERSKOTT_PA,
                "Åtgärdernas effekt är större än underskottet");
        q.expect(nyckeltal.stream().map(Nyckeltal::period).distinct().count() >= 6, "För få perioder av nyckeltal");
        q.assertAll();
    }

    static void atgarder(Xlsx x, List<Atgard> atgarder, boolean verksamhet, boolean uppfoljning) {
        List<Xlsx.Col> cols = new ArrayList<>(List.of(col("Nr", 5, INTEGER), col("Åtgärd", 30, WRAP)));
        if (verksamhet) {
            cols.add(col("Verksamhet", 18, WRAP));
        }
        cols.addAll(List.of(col("Ansvarig", 24, WRAP), col("Startdatum", 12, DATE), col("Effekt helår", 13, AMOUNT),
                col("Effekt innevarande år", 13, AMOUNT), col("Effekt text", 16, WRAP), col("Antal", 8, AMOUNT),
                col("Timmar per", 9, AMOUNT), col("Timkostnad", 11, AMOUNT), col("Beskrivning", 80, WRAP),
                col("Möjligheter", 50, WRAP), col("Risker", 50, WRAP), col("Ekonomisk effekt", 45, WRAP),
                col("Uppföljning", 50, WRAP), col("Status", 13, TEXT), col("Utfall hittills", 13, AMOUNT)));
        Xlsx.Table t = x.table("Åtgärder", cols.toArray(Xlsx.Col[]::new));
        t.choices("Status", "Ej påbörjad", "Pågår", "Genomförd", "Avbruten");
        for (Atgard a : atgarder) {
            List<Object> row = new ArrayList<>(List.of(a.nr(), a.atgard()));
            if (verksamhet) {
                row.add(a.verksamhet());
            }
            row.addAll(Arrays.asList(a.ansvarig(), a.start(), a.effektHelar(), null, a.effektText(), a.antal(),
                    a.timmarPer(), a.timkostnad(), typeset(a.beskrivning()), a.mojligheter().strip(), a.risker().strip(),
                    typeset(a.ekonomiskEffekt()), typeset(a.uppfoljning()),
                    uppfoljning ? a.status() : null, uppfoljning ? a.utfallHittills() : null));
            t.row(row.toArray());
        }
    }

    static void nyckeltal(Xlsx x, List<Nyckeltal> rows) {
        Xlsx.Table t = x.table("Nyckeltal", col("Nyckeltal", 40, WRAP), col("Enhet", 24, TEXT), col("Period", 10, TEXT),
                col("Utfall", 10, GENERAL), col("Målvärde", 10, GENERAL), col("Riktning", 18, TEXT),
                col("Måttenhet", 10, TEXT));
        t.choices("Riktning", HOGRE, LAGRE);
        for (Nyckeltal n : rows) {
            t.row(n.nyckeltal(), n.enhet(), n.period(), n.utfall(), n.malvarde(), n.riktning(), n.mattenhet());
        }
    }

    // ================================================================== (d) åtgärdsplan

    static void atgardsplan(Path file) throws IOException {
        List<Atgard> atgarder = PlanTexter.atgardsplanAtgarder();
        checkAtgardsplan(atgarder);
        Xlsx x = new Xlsx();
        x.instructions("Åtgärdsplan inom vård- och omsorgsnämnden 2025 – exempel på arbetsbok", Instruktioner.ATGARDSPLAN);
        rapport(x, new Object[][] {
            {"Kommun", KOMMUN, null},
            {"Nämnd", NAMND, null},
            {"Förvaltning", FORVALTNING, null},
            {"År", 2025, "Året som planen gäller. Åtgärder som startar under året räknas om till effekt innevarande år."},
            {"Titel", "Åtgärdsplan inom vård- och omsorgsnämnden 2025", "Ersätter dokumentets standardtitel."},
            {"Beloppsenhet", "kr", "Alla belopp i arbetsboken anges i kronor."},
            {"Tabellenhet", "tkr", "Beloppen visas i tusental kronor i dokumentets tabeller."},
            {"Datum", LocalDate.of(2025, 3, 25), null},
            {"Diarienummer", "2025.048 VON", null},
            {"Ansvar", "81000", "Ansvarskod för förvaltningen som helhet."},
            {"Typ av styrdokument", "Åtgärdsplan", null},
            {"Beslutande instans", NAMND, null},
            {"Datum för beslut", LocalDate.of(2025, 4, 22), null},
            {"Gäller för", "Hemtjänst, särskilt boende, kostenheten och hälso- och sjukvård i egen regi", null},
            {"Giltighetstid", "2025-04-22–2026-12-31", null},
            {"Revideras senast", LocalDate.of(2026, 3, 31), null},
            {"Dokumentansvarig", "Anders Nyström, förvaltningschef", null},
            {"Årsarbetstid", 1700, "Timmar per årsarbetare och år. Används för Budget i timmar."},
            {"Underskott", underskottAtgardsplan(),
                "Åtgärdsbehovet enligt bemanningsmodellen: summan av Förväntat resultat tolv månader för enheterna på bladet Bemanning, som ett positivt belopp."},
        });
        texter(x, Map.of("sammanfattning", PlanTexter.ATGARDSPLAN_SAMMANFATTNING));
        atgarder(x, atgarder, true, false);
        Xlsx.Table t = x.table("Bemanning", col("Enhet", 36, TEXT), col("Intäkter helår", 15, AMOUNT),
                col("Övriga kostnader helår", 15, AMOUNT), col("Kostnad per årsarbetare", 15, AMOUNT),
                col("Bemanning", 12, DECIMAL1));
        for (Enhet e : BEMANNING) {
            t.row(e.enhet(), e.intakter(), e.ovrigaKostnader(), e.kostnadPerArsarbetare(), e.bemanning());
        }
        nyckeltal(x, nyckeltalHemtjanst());
        x.write(file, LocalDate.of(2025, 3, 25));
    }

    static void checkAtgardsplan(List<Atgard> atgarder) {
        Quotes q = new Quotes("atgardsplan-2025.xlsx");
        BigDecimal hemtjanst = bemanningResultat(e -> e.enhet().startsWith("Hemtjänst"));
        BigDecimal bjorkhagen = bemanningResultat(e -> e.enhet().startsWith("Björkhagen"));
        BigDecimal kost = bemanningResultat(e -> e.enhet().equals("Kostenheten"));
        q.mkrFromKr("hemtjänsten, förväntat resultat", hemtjanst.longValueExact())
                .mkrFromKr("Björkhagen, förväntat resultat", bjorkhagen.longValueExact())
                .mkrFromKr("kostenheten, förväntat resultat", kost.longValueExact())
                .mkrFromKr("åtgärdsbehov", underskottAtgardsplan());
        for (Atgard a : atgarder) {
            long effekt = effektHelar(a);
            if (effekt % 100_000 == 0) {
                q.mkrFromKr(a.atgard() + ", effekt helår", effekt);
            }
            q.kr(a.atgard() + ", effekt helår", effekt);
            q.expect(a.status() == null && a.utfallHittills() == null, a.atgard() + ": en plan har ingen status");
            q.expect(a.start().getYear() == 2025, a.atgard() + ": startar inte 2025");
        }
        q.expect(Quotes.oneDecimal(hemtjanst.negate().movePointLeft(6)).equals("7,2"),
                "Hemtjänstens underskott enligt bemanningsmodellen ska vara cirka 7,2 mkr, är " + hemtjanst);
        q.require("sammanfattning", PlanTexter.ATGARDSPLAN_SAMMANFATTNING, "underskott på 7,2 miljoner kronor");
        q.check("sammanfattning", PlanTexter.ATGARDSPLAN_SAMMANFATTNING);
        for (Atgard a : atgarder) {
            for (String text : new String[] {a.beskrivning(), a.ekonomiskEffekt(), a.uppfoljning(), a.mojligheter(), a.risker()}) {
                q.check("Åtgärd " + a.nr(), text);
            }
        }
        q.expect(atgarder.stream().mapToLong(ExampleWorkbooks::effektHelar).sum() < underskottAtgardsplan(),
                "Åtgärdernas effekt på helårsbasis är större än underskottet");
        q.assertAll();
    }

    // ================================================================== (e) tjänsteskrivelse

    record Arende(String typ, String text, String titel) {
    }

    static final List<Arende> ARENDE = List.of(
            new Arende("Beslutsförslag", "Vård- och omsorgsnämnden godkänner uppföljningen av den ekonomiska handlingsplanen för personlig assistans.", null),
            new Arende("Beslutsförslag", "Vård- och omsorgsnämnden ger vård- och omsorgsförvaltningen i uppdrag att revidera handlingsplanen med en ny åtgärd som ersätter åtgärden Sänkta personalkostnader och redovisa den reviderade planen för nämnden i november 2025.", null),
            new Arende("Beslutsförslag", "Vård- och omsorgsnämnden ger vård- och omsorgsförvaltningen i uppdrag att redovisa en slutrapport av handlingsplanen i samband med årsredovisningen för 2025.", null),
            new Arende("Beslutsunderlag", "Tjänsteskrivelse daterad 2025-09-09", null),
            new Arende("Beslutsunderlag", "Uppföljning av ekonomisk handlingsplan personlig assistans, daterad 2025-09-02", null),
            new Arende("Beslutsunderlag", "Ekonomisk handlingsplan personlig assistans 2025, beslutad av vård- och omsorgsnämnden 2025-03-18, § 27", null),
            new Arende("Underskrift", "Anders Nyström", "Förvaltningschef"),
            new Arende("Underskrift", "Maria Holmgren", "Avdelningschef personlig assistans och stöd"),
            new Arende("Skickas till", "Avdelningen personlig assistans och stöd", null),
            new Arende("Skickas till", "Ekonomienheten, kommunledningsförvaltningen", null),
            new Arende("Skickas till", "Akten", null));

    static void tjansteskrivelse(Path file) throws IOException {
        Map<String, String> texter = new java.util.LinkedHashMap<>();
        texter.put("sammanfattning", PlanTexter.TJ_SAMMANFATTNING);
        texter.put("arendebeskrivning", PlanTexter.TJ_ARENDEBESKRIVNING);
        texter.put("forvaltningens-yttrande", PlanTexter.TJ_YTTRANDE);
        // A section of the workbook's own: its Avsnitt is no key of the contract, and it has a Rubrik.
        texter.put("Barnrättsperspektiv", PlanTexter.TJ_BARNRATTSPERSPEKTIV);
        texter.put("ekonomisk-bedomning", PlanTexter.TJ_EKONOMISK_BEDOMNING);
        checkTjansteskrivelse(texter);
        Xlsx x = new Xlsx();
        x.instructions("Tjänsteskrivelse – uppföljning av handlingsplan personlig assistans – exempel på arbetsbok",
                Instruktioner.TJANSTESKRIVELSE);
        rapport(x, new Object[][] {
            {"Kommun", KOMMUN, null},
            {"Nämnd", NAMND, "Mottagaren: nämnden som ärendet går till."},
            {"Förvaltning", FORVALTNING, null},
            {"År", 2025, null},
            {"Titel", "Uppföljning av handlingsplan personlig assistans", "Ärendemeningen, som blir tjänsteskrivelsens rubrik."},
            {"Beloppsenhet", "tkr", "Beloppen på bladet Flerårsöversikt anges i tusental kronor."},
            {"Tabellenhet", "tkr", null},
            {"Datum", LocalDate.of(2025, 9, 9), null},
            {"Diarienummer", "2025.019 VON", null},
            {"Handläggare", "Maria Holmgren, avdelningschef personlig assistans och stöd", "Namn och titel."},
            {"Telefon", "0123-456 78", "Handläggarens telefon, i huvudet."},
            {"E-post", "maria.holmgren@ekeby.se", "Handläggarens e-post, i huvudet."},
        });
        texter(x, texter, Map.of("Barnrättsperspektiv", "Barnrättsperspektiv"));
        Xlsx.Table a = x.table("Ärende", col("Typ", 18, TEXT), col("Text", 100, WRAP), col("Titel", 44, TEXT));
        a.choices("Typ", "Beslutsförslag", "Beslutsunderlag", "Skickas till", "Underskrift");
        for (Arende r : ARENDE) {
            a.row(r.typ(), r.text(), r.titel());
        }
        Xlsx.Table fl = x.table("Flerårsöversikt", col("Område", 42, TEXT), col("År", 8, INTEGER),
                col("Nettokostnad", 15, AMOUNT), col("Nämndbidrag", 15, AMOUNT));
        for (Flerar r : FLERARSOVERSIKT) {
            fl.row(r.omrade(), r.ar(), r.nettokostnad(), r.namndbidrag());
        }
        x.write(file, LocalDate.of(2025, 9, 9));
    }

    static void checkTjansteskrivelse(Map<String, String> texter) {
        Quotes q = new Quotes("tjansteskrivelse-handlingsplan-2025.xlsx");
        List<Atgard> uppfoljning = PlanTexter.uppfoljningAtgarder();
        q.mkrFromKr("handlingsplanens underskott", UNDERSKOTT_PA)
                .mkrFromTkr("egen regi, resultat 2023", flerar(PA_EGEN, 2023).resultat())
                .mkrFromTkr("egen regi, resultat 2024", flerar(PA_EGEN, 2024).resultat())
                .mkrFromTkr("egen regi, prognos 2025", flerar(PA_EGEN, 2025).resultat())
                .mkrFromTkr("externa anordnare, prognos 2025", flerar(PA_EXTERN, 2025).resultat())
                .mkrFromTkr("avdelningen, prognos 2025", flerarSum(2025, Flerar::resultat))
                .percent("målvärde verkställda av beslutade timmar", new BigDecimal("100"))
                .volume("färre verkställda timmar", uppfoljning.get(0).utfallHittills() / 320);
        for (Atgard a : uppfoljning) {
            if (a.utfallHittills() > 0) {
                q.kr(a.atgard() + ", utfall hittills", a.utfallHittills());
            }
        }
        texter.forEach((key, text) -> q.check("Texter!" + key, text));
        q.require("ekonomisk-bedomning", texter.get("ekonomisk-bedomning"),
                "underskott om " + Quotes.oneDecimal(mkr(flerarSum(2025, Flerar::resultat))) + " miljoner kronor");
        q.require("arendebeskrivning", texter.get("arendebeskrivning"),
                "underskott om " + Quotes.oneDecimal(mkr(flerar(PA_EGEN, 2024).resultat())) + " miljoner kronor");
        // The results of egen regi improve every year from 2023, as the text says.
        q.expect(flerar(PA_EGEN, 2023).resultat() < flerar(PA_EGEN, 2024).resultat()
                && flerar(PA_EGEN, 2024).resultat() < flerar(PA_EGEN, 2025).resultat(),
                "Resultatet i egen regi förbättras inte varje år sedan 2023");
        q.expect(ARENDE.stream().filter(r -> r.typ().equals("Underskrift")).allMatch(r -> r.titel() != null),
                "Varje underskrift ska ha en titel");
        q.assertAll();
    }
}
