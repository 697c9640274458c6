package se.rapportverk.workbook;

import java.util.Arrays;
import java.util.Optional;

/**
 * The documents the contract serves, as the workbook knows them: which sheets, fields and texts
 * each needs is declared in {@link Schema}. ({@code report.DocumentKind} adds the template.)
 */
public enum DocumentType {
    DELARSRAPPORT("delarsrapport", "Delårsrapport", "en delårsrapport", "delårsrapporten"),
    HANDLINGSPLAN("handlingsplan", "Handlingsplan", "en handlingsplan", "handlingsplanen"),
    TJANSTESKRIVELSE("tjansteskrivelse", "Tjänsteskrivelse", "en tjänsteskrivelse", "tjänsteskrivelsen");

    private final String id;
    private final String title;
    private final String indefinite;
    private final String definite;

    DocumentType(String id, String title, String indefinite, String definite) {
        this.id = id;
        this.title = title;
        this.indefinite = indefinite;
        this.definite = definite;
    }

    /** The ASCII id: file names start with it and {@code --document} takes it. */
    public String id() {
        return id;
    }

    /** The Swedish name: {@code Delårsrapport}. */
    public String title() {
        return title;
    }

    /** The name with its indefinite article, for sentences: {@code en delårsrapport}. */
    public String indefinite() {
        return indefinite;
    }

    /** The name in its definite form, for sentences: {@code delårsrapporten}. */
    public String definite() {
        return definite;
    }

    /** The type named by an id or its Swedish name, matched after normalising. */
    public static Optional<DocumentType> find(String name) {
        String key = Names.key(name);
        return Arrays.stream(values())
                .filter(t -> Names.key(t.id).equals(key) || Names.key(t.title).equals(key)).findFirst();
    }

    /** Every id, joined for a message: {@code delarsrapport, handlingsplan eller tjansteskrivelse}. */
    public static String ids() {
        return Names.joinOr(Arrays.stream(values()).map(DocumentType::id).toList());
    }
}
