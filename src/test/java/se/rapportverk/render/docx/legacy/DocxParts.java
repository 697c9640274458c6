package se.rapportverk.render.docx.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;

import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import se.rapportverk.husstil.Husstil;
import se.rapportverk.render.layout.Theme;

/**
 * The fixed parts of every Word file: styles, settings and list definitions, read from
 * {@code render/docx/*.xml} on the class path, their values filled from the theme
 * ({@link DocxStyles}). Keeping them as XML makes them easy to review against the specification,
 * and they are the same bytes for every document of a house style.
 */
final class DocxParts {

    private static final String RESOURCES = "/render/docx/";

    /** The list that paragraphs of a bullet list use (defined in numbering.xml). */
    static final int BULLET_NUM_ID = 1;
    /** The abstract list of the decimal "1." numbering (defined in numbering.xml). */
    private static final int DECIMAL_ABSTRACT_NUM_ID = 1;
    /** The highest list id numbering.xml defines; lists added per document come after it. */
    private static final int LAST_FIXED_NUM_ID = 2;

    private DocxParts() {
    }

    /**
     * The styles, settings and numbering parts of a house style, read and parsed once: each document
     * is given copies of its own (a part becomes the document's, which adds its lists to it). May be
     * shared by renderings on several threads: the copies are made one at a time.
     */
    static final class Parsed {
        private final Husstil husstil;
        private final CTStyles styles;
        private final CTSettings settings;
        private final CTNumbering numbering;

        Parsed(Theme theme) {
            this.husstil = theme.husstil;
            this.styles = load("styles.xml", theme, in -> StylesDocument.Factory.parse(in, options()).getStyles());
            this.settings = load("settings.xml", theme,
                    in -> SettingsDocument.Factory.parse(in, options()).getSettings());
            this.numbering = load("numbering.xml", theme,
                    in -> NumberingDocument.Factory.parse(in, options()).getNumbering());
        }

        /** Whether these are the parts of the house style (the very one). */
        boolean isFor(Husstil h) {
            return husstil == h;
        }

        private synchronized CTStyles styles() {
            return (CTStyles) styles.copy();
        }

        private synchronized CTSettings settings() {
            return (CTSettings) settings.copy();
        }

        private synchronized CTNumbering numbering() {
            return (CTNumbering) numbering.copy();
        }
    }

    /**
     * Installs copies of the parsed styles and settings parts.
     *
     * @param language the document language ({@code sv-SE}): the default language of all text,
     *                 so that Word checks spelling in it
     */
    static void install(XWPFDocument docx, String language, Parsed parts) {
        CTStyles styles = parts.styles();
        CTSettings settings = parts.settings();
        styles.getDocDefaults().getRPrDefault().getRPr().getLangArray(0).setVal(language);
        settings.getThemeFontLang().setVal(language);
        docx.createStyles().setStyles(styles);
        docx.getSettings().getCTSettings().set(settings);
    }

    /** Installs a copy of the parsed numbering part and returns the allocator of its per-list ids. */
    static Lists installLists(XWPFDocument docx, Parsed parts) {
        CTNumbering numbering = parts.numbering();
        docx.createNumbering().setNumbering(numbering);
        return new Lists(numbering);
    }

    /**
     * Hands out list ids. Every numbered list gets a list of its own that restarts at 1: in Word
     * two lists sharing an abstract list continue each other's numbering unless the level's start
     * is overridden.
     */
    static final class Lists {
        private final CTNumbering numbering;
        private int lastNumId = LAST_FIXED_NUM_ID;

        private Lists(CTNumbering numbering) {
            this.numbering = numbering;
        }

        /** A new decimal list starting at 1, and its id. */
        int newNumberedList() {
            lastNumId++;
            CTNum num = numbering.addNewNum();
            num.setNumId(BigInteger.valueOf(lastNumId));
            num.addNewAbstractNumId().setVal(BigInteger.valueOf(DECIMAL_ABSTRACT_NUM_ID));
            CTNumLvl override = num.addNewLvlOverride();
            override.setIlvl(BigInteger.ZERO);
            override.addNewStartOverride().setVal(BigInteger.ONE);
            return lastNumId;
        }
    }

    private interface Parser<T> {
        T parse(InputStream in) throws IOException, XmlException;
    }

    private static <T> T load(String name, Theme theme, Parser<T> parser) {
        try (InputStream in = DocxParts.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            String part = DocxStyles.fill(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), theme);
            return parser.parse(new java.io.ByteArrayInputStream(part.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("broken built-in part " + name, e);
        }
    }

    private static XmlOptions options() {
        XmlOptions options = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS);
        options.setLoadStripComments(true);
        options.setLoadStripWhitespace();
        return options;
    }
}
