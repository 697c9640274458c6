package se.rapportverk.report;

import se.rapportverk.workbook.Internkontroll;
import se.rapportverk.workbook.Mal;

/**
 * The colours of assessments, one place for every document. A colour is never the only carrier of
 * meaning: the symbol always stands beside its words.
 */
public final class Palette {

    /** The symbol shown in an assessment's colour. */
    public static final String SYMBOL = "●";

    private static final String GREEN = "2E7D32";
    private static final String AMBER = "E69F00";
    private static final String RED = "C62828";
    private static final String GREY = "757575";

    private Palette() {
    }

    /** The colour of a goal assessment. */
    public static String colour(Mal.Bedomning bedomning) {
        return switch (bedomning) {
            case UPPFYLLT -> GREEN;
            case DELVIS_UPPFYLLT -> AMBER;
            case EJ_UPPFYLLT -> RED;
            case EJ_BEDOMT -> GREY;
        };
    }

    /** The colour of a control result. */
    public static String colour(Internkontroll.Resultat resultat) {
        return switch (resultat) {
            case UTAN_AVVIKELSE -> GREEN;
            case MINDRE_AVVIKELSE -> AMBER;
            case STOR_AVVIKELSE -> RED;
            case EJ_GENOMFORD -> GREY;
        };
    }

    /** The colour of a met or missed target. */
    public static String colour(boolean met) {
        return met ? GREEN : RED;
    }
}
