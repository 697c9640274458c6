package se.rapportverk.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import se.rapportverk.workbook.Names;
import se.rapportverk.workbook.RapportField;
import se.rapportverk.workbook.Text;
import se.rapportverk.workbook.Workbook;

/** The documents Rapportverk makes, each from its own template. */
public enum DocumentKind {
    DELARSRAPPORT("delarsrapport", "Delårsrapport"),
    HANDLINGSPLAN("handlingsplan", "Handlingsplan"),
    TJANSTESKRIVELSE("tjansteskrivelse", "Tjänsteskrivelse");

    private final String id;
    private final String title;

    DocumentKind(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** The ASCII id: file names start with it and {@code --document} takes it. */
    public String id() {
        return id;
    }

    /** The Swedish name. */
    public String title() {
        return title;
    }

    /** The template that makes the document: {@code delarsrapport.ftl}. */
    public String template() {
        return id + ".ftl";
    }

    /** The documents a workbook has data for. */
    public static Set<DocumentKind> availableIn(Workbook workbook) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        if (workbook.resultatrakning().isPresent() || workbook.driftsredovisning().isPresent()
                || workbook.mal().isPresent() || workbook.volymer().isPresent()
                || workbook.investeringar().isPresent() || workbook.externaUtforare().isPresent()
                || workbook.uppdrag().isPresent() || workbook.internkontroll().isPresent()) {
            kinds.add(DELARSRAPPORT);
        }
        if (workbook.atgarder().isPresent()) {
            kinds.add(HANDLINGSPLAN);
        }
        if (workbook.arende().isPresent() || workbook.text("arendebeskrivning").isPresent()
                || workbook.text("forvaltningens-yttrande").isPresent()) {
            kinds.add(TJANSTESKRIVELSE);
        }
        return kinds;
    }

    /**
     * The title a workbook gives a document of this kind through {@code Rapport!Titel}. When the
     * workbook makes a tjänsteskrivelse, Titel is its ärende and names no other document.
     */
    public Optional<String> titleIn(Workbook workbook) {
        boolean arende = availableIn(workbook).contains(TJANSTESKRIVELSE);
        if (arende != (this == TJANSTESKRIVELSE)) {
            return Optional.empty();
        }
        return workbook.rapport().field(RapportField.TITEL).map(Text::value);
    }

    /** The kind named by an id or its Swedish name, matched after normalising. */
    public static Optional<DocumentKind> find(String name) {
        String key = Names.key(name);
        return Arrays.stream(values())
                .filter(k -> Names.key(k.id).equals(key) || Names.key(k.title).equals(key)).findFirst();
    }
}
