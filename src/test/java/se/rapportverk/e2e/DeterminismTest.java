package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Auditors regenerate from archived workbooks and must get identical bytes: every example made a
 * second time under another time zone and locale, from another path into another folder, gives
 * the same PDF, DOCX, HTML and manifest; and so does a JVM of its own in yet another zone,
 * language and working directory.
 */
class DeterminismTest {

    @TempDir
    Path dir;

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": the same files");
        List<String> differing = new ArrayList<>();
        for (String name : expected.keySet()) {
            if (!Arrays.equals(expected.get(name), actual.get(name))) {
                differing.add(name + " (first difference at byte " + Arrays.mismatch(expected.get(name), actual.get(name)) + ")");
            }
        }
        if (!differing.isEmpty()) {
            fail(what + ": files differ: " + differing);
        }
    }

    @Test
    void everyExampleGivesTheSameBytesUnderAnotherZoneLocalePathAndFolder() throws IOException {
        List<Generated> first = Examples.ALL.stream().map(SharedRuns::of).toList();
        // The same workbooks, copied to another folder and named by a path relative to the working directory.
        Path copies = Files.createDirectories(dir.resolve("arkiv").resolve("2025"));
        TimeZone zone = TimeZone.getDefault();
        Locale locale = Locale.getDefault();
        List<Generated> second = new ArrayList<>();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            for (Path workbook : Examples.ALL) {
                Path copy = Files2.copyWorkbook(workbook, copies, StandardCopyOption.COPY_ATTRIBUTES);
                Path relative = Path.of("").toAbsolutePath().relativize(copy.toAbsolutePath());
                assertTrue(!relative.isAbsolute(), relative.toString());
                second.add(Generated.of(relative, dir.resolve("ut-" + Examples.stem(workbook))));
            }
        } finally {
            TimeZone.setDefault(zone);
            Locale.setDefault(locale);
        }
        int files = 0;
        for (int i = 0; i < first.size(); i++) {
            assertSameFiles(first.get(i).files(), second.get(i).files(), Examples.stem(first.get(i).workbook()));
            files += first.get(i).files().size();
        }
        assertEquals(30, files, "6 examples × (PDF, DOCX, kontrollrapport PDF and HTML, manifest)");
    }

    @Test
    void aJvmOfItsOwnInKiritimatiSpeakingPersianGivesTheSameBytes() throws IOException, InterruptedException {
        Generated first = SharedRuns.of(Examples.DELARSRAPPORT);
        Path workingDirectory = Files.createDirectories(dir.resolve("annan-arbetsmapp"));
        Path out = dir.resolve("ut-jvm");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "-Duser.timezone=Pacific/Kiritimati", "-Duser.language=fa", "-Duser.country=IR",
                "-Dfile.encoding=ISO-8859-1", "-Xshare:auto", "-XX:TieredStopAtLevel=1",
                GenerateInAnotherJvm.class.getName(),
                "generate", Examples.DELARSRAPPORT.toAbsolutePath().toString(), "--out", out.toString(), "--report")
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true);
        Process process = pb.start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the other JVM did not finish");
        assertEquals(0, process.exitValue(), new String(output, StandardCharsets.UTF_8));
        assertSameFiles(first.files(), Generated.read(out), "a JVM in Pacific/Kiritimati, fa-IR");
    }
}
