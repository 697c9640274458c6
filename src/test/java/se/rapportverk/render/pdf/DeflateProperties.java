package se.rapportverk.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Rapportverk's own deflate: whatever it is given, the JDK's inflater (as any PDF reader's) gives the
 * bytes back, and the same input always gives the same stream.
 */
class DeflateProperties {

    static byte[] inflate(byte[] zlib) throws DataFormatException {
        Inflater inflater = new Inflater();
        inflater.setInput(zlib);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && !inflater.finished() && inflater.needsInput()) {
                throw new DataFormatException("truncated");
            }
            out.write(buffer, 0, n);
        }
        inflater.end();
        return out.toByteArray();
    }

    @Property
    void anyBytesComeBack(@ForAll @Size(max = 5000) byte[] data) throws DataFormatException {
        byte[] z = Deflate.zlib(data);
        assertArrayEquals(data, inflate(z));
        assertArrayEquals(z, Deflate.zlib(data.clone()));
    }

    @Property(tries = 50)
    void repetitiveRowsLikeAnImageComeBackAndShrink(@ForAll @IntRange(min = 1, max = 400) int width,
                                                   @ForAll @IntRange(min = 1, max = 60) int height,
                                                   @ForAll @Size(min = 1, max = 6) byte[] palette)
            throws DataFormatException {
        byte[] data = new byte[width * height * 3];
        for (int i = 0; i < data.length; i++) {
            data[i] = palette[(i / 3 / 17 + i % 3) % palette.length];
        }
        byte[] z = Deflate.zlib(data);
        assertArrayEquals(data, inflate(z));
        if (data.length > 3000) {
            org.junit.jupiter.api.Assertions.assertTrue(z.length < data.length / 4, z.length + " of " + data.length);
        }
    }
}
