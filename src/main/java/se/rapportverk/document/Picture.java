package se.rapportverk.document;

import java.util.Objects;

/**
 * A picture from the workbook (sheet Bilder), with the text a screen reader reads for it and the
 * caption shown under it. Renderers show it as large as it was in the workbook, at most the width of
 * the text and a share of the page's height, and keep its caption with it.
 *
 * @param name    its name in the workbook ({@code Organisation}), the picture's name in the Word file
 * @param altText what a screen reader reads for it; never blank
 * @param caption the text shown under it, or empty
 * @param image   the image file
 * @param sources the workbook cells the picture shows (its row of the Bilder sheet), for placing
 *                remarks; {@link Sources#NONE} when none
 */
public record Picture(String name, String altText, String caption, Image image, Sources sources) implements Block {

    /** The file formats a picture may have: those that PDF/A, Word and every browser show alike. */
    public enum Format {
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpeg");

        /** The MIME type. */
        public final String mimeType;
        /** The usual file name extension. */
        public final String extension;

        Format(String mimeType, String extension) {
            this.mimeType = mimeType;
            this.extension = extension;
        }
    }

    /**
     * An image file as it is stored in the workbook. Its bytes are not copied: they are never changed.
     *
     * @param format      PNG or JPEG
     * @param bytes       the file
     * @param widthPx     width in pixels
     * @param heightPx    height in pixels
     * @param widthPoints the width it was shown at in the workbook, in points; 0 when the workbook does
     *                    not say (then its pixels at 96 per inch)
     */
    public record Image(Format format, byte[] bytes, int widthPx, int heightPx, float widthPoints) {
        public Image {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(bytes, "bytes");
            if (widthPx <= 0 || heightPx <= 0 || widthPoints < 0 || Float.isNaN(widthPoints)) {
                throw new IllegalArgumentException("an image has a size: " + widthPx + "×" + heightPx);
            }
        }

        /** Height over width. */
        public double aspect() {
            return (double) heightPx / widthPx;
        }

        /** The width it asks for, in points: as in the workbook, or its pixels at 96 per inch. */
        public float naturalWidth() {
            return widthPoints > 0 ? widthPoints : widthPx * 0.75f;
        }
    }

    public Picture {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(caption, "caption");
        Objects.requireNonNull(sources, "sources");
        if (altText == null || altText.isBlank()) {
            throw new IllegalArgumentException("a picture needs its alternative text: " + name);
        }
    }
}
