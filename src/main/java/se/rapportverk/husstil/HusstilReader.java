package se.rapportverk.husstil;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.openpdf.text.DocumentException;
import org.openpdf.text.pdf.BaseFont;

import se.rapportverk.husstil.Husstil.CoverElement;
import se.rapportverk.husstil.Husstil.LetterheadElement;

/**
 * Reads a house style: {@value Husstil#SETTINGS} and the logo and font files it names, from a
 * folder or (for {@code extract}) from the files a PDF carries. Every value is checked, and
 * everything that is wrong is told in Swedish with the file and line: a missing file, a line that
 * is not a setting, an unknown key (with the nearest one), a colour that is not a colour, a margin
 * out of range, a logo that is not a PNG, a font that lacks the letters Swedish text needs.
 *
 * <p>A setting the file leaves out has Rapportverk's standard value (the standard settings file is
 * the one place the standard values are written); a file it names in such a value is read from the
 * folder when it is there, else Rapportverk's own is used.
 */
public final class HusstilReader {

    /** The largest settings file read. */
    static final long MAX_SETTINGS_BYTES = 1024 * 1024;
    /** The largest logo file read. */
    static final long MAX_LOGO_BYTES = 10L * 1024 * 1024;
    /** The largest font file read. */
    static final long MAX_FONT_BYTES = 32L * 1024 * 1024;
    /** The widest and tallest logo, in pixels (about 500 mm at 300 dpi). */
    static final int MAX_LOGO_PIXELS = 6000;
    /** The narrowest text column the margins may leave, in millimetres. */
    static final double MIN_TEXT_WIDTH = 100;
    /** The page width, A4, in millimetres. */
    static final double PAGE_WIDTH = 210;
    /** Room between a header logo and the body text, in millimetres (the rule and its spacing). */
    static final double HEADER_ROOM = 3;

    /**
     * The characters every font must have: the Latin letters and digits, the punctuation of
     * numbers and amounts, the Swedish letters, é, the en dash and the minus sign, and the no-break
     * space that Swedish numbers are written with.
     */
    public static final String REQUIRED_CHARACTERS =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789 .,:;!?%()-/+&\"'"
                    + "ÅÄÖåäöé\u2013\u2212\u00A0";

    /** Rapportverk's own files, by the name they have in a house style folder, with their resource. */
    private static final Map<String, String> BUILT_IN = builtIn();
    /** Files {@code rapportverk husstil} writes beside the house style that are no part of it. */
    private static final Map<String, String> COMPANIONS = Map.of("LiberationSans-LICENSE.txt", "/liberation/LICENSE");

    private static Map<String, String> builtIn() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(Husstil.SETTINGS, "/husstil/husstil.ini");
        m.put("logotyp.png", "/husstil/logotyp.png");
        for (String face : List.of("Regular", "Bold", "Italic", "BoldItalic")) {
            m.put("LiberationSans-" + face + ".ttf", "/liberation/LiberationSans-" + face + ".ttf");
        }
        return m;
    }

    private static Husstil standard;
    private static SettingsFile standardSettings;

    private HusstilReader() {
    }

    /** Where the files of a house style are read from. */
    private interface Source {
        /** The bytes of the named file, or {@code null} when there is none. */
        byte[] read(String name, long limit) throws HusstilException;

        /** How messages name the file. */
        String describe(String name);

        /** How messages name the house style. */
        String where();
    }

    /**
     * Reads the house style in a folder.
     *
     * @throws HusstilException when it cannot be used; the message is Swedish and names the file and line
     */
    public static Husstil read(Path folder) throws HusstilException {
        if (!Files.exists(folder)) {
            throw new HusstilException(folder + ": mappen finns inte. Skapa en husstil med \"rapportverk husstil "
                    + folder + "\".");
        }
        if (!Files.isDirectory(folder)) {
            throw new HusstilException(folder + ": är en fil, inte en mapp; --husstil tar mappen som "
                    + Husstil.SETTINGS + " ligger i");
        }
        return build(new FolderSource(folder), false);
    }

    /**
     * Reads a house style from files given by name: those a PDF carries. A file the settings name
     * that is not among them is Rapportverk's own file of that name, when there is one.
     *
     * @param where how messages name the place, such as the PDF
     */
    public static Husstil read(String where, Map<String, byte[]> files) throws HusstilException {
        return build(new MapSource(where, files), false);
    }

    /** Rapportverk's own house style. */
    static synchronized Husstil standard() {
        if (standard == null) {
            try {
                standard = build(new MapSource("den inbyggda husstilen", Map.of()), true);
            } catch (HusstilException e) {
                throw new IllegalStateException("the built-in house style is broken: " + e.getMessage(), e);
            }
        }
        return standard;
    }

    /**
     * The files of the standard house style, as {@code rapportverk husstil} writes them: the
     * settings, the logo, the fonts and the fonts' licence.
     */
    public static Map<String, byte[]> standardFiles() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        BUILT_IN.forEach((name, resource) -> files.put(name, resource(resource)));
        COMPANIONS.forEach((name, resource) -> files.put(name, resource(resource)));
        return files;
    }

    /**
     * What a folder of the house style holds: its files (Rapportverk's own where the house style
     * uses them), and the licence of the standard fonts when it uses them.
     */
    public static Map<String, byte[]> folderFiles(Husstil husstil) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        boolean liberation = false;
        for (Husstil.File f : husstil.files()) {
            files.put(f.name(), f.bytes());
            liberation |= f.builtIn() && f.name().startsWith("LiberationSans-");
        }
        if (liberation) {
            COMPANIONS.forEach((name, resource) -> files.putIfAbsent(name, resource(resource)));
        }
        return files;
    }

    /** Rapportverk's own file of the name, or {@code null}. */
    public static byte[] builtInFile(String name) {
        String resource = BUILT_IN.get(name);
        return resource == null ? null : resource(resource);
    }

    private static byte[] resource(String resource) {
        try (InputStream in = HusstilReader.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized SettingsFile standardSettings() throws HusstilException {
        if (standardSettings == null) {
            standardSettings = SettingsFile.parse("den inbyggda " + Husstil.SETTINGS, builtInFile(Husstil.SETTINGS));
        }
        return standardSettings;
    }

    // ------------------------------------------------------------------ reading

    /** A value and where it was written: in the folder's file, or the standard one. */
    private record Value(SettingsFile.Entry entry, SettingsFile file, boolean given) {
        String text() {
            return entry.value();
        }

        String at() {
            return file.at(entry.line());
        }
    }

    private static Husstil build(Source source, boolean isStandard) throws HusstilException {
        byte[] ini = source.read(Husstil.SETTINGS, MAX_SETTINGS_BYTES);
        if (ini == null) {
            throw new HusstilException(source.describe(Husstil.SETTINGS) + ": filen finns inte; en husstil är en mapp "
                    + "med filen " + Husstil.SETTINGS + ". Skapa en med \"rapportverk husstil MAPP\".");
        }
        SettingsFile own = SettingsFile.parse(source.describe(Husstil.SETTINGS), ini);
        SettingsFile base = isStandard ? own : standardSettings();
        Map<Setting, Value> values = new EnumMap<>(Setting.class);
        for (Setting s : Setting.values()) {
            SettingsFile.Entry e = own.entries().get(s);
            if (e != null) {
                values.put(s, new Value(e, own, true));
            } else {
                SettingsFile.Entry d = base.entries().get(s);
                if (d == null) {
                    throw new IllegalStateException("the standard settings lack " + s.display());
                }
                values.put(s, new Value(d, base, false));
            }
        }
        Reader reader = new Reader(source, values, isStandard);
        return reader.husstil(ini);
    }

    /** One reading of one house style. */
    private static final class Reader {
        private final Source source;
        private final Map<Setting, Value> values;
        private final boolean isStandard;
        private final Map<String, Husstil.File> files = new LinkedHashMap<>();

        Reader(Source source, Map<Setting, Value> values, boolean isStandard) {
            this.source = source;
            this.values = values;
            this.isStandard = isStandard;
        }

        Husstil husstil(byte[] ini) throws HusstilException {
            files.put(Husstil.SETTINGS, new Husstil.File(Husstil.SETTINGS, ini, isStandard));
            Husstil.Colours colours = new Husstil.Colours(colour(Setting.COLOUR_TEXT), colour(Setting.COLOUR_HEADING),
                    colour(Setting.COLOUR_SUBHEADING), colour(Setting.COLOUR_ACCENT),
                    colour(Setting.COLOUR_TABLE_HEADER), colour(Setting.COLOUR_TABLE_HEADER_TEXT),
                    colour(Setting.COLOUR_TABLE_GROUP), colour(Setting.COLOUR_TABLE_RULE),
                    colour(Setting.COLOUR_TOTAL_RULE), colour(Setting.COLOUR_RUNNING),
                    List.of(colour(Setting.COLOUR_CHART_1), colour(Setting.COLOUR_CHART_2),
                            colour(Setting.COLOUR_CHART_3), colour(Setting.COLOUR_CHART_4)));
            Husstil.Margins margins = margins();
            Husstil.Logo logo = logo();
            Husstil.Fonts fonts = fonts();
            Husstil.Cover cover = cover(logo, margins);
            Husstil.Letterhead letterhead = letterhead(logo, margins);
            Husstil.PageHeader header = pageHeader(logo, margins);
            return new Husstil(isStandard, source.where(), colours, margins, logo, fonts, cover, letterhead, header,
                    new ArrayList<>(files.values()));
        }

        private Value value(Setting s) {
            return values.get(s);
        }

        private HusstilException wrong(Setting s, String reason) {
            Value v = value(s);
            return new HusstilException(v.at() + s.display() + ": " + reason);
        }

        private Color colour(Setting s) throws HusstilException {
            try {
                return Values.colour(value(s).text());
            } catch (IllegalArgumentException e) {
                throw wrong(s, e.getMessage());
            }
        }

        private double length(Setting s) throws HusstilException {
            try {
                return Values.length(value(s).text(), s);
            } catch (IllegalArgumentException e) {
                throw wrong(s, e.getMessage());
            }
        }

        private boolean yesNo(Setting s) throws HusstilException {
            try {
                return Values.yesNo(value(s).text());
            } catch (IllegalArgumentException e) {
                throw wrong(s, e.getMessage());
            }
        }

        private <E extends Enum<E>> List<E> list(Setting s, Class<E> type, java.util.function.Function<E, String> word)
                throws HusstilException {
            try {
                return Values.list(value(s).text(), type, word);
            } catch (IllegalArgumentException e) {
                throw wrong(s, e.getMessage());
            }
        }

        private Husstil.Margins margins() throws HusstilException {
            Husstil.Margins m = new Husstil.Margins(length(Setting.MARGIN_LEFT), length(Setting.MARGIN_RIGHT),
                    length(Setting.MARGIN_TOP), length(Setting.MARGIN_BOTTOM));
            double text = PAGE_WIDTH - m.left() - m.right();
            if (text < MIN_TEXT_WIDTH) {
                Setting blamed = value(Setting.MARGIN_RIGHT).given() ? Setting.MARGIN_RIGHT : Setting.MARGIN_LEFT;
                throw wrong(blamed, "vänster och höger marginal (" + Values.millimetres(m.left()) + " och "
                        + Values.millimetres(m.right()) + ") lämnar bara " + Values.millimetres(text)
                        + " för texten; de får vara högst " + Values.millimetres(PAGE_WIDTH - MIN_TEXT_WIDTH)
                        + " tillsammans");
            }
            return m;
        }

        /** The named file's bytes: from the source, or Rapportverk's own when the name is a standard value. */
        private byte[] file(Setting s, long limit, String what) throws HusstilException {
            Value v = value(s);
            String name = v.text().strip();
            if (!isPlainName(name)) {
                throw wrong(s, "\"" + name + "\" är inget filnamn i husstilens mapp; skriv bara filens namn, till "
                        + "exempel " + what + ", och lägg filen bredvid " + Husstil.SETTINGS);
            }
            Husstil.File known = files.get(name);
            if (known != null) {
                return known.bytes();
            }
            byte[] bytes = source.read(name, limit);
            if (bytes == null && !v.given()) {
                bytes = builtInFile(name);
            }
            if (bytes == null) {
                throw wrong(s, "filen \"" + name + "\" finns inte (" + source.describe(name) + ")");
            }
            if (bytes.length > limit) {
                throw wrong(s, "filen \"" + name + "\" är större än gränsen " + (limit / (1024 * 1024)) + "\u00A0MiB");
            }
            byte[] own = builtInFile(name);
            files.put(name, new Husstil.File(name, bytes, own != null && Arrays.equals(own, bytes)));
            return bytes;
        }

        // -------------------------------------------------------------- logo

        private Husstil.Logo logo() throws HusstilException {
            Value v = value(Setting.LOGO_FILE);
            String name = v.text().strip();
            if (name.isEmpty()) {
                return null;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".svg") || lower.endsWith(".svgz")) {
                throw wrong(Setting.LOGO_FILE, svgRefused(name));
            }
            if (!lower.endsWith(".png")) {
                throw wrong(Setting.LOGO_FILE, "\"" + name + "\" är ingen PNG-fil; logotypen ska vara en PNG-bild "
                        + "(.png). Spara den som PNG med minst 300 punkter per tum i den storlek den visas.");
            }
            byte[] png = file(Setting.LOGO_FILE, MAX_LOGO_BYTES, "logotyp.png");
            // Rapportverk's own logo is only measured: it is decoded in full by the test that reads
            // the standard files from a folder, as a kommun's own logo is read here.
            int[] size = isStandard ? new int[] {headerInt(png, 16), headerInt(png, 20)} : pngSize(name, png);
            if (!isStandard) {
                try {
                    org.openpdf.text.Image.getInstance(png);
                } catch (IOException | RuntimeException e) {
                    throw wrong(Setting.LOGO_FILE, "PNG-bilden \"" + name + "\" går inte att använda i en PDF ("
                            + "den är skadad eller av ett slag som inte stöds); spara den på nytt som PNG");
                }
            }
            return new Husstil.Logo(name, png, size[0], size[1], value(Setting.LOGO_ALT_TEXT).text().strip());
        }

        private static String svgRefused(String name) {
            return "\"" + name + "\" är en SVG-bild; Rapportverk tar logotypen som PNG, eftersom en SVG kan "
                    + "innehålla mer än en bild (skript, länkar, typsnitt) och ritas olika av olika program. "
                    + "Spara logotypen som PNG med minst 300 punkter per tum i den storlek den visas.";
        }

        /** The big-endian number at {@code offset} of a PNG's header (width at 16, height at 20). */
        private static int headerInt(byte[] png, int offset) {
            return (png[offset] & 0xFF) << 24 | (png[offset + 1] & 0xFF) << 16 | (png[offset + 2] & 0xFF) << 8
                    | (png[offset + 3] & 0xFF);
        }

        /** Width and height of a PNG, which must decode completely. */
        private int[] pngSize(String name, byte[] png) throws HusstilException {
            byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
            if (png.length < 8 || !Arrays.equals(Arrays.copyOf(png, 8), signature)) {
                String what = png.length > 0 && (png[0] == '<' || png[0] == (byte) 0xEF) ? "en SVG- eller textfil"
                        : png.length > 1 && (png[0] & 0xFF) == 0xFF && (png[1] & 0xFF) == 0xD8 ? "en JPEG-bild"
                        : "ingen PNG-bild";
                throw wrong(Setting.LOGO_FILE, "\"" + name + "\" är " + what + " fast namnet slutar på .png; spara "
                        + "logotypen som PNG");
            }
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
                Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    int w = reader.getWidth(0);
                    int h = reader.getHeight(0);
                    if (w > MAX_LOGO_PIXELS || h > MAX_LOGO_PIXELS) {
                        throw wrong(Setting.LOGO_FILE, "PNG-bilden \"" + name + "\" är " + w + " × " + h
                                + " punkter; den får vara högst " + MAX_LOGO_PIXELS + " punkter åt varje håll");
                    }
                    if (w < 16 || h < 16) {
                        throw wrong(Setting.LOGO_FILE, "PNG-bilden \"" + name + "\" är bara " + w + " × " + h
                                + " punkter; en logotyp behöver minst 300 punkter per tum i den storlek den visas");
                    }
                    reader.read(0);
                    return new int[] {w, h};
                } finally {
                    reader.dispose();
                }
            } catch (IOException | RuntimeException e) {
                throw wrong(Setting.LOGO_FILE, "PNG-bilden \"" + name + "\" går inte att läsa (den är skadad eller "
                        + "avkortad); spara den på nytt som PNG");
            }
        }

        // -------------------------------------------------------------- fonts

        private Husstil.Fonts fonts() throws HusstilException {
            Husstil.FontFile regular = font(Setting.FONT_REGULAR);
            Husstil.FontFile bold = font(Setting.FONT_BOLD);
            Husstil.FontFile italic = font(Setting.FONT_ITALIC);
            Husstil.FontFile boldItalic = font(Setting.FONT_BOLD_ITALIC);
            String wordName = value(Setting.FONT_WORD_NAME).text().strip();
            if (wordName.isEmpty()) {
                wordName = familyName(regular);
            }
            return new Husstil.Fonts(regular, bold, italic, boldItalic, wordName);
        }

        private Husstil.FontFile font(Setting s) throws HusstilException {
            String name = value(s).text().strip();
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".ttc") || lower.endsWith(".otc")) {
                throw wrong(s, "\"" + name + "\" är en typsnittssamling (flera typsnitt i en fil); ange en enskild "
                        + ".ttf- eller .otf-fil för varje snitt");
            }
            if (lower.endsWith(".woff") || lower.endsWith(".woff2")) {
                throw wrong(s, "\"" + name + "\" är ett webbtypsnitt (WOFF); ange typsnittet som .ttf- eller .otf-fil");
            }
            if (!lower.endsWith(".ttf") && !lower.endsWith(".otf")) {
                throw wrong(s, "\"" + name + "\" är ingen typsnittsfil; ange en TrueType- eller OpenType-fil "
                        + "(.ttf eller .otf)");
            }
            byte[] bytes = file(s, MAX_FONT_BYTES, "Typsnitt-Regular.ttf");
            String magic = bytes.length < 4 ? "" : new String(bytes, 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            boolean sfnt = magic.equals("\u0000\u0001\u0000\u0000") || magic.equals("true") || magic.equals("OTTO");
            if (magic.equals("ttcf")) {
                throw wrong(s, "\"" + name + "\" är en typsnittssamling (flera typsnitt i en fil); ange en enskild "
                        + ".ttf- eller .otf-fil för varje snitt");
            }
            if (magic.equals("wOFF") || magic.equals("wOF2")) {
                throw wrong(s, "\"" + name + "\" är ett webbtypsnitt (WOFF) fast namnet slutar på .ttf eller .otf; "
                        + "ange typsnittet som .ttf- eller .otf-fil");
            }
            if (!sfnt) {
                throw wrong(s, "\"" + name + "\" är ingen TrueType- eller OpenType-fil");
            }
            if (isStandard) {
                // Rapportverk's own fonts: parsed and checked for the required characters by the
                // test that reads the standard files from a folder.
                return new Husstil.FontFile(name, bytes);
            }
            BaseFont font;
            try {
                font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            } catch (DocumentException e) {
                String m = e.getMessage() == null ? "" : e.getMessage();
                if (m.contains("licensing") || m.contains("embedded")) {
                    throw wrong(s, "typsnittet \"" + name + "\" får enligt sin licens inte bäddas in i en PDF, och "
                            + "en arkivbeständig PDF (PDF/A) måste bära sina typsnitt; välj ett typsnitt som får "
                            + "bäddas in");
                }
                throw wrong(s, "typsnittet \"" + name + "\" går inte att läsa (filen är skadad eller av ett slag som "
                        + "inte stöds)");
            } catch (IOException | RuntimeException e) {
                throw wrong(s, "typsnittet \"" + name + "\" går inte att läsa (filen är skadad eller av ett slag som "
                        + "inte stöds)");
            }
            List<Integer> missing = new ArrayList<>();
            REQUIRED_CHARACTERS.codePoints().filter(cp -> !font.charExists(cp)).forEach(missing::add);
            if (!missing.isEmpty()) {
                throw wrong(s, "typsnittet \"" + name + "\" saknar " + (missing.size() == 1 ? "tecknet " : "tecknen ")
                        + characters(missing) + ", som svensk text och svenska tal behöver; välj ett typsnitt "
                        + "med svenska tecken");
            }
            return new Husstil.FontFile(name, bytes);
        }

        private static String characters(List<Integer> cps) {
            List<String> shown = new ArrayList<>();
            for (int cp : cps) {
                String name = switch (cp) {
                    case 0x00A0 -> "hårt mellanslag (U+00A0)";
                    case 0x2013 -> "\"\u2013\" (tankstreck, U+2013)";
                    case 0x2212 -> "\"\u2212\" (minustecken, U+2212)";
                    case ' ' -> "mellanslag";
                    default -> "\"" + Character.toString(cp) + "\"";
                };
                shown.add(name);
            }
            if (shown.size() > 12) {
                int more = shown.size() - 12;
                shown = new ArrayList<>(shown.subList(0, 12));
                shown.add("och " + more + " till");
            }
            return String.join(", ", shown);
        }

        /** The family name the font file gives (its English Windows name, else the first). */
        private static String familyName(Husstil.FontFile file) {
            try {
                BaseFont font = BaseFont.createFont(file.file(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false,
                        file.bytes(), null);
                String[][] names = font.getFamilyFontName();
                String first = null;
                for (String[] n : names) {
                    if (first == null) {
                        first = n[3];
                    }
                    if ("3".equals(n[0]) && "1033".equals(n[2])) {
                        return n[3];
                    }
                }
                return first == null ? file.file() : first;
            } catch (IOException | RuntimeException e) {
                return file.file();
            }
        }

        // -------------------------------------------------------------- cover, letterhead, header

        /**
         * The lists of zones (the cover's, the letterhead's) that belong together: an element placed
         * in a zone the file writes is taken out of the zones it leaves at their standard value, and
         * without a logo the standard zones show none; within the zones the file writes each element
         * stands once, and a logo only when there is one.
         */
        private <E extends Enum<E>> Map<Setting, List<E>> zones(List<Setting> settings, Class<E> type,
                                                                 java.util.function.Function<E, String> word, E logoElement,
                                                                 boolean hasLogo, String what) throws HusstilException {
            Map<Setting, List<E>> zones = new LinkedHashMap<>();
            for (Setting s : settings) {
                zones.put(s, new ArrayList<>(list(s, type, word)));
            }
            Map<E, Setting> placed = new LinkedHashMap<>();
            for (Setting s : settings) {
                if (!value(s).given()) {
                    continue;
                }
                for (E e : zones.get(s)) {
                    Setting earlier = placed.putIfAbsent(e, s);
                    if (earlier != null) {
                        throw wrong(s, "\"" + word.apply(e) + "\" står redan under \"" + earlier.key + "\" (rad "
                                + value(earlier).entry().line() + "); varje del står på ett ställe");
                    }
                    if (e == logoElement && !hasLogo) {
                        throw wrong(s, what + " ska visa logotypen, men husstilen har ingen ([logotyp] fil är tom)");
                    }
                }
            }
            for (Setting s : settings) {
                if (!value(s).given()) {
                    zones.get(s).removeIf(e -> placed.containsKey(e) || (e == logoElement && !hasLogo));
                }
            }
            return zones;
        }

        private Husstil.Cover cover(Husstil.Logo logo, Husstil.Margins margins) throws HusstilException {
            Map<Setting, List<CoverElement>> zones = zones(
                    List.of(Setting.COVER_TOP, Setting.COVER_MIDDLE, Setting.COVER_BOTTOM), CoverElement.class,
                    e -> e.word, CoverElement.LOGOTYP, logo != null, "omslaget");
            double width = length(Setting.COVER_LOGO_WIDTH);
            double text = PAGE_WIDTH - margins.left() - margins.right();
            if (width > text) {
                throw wrong(Setting.COVER_LOGO_WIDTH, "logotypen (" + Values.millimetres(width)
                        + ") är bredare än texten mellan marginalerna (" + Values.millimetres(text) + ")");
            }
            return new Husstil.Cover(zones.get(Setting.COVER_TOP), zones.get(Setting.COVER_MIDDLE),
                    zones.get(Setting.COVER_BOTTOM), length(Setting.COVER_MIDDLE_FROM_TOP), width);
        }

        private Husstil.Letterhead letterhead(Husstil.Logo logo, Husstil.Margins margins) throws HusstilException {
            Map<Setting, List<LetterheadElement>> columns = zones(
                    List.of(Setting.LETTERHEAD_LEFT, Setting.LETTERHEAD_RIGHT), LetterheadElement.class, e -> e.word,
                    LetterheadElement.LOGOTYP, logo != null, "brevhuvudet");
            double width = length(Setting.LETTERHEAD_LOGO_WIDTH);
            double column = (PAGE_WIDTH - margins.left() - margins.right()) / 2;
            if (width > column) {
                throw wrong(Setting.LETTERHEAD_LOGO_WIDTH, "logotypen (" + Values.millimetres(width)
                        + ") är bredare än brevhuvudets spalt (" + Values.millimetres(Math.floor(column)) + ")");
            }
            return new Husstil.Letterhead(columns.get(Setting.LETTERHEAD_LEFT), columns.get(Setting.LETTERHEAD_RIGHT),
                    width);
        }

        private Husstil.PageHeader pageHeader(Husstil.Logo logo, Husstil.Margins margins) throws HusstilException {
            boolean shown = yesNo(Setting.HEADER_LOGO);
            double height = length(Setting.HEADER_LOGO_HEIGHT);
            if (shown && logo == null && value(Setting.HEADER_LOGO).given()) {
                throw wrong(Setting.HEADER_LOGO, "sidhuvudet ska visa logotypen, men husstilen har ingen "
                        + "([logotyp] fil är tom)");
            }
            shown = shown && logo != null;
            double room = margins.top() / 2 - HEADER_ROOM;
            if (shown && height > room) {
                throw wrong(Setting.HEADER_LOGO_HEIGHT, "logotypen i sidhuvudet (" + Values.millimetres(height)
                        + " hög) får inte plats ovanför texten med övre marginalen " + Values.millimetres(margins.top())
                        + "; gör den högst " + Values.millimetres(Math.floor(room * 2) / 2) + " hög, eller öka "
                        + "marginalen [marginaler] överkant");
            }
            return new Husstil.PageHeader(shown, height);
        }
    }

    /** A name with no folder in it. */
    private static boolean isPlainName(String name) {
        if (name.isEmpty() || name.length() > 255 || name.equals(".") || name.equals("..")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c < 0x20 || c == 0x7F) {
                return false;
            }
        }
        return true;
    }

    /** Files in a folder: plain names only, regular files only, read up to a limit. */
    private record FolderSource(Path folder) implements Source {
        @Override
        public byte[] read(String name, long limit) throws HusstilException {
            Path file = folder.resolve(name);
            if (!Files.exists(file)) {
                return null;
            }
            if (!Files.isRegularFile(file)) {
                throw new HusstilException(file + ": är ingen vanlig fil");
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
                return bytes;
            } catch (IOException e) {
                throw new HusstilException(file + ": filen kunde inte läsas", e);
            }
        }

        @Override
        public String describe(String name) {
            return folder.resolve(name).toString();
        }

        @Override
        public String where() {
            return folder.toString();
        }
    }

    /** Files given by name (those a PDF carries); Rapportverk's own stand in for the names they lack. */
    private record MapSource(String where, Map<String, byte[]> files) implements Source {
        @Override
        public byte[] read(String name, long limit) {
            byte[] b = files.get(name);
            return b != null ? b : builtInFile(name);
        }

        @Override
        public String describe(String name) {
            return name + " i " + where;
        }
    }
}
