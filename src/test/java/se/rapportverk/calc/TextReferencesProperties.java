package se.rapportverk.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties of finding figure names in workbook texts (docs/arbetsbok.md, Tal i texter): a text is
 * never a template, so whatever is not a {@code {name}} stands exactly as typed.
 */
class TextReferencesProperties {

    /** Texts made of characters that matter here: braces, dollar, hash, angle brackets, letters, digits. */
    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("{}$#<>/%:,. -aåbxyz01\n").ofMaxLength(60);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.strings().withChars("abcåäö").ofMinLength(1).ofMaxLength(12)
                .flatMap(w -> Arbitraries.of(w, w + " avvikelse", "prognos " + w, w + " utan tecken"));
    }

    @Property(tries = 1000)
    void aTextWithoutBackslashesIsUnchangedWhenEachNameStandsForItself(@ForAll("texts") String text) {
        assertEquals(text, TextReferences.replace(text, r -> text.substring(r.start(), r.end())));
    }

    @Property(tries = 1000)
    void everythingOutsideTheNamesStaysAsTyped(@ForAll("texts") String text) {
        String replaced = TextReferences.replace(text, r -> "\u0000");
        List<TextReferences.Reference> refs = TextReferences.find(text);
        StringBuilder expected = new StringBuilder();
        int at = 0;
        for (TextReferences.Reference r : refs) {
            expected.append(text, at, r.start()).append('\u0000');
            at = r.end();
        }
        expected.append(text.substring(at));
        assertEquals(expected.toString(), replaced);
    }

    @Property(tries = 300)
    void aNameInBracesIsOneReferenceAndTemplateLookalikesAreNone(@ForAll("names") String name) {
        List<TextReferences.Reference> one = TextReferences.find("Talet är {" + name + "}.");
        assertEquals(1, one.size());
        boolean unsigned = name.endsWith(" utan tecken");
        assertEquals(unsigned ? name.substring(0, name.length() - " utan tecken".length()) : name, one.get(0).name());
        assertEquals(unsigned, one.get(0).unsigned());
        for (String typed : List.of("${" + name + "}", "{{" + name + "}}", "{" + name + "}}", "{{" + name + "}",
                "{" + name, name + "}", "\\{" + name + "}")) {
            assertTrue(TextReferences.find(typed).isEmpty(), typed);
        }
        assertEquals("{" + name + "}", TextReferences.replace("\\{" + name + "}", r -> "X"));
        assertEquals("${" + name + "}", TextReferences.replace("${" + name + "}", r -> "X"));
    }
}
