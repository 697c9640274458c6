package se.rapportverk.document;

import java.util.List;
import java.util.Objects;

/**
 * A title page (the cover): the kommun, the document title, the nämnd (the subtitle) and further
 * lines, each with the part of the cover it is (förvaltning, date, diarienummer), so that the
 * house style can place each where it wants it. Renderers end it with a page break.
 */
public record TitlePage(String kommun, String title, String subtitle, List<Line> lines) implements Block {
    public TitlePage {
        lines = List.copyOf(lines);
    }

    /** What a further line of the cover is. */
    public enum Role {
        FORVALTNING, DATUM, DIARIENUMMER,
        /** A line the house style does not know: it stands at the foot of the cover. */
        ANNAN
    }

    /** A further line of the cover. */
    public record Line(Role role, String text) {
        public Line {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(text, "text");
        }
    }

    /** A title page whose further lines have no known part (they stand at the foot). */
    public static TitlePage of(String kommun, String title, String subtitle, List<String> lines) {
        return new TitlePage(kommun, title, subtitle, lines.stream().map(l -> new Line(Role.ANNAN, l)).toList());
    }

    /** The text of the line with the role, or empty. */
    public String line(Role role) {
        return lines.stream().filter(l -> l.role() == role).map(Line::text).findFirst().orElse("");
    }
}
