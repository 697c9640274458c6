package se.rapportverk.generate;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import se.rapportverk.digest.Sha256;

/** SHA-256 digests as lower-case hex, as the manifest records them. */
public final class Hashes {

    /**
     * The digests of inputs, by the array itself (an array's {@code equals} is identity), kept while the
     * array is in use: a run's templates serve every workbook, and its workbook the check report and
     * the manifest.
     */
    private static final Map<byte[], String> INPUTS = Collections.synchronizedMap(new WeakHashMap<>());

    private Hashes() {
    }

    /** The SHA-256 of the bytes, 64 hex digits. */
    public static String sha256(byte[] bytes) {
        return Sha256.hex(bytes);
    }

    /**
     * The SHA-256 of an input's bytes (a workbook's, a template's), worked out once for each array:
     * only for arrays that are never changed once read.
     */
    public static String sha256OfInput(byte[] bytes) {
        String known = INPUTS.get(bytes);
        if (known == null) {
            known = sha256(bytes);
            INPUTS.put(bytes, known);
        }
        return known;
    }
}
