package se.rapportverk.husstil;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.rapportverk.workbook.Names;

/**
 * The settings file, read line by line: {@code [sektion]} starts a section, {@code nyckel = värde}
 * sets a value, a line that starts with {@code #} or {@code ;} is a comment, blank lines are
 * skipped. There is nothing else to learn: no quoting, no escapes, no continuation lines, no
 * comments after a value (a colour is written {@code #1F3864}).
 *
 * <p>The file may be UTF-8 (with or without the byte order mark Notepad writes) or, when it is not
 * valid UTF-8, Windows-1252 ("ANSI" in older Notepad). Line ends may be CRLF or LF.
 */
final class SettingsFile {

    /** One value as written. */
    record Entry(Setting setting, String value, int line) {
    }

    private final String file;
    private final Map<Setting, Entry> entries;

    private SettingsFile(String file, Map<Setting, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** How messages name the file. */
    String file() {
        return file;
    }

    /** The values set, by setting, in the order written. */
    Map<Setting, Entry> entries() {
        return entries;
    }

    /** {@code husstil/husstil.ini, rad 12: }, as a message begins. */
    String at(int line) {
        return file + ", rad " + line + ": ";
    }

    /**
     * Parses the file.
     *
     * @param file how messages name it (its path)
     */
    static SettingsFile parse(String file, byte[] bytes) throws HusstilException {
        String text = decode(bytes);
        Map<Setting, Entry> entries = new LinkedHashMap<>();
        String section = null;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            String at = file + ", rad " + number + ": ";
            if (line.startsWith("[")) {
                if (!line.endsWith("]")) {
                    throw new HusstilException(at + "en sektion skrivs inom hakparenteser, till exempel [färger]");
                }
                String typed = line.substring(1, line.length() - 1).strip();
                section = Setting.section(typed).orElseThrow(() -> new HusstilException(at + "okänd sektion ["
                        + typed + "]" + suggestion(typed, Setting.sections(), "[", "]") + "; sektionerna är "
                        + listed(Setting.sections())));
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new HusstilException(at + "raden är ingen inställning; skriv nyckel = värde, till exempel "
                        + "\"rubrik = #1F3864\", eller börja raden med # för en kommentar");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            if (key.isEmpty()) {
                throw new HusstilException(at + "nyckeln saknas före =");
            }
            if (section == null) {
                List<String> where = Setting.sectionsWithKey(key);
                throw new HusstilException(at + "\"" + key + "\" står före den första sektionen; skriv den under "
                        + (where.isEmpty() ? "en sektion, till exempel [färger]" : listed(where)));
            }
            String inSection = section;
            Setting setting = Setting.find(section, key).orElseThrow(() -> unknownKey(at, inSection, key));
            Entry earlier = entries.get(setting);
            if (earlier != null) {
                throw new HusstilException(at + setting.display() + " står redan på rad " + earlier.line()
                        + "; ta bort den ena");
            }
            entries.put(setting, new Entry(setting, value, number));
        }
        return new SettingsFile(file, entries);
    }

    private static HusstilException unknownKey(String at, String section, String key) {
        List<String> keys = Setting.keys(section);
        String suggestion = suggestion(key, keys, "\"", "\"");
        String elsewhere = "";
        if (suggestion.isEmpty()) {
            List<String> other = Setting.sectionsWithKey(key);
            if (!other.isEmpty()) {
                elsewhere = " (den finns under " + listed(other) + ")";
            }
        }
        return new HusstilException(at + "okänd nyckel \"" + key + "\" i [" + section + "]" + suggestion + elsewhere
                + "; där finns " + String.join(", ", keys.stream().map(k -> "\"" + k + "\"").toList()));
    }

    private static String suggestion(String typed, List<String> known, String open, String close) {
        return Names.closest(typed, known).map(k -> "; menade du " + open + k + close + "?").orElse("");
    }

    private static String listed(List<String> sections) {
        return String.join(", ", sections.stream().map(s -> "[" + s + "]").toList());
    }

    /** UTF-8 (its byte order mark dropped), else Windows-1252. */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }
}
