package se.rapportverk.husstil;

import java.awt.Color;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import se.rapportverk.digest.Sha256;

/**
 * A kommun's house style: its logo, fonts, colours, margins, the layout of the cover and of a
 * letter's letterhead, and whether the logo stands in the page header. Read from a folder with a
 * settings file ({@value #SETTINGS}) by {@link HusstilReader}; {@link #standard()} is
 * Rapportverk's own. Both renderers take their look from it (through {@code render/layout/Theme}),
 * and the files it was read from travel with every PDF, so that an archived PDF alone is enough
 * to make the document again.
 *
 * <p>Lengths are in millimetres. Immutable.
 */
public final class Husstil {

    /** The settings file of a house style folder. */
    public static final String SETTINGS = "husstil.ini";

    /** What the cover can show, each at most once, in one of its three zones. */
    public enum CoverElement {
        LOGOTYP("logotyp"), KOMMUN("kommun"), LINJE("linje"), TITEL("titel"), NAMND("nämnd"),
        FORVALTNING("förvaltning"), DATUM("datum"), DIARIENUMMER("diarienummer");

        /** The word the settings file uses. */
        public final String word;

        CoverElement(String word) {
            this.word = word;
        }
    }

    /** What a letterhead can show, each at most once, in its left or right column. */
    public enum LetterheadElement {
        LOGOTYP("logotyp"), KOMMUN("kommun"), FORVALTNING("förvaltning"), DOKUMENTTYP("dokumenttyp"),
        UPPGIFTER("uppgifter");

        /** The word the settings file uses. */
        public final String word;

        LetterheadElement(String word) {
            this.word = word;
        }
    }

    /**
     * The colours.
     *
     * @param text            body text
     * @param heading         headings of level 1 and 2, the cover's title and kommun
     * @param subheading      headings of level 3
     * @param accent          the cover's rule and the bullets of lists
     * @param tableHeader     the shading of table header rows
     * @param tableHeaderText the text of table header rows
     * @param tableGroup      the shading of group rows in tables
     * @param tableRule       the thin rules between table rows
     * @param totalRule       the rules under the header, above a total and under a table
     * @param running         the running header and footer
     * @param chart           the series of charts, in order (a target line is Rapportverk's own grey)
     */
    public record Colours(Color text, Color heading, Color subheading, Color accent, Color tableHeader,
                          Color tableHeaderText, Color tableGroup, Color tableRule, Color totalRule, Color running,
                          List<Color> chart) {
        public Colours {
            chart = List.copyOf(chart);
        }
    }

    /** The page margins, in millimetres. */
    public record Margins(double left, double right, double top, double bottom) {
    }

    /**
     * The logo: a PNG file.
     *
     * @param file     its file name in the house style
     * @param png      its bytes, as in the file
     * @param widthPx  its width in pixels
     * @param heightPx its height in pixels
     * @param altText  the alternative text given in the settings, or empty for "Kommun logotyp"
     */
    public record Logo(String file, byte[] png, int widthPx, int heightPx, String altText) {
        /** Height over width. */
        public double aspect() {
            return (double) heightPx / widthPx;
        }

        /** The alternative text for the kommun: the one set, or "Ekeby kommun logotyp". */
        public String altText(String kommun) {
            if (!altText.isBlank()) {
                return altText;
            }
            return kommun.isBlank() ? "Logotyp" : kommun.strip() + " logotyp";
        }
    }

    /** A font file. */
    public record FontFile(String file, byte[] bytes) {
    }

    /**
     * The four faces of the text font, and the name Word files give it.
     *
     * @param wordName the font name written into the Word file
     */
    public record Fonts(FontFile regular, FontFile bold, FontFile italic, FontFile boldItalic, String wordName) {
        /** The faces in the order regular, bold, italic, bold italic. */
        public List<FontFile> faces() {
            return List.of(regular, bold, italic, boldItalic);
        }
    }

    /**
     * The cover: what stands at the top (from the top margin), in the middle (from
     * {@code middleFromTop} below the top edge of the page) and at the foot (ending at the bottom
     * margin), each list in order.
     */
    public record Cover(List<CoverElement> top, List<CoverElement> middle, List<CoverElement> bottom,
                        double middleFromTop, double logoWidth) {
        public Cover {
            top = List.copyOf(top);
            middle = List.copyOf(middle);
            bottom = List.copyOf(bottom);
        }

        /** Whether the cover shows the element anywhere. */
        public boolean shows(CoverElement e) {
            return top.contains(e) || middle.contains(e) || bottom.contains(e);
        }
    }

    /** A letter's letterhead: two columns, each a list in order. */
    public record Letterhead(List<LetterheadElement> left, List<LetterheadElement> right, double logoWidth) {
        public Letterhead {
            left = List.copyOf(left);
            right = List.copyOf(right);
        }

        /** Whether the letterhead shows the element in either column. */
        public boolean shows(LetterheadElement e) {
            return left.contains(e) || right.contains(e);
        }
    }

    /** Whether the logo stands at the right of the running header, and how tall. */
    public record PageHeader(boolean logo, double logoHeight) {
    }

    /**
     * A file of the house style as it was read.
     *
     * @param name    its file name in the folder
     * @param bytes   its content
     * @param builtIn whether it is byte for byte Rapportverk's own file of that name (the standard
     *                logo and fonts), which every copy of this version has: such a file need not
     *                travel with a PDF
     */
    public record File(String name, byte[] bytes, boolean builtIn) {
        /** SHA-256 of the content, 64 lower-case hex digits. */
        public String sha256() {
            return Sha256.hex(bytes);
        }

        /** The MIME type it is embedded with. */
        public String mimeType() {
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (lower.endsWith(".png")) {
                return "image/png";
            }
            if (lower.endsWith(".otf")) {
                return "font/otf";
            }
            if (lower.endsWith(".ttf")) {
                return "font/ttf";
            }
            return "text/plain";
        }
    }

    private final boolean standard;
    private final String where;
    private final Colours colours;
    private final Margins margins;
    private final Logo logo;
    private final Fonts fonts;
    private final Cover cover;
    private final Letterhead letterhead;
    private final PageHeader pageHeader;
    private final List<File> files;
    /** SHA-256 of each file, in the order of files(), once asked for (the files never change). */
    private volatile List<String> hashes;

    Husstil(boolean standard, String where, Colours colours, Margins margins, Logo logo, Fonts fonts, Cover cover,
            Letterhead letterhead, PageHeader pageHeader, List<File> files) {
        this.standard = standard;
        this.where = Objects.requireNonNull(where);
        this.colours = Objects.requireNonNull(colours);
        this.margins = Objects.requireNonNull(margins);
        this.logo = logo;
        this.fonts = Objects.requireNonNull(fonts);
        this.cover = Objects.requireNonNull(cover);
        this.letterhead = Objects.requireNonNull(letterhead);
        this.pageHeader = Objects.requireNonNull(pageHeader);
        this.files = List.copyOf(files);
    }

    /** Rapportverk's own house style: what {@code rapportverk husstil MAPP} writes. */
    public static Husstil standard() {
        return HusstilReader.standard();
    }

    /** Whether this is Rapportverk's own house style (no {@code --husstil} given). */
    public boolean isStandard() {
        return standard;
    }

    /** Where it was read from, as messages name it: a folder, or "inbyggd". */
    public String where() {
        return where;
    }

    /** The colours. */
    public Colours colours() {
        return colours;
    }

    /** The margins. */
    public Margins margins() {
        return margins;
    }

    /** The logo, unless the house style has none. */
    public Optional<Logo> logo() {
        return Optional.ofNullable(logo);
    }

    /** The text font. */
    public Fonts fonts() {
        return fonts;
    }

    /** The cover. */
    public Cover cover() {
        return cover;
    }

    /** The letterhead of a letter (the tjänsteskrivelse). */
    public Letterhead letterhead() {
        return letterhead;
    }

    /** The running header's logo. */
    public PageHeader pageHeader() {
        return pageHeader;
    }

    /** The files it was read from: the settings first, then the logo and the fonts, each once. */
    public List<File> files() {
        return files;
    }

    /**
     * SHA-256 of each file (as {@link File#sha256()}), in the order of {@link #files()}: computed once
     * for the house style, which every document of a run shares.
     */
    public List<String> fileHashes() {
        List<String> known = hashes;
        if (known == null) {
            known = files.stream().map(File::sha256).toList();
            hashes = known;
        }
        return known;
    }

    /** The files a PDF carries: all but those that are Rapportverk's own. */
    public List<File> filesToEmbed() {
        return files.stream().filter(f -> !f.builtIn()).toList();
    }
}
