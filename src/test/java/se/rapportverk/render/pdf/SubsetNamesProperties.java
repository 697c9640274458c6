package se.rapportverk.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.junit.jupiter.api.Test;

/**
 * The search for subset tags finds what the PDF syntax of a tagged font name says, written here as
 * the regular expression of ISO 32000-1, 9.6.4 ("/BaseFont /ABCDEF+Name"): every occurrence, left to
 * right, in any bytes (also inside binary streams, where the file's bytes happen to read so).
 */
class SubsetNamesProperties {

    private static final Pattern TAGGED = Pattern.compile("/(?:BaseFont|FontName)\\s*/([A-Z]{6})\\+([A-Za-z0-9-]+)");

    private static List<SubsetNames.Tagged> byRegex(byte[] pdf) {
        return byRegex(pdf, 0);
    }

    /** What the expression finds searching from an offset on. */
    private static List<SubsetNames.Tagged> byRegex(byte[] pdf, int from) {
        Matcher m = TAGGED.matcher(new String(pdf, StandardCharsets.ISO_8859_1));
        m.region(from, pdf.length);
        List<SubsetNames.Tagged> found = new ArrayList<>();
        while (m.find()) {
            found.add(new SubsetNames.Tagged(m.start(1), m.group(2)));
        }
        return found;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void findsTheTagsOfAFontDictionaryAndDescriptor() {
        byte[] pdf = bytes("<</Type/Font/BaseFont/QWERTY+LiberationSans-Bold>> <</FontName /ABCDEF+Liberation-Sans2"
                + "\n/Flags 32>> /BaseFont /ABCDE+Short /FontName/ABCDEFG+Long /BaseFont\r\n/ZZZZZZ+X");
        assertEquals(List.of(new SubsetNames.Tagged(22, "LiberationSans-Bold"),
                new SubsetNames.Tagged(64, "Liberation-Sans2"), new SubsetNames.Tagged(158, "X")),
                SubsetNames.find(pdf, 0));
        assertEquals(List.of(), SubsetNames.find(bytes("/BaseFont/QWERTY+"), 0));
        assertEquals(List.of(), SubsetNames.find(bytes("/BaseFont /QWERTY"), 0));
        assertEquals(List.of(), SubsetNames.find(bytes("/FontNames /QWERTY+X"), 0));
    }

    @Provide
    Arbitrary<byte[]> pdfLike() {
        Arbitrary<String> token = Arbitraries.of("/BaseFont", "/FontName", "/Font", "/", " ", "\n", "\r\n", "\t",
                "\u000B", "\f", "QWE", "RTY", "ABCDEF", "+", "Liberation", "Sans-Bold", "2", "<<", ">>", "a", "Z",
                "\u00A0", "\u00FF", "\u0000");
        return token.list().ofMaxSize(40).map(ts -> bytes(String.join("", ts)));
    }

    @Property(tries = 2000)
    void findsWhatTheRegularExpressionFinds(@ForAll("pdfLike") byte[] pdf) {
        assertEquals(byRegex(pdf), SubsetNames.find(pdf, 0));
    }

    @Property
    void findsWhatTheRegularExpressionFindsInAnyBytes(@ForAll byte[] pdf) {
        assertEquals(byRegex(pdf), SubsetNames.find(pdf, 0));
    }

    @Property(tries = 1000)
    void searchingFromAnOffsetFindsWhatTheExpressionFindsFromThere(@ForAll("pdfLike") byte[] pdf,
                                                                  @ForAll @net.jqwik.api.constraints.IntRange(max = 400) int from) {
        int start = Math.min(from, pdf.length);
        assertEquals(byRegex(pdf, start), SubsetNames.find(pdf, start));
    }

    @Test
    void aTagBeforeTheOffsetIsLeftAsItIs() {
        byte[] pdf = bytes("stream /BaseFont /QWERTY+Embedded endstream /BaseFont /ASDFGH+LiberationSans");
        assertEquals(List.of(new SubsetNames.Tagged(55, "LiberationSans")), SubsetNames.find(pdf, 34));
    }
}
