package se.rapportverk.archive;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNameTree;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

/**
 * Reads the workbook a Rapportverk PDF carries as its source (a PDF/A-3 associated file with the
 * relationship Source), so that an archived PDF alone is enough to regenerate and verify it.
 */
public final class EmbeddedWorkbook {

    /**
     * An embedded file.
     *
     * @param name  its file name
     * @param bytes its content
     */
    public record Attachment(String name, byte[] bytes) {
    }

    private EmbeddedWorkbook() {
    }

    /**
     * The files a PDF embeds as its source.
     *
     * @param pdf the PDF's bytes
     * @return the embedded files with relationship Source (or, in a PDF without relationships, every
     *         embedded .xlsx), in the order of the PDF's name tree
     * @throws IOException when the bytes are not a readable PDF; the message is Swedish
     */
    public static List<Attachment> read(byte[] pdf) throws IOException {
        PdfReader reader;
        try {
            reader = new PdfReader(pdf);
        } catch (IOException | RuntimeException e) {
            throw new IOException("filen är ingen läsbar PDF");
        }
        try {
            List<Attachment> all = new ArrayList<>();
            List<Attachment> sources = new ArrayList<>();
            PdfDictionary names = (PdfDictionary) PdfReader.getPdfObject(reader.getCatalog().get(PdfName.NAMES));
            if (names == null) {
                return List.of();
            }
            PdfDictionary embedded = (PdfDictionary) PdfReader.getPdfObject(names.get(PdfName.EMBEDDEDFILES));
            if (embedded == null) {
                return List.of();
            }
            Map<String, PdfObject> tree = PdfNameTree.readTree(embedded);
            for (Map.Entry<String, PdfObject> e : new java.util.TreeMap<>(tree).entrySet()) {
                PdfDictionary spec = (PdfDictionary) PdfReader.getPdfObject(e.getValue());
                if (spec == null) {
                    continue;
                }
                PdfDictionary ef = (PdfDictionary) PdfReader.getPdfObject(spec.get(PdfName.EF));
                if (ef == null) {
                    continue;
                }
                PdfObject stream = PdfReader.getPdfObject(ef.get(PdfName.UF) != null ? ef.get(PdfName.UF) : ef.get(PdfName.F));
                if (!(stream instanceof PRStream prs)) {
                    continue;
                }
                String name = fileName(spec, e.getKey());
                Attachment a = new Attachment(name, PdfReader.getStreamBytes(prs));
                all.add(a);
                PdfObject relationship = PdfReader.getPdfObject(spec.get(new PdfName("AFRelationship")));
                if (new PdfName("Source").equals(relationship)) {
                    sources.add(a);
                }
            }
            if (!sources.isEmpty()) {
                return sources;
            }
            return all.stream().filter(a -> a.name().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")).toList();
        } finally {
            reader.close();
        }
    }

    private static String fileName(PdfDictionary spec, String key) {
        for (PdfName n : List.of(PdfName.UF, PdfName.F)) {
            PdfObject o = PdfReader.getPdfObject(spec.get(n));
            if (o instanceof PdfString s && !s.toUnicodeString().isBlank()) {
                String name = s.toUnicodeString().replace('\\', '/');
                return name.substring(name.lastIndexOf('/') + 1);
            }
        }
        return key;
    }

}
