package se.rapportverk.render.layout;

/** What a piece of page content belongs to: a structure element, or an artifact. */
public sealed interface Tag permits StructNode, Artifact {
}
