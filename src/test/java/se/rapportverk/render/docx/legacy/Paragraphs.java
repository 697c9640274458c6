package se.rapportverk.render.docx.legacy;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;

import se.rapportverk.document.Table;

/** Small helpers for paragraph properties. */
final class Paragraphs {

    private Paragraphs() {
    }

    /**
     * Gives the paragraph a style. Normal is the default and is left unnamed, as Word does.
     *
     * @return the paragraph's properties
     */
    static CTPPr style(CTP p, String styleId) {
        CTPPr pPr = p.isSetPPr() ? p.getPPr() : p.addNewPPr();
        if (!StyleIds.NORMAL.equals(styleId)) {
            pPr.addNewPStyle().setVal(styleId);
        }
        return pPr;
    }

    /** Aligns the paragraph; left, the default, is left unset. */
    static void align(CTPPr pPr, Table.Align align) {
        switch (align) {
            case LEFT -> {
            }
            case RIGHT -> pPr.addNewJc().setVal(STJc.RIGHT);
            case CENTER -> pPr.addNewJc().setVal(STJc.CENTER);
        }
    }
}
