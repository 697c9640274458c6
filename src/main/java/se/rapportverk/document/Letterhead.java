package se.rapportverk.document;

import java.util.List;

/**
 * The letterhead of a letter (a tjänsteskrivelse): the kommun, the förvaltning, the kind of
 * document ("TJÄNSTESKRIVELSE") and its particulars (date, diarienummer, handläggare). Which stand
 * in which column, and whether the logo stands with them, is the house style's to say.
 *
 * @param kommun      the kommun, or empty
 * @param forvaltning the förvaltning, or empty
 * @param title       the kind of document, or empty
 * @param fields      the particulars, in order
 */
public record Letterhead(String kommun, String forvaltning, String title, List<FieldList.Field> fields)
        implements Block {
    public Letterhead {
        fields = List.copyOf(fields);
    }
}
