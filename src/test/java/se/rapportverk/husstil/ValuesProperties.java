package se.rapportverk.husstil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.Locale;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.StringLength;

/** The values of husstil.ini as people write them: colours and lengths, read back as written. */
class ValuesProperties {

    @Property
    void aColourWrittenInHexReadsAsThatColour(@ForAll @IntRange(min = 0, max = 0xFFFFFF) int rgb,
                                              @ForAll boolean hash, @ForAll boolean lower) {
        String hex = String.format(Locale.ROOT, "%06X", rgb);
        String text = (hash ? "#" : "") + (lower ? hex.toLowerCase(Locale.ROOT) : hex);
        assertEquals(new Color(rgb), Values.colour("  " + text + " "));
        assertEquals("#" + hex, Values.hex(Values.colour(text)));
    }

    @Property
    void aColourWrittenAsRgbReadsAsThatColour(@ForAll @IntRange(max = 255) int r, @ForAll @IntRange(max = 255) int g,
                                              @ForAll @IntRange(max = 255) int b) {
        assertEquals(new Color(r, g, b), Values.colour("rgb(" + r + ", " + g + "," + b + ")"));
    }

    @Property
    void textThatIsNoColourIsRefusedInSwedish(@ForAll @StringLength(max = 12) String text) {
        boolean hex = text.strip().matches("#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")
                || text.strip().matches("(?i)rgb\\s*\\(.*\\)");
        if (!hex) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Values.colour(text));
            assertTrue(e.getMessage().contains("skriv sex hexadecimala siffror") || e.getMessage().contains("rgb"),
                    e.getMessage());
        }
    }

    @Property
    void aMarginInMillimetresOrCentimetresReadsAsWritten(@ForAll @IntRange(min = 100, max = 600) int tenths,
                                                        @ForAll boolean cm, @ForAll boolean comma) {
        // 10,0 to 60,0 mm, the range of a left margin
        String mm = (tenths / 10) + (comma ? "," : ".") + (tenths % 10);
        String text = cm ? String.format(Locale.ROOT, "%d%s%02d cm", tenths / 100, comma ? "," : ".", tenths % 100)
                : mm + " mm";
        assertEquals(tenths / 10.0, Values.length(text, Setting.MARGIN_LEFT), 1e-9);
    }

    @Property
    void aMarginOutsideItsRangeIsRefused(@ForAll @IntRange(min = 0, max = 999) int mm) {
        if (mm < 10 || mm > 60) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Values.length(mm + " mm", Setting.MARGIN_LEFT));
            assertEquals(mm + "\u00A0mm är utanför det tillåtna; skriv från 10\u00A0mm till 60\u00A0mm", e.getMessage());
        } else {
            assertEquals(mm, Values.length(Integer.toString(mm), Setting.MARGIN_LEFT), 1e-9);
        }
    }

    @Example
    void yesAndNo() {
        assertTrue(Values.yesNo("Ja"));
        assertEquals(false, Values.yesNo(" nej "));
    }
}
