package se.rapportverk.document;

import java.util.List;

/**
 * A title page: the kommun above, the document title large, the nämnd below, and further lines
 * (such as the date) at the foot. Renderers end it with a page break.
 */
public record TitlePage(String kommun, String title, String subtitle, List<String> lines) implements Block {
    public TitlePage {
        lines = List.copyOf(lines);
    }
}
