package se.rapportverk.render.pdf;

import static se.rapportverk.render.layout.Theme.*;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.openpdf.text.DocumentException;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfAnnotation;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfBorderArray;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfDestination;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfFileSpecification;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfNumber;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfOutline;
import org.openpdf.text.pdf.PdfStream;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfStructureElement;
import org.openpdf.text.pdf.PdfStructureTreeRoot;
import org.openpdf.text.pdf.PdfWriter;

import se.rapportverk.document.DocumentInfo;
import se.rapportverk.render.RenderOptions;
import se.rapportverk.render.layout.Artifact;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.render.layout.Fonts;
import se.rapportverk.render.layout.Geometry;
import se.rapportverk.render.layout.LaidOutPage;
import se.rapportverk.render.layout.Layouter;
import se.rapportverk.render.layout.LineBreaker;
import se.rapportverk.render.layout.PageItem;
import se.rapportverk.render.layout.StructNode;
import se.rapportverk.render.layout.Tag;
import se.rapportverk.render.layout.Theme;

/**
 * Writes laid-out pages with OpenPDF as a tagged PDF/A-3a file: marked content for every
 * structure element, artifacts for page furniture, outline, links, metadata and the embedded
 * source workbook.
 */
final class PdfEmitter {

    static final String CREATOR = "Rapportverk";
    static final String XLSX_MIME = se.rapportverk.render.RenderOptions.WORKBOOK_MIME;

    /** The running header's baseline: its line's top at the header distance, as in Word. */
    private final float headerBaseline;
    /** The rule under the running header (Word's paragraph border, 4 pt below the text). */
    private final float headerRuleY;
    /** The footer's baseline: its line's bottom at the footer distance, as in Word. */
    private final float footerBaseline;

    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName AF_RELATIONSHIP = new PdfName("AFRelationship");

    private final DocumentInfo info;
    private final RenderOptions options;
    private final Theme theme;
    private final Geometry geo;
    private final Layouter.Result layout;
    private final FontSet fonts;
    /** Whether to declare PDF/UA-1 in the metadata. */
    private final boolean declarePdfUa;

    /** Whether the subset tags are replaced after the file is written, whatever the fonts (tests). */
    private boolean searchTags;
    /** Whether OpenPDF's own writer (with its buffered stream) writes the file (tests). */
    private boolean buffered;

    private PdfWriter writer;
    private final Map<StructNode, PdfStructureElement> elements = new IdentityHashMap<>();
    /** The image of each logo, written into the file once however often it is drawn. */
    private final Map<Husstil.Logo, org.openpdf.text.Image> images = new IdentityHashMap<>();
    /** The image of each picture of the workbook, written once however often it is shown. */
    private final Map<se.rapportverk.document.Picture.Image, org.openpdf.text.Image> pictures = new IdentityHashMap<>();
    /** The names of structure types and attributes, each made once (a name is written as it is). */
    private final Map<String, PdfName> names = new HashMap<>();
    /** The properties of each kind of artifact, made once: written into the content as they are. */
    private final Map<Artifact, PdfDictionary> artifacts = new EnumMap<>(Artifact.class);

    // Graphics state of the current page, to avoid writing the same operator again.
    private Fonts.Face stateFace;
    private Fonts.Family stateFamily;
    private float stateSize;
    private Color stateFill;
    private Color stateStroke;
    private float stateLineWidth;

    PdfEmitter(DocumentInfo info, RenderOptions options, Theme theme, Layouter.Result layout, FontSet fonts,
               boolean declarePdfUa) {
        this.info = info;
        this.options = options;
        this.theme = theme;
        this.geo = theme.geometry;
        Husstil.PageHeader header = theme.husstil.pageHeader();
        // With a logo the header's line is as tall as the logo, and the text stands on its baseline, as
        // Word sets an inline picture.
        this.headerBaseline = header.logo()
                ? Geometry.PAGE_HEIGHT - geo.headerDistance - Geometry.mm(header.logoHeight())
                : Geometry.PAGE_HEIGHT - geo.headerDistance - RUNNING_LEADING + 2f;
        this.headerRuleY = headerBaseline - 5.5f;
        this.footerBaseline = geo.footerDistance + 2.5f;
        this.layout = layout;
        this.fonts = fonts;
        this.declarePdfUa = declarePdfUa;
    }

    /**
     * Makes {@link #emit} leave OpenPDF's own subset tags and replace them in the written file
     * ({@link SubsetNames#pin}), as it does for fonts with CFF outlines: the path the tags given
     * before closing must agree with (tests).
     */
    PdfEmitter searchingTags() {
        this.searchTags = true;
        return this;
    }

    /** Makes {@link #emit} write with {@code PdfWriter.getInstance}, as {@link DirectWriter} must (tests). */
    PdfEmitter withOpenPdfsWriter() {
        this.buffered = true;
        return this;
    }

    byte[] emit() throws IOException {
        DirectWriter.Bytes buffer = new DirectWriter.Bytes(256 * 1024);
        int closedFrom;
        boolean tagsPinned;
        // No Flate compression: deflate output depends on the zlib a JVM is built with (bundled,
        // the system's, zlib-ng), so compressed streams could differ on another machine or a later
        // Java, and an auditor's regenerated PDF would not be byte-identical. Uncompressed PDFs are
        // about 1.8 times larger and remain PDF/A. (OpenPDF reads this flag globally.)
        org.openpdf.text.Document.compress = false;
        org.openpdf.text.Document pdf = new org.openpdf.text.Document(new Rectangle(Geometry.PAGE_WIDTH, Geometry.PAGE_HEIGHT), 0, 0, 0, 0);
        try {
            writer = buffered ? PdfWriter.getInstance(pdf, buffer) : DirectWriter.of(pdf, buffer);
            writer.setPdfVersion(PdfWriter.PDF_VERSION_1_7);
            writer.setPDFXConformance(PdfWriter.PDFA3A);
            writer.setTagged();
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle | PdfWriter.PageModeUseOutlines);
            writer.setTabs(PdfName.S);

            pdf.addTitle(info.title());
            if (!info.subject().isEmpty()) {
                pdf.addSubject(info.subject());
            }
            if (!info.author().isEmpty()) {
                pdf.addAuthor(info.author());
            }
            if (!info.keywords().isEmpty()) {
                pdf.addKeywords(info.keywords());
            }
            pdf.addCreator(CREATOR);
            pdf.open();

            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
            outputIntent();
            structure();

            List<LaidOutPage> pages = layout.pages();
            for (LaidOutPage page : pages) {
                if (page.index > 0) {
                    writer.setPageEmpty(false);
                    pdf.newPage();
                }
                PdfContentByte cb = writer.getDirectContent();
                resetState();
                List<PageItem> items = new ArrayList<>();
                items.addAll(runningHeader(page, pages.size()));
                items.addAll(page.items);
                draw(cb, items);
                links(page);
            }
            outline();
            embedSources();
            pinMetadata();
            tagsPinned = !searchTags && fonts.pinSubsetTags(options.documentId());
            // Everything written so far has reached the buffer or is still in OpenPDF's (the last page): the
            // fonts follow.
            closedFrom = buffer.size();
            pdf.close();
        } catch (DocumentException e) {
            throw new IOException("PDF could not be written: " + e.getMessage(), e);
        }
        byte[] bytes = XrefDigits.repair(buffer.toByteArray());
        return tagsPinned ? bytes : SubsetNames.pin(bytes, closedFrom, fonts, options.documentId());
    }

    // ------------------------------------------------------------------ archive settings

    private void outputIntent() throws IOException {
        PdfStream profile = new PdfStream(SrgbProfile.bytes());
        profile.put(PdfName.N, new PdfNumber(3));
        profile.flateCompress(writer.getCompressionLevel());
        PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
        intent.put(PdfName.S, PdfName.GTS_PDFA1);
        intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString(SrgbProfile.DESCRIPTION));
        intent.put(PdfName.INFO, new PdfString(SrgbProfile.DESCRIPTION));
        intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org"));
        intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
        writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
    }

    /** The document date at midnight UTC, as a PDF date and as a W3C date. */
    private String pdfDate() {
        return String.format(java.util.Locale.ROOT, "D:%04d%02d%02d000000+00'00'",
                info.date().getYear(), info.date().getMonthValue(), info.date().getDayOfMonth());
    }

    private String w3cDate() {
        return String.format(java.util.Locale.ROOT, "%04d-%02d-%02dT00:00:00+00:00",
                info.date().getYear(), info.date().getMonthValue(), info.date().getDayOfMonth());
    }

    private void pinMetadata() {
        PdfDictionary dict = writer.getInfo();
        dict.put(PdfName.CREATIONDATE, new PdfString(pdfDate()));
        dict.put(PdfName.MODDATE, new PdfString(pdfDate()));
        byte[] id = fileId();
        dict.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        PdfObject producer = dict.get(PdfName.PRODUCER);
        String producerText = producer instanceof PdfString ps ? ps.toUnicodeString() : "";
        writer.setXmpMetadata(Xmp.build(info.title(), info.author(), info.subject(), info.keywords(),
                info.language(), CREATOR, producerText, w3cDate(), declarePdfUa));
    }

    /** The trailer /ID: 16 bytes of a hash of the document id. */
    private byte[] fileId() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] hash = md.digest(("rapportverk-pdf\u0000" + options.documentId()).getBytes(StandardCharsets.UTF_8));
            byte[] id = new byte[16];
            System.arraycopy(hash, 0, id, 0, 16);
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The source files as PDF/A-3 associated files (AFRelationship Source, each with its MIME type,
     * all listed in the catalog's /AF): the workbook, and the files of a house style that is not the
     * standard one (those that are not Rapportverk's own, {@code husstil.ini} always), so that
     * the PDF alone is enough to make it again.
     */
    private void embedSources() throws IOException {
        PdfArray af = new PdfArray();
        if (options.sourceWorkbook() != null) {
            af.add(embed(options.sourceFileName(), options.sourceWorkbook(), XLSX_MIME,
                    "Arbetsbok som dokumentet är framställt ur"));
        }
        if (!options.husstil().isStandard()) {
            for (Husstil.File f : options.husstil().filesToEmbed()) {
                af.add(embed(f.name(), f.bytes(), f.mimeType(), "Husstil som dokumentet är framställt med: "
                        + f.name()));
            }
        }
        if (af.size() > 0) {
            writer.getExtraCatalog().put(new PdfName("AF"), af);
        }
    }

    /** Embeds one file; returns the reference of its file specification. */
    private PdfObject embed(String name, byte[] bytes, String mime, String description)
            throws IOException {
        PdfDictionary params = new PdfDictionary();
        params.put(PdfName.MODDATE, new PdfString(pdfDate()));
        PdfFileSpecification fs = PdfFileSpecification.fileEmbedded(writer, null, name, bytes, mime, params,
                writer.getCompressionLevel());
        fs.put(PdfName.UF, new PdfString(name, PdfObject.TEXT_UNICODE));
        fs.put(AF_RELATIONSHIP, new PdfName("Source"));
        fs.put(PdfName.DESC, new PdfString(description, PdfObject.TEXT_UNICODE));
        // The description is the key of the file in the name tree: unique, since the names are.
        writer.addFileAttachment(fs);
        return fs.getReference();
    }

    /** The PDF image of a logo ({@link LogoImage}), made once. */
    private org.openpdf.text.Image image(Husstil.Logo logo) {
        return images.computeIfAbsent(logo, l -> {
            try {
                return LogoImage.of(l);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The PDF image of a picture of the workbook, made once. */
    private org.openpdf.text.Image image(se.rapportverk.document.Picture.Image picture) {
        return pictures.computeIfAbsent(picture, p -> {
            try {
                return LogoImage.of(p);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    // ------------------------------------------------------------------ tag tree

    private void structure() {
        PdfStructureTreeRoot treeRoot = writer.getStructureTreeRoot();
        StructNode root = layout.root();
        PdfStructureElement top = new PdfStructureElement(treeRoot, name(root.type));
        elements.put(root, top);
        Deque<StructNode> todo = new ArrayDeque<>(root.children); // pre-order: first child first
        while (!todo.isEmpty()) {
            StructNode node = todo.pop();
            PdfStructureElement element = new PdfStructureElement(elements.get(node.parent), name(node.type));
            if (!node.tableAttributes.isEmpty()) {
                PdfDictionary a = new PdfDictionary();
                a.put(PdfName.O, name(node.type.equals("L") ? "List" : "Table"));
                node.tableAttributes.forEach((k, v) -> a.put(name(k),
                        v instanceof Integer i ? new PdfNumber(i) : name(v.toString())));
                element.put(PdfName.A, a);
            }
            if (node.alt != null) {
                element.put(PdfName.ALT, new PdfString(node.alt, PdfObject.TEXT_UNICODE));
            }
            elements.put(node, element);
            for (int i = node.children.size() - 1; i >= 0; i--) {
                todo.push(node.children.get(i));
            }
        }
    }

    /** The PDF name of a structure type or attribute. */
    private PdfName name(String text) {
        return names.computeIfAbsent(text, PdfName::new);
    }

    // ------------------------------------------------------------------ page content

    /** The running header (unless the page goes without) and the footer (unless a title page). */
    private List<PageItem> runningHeader(LaidOutPage page, int pageCount) {
        List<PageItem> items = new ArrayList<>();
        if (!page.hasFooter()) {
            return items;
        }
        int pageNumber = page.index + 1;
        Fonts.Face face = Fonts.Face.REGULAR;
        if (page.hasRunningHeader()) {
            String header = withoutSoftHyphens(info.headerText());
            float headerWidth = geo.contentWidth;
            Husstil.PageHeader style = theme.husstil.pageHeader();
            if (style.logo()) {
                // Decoration repeated on every page: an artifact, as the header's text is.
                Husstil.Logo logo = theme.husstil.logo().orElseThrow();
                float h = Geometry.mm(style.logoHeight());
                float w = (float) (h / logo.aspect());
                items.add(new PageItem.Image(geo.contentRight - w, headerBaseline, w, h, logo, Artifact.HEADER));
                headerWidth -= w + 12f;
            }
            if (!header.isEmpty()) {
                header = fit(header, face, RUNNING_SIZE, headerWidth);
                running(items, geo.contentLeft, headerBaseline, header, Artifact.HEADER);
            }
            items.add(new PageItem.Rule(geo.contentLeft, headerRuleY, geo.contentRight, headerRuleY, 0.5f,
                    RUNNING_RULE, Artifact.HEADER));
        }
        String pageText = "Sida " + pageNumber + " av " + pageCount;
        float pageWidth = theme.fonts.width(pageText, face, RUNNING_SIZE);
        String footer = withoutSoftHyphens(info.footerText());
        if (!footer.isEmpty()) {
            footer = fit(footer, face, RUNNING_SIZE, geo.contentWidth - pageWidth - 20f);
            running(items, geo.contentLeft, footerBaseline, footer, Artifact.FOOTER);
        }
        running(items, geo.contentRight - pageWidth, footerBaseline, pageText, Artifact.FOOTER);
        return items;
    }

    /** Running text in the margin, each part in the font that has its glyphs. */
    private void running(List<PageItem> items, float x, float baseline, String text, Artifact artifact) {
        for (Fonts.Drawn part : theme.fonts.drawn(text, Fonts.Face.REGULAR)) {
            items.add(new PageItem.Text(x, baseline, part.text(), Fonts.Face.REGULAR, part.family(), RUNNING_SIZE,
                    theme.running, null, artifact));
            x += theme.fonts.width(part.text(), part.family(), Fonts.Face.REGULAR, RUNNING_SIZE);
        }
    }

    /** Text on one line: a soft hyphen (a break opportunity only) is not shown. */
    private static String withoutSoftHyphens(String text) {
        return text.replace(String.valueOf(LineBreaker.SOFT_HYPHEN), "");
    }

    /** Shortens text with an ellipsis until it fits the width. */
    private String fit(String text, Fonts.Face face, float size, float width) {
        if (theme.fonts.width(text, face, size) <= width) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && theme.fonts.width(t + "\u2026", face, size) > width) {
            t = t.substring(0, t.offsetByCodePoints(t.length(), -1));
        }
        return t.stripTrailing() + "\u2026";
    }

    private void resetState() {
        stateFace = null;
        stateFamily = null;
        stateSize = -1;
        stateFill = null;
        stateStroke = null;
        stateLineWidth = -1;
    }

    private void draw(PdfContentByte cb, List<PageItem> items) {
        Tag open = null;
        boolean inText = false;
        for (PageItem item : items) {
            if (item instanceof PageItem.Link) {
                continue;
            }
            if (item.tag() != open) {
                if (inText) {
                    cb.endText();
                    inText = false;
                }
                if (open != null) {
                    cb.endMarkedContentSequence();
                }
                begin(cb, item.tag());
                open = item.tag();
            }
            switch (item) {
                case PageItem.Text t -> {
                    if (!inText) {
                        cb.beginText();
                        inText = true;
                    }
                    if (t.face() != stateFace || t.family() != stateFamily || t.size() != stateSize) {
                        cb.setFontAndSize(fonts.font(t.family(), t.face()), t.size());
                        stateFace = t.face();
                        stateFamily = t.family();
                        stateSize = t.size();
                    }
                    if (!t.colour().equals(stateFill)) {
                        cb.setColorFill(t.colour());
                        stateFill = t.colour();
                    }
                    cb.setTextMatrix(t.x(), t.y());
                    if (t.actualText() != null) {
                        PdfDictionary props = new PdfDictionary();
                        props.put(PdfName.ACTUALTEXT, utf16(t.actualText()));
                        cb.beginMarkedContentSequence(PdfName.SPAN, props, true);
                    }
                    cb.showText(t.text());
                    fonts.markUsed(t.family(), t.face(), t.text());
                    if (t.actualText() != null) {
                        cb.endMarkedContentSequence();
                    }
                }
                case PageItem.Rule r -> {
                    if (inText) {
                        cb.endText();
                        inText = false;
                    }
                    if (r.width() != stateLineWidth) {
                        cb.setLineWidth(r.width());
                        stateLineWidth = r.width();
                    }
                    if (!r.colour().equals(stateStroke)) {
                        cb.setColorStroke(r.colour());
                        stateStroke = r.colour();
                    }
                    cb.moveTo(r.x1(), r.y1());
                    cb.lineTo(r.x2(), r.y2());
                    cb.stroke();
                }
                case PageItem.Fill f -> {
                    if (inText) {
                        cb.endText();
                        inText = false;
                    }
                    if (!f.colour().equals(stateFill)) {
                        cb.setColorFill(f.colour());
                        stateFill = f.colour();
                    }
                    cb.rectangle(f.x(), f.y(), f.width(), f.height());
                    cb.fill();
                }
                case PageItem.Path p -> {
                    if (inText) {
                        cb.endText();
                        inText = false;
                    }
                    path(cb, p);
                }
                case PageItem.Image im -> {
                    if (inText) {
                        cb.endText();
                        inText = false;
                    }
                    cb.addImage(image(im.logo()), im.width(), 0, 0, im.height(), im.x(), im.y());
                }
                case PageItem.Picture pic -> {
                    if (inText) {
                        cb.endText();
                        inText = false;
                    }
                    cb.addImage(image(pic.image()), pic.width(), 0, 0, pic.height(), pic.x(), pic.y());
                }
                case PageItem.Link l -> {
                    // no content: annotations are added by links()
                }
            }
        }
        if (inText) {
            cb.endText();
        }
        if (open != null) {
            cb.endMarkedContentSequence();
        }
    }

    /**
     * A chart's path, in a saved graphics state of its own (a dash pattern goes no further); the
     * colours and line width of the state around it are then written again when next needed.
     */
    private void path(PdfContentByte cb, PageItem.Path p) {
        if (p.xs().length < 2) {
            return;
        }
        cb.saveState();
        if (p.filled()) {
            cb.setColorFill(p.colour());
        } else {
            cb.setColorStroke(p.colour());
            cb.setLineWidth(p.width());
            if (p.dash().length > 0) {
                cb.setLineDash(p.dash(), 0f);
            }
        }
        cb.moveTo(p.xs()[0], p.ys()[0]);
        for (int i = 1; i < p.xs().length; i++) {
            cb.lineTo(p.xs()[i], p.ys()[i]);
        }
        if (p.filled()) {
            cb.closePath();
            cb.fill();
        } else {
            cb.stroke();
        }
        cb.restoreState();
        stateFill = null;
        stateStroke = null;
        stateLineWidth = -1;
    }

    /**
     * A text string in UTF-16BE with its byte order mark, whatever it holds. OpenPDF would write
     * a string that looks like PDFDocEncoding in that encoding, and the soft hyphen (U+00AD) of
     * a hyphenated line has no code there: readers would get a NUL instead.
     */
    private static PdfString utf16(String text) {
        byte[] chars = text.getBytes(StandardCharsets.UTF_16BE);
        byte[] bytes = new byte[chars.length + 2];
        bytes[0] = (byte) 0xFE;
        bytes[1] = (byte) 0xFF;
        System.arraycopy(chars, 0, bytes, 2, chars.length);
        return new PdfString(bytes);
    }

    private void begin(PdfContentByte cb, Tag tag) {
        switch (tag) {
            case StructNode node -> cb.beginMarkedContentSequence(elements.get(node));
            case Artifact a -> cb.beginMarkedContentSequence(ARTIFACT, artifacts.computeIfAbsent(a, k -> {
                PdfDictionary props = new PdfDictionary();
                props.put(PdfName.TYPE, name(k.type));
                if (k.subtype != null) {
                    props.put(PdfName.SUBTYPE, name(k.subtype));
                }
                return props;
            }), true);
        }
    }

    // ------------------------------------------------------------------ links and outline

    private PdfDestination destination(Layouter.Anchor anchor) {
        PdfDestination dest = new PdfDestination(PdfDestination.XYZ, 0, Math.min(anchor.top() + 10f, Geometry.PAGE_HEIGHT), 0);
        dest.addPage(writer.getPageReference(anchor.page() + 1));
        return dest;
    }

    private void links(LaidOutPage page) {
        for (PageItem item : page.items) {
            if (!(item instanceof PageItem.Link link)) {
                continue;
            }
            Layouter.Anchor anchor = layout.anchors().get(link.targetBlock());
            if (anchor == null && link.uri() == null) {
                continue;
            }
            PdfStructureElement element = elements.get(link.tag());
            PdfAnnotation annot = new PdfAnnotation(writer, new Rectangle(link.llx(), link.lly(), link.urx(), link.ury()));
            annot.put(PdfName.SUBTYPE, PdfName.LINK);
            if (link.uri() != null) {
                // A web or e-mail address: a URI action (PDF/A allows it; the address is ASCII).
                PdfDictionary action = new PdfDictionary(PdfName.ACTION);
                action.put(PdfName.S, PdfName.URI);
                action.put(PdfName.URI, new PdfString(link.uri()));
                annot.put(PdfName.A, action);
            } else {
                annot.put(PdfName.DEST, destination(anchor));
            }
            annot.setBorder(new PdfBorderArray(0, 0, 0));
            annot.setFlags(PdfAnnotation.FLAGS_PRINT);
            annot.put(PdfName.CONTENTS, new PdfString(link.description(), PdfObject.TEXT_UNICODE));
            int key = writer.getStructureTreeRoot().addExistingObject(element.getReference());
            annot.put(PdfName.STRUCTPARENT, new PdfNumber(key));
            PdfDictionary objr = new PdfDictionary(PdfName.OBJR);
            objr.put(PdfName.OBJ, annot.getIndirectReference());
            objr.put(PdfName.PG, writer.getCurrentPage());
            PdfObject k = element.get(PdfName.K);
            if (k instanceof PdfArray array) {
                array.add(objr);
            } else {
                PdfArray array = new PdfArray();
                if (k != null) {
                    array.add(k);
                }
                array.add(objr);
                element.put(PdfName.K, array);
            }
            writer.addAnnotation(annot);
        }
    }

    private void outline() {
        PdfOutline root = writer.getRootOutline();
        PdfOutline[] parents = new PdfOutline[4];
        for (Layouter.Anchor anchor : layout.anchors().values()) {
            int level = anchor.heading().level();
            PdfOutline parent = root;
            for (int l = level - 1; l >= 1; l--) {
                if (parents[l] != null) {
                    parent = parents[l];
                    break;
                }
            }
            PdfOutline entry = new PdfOutline(parent, destination(anchor),
                    withoutSoftHyphens(anchor.heading().displayText()), level < 2);
            parents[level] = entry;
            for (int l = level + 1; l < parents.length; l++) {
                parents[l] = null;
            }
        }
    }
}
