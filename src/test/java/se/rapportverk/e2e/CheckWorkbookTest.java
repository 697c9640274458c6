package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code delarsrapport-med-avvikelser.xlsx}, the practice workbook for {@code check}: exactly the
 * five deliberate mistakes of input-examples/README.md (the follow-up discrepancy of the
 * third), with their cells and values; {@code --strict} makes the discrepancies errors.
 */
class CheckWorkbookTest {

    @TempDir
    static Path dir;

    static Cli.Run check;

    @BeforeAll
    static void check() {
        check = Cli.run("check", Examples.AVVIKELSER.toString());
    }

    /** The seven findings as the CLI prints them ("place: message"), written out in {@link AvvikelserFindings}. */
    static List<String> findings() {
        return AvvikelserFindings.FINDINGS.stream().map(AvvikelserFindings.Finding::line).toList();
    }

    /**
     * The findings of one severity ("fel" or "varning") listed under a heading such as "4 fel och 2
     * varningar:", without their severity word.
     */
    static List<String> listed(String output, String heading, String severity) {
        List<String> lines = output.lines().toList();
        int at = lines.indexOf(heading);
        assertTrue(at >= 0, "no \"" + heading + "\" in:\n" + output);
        return lines.subList(at + 1, lines.size()).stream().takeWhile(l -> l.startsWith("  ")).map(String::strip)
                .filter(l -> l.startsWith(severity + " ")).map(l -> l.substring(severity.length()).strip()).toList();
    }

    @Test
    void eachDiscrepancyNamesItsLikelyCauseWithTheCell() {
        List<String> warnings = listed(check.err(), "7 varningar:", "varning");
        List<String> endings = List.of("(högst 1,5" + Sv.NBSP + "tkr)", "(högst 1,0" + Sv.NBSP + "tkr). "
                + AvvikelserFindings.CAUSES.get(0), "(högst 12,5" + Sv.NBSP + "tkr). " + AvvikelserFindings.CAUSES.get(1),
                "(högst 12,5" + Sv.NBSP + "tkr). " + AvvikelserFindings.CAUSES.get(2));
        for (int i = 0; i < 4; i++) {
            String want = findings().get(i) + ", mer än avrundning kan förklara " + endings.get(i);
            assertTrue(warnings.contains(want), "finding " + (i + 1) + ":\n" + want + "\nin:\n" + String.join("\n", warnings));
        }
    }

    @Test
    void checkExitsZeroAndListsExactlyTheDeliberateFindings() {
        assertEquals(0, check.status(), check.all());
        check.assertNoStackTrace();
        List<String> warnings = listed(check.err(), "7 varningar:", "varning");
        assertEquals(7, warnings.size(), warnings.toString());
        List<String> expected = findings();
        for (int i = 0; i < expected.size(); i++) {
            String want = expected.get(i);
            assertEquals(1, warnings.stream().filter(w -> w.startsWith(want)).count(),
                    "finding " + (i + 1) + ": " + want + "\nin:\n" + String.join("\n", warnings));
        }
        assertTrue(check.out().contains("Kontroller: "), check.out());
        assertTrue(check.out().contains(", 7 avviker."), check.out());
        assertTrue(check.out().contains("Arbetsboken går att göra dokument av; se varningarna ovan."), check.out());
        assertFalse(check.all().contains("fel:") || check.all().contains("  fel "), "no errors without --strict");
    }

    @Test
    void strictMakesTheDiscrepanciesErrorsAndTheRestStayWarnings() {
        Cli.Run strict = Cli.run("check", Examples.AVVIKELSER.toString(), "--strict");
        assertEquals(1, strict.status(), strict.all());
        List<String> errors = listed(strict.err(), "4 fel och 3 varningar:", "fel");
        List<String> expected = findings();
        for (String want : expected.subList(0, 4)) {
            assertEquals(1, errors.stream().filter(e -> e.startsWith(want)).count(), want + "\nin:\n" + errors);
        }
        List<String> warnings = listed(strict.err(), "4 fel och 3 varningar:", "varning");
        assertTrue(warnings.get(0).contains(expected.get(4)) && warnings.get(1).contains(expected.get(5))
                && warnings.get(2).contains(expected.get(6)), warnings.toString());
        assertTrue(strict.err().contains("inga dokument kan göras förrän de är rättade"), strict.err());
        assertFalse(strict.all().contains("Dokument som kan göras"), "not while the workbook has errors");
    }

    @Test
    void generateStrictWritesNothing() throws IOException {
        Path out = dir.resolve("ut");
        Cli.Run r = Cli.run("generate", Examples.AVVIKELSER.toString(), "--out", out.toString(), "--strict", "--report");
        assertEquals(1, r.status(), r.all());
        r.assertNoStackTrace();
        assertTrue(r.err().contains("Inga filer skrevs: 4 fel i " + Examples.AVVIKELSER + " måste rättas först."), r.err());
        if (Files.exists(out)) {
            try (Stream<Path> files = Files.list(out)) {
                assertEquals(List.of(), files.toList(), "nothing may be written");
            }
        }
    }

    @Test
    void driftsredovisningDiscrepanciesNameTheGivenTotalCells() {
        List<String> warnings = listed(check.err(), "7 varningar:", "varning");
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("Driftsredovisning!C18") && w.contains("Resultaträkning!C13")),
                String.join("\n", warnings));
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("Driftsredovisning!H18") && w.contains("Resultaträkning!H13")),
                String.join("\n", warnings));
    }
}
