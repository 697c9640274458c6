package se.rapportverk.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * The manifest's JSON written straight to Jackson's generator is byte for byte what Jackson's data
 * binding wrote before: the oracle is the old code, kept here as it was.
 */
class ManifestJsonProperties {

    /** The old way: the tree through an ObjectMapper's writer, then a line end, as UTF-8. */
    private static byte[] oldJson(Object tree) throws Exception {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return (new ObjectMapper().writer(printer).writeValueAsString(tree) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** Strings with what JSON must escape, non-ASCII, astral and lone surrogates among ordinary text. */
    private Arbitrary<String> strings() {
        Arbitrary<String> pieces = Arbitraries.of("", "a", "Resultaträkning!E5", "\"", "\\", "/", "\n", "\r", "\t",
                "\u0000", "\u001F", "\u007F", "\u00A0", "–", "\u2028", "\uD83D\uDE00", "\uD800", "\uDC00", "{x}",
                "<script>", "1 092,2", "-51,2 %").list().ofMaxSize(8).map(l -> String.join("", l));
        return Arbitraries.oneOf(pieces, Arbitraries.strings().ofMaxLength(30));
    }

    private Arbitrary<Object> leaves() {
        return Arbitraries.oneOf(strings().map(s -> (Object) s),
                Arbitraries.integers().map(i -> (Object) i),
                Arbitraries.longs().map(l -> (Object) l),
                Arbitraries.of(true, false).map(b -> (Object) b),
                Arbitraries.just(null));
    }

    private Arbitrary<Object> trees(int depth) {
        if (depth == 0) {
            return leaves();
        }
        Arbitrary<Object> child = Arbitraries.lazy(() -> trees(depth - 1));
        Arbitrary<Object> list = child.list().ofMaxSize(4).map(l -> (Object) new ArrayList<>(l));
        Arbitrary<Object> map = Arbitraries.entries(strings(), child).list().ofMaxSize(4)
                .map(entries -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    entries.forEach(e -> m.put(e.getKey(), e.getValue()));
                    return (Object) m;
                });
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(2, leaves()), net.jqwik.api.Tuple.of(3, list), net.jqwik.api.Tuple.of(4, map));
    }

    @Provide
    Arbitrary<Object> manifests() {
        return trees(4);
    }

    @Property(tries = 2000)
    void theJsonIsAsJacksonsDataBindingWroteIt(@ForAll("manifests") Object tree) throws Exception {
        assertArrayEquals(oldJson(tree), Manifest.json(tree));
    }

    @Test
    void aManifestShapedTreeIsWrittenWithItsLayout() throws Exception {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", Manifest.FORMAT);
        root.put("documents", List.of());
        root.put("strict", false);
        root.put("bytes", 674287L);
        root.put("check", 3);
        root.put("given", null);
        root.put("outputs", List.of(Map.of("file", "a.pdf")));
        String expected = """
                {
                  "format" : "rapportverk-manifest/1",
                  "documents" : [ ],
                  "strict" : false,
                  "bytes" : 674287,
                  "check" : 3,
                  "given" : null,
                  "outputs" : [
                    {
                      "file" : "a.pdf"
                    }
                  ]
                }
                """;
        assertEquals(expected, new String(Manifest.json(root), StandardCharsets.UTF_8));
        assertArrayEquals(oldJson(root), Manifest.json(root));
    }
}
