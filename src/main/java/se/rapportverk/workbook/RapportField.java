package se.rapportverk.workbook;

import static se.rapportverk.workbook.DocumentType.DELARSRAPPORT;
import static se.rapportverk.workbook.DocumentType.HANDLINGSPLAN;
import static se.rapportverk.workbook.DocumentType.TJANSTESKRIVELSE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of the {@code Rapport} sheet (contract v1), one a row, as they are written in its
 * {@code Fält} column: the declaration of each field's name, what its value is, which documents
 * need it and what it means (Swedish). The reader, {@code init} (which lists every field) and the
 * contract documentation all take the fields from here.
 */
public enum RapportField implements Choice {
    KOMMUN("Kommun", ColumnType.TEXT, all(), all(), null,
            "Kommunens namn, till exempel Ekeby kommun."),
    NAMND("Nämnd", ColumnType.TEXT, all(), all(), null,
            "Nämndens namn, till exempel Vård- och omsorgsnämnden."),
    FORVALTNING("Förvaltning", ColumnType.TEXT, all(), none(), null,
            "Förvaltningens namn, till exempel Vård- och omsorgsförvaltningen."),
    AR("År", ColumnType.YEAR, all(), all(), null,
            "Rapportens år med fyra siffror, till exempel 2025."),
    PERIOD("Period", ColumnType.PERIOD, Set.of(DELARSRAPPORT), Set.of(DELARSRAPPORT),
            "periodens sista månad, till exempel augusti eller 8",
            "Periodens sista månad: 8, aug, augusti och 2025-08 betyder alla januari–augusti."),
    BELOPPSENHET("Beloppsenhet", ColumnType.CHOICE, all(), none(), null,
            "Enheten för alla belopp i arbetsboken: kr, tkr eller mkr. Utan värde tkr."),
    TABELLENHET("Tabellenhet", ColumnType.CHOICE, all(), none(), null,
            "Enheten i dokumentens tabeller: kr, tkr eller mkr. Utan värde mkr i delårsrapporten, kr i "
                    + "handlingsplanen och Beloppsenhet i tjänsteskrivelsen."),
    DECIMALER("Decimaler", ColumnType.NUMBER, all(), none(), null,
            "Antal decimaler för tabellernas belopp, 0–4. Utan värde 1 för mkr och annars 0."),
    TITEL("Titel", ColumnType.TEXT, all(), none(), null,
            "Dokumentets titel i stället för den vanliga. Med bladet Ärende är det tjänsteskrivelsens rubrik "
                    + "(ärendemeningen), och de andra dokumenten behåller sina vanliga titlar."),
    DATUM("Datum", ColumnType.DATE, all(), none(), null,
            "Dokumentens datum, till exempel 2025-09-23. Utan värde dateras de periodens sista dag (eller 1 januari)."),
    DIARIENUMMER("Diarienummer", ColumnType.TEXT, all(), none(), null,
            "Ärendets diarienummer, till exempel 2025.019 VON. Står i sidfoten (och i tjänsteskrivelsens huvud)."),
    HANDLAGGARE("Handläggare", ColumnType.TEXT, Set.of(TJANSTESKRIVELSE), none(), null,
            "Handläggarens namn (och titel) i tjänsteskrivelsens huvud."),
    TELEFON("Telefon", ColumnType.TEXT, Set.of(TJANSTESKRIVELSE), none(), null,
            "Handläggarens telefonnummer i tjänsteskrivelsens huvud, till exempel 08-523 038 60."),
    E_POST("E-post", ColumnType.TEXT, Set.of(TJANSTESKRIVELSE), none(), null,
            "Handläggarens e-postadress i tjänsteskrivelsens huvud."),
    FORSLAG_TILL_BESLUT("Förslag till beslut", ColumnType.CHOICE, Set.of(TJANSTESKRIVELSE), none(), null,
            "Var tjänsteskrivelsens förslag till beslut står: Först (under ärendets rubrik) eller Sist (efter "
                    + "texterna och beslutsunderlaget). Utan värde Sist."),
    ANSVAR("Ansvar", ColumnType.TEXT, Set.of(HANDLINGSPLAN), none(), null,
            "Ansvarskod, till exempel 81516, i handlingsplanens metadatablock."),
    TYP_AV_STYRDOKUMENT("Typ av styrdokument", ColumnType.TEXT, Set.of(HANDLINGSPLAN), none(), null,
            "Handlingsplanens metadatablock, till exempel Handlingsplan."),
    BESLUTANDE_INSTANS("Beslutande instans", ColumnType.TEXT, Set.of(HANDLINGSPLAN), none(), null,
            "Handlingsplanens metadatablock, till exempel Vård- och omsorgsnämnden."),
    DATUM_FOR_BESLUT("Datum för beslut", ColumnType.TEXT, Set.of(HANDLINGSPLAN), none(), null,
            "Handlingsplanens metadatablock: när planen beslutas, till exempel 2025-04-24."),
    GALLER_FOR("Gäller för", ColumnType.TEXT, Set.of(HANDLINGSPLAN), none(), null,
            "Handlingsplanens metadatablock: vilken verksamhet planen gäller."),
    GILTIGHETSTID("Giltighetstid", ColumnType.TEXT, Set.of(HANDLINGSPLAN), none(), null,
            "Handlingsplanens metadatablock, till exempel 2025-05-01–2025-12-31."),
    REVIDERAS_SENAST("Revideras senast", ColumnType.TEXT, Set.of(HANDLINGSPLAN), none(), null,
            "Handlingsplanens metadatablock: när planen ska ses över."),
    DOKUMENTANSVARIG("Dokumentansvarig", ColumnType.TEXT, Set.of(HANDLINGSPLAN), none(), null,
            "Handlingsplanens metadatablock: vem som ansvarar för dokumentet."),
    KONTROLL_UTAN_RESULTAT("Kontroll utan resultat", ColumnType.TEXT, Set.of(DELARSRAPPORT), none(), null,
            "Vad internkontrollens kolumn Resultat visar för en kontroll utan resultat, till exempel Ej rapporterad. "
                    + "Utan värde står cellen tom."),
    UNDERSKOTT("Underskott", ColumnType.AMOUNT, Set.of(HANDLINGSPLAN), none(), null,
            "Underskottet som åtgärderna ska täcka, som ett positivt belopp. Utan värde tas det från "
                    + "resultaträkningens prognosavvikelse."),
    ARSARBETSTID("Årsarbetstid", ColumnType.NUMBER, Set.of(HANDLINGSPLAN), none(), null,
            "Timmar per årsarbetare i åtgärdsplanens bemanning. Utan värde 1700.");

    private final String label;
    private final ColumnType type;
    private final Set<DocumentType> usedBy;
    private final Set<DocumentType> requiredBy;
    private final String need;
    private final String help;

    RapportField(String label, ColumnType type, Set<DocumentType> usedBy, Set<DocumentType> requiredBy, String need,
                 String help) {
        this.label = label;
        this.type = type;
        this.usedBy = usedBy;
        this.requiredBy = requiredBy;
        this.need = need;
        this.help = help;
    }

    private static Set<DocumentType> all() {
        return EnumSet.allOf(DocumentType.class);
    }

    private static Set<DocumentType> none() {
        return Set.of();
    }

    /** The field's name as the contract writes it. */
    public String label() {
        return label;
    }

    @Override
    public String word() {
        return label;
    }

    /** What its value is. */
    public ColumnType type() {
        return type;
    }

    /** The documents that use the field. */
    public Set<DocumentType> usedBy() {
        return usedBy.isEmpty() ? Set.of() : EnumSet.copyOf(usedBy);
    }

    /** The documents that cannot be made without it. */
    public Set<DocumentType> requiredBy() {
        return requiredBy.isEmpty() ? Set.of() : EnumSet.copyOf(requiredBy);
    }

    /** Whether every document needs it (Kommun, Nämnd, År): the workbook is not read without it. */
    public boolean requiredByAll() {
        return requiredBy.size() == DocumentType.values().length;
    }

    /**
     * What a document that needs the field needs it for, for the message when it is missing
     * ({@code periodens sista månad, till exempel augusti eller 8}), or {@code null}.
     */
    public String need() {
        return need;
    }

    /** What the field means, in Swedish. */
    public String help() {
        return help;
    }

    /**
     * Whether a row may give the field for some documents only (its Dokument names them): the texts
     * the documents print (Titel, Diarienummer, Handläggare …). Fields that say how the workbook is
     * read or calculated (År, Period, Beloppsenhet, Datum …) hold for every document.
     */
    public boolean perDocument() {
        return type == ColumnType.TEXT;
    }

    /** The allowed values (Beloppsenhet and Tabellenhet: the units), or none. */
    public List<String> words() {
        if (this == FORSLAG_TILL_BESLUT) {
            return Choice.words(Arende.Placering.class);
        }
        return type == ColumnType.CHOICE ? Choice.words(Unit.class) : List.of();
    }

    /** The field with this name, matched after normalising. */
    public static Optional<RapportField> find(String name) {
        return Choice.find(RapportField.class, name);
    }

    /** Every field's name, for suggestions. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(RapportField::label).toList();
    }
}
