package se.rapportverk.workbook;

import static se.rapportverk.workbook.DocumentType.DELARSRAPPORT;
import static se.rapportverk.workbook.DocumentType.HANDLINGSPLAN;
import static se.rapportverk.workbook.DocumentType.TJANSTESKRIVELSE;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The section keys of the Texter sheet (contract v1): the templates refer to texts by these ids
 * ({@code texter["vasentliga-handelser"]}); a key typed in the workbook that is not among them is
 * a warning that suggests the nearest one. Each key says which documents use it, which it makes on
 * its own (a tjänsteskrivelse needs no Ärende sheet when it has its texts) and where it stands.
 */
public enum TextKey implements Choice {
    SAMMANFATTNING("sammanfattning", Set.of(DELARSRAPPORT, HANDLINGSPLAN, TJANSTESKRIVELSE), Set.of(),
            "Sammanfattningen: först i delårsrapporten, före åtgärderna i handlingsplanen, och Sammanfattning av "
                    + "ärendet i tjänsteskrivelsen."),
    UPPDRAG_OCH_ANSVAR("uppdrag-och-ansvar", Set.of(DELARSRAPPORT), Set.of(),
            "Delårsrapportens avsnitt Uppdrag och ansvar."),
    VASENTLIGA_HANDELSER("vasentliga-handelser", Set.of(DELARSRAPPORT), Set.of(),
            "Delårsrapportens avsnitt Väsentliga händelser."),
    MAL("mal", Set.of(DELARSRAPPORT), Set.of(),
            "Delårsrapporten: inledningen till Uppföljning av mål."),
    MAL_KOMMUNFULLMAKTIGE("mal-kommunfullmaktige", Set.of(DELARSRAPPORT), Set.of(), true,
            "Delårsrapporten: rubriken (Rubrik) och inledningen till kommunfullmäktiges mål under Uppföljning av "
                    + "mål. En Rubrik utan text ger bara rubriken."),
    MAL_NAMND("mal-namnd", Set.of(DELARSRAPPORT), Set.of(), true,
            "Delårsrapporten: rubriken (Rubrik) och inledningen till nämndens mål under Uppföljning av mål. En "
                    + "Rubrik utan text ger bara rubriken."),
    EKONOMI_SAMMANFATTNING("ekonomi-sammanfattning", Set.of(DELARSRAPPORT), Set.of(),
            "Delårsrapporten: sammanfattningen under Uppföljning ekonomi. Utan den skriver Rapportverk den ur "
                    + "resultaträkningens siffror."),
    EKONOMISK_ANALYS("ekonomisk-analys", Set.of(DELARSRAPPORT), Set.of(),
            "Delårsrapporten: Ekonomisk analys under Uppföljning ekonomi."),
    ATGARDER_FOR_BUDGET_I_BALANS("atgarder-for-budget-i-balans", Set.of(DELARSRAPPORT), Set.of(),
            "Delårsrapporten: Åtgärder för budget i balans under Uppföljning ekonomi."),
    VOLYMER("volymer", Set.of(DELARSRAPPORT), Set.of(),
            "Delårsrapporten: texten under Uppföljning volymer."),
    EXTERNA_UTFORARE("externa-utforare", Set.of(DELARSRAPPORT), Set.of(),
            "Delårsrapporten: Sammanfattning av utförd uppföljning under externa utförare."),
    INVESTERINGAR("investeringar", Set.of(DELARSRAPPORT), Set.of(),
            "Delårsrapporten: Kommentarer till investeringsredovisningen."),
    FORVANTAD_UTVECKLING("forvantad-utveckling", Set.of(DELARSRAPPORT), Set.of(),
            "Delårsrapportens avsnitt Förväntad utveckling."),
    INTERNKONTROLL("internkontroll", Set.of(DELARSRAPPORT), Set.of(),
            "Delårsrapporten: inledningen till Internkontroll."),
    NYCKELTAL("nyckeltal", Set.of(HANDLINGSPLAN), Set.of(),
            "Handlingsplanen: inledningen till Nyckeltal."),
    BEMANNING("bemanning", Set.of(HANDLINGSPLAN), Set.of(),
            "Åtgärdsplanen: inledningen till bemanningsutrymmet."),
    ARENDEBESKRIVNING("arendebeskrivning", Set.of(TJANSTESKRIVELSE), Set.of(TJANSTESKRIVELSE),
            "Tjänsteskrivelsens Ärendebeskrivning."),
    FORVALTNINGENS_YTTRANDE("forvaltningens-yttrande", Set.of(TJANSTESKRIVELSE), Set.of(TJANSTESKRIVELSE),
            "Tjänsteskrivelsens Förvaltningens yttrande."),
    EKONOMISK_BEDOMNING("ekonomisk-bedomning", Set.of(TJANSTESKRIVELSE), Set.of(),
            "Tjänsteskrivelsens Ekonomisk bedömning (med flerårsöversikten när bladet Flerårsöversikt finns).");

    private final String id;
    private final Set<DocumentType> usedBy;
    private final Set<DocumentType> makes;
    private final boolean headingOnly;
    private final String help;

    TextKey(String id, Set<DocumentType> usedBy, Set<DocumentType> makes, String help) {
        this(id, usedBy, makes, false, help);
    }

    TextKey(String id, Set<DocumentType> usedBy, Set<DocumentType> makes, boolean headingOnly, String help) {
        this.id = id;
        this.usedBy = usedBy;
        this.makes = makes;
        this.headingOnly = headingOnly;
        this.help = help;
    }

    /** Whether a Rubrik alone, without a text, is used (a heading over rows of another sheet). */
    public boolean headingOnly() {
        return headingOnly;
    }

    /** The key as templates use it: {@code vasentliga-handelser}. */
    public String id() {
        return id;
    }

    @Override
    public String word() {
        return id;
    }

    /** The documents that use the text. */
    public Set<DocumentType> usedBy() {
        return EnumSet.copyOf(usedBy);
    }

    /** The documents the text alone makes. */
    public Set<DocumentType> makes() {
        return makes.isEmpty() ? Set.of() : EnumSet.copyOf(makes);
    }

    /** Where the text stands, in Swedish. */
    public String help() {
        return help;
    }

    /** Every key's id, in contract order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(TextKey::id).toList();
    }

    /** The key with this id (or heading-like spelling: {@code Väsentliga händelser}). */
    public static java.util.Optional<TextKey> find(String name) {
        String id = Names.keyId(name);
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
