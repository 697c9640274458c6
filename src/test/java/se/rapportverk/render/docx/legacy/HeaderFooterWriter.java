package se.rapportverk.render.docx.legacy;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

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
     * Writes header and footer.
     *
     * @param titlePage          whether the first page is a title page without header and footer
     * @param pageCountEstimate  what NUMPAGES shows until Word or LibreOffice lays the pages out
     */
    static void write(XWPFDocument docx, DocumentInfo info, boolean titlePage, int pageCountEstimate, Theme theme) {
        CTSectPr sectPr = docx.getDocument().getBody().isSetSectPr()
                ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        if (!sectPr.isSetTitlePg()) {
            // <w:titlePg/> without a value means "on"; set before POI would add w:val="on".
            sectPr.addNewTitlePg();
        }

        XWPFHeader headerPart = docx.createHeader(HeaderFooterType.DEFAULT);
        CTP header = firstParagraph(headerPart);
        Husstil.PageHeader style = theme.husstil.pageHeader();
        if (!info.headerText().isEmpty() || style.logo()) {
            // The Header style draws a rule under the text; without text there is no rule.
            Paragraphs.style(header, StyleIds.HEADER);
            Runs.text(header::addNewR, info.headerText());
        }
        if (style.logo()) {
            // At the right tab stop, on the text's baseline, as the PDF draws it; decoration.
            Husstil.Logo logo = theme.husstil.logo().orElseThrow();
            Runs.tab(header::addNewR);
            float h = Geometry.mm(style.logoHeight());
            Pictures.inline(header.addNewR(), Pictures.add(headerPart, logo.png()), (float) (h / logo.aspect()), h,
                    HEADER_DRAWING_ID, logo.file(), logo.altText(""), true);
        }
        footer(firstParagraph(docx.createFooter(HeaderFooterType.DEFAULT)), info, pageCountEstimate);

        firstParagraph(docx.createHeader(HeaderFooterType.FIRST));
        CTP firstFooter = firstParagraph(docx.createFooter(HeaderFooterType.FIRST));
        if (!titlePage) {
            footer(firstFooter, info, pageCountEstimate);
        }
    }

    private static void footer(CTP footer, DocumentInfo info, int pageCountEstimate) {
        Paragraphs.style(footer, StyleIds.FOOTER);
        if (!info.footerText().isEmpty()) {
            Runs.text(footer::addNewR, info.footerText());
        }
        Runs.tab(footer::addNewR);
        Runs.text(footer::addNewR, "Sida ");
        Runs.field(footer::addNewR, "PAGE", "1");
        Runs.text(footer::addNewR, " av ");
        Runs.field(footer::addNewR, "NUMPAGES", Integer.toString(Math.max(1, pageCountEstimate)));
    }

    /**
     * The one paragraph of a header or footer, made through POI's wrapper: POI adds an empty
     * paragraph on saving to a header whose wrapper knows of none, which would put an empty
     * line under every footer.
     */
    private static CTP firstParagraph(XWPFHeaderFooter part) {
        return part.getParagraphs().isEmpty()
                ? part.createParagraph().getCTP()
                : part.getParagraphs().get(0).getCTP();
    }
}
