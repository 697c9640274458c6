package se.rapportverk.husstil;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import se.rapportverk.workbook.Names;

/**
 * Every setting of {@value Husstil#SETTINGS}: its section, its key as the file writes it, and what
 * kind of value it takes. One place: the reader, its messages and the test that holds the
 * standard file and the README to it read this list. Sections and keys are compared as people
 * type them: case, å/ä/ö, spaces, hyphens and underscores do not matter ({@link Names#key}).
 */
enum Setting {
    LOGO_FILE("logotyp", "fil", Kind.LOGO_FILE),
    LOGO_ALT_TEXT("logotyp", "alternativtext", Kind.TEXT),

    FONT_REGULAR("typsnitt", "normal", Kind.FONT_FILE),
    FONT_BOLD("typsnitt", "fet", Kind.FONT_FILE),
    FONT_ITALIC("typsnitt", "kursiv", Kind.FONT_FILE),
    FONT_BOLD_ITALIC("typsnitt", "fet kursiv", Kind.FONT_FILE),
    FONT_WORD_NAME("typsnitt", "namn i word", Kind.TEXT),

    COLOUR_TEXT("färger", "text", Kind.COLOUR),
    COLOUR_HEADING("färger", "rubrik", Kind.COLOUR),
    COLOUR_SUBHEADING("färger", "underrubrik", Kind.COLOUR),
    COLOUR_ACCENT("färger", "accent", Kind.COLOUR),
    COLOUR_TABLE_HEADER("färger", "tabellhuvud", Kind.COLOUR),
    COLOUR_TABLE_HEADER_TEXT("färger", "tabellhuvudets text", Kind.COLOUR),
    COLOUR_TABLE_GROUP("färger", "grupprad", Kind.COLOUR),
    COLOUR_TABLE_RULE("färger", "tabellinje", Kind.COLOUR),
    COLOUR_TOTAL_RULE("färger", "summalinje", Kind.COLOUR),
    COLOUR_RUNNING("färger", "sidhuvud och sidfot", Kind.COLOUR),
    COLOUR_CHART_1("färger", "diagram 1", Kind.COLOUR),
    COLOUR_CHART_2("färger", "diagram 2", Kind.COLOUR),
    COLOUR_CHART_3("färger", "diagram 3", Kind.COLOUR),
    COLOUR_CHART_4("färger", "diagram 4", Kind.COLOUR),

    MARGIN_LEFT("marginaler", "vänster", 10, 60),
    MARGIN_RIGHT("marginaler", "höger", 10, 60),
    MARGIN_TOP("marginaler", "överkant", 15, 60),
    MARGIN_BOTTOM("marginaler", "nederkant", 15, 60),

    COVER_TOP("omslag", "överst", Kind.COVER_LIST),
    COVER_MIDDLE("omslag", "mitten", Kind.COVER_LIST),
    COVER_BOTTOM("omslag", "nederst", Kind.COVER_LIST),
    COVER_MIDDLE_FROM_TOP("omslag", "mittens avstånd från överkanten", 20, 200),
    COVER_LOGO_WIDTH("omslag", "logotypens bredd", 10, 150),

    LETTERHEAD_LEFT("brevhuvud", "vänster", Kind.LETTERHEAD_LIST),
    LETTERHEAD_RIGHT("brevhuvud", "höger", Kind.LETTERHEAD_LIST),
    LETTERHEAD_LOGO_WIDTH("brevhuvud", "logotypens bredd", 10, 90),

    HEADER_LOGO("sidhuvud", "logotyp", Kind.YES_NO),
    HEADER_LOGO_HEIGHT("sidhuvud", "logotypens höjd", 4, 25);

    /** What a setting's value is. */
    enum Kind {
        LOGO_FILE, FONT_FILE, TEXT, COLOUR, LENGTH, YES_NO, COVER_LIST, LETTERHEAD_LIST
    }

    /** The section as the file writes it, without brackets: {@code färger}. */
    final String section;
    /** The key as the file writes it: {@code tabellhuvudets text}. */
    final String key;
    final Kind kind;
    /** The smallest and largest length a {@link Kind#LENGTH} takes, in millimetres. */
    final double min;
    final double max;

    Setting(String section, String key, Kind kind) {
        this.section = section;
        this.key = key;
        this.kind = kind;
        this.min = 0;
        this.max = 0;
    }

    Setting(String section, String key, double min, double max) {
        this.section = section;
        this.key = key;
        this.kind = Kind.LENGTH;
        this.min = min;
        this.max = max;
    }

    /** {@code [färger] rubrik}, as messages name a setting. */
    String display() {
        return "[" + section + "] " + key;
    }

    /** The sections, in the order of the file. */
    static List<String> sections() {
        Set<String> s = new LinkedHashSet<>();
        for (Setting setting : values()) {
            s.add(setting.section);
        }
        return new ArrayList<>(s);
    }

    /** The section as written, for a section as typed. */
    static Optional<String> section(String typed) {
        String k = Names.key(typed);
        return sections().stream().filter(s -> Names.key(s).equals(k)).findFirst();
    }

    /** The setting of a section (as written) with a key as typed. */
    static Optional<Setting> find(String section, String typedKey) {
        String k = Names.key(typedKey);
        for (Setting s : values()) {
            if (s.section.equals(section) && Names.key(s.key).equals(k)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The keys of a section, as written. */
    static List<String> keys(String section) {
        List<String> keys = new ArrayList<>();
        for (Setting s : values()) {
            if (s.section.equals(section)) {
                keys.add(s.key);
            }
        }
        return keys;
    }

    /** The other sections that have a key as typed (for "it belongs under [typsnitt]"). */
    static List<String> sectionsWithKey(String typedKey) {
        String k = Names.key(typedKey);
        List<String> found = new ArrayList<>();
        for (Setting s : values()) {
            if (Names.key(s.key).equals(k) && !found.contains(s.section)) {
                found.add(s.section);
            }
        }
        return found;
    }
}
