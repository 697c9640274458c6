package se.rapportverk.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * "Generate once": the examples generated through the CLI with {@code --report}, under the
 * default time zone and locale, each at most once per test JVM however many test classes read it.
 * Test classes take their run in {@code @BeforeAll} and only read it; a test that changes files
 * works on its own copy or its own run. The folder is temporary and removed when the JVM exits.
 */
final class SharedRuns {

    private static final Map<Path, Generated> RUNS = new HashMap<>();
    private static Path root;

    private SharedRuns() {
    }

    static synchronized Generated of(Path workbook) {
        return RUNS.computeIfAbsent(workbook, w -> Generated.of(w, root().resolve(Examples.stem(w))));
    }

    private static Path root() {
        if (root == null) {
            try {
                root = Files.createTempDirectory("rapportverk-e2e-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path folder = root;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
        }
        return root;
    }

    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: a temporary folder
        }
    }
}
