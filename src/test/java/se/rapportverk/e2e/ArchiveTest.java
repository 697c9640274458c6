package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

import se.rapportverk.render.pdf.VeraPdf;

/**
 * What the archive gets (issue 4): every PDF of every example (documents and kontrollrapport) is
 * PDF/A-3 (and PDF/UA-1) by veraPDF, carries its workbook as the Source associated file that
 * {@code extract} gives back byte for byte, and the manifest's SHA-256 sums match the files.
 */
class ArchiveTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    static Path dir;

    static final Map<Path, Generated> generated = new LinkedHashMap<>();

    @BeforeAll
    static void generateAll() {
        for (Path workbook : Examples.ALL) {
            generated.put(workbook, SharedRuns.of(workbook));
        }
    }

    /** Every PDF written, as "example/file" → bytes, with its workbook. */
    static Map<String, Path> pdfs() {
        Map<String, Path> pdfs = new TreeMap<>();
        generated.forEach((workbook, g) -> g.files().keySet().stream().filter(n -> n.endsWith(".pdf"))
                .forEach(n -> pdfs.put(Examples.stem(workbook) + "/" + n, workbook)));
        return pdfs;
    }

    static byte[] bytes(String examplePdf) {
        String[] parts = examplePdf.split("/");
        return generated.get(pdfs().get(examplePdf)).bytes(parts[1]);
    }

    @Test
    void everyExampleGivesADocumentAndAKontrollrapportAsPdf() {
        assertEquals(12, pdfs().size(), pdfs().keySet().toString());
        for (Generated g : generated.values()) {
            assertEquals(2, g.files().keySet().stream().filter(n -> n.endsWith(".pdf")).count(), g.files().keySet().toString());
        }
    }

    @TestFactory
    List<DynamicTest> everyPdfIsPdfA3AndPdfUa1ByVeraPdf() throws Exception {
        // veraPDF takes a second or more per file: validate on every core at once, then assert one by one.
        Map<String, Future<Map<PDFAFlavour, List<VeraPdf.Failure>>>> results = new TreeMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
        try {
            for (String pdf : pdfs().keySet()) {
                results.put(pdf, pool.submit(() -> VeraPdf.validate(bytes(pdf),
                        List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1))));
            }
        } finally {
            pool.shutdown();
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (String pdf : pdfs().keySet()) {
            tests.add(dynamicTest(pdf, () -> {
                Map<PDFAFlavour, List<VeraPdf.Failure>> failures = results.get(pdf).get();
                System.out.println("veraPDF " + pdf + ": PDF/A-3a " + failures.get(PDFAFlavour.PDFA_3_A).size()
                        + " failed rules, PDF/UA-1 " + failures.get(PDFAFlavour.PDFUA_1).size() + " failed rules");
                assertEquals(List.of(), failures.get(PDFAFlavour.PDFA_3_A), "PDF/A-3a of " + pdf);
                assertEquals(List.of(), failures.get(PDFAFlavour.PDFUA_1), "PDF/UA-1 of " + pdf);
            }));
        }
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyPdfCarriesItsWorkbookAsSourceAndExtractGivesItBack() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, Path> e : pdfs().entrySet()) {
            tests.add(dynamicTest(e.getKey(), () -> {
                Path workbook = e.getValue();
                byte[] original = Files.readAllBytes(workbook);
                String name = workbook.getFileName().toString();
                PdfDoc pdf = PdfDoc.withoutText(bytes(e.getKey()));
                assertEquals(Set.of(name), pdf.embedded.keySet());
                PdfDoc.Embedded file = pdf.embedded.get(name);
                assertEquals("Source", file.relationship());
                assertEquals(XLSX, file.subtype());
                assertArrayEquals(original, file.bytes(), "the embedded workbook is the input, byte for byte");
                assertTrue(pdf.catalogHasAf, "the catalog's /AF lists the associated file");

                Path target = dir.resolve("extracted").resolve(e.getKey().replace('/', '_'));
                String pdfName = e.getKey().split("/")[1];
                Cli.Run run = Cli.run("extract", generated.get(workbook).folder().resolve(pdfName).toString(),
                        target.toString());
                assertEquals(0, run.status(), run.all());
                assertTrue(run.out().contains("(SHA-256 " + Sha.of(original) + ")"), run.out());
                // Written under a name Rapportverk chooses from the PDF's own file name, never the embedded one.
                String extracted = pdfName.substring(0, pdfName.length() - ".pdf".length()) + "-arbetsbok.xlsx";
                assertArrayEquals(original, Files.readAllBytes(target.resolve(extracted)));
                assertEquals(List.of(extracted), list(target));
                assertTrue(run.out().contains("Arbetsboken hette \"" + name + "\" när dokumentet gjordes"), run.out());
            }));
        }
        return tests;
    }

    static List<String> list(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static JsonNode manifest(Generated g) throws IOException {
        return new ObjectMapper().readTree(g.bytes(g.manifestName()));
    }

    /** The templates a document kind is made from, as docs and templates/README.md name them. */
    static Set<String> documentTemplates(Path workbook) {
        String main = workbook.equals(Examples.TJANSTESKRIVELSE) ? "tjansteskrivelse.ftl"
                : workbook.equals(Examples.DELARSRAPPORT) || workbook.equals(Examples.AVVIKELSER) ? "delarsrapport.ftl"
                : "handlingsplan.ftl";
        return Set.of(main, "lib/rapportverk.ftl");
    }

    @TestFactory
    List<DynamicTest> manifestListsTheHashesOfWorkbookTemplatesAndEveryOutput() {
        List<DynamicTest> tests = new ArrayList<>();
        generated.forEach((workbook, g) -> tests.add(dynamicTest(Examples.stem(workbook), () -> {
            JsonNode m = manifest(g);
            assertEquals(workbook.getFileName().toString(), m.path("workbook").path("file").asText());
            assertEquals(Sha.of(workbook), m.path("workbook").path("sha256").asText());

            Set<String> listed = new TreeSet<>();
            for (JsonNode o : m.path("outputs")) {
                String file = o.path("file").asText();
                listed.add(file);
                assertEquals(Sha.of(g.bytes(file)), o.path("sha256").asText(), file);
                assertEquals(g.bytes(file).length, o.path("bytes").asInt(), file);
            }
            Set<String> written = new TreeSet<>(g.files().keySet());
            written.remove(g.manifestName());
            assertEquals(written, listed, "the manifest lists every output but itself");

            Set<String> templates = new TreeSet<>();
            for (JsonNode t : m.path("templates")) {
                String name = t.path("name").asText();
                templates.add(name);
                assertEquals(Sha.of(Path.of("templates").resolve(name)), t.path("sha256").asText(), name);
            }
            assertTrue(templates.containsAll(documentTemplates(workbook)), templates.toString());
        })));
        return tests;
    }

    @Test
    void manifestListsTheKontrollrapportTemplateToo() throws IOException {
        for (Generated g : generated.values()) {
            Set<String> templates = new TreeSet<>();
            manifest(g).path("templates").forEach(t -> templates.add(t.path("name").asText()));
            assertTrue(templates.contains("kontrollrapport.ftl"), g.workbook() + ": " + templates);
        }
    }
}
