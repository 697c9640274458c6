package se.rapportverk.husstil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The README's table of house style settings names every setting of the catalogue once, and the
 * standard values it states are those of the standard husstil.ini; the README's example message
 * names the line the standard file has.
 */
class HusstilDocTest {

    static final Pattern CODE = Pattern.compile("`([^`]*)`");

    @Test
    void theReadmeTableIsTheCatalogueWithTheStandardValues() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("| Inställning | Standard | Vad den gör |"),
                readme.indexOf("Omslagets delar är"));
        SettingsFile standard = SettingsFile.parse("standard", HusstilReader.builtInFile(Husstil.SETTINGS));
        Map<String, String> documented = new LinkedHashMap<>();
        for (String row : table.lines().skip(2).filter(l -> l.startsWith("|")).toList()) {
            String[] cells = row.split("\\|");
            Matcher keys = CODE.matcher(cells[1]);
            String section = null;
            List<String> defaults = CODE.matcher(cells[2]).results().map(r -> r.group(1)).toList();
            int n = 0;
            while (keys.find()) {
                String k = keys.group(1);
                if (k.startsWith("[")) {
                    section = k.substring(1, k.indexOf(']'));
                    k = k.substring(k.indexOf(']') + 2);
                }
                documented.put("[" + section + "] " + k, defaults.size() > n ? defaults.get(n)
                        : defaults.isEmpty() ? "" : defaults.get(defaults.size() - 1));
                n++;
            }
        }
        TreeSet<String> catalogue = new TreeSet<>();
        for (Setting s : Setting.values()) {
            catalogue.add(s.display());
        }
        assertEquals(catalogue, new TreeSet<>(documented.keySet()));
        for (Setting s : Setting.values()) {
            String value = standard.entries().get(s).value();
            String stated = documented.get(s.display());
            if (stated.contains("…")) {
                assertTrue(value.matches(Pattern.quote(stated.substring(0, stated.indexOf('…'))) + ".*"
                        + Pattern.quote(stated.substring(stated.indexOf('…') + 1))), s.display() + ": " + stated);
            } else {
                assertEquals(value, stated, s.display());
            }
        }
    }

    @Test
    void theReadmesExampleNamesTheLineOfTheStandardFile() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("husstil\\.ini, rad (\\d+): \\[färger\\] rubrik:").matcher(readme);
        assertTrue(m.find());
        String[] lines = new String(HusstilReader.builtInFile(Husstil.SETTINGS), StandardCharsets.UTF_8).split("\n");
        assertTrue(lines[Integer.parseInt(m.group(1)) - 1].startsWith("rubrik = "));
    }
}
