package se.rapportverk.render.layout;

/** Page content that is not part of the document's logical content. */
public enum Artifact implements Tag {
    /** The running header. */
    HEADER("Pagination", "Header"),
    /** The running footer. */
    FOOTER("Pagination", "Footer"),
    /** Repeated table headers on continuation pages. */
    PAGINATION("Pagination", null),
    /** Rules, shading and leader dots. */
    LAYOUT("Layout", null);

    /** The artifact type (/Type). */
    public final String type;
    /** The artifact subtype (/Subtype), or null. */
    public final String subtype;

    Artifact(String type, String subtype) {
        this.type = type;
        this.subtype = subtype;
    }
}
