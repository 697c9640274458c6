package se.rapportverk.render.pdf;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.Adler32;

/**
 * A small deflate compressor (RFC 1950/1951: a zlib stream of one block with the fixed Huffman
 * codes, greedy LZ77 matching) written out here so that its output is a function of its input
 * alone. {@link java.util.zip.Deflater} is not: its bytes depend on the zlib the JVM is built with
 * (zlib, zlib-ng, vendor patches), and a PDF made again years later must be the same bytes. Used
 * for the pixels of a logo that the PDF cannot take from the PNG as it is; any inflater reads it.
 */
final class Deflate {

    private static final int WINDOW = 32 * 1024;
    private static final int MIN_MATCH = 3;
    private static final int MAX_MATCH = 258;
    private static final int MAX_CHAIN = 64;
    private static final int HASH_BITS = 15;

    private static final int[] LENGTH_BASE = {3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
            67, 83, 99, 115, 131, 163, 195, 227, 258};
    private static final int[] LENGTH_EXTRA = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
            5, 5, 5, 5, 0};
    private static final int[] DISTANCE_BASE = {1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385,
            513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
    private static final int[] DISTANCE_EXTRA = {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10,
            10, 11, 11, 12, 12, 13, 13};

    private Deflate() {
    }

    /** The bytes as a zlib stream (what a PDF's /FlateDecode reads). */
    static byte[] zlib(byte[] data) {
        Bits out = new Bits(data.length / 4 + 64);
        out.bytes.write(0x78);
        out.bytes.write(0x01);
        out.write(1, 1); // the last block
        out.write(1, 2); // fixed Huffman codes
        int[] head = new int[1 << HASH_BITS];
        Arrays.fill(head, -1);
        int[] prev = new int[WINDOW];
        int i = 0;
        while (i < data.length) {
            int bestLength = 0;
            int bestDistance = 0;
            if (i + MIN_MATCH <= data.length) {
                int h = hash(data, i);
                int candidate = head[h];
                int chain = 0;
                int limit = Math.min(MAX_MATCH, data.length - i);
                while (candidate >= 0 && i - candidate <= WINDOW && chain++ < MAX_CHAIN) {
                    int n = 0;
                    while (n < limit && data[candidate + n] == data[i + n]) {
                        n++;
                    }
                    if (n > bestLength) {
                        bestLength = n;
                        bestDistance = i - candidate;
                        if (n == limit) {
                            break;
                        }
                    }
                    candidate = prev[candidate % WINDOW];
                }
            }
            if (bestLength >= MIN_MATCH) {
                writeLength(out, bestLength);
                writeDistance(out, bestDistance);
                for (int k = 0; k < bestLength; k++) {
                    insert(data, i + k, head, prev);
                }
                i += bestLength;
            } else {
                writeLiteral(out, data[i] & 0xFF);
                insert(data, i, head, prev);
                i++;
            }
        }
        writeLiteral(out, 256); // end of block
        out.flush();
        Adler32 adler = new Adler32();
        adler.update(data);
        long a = adler.getValue();
        out.bytes.write((int) (a >>> 24) & 0xFF);
        out.bytes.write((int) (a >>> 16) & 0xFF);
        out.bytes.write((int) (a >>> 8) & 0xFF);
        out.bytes.write((int) a & 0xFF);
        return out.bytes.toByteArray();
    }

    private static int hash(byte[] d, int i) {
        int v = ((d[i] & 0xFF) << 16) | ((d[i + 1] & 0xFF) << 8) | (d[i + 2] & 0xFF);
        return (v * 0x9E3779B1) >>> (32 - HASH_BITS);
    }

    private static void insert(byte[] d, int i, int[] head, int[] prev) {
        if (i + MIN_MATCH > d.length) {
            return;
        }
        int h = hash(d, i);
        prev[i % WINDOW] = head[h];
        head[h] = i;
    }

    /** A literal byte or the end of the block, in the fixed code. */
    private static void writeLiteral(Bits out, int v) {
        if (v < 144) {
            out.writeCode(0x30 + v, 8);
        } else if (v < 256) {
            out.writeCode(0x190 + v - 144, 9);
        } else if (v < 280) {
            out.writeCode(v - 256, 7);
        } else {
            out.writeCode(0xC0 + v - 280, 8);
        }
    }

    private static void writeLength(Bits out, int length) {
        int code = LENGTH_BASE.length - 1;
        while (LENGTH_BASE[code] > length) {
            code--;
        }
        writeLiteral(out, 257 + code);
        out.write(length - LENGTH_BASE[code], LENGTH_EXTRA[code]);
    }

    private static void writeDistance(Bits out, int distance) {
        int code = DISTANCE_BASE.length - 1;
        while (DISTANCE_BASE[code] > distance) {
            code--;
        }
        out.writeCode(code, 5);
        out.write(distance - DISTANCE_BASE[code], DISTANCE_EXTRA[code]);
    }

    /** Bits packed from the least significant end of each byte, as deflate packs them. */
    private static final class Bits {
        final ByteArrayOutputStream bytes;
        private int buffer;
        private int count;

        Bits(int size) {
            bytes = new ByteArrayOutputStream(size);
        }

        /** A value of {@code n} bits, least significant bit first (extra bits, block header). */
        void write(int value, int n) {
            for (int b = 0; b < n; b++) {
                bit((value >>> b) & 1);
            }
        }

        /** A Huffman code of {@code n} bits, most significant bit first. */
        void writeCode(int code, int n) {
            for (int b = n - 1; b >= 0; b--) {
                bit((code >>> b) & 1);
            }
        }

        private void bit(int b) {
            buffer |= b << count;
            if (++count == 8) {
                bytes.write(buffer);
                buffer = 0;
                count = 0;
            }
        }

        void flush() {
            if (count > 0) {
                bytes.write(buffer);
                buffer = 0;
                count = 0;
            }
        }
    }
}
