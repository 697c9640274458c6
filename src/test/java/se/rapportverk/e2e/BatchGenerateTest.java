package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code generate} over a folder: the workbooks are made at the same time, yet what is printed and
 * every file written are byte for byte those of a run one workbook after another; the run ends with
 * a summary per workbook and exits with the worst workbook's status.
 */
class BatchGenerateTest {

    @TempDir
    Path dir;

    private Path folder;

    /** The six examples, twice each under other names, and a workbook that is not one. */
    @BeforeEach
    void workbooks() throws IOException {
        folder = Files.createDirectories(dir.resolve("arbetsbocker"));
        for (Path example : Examples.ALL) {
            Files.copy(example, folder.resolve("a-" + example.getFileName()));
            Files.copy(example, folder.resolve("b-" + example.getFileName()));
        }
        Files2.withAppendices(Examples.DELARSRAPPORT, folder); // the files its Bilagor!Fil names
        Files.writeString(folder.resolve("c-trasig.xlsx"), "det här är ingen arbetsbok", StandardCharsets.UTF_8);
    }

    @Test
    void manyAtOnceGiveTheSameOutputAndFilesAsOneAfterAnother() throws IOException {
        Cli.Run one = Cli.run("generate", folder.toString(), "--out", dir.resolve("ett").toString(), "--tradar", "1");
        Cli.Run many = Cli.run("generate", folder.toString(), "--out", dir.resolve("flera").toString(), "--tradar", "4");
        assertEquals(1, one.status(), one.all());
        assertEquals(one.status(), many.status());
        assertEquals(one.out().replace(dir.resolve("ett").toString(), "UT"),
                many.out().replace(dir.resolve("flera").toString(), "UT"));
        assertEquals(one.err(), many.err());
        assertFalse(many.all().contains("\r"), "no progress bar when the output is not a terminal");
        Map<String, byte[]> a = files(dir.resolve("ett"));
        Map<String, byte[]> b = files(dir.resolve("flera"));
        assertEquals(a.keySet(), b.keySet());
        assertEquals(12 * 3, a.size(), "12 workbooks × (PDF, DOCX, manifest); nothing for the broken one");
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
        }
        many.assertNoStackTrace();
    }

    /**
     * A kommun's own house style and templates, each read once and shared by every thread: the
     * same bytes on one thread and on three, every workbook made in that house style and from those
     * templates, and the warnings still Word comments.
     */
    @Test
    void anOwnHouseStyleAndOwnTemplatesGiveTheSameBytesOnOneThreadAndOnSeveral() throws IOException {
        Path six = Files.createDirectories(dir.resolve("sex"));
        for (Path example : Examples.ALL) {
            Files.copy(example, six.resolve(example.getFileName()));
        }
        Files2.withAppendices(Examples.DELARSRAPPORT, six);
        Path style = dir.resolve("husstil");
        assertEquals(0, Cli.run("husstil", style.toString()).status());
        byte[] logo = HusstilTest.drawLogo();
        Files.write(style.resolve("ekeby-vapen.png"), logo);
        String ini = Files.readString(style.resolve("husstil.ini"), StandardCharsets.UTF_8);
        ini = HusstilTest.replace(ini, "fil = logotyp.png", "fil = ekeby-vapen.png");
        ini = HusstilTest.replace(ini, "rubrik = #1F3864", "rubrik = #7A1F2B");
        ini = HusstilTest.replace(ini, "vänster = 25 mm", "vänster = 30 mm");
        ini = HusstilTest.replace(ini, "logotyp = nej", "logotyp = ja");
        Files.writeString(style.resolve("husstil.ini"), ini, StandardCharsets.UTF_8);
        Path templates = copyTree(Path.of("templates"), dir.resolve("mallar"));
        Path delarsrapport = templates.resolve("delarsrapport.ftl");
        Files.writeString(delarsrapport, HusstilTest.replace(Files.readString(delarsrapport, StandardCharsets.UTF_8),
                "<toc title=\"Innehållsförteckning\"", "<toc title=\"Innehåll i Ekeby\""), StandardCharsets.UTF_8);

        Cli.Run one = Cli.run("generate", six.toString(), "--husstil", style.toString(), "--templates",
                templates.toString(), "--out", dir.resolve("ett").toString(), "--tradar", "1");
        Cli.Run many = Cli.run("generate", six.toString(), "--husstil", style.toString(), "--templates",
                templates.toString(), "--out", dir.resolve("flera").toString(), "--tradar", "3");
        assertEquals(0, one.status(), one.all());
        assertEquals(0, many.status(), many.all());
        assertEquals(one.out().replace(dir.resolve("ett").toString(), "UT"),
                many.out().replace(dir.resolve("flera").toString(), "UT"));
        assertEquals(one.err(), many.err());
        Map<String, byte[]> a = files(dir.resolve("ett"));
        Map<String, byte[]> b = files(dir.resolve("flera"));
        assertEquals(a.keySet(), b.keySet());
        assertEquals(6 * 3, a.size(), "6 workbooks × (PDF, DOCX, manifest)");
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
        }
        for (Map.Entry<String, byte[]> e : b.entrySet()) {
            String name = e.getKey();
            if (name.endsWith(".json")) {
                // Every workbook was made in the house style: the manifest records its own logo.
                String manifest = new String(e.getValue(), StandardCharsets.UTF_8);
                assertTrue(manifest.contains("\"file\" : \"ekeby-vapen.png\",\n        \"sha256\" : \""
                        + Sha.of(logo) + "\""), name + ": " + manifest);
            } else if (name.contains("/delarsrapport-") && name.endsWith(".docx")) {
                // ... and the delårsrapporter from the templates given.
                assertTrue(docxText(e.getValue()).contains("Innehåll i Ekeby"), name);
                assertFalse(docxText(e.getValue()).contains("Innehållsförteckning"), name);
            }
        }
        // input-examples/README.md: the example with deviations has seven warnings, each a Word comment,
        // and three drafted paragraphs (the §6 summary), each marked with a comment (docs/dokument.md).
        String avvikelser = Examples.stem(Examples.AVVIKELSER) + "/";
        byte[] docx = b.entrySet().stream().filter(e -> e.getKey().startsWith(avvikelser)
                && e.getKey().endsWith(".docx")).findFirst().orElseThrow().getValue();
        assertEquals(7 + 3, DocxComments.read(docx).comments.size());
        many.assertNoStackTrace();
    }

    private static Path copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder sb = new StringBuilder();
            d.getParagraphs().forEach(p -> sb.append(p.getText()).append('\n'));
            return sb.toString();
        }
    }

    /**
     * The workbooks the first threads start with are read while the templates and the house style
     * are made ready: an empty file among them is reported as in a run one after another, and a
     * house style that cannot be used stops the run before any workbook, as before.
     */
    @Test
    void workbooksReadBeforeTheRunStartsAreReportedAsInARunOneAfterAnother() throws IOException {
        Path three = Files.createDirectories(dir.resolve("tre"));
        Files.write(three.resolve("0-tom.xlsx"), new byte[0]);
        Files.copy(Examples.HANDLINGSPLAN, three.resolve("1-" + Examples.HANDLINGSPLAN.getFileName()));
        Files.copy(Examples.ATGARDSPLAN, three.resolve("2-" + Examples.ATGARDSPLAN.getFileName()));
        Cli.Run one = Cli.run("generate", three.toString(), "--out", dir.resolve("ett").toString(), "--tradar", "1");
        Cli.Run many = Cli.run("generate", three.toString(), "--out", dir.resolve("flera").toString(), "--tradar", "2");
        assertEquals(1, one.status(), one.all());
        assertEquals(1, many.status(), many.all());
        assertEquals(one.out().replace(dir.resolve("ett").toString(), "UT"),
                many.out().replace(dir.resolve("flera").toString(), "UT"));
        assertEquals(one.err(), many.err());
        assertTrue(many.err().contains("0-tom.xlsx"), many.err());
        Map<String, byte[]> a = files(dir.resolve("ett"));
        Map<String, byte[]> b = files(dir.resolve("flera"));
        assertEquals(2 * 3, b.size(), "2 workbooks × (PDF, DOCX, manifest); nothing for the empty one");
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
        }
        many.assertNoStackTrace();

        Path missing = dir.resolve("ingen-husstil");
        Cli.Run oneStyle = Cli.run("generate", three.toString(), "--husstil", missing.toString(), "--out",
                dir.resolve("ett-h").toString(), "--tradar", "1");
        Cli.Run manyStyle = Cli.run("generate", three.toString(), "--husstil", missing.toString(), "--out",
                dir.resolve("flera-h").toString(), "--tradar", "2");
        assertEquals(2, manyStyle.status(), manyStyle.all());
        assertEquals(oneStyle.status(), manyStyle.status());
        assertEquals(oneStyle.all(), manyStyle.all());
        assertTrue(manyStyle.err().contains("Husstilen kan inte användas"), manyStyle.err());
        assertFalse(manyStyle.all().contains("0-tom.xlsx"), "no workbook is reported: " + manyStyle.all());
        assertFalse(Files.exists(dir.resolve("flera-h")));
        manyStyle.assertNoStackTrace();
    }

    @Test
    void theRunEndsWithASummaryPerWorkbookAndTheWorstStatus() {
        Cli.Run run = Cli.run("generate", folder.toString(), "--out", dir.resolve("ut").toString());
        assertEquals(1, run.status(), run.all());
        String out = run.out().replace("\r\n", "\n");
        int at = out.indexOf("Sammanfattning:\n");
        assertTrue(at > 0, out);
        List<String> lines = List.of(out.substring(at).split("\n"));
        assertEquals(List.of("arbetsbok", "dokument", "varningar", "fel", "utfall"), words(lines.get(1)));
        // The examples in name order (a-…, b-…, c-trasig.xlsx); each makes one document.
        List<String> names = Stream.concat(Stream.of("a-", "b-").flatMap(p -> Examples.ALL.stream()
                .map(e -> p + e.getFileName())).sorted(), Stream.of("c-trasig.xlsx")).toList();
        assertEquals(13 + 3, lines.size(), out);
        for (int i = 0; i < 13; i++) {
            List<String> cells = words(lines.get(2 + i));
            assertEquals(folder.resolve(names.get(i)).toString(), cells.get(0));
            if (names.get(i).endsWith("trasig.xlsx")) {
                assertEquals(List.of("0", "0", "1", "fel", "i", "arbetsboken"), cells.subList(1, cells.size()));
            } else if (names.get(i).endsWith(Examples.AVVIKELSER.getFileName().toString())) {
                // input-examples/README.md: five deliberate mistakes, the third with a follow-up discrepancy,
                // the fourth also outside the forecast methods (check 7): seven warnings.
                assertEquals(List.of("1", "7", "0", "klar"), cells.subList(1, cells.size()));
            } else {
                assertEquals(List.of("1", "0", "0", "klar"), cells.subList(1, cells.size()));
            }
        }
        assertEquals("13 arbetsböcker: 12 klara, 1 med fel i arbetsboken. Slutstatus 1.", lines.get(15));
    }

    @Test
    void aWorkbookThatCannotBeWrittenMakesTheWorstStatusThree() throws IOException {
        Path out = dir.resolve("ut");
        // A folder where the first workbook's PDF should go: that workbook cannot be written.
        String pdf = "delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf";
        Files.createDirectories(out.resolve("a-" + Examples.stem(Examples.DELARSRAPPORT)).resolve(pdf));
        Cli.Run run = Cli.run("generate", folder.toString(), "--out", out.toString());
        assertEquals(3, run.status(), run.all());
        assertTrue(run.out().contains("13 arbetsböcker: 11 klara, 1 med fel i arbetsboken, 1 kunde inte göras. "
                + "Slutstatus 3."), run.out());
        assertTrue(run.err().contains("det finns redan en mapp med filens namn"), run.err());
    }

    @Test
    void twoWorkbooksOfOneNameEndInOneFolderAsInARunOneAfterAnother() throws IOException {
        Path x = Files.createDirectories(dir.resolve("x"));
        Path y = Files.createDirectories(dir.resolve("y"));
        Files.copy(Examples.DELARSRAPPORT, x.resolve("samma.xlsx"));
        Files2.withAppendices(Examples.DELARSRAPPORT, x);
        Files.copy(Examples.HANDLINGSPLAN, y.resolve("samma.xlsx"));
        Files.copy(Examples.ATGARDSPLAN, y.resolve("annan.xlsx"));
        String[] workbooks = {x.resolve("samma.xlsx").toString(), y.resolve("annan.xlsx").toString(),
                y.resolve("samma.xlsx").toString()};
        Cli.Run one = Cli.run(concat(workbooks, "--out", dir.resolve("ett").toString(), "--tradar", "1"));
        Cli.Run many = Cli.run(concat(workbooks, "--out", dir.resolve("flera").toString(), "--tradar", "3"));
        assertEquals(0, one.status(), one.all());
        assertEquals(0, many.status(), many.all());
        Map<String, byte[]> a = files(dir.resolve("ett"));
        Map<String, byte[]> b = files(dir.resolve("flera"));
        assertEquals(a.keySet(), b.keySet());
        for (String name : a.keySet()) {
            assertArrayEquals(a.get(name), b.get(name), name);
        }
        // The last workbook named samma.xlsx (the handlingsplan) wrote the manifest.
        String manifest = new String(a.get("samma/manifest-samma.json"), StandardCharsets.UTF_8);
        assertTrue(manifest.contains(Sha.of(Examples.HANDLINGSPLAN)), manifest);
        assertFalse(manifest.contains(Sha.of(Examples.DELARSRAPPORT)), manifest);
    }

    @Test
    void threadsMustBeOneOrMore() {
        Cli.Run run = Cli.run("generate", folder.toString(), "--out", dir.resolve("ut").toString(), "--tradar", "0");
        assertEquals(2, run.status());
        assertEquals("Fel i kommandot: --tradar behöver ett antal från 1 och uppåt, inte 0\n",
                run.err().replace("\r\n", "\n"));
    }

    private static String[] concat(String[] workbooks, String... rest) {
        return Stream.concat(Stream.concat(Stream.of("generate"), Stream.of(workbooks)), Stream.of(rest))
                .toArray(String[]::new);
    }

    private static List<String> words(String line) {
        return List.of(line.strip().split("\\s+"));
    }

    /** Every file below a folder, by its path relative to the folder (with /), with its bytes. */
    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> m = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.filter(Files::isRegularFile).toList()) {
                m.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        return m;
    }
}
