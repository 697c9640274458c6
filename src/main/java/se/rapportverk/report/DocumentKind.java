package se.rapportverk.report;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import se.rapportverk.workbook.DocumentType;
import se.rapportverk.workbook.RapportField;
import se.rapportverk.workbook.Schema;
import se.rapportverk.workbook.Text;
import se.rapportverk.workbook.Workbook;

/** The documents Rapportverk makes, each from its own template. */
public enum DocumentKind {
    DELARSRAPPORT(DocumentType.DELARSRAPPORT),
    HANDLINGSPLAN(DocumentType.HANDLINGSPLAN),
    TJANSTESKRIVELSE(DocumentType.TJANSTESKRIVELSE);

    private final DocumentType type;

    DocumentKind(DocumentType type) {
        this.type = type;
    }

    /** The document as the workbook contract knows it (its id, its name, the sheets it needs). */
    public DocumentType type() {
        return type;
    }

    /** The kind of a document type. */
    public static DocumentKind of(DocumentType type) {
        return values()[type.ordinal()];
    }

    /** The ASCII id: file names start with it and {@code --document} takes it. */
    public String id() {
        return type.id();
    }

    /** The Swedish name. */
    public String title() {
        return type.title();
    }

    /** The template that makes the document: {@code delarsrapport.ftl}. */
    public String template() {
        return id() + ".ftl";
    }

    /** The documents a workbook has data for, by the contract ({@link Schema#documentsIn}). */
    public static Set<DocumentKind> availableIn(Workbook workbook) {
        Set<DocumentKind> kinds = EnumSet.noneOf(DocumentKind.class);
        Schema.documentsIn(workbook).forEach(t -> kinds.add(of(t)));
        return kinds;
    }

    /**
     * The title a workbook gives a document of this kind through {@code Rapport!Titel}: a Titel whose
     * Dokument names this document; otherwise the Titel for every document, except that when the
     * workbook makes a tjänsteskrivelse, that Titel is its ärende and names no other document.
     */
    public Optional<String> titleIn(Workbook workbook) {
        if (workbook.rapport().hasOwn(RapportField.TITEL, type)) {
            return workbook.rapport().field(RapportField.TITEL, type).map(Text::value);
        }
        boolean arende = availableIn(workbook).contains(TJANSTESKRIVELSE);
        if (arende != (this == TJANSTESKRIVELSE)) {
            return Optional.empty();
        }
        return workbook.rapport().field(RapportField.TITEL).map(Text::value);
    }

    /** The kind named by an id or its Swedish name, matched after normalising. */
    public static Optional<DocumentKind> find(String name) {
        return DocumentType.find(name).map(DocumentKind::of);
    }
}
