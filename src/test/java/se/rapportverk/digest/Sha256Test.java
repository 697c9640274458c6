package se.rapportverk.digest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * SHA-256 by each engine. The expected digests are the examples of FIPS 180-2 (appendix B), written
 * out here; the property compares the OpenSSL engine with the JDK's {@link MessageDigest}.
 */
public class Sha256Test {

    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
    private static final String TWO_BLOCKS_TEXT = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    private static final String TWO_BLOCKS = "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1";
    private static final String MILLION_A = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";

    private static final Optional<Sha256.Engine> OPENSSL = Sha256.loadNative();

    @Test
    void theEngineOfThisProcessGivesTheStandardsDigests() {
        assertStandard(Sha256.engine());
    }

    @Test
    void theJdkEngineGivesTheStandardsDigests() {
        assertStandard(Sha256.JAVA);
    }

    @Test
    void theOpenSslEngineGivesTheStandardsDigests() {
        assumeTrue(OPENSSL.isPresent(), "no OpenSSL engine on this system or Java");
        assertStandard(OPENSSL.get());
        assertTrue(OPENSSL.get().name().startsWith("OpenSSL"), OPENSSL.get().name());
    }

    /**
     * Where the system has OpenSSL 3 and the Java is 22 or later, the tests (run with native access, as
     * the jar is) must get the OpenSSL engine: otherwise the build or the flags have lost it.
     */
    @Test
    void onLinuxWithOpenSslAndJava22TheOpenSslEngineIsUsed() {
        assumeTrue(openSslExpected(), "no OpenSSL 3 with Java 22+ on Linux here");
        assertTrue(Sha256.engine().name().startsWith("OpenSSL"), Sha256.engine().name());
        assertTrue(Sha256.engineName().startsWith("OpenSSL"), Sha256.engineName());
    }

    /** Whether this machine should give OpenSSL's engine: Linux, Java 22 or later, libcrypto.so.3 in a usual place. */
    public static boolean openSslExpected() {
        return System.getProperty("os.name").startsWith("Linux") && Runtime.version().feature() >= 22
                && List.of("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib64", "/usr/lib",
                        "/lib/x86_64-linux-gnu", "/lib64").stream().anyMatch(d -> Files.exists(Path.of(d, "libcrypto.so.3")));
    }

    @Test
    void anEngineWithAWrongAnswerIsNotUsed() {
        Sha256.Engine wrong = new Sha256.Engine() {
            @Override
            public byte[] digest(List<byte[]> parts) {
                return new byte[32];
            }

            @Override
            public String name() {
                return "fel";
            }
        };
        assertFalse(Sha256.passes(wrong));
        assertTrue(Sha256.passes(Sha256.JAVA));
    }

    @Property(tries = 300)
    void openSslAndTheJdkGiveTheSameDigestOfAnyBytesInAnyParts(@ForAll("parts") List<byte[]> parts) {
        assumeTrue(OPENSSL.isPresent());
        MessageDigest md = Sha256.messageDigest();
        parts.forEach(md::update);
        byte[] expected = md.digest();
        assertArrayEquals(expected, OPENSSL.get().digest(parts));
        assertArrayEquals(expected, Sha256.digest(parts));
    }

    @Provide
    Arbitrary<List<byte[]>> parts() {
        // lengths around the 64-byte block and its padding edge (55, 56, 63, 64, 65), and larger ones
        Arbitrary<byte[]> part = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(130),
                Arbitraries.bytes().array(byte[].class).ofMinSize(1000).ofMaxSize(70_000));
        return part.list().ofMaxSize(6);
    }

    private static void assertStandard(Sha256.Engine e) {
        HexFormat hex = HexFormat.of();
        assertEquals(EMPTY, hex.formatHex(e.digest(List.of())), e.name());
        assertEquals(EMPTY, hex.formatHex(e.digest(List.of(new byte[0]))), e.name());
        assertEquals(ABC, hex.formatHex(e.digest(List.of(ascii("abc")))), e.name());
        assertEquals(TWO_BLOCKS, hex.formatHex(e.digest(List.of(ascii(TWO_BLOCKS_TEXT)))), e.name());
        // the same text cut anywhere into parts
        for (int cut = 0; cut <= TWO_BLOCKS_TEXT.length(); cut += 7) {
            List<byte[]> parts = new ArrayList<>();
            parts.add(ascii(TWO_BLOCKS_TEXT.substring(0, cut)));
            parts.add(ascii(TWO_BLOCKS_TEXT.substring(cut)));
            assertEquals(TWO_BLOCKS, hex.formatHex(e.digest(parts)), e.name() + " cut at " + cut);
        }
        byte[] million = new byte[1_000_000];
        Arrays.fill(million, (byte) 'a');
        assertEquals(MILLION_A, hex.formatHex(e.digest(List.of(million))), e.name());
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
