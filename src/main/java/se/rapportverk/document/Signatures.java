package se.rapportverk.document;

import java.util.List;

/** Signatures side by side: each a name with a title below it. */
public record Signatures(List<Signature> signatures) implements Block {

    /** One signatory. */
    public record Signature(String name, String title) {
    }

    public Signatures {
        signatures = List.copyOf(signatures);
    }
}
