package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void normalisesAsTheContractSays() {
        assertEquals("resultatrakning", Names.normalise(" RESULTATRÄKNING "));
        assertEquals("resultatrakning", Names.normalise("Resultaträkning"));
        assertEquals("externa utforare", Names.normalise("Externa\u00A0 utförare"));
        assertEquals("mal", Names.normalise("Mål"));
        assertEquals("omrade", Names.normalise("Område"));
    }

    @Test
    void keysFoldHyphensSoKeysAndHeadingsMatch() {
        assertEquals(Names.key("vasentliga-handelser"), Names.key("Väsentliga händelser"));
        assertEquals("vasentliga-handelser", Names.keyId("Väsentliga  händelser"));
    }

    @Test
    void suggestsTheClosestKnownName() {
        assertEquals("Beloppsenhet", Names.closest("Belopsenhet", RapportField.labels()).orElseThrow());
        assertEquals("vasentliga-handelser", Names.closest("vasentliga handelse", TextKey.ids()).orElseThrow());
        assertTrue(Names.closest("Kaffesort", List.of("Kommun", "Nämnd")).isEmpty());
    }
}
