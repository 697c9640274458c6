package se.rapportverk.workbook;

import static se.rapportverk.workbook.AmountColumn.BOKSLUT_FOREGAENDE_AR;
import static se.rapportverk.workbook.AmountColumn.BUDGET;
import static se.rapportverk.workbook.AmountColumn.BUDGET_PERIOD;
import static se.rapportverk.workbook.AmountColumn.PROGNOS;
import static se.rapportverk.workbook.AmountColumn.UTFALL_PERIOD;
import static se.rapportverk.workbook.AmountColumn.UTFALL_PERIOD_FOREGAENDE_AR;

/**
 * The checks, declared once: their numbers, the contract's (1–5) and those Rapportverk adds (6–9),
 * their Swedish titles, what each compares, and how a failure counts. {@code calc.CheckKind} wraps
 * each with the code that runs it; {@code check}, the kontrollrapport and the manifest number them
 * from here, and the tables of checks in docs/arbetsbok.md and the README are generated from here
 * ({@link ContractDoc}).
 */
public enum CheckType {
    GIVEN_TOTALS(1, true, "Angivna summor och avvikelser", Failure.DISCREPANCY,
            "En summarad eller en avvikelse som står i arbetsboken mot den beräknade. Skillnader som avrundning kan "
                    + "förklara godtas."),
    DRIFT_AGAINST_RESULTAT(2, true, "Driftsredovisningen mot resultaträkningen", Failure.DISCREPANCY,
            "Driftsredovisningens Totalt mot resultaträkningens Summa totalt, kolumn för kolumn."),
    SIGNS(3, true, "Tecken på intäkter och kostnader", Failure.WARNING,
            "Negativa intäkter och positiva kostnader i resultaträkningen; i driftsredovisningen ett belopp vars tecken "
                    + "skiljer sig från radens alla andra."),
    ACTIONS(4, true, "Åtgärdernas effekter", Failure.WARNING,
            Schema.ATGARDER.effektInnevarandeAr.header() + " större än " + Schema.ATGARDER.effektHelar.header()
                    + ", ett startdatum utanför året och effekter större än underskottet."),
    PERIODS(5, true, "Perioden mot helåret", Failure.WARNING,
            h(UTFALL_PERIOD_FOREGAENDE_AR) + " större än " + h(BOKSLUT_FOREGAENDE_AR) + "."),
    MONTHS(6, false, "Månadsutfallet mot perioden", Failure.DISCREPANCY,
            "Månaderna i bladet " + Schema.MANADSUTFALL.name() + ", för nämnden och per verksamhet, mot "
                    + h(UTFALL_PERIOD) + ", " + h(UTFALL_PERIOD_FOREGAENDE_AR) + ", " + h(BOKSLUT_FOREGAENDE_AR) + ", "
                    + h(BUDGET_PERIOD) + " och " + h(BUDGET) + "."),
    FORECASTS(7, false, "Prognosen mot prognosmetoderna", Failure.WARNING,
            "En " + h(PROGNOS) + " långt från både den linjära prognosen och säsongsprognosen, eller utanför trendens "
                    + "95 % prognosintervall. Metoderna står i delårsrapportens bilaga Prognosunderlag."),
    FIGURE_REFERENCES(8, false, "Hänvisningar till beräknade tal i texter", Failure.ERROR,
            "Ett {namn} i en text som inte är ett beräknat tal, eller vars tal arbetsboken inte ger: dokumentet kan "
                    + "inte visa det."),
    TYPED_FIGURES(9, false, "Tal skrivna i texter mot de beräknade", Failure.WARNING,
            "Ett belopp eller en procentsats i en text som ligger nära men inte är lika med ett beräknat tal "
                    + "(29,7 mkr när avvikelsen är -30,2 mkr).");

    /** How a failure of the check counts. */
    public enum Failure {
        /** A discrepancy between figures: a warning, an error with {@code --strict}. */
        DISCREPANCY("varning; fel med `--strict`"),
        /** Points to a likely typing error: a warning, also with {@code --strict}. */
        WARNING("varning, också med `--strict`"),
        /** The document could not be made as written: always an error. */
        ERROR("alltid fel");

        private final String words;

        Failure(String words) {
            this.words = words;
        }

        /** In Swedish, as the contract documentation writes it (Markdown). */
        public String words() {
            return words;
        }
    }

    private final int number;
    private final boolean contract;
    private final String title;
    private final Failure failure;
    private final String description;

    CheckType(int number, boolean contract, String title, Failure failure, String description) {
        this.number = number;
        this.contract = contract;
        this.title = title;
        this.failure = failure;
        this.description = description;
    }

    private static String h(AmountColumn column) {
        return column.spec().header();
    }

    /** The check's number: the contract's for 1–5, Rapportverk's after them. */
    public int number() {
        return number;
    }

    /** Whether contract v1 has the check (1–5); the others are Rapportverk's own. */
    public boolean contract() {
        return contract;
    }

    /** A Swedish title: {@code Månadsutfallet mot perioden}. */
    public String title() {
        return title;
    }

    /** How a failure counts. */
    public Failure failure() {
        return failure;
    }

    /** What the check compares, in Swedish (a sentence or two). */
    public String description() {
        return description;
    }
}
