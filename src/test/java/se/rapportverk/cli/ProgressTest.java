package se.rapportverk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The progress bar: its text, and that it stays away from CI, dumb terminals and captured streams. */
class ProgressTest {

    @Test
    void theBarCountsTheWorkbooksAndShowsTheShareAndTheTime() {
        assertEquals("   0 av 290 arbetsböcker  [............................]   0 %  0:00", Progress.line(0, 290, 0));
        assertEquals("  37 av 290 arbetsböcker  [###.........................]  12 %  0:05", Progress.line(37, 290, 5));
        assertEquals(" 290 av 290 arbetsböcker  [############################] 100 %  1:14", Progress.line(290, 290, 74));
    }

    @Test
    void noBarInCiOnADumbTerminalOrWhenTheStreamsAreNotTheProcesssOwn() {
        assertFalse(Progress.watched(Map.of("CI", "true")));
        assertFalse(Progress.watched(Map.of("TERM", "dumb")));
        PrintStream captured = new PrintStream(new ByteArrayOutputStream());
        assertFalse(Progress.forBatch(new Console(captured, captured), 10).shown());
        assertFalse(Progress.forBatch(new Console(System.out, captured), 10).shown());
    }
}
