package se.rapportverk.render.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.awt.Color;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import se.rapportverk.render.layout.Fonts.Face;
import se.rapportverk.render.layout.LineBreaker.Styled;

/** Two runs are equal (and hash alike) exactly when their text, face, size, colour and link are. */
class StyledProperties {

    @Provide
    Arbitrary<Styled> runs() {
        return Combinators.combine(Arbitraries.of("", "a", "Budget", "budget"), Arbitraries.of(Face.class),
                Arbitraries.of(8f, 9f, -0f, 0f, Float.NaN), Arbitraries.of(Color.BLACK, new Color(0x1F4E79), null),
                Arbitraries.of("https://example.se", "mailto:a@b.se", null)).as(Styled::new);
    }

    @Property(tries = 2000)
    void equalExactlyWhenEveryPartIs(@ForAll("runs") Styled a, @ForAll("runs") Styled b) {
        boolean same = java.util.Objects.equals(a.text(), b.text()) && a.face() == b.face()
                && Float.floatToIntBits(a.size()) == Float.floatToIntBits(b.size())
                && java.util.Objects.equals(a.colour(), b.colour()) && java.util.Objects.equals(a.link(), b.link());
        assertEquals(same, a.equals(b), a + " " + b);
        if (same) {
            assertEquals(a.hashCode(), b.hashCode());
        }
        Styled copy = new Styled(a.text(), a.face(), a.size(), a.colour() == null ? null : new Color(a.colour().getRGB()),
                a.link() == null ? null : new String(a.link()));
        assertEquals(a, copy);
        assertEquals(a.hashCode(), copy.hashCode());
        assertNotEquals(a, new Styled(a.text() + "x", a.face(), a.size(), a.colour(), a.link()));
    }
}
