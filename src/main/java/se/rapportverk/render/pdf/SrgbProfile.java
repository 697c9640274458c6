package se.rapportverk.render.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * A small sRGB ICC profile (version 2.1, matrix/TRC display profile) built from the published
 * sRGB primaries and transfer curve, for the PDF/A output intent.
 *
 * <p>Built here rather than taken from the JDK so that the bytes never depend on the Java
 * version or its colour management module: an archived PDF must come out the same years later.
 */
final class SrgbProfile {

    private SrgbProfile() {
    }

    /** Description written into the profile and the output intent. */
    static final String DESCRIPTION = "sRGB IEC61966-2.1";

    private static final byte[] PROFILE = build();

    /** The profile bytes (a copy). */
    static byte[] bytes() {
        return PROFILE.clone();
    }

    private static byte[] build() {
        byte[] desc = descTag(DESCRIPTION);
        byte[] cprt = textTag("No copyright, use freely");
        byte[] wtpt = xyzTag(0.9642, 1.0, 0.8249); // D50, the PCS white
        // sRGB primaries adapted to D50 (Bradford), as in common sRGB display profiles.
        byte[] rXyz = xyzTag(0.436066, 0.222488, 0.013916);
        byte[] gXyz = xyzTag(0.385147, 0.716873, 0.097076);
        byte[] bXyz = xyzTag(0.143066, 0.060608, 0.714096);
        byte[] trc = curveTag();

        String[] sigs = {"desc", "cprt", "wtpt", "rXYZ", "gXYZ", "bXYZ", "rTRC", "gTRC", "bTRC"};
        byte[][] data = {desc, cprt, wtpt, rXyz, gXyz, bXyz, trc, null, null};
        int tagTable = 4 + 12 * sigs.length;
        int offset = 128 + tagTable;
        int[] offsets = new int[sigs.length];
        int[] sizes = new int[sigs.length];
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int i = 0; i < sigs.length; i++) {
            if (data[i] == null) { // the three TRC tags share one curve
                offsets[i] = offsets[6];
                sizes[i] = sizes[6];
                continue;
            }
            offsets[i] = offset + body.size();
            sizes[i] = data[i].length;
            body.writeBytes(data[i]);
            while (body.size() % 4 != 0) {
                body.write(0);
            }
        }
        int total = offset + body.size();
        ByteBuffer b = ByteBuffer.allocate(total); // big-endian
        b.putInt(total);
        b.putInt(0);                      // preferred CMM
        b.putInt(0x02100000);             // version 2.1
        b.put(ascii("mntr"));
        b.put(ascii("RGB "));
        b.put(ascii("XYZ "));
        b.putShort((short) 2024).putShort((short) 1).putShort((short) 1);
        b.putShort((short) 0).putShort((short) 0).putShort((short) 0);
        b.put(ascii("acsp"));
        b.putInt(0);                      // platform
        b.putInt(0);                      // flags
        b.putInt(0);                      // manufacturer
        b.putInt(0);                      // model
        b.putLong(0);                     // attributes
        b.putInt(0);                      // rendering intent: perceptual
        b.putInt(s15(0.9642)).putInt(s15(1.0)).putInt(s15(0.8249));
        b.putInt(0);                      // creator
        b.put(new byte[16]);              // profile id (none in v2)
        b.put(new byte[28]);              // reserved
        b.putInt(sigs.length);
        for (int i = 0; i < sigs.length; i++) {
            b.put(ascii(sigs[i]));
            b.putInt(offsets[i]);
            b.putInt(sizes[i]);
        }
        b.put(body.toByteArray());
        return b.array();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static int s15(double v) {
        return (int) Math.round(v * 65536.0);
    }

    private static byte[] xyzTag(double x, double y, double z) {
        return ByteBuffer.allocate(20).put(ascii("XYZ ")).putInt(0)
                .putInt(s15(x)).putInt(s15(y)).putInt(s15(z)).array();
    }

    private static byte[] textTag(String text) {
        byte[] t = ascii(text);
        return ByteBuffer.allocate(8 + t.length + 1).put(ascii("text")).putInt(0).put(t).put((byte) 0).array();
    }

    private static byte[] descTag(String text) {
        byte[] t = ascii(text);
        ByteBuffer b = ByteBuffer.allocate(12 + t.length + 1 + 4 + 4 + 2 + 1 + 67);
        b.put(ascii("desc")).putInt(0).putInt(t.length + 1).put(t).put((byte) 0);
        b.putInt(0).putInt(0);            // no Unicode description
        b.putShort((short) 0).put((byte) 0).put(new byte[67]); // no ScriptCode description
        return b.array();
    }

    /** The sRGB transfer curve sampled at 1024 points. */
    private static byte[] curveTag() {
        int n = 1024;
        ByteBuffer b = ByteBuffer.allocate(12 + 2 * n);
        b.put(ascii("curv")).putInt(0).putInt(n);
        for (int i = 0; i < n; i++) {
            double v = i / (double) (n - 1);
            double linear = v <= 0.04045 ? v / 12.92 : StrictMath.pow((v + 0.055) / 1.055, 2.4);
            b.putShort((short) Math.round(linear * 65535.0));
        }
        return b.array();
    }
}
