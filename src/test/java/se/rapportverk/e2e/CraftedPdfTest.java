package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfFileSpecification;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfWriter;

/**
 * {@code extract} given PDFs that are not what Rapportverk writes: not a PDF, cut short, without an
 * attachment, with two, with one too large, with a name that leads out of the folder, with the
 * wrong MIME type. Each gets a Swedish message naming the PDF, exit status 1, and no file is
 * written anywhere; a good PDF gives its workbook under the name Rapportverk chooses, and an
 * existing file is only replaced with --force.
 */
class CraftedPdfTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @TempDir
    static Path dir;

    static byte[] workbook;
    static byte[] realPdf;

    @BeforeAll
    static void read() throws IOException {
        workbook = Files.readAllBytes(Examples.DELARSRAPPORT);
        realPdf = SharedRuns.of(Examples.DELARSRAPPORT).bytes("delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf");
    }

    record Attached(String name, byte[] bytes, String mime) {
    }

    /** A PDF made with OpenPDF, embedding the given files as Rapportverk does (AFRelationship Source). */
    static byte[] pdf(Attached... files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph("En PDF som inte är gjord av Rapportverk."));
        for (Attached a : files) {
            PdfFileSpecification fs = PdfFileSpecification.fileEmbedded(writer, null, a.name(), a.bytes(), a.mime(),
                    new PdfDictionary(), 9);
            fs.put(new PdfName("AFRelationship"), new PdfName("Source"));
            writer.addFileAttachment(a.name(), fs);
        }
        doc.close();
        return out.toByteArray();
    }

    /** Runs extract on the bytes and asserts a clean refusal: exit 1, the message, nothing written. */
    static void assertRefused(String name, byte[] bytes, String message) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name + "-fall"));
        Path pdf = Files.write(folder.resolve(name + ".pdf"), bytes);
        Path out = folder.resolve("ut").resolve("djupare");
        Cli.Run run = Cli.run("extract", pdf.toString(), out.toString());
        assertEquals(1, run.status(), run.all());
        run.assertNoStackTrace();
        assertEquals(pdf + ": " + message + ". Ingen fil skrevs.\n", run.err().replace('\u00A0', ' '));
        try (Stream<Path> all = Files.walk(folder)) {
            assertEquals(List.of(folder, pdf), all.sorted().toList(), "nothing written, not even outside the folder");
        }
    }

    @Test
    void notAPdf() throws IOException {
        assertRefused("tom", new byte[0], "filen är tom");
        assertRefused("arbetsbok", workbook, "filen är ingen PDF");
        assertRefused("text", "{\"format\": \"rapportverk-manifest/1\"}".getBytes(StandardCharsets.UTF_8),
                "filen är ingen PDF");
        assertRefused("bara-huvud", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
                "filen är ingen läsbar PDF (den är skadad eller avkortad)");
    }

    @Test
    void truncatedAnywhere() throws IOException {
        int embedded = indexOf(realPdf, "/Type/EmbeddedFile");
        assertTrue(embedded > 0);
        for (int cut : new int[] {embedded + 40, embedded + 2000, realPdf.length / 10, realPdf.length / 2,
                realPdf.length * 9 / 10, realPdf.length - 30}) {
            Path folder = Files.createDirectories(dir.resolve("avkortad-" + cut + "-fall"));
            Path pdf = Files.write(folder.resolve("avkortad.pdf"), Arrays.copyOf(realPdf, cut));
            Cli.Run run = Cli.run("extract", pdf.toString(), folder.resolve("ut").toString());
            run.assertNoStackTrace();
            if (run.status() == 0) {
                // Cut after the workbook: what comes out is the whole workbook, byte for byte.
                assertArrayEquals(workbook, Files.readAllBytes(folder.resolve("ut").resolve("avkortad-arbetsbok.xlsx")),
                        "cut at " + cut);
                continue;
            }
            assertEquals(1, run.status(), "cut at " + cut + ": " + run.all());
            assertTrue(run.err().startsWith(pdf + ": ") && run.err().endsWith(". Ingen fil skrevs.\n"), run.err());
            assertTrue(run.err().contains("skadad") || run.err().contains("avkortad")
                    || run.err().contains("ingen inbäddad arbetsbok"), "cut at " + cut + ": " + run.err());
            assertTrue(!Files.exists(folder.resolve("ut")), "nothing written, cut at " + cut);
        }
    }

    @Test
    void withoutAnAttachment() throws IOException {
        assertRefused("utan", pdf(), "PDF:en bär ingen inbäddad arbetsbok; den är inte gjord av Rapportverk, eller "
                + "arbetsboken har tagits bort ur den");
    }

    @Test
    void withTwoAttachments() throws IOException {
        assertRefused("tva", pdf(new Attached("a.xlsx", workbook, XLSX), new Attached("b.xlsx", workbook, XLSX)),
                "PDF:en bär 2 inbäddade filer; en PDF från Rapportverk bär bara arbetsboken den gjordes av, så "
                        + "Rapportverk vet inte vilken som är arbetsboken");
    }

    @Test
    void withAnAttachmentLargerThanTheLimit() throws IOException {
        byte[] huge = new byte[100 * 1024 * 1024 + 1];
        System.arraycopy(workbook, 0, huge, 0, workbook.length);
        byte[] declared = pdf(new Attached("stor.xlsx", huge, XLSX));
        assertRefused("stor", declared, "den inbäddade arbetsboken är större än gränsen 100 MiB och tas inte ut");
        // The same with a false size declared: the inflating stops at the limit all the same.
        String size = "/Size " + huge.length;
        int at = indexOf(declared, size);
        assertTrue(at > 0, "the declared size");
        byte[] lying = declared.clone();
        byte[] small = ("/Size " + "1".repeat(String.valueOf(huge.length).length())).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(small, 0, lying, at, small.length);
        assertRefused("ljuger", lying, "den inbäddade arbetsboken är större än gränsen 100 MiB och tas inte ut");
    }

    @Test
    void withANameThatLeadsOutOfTheFolder() throws IOException {
        assertRefused("uppat", pdf(new Attached("../../utanfor.xlsx", workbook, XLSX)),
                "PDF:en anger ett namn för den inbäddade filen som inte är ett vanligt filnamn (\"../../utanfor.xlsx\"); "
                        + "en PDF från Rapportverk gör aldrig det, så filen tas inte ut");
        assertRefused("absolut", pdf(new Attached("/etc/cron.d/x.xlsx", workbook, XLSX)),
                "PDF:en anger ett namn för den inbäddade filen som inte är ett vanligt filnamn (\"/etc/cron.d/x.xlsx\"); "
                        + "en PDF från Rapportverk gör aldrig det, så filen tas inte ut");
        assertRefused("windows", pdf(new Attached("C:\\Users\\x.xlsx", workbook, XLSX)),
                "PDF:en anger ett namn för den inbäddade filen som inte är ett vanligt filnamn (\"C:\\Users\\x.xlsx\"); "
                        + "en PDF från Rapportverk gör aldrig det, så filen tas inte ut");
    }

    @Test
    void withTheWrongMimeTypeOrContent() throws IOException {
        assertRefused("mime", pdf(new Attached("a.xlsx", workbook, "application/x-msdownload")),
                "PDF:ens inbäddade fil \"a.xlsx\" är ingen Excel-arbetsbok: MIME-typen är \"application/x-msdownload\", "
                        + "inte " + XLSX);
        assertRefused("ingen-mime", pdf(new Attached("a.xlsx", workbook, null)),
                "PDF:ens inbäddade fil \"a.xlsx\" är ingen Excel-arbetsbok: den saknar MIME-typ, inte " + XLSX);
        assertRefused("halv", pdf(new Attached("a.xlsx", Arrays.copyOf(workbook, workbook.length / 2), XLSX)),
                "PDF:ens inbäddade fil \"a.xlsx\" är ingen hel Excel-arbetsbok (den är skadad eller avkortad)");
    }

    @Test
    void aGoodPdfGivesItsWorkbookUnderRapportverksNameAndOverwritesOnlyWithForce() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("bra"));
        Path pdf = Files.write(folder.resolve("Delårsrapport augusti.pdf"), realPdf);
        Path out = folder.resolve("ut");
        Cli.Run first = Cli.run("extract", pdf.toString(), out.toString());
        assertEquals(0, first.status(), first.all());
        Path written = out.resolve("delarsrapport-augusti-arbetsbok.xlsx");
        assertArrayEquals(workbook, Files.readAllBytes(written));
        assertEquals(List.of(written), list(out));

        Cli.Run same = Cli.run("extract", pdf.toString(), out.toString());
        assertEquals(0, same.status(), same.all());
        assertTrue(same.out().startsWith(written + " finns redan, med samma innehåll"), same.out());

        Files.writeString(written, "en annan fil");
        Cli.Run refused = Cli.run("extract", pdf.toString(), out.toString());
        assertEquals(2, refused.status(), refused.all());
        assertEquals(written + " finns redan och har ett annat innehåll. Ange --force för att skriva över den, eller "
                + "välj en annan mapp. Ingen fil skrevs.\n", refused.err());
        assertEquals("en annan fil", Files.readString(written));

        Cli.Run forced = Cli.run("extract", pdf.toString(), out.toString(), "--force");
        assertEquals(0, forced.status(), forced.all());
        assertArrayEquals(workbook, Files.readAllBytes(written));
        assertEquals(List.of(written), list(out), "no temporary file left");
    }

    @Test
    void aMissingPdfOrAFolder() throws IOException {
        Cli.Run missing = Cli.run("extract", dir.resolve("finns-inte.pdf").toString(), dir.resolve("ut").toString());
        assertEquals(1, missing.status());
        assertEquals(dir.resolve("finns-inte.pdf") + ": filen finns inte\n", missing.err());
        Cli.Run folder = Cli.run("extract", dir.toString(), dir.resolve("ut").toString());
        assertEquals(1, folder.status());
        assertEquals(dir + ": är en mapp, inte en PDF\n", folder.err());
    }

    static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    static int indexOf(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
