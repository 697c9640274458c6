package se.rapportverk.document;

import java.util.List;
import java.util.Objects;

/**
 * A remark about the workbook for the reader of an editable document: a warning, later also a
 * forecast's caveat. It is not part of the document's content; a renderer that can (Word) shows it
 * beside the node it concerns, as a comment, and the others leave it out.
 *
 * @param text  the remark, in Swedish, as the user reads it
 * @param where what it is about, the most telling first: the likely cause's cell, then its own place
 *              ({@code Resultaträkning!E5}, a sheet), then any further cells. {@link RemarkPlacement}
 *              puts it on the node that best shows one of them.
 */
public record Remark(String text, List<Sources> where) {

    public Remark {
        Objects.requireNonNull(text, "text");
        where = where.stream().filter(s -> !s.isEmpty()).toList();
    }

    /** A remark about one place as Rapportverk's messages write it ({@link Sources#ofPlace}). */
    public static Remark at(String place, String text) {
        return new Remark(text, List.of(Sources.ofPlace(place)));
    }
}
