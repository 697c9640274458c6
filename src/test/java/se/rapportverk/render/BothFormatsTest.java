package se.rapportverk.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

import se.rapportverk.render.docx.DocxRenderer;
import se.rapportverk.render.pdf.ExampleDocuments;
import se.rapportverk.render.pdf.ExampleDocuments.Example;
import se.rapportverk.render.pdf.PdfRenderer;

/**
 * The PDF and the Word file of every example look alike and break their pages alike: the same
 * body size, colours and margins (expected values written from the house style: Arial/Liberation
 * Sans 10.5 pt, headings dark blue 1F3864, table headers DCE4EE, 25 mm margins), and the Word
 * file as LibreOffice lays it out has the PDF's page count, give or take one page, and breaks no
 * word that the PDF keeps whole (a table column as wide as its widest word in our metrics must
 * still hold it when another program lays it out).
 *
 * <p>The page test needs LibreOffice ({@code soffice}); {@code .ci/run} installs it. Where it is
 * missing the test fails under CI and is skipped elsewhere, saying so.
 */
class BothFormatsTest {

    private static final double MM = 72 / 25.4;

    @Test
    void bothFormatsHaveTheSameBodySizeColoursAndMargins() throws IOException {
        Example e = ExampleDocuments.all().stream().filter(x -> x.name().startsWith("delarsrapport-augusti-2025/delarsrapport-"))
                .findFirst().orElseThrow();
        // Word: the styles.
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(docx(e)))) {
            var defaults = docx.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
            assertEquals("21", defaults.getSzArray(0).getVal().toString(), "body 10.5 pt in half-points");
            assertEquals("Arial", defaults.getRFontsArray(0).getAscii());
            CTStyle h1 = docx.getStyles().getStyle("Heading1").getCTStyle();
            assertEquals("1F3864", h1.getRPr().getColorArray(0).xgetVal().getStringValue());
            CTPageMar mar = docx.getDocument().getBody().getSectPr().getPgMar();
            for (Object m : List.of(mar.getTop(), mar.getBottom(), mar.getLeft(), mar.getRight())) {
                assertEquals(25 * MM * 20, Double.parseDouble(m.toString()), 1, "25 mm margins");
            }
            String xml = docx.getDocument().xmlText();
            assertTrue(xml.contains("w:fill=\"DCE4EE\""), "table headers shaded DCE4EE");
        }
        // PDF: the text as drawn.
        try (PDDocument pd = Loader.loadPDF(new PdfRenderer().renderBytes(e.tree(), e.options()))) {
            Map<Float, Integer> sizes = new TreeMap<>();
            float[] left = {Float.MAX_VALUE};
            float[] lowest = {0};
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        sizes.merge(p.getFontSize(), 1, Integer::sum);
                        left[0] = Math.min(left[0], p.getXDirAdj());
                        if (!text.startsWith("Sida ") && !text.startsWith("Dnr ")) {
                            lowest[0] = Math.max(lowest[0], p.getYDirAdj());
                        }
                    }
                }
            };
            s.setStartPage(3);
            s.setEndPage(pd.getNumberOfPages());
            s.getText(pd);
            float body = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertEquals(10.5f, body, 0.01f, "the body size most text is set in");
            assertEquals(25 * MM, left[0], 0.6, "text starts at the 25 mm margin");
            assertTrue(lowest[0] <= 297 * MM - 25 * MM + 1, "no body text in the bottom margin: " + lowest[0]);
            String content = new String(new PdfRenderer().renderBytes(e.tree(), e.options()),
                    java.nio.charset.StandardCharsets.ISO_8859_1);
            // 1F3864 as PDF colour operands (31, 56, 100 / 255), DCE4EE likewise.
            assertTrue(content.contains("0.12157 0.21961 0.39216 rg"), "headings in 1F3864");
            assertTrue(content.contains("0.86275 0.89412 0.93333 rg"), "table headers shaded DCE4EE");
        }
    }

    @Test
    void theWordFileAsLibreOfficeLaysItOutHasThePdfsPages(@TempDir Path dir) throws Exception {
        String soffice = libreOffice();
        Map<String, String> differences = new TreeMap<>();
        Map<String, List<String>> pdfWords = new TreeMap<>();
        int n = 0;
        for (Example e : ExampleDocuments.all()) {
            String name = "doc" + (n++);
            Files.write(dir.resolve(name + ".docx"), docx(e));
            int pdfPages;
            try (PDDocument pd = Loader.loadPDF(new PdfRenderer().renderBytes(e.tree(), e.options()))) {
                pdfPages = pd.getNumberOfPages();
                pdfWords.put(name, wordsWithHyphenationJoined(new PDFTextStripper().getText(pd)));
            }
            differences.put(name, e.name() + "|" + pdfPages);
        }
        convert(soffice, dir, differences.keySet());
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> d : differences.entrySet()) {
            String[] parts = d.getValue().split("\\|");
            int pdfPages = Integer.parseInt(parts[1]);
            Path converted = dir.resolve(d.getKey() + ".pdf");
            assertTrue(Files.exists(converted), "LibreOffice converted " + parts[0]);
            try (PDDocument pd = Loader.loadPDF(converted.toFile())) {
                int wordPages = pd.getNumberOfPages();
                System.out.println("Sidor " + parts[0] + ": PDF " + pdfPages + ", Word (LibreOffice) " + wordPages);
                if (Math.abs(wordPages - pdfPages) > 1) {
                    wrong.add(parts[0] + ": PDF " + pdfPages + " pages, Word in LibreOffice " + wordPages);
                }
                Set<String> broken = new TreeSet<>(wordsWithHyphenationJoined(new PDFTextStripper().getText(pd)));
                broken.removeAll(pdfWords.get(d.getKey()));
                if (!broken.isEmpty()) {
                    wrong.add(parts[0] + ": LibreOffice breaks or changes words the PDF keeps whole: " + broken);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The words of a text: its runs of letters and digits (so "Åtgärder!E2" is two, "-5,7" two). */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[\\p{L}\\p{N}]+").matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /**
     * The words of a laid-out text, each word hyphenated at a line's end joined again (both programs
     * hyphenate at the soft hyphens, not always at the same one; a word broken without a hyphen
     * stays in pieces).
     */
    private static List<String> wordsWithHyphenationJoined(String text) {
        List<String> all = new ArrayList<>();
        String carry = null;
        for (String line : text.split("\\R")) {
            List<String> ws = words(line);
            if (carry != null && !ws.isEmpty()) {
                ws.set(0, carry + ws.getFirst());
            } else if (carry != null) {
                all.add(carry);
            }
            carry = null;
            String end = line.stripTrailing();
            if (!ws.isEmpty() && (end.endsWith("-") || end.endsWith("\u00ad"))
                    && Character.isLetter(end.charAt(Math.max(0, end.length() - 2)))) {
                carry = ws.removeLast();
            }
            all.addAll(ws);
        }
        if (carry != null) {
            all.add(carry);
        }
        return all;
    }

    private static byte[] docx(Example e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxRenderer().render(e.tree(), e.options(), out);
        return out.toByteArray();
    }

    /** The LibreOffice command, or a clear failure (under CI) or skip (elsewhere) without it. */
    private static String libreOffice() {
        for (String candidate : List.of("soffice", "libreoffice")) {
            for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
                if (Files.isExecutable(Path.of(dir, candidate))) {
                    return Path.of(dir, candidate).toString();
                }
            }
        }
        String message = "LibreOffice (soffice) saknas: Word-filernas sidbrytning kan inte jämföras med PDF:ens. "
                + "Installera paketet libreoffice-writer-nogui (.ci/run gör det).";
        if (System.getenv("CI") != null) {
            fail(message);
        }
        System.err.println("HOPPAR ÖVER: " + message);
        Assumptions.abort(message);
        return null;
    }

    private static void convert(String soffice, Path dir, Collection<String> names) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=file://" + dir.resolve("profile"),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString()));
        names.forEach(n -> cmd.add(dir.resolve(n + ".docx").toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail("LibreOffice did not finish converting in 5 minutes");
        }
    }
}
