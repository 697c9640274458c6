package se.rapportverk.archive;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.openpdf.text.pdf.PRStream;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNameTree;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;


/**
 * Reads the workbook a Rapportverk PDF carries as its source (a PDF/A-3 associated file), so that
 * an archived PDF alone is enough to regenerate and verify it.
 *
 * <p>A PDF is someone else's file: it is read only as far as the limits in {@link ArchiveLimits}
 * allow, and it must look exactly as Rapportverk writes it: one embedded file, of the workbook's
 * MIME type, uncompressed or Flate-compressed, holding a whole .xlsx (zip) file, under a plain file
 * name. The name the PDF gives is reported but never used as a path: {@link #extractedName} chooses
 * the name the workbook is written under.
 */
public final class EmbeddedWorkbook {

    /** The MIME type of an .xlsx workbook, as the embedded file declares it. */
    public static final String XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * The embedded workbook.
     *
     * @param originalName the file name the PDF gives it (the workbook's name when the PDF was made),
     *                     shown to the user but never used as a path
     * @param bytes        its content
     */
    public record Attachment(String originalName, byte[] bytes) {
    }

    /** A PDF that does not carry a workbook Rapportverk can take out; the message is Swedish. */
    public static final class UnusablePdf extends IOException {
        private static final long serialVersionUID = 1L;

        UnusablePdf(String message) {
            super(message);
        }
    }

    private static final PdfName AF_RELATIONSHIP = new PdfName("AFRelationship");
    /** The settings file of a house style, by which a PDF's house style is known. */
    static final String HOUSE_STYLE_SETTINGS = se.rapportverk.husstil.Husstil.SETTINGS;
    private static final PdfName PARAMS_SIZE = new PdfName("Size");

    private EmbeddedWorkbook() {
    }

    /**
     * The name Rapportverk writes the workbook of a PDF under: the PDF's own file name (which the
     * user chose, not the PDF) made plain, with {@code -arbetsbok.xlsx}:
     * {@code delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf} →
     * {@code delarsrapport-vard-och-omsorgsnamnden-2025-08-arbetsbok.xlsx}.
     */
    public static String extractedName(String pdfFileName) {
        String base = pdfFileName;
        int dot = base.lastIndexOf('.');
        if (dot > 0) {
            base = base.substring(0, dot);
        }
        String slug = Manifest.slug(base);
        if (slug.length() > 100) {
            slug = slug.substring(0, 100).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "arbetsbok.xlsx" : slug + "-arbetsbok.xlsx";
    }

    /**
     * The workbook a PDF embeds.
     *
     * @param pdf the PDF's bytes (at most {@link ArchiveLimits#MAX_PDF_BYTES})
     * @throws UnusablePdf when the bytes are not a PDF carrying exactly one whole workbook within the
     *                     limits; the message is Swedish
     */
    public static Attachment read(byte[] pdf) throws UnusablePdf {
        return readAll(pdf).workbook();
    }

    /**
     * What a PDF carries: its workbook, and the files of the house style it was made in (empty for
     * the standard house style, which a PDF does not carry).
     *
     * @param workbook the workbook
     * @param husstil  the house style's files by name, as the PDF carries them (Rapportverk's own
     *                 files, such as the standard font, are not among them)
     */
    public record Contents(Attachment workbook, Map<String, byte[]> husstil) {
    }

    /**
     * The workbook and house style a PDF embeds.
     *
     * @throws UnusablePdf as {@link #read}
     */
    public static Contents readAll(byte[] pdf) throws UnusablePdf {
        if (pdf.length == 0) {
            throw new UnusablePdf("filen är tom");
        }
        if (pdf.length > ArchiveLimits.MAX_PDF_BYTES) {
            throw new UnusablePdf("filen är större än gränsen för en PDF, " + ArchiveLimits.describe(ArchiveLimits.MAX_PDF_BYTES));
        }
        if (!startsAsPdf(pdf)) {
            throw new UnusablePdf("filen är ingen PDF");
        }
        PdfReader reader;
        try {
            reader = new PdfReader(pdf);
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new UnusablePdf("filen är ingen läsbar PDF (den är skadad eller avkortad)");
        }
        try {
            if (reader.isEncrypted()) {
                throw new UnusablePdf("PDF:en är krypterad; en PDF från Rapportverk är aldrig det");
            }
            return attachment(reader);
        } catch (RuntimeException | StackOverflowError e) {
            throw new UnusablePdf("PDF:ens inbäddade filer kunde inte läsas (PDF:en är skadad)");
        } finally {
            reader.close();
        }
    }

    private static boolean startsAsPdf(byte[] pdf) {
        byte[] magic = "%PDF-".getBytes(StandardCharsets.US_ASCII);
        int searchTo = Math.min(pdf.length - magic.length, 1024); // the header may follow some bytes
        outer:
        for (int at = 0; at <= searchTo; at++) {
            for (int i = 0; i < magic.length; i++) {
                if (pdf[at + i] != magic[i]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static Contents attachment(PdfReader reader) throws UnusablePdf {
        PdfDictionary names = asDictionary(reader.getCatalog().get(PdfName.NAMES));
        PdfDictionary embedded = names == null ? null : asDictionary(names.get(PdfName.EMBEDDEDFILES));
        Map<String, PdfObject> tree = embedded == null ? Map.of() : new TreeMap<>(PdfNameTree.readTree(embedded));
        if (tree.isEmpty()) {
            throw new UnusablePdf("PDF:en bär ingen inbäddad arbetsbok; den är inte gjord av Rapportverk, eller "
                    + "arbetsboken har tagits bort ur den");
        }
        if (tree.size() > 1) {
            return withHouseStyle(tree);
        }
        return new Contents(workbook(tree.entrySet().iterator().next()), Map.of());
    }

    /**
     * The workbook and the house style's files, when a PDF carries more than the workbook: the
     * files of a house style ({@value #HOUSE_STYLE_SETTINGS} and the logo and fonts it names) may
     * travel beside it. Anything else is refused as before.
     */
    private static Contents withHouseStyle(Map<String, PdfObject> tree) throws UnusablePdf {
        UnusablePdf tooMany = new UnusablePdf("PDF:en bär " + tree.size() + " inbäddade filer; en PDF från Rapportverk "
                + "bär bara arbetsboken den gjordes av, så Rapportverk vet inte vilken som är arbetsboken");
        List<Map.Entry<String, PdfObject>> workbooks = new ArrayList<>();
        Map<String, PRStream> others = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, PdfObject> e : tree.entrySet()) {
            PdfDictionary spec = spec(e);
            String name = plainName(spec, e.getKey());
            PRStream stream = stream(spec, name);
            if (XLSX_MIME.equals(mime(stream))) {
                workbooks.add(e);
            } else if (others.put(name, stream) != null) {
                throw tooMany;
            }
        }
        if (workbooks.size() != 1 || !others.containsKey(HOUSE_STYLE_SETTINGS)) {
            throw tooMany;
        }
        Attachment workbook = workbook(workbooks.get(0));
        Map<String, byte[]> style = new java.util.LinkedHashMap<>();
        long total = 0;
        for (Map.Entry<String, PRStream> o : others.entrySet()) {
            byte[] bytes = content(o.getValue(), o.getKey());
            total += bytes.length;
            if (total > ArchiveLimits.MAX_WORKBOOK_BYTES) {
                throw new UnusablePdf("den inbäddade husstilen är större än gränsen "
                        + ArchiveLimits.describe(ArchiveLimits.MAX_WORKBOOK_BYTES) + " och tas inte ut");
            }
            style.put(o.getKey(), bytes);
        }
        return new Contents(workbook, style);
    }

    private static PdfDictionary spec(Map.Entry<String, PdfObject> entry) throws UnusablePdf {
        PdfDictionary spec = asDictionary(entry.getValue());
        if (spec == null) {
            throw new UnusablePdf("PDF:ens inbäddade fil saknar beskrivning (PDF:en är skadad)");
        }
        return spec;
    }

    /** The file's name, which must be a plain file name: a PDF from Rapportverk never gives another. */
    private static String plainName(PdfDictionary spec, String key) throws UnusablePdf {
        String name = fileName(spec, key);
        if (!Archived.isPlainName(name)) {
            throw new UnusablePdf("PDF:en anger ett namn för den inbäddade filen som inte är ett vanligt filnamn ("
                    + shown(name) + "); en PDF från Rapportverk gör aldrig det, så filen tas inte ut");
        }
        return name;
    }

    private static PRStream stream(PdfDictionary spec, String name) throws UnusablePdf {
        PdfDictionary ef = asDictionary(spec.get(PdfName.EF));
        PdfObject streamObject = ef == null ? null
                : PdfReader.getPdfObject(ef.get(PdfName.UF) != null ? ef.get(PdfName.UF) : ef.get(PdfName.F));
        if (!(streamObject instanceof PRStream stream)) {
            throw new UnusablePdf("PDF:ens inbäddade fil " + shown(name) + " saknar innehåll");
        }
        return stream;
    }

    private static String mime(PRStream stream) {
        PdfObject subtype = PdfReader.getPdfObject(stream.get(PdfName.SUBTYPE));
        return subtype instanceof PdfName n ? PdfName.decodeName(n.toString()) : null;
    }

    /** The workbook of one entry of the embedded files, checked as Rapportverk writes it. */
    private static Attachment workbook(Map.Entry<String, PdfObject> only) throws UnusablePdf {
        PdfDictionary spec = spec(only);
        String name = plainName(spec, only.getKey());
        PdfObject relationship = PdfReader.getPdfObject(spec.get(AF_RELATIONSHIP));
        if (relationship != null && !new PdfName("Source").equals(relationship)) {
            throw new UnusablePdf("PDF:ens inbäddade fil " + shown(name) + " är inte dokumentets källa "
                    + "(AFRelationship " + PdfName.decodeName(relationship.toString()) + ", inte Source)");
        }
        PRStream stream = stream(spec, name);
        PdfObject subtype = PdfReader.getPdfObject(stream.get(PdfName.SUBTYPE));
        String mime = subtype instanceof PdfName n ? PdfName.decodeName(n.toString()) : null;
        if (!XLSX_MIME.equals(mime)) {
            throw new UnusablePdf("PDF:ens inbäddade fil " + shown(name) + " är ingen Excel-arbetsbok: "
                    + (mime == null ? "den saknar MIME-typ" : "MIME-typen är " + shown(mime)) + ", inte " + XLSX_MIME);
        }
        PdfDictionary params = asDictionary(stream.get(PdfName.PARAMS));
        PdfObject declared = params == null ? null : PdfReader.getPdfObject(params.get(PARAMS_SIZE));
        if (declared instanceof PdfNumber size && size.doubleValue() > ArchiveLimits.MAX_WORKBOOK_BYTES) {
            throw tooLarge();
        }
        byte[] bytes = content(stream, name);
        if (!isWholeZip(bytes)) {
            throw new UnusablePdf("PDF:ens inbäddade fil " + shown(name) + " är ingen hel Excel-arbetsbok "
                    + "(den är skadad eller avkortad)");
        }
        return new Attachment(name, bytes);
    }

    private static UnusablePdf tooLarge() {
        return new UnusablePdf("den inbäddade arbetsboken är större än gränsen "
                + ArchiveLimits.describe(ArchiveLimits.MAX_WORKBOOK_BYTES) + " och tas inte ut");
    }

    /** The stream's bytes: stored as they are, or Flate-compressed, never inflated beyond the limit. */
    private static byte[] content(PRStream stream, String name) throws UnusablePdf {
        PdfObject filter = PdfReader.getPdfObject(stream.get(PdfName.FILTER));
        List<PdfName> filters = new ArrayList<>();
        if (filter instanceof PdfName n) {
            filters.add(n);
        } else if (filter instanceof PdfArray a) {
            for (int i = 0; i < a.size(); i++) {
                if (PdfReader.getPdfObject(a.getPdfObject(i)) instanceof PdfName n) {
                    filters.add(n);
                } else {
                    filters.add(new PdfName("?"));
                }
            }
        } else if (filter != null) {
            filters.add(new PdfName("?"));
        }
        boolean flate = filters.equals(List.of(PdfName.FLATEDECODE));
        if (!filters.isEmpty() && !flate || stream.get(PdfName.DECODEPARMS) != null) {
            throw new UnusablePdf("PDF:ens inbäddade fil " + shown(name) + " är kodad på ett sätt som Rapportverk "
                    + "inte skriver och inte läser (" + (filters.isEmpty() ? "DecodeParms" : filters.stream()
                    .map(f -> PdfName.decodeName(f.toString())).reduce((a, b) -> a + ", " + b).orElse("")) + ")");
        }
        byte[] raw;
        try {
            raw = PdfReader.getStreamBytesRaw(stream);
        } catch (IOException | RuntimeException e) {
            throw new UnusablePdf("PDF:ens inbäddade fil " + shown(name) + " kunde inte läsas (PDF:en är skadad "
                    + "eller avkortad)");
        }
        if (!flate) {
            if (raw.length > ArchiveLimits.MAX_WORKBOOK_BYTES) {
                throw tooLarge();
            }
            return raw;
        }
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(raw);
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(raw.length * 2, 1 << 20));
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new UnusablePdf("PDF:ens inbäddade fil " + shown(name) + " är avkortad");
                }
                if (out.size() + (long) n > ArchiveLimits.MAX_WORKBOOK_BYTES) {
                    throw tooLarge();
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new UnusablePdf("PDF:ens inbäddade fil " + shown(name) + " är skadad (komprimeringen går inte att "
                    + "packa upp)");
        } finally {
            inflater.end();
        }
    }

    /** Whether the bytes are a zip file (as .xlsx files are) with its closing directory: not cut short. */
    private static boolean isWholeZip(byte[] b) {
        if (b.length < 22 || b[0] != 'P' || b[1] != 'K' || b[2] != 3 || b[3] != 4) {
            return false;
        }
        int from = Math.max(0, b.length - 22 - 0xFFFF);
        for (int i = b.length - 22; i >= from; i--) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 5 && b[i + 3] == 6) {
                return true;
            }
        }
        return false;
    }

    private static PdfDictionary asDictionary(PdfObject o) {
        return PdfReader.getPdfObject(o) instanceof PdfDictionary d ? d : null;
    }

    private static String fileName(PdfDictionary spec, String key) {
        for (PdfName n : List.of(PdfName.UF, PdfName.F)) {
            PdfObject o = PdfReader.getPdfObject(spec.get(n));
            if (o instanceof PdfString s && !s.toUnicodeString().isBlank()) {
                return s.toUnicodeString();
            }
        }
        return key;
    }

    /** A name from the PDF as it may be shown: quoted, without control characters, at most 80 characters. */
    public static String shown(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().limit(80).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                sb.append(String.format(Locale.ROOT, "\\u%04X", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        if (text.codePointCount(0, text.length()) > 80) {
            sb.append('…');
        }
        return sb.append('"').toString();
    }
}
