package se.rapportverk.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** SHA-256 as the manifest records it; the expected digest is FIPS 180-2's example "abc". */
class HashesTest {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void theDigestIsSha256InLowerCaseHex() {
        assertEquals(ABC, Hashes.sha256("abc".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anInputIsHashedOnceAndEqualArraysEachByTheirOwnBytes() {
        byte[] input = "abc".getBytes(StandardCharsets.US_ASCII);
        assertEquals(ABC, Hashes.sha256OfInput(input));
        assertEquals(ABC, Hashes.sha256OfInput(input));
        // another array is another input, whatever it holds
        byte[] other = "abd".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Hashes.sha256(other), Hashes.sha256OfInput(other));
        assertEquals("a52d159f262b2c6ddb724a61840befc36eb30c88877a4030b65cbe86298449c9", Hashes.sha256OfInput(other));
    }
}
