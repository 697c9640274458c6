package se.rapportverk.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.rapportverk.document.Chart;
import se.rapportverk.document.FieldList;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Table;

/** templates/README.md lists exactly the elements, attributes and values that TreeBuilder accepts. */
class VocabularyDocTest {

    static final Pattern TAG = Pattern.compile("<([a-z][a-z0-9]*)((?:\\s+[a-z-]+(?:=\"[^\"]*\")?)*)\\s*/?>");
    static final Pattern ATTRIBUTE = Pattern.compile("([a-z-]+)(?:=\"([^\"]*)\")?");

    @Test
    void theReadmeTableIsTheVocabulary() throws IOException {
        String readme = Files.readString(Path.of("templates", "README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("| Element | Betydelse |"), readme.indexOf("Andra element, attribut"));
        Map<String, Set<String>> documented = new TreeMap<>();
        Map<String, Set<String>> values = new TreeMap<>();
        for (String row : table.lines().toList()) {
            Matcher tag = TAG.matcher(row.replace("\\|", "|"));
            while (tag.find()) {
                Set<String> attributes = documented.computeIfAbsent(tag.group(1), k -> new TreeSet<>());
                Matcher a = ATTRIBUTE.matcher(tag.group(2));
                while (a.find()) {
                    attributes.add(a.group(1));
                    if (a.group(2) != null && a.group(2).contains("|")) {
                        values.put(tag.group(1) + " " + a.group(1), new TreeSet<>(Arrays.asList(a.group(2).split("\\|"))));
                    }
                }
            }
        }
        Map<String, Set<String>> accepted = new TreeMap<>();
        TreeBuilder.ELEMENTS.forEach((name, attributes) -> accepted.put(name, new TreeSet<>(attributes)));
        assertEquals(accepted, documented);
        assertEquals(Map.of("p style", names(Paragraph.Style.values()), "table style", names(Table.Style.values()),
                "col align", names(Table.Align.values()), "tr kind", names(Table.RowKind.values()),
                "fields layout", names(FieldList.Layout.values()), "chart kind", names(Chart.Kind.values()),
                "chart size", names(Chart.Size.values()), "series style", names(Chart.Style.values()),
                "line role", names(se.rapportverk.document.TitlePage.Role.values())), values);
    }

    static Set<String> names(Enum<?>[] values) {
        Set<String> s = new TreeSet<>();
        for (Enum<?> v : values) {
            s.add(v.name().toLowerCase(Locale.ROOT));
        }
        return s;
    }
}
