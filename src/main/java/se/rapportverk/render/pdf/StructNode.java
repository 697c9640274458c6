package se.rapportverk.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A node of the logical structure (the tag tree) built during layout. Leaf nodes own content on
 * the pages; inner nodes only hold other nodes. The emitter turns each node into a PDF structure
 * element.
 */
final class StructNode implements Tag {

    final String type;
    final StructNode parent;
    final List<StructNode> children = new ArrayList<>();
    /** Table attributes (/O /Table): Scope, ColSpan. Written as an /A dictionary. */
    final Map<String, Object> tableAttributes = new LinkedHashMap<>();
    /** Alternate description (/Alt) or null. */
    String alt;

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
