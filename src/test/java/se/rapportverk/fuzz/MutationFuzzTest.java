package se.rapportverk.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.rapportverk.testutil.CliRun;

/**
 * The bounded mutation fuzz test (issue 8, item 2): every example workbook in input-examples/,
 * mutated in its cell values and types, headers, rows, shared strings, formulas and raw bytes, goes
 * through {@code generate} as a user would run it. Every run must end in success (exit 0, documents
 * written) or a mapped Swedish message (exit 1, each finding naming its place, nothing written),
 * never "Internt fel", an English library text or a stack trace.
 *
 * <p>The seed is fixed, so CI runs the same cases every time; {@code -Dfuzz.seed}, {@code -Dfuzz.runs}
 * and {@code -Dfuzz.seconds} change it (see {@code scripts/fuzz}). Failing inputs are kept in
 * {@code target/fuzz-failures/} to be turned into regression tests.
 */
class MutationFuzzTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20_251_201L);
    private static final int RUNS = Integer.getInteger("fuzz.runs", 160);
    private static final long SECONDS = Long.getLong("fuzz.seconds", 110L);

    private static final List<String> ENGLISH = List.of("Tried to allocate", "Truncated ZIP file", "unable", "Unable",
            "out of bounds", "XmlException", "xmlbeans", "org.apache", "~CIRCULAR~REF~", "~FUNCTION~NOT~IMPLEMENTED~",
            "Caused by", "Internt fel", "Zip bomb", "invalid", "Invalid", "cannot", "Cannot", "failed", "Failed",
            "nexpected", "Stream closed", "not declared", "Exception", "Error");
    private static final Pattern TRACE = Pattern.compile("\\b[A-Z]\\w*(Exception|Error)\\b|\\n\\s+at [a-z]");
    private static final Pattern ISSUE = Pattern.compile("^  [^ ].*?: .+", Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void everyMutatedExampleEndsInDocumentsOrASwedishMessage() throws IOException {
        List<Path> examples;
        try (Stream<Path> s = Files.list(Path.of("input-examples"))) {
            examples = s.filter(p -> p.toString().endsWith(".xlsx")).sorted(Comparator.naturalOrder()).toList();
        }
        assertTrue(examples.size() >= 6, "the example workbooks: " + examples);
        Mutator mutator = new Mutator(SEED);
        Map<String, String> failures = new LinkedHashMap<>();
        List<String> log = new ArrayList<>();
        long deadline = System.nanoTime() + SECONDS * 1_000_000_000L;
        int ok = 0;
        int refused = 0;
        int run = 0;
        for (; run < RUNS && System.nanoTime() < deadline; run++) {
            Path example = examples.get(run % examples.size());
            Mutator.Mutated m = mutator.mutate(Files.readAllBytes(example));
            Path caseDir = Files.createDirectory(dir.resolve("fall-" + run));
            Path input = caseDir.resolve(example.getFileName());
            Files.write(input, m.bytes());
            Path out = caseDir.resolve("ut");
            String what = "körning " + run + " (frö " + SEED + ", " + example.getFileName() + "): " + m.description();
            String problem;
            try {
                CliRun r = CliRun.of("generate", input.toString(), "--out", out.toString());
                // Anything a library prints past the command's own streams would reach the user too.
                problem = !r.stray().isEmpty() ? "text direkt på System.err/System.out: " + r.stray().strip()
                        : problem(r, out);
                if (problem == null) {
                    if (r.status() == 0) {
                        ok++;
                    } else {
                        refused++;
                    }
                } else {
                    problem = problem + "\n" + r.all();
                }
            } catch (Throwable t) {
                problem = "kastade " + t;
            }
            if (problem != null) {
                String signature = problem.lines().findFirst().orElse(problem);
                failures.putIfAbsent(signature, what + "\n" + problem);
                keep(run, example, m);
            }
            deleteTree(caseDir);
        }
        log.add("mutationstest: " + run + " körningar med frö " + SEED + ": " + ok + " gav dokument, " + refused
                + " avvisades med meddelande, " + (run - ok - refused) + " misslyckades ("
                + failures.size() + " olika fel)");
        System.out.println(String.join("\n", log));
        if (!failures.isEmpty()) {
            fail(failures.size() + " olika fel:\n\n" + String.join("\n\n", failures.values()));
        }
    }

    /** What is wrong with a run, or {@code null} when it ended as it should. */
    private static String problem(CliRun r, Path out) throws IOException {
        for (String english : ENGLISH) {
            if (r.all().contains(english)) {
                return "engelsk text \"" + english + "\"";
            }
        }
        if (TRACE.matcher(r.all()).find()) {
            return "ett undantag eller en stackspårning";
        }
        if (r.status() == 0) {
            return r.out().contains("Skrev ") ? null : "status 0 men inga filer skrevs";
        }
        if (r.status() != 1) {
            return "status " + r.status();
        }
        if (!ISSUE.matcher(r.err()).find() || !r.err().contains("Inga filer skrevs")) {
            return "status 1 utan meddelande som säger var felet finns";
        }
        if (Files.exists(out)) {
            try (Stream<Path> left = Files.walk(out)) {
                if (left.count() > 1) {
                    return "filer kvar i utmappen trots fel";
                }
            }
        }
        return null;
    }

    private static void keep(int run, Path example, Mutator.Mutated m) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "fuzz-failures"));
        String name = "frö-" + SEED + "-körning-" + run + "-" + example.getFileName();
        Files.write(folder.resolve(name), m.bytes());
        Files.writeString(folder.resolve(name + ".txt"), m.description() + "\n");
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> all = Files.walk(p)) {
            for (Path q : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(q);
            }
        }
    }
}
