package se.rapportverk.render.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.openpdf.text.BadElementException;
import org.openpdf.text.Image;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;

import se.rapportverk.husstil.Husstil;

/**
 * The PDF image of a logo. A PNG of 8-bit colour or grey without transparency and not interlaced
 * keeps its compressed pixel data as it is in the file. Any other PNG (with transparency, 16 bits,
 * interlaced) is made opaque on white, as it stands on the white page, and compressed with
 * {@link Deflate}: a PDF/A file may not use soft masks in OpenPDF's writing of it, and the bytes
 * must not depend on the zlib of the machine. Both ways the bytes follow from the PNG alone.
 */
final class LogoImage {

    private LogoImage() {
    }

    static Image of(Husstil.Logo logo) throws IOException {
        return png(logo.png(), logo.widthPx(), logo.heightPx());
    }

    /** The PDF image of a PNG, as for a logo. */
    static Image png(byte[] png, int widthPx, int heightPx) throws IOException {
        try {
            if (asItIs(png)) {
                return compressedAsItIs(png, widthPx, heightPx);
            }
            return opaque(png);
        } catch (BadElementException e) {
            throw new IOException("the image cannot be used in the PDF", e);
        }
    }

    /**
     * The PDF image of a picture of the workbook: a PNG as a logo, a JPEG with its own compressed data
     * as it is in the file (/DCTDecode), so the bytes follow from the file alone.
     */
    static Image of(se.rapportverk.document.Picture.Image image) throws IOException {
        if (image.format() == se.rapportverk.document.Picture.Format.PNG) {
            return png(image.bytes(), image.widthPx(), image.heightPx());
        }
        try {
            return Image.getInstance(image.bytes());
        } catch (RuntimeException e) {
            throw new IOException("the JPEG cannot be used in the PDF", e);
        }
    }

    /**
     * Whether the PNG's own compressed data can be used: 8-bit RGB or grey, without transparency, not
     * interlaced (a palette is decoded, since the PDF would need the palette as a colour space).
     */
    static boolean asItIs(byte[] png) {
        int bitDepth = png[24] & 0xFF;
        int colourType = png[25] & 0xFF;
        int interlace = png[28] & 0xFF;
        if (bitDepth != 8 || interlace != 0 || (colourType != 2 && colourType != 0)) {
            return false;
        }
        // Chunks: length (4), type (4), data, CRC (4), from offset 8.
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ((png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (type.equals("tRNS")) {
                return false;
            }
            if (type.equals("IDAT") || length < 0) {
                break;
            }
            at += 12 + length;
        }
        return true;
    }

    /**
     * The PNG's image data (its IDAT chunks joined): a zlib stream of rows each with its PNG filter
     * byte, which a PDF reads with /FlateDecode and /Predictor 15.
     */
    private static Image compressedAsItIs(byte[] png, int width, int height) throws BadElementException {
        int colours = (png[25] & 0xFF) == 2 ? 3 : 1;
        java.io.ByteArrayOutputStream idat = new java.io.ByteArrayOutputStream(png.length);
        int at = 8;
        while (at + 8 <= png.length) {
            int length = ((png[at] & 0xFF) << 24) | ((png[at + 1] & 0xFF) << 16) | ((png[at + 2] & 0xFF) << 8)
                    | (png[at + 3] & 0xFF);
            String type = new String(png, at + 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            if (type.equals("IDAT")) {
                idat.write(png, at + 8, length);
            }
            at += 12 + length;
        }
        Image img = Image.getInstance(width, height, colours, 8, idat.toByteArray());
        img.setDeflated(true);
        PdfDictionary parms = new PdfDictionary();
        parms.put(PdfName.PREDICTOR, new PdfNumber(15));
        parms.put(PdfName.COLORS, new PdfNumber(colours));
        parms.put(PdfName.BITSPERCOMPONENT, new PdfNumber(8));
        parms.put(PdfName.COLUMNS, new PdfNumber(width));
        PdfDictionary additional = new PdfDictionary();
        additional.put(PdfName.DECODEPARMS, parms);
        img.setAdditional(additional);
        return img;
    }

    /** The pixels made opaque on white, 8-bit RGB, from the raster's own samples (no colour conversion). */
    private static Image opaque(byte[] png) throws IOException, BadElementException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        if (image == null) {
            throw new IOException("the logo is not a PNG");
        }
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] rgb = new byte[w * h * 3];
        boolean indexed = image.getColorModel() instanceof java.awt.image.IndexColorModel;
        Raster raster = image.getRaster();
        int bands = raster.getNumBands();
        int max = (1 << image.getColorModel().getComponentSize(0)) - 1;
        int[] px = new int[Math.max(bands, 4)];
        int at = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int r;
                int g;
                int b;
                int a;
                if (indexed) {
                    // A palette: the colour model gives the entry's colour and alpha exactly.
                    int argb = image.getColorModel().getRGB(raster.getDataElements(x, y, null));
                    a = argb >>> 24;
                    r = (argb >> 16) & 0xFF;
                    g = (argb >> 8) & 0xFF;
                    b = argb & 0xFF;
                } else {
                    raster.getPixel(x, y, px);
                    boolean grey = bands <= 2;
                    r = scale(px[0], max);
                    g = grey ? r : scale(px[1], max);
                    b = grey ? r : scale(px[2], max);
                    a = bands == 2 ? scale(px[1], max) : bands == 4 ? scale(px[3], max) : 255;
                }
                rgb[at++] = (byte) onWhite(r, a);
                rgb[at++] = (byte) onWhite(g, a);
                rgb[at++] = (byte) onWhite(b, a);
            }
        }
        Image img = Image.getInstance(w, h, 3, 8, Deflate.zlib(rgb));
        img.setDeflated(true);
        return img;
    }

    private static int scale(int v, int max) {
        return max == 255 ? v : (v * 255 + max / 2) / max;
    }

    /** The colour over white with the alpha, rounded. */
    private static int onWhite(int c, int a) {
        return (c * a + 255 * (255 - a) + 127) / 255;
    }
}
