package se.rapportverk.workbook;

import java.util.List;

/**
 * The section keys of the Texter sheet that the documents use (dokument.md). Templates refer to
 * texts by these ids; a key typed in the workbook that is not among them is a warning that
 * suggests the nearest one.
 */
public final class TextKeys {

    /** Every known key, as ids. */
    public static final List<String> ALL = List.of(
            // delårsrapport
            "sammanfattning", "uppdrag-och-ansvar", "vasentliga-handelser", "mal", "ekonomi-sammanfattning",
            "ekonomisk-analys", "atgarder-for-budget-i-balans", "volymer", "externa-utforare", "investeringar",
            "forvantad-utveckling", "internkontroll",
            // handlingsplan
            "nyckeltal", "bemanning",
            // tjänsteskrivelse
            "arendebeskrivning", "forvaltningens-yttrande", "ekonomisk-bedomning");

    private TextKeys() {
    }
}
