package se.rapportverk.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

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
 * <p>Each part is written directly as text ({@link Xml}), the same bytes POI and XMLBeans wrote
 * for it before, and the package is written once ({@link StablePackage}).
 *
 * <p>The output is the same bytes for the same tree and options, whatever the clock, time zone,
 * default locale or output path: every date in the file is the document date, ids are numbered
 * by position, and the zip package has a fixed entry order and timestamps.
 */
public final class DocxRenderer implements DocumentRenderer {

    /** The application name written into the extended properties. */
    static final String APPLICATION = "Rapportverk";

    private static final byte[] APP = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
            + "<Application>" + APPLICATION + "</Application></Properties>").getBytes(StandardCharsets.UTF_8);

    /**
     * The fixed parts of the house style last rendered in, made once; any other house style's
     * parts replace them.
     */
    private volatile DocxParts.Parsed parts;

    /**
     * Creates a renderer. It keeps only the fixed parts of its last house style; one instance
     * may render any number of documents, on any number of threads.
     */
    public DocxRenderer() {
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

        DocumentInfo info = document.info();
        DocxPackage pkg = new DocxPackage();
        DocxParts.Lists lists = DocxParts.install(pkg, info.language(), parts(theme));
        CommentWriter comments = new CommentWriter(RemarkPlacement.of(document, options.remarks()));
        ChartWriter charts = new ChartWriter(theme, info.date());
        // Room for about what a page of the PDF takes as WordprocessingML (about 10 000 characters),
        // so that the body is seldom copied to grow.
        Body body = new Body(Math.max(64 * 1024, layout.pages().size() * 12 * 1024), comments.active(), true);
        body.raw("<w:body>");
        new BodyWriter(pkg, body, lists, anchors, pageOf, layout, theme, comments, charts).write(blocks);
        List<Body.Insertion> ranges = comments.write(pkg, body, info.date());
        boolean titlePage = !blocks.isEmpty() && blocks.get(0) instanceof TitlePage;
        String references = HeaderFooterWriter.write(pkg, info, titlePage, layout.pages().size(), theme);
        body.uses("r");
        body.raw("<w:sectPr>").raw(references);
        page(body, theme.geometry);
        body.raw("<w:titlePg/></w:sectPr></w:body>");
        pkg.put("word/document.xml", body.part("w:document", ranges), DocxPackage.CT_DOCUMENT);
        lists.write(pkg);
        pkg.put("docProps/app.xml", APP, "application/vnd.openxmlformats-officedocument.extended-properties+xml");
        pkg.put("docProps/core.xml", core(info), "application/vnd.openxmlformats-package.core-properties+xml");
        pkg.write(info.date(), out);
    }

    /** The page of the {@link Geometry}. */
    private static void page(Body x, Geometry geo) {
        x.raw("<w:pgSz w:w=\"" + Geometry.twips(Geometry.PAGE_WIDTH) + "\" w:h=\"" + Geometry.twips(Geometry.PAGE_HEIGHT)
                + "\"/><w:pgMar w:top=\"" + Geometry.twips(geo.marginTop) + "\" w:right=\"" + Geometry.twips(geo.marginRight)
                + "\" w:bottom=\"" + Geometry.twips(geo.marginBottom) + "\" w:left=\"" + Geometry.twips(geo.marginLeft)
                + "\" w:header=\"" + Geometry.twips(geo.headerDistance) + "\" w:footer=\""
                + Geometry.twips(geo.footerDistance) + "\" w:gutter=\"0\"/>");
    }

    /**
     * The core properties, as POI's marshaller wrote them: both dates the document date at midnight
     * UTC, an empty value left out.
     */
    private static byte[] core(DocumentInfo info) throws IOException {
        StringBuilder sb = new StringBuilder(1024);
        Xml.Dom dom = new Xml.Dom();
        String date = info.date() + "T00:00:00Z";
        sb.append(Xml.DOM_DECLARATION).append("<cp:coreProperties"
                + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
                + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\""
                + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
        sb.append("<dcterms:created xsi:type=\"dcterms:W3CDTF\">").append(date).append("</dcterms:created>");
        element(sb, dom, "dc:creator", info.author());
        element(sb, dom, "cp:keywords", info.keywords());
        element(sb, dom, "dc:language", info.language());
        element(sb, dom, "cp:lastModifiedBy", info.author());
        sb.append("<dcterms:modified xsi:type=\"dcterms:W3CDTF\">").append(date).append("</dcterms:modified>");
        element(sb, dom, "dc:subject", info.subject());
        element(sb, dom, "dc:title", info.title());
        sb.append("</cp:coreProperties>");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void element(StringBuilder sb, Xml.Dom dom, String name, String value) throws IOException {
        if (value == null || value.isEmpty()) {
            return;
        }
        sb.append('<').append(name).append('>');
        dom.text(sb, value);
        sb.append("</").append(name).append('>');
    }
}
