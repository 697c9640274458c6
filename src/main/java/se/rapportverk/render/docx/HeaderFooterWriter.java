package se.rapportverk.render.docx;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;

import se.rapportverk.document.DocumentInfo;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.render.layout.Geometry;
import se.rapportverk.render.layout.Theme;

/**
 * Writes the running header (the document's header text) and footer (the Diarienummer at the
 * left, {@code Sida X av Y} at the right, with PAGE and NUMPAGES fields). The first page has a
 * header and footer of its own ({@code w:titlePg}): a title page has neither; the first page of
 * a document without one (a letter, which opens with its letterhead) has the footer but not the
 * running header, as in the PDF.
 */
final class HeaderFooterWriter {

    /** The id of the header's drawing: above any the body has. */
    private static final int HEADER_DRAWING_ID = 10000;

    private HeaderFooterWriter() {
    }

    /**
     * Writes the header and footer parts (default: header1, footer1; first page: header2, footer2).
     *
     * @param titlePage          whether the first page is a title page without header and footer
     * @param pageCountEstimate  what NUMPAGES shows until Word or LibreOffice lays the pages out
     * @return the section's references to them
     */
    static String write(DocxPackage pkg, DocumentInfo info, boolean titlePage, int pageCountEstimate, Theme theme)
            throws IOException {
        StringBuilder refs = new StringBuilder(256);
        String headerId = pkg.main.add("header", "header1.xml");
        DocxPackage.Relationships headerRels = new DocxPackage.Relationships();
        Body header = new Body(512, false, false);
        Body.Para p = header.beginP();
        Husstil.PageHeader style = theme.husstil.pageHeader();
        if (!info.headerText().isEmpty() || style.logo()) {
            // The Header style draws a rule under the text; without text there is no rule.
            header.pStyle(StyleIds.HEADER);
            header.contentP(p);
            Runs.text(header, info.headerText());
        }
        if (style.logo()) {
            // At the right tab stop, on the text's baseline, as the PDF draws it; decoration.
            Husstil.Logo logo = theme.husstil.logo().orElseThrow();
            Runs.tab(header);
            float h = Geometry.mm(style.logoHeight());
            String id = Pictures.add(pkg, headerRels, new HashMap<>(), logo.png(), false);
            Pictures.inline(header, id, (float) (h / logo.aspect()), h, HEADER_DRAWING_ID, logo.file(),
                    logo.altText(""), true);
        }
        header.endP(p);
        pkg.put("word/header1.xml", header.part("w:hdr", List.of()), DocxPackage.CT_HEADER);
        if (!headerRels.isEmpty()) {
            pkg.put("word/_rels/header1.xml.rels", headerRels.xml(), null);
        }
        refs.append("<w:headerReference w:type=\"default\" r:id=\"").append(headerId).append("\"/>");

        String footerId = pkg.main.add("footer", "footer1.xml");
        Body footer = new Body(1024, false, false);
        footer(footer, info, pageCountEstimate);
        pkg.put("word/footer1.xml", footer.part("w:ftr", List.of()), DocxPackage.CT_FOOTER);
        refs.append("<w:footerReference w:type=\"default\" r:id=\"").append(footerId).append("\"/>");

        String firstHeaderId = pkg.main.add("header", "header2.xml");
        Body firstHeader = new Body(64, false, false);
        firstHeader.emptyP();
        pkg.put("word/header2.xml", firstHeader.part("w:hdr", List.of()), DocxPackage.CT_HEADER);
        refs.append("<w:headerReference w:type=\"first\" r:id=\"").append(firstHeaderId).append("\"/>");

        String firstFooterId = pkg.main.add("footer", "footer2.xml");
        Body firstFooter = new Body(1024, false, false);
        if (titlePage) {
            firstFooter.emptyP();
        } else {
            footer(firstFooter, info, pageCountEstimate);
        }
        pkg.put("word/footer2.xml", firstFooter.part("w:ftr", List.of()), DocxPackage.CT_FOOTER);
        refs.append("<w:footerReference w:type=\"first\" r:id=\"").append(firstFooterId).append("\"/>");
        return refs.toString();
    }

    private static void footer(Body x, DocumentInfo info, int pageCountEstimate) {
        Body.Para p = x.beginP();
        x.pStyle(StyleIds.FOOTER);
        x.contentP(p);
        if (!info.footerText().isEmpty()) {
            Runs.text(x, info.footerText());
        }
        Runs.tab(x);
        Runs.text(x, "Sida ");
        Runs.field(x, "PAGE", "1");
        Runs.text(x, " av ");
        Runs.field(x, "NUMPAGES", Integer.toString(Math.max(1, pageCountEstimate)));
        x.endP(p);
    }
}
