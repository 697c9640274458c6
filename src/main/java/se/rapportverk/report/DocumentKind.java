package se.rapportverk.report;

import java.util.Arrays;
import java.util.Optional;

import se.rapportverk.workbook.Names;

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

    /** The kind named by an id or its Swedish name, matched after normalising. */
    public static Optional<DocumentKind> find(String name) {
        String key = Names.key(name);
        return Arrays.stream(values())
                .filter(k -> Names.key(k.id).equals(key) || Names.key(k.title).equals(key)).findFirst();
    }
}
