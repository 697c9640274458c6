package se.rapportverk.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The figures of a tagged PDF read back with PDFBox: every Figure structure element in reading
 * order, with its alternative text and the text drawn in its marked content, split into the
 * labels it was drawn as (a label ends where the next character does not follow on the same line).
 */
final class PdfFigures {

    /**
     * A figure.
     *
     * @param page   its 1-based page
     * @param alt    its /Alt
     * @param labels the texts drawn in it, in drawing order
     */
    record Figure(int page, String alt, List<String> labels) {
    }

    private PdfFigures() {
    }

    static List<Figure> read(byte[] pdf) {
        try (PDDocument pd = Loader.loadPDF(pdf)) {
            List<PDStructureElement> figures = new ArrayList<>();
            collect(pd.getDocumentCatalog().getStructureTreeRoot(), figures);
            Map<PDPage, Map<Integer, List<TextPosition>>> byPage = new HashMap<>();
            List<Figure> out = new ArrayList<>();
            for (PDStructureElement f : figures) {
                PDPage page = f.getPage();
                List<TextPosition> text = new ArrayList<>();
                for (Object kid : f.getKids()) {
                    Integer mcid = kid instanceof Integer i ? i : kid instanceof PDMarkedContentReference r ? r.getMCID() : null;
                    PDPage kidPage = kid instanceof PDMarkedContentReference r && r.getPage() != null ? r.getPage() : page;
                    if (mcid == null || kidPage == null) {
                        continue;
                    }
                    Map<Integer, List<TextPosition>> contents = byPage.computeIfAbsent(kidPage, PdfFigures::contents);
                    text.addAll(contents.getOrDefault(mcid, List.of()));
                }
                out.add(new Figure(pd.getPages().indexOf(page) + 1, f.getAlternateDescription(), labels(text)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void collect(PDStructureNode node, List<PDStructureElement> figures) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    figures.add(e);
                } else {
                    collect(e, figures);
                }
            }
        }
    }

    /** The text of each marked content sequence of a page, by MCID. */
    private static Map<Integer, List<TextPosition>> contents(PDPage page) {
        Map<Integer, List<TextPosition>> m = new HashMap<>();
        try {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.addOperator(new BeginMarkedContentSequence(extractor));
            extractor.processPage(page);
            for (PDMarkedContent mc : extractor.getMarkedContents()) {
                add(mc, m, mc.getMCID());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }

    private static void add(PDMarkedContent mc, Map<Integer, List<TextPosition>> m, int mcid) {
        for (Object o : mc.getContents()) {
            if (o instanceof TextPosition t && mcid >= 0) {
                m.computeIfAbsent(mcid, k -> new ArrayList<>()).add(t);
            } else if (o instanceof PDMarkedContent inner) {
                add(inner, m, inner.getMCID() >= 0 ? inner.getMCID() : mcid);
            }
        }
    }

    /** Characters joined into labels: a new label where a character does not follow the last on its line. */
    private static List<String> labels(List<TextPosition> text) {
        List<String> labels = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        TextPosition last = null;
        for (TextPosition t : text) {
            boolean follows = last != null && Math.abs(t.getYDirAdj() - last.getYDirAdj()) < 0.5f
                    && Math.abs(t.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj())) < 0.8f;
            if (!follows && !current.isEmpty()) {
                labels.add(current.toString());
                current.setLength(0);
            }
            current.append(t.getUnicode());
            last = t;
        }
        if (!current.isEmpty()) {
            labels.add(current.toString());
        }
        return labels;
    }
}
