package se.rapportverk.render.docx;

import se.rapportverk.document.Table;

/** Small helpers for paragraph properties. */
final class Paragraphs {

    private Paragraphs() {
    }

    /** Aligns the paragraph (in its open properties); left, the default, is left unset. */
    static void align(Xml x, Table.Align align) {
        switch (align) {
            case LEFT -> {
            }
            case RIGHT -> x.raw("<w:jc w:val=\"right\"/>");
            case CENTER -> x.raw("<w:jc w:val=\"center\"/>");
        }
    }
}
