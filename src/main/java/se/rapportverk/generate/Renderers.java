package se.rapportverk.generate;

import java.util.ArrayList;
import java.util.List;

import se.rapportverk.render.DocumentRenderer;

/** The output formats Rapportverk writes, each with its renderer. */
public final class Renderers {

    private Renderers() {
    }

    /** Every renderer, PDF first. */
    public static List<DocumentRenderer> all() {
        List<DocumentRenderer> renderers = new ArrayList<>();
        renderers.add(new se.rapportverk.render.pdf.PdfRenderer());
        renderers.add(new se.rapportverk.render.docx.DocxRenderer());
        return renderers;
    }
}
