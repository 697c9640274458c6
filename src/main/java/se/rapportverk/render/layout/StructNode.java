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

    @Override
    public String toString() {
        return type;
    }
}
