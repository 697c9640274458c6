package se.rapportverk.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * SHA-256, the one way Rapportverk computes it for what it records (the manifest's digests of the
 * workbook, the templates, the house style's files and every document written; the documents' ids),
 * by the fastest engine this Java and this system have. Every engine gives the same digest: only the
 * time differs.
 *
 * <p>The JDK's own SHA-256 is fast only in code compiled by C2, which uses the processor's SHA
 * instructions. The launcher runs C1 only (docs/prestanda.md), where it manages about 120 MB/s, and a
 * batch hashes about 1 MB of PDF and Word for each workbook's manifest: a fifth of the processor time.
 * So on Linux, with Java 22 or later and native access granted (the jar's manifest grants it, and
 * {@code ./run-tests} does), the system's OpenSSL ({@code libcrypto}) does it instead, at about 1 GB/s;
 * see {@code NativeSha256} (compiled only by a Java 22 or later, from {@code src/main/java22}).
 * Anywhere else, or if the library is missing, refuses, or gives a wrong digest for the standard's
 * test vectors, the JDK's engine is used without a word.
 */
public final class Sha256 {

    /** One way of computing the digest. Implementations must be safe for use by several threads at once. */
    interface Engine {
        /** The digest of the parts one after another, as if they were one array. */
        byte[] digest(List<byte[]> parts);

        /** What the engine is, for people: {@code "Java"} or the library's version ({@code "OpenSSL 3.0.17 1 Jul 2025"}). */
        String name();
    }

    /** The class of the OpenSSL engine, present when a Java 22 or later built the application. */
    static final String NATIVE_ENGINE = "se.rapportverk.digest.NativeSha256";

    /** FIPS 180-2's example: SHA-256 of "abc". */
    static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    private Sha256() {
    }

    /** The digest of the bytes, 64 lower-case hex digits. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest(List.of(bytes)));
    }

    /** The digest of the parts one after another, 64 lower-case hex digits. */
    public static String hex(List<byte[]> parts) {
        return HexFormat.of().formatHex(digest(parts));
    }

    /** What computes the digests in this process, for people: {@code "Java"} or {@code "OpenSSL 3.0.17 1 Jul 2025"}. */
    public static String engineName() {
        return ENGINE.name();
    }

    /**
     * The digest of the parts one after another. Should the OpenSSL engine fail on a call (it never has),
     * the JDK's engine answers that call.
     */
    public static byte[] digest(List<byte[]> parts) {
        if (ENGINE == JAVA) {
            return JAVA.digest(parts);
        }
        try {
            return ENGINE.digest(parts);
        } catch (RuntimeException e) {
            return JAVA.digest(parts);
        }
    }

    /** The engine this process uses. */
    static Engine engine() {
        return ENGINE;
    }

    /** The JDK's engine, which every Java has. */
    static final Engine JAVA = new Engine() {
        @Override
        public byte[] digest(List<byte[]> parts) {
            MessageDigest md = messageDigest();
            for (byte[] part : parts) {
                md.update(part);
            }
            return md.digest();
        }

        @Override
        public String name() {
            return "Java";
        }
    };

    /** The engine of this process (after {@link #JAVA}, which it may be). */
    private static final Engine ENGINE = choose();

    /** A new JDK SHA-256 digest. */
    static MessageDigest messageDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }

    /**
     * The OpenSSL engine where this system and this Java allow it, else the JDK's. Linux only: on
     * macOS loading the system's libcrypto ends the process, on Windows there is none to load.
     */
    private static Engine choose() {
        if (Runtime.version().feature() < 22 || !System.getProperty("os.name", "").startsWith("Linux")) {
            return JAVA;
        }
        return loadNative().orElse(JAVA);
    }

    /** The OpenSSL engine, if its class is here, it loads and it passes the test vectors. */
    static Optional<Engine> loadNative() {
        try {
            Engine e = (Engine) Class.forName(NATIVE_ENGINE).getDeclaredConstructor().newInstance();
            return passes(e) ? Optional.of(e) : Optional.empty();
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            // No class (built by Java 21), no library, no native access, or it refused: the JDK's engine.
            return Optional.empty();
        }
    }

    /** Whether an engine gives FIPS 180-2's digest of "abc", whole and in parts, and of nothing. */
    static boolean passes(Engine e) {
        HexFormat hex = HexFormat.of();
        byte[] abc = {'a', 'b', 'c'};
        return ABC.equals(hex.formatHex(e.digest(List.of(abc))))
                && ABC.equals(hex.formatHex(e.digest(List.of(new byte[] {'a'}, new byte[0], new byte[] {'b', 'c'}))))
                && "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855".equals(
                        hex.formatHex(e.digest(List.of())));
    }
}
