package se.rapportverk.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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
     * The styles, settings and numbering parts of a house style, read once and written as the text
     * XMLBeans saved for them through POI (once per language for the styles and settings, whose
     * language is the document's). May be shared by renderings on several threads.
     */
    static final class Parsed {
        private final Husstil husstil;
        private final String styles;
        private final String settings;
        /** The numbering part without its closing tag: a document's lists are added at its end. */
        private final String numberingStart;
        private final java.util.concurrent.ConcurrentHashMap<String, byte[][]> byLanguage =
                new java.util.concurrent.ConcurrentHashMap<>();

        Parsed(Theme theme) {
            this.husstil = theme.husstil;
            this.styles = read("styles.xml", theme);
            this.settings = read("settings.xml", theme);
            String saved = FixedPart.write(read("numbering.xml", theme), "w:numbering", null);
            if (!saved.endsWith(NUMBERING_END)) {
                throw new IllegalStateException("numbering.xml must end with its lists");
            }
            this.numberingStart = saved.substring(0, saved.length() - NUMBERING_END.length());
        }

        /** Whether these are the parts of the house style (the very one). */
        boolean isFor(Husstil h) {
            return husstil == h;
        }

        /**
         * The styles and settings parts for a document in the language ({@code sv-SE}): the default
         * language of all text, so that Word checks spelling in it.
         */
        byte[][] forLanguage(String language) {
            return byLanguage.computeIfAbsent(language, this::make);
        }

        private byte[][] make(String language) {
            return new byte[][] {
                FixedPart.write(styles, "w:styles", new FixedPart.Language(
                        List.of("w:docDefaults", "w:rPrDefault", "w:rPr", "w:lang"), language))
                        .getBytes(StandardCharsets.UTF_8),
                FixedPart.write(settings, "w:settings", new FixedPart.Language(List.of("w:themeFontLang"), language))
                        .getBytes(StandardCharsets.UTF_8)
            };
        }
    }

    private static final String NUMBERING_END = "</w:numbering>";

    /** A part of the class path with the theme's values filled in. */
    private static String read(String name, Theme theme) {
        try (InputStream in = DocxParts.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCES + name);
            }
            return DocxStyles.fill(new String(in.readAllBytes(), StandardCharsets.UTF_8), theme);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Puts the styles, settings and numbering parts into the package, in POI's order of relationships. */
    static Lists install(DocxPackage pkg, String language, Parsed parts) {
        byte[][] fixed = parts.forLanguage(language);
        pkg.main.add("settings", "settings.xml");
        pkg.put("word/settings.xml", fixed[1], DocxPackage.CT_SETTINGS);
        pkg.main.add("styles", "styles.xml");
        pkg.put("word/styles.xml", fixed[0], DocxPackage.CT_STYLES);
        pkg.main.add("numbering", "numbering.xml");
        return new Lists(parts.numberingStart);
    }

    /**
     * Hands out list ids. Every numbered list gets a list of its own that restarts at 1: in Word
     * two lists sharing an abstract list continue each other's numbering unless the level's start
     * is overridden.
     */
    static final class Lists {
        private final StringBuilder numbering;
        private int lastNumId = LAST_FIXED_NUM_ID;

        private Lists(String start) {
            this.numbering = new StringBuilder(start.length() + 256).append(start);
        }

        /** A new decimal list starting at 1, and its id. */
        int newNumberedList() {
            lastNumId++;
            numbering.append("<w:num w:numId=\"").append(lastNumId).append("\"><w:abstractNumId w:val=\"")
                    .append(DECIMAL_ABSTRACT_NUM_ID).append("\"/><w:lvlOverride w:ilvl=\"0\">")
                    .append("<w:startOverride w:val=\"1\"/></w:lvlOverride></w:num>");
            return lastNumId;
        }

        /** Puts the numbering part, with the lists handed out, into the package. */
        void write(DocxPackage pkg) {
            pkg.put("word/numbering.xml", numbering + NUMBERING_END, DocxPackage.CT_NUMBERING);
        }
    }
}
