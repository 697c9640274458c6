package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF read back with PDFBox: the text of each page as lines (sorted by position, as a reader
 * sees them), the outline, the document properties and the embedded files. Everything is read
 * at once and the file closed.
 */
final class PdfDoc {

    /** An outline (bookmark) entry: its depth (1 = top), title and the 1-based page it opens. */
    record Bookmark(int level, String title, int page) {
    }

    /** An entry of the printed table of contents: its text and the page number it states. */
    record TocEntry(String title, int page) {
    }

    /** A file embedded in the PDF. */
    record Embedded(String name, String relationship, String subtype, byte[] bytes) {
    }

    private static final Pattern TOC_LINE = Pattern.compile("^(.+?)(?: \\.)+ ?\\.? (\\d+)$");

    final List<List<String>> pages = new ArrayList<>();
    final List<Bookmark> outline = new ArrayList<>();
    final Map<String, Embedded> embedded = new LinkedHashMap<>();
    final String title;
    final String author;
    final String subject;
    final String language;
    final boolean catalogHasAf;

    private PdfDoc(PDDocument pd, boolean text) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setLineSeparator("\n");
        for (int p = 1; text && p <= pd.getNumberOfPages(); p++) {
            stripper.setStartPage(p);
            stripper.setEndPage(p);
            List<String> lines = new ArrayList<>();
            for (String line : stripper.getText(pd).split("\n")) {
                if (!line.isBlank()) {
                    lines.add(line.strip());
                }
            }
            pages.add(lines);
        }
        if (pd.getDocumentCatalog().getDocumentOutline() != null) {
            collect(pd, pd.getDocumentCatalog().getDocumentOutline(), 1);
        }
        title = pd.getDocumentInformation().getTitle();
        author = pd.getDocumentInformation().getAuthor();
        subject = pd.getDocumentInformation().getSubject();
        language = pd.getDocumentCatalog().getLanguage();
        catalogHasAf = pd.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF")) != null;
        PDDocumentNameDictionary names = pd.getDocumentCatalog().getNames();
        if (names != null && names.getEmbeddedFiles() != null) {
            PDEmbeddedFilesNameTreeNode tree = names.getEmbeddedFiles();
            Map<String, PDComplexFileSpecification> specs = tree.getNames();
            if (specs != null) {
                for (PDComplexFileSpecification fs : specs.values()) {
                    var ef = fs.getEmbeddedFileUnicode() != null ? fs.getEmbeddedFileUnicode() : fs.getEmbeddedFile();
                    embedded.put(fs.getFileUnicode(), new Embedded(fs.getFileUnicode(),
                            fs.getCOSObject().getNameAsString(COSName.getPDFName("AFRelationship")),
                            ef.getSubtype(), ef.toByteArray()));
                }
            }
        }
    }

    private void collect(PDDocument pd, PDOutlineNode node, int level) throws IOException {
        for (PDOutlineItem item = node.getFirstChild(); item != null; item = item.getNextSibling()) {
            var page = item.findDestinationPage(pd);
            outline.add(new Bookmark(level, item.getTitle(), page == null ? -1 : pd.getPages().indexOf(page) + 1));
            collect(pd, item, level + 1);
        }
    }

    static PdfDoc read(byte[] pdf) {
        return read(pdf, true);
    }

    /** The PDF without its text (properties, outline and embedded files only), which is much faster. */
    static PdfDoc withoutText(byte[] pdf) {
        return read(pdf, false);
    }

    private static PdfDoc read(byte[] pdf, boolean text) {
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            return new PdfDoc(pd, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int pageCount() {
        return pages.size();
    }

    /** The lines of a 1-based page. */
    List<String> page(int page) {
        return pages.get(page - 1);
    }

    private List<String> lines;

    /** Every line of the document, in order. */
    List<String> lines() {
        if (lines == null) {
            lines = pages.stream().flatMap(List::stream).toList();
        }
        return lines;
    }

    /** The 1-based page on which a line equal to the text stands, looking from a page on; -1 if none. */
    int pageOfLine(String line, int fromPage) {
        for (int p = fromPage; p <= pages.size(); p++) {
            if (page(p).contains(line)) {
                return p;
            }
        }
        return -1;
    }

    /** The first page that has a line equal to the text; fails if there is none. */
    int pageOfLine(String line) {
        int p = pageOfLine(line, 1);
        assertTrue(p > 0, () -> "no line \"" + line + "\" in the PDF");
        return p;
    }

    /**
     * The whole text as one string with the running headers and footers of every page left out
     * and line breaks made spaces, so that a sentence reads the same wherever the page breaks.
     * No-break spaces are kept.
     *
     * @param header the running header line, left out where it is a page's first line
     */
    String body(String header) {
        StringBuilder sb = new StringBuilder();
        for (List<String> lines : pages) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if ((i == 0 && line.equals(header)) || (i == lines.size() - 1 && line.matches(".*Sida \\d+ av \\d+"))) {
                    continue;
                }
                sb.append(line).append(' ');
            }
        }
        return sb.toString().replaceAll(" +", " ").strip();
    }

    /** The entries of the printed table of contents (lines with dot leaders and a page number). */
    List<TocEntry> toc() {
        List<TocEntry> entries = new ArrayList<>();
        for (List<String> lines : pages) {
            for (String line : lines) {
                Matcher m = TOC_LINE.matcher(line);
                if (line.contains(". .") && m.matches()) {
                    entries.add(new TocEntry(m.group(1).strip(), Integer.parseInt(m.group(2))));
                }
            }
        }
        return entries;
    }

    /**
     * The index in {@link #lines()} of the table row with this label and these figures: a line
     * that ends with the figures (separated by spaces) and begins with the label, or with its first
     * words when the label wraps onto a second line. Fails if there is none.
     */
    int rowIndex(String label, List<String> figures) {
        return rowIndex(label, figures, 0);
    }

    /** As {@link #rowIndex(String, List)}, looking from a line index on. */
    int rowIndex(String label, List<String> figures, int from) {
        List<String> all = lines();
        String tail = String.join(" ", figures);
        for (int i = from; i < all.size(); i++) {
            String line = all.get(i);
            if (line.equals(label + " " + tail)) {
                return i;
            }
            if (line.endsWith(" " + tail)) {
                String head = line.substring(0, line.length() - tail.length()).strip();
                if (!head.isEmpty() && label.startsWith(head + " ")) {
                    // The rest of the label stands on the following lines.
                    String rest = label.substring(head.length()).strip();
                    StringBuilder next = new StringBuilder();
                    for (int j = i + 1; j < all.size() && next.length() < rest.length(); j++) {
                        next.append(next.isEmpty() ? "" : " ").append(all.get(j));
                    }
                    if (next.toString().equals(rest)) {
                        return i;
                    }
                }
            }
        }
        throw new AssertionError("no table row \"" + label + "\" with " + figures + " after line " + from
                + "; lines starting so: " + all.stream().filter(l -> l.startsWith(label.split(" ")[0])).toList());
    }

    /** The last line of a page (the footer, where there is one). */
    String lastLine(int page) {
        List<String> lines = page(page);
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }
}
