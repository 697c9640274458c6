package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The five predefined entities of XML 1.0 and its characters, from the standard (sections 4.6 and 2.2). */
class XmlFastPathTest {

    private static int predefined(String name) {
        int[] c = new int[4];
        for (int i = 0; i < Math.min(4, name.length()); i++) {
            c[i] = name.charAt(i);
        }
        return XmlFastPath.predefined(name.length(), c[0], c[1], c[2], c[3]);
    }

    @Test
    void theFivePredefinedEntitiesAndNoOther() {
        assertEquals('<', predefined("lt"));
        assertEquals('>', predefined("gt"));
        assertEquals('&', predefined("amp"));
        assertEquals('"', predefined("quot"));
        assertEquals('\'', predefined("apos"));
        for (String other : new String[] {"", "l", "lt2", "Lt", "gT", "am", "ampx", "quo", "quott", "apo", "aposx",
                "nbsp", "ft", "st", "amq", "qvot", "apas"}) {
            assertEquals(-1, predefined(other), other);
        }
    }

    @Test
    void xmlCharactersAreTabNewlineReturnAndTheRangesOfTheStandard() {
        for (int cp : new int[] {0x9, 0xA, 0xD, 0x20, 'a', 0xD7FF, 0xE000, 0xFFFD, 0x10000, 0x10FFFF}) {
            assertTrue(XmlFastPath.isXmlChar(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {0x0, 0x8, 0xB, 0xC, 0x1F, 0xD800, 0xDFFF, 0xFFFE, 0xFFFF, 0x110000, -1}) {
            assertFalse(XmlFastPath.isXmlChar(cp), Integer.toHexString(cp));
        }
    }
}
