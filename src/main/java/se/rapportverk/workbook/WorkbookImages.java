package se.rapportverk.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The pictures placed over a sheet's cells, read from the package: the sheet's drawing part
 * ({@code xl/drawings/drawingN.xml}, found through the sheet's relationships), each picture's anchor
 * (the cell its top left corner is in), the width it is shown at, and its image file
 * ({@code xl/media/…}, found through the drawing's relationships). What an image file is, is told by
 * its content, never by its name ({@link #probe}). Nothing is decoded here beyond the few bytes that
 * give a file's kind and size.
 */
final class WorkbookImages {

    /** The largest image file read, in bytes. */
    static final long MAX_BYTES = 10L << 20;
    /** The most pixels of an image on either side. */
    static final int MAX_SIDE = 10_000;
    /** The most pixels of an image in all. */
    static final long MAX_PIXELS = 40_000_000L;

    /** English Metric Units per point. */
    private static final double EMU_PER_POINT = 12_700;

    private WorkbookImages() {
    }

    /**
     * A picture placed over a sheet's cells.
     *
     * @param row         the row its top left corner is in (0-based); -1 when it is placed freely
     * @param name        its name in Excel ({@code Bild 3}), for messages
     * @param bytes       its image file, or null when it cannot be read (then {@code problem} says why)
     * @param problem     why its image file cannot be read, a Swedish sentence ending in what to do, for
     *                    the reader to report at the cell of the picture's row; null when it can
     * @param widthPoints the width it is shown at, in points; 0 when the drawing does not say
     * @param cropped     whether it is cropped in Excel
     * @param grouped     whether it is part of a group of shapes
     */
    record Placed(int row, String name, byte[] bytes, String problem, double widthPoints, boolean cropped,
                  boolean grouped) {
    }

    /** An image file as read, or why it could not be. */
    private record Loaded(byte[] bytes, String problem) {
        static Loaded problem(String why) {
            return new Loaded(null, why);
        }
    }

    /**
     * The pictures placed over the sheet's cells, in the drawing's order. A drawing that cannot be read
     * is reported with the sheet's name; a picture whose image file cannot be read has no bytes, and
     * its problem is for the caller to report where the picture stands.
     */
    static List<Placed> of(WorkbookFile file, String sheet, Diagnostics diagnostics) {
        Optional<String> part = file.part(sheet);
        if (part.isEmpty()) {
            return List.of();
        }
        XlsxPackage pkg = file.pkg();
        String sheetName = file.sheetName(sheet).orElse(sheet);
        try {
            String drawing = null;
            for (XlsxPackage.Relationship rel : pkg.relationships(part.get()).values()) {
                if (rel.type().equals("drawing") && !rel.external()) {
                    drawing = rel.target();
                    break;
                }
            }
            if (drawing == null || !pkg.has(drawing)) {
                return List.of();
            }
            Map<String, XlsxPackage.Relationship> media = pkg.relationships(drawing);
            List<Anchor> anchors;
            anchors = pkg.read(drawing, Limits.PART_BYTES, WorkbookImages::anchors);
            List<Placed> placed = new ArrayList<>();
            for (Anchor a : anchors) {
                Loaded image = bytes(pkg, media.get(a.embed));
                placed.add(new Placed(a.row, a.name, image.bytes(), image.problem(), a.cx / EMU_PER_POINT, a.cropped,
                        a.grouped));
            }
            return placed;
        } catch (XlsxPackage.PartException e) {
            diagnostics.error(sheetName, e.describe("bladets bilder (ritningen)"));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            diagnostics.error(sheetName, "bladets bilder (ritningen) går inte att läsa; filen är skadad. Öppna "
                    + "arbetsboken i Excel och spara den igen.");
        }
        return List.of();
    }

    /** The image file a picture's relationship leads to, or why it cannot be read. */
    private static Loaded bytes(XlsxPackage pkg, XlsxPackage.Relationship rel) throws IOException {
        if (rel == null) {
            return Loaded.problem("bildfilen saknas i arbetsboken; filen är skadad. Infoga bilden igen.");
        }
        if (rel.external()) {
            return Loaded.problem("bilden är länkad till en fil utanför arbetsboken (" + rel.target() + "); infoga "
                    + "bilden i stället (Infoga › Bilder › Placera över celler), så att den finns i arbetsboken");
        }
        if (!pkg.has(rel.target())) {
            return Loaded.problem("bildfilen (" + rel.target() + ") saknas i arbetsboken; filen är skadad. Infoga "
                    + "bilden igen.");
        }
        if (pkg.declaredSize(rel.target()) > MAX_BYTES) {
            return Loaded.problem("bildfilen är " + Limits.size(pkg.declaredSize(rel.target())) + "; Rapportverk "
                    + "tar bilder på högst " + Limits.size(MAX_BYTES) + ". Spara den mindre (färre pixlar, eller som "
                    + "JPEG om det är ett foto) och infoga den igen.");
        }
        try (InputStream in = pkg.open(rel.target(), MAX_BYTES)) {
            return new Loaded(in.readAllBytes(), null);
        }
    }

    /** A picture's anchor as the drawing has it. */
    private static final class Anchor {
        int row = -1;
        long cx;
        String name = "";
        String embed;
        boolean cropped;
        boolean grouped;
    }

    /** The pictures of a drawing, each with the anchor it stands in. */
    private static List<Anchor> anchors(XMLStreamReader r) throws XMLStreamException {
        List<Anchor> found = new ArrayList<>();
        while (SafeXml.nextStart(r)) {
            String name = r.getLocalName();
            if (name.equals("twoCellAnchor") || name.equals("oneCellAnchor") || name.equals("absoluteAnchor")) {
                anchor(r, found);
            }
        }
        return found;
    }

    /** One anchor, up to its end: its "from" cell, its extent, its pictures (also inside a group). */
    private static void anchor(XMLStreamReader r, List<Anchor> found) throws XMLStreamException {
        int row = -1;
        long anchorCx = 0;
        List<Anchor> pictures = new ArrayList<>();
        int depth = 1;
        int group = 0;
        while (depth > 0 && r.hasNext()) {
            int event = SafeXml.next(r);
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (r.getLocalName().equals("grpSp")) {
                    group--;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            switch (r.getLocalName()) {
                case "from" -> {
                    row = from(r);
                    depth--;
                }
                case "ext" -> {
                    if (depth == 2) {
                        anchorCx = number(SafeXml.attr(r, "cx"));
                    }
                }
                case "grpSp" -> group++;
                case "Choice" -> {
                    // Markup compatibility: the fallback that follows is read instead.
                    SafeXml.skip(r);
                    depth--;
                }
                case "pic" -> {
                    Anchor a = picture(r);
                    a.grouped = group > 0;
                    pictures.add(a);
                    depth--;
                }
                default -> {
                    // shapes, charts, client data: not pictures
                }
            }
        }
        for (Anchor a : pictures) {
            a.row = row;
            if (a.cx <= 0) {
                a.cx = anchorCx;
            }
            found.add(a);
        }
    }

    /** The row of an anchor's "from" cell, up to its end. */
    private static int from(XMLStreamReader r) throws XMLStreamException {
        int row = -1;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int event = SafeXml.next(r);
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("row")) {
                    String text = SafeXml.text(r, 20, "").text().strip();
                    row = text.matches("\\d{1,7}") ? Integer.parseInt(text) : -1;
                } else {
                    depth++;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return row;
    }

    /** One picture, up to its end: its name, its image's relationship, whether cropped, its width. */
    private static Anchor picture(XMLStreamReader r) throws XMLStreamException {
        Anchor a = new Anchor();
        int depth = 1;
        boolean inXfrm = false;
        while (depth > 0 && r.hasNext()) {
            int event = SafeXml.next(r);
            if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (r.getLocalName().equals("xfrm")) {
                    inXfrm = false;
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            depth++;
            switch (r.getLocalName()) {
                case "cNvPr" -> a.name = SafeXml.attr(r, "name") == null ? "" : SafeXml.attr(r, "name");
                case "blip" -> {
                    if (a.embed == null) {
                        a.embed = SafeXml.attr(r, "embed");
                    }
                }
                case "srcRect" -> {
                    for (String side : List.of("l", "t", "r", "b")) {
                        if (number(SafeXml.attr(r, side)) != 0) {
                            a.cropped = true;
                        }
                    }
                }
                case "xfrm" -> inXfrm = true;
                case "ext" -> {
                    if (inXfrm) {
                        a.cx = number(SafeXml.attr(r, "cx"));
                    }
                }
                case "extLst" -> {
                    // extensions (an SVG beside its PNG copy, effects): the blip's own image is the one used
                    SafeXml.skip(r);
                    depth--;
                }
                default -> {
                }
            }
        }
        return a;
    }

    private static long number(String value) {
        if (value == null || !value.strip().matches("-?\\d{1,15}")) {
            return 0;
        }
        return Long.parseLong(value.strip());
    }

    // ------------------------------------------------------------------ image files

    /**
     * What an image file is, by its first bytes: a PNG or JPEG that can be shown (with its size in
     * pixels), or why not.
     *
     * @param format   the format, or null when it cannot be used
     * @param widthPx  its width in pixels (0 when unknown)
     * @param heightPx its height in pixels (0 when unknown)
     * @param problem  why it cannot be used, a Swedish sentence ending in what to do; null when it can
     */
    record Probe(Bild.Format format, int widthPx, int heightPx, String problem) {
    }

    private static final String SAVE_AS = "spara bilden som PNG (diagram, figurer, skärmbilder) eller JPEG "
            + "(foton) och infoga den igen";

    /** What the image file is. */
    static Probe probe(byte[] b) {
        if (starts(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return png(b);
        }
        if (starts(b, 0xFF, 0xD8, 0xFF)) {
            return jpeg(b);
        }
        String kind = kind(b);
        return new Probe(null, 0, 0, kind == null
                ? "bildfilen är ingen bild som Rapportverk känner igen (en PNG eller en JPEG); " + SAVE_AS
                : "bilden är " + kind + ", som Rapportverk inte kan visa likadant i PDF, Word och webbläsare; "
                + SAVE_AS);
    }

    /** What an unsupported file is, in words; null when unknown. */
    private static String kind(byte[] b) {
        if (b.length >= 44 && starts(b, 0x01, 0x00, 0x00, 0x00) && b[40] == ' ' && b[41] == 'E' && b[42] == 'M'
                && b[43] == 'F') {
            return "en EMF-bild (en Windows-metafil)";
        }
        if (starts(b, 0xD7, 0xCD, 0xC6, 0x9A) || starts(b, 0x01, 0x00, 0x09, 0x00) || starts(b, 0x02, 0x00, 0x09, 0x00)) {
            return "en WMF-bild (en Windows-metafil)";
        }
        if (starts(b, 0x1F, 0x8B)) {
            return "en packad Windows-metafil (EMZ eller WMZ)";
        }
        String head = new String(b, 0, Math.min(b.length, 1024), StandardCharsets.ISO_8859_1).stripLeading();
        if (head.startsWith("<svg") || (head.startsWith("<?xml") || head.startsWith("<!--")) && head.contains("<svg")) {
            return "en SVG-bild (en SVG kan bära skript och länkar och ritas olika av olika program)";
        }
        if (starts(b, 'G', 'I', 'F', '8')) {
            return "en GIF-bild";
        }
        if (starts(b, 'B', 'M')) {
            return "en BMP-bild";
        }
        if (starts(b, 'I', 'I', '*', 0) || starts(b, 'M', 'M', 0, '*')) {
            return "en TIFF-bild";
        }
        if (b.length >= 12 && starts(b, 'R', 'I', 'F', 'F') && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "en WebP-bild";
        }
        if (b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') {
            return "en HEIC- eller AVIF-bild";
        }
        if (starts(b, 0, 0, 0, 0x0C, 'j', 'P')) {
            return "en JPEG 2000-bild";
        }
        return null;
    }

    private static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static Probe png(byte[] b) {
        if (b.length < 33 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            return damaged("PNG");
        }
        long w = uint32(b, 16);
        long h = uint32(b, 20);
        int depth = b[24] & 0xFF;
        int colour = b[25] & 0xFF;
        boolean valid = switch (colour) {
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case 2, 4, 6 -> depth == 8 || depth == 16;
            default -> false;
        };
        if (!valid || (b[26] & 0xFF) != 0 || (b[27] & 0xFF) != 0 || (b[28] & 0xFF) > 1) {
            return damaged("PNG");
        }
        return sized(Bild.Format.PNG, w, h);
    }

    private static Probe jpeg(byte[] b) {
        int at = 2;
        while (at + 4 <= b.length) {
            if ((b[at] & 0xFF) != 0xFF) {
                return damaged("JPEG");
            }
            int marker = b[at + 1] & 0xFF;
            if (marker == 0xFF) {
                at++;
                continue;
            }
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                at += 2;
                continue;
            }
            int length = ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
            if (length < 2) {
                return damaged("JPEG");
            }
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                if (at + 10 > b.length) {
                    return damaged("JPEG");
                }
                int h = ((b[at + 5] & 0xFF) << 8) | (b[at + 6] & 0xFF);
                int w = ((b[at + 7] & 0xFF) << 8) | (b[at + 8] & 0xFF);
                int components = b[at + 9] & 0xFF;
                if (marker > 0xC2) {
                    return new Probe(null, w, h, "bilden är en JPEG med en kodning (förlustfri eller aritmetisk) som "
                            + "PDF och Word inte visar; spara den som en vanlig JPEG eller som PNG och infoga den igen");
                }
                if (components == 4) {
                    return new Probe(null, w, h, "bilden är en JPEG i CMYK (för tryck), som inte kan visas med "
                            + "dokumentens färgprofil; spara den i RGB (som för skärm och webb), som JPEG eller PNG, "
                            + "och infoga den igen");
                }
                if (components != 1 && components != 3) {
                    return damaged("JPEG");
                }
                return sized(Bild.Format.JPEG, w, h);
            }
            if (marker == 0xD9 || marker == 0xDA) {
                break; // image data before any frame header
            }
            at += 2 + length;
        }
        return damaged("JPEG");
    }

    private static Probe sized(Bild.Format format, long w, long h) {
        if (w <= 0 || h <= 0) {
            return damaged(format == Bild.Format.PNG ? "PNG" : "JPEG");
        }
        if (w > MAX_SIDE || h > MAX_SIDE || w * h > MAX_PIXELS) {
            return new Probe(null, (int) Math.min(w, Integer.MAX_VALUE), (int) Math.min(h, Integer.MAX_VALUE),
                    "bilden är " + w + " × " + h + " pixlar; Rapportverk tar bilder på högst " + MAX_SIDE
                            + " pixlar på en sida och " + Limits.count(MAX_PIXELS / 1_000_000) + " miljoner pixlar i "
                            + "allt. Spara den mindre och infoga den igen.");
        }
        return new Probe(format, (int) w, (int) h, null);
    }

    private static Probe damaged(String format) {
        return new Probe(null, 0, 0, "bildfilen ser ut att vara en " + format + " men är skadad; " + SAVE_AS);
    }

    private static long uint32(byte[] b, int at) {
        return ((long) (b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }
}
