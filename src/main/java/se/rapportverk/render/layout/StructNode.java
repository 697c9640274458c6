package se.rapportverk.render.layout;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the logical structure (the tag tree) built during layout. Leaf nodes own content on
 * the pages; inner nodes only hold other nodes. The emitter turns each node into a PDF structure
 * element.
 */
public final class StructNode implements Tag {

    /** The structure type: P, H1, Table, TD, ... */
    public final String type;
    /** The parent, or null for the root. */
    public final StructNode parent;
    /** The children in reading order. */
    public final List<StructNode> children = new ArrayList<>();
    /** Table attributes (/O /Table): Scope, ColSpan. Written as an /A dictionary. */
    public final Map<String, Object> tableAttributes = new LinkedHashMap<>();
    /** Alternate description (/Alt) or null. */
    public String alt;
    /**
     * Whether the node's text has links in it: its text is then tagged in children of their own, a
     * {@code Link} for each link and a {@code Span} for the text between, in reading order (an element
     * holds either content or other elements, not both).
     */
    boolean linked;
    private StructNode lastPart;
    private String lastLink;

    StructNode(String type, StructNode parent) {
        this.type = type;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    /** A new child of this node. */
    StructNode child(String childType) {
        return new StructNode(childType, this);
    }

    /**
     * The node a piece of this node's text is tagged with: the node itself, or for a node whose text
     * has links, the child holding the piece: the same as the piece before while the link stays the same.
     *
     * @param link where the piece links to, or null
     */
    StructNode part(String link) {
        if (!linked) {
            return this;
        }
        if (lastPart == null || !java.util.Objects.equals(lastLink, link)) {
            lastPart = child(link == null ? "Span" : "Link");
            lastLink = link;
        }
        return lastPart;
    }

    @Override
    public String toString() {
        return type;
    }
}
