package se.rapportverk.workbook;

import java.util.List;

/**
 * The sheets of contract v1 and their columns: the one place where the contract's sheet names and
 * column headers are written.
 */
public final class Sheets {

    private Sheets() {
    }

    public static final String RAPPORT = "Rapport";
    public static final ColumnSpec FALT = ColumnSpec.required("Fält");
    public static final ColumnSpec VARDE = ColumnSpec.required("Värde");

    public static final String TEXTER = "Texter";
    public static final ColumnSpec AVSNITT = ColumnSpec.required("Avsnitt");
    public static final ColumnSpec RUBRIK = ColumnSpec.optional("Rubrik");
    public static final ColumnSpec TEXT = ColumnSpec.required("Text");

    public static final String RESULTATRAKNING = "Resultaträkning";
    public static final ColumnSpec POST = ColumnSpec.required("Post");
    public static final ColumnSpec TYP = ColumnSpec.optional("Typ");
    public static final ColumnSpec AVVIKELSE = ColumnSpec.optional("Avvikelse");

    public static final String DRIFTSREDOVISNING = "Driftsredovisning";
    public static final ColumnSpec VERKSAMHET = ColumnSpec.required("Verksamhet");
    public static final ColumnSpec OMRADE = ColumnSpec.optional("Område");

    public static final String VOLYMER = "Volymer";
    public static final ColumnSpec VOLYMENHET = ColumnSpec.optional("Volymenhet");
    public static final ColumnSpec VOLYM_BUDGET = ColumnSpec.required("Volym budget");
    public static final ColumnSpec VOLYM_PROGNOS = ColumnSpec.required("Volym prognos");
    public static final ColumnSpec KOSTNAD_PER_ENHET = ColumnSpec.optional("Kostnad per enhet");
    public static final ColumnSpec AVVIKELSE_I_DRIFTSREDOVISNINGEN =
            ColumnSpec.optional("Avvikelse i driftsredovisningen");

    public static final String INVESTERINGAR = "Investeringar";
    public static final ColumnSpec PROJEKT = ColumnSpec.required("Projekt");
    public static final ColumnSpec INV_BUDGET = ColumnSpec.required("Budget");
    public static final ColumnSpec INV_UTFALL_PERIOD = ColumnSpec.optional("Utfall period");
    public static final ColumnSpec INV_PROGNOS = ColumnSpec.required("Prognos");

    public static final String EXTERNA_UTFORARE = "Externa utförare";
    public static final ColumnSpec KOP_UTFALL = ColumnSpec.required("Köp av verksamhet utfall");
    public static final ColumnSpec NETTOKOSTNAD_UTFALL = ColumnSpec.required("Nettokostnad utfall");
    public static final ColumnSpec KOP_BUDGET = ColumnSpec.optional("Köp av verksamhet budget");
    public static final ColumnSpec NETTOKOSTNAD_BUDGET = ColumnSpec.optional("Nettokostnad budget");
    public static final ColumnSpec ANTAL_EXTERNA_UTFORARE = ColumnSpec.optional("Antal externa utförare");

    public static final String MAL = "Mål";
    public static final ColumnSpec NIVA = ColumnSpec.required("Nivå");
    public static final ColumnSpec MAL_COLUMN = ColumnSpec.required("Mål");
    public static final ColumnSpec INNEBORD = ColumnSpec.optional("Innebörd");
    public static final ColumnSpec BEDOMNING = ColumnSpec.required("Bedömning");
    public static final ColumnSpec MAL_TEXT = ColumnSpec.optional("Text");

    public static final String UPPDRAG = "Uppdrag";
    public static final ColumnSpec UPPDRAG_TYP = ColumnSpec.required("Typ");
    public static final ColumnSpec NAMN = ColumnSpec.required("Namn");
    public static final ColumnSpec UPPFOLJNING = ColumnSpec.optional("Uppföljning");

    public static final String INTERNKONTROLL = "Internkontroll";
    public static final ColumnSpec RISK = ColumnSpec.required("Risk");
    public static final ColumnSpec BESKRIVNING = ColumnSpec.optional("Beskrivning");
    public static final ColumnSpec KONTROLL = ColumnSpec.optional("Kontroll");
    public static final ColumnSpec RESULTAT = ColumnSpec.optional("Resultat");
    public static final ColumnSpec KOMMENTAR = ColumnSpec.optional("Kommentar");

    public static final String ATGARDER = "Åtgärder";
    public static final ColumnSpec NR = ColumnSpec.optional("Nr");
    public static final ColumnSpec ATGARD = ColumnSpec.required("Åtgärd");
    public static final ColumnSpec ATG_VERKSAMHET = ColumnSpec.optional("Verksamhet");
    public static final ColumnSpec ANSVARIG = ColumnSpec.optional("Ansvarig");
    public static final ColumnSpec STARTDATUM = ColumnSpec.optional("Startdatum");
    public static final ColumnSpec EFFEKT_HELAR = ColumnSpec.optional("Effekt helår");
    public static final ColumnSpec EFFEKT_INNEVARANDE_AR = ColumnSpec.optional("Effekt innevarande år");
    public static final ColumnSpec EFFEKT_TEXT = ColumnSpec.optional("Effekt text");
    public static final ColumnSpec ANTAL = ColumnSpec.optional("Antal");
    public static final ColumnSpec TIMMAR_PER = ColumnSpec.optional("Timmar per");
    public static final ColumnSpec TIMKOSTNAD = ColumnSpec.optional("Timkostnad");
    public static final ColumnSpec ATG_BESKRIVNING = ColumnSpec.optional("Beskrivning");
    public static final ColumnSpec MOJLIGHETER = ColumnSpec.optional("Möjligheter");
    public static final ColumnSpec RISKER = ColumnSpec.optional("Risker");
    public static final ColumnSpec EKONOMISK_EFFEKT = ColumnSpec.optional("Ekonomisk effekt");
    public static final ColumnSpec ATG_UPPFOLJNING = ColumnSpec.optional("Uppföljning");
    public static final ColumnSpec STATUS = ColumnSpec.optional("Status");
    public static final ColumnSpec UTFALL_HITTILLS = ColumnSpec.optional("Utfall hittills");

    public static final String BEMANNING = "Bemanning";
    public static final ColumnSpec ENHET = ColumnSpec.required("Enhet");
    public static final ColumnSpec INTAKTER_HELAR = ColumnSpec.required("Intäkter helår");
    public static final ColumnSpec OVRIGA_KOSTNADER_HELAR = ColumnSpec.required("Övriga kostnader helår");
    public static final ColumnSpec KOSTNAD_PER_ARSARBETARE = ColumnSpec.required("Kostnad per årsarbetare");
    public static final ColumnSpec BEMANNING_COLUMN = ColumnSpec.required("Bemanning");

    public static final String NYCKELTAL = "Nyckeltal";
    public static final ColumnSpec NYCKELTAL_COLUMN = ColumnSpec.required("Nyckeltal");
    public static final ColumnSpec NT_ENHET = ColumnSpec.optional("Enhet");
    public static final ColumnSpec NT_PERIOD = ColumnSpec.required("Period");
    public static final ColumnSpec NT_UTFALL = ColumnSpec.required("Utfall");
    public static final ColumnSpec MALVARDE = ColumnSpec.optional("Målvärde");
    public static final ColumnSpec RIKTNING = ColumnSpec.optional("Riktning");
    public static final ColumnSpec MATTENHET = ColumnSpec.optional("Måttenhet");

    public static final String FLERARSOVERSIKT = "Flerårsöversikt";
    public static final ColumnSpec FA_OMRADE = ColumnSpec.required("Område");
    public static final ColumnSpec FA_AR = ColumnSpec.required("År");
    public static final ColumnSpec NETTOKOSTNAD = ColumnSpec.required("Nettokostnad");
    public static final ColumnSpec NAMNDBIDRAG = ColumnSpec.optional("Nämndbidrag");

    public static final String ARENDE = "Ärende";
    public static final ColumnSpec ARENDE_TYP = ColumnSpec.required("Typ");
    public static final ColumnSpec ARENDE_TEXT = ColumnSpec.required("Text");
    public static final ColumnSpec ARENDE_TITEL = ColumnSpec.optional("Titel");

    /** The columns of the Åtgärder sheet, in contract order. */
    public static List<ColumnSpec> atgarderColumns() {
        return List.of(NR, ATGARD, ATG_VERKSAMHET, ANSVARIG, STARTDATUM, EFFEKT_HELAR, EFFEKT_INNEVARANDE_AR,
                EFFEKT_TEXT, ANTAL, TIMMAR_PER, TIMKOSTNAD, ATG_BESKRIVNING, MOJLIGHETER, RISKER, EKONOMISK_EFFEKT,
                ATG_UPPFOLJNING, STATUS, UTFALL_HITTILLS);
    }

    /** The columns of the Resultaträkning, in contract order. */
    public static List<ColumnSpec> resultatrakningColumns() {
        return amountSheetColumns(POST, TYP);
    }

    /** The columns of the Driftsredovisning, in contract order. */
    public static List<ColumnSpec> driftsredovisningColumns() {
        return amountSheetColumns(VERKSAMHET, OMRADE);
    }

    private static List<ColumnSpec> amountSheetColumns(ColumnSpec first, ColumnSpec second) {
        java.util.ArrayList<ColumnSpec> specs = new java.util.ArrayList<>(List.of(first, second));
        for (AmountColumn c : AmountColumn.values()) {
            specs.add(c.spec());
        }
        specs.add(AVVIKELSE);
        return List.copyOf(specs);
    }
}
