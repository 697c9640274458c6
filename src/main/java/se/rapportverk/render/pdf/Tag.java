package se.rapportverk.render.pdf;

/** What a piece of page content belongs to: a structure element, or an artifact. */
sealed interface Tag permits StructNode, Artifact {
}
