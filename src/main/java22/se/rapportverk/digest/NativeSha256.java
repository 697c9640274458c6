package se.rapportverk.digest;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * SHA-256 by the system's OpenSSL ({@code libcrypto}), called through the foreign function API of
 * Java 22 and later: {@code EVP_Digest} with {@code EVP_sha256()}, both in OpenSSL 1.1 and 3, in one
 * call. The call is "critical" (it reads the Java arrays where they are, with no copy into native
 * memory): it holds up a collection for as long as it runs, about a millisecond for a megabyte.
 *
 * <p>Compiled only by a Java 22 or later (a Maven profile, from {@code src/main/java22}); {@link Sha256}
 * loads it by name on such a Java and checks it against the standard's test vectors before using it.
 * The constructor throws when native access is not granted, so that a restricted call never makes the
 * JVM print its warning.
 */
final class NativeSha256 implements Sha256.Engine {

    /** The names of libcrypto tried, newest first. */
    private static final List<String> LIBRARIES = List.of("libcrypto.so.3", "libcrypto.so.1.1", "libcrypto.so");

    private static final int DIGEST_LENGTH = 32;

    /** {@code int EVP_Digest(const void *data, size_t count, unsigned char *md, unsigned int *size, const EVP_MD *type, ENGINE *impl)} */
    private final MethodHandle evpDigest;
    /** {@code EVP_sha256()}: a constant of the library, valid while it is loaded (for the whole process). */
    private final MemorySegment sha256;
    private final SymbolLookup lib;
    private final Linker linker;
    /** The library's version, asked for only when a person wants it (another downcall to link). */
    private volatile String name;

    NativeSha256() throws Throwable {
        if (!NativeSha256.class.getModule().isNativeAccessEnabled()) {
            throw new IllegalStateException("native access is not enabled");
        }
        lib = library();
        linker = Linker.nativeLinker();
        evpDigest = linker.downcallHandle(symbol(lib, "EVP_Digest"), FunctionDescriptor.of(ValueLayout.JAVA_INT,
                ValueLayout.ADDRESS, ValueLayout.JAVA_LONG, ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                ValueLayout.ADDRESS, ValueLayout.ADDRESS), Linker.Option.critical(true));
        MethodHandle evpSha256 = linker.downcallHandle(symbol(lib, "EVP_sha256"),
                FunctionDescriptor.of(ValueLayout.ADDRESS));
        sha256 = (MemorySegment) evpSha256.invokeExact();
        if (sha256.equals(MemorySegment.NULL)) {
            throw new IllegalStateException("EVP_sha256 gave NULL");
        }
    }

    private static SymbolLookup library() {
        IllegalArgumentException missing = null;
        for (String name : LIBRARIES) {
            try {
                return SymbolLookup.libraryLookup(name, Arena.global());
            } catch (IllegalArgumentException e) {
                missing = e;
            }
        }
        throw missing;
    }

    private static MemorySegment symbol(SymbolLookup lib, String name) {
        return lib.find(name).orElseThrow(() -> new IllegalStateException(name + " is missing from libcrypto"));
    }

    /** The library's own version text ({@code OpenSSL_version(OPENSSL_VERSION)}: "OpenSSL 3.0.17 1 Jul 2025"). */
    private static String version(SymbolLookup lib, Linker linker) throws Throwable {
        var symbol = lib.find("OpenSSL_version");
        if (symbol.isEmpty()) {
            return "OpenSSL";
        }
        MethodHandle h = linker.downcallHandle(symbol.get(), FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        MemorySegment text = (MemorySegment) h.invokeExact(0);
        return text.equals(MemorySegment.NULL) ? "OpenSSL" : text.reinterpret(256).getString(0);
    }

    @Override
    public byte[] digest(List<byte[]> parts) {
        byte[] data = parts.size() == 1 ? parts.get(0) : concatenated(parts);
        byte[] md = new byte[DIGEST_LENGTH];
        int[] size = new int[1];
        int ok;
        try {
            ok = (int) evpDigest.invokeExact(MemorySegment.ofArray(data), (long) data.length, MemorySegment.ofArray(md),
                    MemorySegment.ofArray(size), sha256, MemorySegment.NULL);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
        if (ok != 1 || size[0] != DIGEST_LENGTH) {
            throw new IllegalStateException("EVP_Digest failed");
        }
        return md;
    }

    private static byte[] concatenated(List<byte[]> parts) {
        int length = 0;
        for (byte[] part : parts) {
            length = Math.addExact(length, part.length);
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    @Override
    public String name() {
        String known = name;
        if (known == null) {
            try {
                known = version(lib, linker);
            } catch (Error e) {
                throw e;
            } catch (Throwable t) {
                known = "OpenSSL"; // the digests are right (checked); only the version text is missing
            }
            name = known;
        }
        return known;
    }
}
