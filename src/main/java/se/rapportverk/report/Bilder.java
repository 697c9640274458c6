package se.rapportverk.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.rapportverk.document.Picture;
import se.rapportverk.workbook.Bild;
import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Workbook;

/**
 * The pictures of the sheet Bilder as the document tree has them, by the key of their names
 * ({@link Bild#key}), for the texts' {@code [bild: Namn]} lines. Each shows its row's cells, so that a
 * warning about the row stands beside the picture in the Word file.
 */
public final class Bilder {

    private Bilder() {
    }

    /** The workbook's pictures by key; empty when it has none. */
    public static Map<String, Picture> pictures(Workbook workbook) {
        Map<String, Picture> pictures = new LinkedHashMap<>();
        for (Bild b : workbook.bilder().orElse(List.of())) {
            List<CellRef> cells = new ArrayList<>(List.of(b.namn().cell(), b.altText().cell()));
            b.bildtext().ifPresent(t -> cells.add(t.cell()));
            Picture.Format format = b.format() == Bild.Format.PNG ? Picture.Format.PNG : Picture.Format.JPEG;
            pictures.putIfAbsent(Bild.key(b.namn().value()), new Picture(b.namn().value(), b.altText().value(),
                    b.bildtext().map(t -> t.value()).orElse(""),
                    new Picture.Image(format, b.bytes(), b.widthPx(), b.heightPx(), (float) b.widthPoints()),
                    SourceCells.of(cells)));
        }
        return pictures;
    }
}
