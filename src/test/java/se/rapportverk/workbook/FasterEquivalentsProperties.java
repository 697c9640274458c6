package se.rapportverk.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The faster code of the workbook reader gives what the code it replaced gave, the old code kept
 * here as the oracle (the performance round of issue 8: same findings, same messages): a part whose
 * start {@link XlsxPackage#plainProlog} calls plain is one the parser never refuses for a document
 * type declaration, so skipping the parser for it refuses exactly the files refused before; and a
 * picture reference is found in a line as before.
 */
class FasterEquivalentsProperties {

    /** The old check of a part: the parser reads the prolog up to the root element, refusing a DOCTYPE. */
    private static boolean refusedByTheParser(byte[] part) {
        try (InputStream in = new ByteArrayInputStream(part)) {
            XMLStreamReader r = SafeXml.reader(in);
            while (r.hasNext()) {
                if (SafeXml.next(r) == XMLStreamConstants.START_ELEMENT) {
                    break;
                }
            }
            return false;
        } catch (SafeXml.DoctypeException d) {
            return true;
        } catch (Exception other) {
            return false; // damage is reported when the part is read
        }
    }

    private static boolean plain(byte[] part) {
        return XlsxPackage.plainProlog(Arrays.copyOf(part, Math.min(part.length, SafeXml.HEAD_BYTES)));
    }

    /** Starts of XML parts: what Excel writes, and every trick a declaration, a comment or an instruction allows. */
    @Provide
    Arbitrary<byte[]> parts() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(5, Arbitraries.of(
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>",
                        "<?xml version='1.0'?>", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                        "<?xml  version = \"1.0\"\tencoding='utf-8'  standalone='no' ?>",
                        "<?xml version=\"1.0\" encoding=\"?>\"?>", "<?xml version=\"1.0\" encoding=\"a?>b\"?>",
                        "<?xml version=\"1.0\" encoding=\"<!DOCTYPE r>\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>",
                        "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "<?xml version=\"1.0\" encoding=\"IBM037\"?>",
                        "<?xml version=\"1.0\" encoding=\"ingen-sadan\"?>", "<?xml version=\"1.0\" standalone=\"kanske\"?>",
                        "<?XML version=\"1.0\"?>", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\" extra=\"1\"?>",
                        "<?xml version=\"1.1\"?>", "<?xml?>", "<?xml version=\"1.0\"")),
                net.jqwik.api.Tuple.of(3, Arbitraries.of("<?foo bar?>", "<?foo \"?><!DOCTYPE r [<!ENTITY e \"x\">]>\"?>",
                        "<?mso-application progid=\"Excel.Sheet\"?>", "<?a?>")),
                net.jqwik.api.Tuple.of(3, Arbitraries.of("<!-- c -->", "<!-- <!DOCTYPE r> -->", "<!-- -- -->",
                        "<!--" + "x".repeat(600) + "-->")),
                net.jqwik.api.Tuple.of(4, Arbitraries.of("<!DOCTYPE r>", "<!DOCTYPE r [<!ENTITY e \"x\">]>",
                        "<!DOCTYPE r SYSTEM \"file:///etc/passwd\">", "<!doctype r>",
                        "<!DOCTYPE r [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>", "<!ENTITY e \"x\">",
                        "<!NOTATION n SYSTEM \"x\">", "<![CDATA[x]]>")),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(" ", "\r\n", "\t", "\n\n", "\u00A0", "\u3000")),
                net.jqwik.api.Tuple.of(5, Arbitraries.of("<r>", "<worksheet xmlns=\"http://x\">", "<r a=\"&e;\">",
                        "<r>&e;</r>", "<r>&amp;&#65;</r>", "<:r>", "<ö>", "<_r/>", "<r/><!DOCTYPE r>", "<r><!DOCTYPE r>",
                        "</r>", "<r", "<1r>", "<r>&e;")),
                net.jqwik.api.Tuple.of(2, Arbitraries.of("x", "&", "&e;", "]]>", "\u0000", "é", "\uFEFF", "<", "?>", "<!",
                        "\uD800")));
        Arbitrary<String> text = piece.list().ofMaxSize(7).map(l -> String.join("", l));
        Arbitrary<Charset> charset = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.just(StandardCharsets.UTF_8)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(StandardCharsets.ISO_8859_1)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(StandardCharsets.UTF_16LE)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(StandardCharsets.UTF_16BE)));
        Arbitrary<String> bom = Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("\uFEFF")));
        return Combinators.combine(bom, text, charset).as((b, t, c) -> (b + t).getBytes(c));
    }

    @Property(tries = 3000)
    void aPlainPrologIsOneTheParserNeverRefuses(@ForAll("parts") byte[] part) {
        if (plain(part)) {
            assertFalse(refusedByTheParser(part), () -> new String(part, StandardCharsets.ISO_8859_1));
        }
    }

    @Example
    void whatExcelWritesIsPlainAndADoctypeNeverIs() {
        for (String start : new String[] {"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<worksheet",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst count=\"403\">", "<Types xmlns=\"x\"/>",
                "\uFEFF<?xml version=\"1.0\"?><workbook/>"}) {
            assertTrue(plain(start.getBytes(StandardCharsets.UTF_8)), start);
        }
        for (String start : new String[] {"<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e \"x\">]><r>&e;</r>",
                "<!DOCTYPE r SYSTEM \"file:///etc/passwd\"><r/>", "<!-- x --><r/>", "<?foo \"?><!DOCTYPE r>\"?><r/>",
                "<?xml version=\"1.0\" encoding=\"?>  <?a?> <r?>\"?><!DOCTYPE r><r/>"}) {
            assertFalse(plain(start.getBytes(StandardCharsets.UTF_8)), start);
        }
        assertFalse(plain("<?xml version=\"1.0\"?><worksheet/>".getBytes(StandardCharsets.UTF_16LE)));
        assertTrue(refusedByTheParser("<?xml version=\"1.0\"?><!DOCTYPE r><r/>".getBytes(StandardCharsets.UTF_8)));
    }

    /** The old Bild.reference: the pattern matched against every line. */
    private static final Pattern OLD_REFERENCE = Pattern.compile("\\[\\s*bild\\s*:\\s*([^\\]]*?)\\s*\\]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static Optional<String> oldReference(String line) {
        Matcher m = OLD_REFERENCE.matcher(line.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Provide
    Arbitrary<String> lines() {
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of("[", "]", "bild", "BILD", "Bild", ":", " ", "\t", "\u00A0", "\u2003")),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().withChars("abcåÖ019-").ofMinLength(1).ofMaxLength(6)),
                net.jqwik.api.Tuple.of(1, Arbitraries.of("[bild: Organisation]", " [ BILD : Karta ] ", "[bild:]")));
        return piece.list().ofMaxSize(10).map(l -> String.join("", l));
    }

    @Property(tries = 2000)
    void aPictureReferenceIsFoundAsBefore(@ForAll("lines") String line) {
        assertEquals(oldReference(line), Bild.reference(line));
    }
}
