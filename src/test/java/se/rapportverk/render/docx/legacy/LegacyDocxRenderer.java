package se.rapportverk.render.docx.legacy;

// A copy of the POI/XMLBeans Word renderer as it was before the direct writer (main at b004936),
// kept only as the oracle of the equivalence tests: the new renderer must write the same bytes.

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

import se.rapportverk.document.Block;
import se.rapportverk.document.Document;
import se.rapportverk.document.DocumentInfo;
import se.rapportverk.document.RemarkPlacement;
import se.rapportverk.document.TitlePage;
import se.rapportverk.render.DocumentRenderer;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.render.SharedWork;
import se.rapportverk.render.layout.Geometry;
import se.rapportverk.render.layout.Layouter;
import se.rapportverk.render.layout.Theme;

/**
 * Renders a document tree as a Word file (DOCX) that municipal economists can go on editing:
 * styles rather than direct formatting (Normal, Rubrik 1–3, Innehåll 1–3, Beskrivning, List
 * Bullet/Number, table styles), real lists, real tables with repeated header rows, a real
 * table-of-contents field already filled in, a running header and a {@code Sida X av Y} footer.
 *
 * <p>The output is the same bytes for the same tree and options, whatever the clock, time zone,
 * default locale or output path: every date in the file is the document date, ids are numbered
 * by position, and the zip package is rewritten with fixed entry order and timestamps.
 */
public final class LegacyDocxRenderer implements DocumentRenderer {

    /** The application name written into the extended properties. */
    static final String APPLICATION = "Rapportverk";

    /**
     * The fixed parts of the house style last rendered in, parsed (each document copies them); any
     * other house style's parts replace them.
     */
    private volatile DocxParts.Parsed parts;

    /**
     * Creates a renderer. It keeps only the parsed fixed parts of its last house style; one instance
     * may render any number of documents, on any number of threads.
     */
    public LegacyDocxRenderer() {
    }

    private DocxParts.Parsed parts(Theme theme) {
        DocxParts.Parsed known = parts;
        if (known == null || !known.isFor(theme.husstil)) {
            known = new DocxParts.Parsed(theme);
            parts = known;
        }
        return known;
    }

    /** Returns {@code "docx"}. */
    @Override
    public String extension() {
        return "docx";
    }

    /**
     * Writes the document as DOCX.
     *
     * @param document the tree to render
     * @param options  render options; the DOCX embeds no source workbook and needs no ids from them, and
     *                 writes their remarks as comments (none: no comments part)
     * @param out      where the bytes go; not closed
     * @throws IOException when writing fails
     */
    @Override
    public void render(Document document, RenderOptions options, OutputStream out) throws IOException {
        render(document, options, new SharedWork(), out);
    }

    /** {@inheritDoc} The layout is taken from the shared work when the PDF's renderer made it first. */
    @Override
    public void render(Document document, RenderOptions options, SharedWork shared, OutputStream out)
            throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(out, "out");
        List<Block> blocks = document.blocks();
        HeadingAnchors anchors = new HeadingAnchors(blocks);
        // The pages as the PDF lays them out: Word's styles follow the same theme and keep rules,
        // so its table of contents and page count start out as the PDF's.
        Theme theme = Theme.of(options.husstil());
        Layouter.Result layout = Layouter.layout(document, theme, shared::reuse);
        Map<Integer, Integer> pageByBookmark = new HashMap<>();
        layout.headingPages().forEach((block, page) -> pageByBookmark.put(anchors.at(block).bookmarkId(), page));
        IntFunction<String> pageOf = id -> pageByBookmark.containsKey(id) ? pageByBookmark.get(id).toString() : "";

        byte[] written;
        try (XWPFDocument docx = new XWPFDocument()) {
            DocxParts.Parsed fixed = parts(theme);
            DocxParts.install(docx, document.info().language(), fixed);
            DocxParts.Lists lists = DocxParts.installLists(docx, fixed);
            CTBody body = docx.getDocument().getBody();
            CommentWriter comments = new CommentWriter(RemarkPlacement.of(document, options.remarks()));
            ChartWriter charts = new ChartWriter(docx, theme, document.info().date());
            new BodyWriter(docx, lists, anchors, pageOf, layout, theme, comments, charts).write(blocks);
            comments.write(docx, body, document.info().date());
            setUpPage(body, theme.geometry);
            boolean titlePage = !blocks.isEmpty() && blocks.get(0) instanceof TitlePage;
            HeaderFooterWriter.write(docx, document.info(), titlePage, layout.pages().size(), theme);
            setProperties(docx.getProperties(), document.info());
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            docx.write(buffer);
            written = buffer.toByteArray();
        }
        StablePackage.rewrite(written, document.info().date(), out);
    }

    /** The page of the {@link Geometry}; the section properties close the body. */
    private static void setUpPage(CTBody body, Geometry geo) {
        CTSectPr sectPr = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
        CTPageSz pgSz = sectPr.addNewPgSz();
        pgSz.setW(twips(Geometry.PAGE_WIDTH));
        pgSz.setH(twips(Geometry.PAGE_HEIGHT));
        CTPageMar pgMar = sectPr.addNewPgMar();
        pgMar.setTop(twips(geo.marginTop));
        pgMar.setRight(twips(geo.marginRight));
        pgMar.setBottom(twips(geo.marginBottom));
        pgMar.setLeft(twips(geo.marginLeft));
        pgMar.setHeader(twips(geo.headerDistance));
        pgMar.setFooter(twips(geo.footerDistance));
        pgMar.setGutter(BigInteger.ZERO);
    }

    private static BigInteger twips(float points) {
        return BigInteger.valueOf(Geometry.twips(points));
    }

    /** Core and extended properties; both dates are the document date at midnight UTC. */
    private static void setProperties(POIXMLProperties properties, DocumentInfo info) {
        POIXMLProperties.CoreProperties core = properties.getCoreProperties();
        core.setTitle(info.title());
        core.setSubjectProperty(info.subject());
        core.setCreator(info.author());
        core.setLastModifiedByUser(info.author());
        if (!info.keywords().isEmpty()) {
            core.setKeywords(info.keywords());
        }
        core.getUnderlyingProperties().setLanguageProperty(info.language());
        Date date = Date.from(info.date().atStartOfDay().toInstant(ZoneOffset.UTC));
        core.setCreated(Optional.of(date));
        core.setModified(Optional.of(date));
        properties.getExtendedProperties().getUnderlyingProperties().setApplication(APPLICATION);
    }
}
