package se.rapportverk.render.layout;

import static se.rapportverk.render.layout.Theme.*;

import java.awt.Color;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.Chart;
import se.rapportverk.document.Document;
import se.rapportverk.document.FieldList;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Letterhead;
import se.rapportverk.document.KeepRules;
import se.rapportverk.document.NumberedList;
import se.rapportverk.document.PageBreak;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Picture;
import se.rapportverk.document.Signatures;
import se.rapportverk.document.Span;
import se.rapportverk.document.Table;
import se.rapportverk.document.TableOfContents;
import se.rapportverk.document.TitlePage;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.render.layout.Fonts.Face;
import se.rapportverk.render.layout.GridSpec.GridCell;
import se.rapportverk.render.layout.GridSpec.GridRow;
import se.rapportverk.render.layout.LineBreaker.Line;
import se.rapportverk.render.layout.LineBreaker.Styled;

/**
 * Lays a document out on A4 pages: breaks text into lines, places blocks, splits paragraphs,
 * lists and tables over pages, and builds the tag tree on the way. Pure computation: nothing is
 * written here. One pass is enough: the page numbers of the table of contents take no room of
 * their own (their column is as wide as four digits whatever they are), so they are drawn at the
 * end of the pass, once it knows where every heading landed.
 */
public final class Layouter {

    /** Where a heading landed: page index (0-based) and the top of its first line. */
    public record Anchor(int page, float top, Heading heading) {
    }

    /**
     * Where a block landed: its first and last page (0-based), and for a table the number of
     * body rows (or slices of rows) on each of its pages.
     */
    public record Placement(int firstPage, int lastPage, List<Integer> bodyRowsPerPage) {
    }

    /**
     * The outcome of a layout pass.
     *
     * @param placements  where each block that drew anything landed, by block index
     * @param brokenWords words that had to be broken inside (with a hyphen where they are words
     *                    of letters) because a column or the page was narrower than they are
     */
    public record Result(List<LaidOutPage> pages, Map<Integer, Anchor> anchors, StructNode root,
                         Map<Integer, Placement> placements, List<String> brokenWords,
                         Map<Integer, float[]> columnWidths, java.util.Set<Integer> leadIns,
                         java.util.Set<Integer> keptWhole, Map<Integer, float[]> fieldWidths,
                         Map<Integer, Integer> startRows, Map<Integer, List<CoverItem>> covers,
                         Map<Integer, float[]> letterheadWidths, Map<Integer, float[]> pictureSizes) {

        /** Page number (1-based) of each heading, by block index. */
        public Map<Integer, Integer> headingPages() {
            Map<Integer, Integer> m = new LinkedHashMap<>();
            anchors.forEach((block, a) -> m.put(block, a.page() + 1));
            return m;
        }
    }

    /**
     * One part of a cover as it was placed: which part ({@code null} for a line the house style does
     * not know), its text (empty for the logo and the rule), and the space above it: from the top
     * margin for the first part, else from the bottom of the part above. Word's cover paragraphs
     * take this space, so that its cover is the PDF's.
     */
    public record CoverItem(Husstil.CoverElement element, String text, float before, float height) {
    }

    /** Draws one laid-out line. */
    private interface LineSink {
        void line(int index, Line line, float top, float baseline);
    }

    /** The share of the body's height a table may take and still never be split over two pages. */
    public static final float KEEP_WHOLE_SHARE = 0.45f;
    /**
     * The body rows a table that is split needs on its first page, with its header: a
     * Driftsredovisning does not start with four rows at the foot of a page.
     */
    public static final int START_ROWS = 5;
    private static final String TOC_NUMBER_RESERVE = "0000";

    private final Document document;
    private final Theme theme;
    private final Geometry geo;
    private final Fonts fonts;
    /** The height of the body text's area. */
    private final float bodyHeight;
    /** A table no taller than this (caption included) is never split over two pages. */
    private final float keepWhole;
    private final List<Block> blocks;
    private final LineBreaker breaker;
    /** The line breaks of every pass of this layout (they depend only on the text and the width). */
    private final LineBreaker.Memo memo;
    /**
     * The page numbers the table of contents prints, by block index of the heading (1-based), or
     * null: the pages the headings land on in this pass.
     */
    private final Map<Integer, Integer> printedPages;
    /** The table of contents' page numbers still to be drawn, in the order they are laid out. */
    private final List<PageNumber> pageNumbers = new ArrayList<>();

    private final List<LaidOutPage> pages = new ArrayList<>();
    private final Map<Integer, Anchor> anchors = new LinkedHashMap<>();
    private final Map<Table, GridSpec> specs = new IdentityHashMap<>();
    /** The styled rows of each table, made once (for its design's widths and for its own spec). */
    private final Map<Table, List<GridRow>> styledRows = new IdentityHashMap<>();
    private final Map<FieldList, GridSpec> fieldSpecs = new IdentityHashMap<>();
    private final Map<Integer, Integer> firstPages = new LinkedHashMap<>();
    private final Map<Integer, Integer> lastPages = new LinkedHashMap<>();
    private final Map<Integer, List<Integer>> tableRows = new LinkedHashMap<>();
    /** The block being laid out. */
    private int currentBlock = -1;
    private final Map<List<Object>, float[]> designMinimums = new java.util.HashMap<>();
    private final Map<GridSpec, List<RowBox>> boxes = new IdentityHashMap<>();
    private final StructNode root = new StructNode("Document", null);

    /** Level of the last heading in the tag tree, so that tags never skip a level (H1 then H3). */
    private int lastTagLevel;

    private LaidOutPage page;
    private float y;
    private boolean atTop;
    private float pendingSpace;
    private boolean nextIsTitle;
    private boolean afterHardBreak;
    private final java.util.Set<Integer> leadIns = new java.util.TreeSet<>();
    private final java.util.Set<Integer> keptWhole = new java.util.TreeSet<>();
    private final Map<Integer, float[]> fieldWidths = new LinkedHashMap<>();
    private final Map<Integer, Integer> startRows = new LinkedHashMap<>();
    private final Map<Integer, List<CoverItem>> covers = new LinkedHashMap<>();
    private final Map<Integer, float[]> letterheadWidths = new LinkedHashMap<>();
    private final Map<Integer, float[]> pictureSizes = new LinkedHashMap<>();

    /**
     * @param printedPages the page numbers for the table of contents (block index of the heading to
     *                     1-based page), or null: those the headings land on
     * @param memo         the line breaks already made for this document
     */
    private Layouter(Document document, Theme theme, Map<Integer, Integer> printedPages, LineBreaker.Memo memo) {
        this.document = document;
        this.theme = theme;
        this.geo = theme.geometry;
        this.fonts = theme.fonts;
        this.bodyHeight = geo.contentTop - geo.contentBottom;
        this.keepWhole = bodyHeight * KEEP_WHOLE_SHARE;
        this.blocks = document.blocks();
        this.memo = memo;
        this.breaker = new LineBreaker(fonts, memo);
        this.printedPages = printedPages;
    }

    /** Lays the document out in the standard house style. */
    public static Result layout(Document document) {
        return layout(document, Theme.standard());
    }

    /** Where a layout may be found made already: what was made for the key, or what the work makes. */
    @FunctionalInterface
    public interface Made {
        /** As {@code SharedWork.reuse}. */
        <T> T reuse(Object key, Class<T> type, java.util.function.Supplier<T> work);
    }

    /** What a layout depends on: the very document and house style (compared by identity, not content). */
    private record Key(Object document, Object husstil) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.document == document && k.husstil == husstil;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(document) * 31 + System.identityHashCode(husstil);
        }
    }

    /**
     * The layout of {@link #layout(Document, Theme)}, taken from {@code made} when another renderer
     * of the same document and house style made it already. A layout is only read once made, so
     * renderers running at the same time may share it.
     */
    public static Result layout(Document document, Theme theme, Made made) {
        return made.reuse(new Key(document, theme.husstil), Result.class, () -> layout(document, theme));
    }

    /**
     * Lays the document out, its table of contents with the pages the headings land on. The memo
     * of line breaks is confined to this call (and its thread): the keep rules ask for the same
     * texts at the same widths again and again.
     */
    public static Result layout(Document document, Theme theme) {
        return new Layouter(document, theme, null, new LineBreaker.Memo(theme.fonts)).run();
    }

    /**
     * A layout whose table of contents prints the given page numbers rather than those the
     * headings land on: what the layout was made as before it took one pass (a pass with none,
     * then passes with the pages the one before found, until they agreed), for the test that
     * both give the same layout.
     *
     * @param printedPages the page number of each heading by block index (1-based); a heading not
     *                     in it gets none
     */
    static Result layoutPrinting(Document document, Theme theme, Map<Integer, Integer> printedPages) {
        return new Layouter(document, theme, java.util.Objects.requireNonNull(printedPages, "printedPages"),
                new LineBreaker.Memo(theme.fonts)).run();
    }

    private Result run() {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            currentBlock = i;
            switch (block) {
                case TitlePage t -> titlePage(t);
                case TableOfContents t -> tableOfContents(t);
                case Heading h -> heading(h, i);
                case Paragraph p -> paragraph(p, i);
                case BulletList l -> list(l.items(), false);
                case NumberedList l -> list(l.items(), true);
                case Table t -> grid(tableSpec(t), root.child("Table"));
                case FieldList f -> fieldList(f);
                case Signatures s -> signatures(s);
                case Letterhead l -> letterhead(l);
                case Picture p -> picture(p);
                case PageBreak p -> hardBreak();
                case Chart c -> chart(c);
            }
        }
        if (pages.isEmpty()) {
            ensurePage();
        }
        drawPageNumbers();
        Map<Integer, Placement> placed = new LinkedHashMap<>();
        firstPages.forEach((block, first) -> placed.put(block, new Placement(first, lastPages.get(block),
                List.copyOf(tableRows.getOrDefault(block, List.of())))));
        Map<Integer, float[]> widths = new LinkedHashMap<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Table t && !t.columns().isEmpty()) {
                widths.put(i, tableSpec(t).widths().clone());
            }
        }
        return new Result(pages, anchors, root, placed, List.copyOf(breaker.brokenWords()), widths,
                java.util.Set.copyOf(leadIns), java.util.Set.copyOf(keptWhole), Map.copyOf(fieldWidths),
                Map.copyOf(startRows), Map.copyOf(covers), Map.copyOf(letterheadWidths), Map.copyOf(pictureSizes));
    }

    // ------------------------------------------------------------------ page handling

    /** A page that ends because it is full, or a block goes on on the next. */
    private void breakPage() {
        page = null;
        pendingSpace = 0;
        afterHardBreak = false;
    }

    /**
     * A page break the document asks for. The first block after it keeps its space before, as
     * Word and LibreOffice keep it after a page break (and drop it on a page that merely filled).
     */
    private void hardBreak() {
        breakPage();
        afterHardBreak = true;
    }

    private void ensurePage() {
        if (page == null) {
            boolean first = pages.isEmpty() && !nextIsTitle
                    && !(!blocks.isEmpty() && blocks.get(0) instanceof TitlePage);
            page = new LaidOutPage(pages.size(), nextIsTitle, first);
            nextIsTitle = false;
            pages.add(page);
            y = geo.contentTop;
            atTop = true;
        }
    }

    /** The space to leave before a block with the given space-before at the current position. */
    private float gap(float before) {
        if (page == null || atTop) {
            return afterHardBreak ? before : 0;
        }
        return Math.max(pendingSpace, before);
    }

    /**
     * Makes room for a block: starts a new page unless {@code need} points (after the gap) fit
     * on this one, then moves past the gap.
     */
    private void room(float before, float need) {
        ensurePage();
        float g = gap(before);
        if (!atTop && y - g - need < geo.contentBottom) {
            breakPage();
            ensurePage();
            g = 0;
        }
        y -= g;
    }

    private boolean fits(float height) {
        return y - height >= geo.contentBottom - 0.01f;
    }

    private static float baseline(float top, float leading, float size) {
        return top - leading / 2f - size * 0.344f;
    }

    private void add(PageItem item) {
        page.items.add(item);
        firstPages.putIfAbsent(currentBlock, page.index);
        lastPages.put(currentBlock, page.index);
        atTop = false;
    }

    private void text(float x, float baseline, Line line, Tag tag) {
        for (LineBreaker.Segment s : line.segments()) {
            if (s.text().isEmpty()) {
                continue;
            }
            Tag t = tag instanceof StructNode node ? node.part(s.link()) : tag;
            add(new PageItem.Text(x + s.x(), baseline, s.text(), s.face(), s.family(), s.size(), s.colour(),
                    s.actualText(), t));
            if (s.link() != null && t instanceof StructNode link) {
                // The link: underlined, and a clickable area over it that the Link element owns.
                float left = x + s.x();
                float under = baseline - s.size() * LINK_UNDERLINE_DROP;
                add(new PageItem.Rule(left, under, left + s.width(), under, LINK_UNDERLINE_WIDTH, s.colour(),
                        Artifact.LAYOUT));
                add(new PageItem.Link(left, baseline - s.size() * 0.3f, left + s.width(), baseline + s.size() * 0.85f,
                        -1, se.rapportverk.document.Span.describe(s.link()), link, s.link()));
            }
        }
        atTop = false;
    }

    /** Whether any of the runs links somewhere. */
    private static boolean linked(List<Styled> runs) {
        for (Styled s : runs) {
            if (s.link() != null) {
                return true;
            }
        }
        return false;
    }

    /**
     * Places lines one below the other, continuing on new pages as needed, never leaving a
     * single line of a paragraph alone at the foot or the head of a page.
     */
    private void flow(List<Line> lines, float leading, float size, LineSink sink) {
        int i = 0;
        int n = lines.size();
        while (i < n) {
            int fit = (int) Math.floor((y - geo.contentBottom + 0.01f) / leading);
            int remaining = n - i;
            int take;
            if (fit >= remaining) {
                take = remaining;
            } else {
                take = fit;
                if (remaining - take < 2) {
                    take = remaining - 2; // widow: carry one more line over
                }
                if (take < 2 && !(i > 0 && take >= 1)) {
                    take = 0; // orphan: move the paragraph on
                }
                if (take <= 0) {
                    if (atTop) {
                        take = Math.max(1, Math.min(fit, remaining));
                    } else {
                        breakPage();
                        ensurePage();
                        continue;
                    }
                }
            }
            for (int k = 0; k < take; k++) {
                float top = y;
                sink.line(i + k, lines.get(i + k), top, baseline(top, leading, size));
                y -= leading;
                atTop = false;
            }
            i += take;
            if (i < n) {
                breakPage();
                ensurePage();
            }
        }
    }

    // ------------------------------------------------------------------ title page

    private void titlePage(TitlePage t) {
        if (page != null && !atTop) {
            breakPage();
        }
        if (page == null) {
            nextIsTitle = true;
            ensurePage();
        } else if (!page.titlePage) {
            // A fresh, empty page that is not marked as title page: replace it.
            pages.remove(pages.size() - 1);
            page = null;
            nextIsTitle = true;
            ensurePage();
        }
        StructNode sect = root.child("Sect");
        Husstil.Cover cover = theme.husstil.cover();
        List<CoverPart> top = coverParts(cover.top(), t, List.of());
        List<CoverPart> middle = coverParts(cover.middle(), t, List.of());
        List<CoverPart> bottom = coverParts(cover.bottom(), t,
                t.lines().stream().filter(l -> l.role() == TitlePage.Role.ANNAN).map(TitlePage.Line::text).toList());
        List<CoverItem> placed = new ArrayList<>();
        float topEnd = placeCover(top, geo.contentTop, geo.contentTop, sect, t, placed);
        float middleTop = Geometry.PAGE_HEIGHT - Geometry.mm(cover.middleFromTop());
        if (!top.isEmpty()) {
            middleTop = Math.min(middleTop, topEnd - COVER_ZONE_GAP);
        }
        float middleEnd = placeCover(middle, middleTop, topEnd, sect, t, placed);
        float bottomTop = geo.contentBottom + COVER_FOOT_RESERVE + zoneHeight(bottom);
        if (!top.isEmpty() || !middle.isEmpty()) {
            bottomTop = Math.min(bottomTop, middleEnd - COVER_ZONE_GAP);
        }
        placeCover(bottom, bottomTop, middleEnd, sect, t, placed);
        covers.put(currentBlock, List.copyOf(placed));
        hardBreak();
    }

    /** A part of a cover, with its lines (none for the logo and the rule). */
    private record CoverPart(Husstil.CoverElement element, String text, List<Line> lines, float leading,
                             float height) {
    }

    /** The parts of a zone that have something to show, in order; lines no part names at the end. */
    private List<CoverPart> coverParts(List<Husstil.CoverElement> elements, TitlePage t, List<String> others) {
        List<CoverPart> parts = new ArrayList<>();
        for (Husstil.CoverElement e : elements) {
            switch (e) {
                case LOGOTYP -> theme.husstil.logo().ifPresent(logo -> {
                    float w = Geometry.mm(theme.husstil.cover().logoWidth());
                    parts.add(new CoverPart(e, "", List.of(), 0, (float) (w * logo.aspect())));
                });
                case LINJE -> parts.add(new CoverPart(e, "", List.of(), 0, 1f + COVER_RULE_WIDTH));
                case KOMMUN -> coverText(parts, e, t.kommun(), Face.BOLD, COVER_KOMMUN_SIZE, COVER_KOMMUN_LEADING,
                        theme.heading);
                case TITEL -> coverText(parts, e, t.title(), Face.BOLD, COVER_TITLE_SIZE, COVER_TITLE_LEADING,
                        theme.heading);
                case NAMND -> coverText(parts, e, t.subtitle(), Face.REGULAR, COVER_SUBTITLE_SIZE,
                        COVER_SUBTITLE_LEADING, theme.text);
                case FORVALTNING -> coverLine(parts, e, t.line(TitlePage.Role.FORVALTNING));
                case DATUM -> coverLine(parts, e, t.line(TitlePage.Role.DATUM));
                case DIARIENUMMER -> coverLine(parts, e, t.line(TitlePage.Role.DIARIENUMMER));
            }
        }
        for (String other : others) {
            coverLine(parts, null, other);
        }
        return parts;
    }

    private void coverLine(List<CoverPart> parts, Husstil.CoverElement e, String text) {
        coverText(parts, e, text, Face.REGULAR, COVER_LINE_SIZE, COVER_LINE_LEADING, theme.text);
    }

    private void coverText(List<CoverPart> parts, Husstil.CoverElement e, String text, Face face, float size,
                           float leading, Color colour) {
        if (text.isBlank()) {
            return;
        }
        List<Line> lines = lines(text, face, size, colour, geo.contentWidth);
        parts.add(new CoverPart(e, text, lines, leading, lines.size() * leading));
    }

    /** The space between a part of the cover and the next in its zone. */
    private static float coverGap(CoverPart part, CoverPart next) {
        Husstil.CoverElement e = part.element();
        Husstil.CoverElement n = next.element();
        if (e == null || e == Husstil.CoverElement.FORVALTNING || e == Husstil.CoverElement.DATUM
                || e == Husstil.CoverElement.DIARIENUMMER) {
            return n == null || n == Husstil.CoverElement.FORVALTNING || n == Husstil.CoverElement.DATUM
                    || n == Husstil.CoverElement.DIARIENUMMER ? 0f : COVER_TITLE_AFTER;
        }
        return switch (e) {
            case LOGOTYP -> COVER_LOGO_AFTER;
            case KOMMUN -> n == Husstil.CoverElement.LINJE ? COVER_RULE_BEFORE : COVER_TITLE_AFTER;
            case LINJE -> COVER_RULE_AFTER;
            default -> COVER_TITLE_AFTER;
        };
    }

    private static float zoneHeight(List<CoverPart> parts) {
        float h = 0;
        for (int i = 0; i < parts.size(); i++) {
            h += parts.get(i).height() + (i + 1 < parts.size() ? coverGap(parts.get(i), parts.get(i + 1)) : 0);
        }
        return h;
    }

    /**
     * Draws a zone of the cover from {@code top} down and returns where it ends.
     *
     * @param above where the part above it ended (for the space Word leaves before its first part)
     */
    private float placeCover(List<CoverPart> parts, float top, float above, StructNode sect, TitlePage t,
                             List<CoverItem> placed) {
        float y = top;
        float previousEnd = above;
        for (int i = 0; i < parts.size(); i++) {
            CoverPart part = parts.get(i);
            if (i > 0) {
                y -= coverGap(parts.get(i - 1), part);
            }
            placed.add(new CoverItem(part.element(), part.text(), previousEnd - y, part.height()));
            float x = geo.contentLeft;
            if (part.element() == Husstil.CoverElement.LOGOTYP) {
                Husstil.Logo logo = theme.husstil.logo().orElseThrow();
                StructNode figure = sect.child("Figure");
                figure.alt = logo.altText(t.kommun());
                float w = Geometry.mm(theme.husstil.cover().logoWidth());
                add(new PageItem.Image(x, y - part.height(), w, part.height(), logo, figure));
            } else if (part.element() == Husstil.CoverElement.LINJE) {
                float ruleY = y - 1f - COVER_RULE_WIDTH / 2f;
                add(new PageItem.Rule(x, ruleY, x + COVER_RULE_LENGTH, ruleY, COVER_RULE_WIDTH, theme.accent,
                        Artifact.LAYOUT));
            } else {
                StructNode p = sect.child("P");
                float lineTop = y;
                Line first = part.lines().get(0);
                float size = first.segments().isEmpty() ? COVER_LINE_SIZE : first.segments().get(0).size();
                for (Line line : part.lines()) {
                    text(x, baseline(lineTop, part.leading(), size), line, p);
                    lineTop -= part.leading();
                }
            }
            y -= part.height();
            previousEnd = y;
        }
        return parts.isEmpty() ? top : y;
    }

    // ------------------------------------------------------------------ letterhead

    /** The widths of a letterhead's two columns (as the template's layout table had them: 1.2 to 1). */
    private float[] letterheadColumns() {
        float left = geo.contentWidth * 1.2f / 2.2f;
        return new float[] {left, geo.contentWidth - left};
    }

    /** The lines of one text of a letterhead column. */
    private record LetterheadPart(Husstil.LetterheadElement element, List<Line> lines, float height) {
    }

    private List<LetterheadPart> letterheadParts(Letterhead l, List<Husstil.LetterheadElement> elements, float width) {
        List<LetterheadPart> parts = new ArrayList<>();
        float textWidth = width - 2 * CELL_PAD_X;
        for (Husstil.LetterheadElement e : elements) {
            List<Line> lines = new ArrayList<>();
            switch (e) {
                case LOGOTYP -> {
                    Husstil.Logo logo = theme.husstil.logo().orElse(null);
                    if (logo != null) {
                        float w = Geometry.mm(theme.husstil.letterhead().logoWidth());
                        parts.add(new LetterheadPart(e, List.of(), (float) (w * logo.aspect()) + LETTERHEAD_LOGO_AFTER));
                    }
                    continue;
                }
                case KOMMUN -> lines.addAll(letterheadLines(l.kommun(), Face.BOLD, textWidth));
                case FORVALTNING -> lines.addAll(letterheadLines(l.forvaltning(), Face.REGULAR, textWidth));
                case DOKUMENTTYP -> lines.addAll(letterheadLines(l.title(), Face.BOLD, textWidth));
                case UPPGIFTER -> {
                    for (FieldList.Field f : l.fields()) {
                        lines.addAll(letterheadLines(f.label() + ": " + f.value(), Face.REGULAR, textWidth));
                    }
                }
            }
            if (!lines.isEmpty()) {
                parts.add(new LetterheadPart(e, lines, lines.size() * TABLE_LEADING));
            }
        }
        return parts;
    }

    private List<Line> letterheadLines(String text, Face face, float width) {
        return text.isBlank() ? List.of() : lines(text, face, TABLE_SIZE, theme.text, width);
    }

    private float letterheadHeight(Letterhead l) {
        float[] widths = letterheadColumns();
        Husstil.Letterhead style = theme.husstil.letterhead();
        float h = 0;
        for (int c = 0; c < 2; c++) {
            float column = 0;
            for (LetterheadPart p : letterheadParts(l, c == 0 ? style.left() : style.right(), widths[c])) {
                column += p.height();
            }
            h = Math.max(h, column);
        }
        return h + PLAIN_PAD_TOP + PLAIN_PAD_BOTTOM;
    }

    /**
     * A letterhead: two columns side by side, each with what the house style puts there (the logo,
     * the kommun and förvaltning, the kind of document and its particulars), kept on one page.
     */
    private void letterhead(Letterhead l) {
        float[] widths = letterheadColumns();
        letterheadWidths.put(currentBlock, widths.clone());
        room(TABLE_BEFORE, Math.min(letterheadHeight(l), bodyHeight));
        StructNode div = root.child("Div");
        Husstil.Letterhead style = theme.husstil.letterhead();
        float top = y - PLAIN_PAD_TOP;
        float x = geo.contentLeft;
        for (int c = 0; c < 2; c++) {
            float lineTop = top;
            for (LetterheadPart part : letterheadParts(l, c == 0 ? style.left() : style.right(), widths[c])) {
                if (part.element() == Husstil.LetterheadElement.LOGOTYP) {
                    Husstil.Logo logo = theme.husstil.logo().orElseThrow();
                    StructNode figure = div.child("Figure");
                    figure.alt = logo.altText(l.kommun());
                    float w = Geometry.mm(style.logoWidth());
                    float h = part.height() - LETTERHEAD_LOGO_AFTER;
                    add(new PageItem.Image(x, lineTop - h, w, h, logo, figure));
                    lineTop -= part.height();
                    continue;
                }
                StructNode p = div.child("P");
                for (Line line : part.lines()) {
                    text(x, baseline(lineTop, TABLE_LEADING, TABLE_SIZE), line, p);
                    lineTop -= TABLE_LEADING;
                }
            }
            x += widths[c];
        }
        y -= letterheadHeight(l);
        atTop = false;
        pendingSpace = TABLE_AFTER;
    }

    // ------------------------------------------------------------------ table of contents

    private record TocEntry(int block, Heading heading) {
    }

    private List<TocEntry> tocEntries(TableOfContents toc) {
        List<TocEntry> entries = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h && h.inToc() && h.level() <= toc.maxLevel()) {
                entries.add(new TocEntry(i, h));
            }
        }
        return entries;
    }

    private void tableOfContents(TableOfContents toc) {
        if (!toc.title().isEmpty()) {
            // The title reads as a level-1 heading.
            List<Line> lines = lines(toc.title(), Face.BOLD, HEADING_SIZE[1], theme.heading, geo.contentWidth);
            float h = lines.size() * HEADING_LEADING[1];
            room(HEADING_BEFORE[1], h + HEADING_AFTER[1] + 2 * BODY_LEADING);
            StructNode title = root.child("H1");
            lastTagLevel = 1;
            flow(lines, HEADING_LEADING[1], HEADING_SIZE[1],
                    (i, line, top, base) -> text(geo.contentLeft, base, line, title));
            pendingSpace = TOC_TITLE_AFTER;
        }
        StructNode tocNode = root.child("TOC");
        List<TocEntry> entries = tocEntries(toc);
        float[] numberColumn = new float[4];
        for (TocEntry e : entries) {
            int level = e.heading().level();
            Face face = level == 1 ? Face.BOLD : Face.REGULAR;
            float w = fonts.width(e.heading().number(), face, BODY_SIZE);
            numberColumn[level] = Math.max(numberColumn[level], w);
        }
        float reserve = fonts.width(TOC_NUMBER_RESERVE, Face.BOLD, BODY_SIZE) + 10f;
        float dot = fonts.width(".", Face.REGULAR, BODY_SIZE);
        float dotPitch = dot * 2.2f;
        for (TocEntry e : entries) {
            Heading h = e.heading();
            int level = h.level();
            Face face = level == 1 ? Face.BOLD : Face.REGULAR;
            float indent = (level - 1) * 16f;
            float numberWidth = h.number().isEmpty() ? 0 : Math.max(numberColumn[level] + 8f, 20f);
            float textX = geo.contentLeft + indent + numberWidth;
            float textWidth = geo.contentRight - reserve - 14f - textX;
            List<Line> lines = lines(h.text(), face, BODY_SIZE, theme.text, textWidth);
            float leading = BODY_LEADING + 1.5f;
            float before = level == 1 ? 5f : 0f;
            room(before, lines.size() * leading);
            StructNode item = tocNode.child("TOCI");
            StructNode link = item.child("Link");
            float entryTop = y;
            for (int k = 0; k < lines.size(); k++) {
                Line line = lines.get(k);
                float base = baseline(y, leading, BODY_SIZE);
                if (k == 0 && !h.number().isEmpty()) {
                    Line number = lines(h.number(), face, BODY_SIZE, theme.text, 1000f).get(0);
                    text(geo.contentLeft + indent, base, number, link);
                }
                text(textX, base, line, link);
                if (k == lines.size() - 1) {
                    // Leader dots on a fixed grid measured from the right edge, so they line up.
                    float from = textX + line.width() + 4f;
                    float to = geo.contentRight - reserve + 4f;
                    StringBuilder dots = new StringBuilder();
                    float start = to;
                    while (start - dotPitch >= from) {
                        start -= dotPitch;
                    }
                    for (float p = start; p + dot <= to + 0.01f; p += dotPitch) {
                        dots.append('.');
                    }
                    if (dots.length() >= 2) {
                        // Dots are drawn one by one at the grid positions.
                        float p = start;
                        for (int d = 0; d < dots.length(); d++, p += dotPitch) {
                            add(new PageItem.Text(p, base, ".", Face.REGULAR, Fonts.Family.MAIN, BODY_SIZE, MUTED, null,
                                    Artifact.LAYOUT));
                        }
                    }
                    // The page number goes here, right-aligned, once the heading is placed.
                    pageNumbers.add(new PageNumber(page, page.items.size(), e.block(), face, base, link));
                }
                y -= leading;
            }
            add(new PageItem.Link(geo.contentLeft + indent, y + 1f, geo.contentRight, entryTop - 1f, e.block(),
                    h.displayText(), link));
            pendingSpace = level == 1 ? 2f : 0f;
        }
        pendingSpace = PARAGRAPH_AFTER;
        // The table of contents stands on pages of its own.
        hardBreak();
    }

    /**
     * Where a page number of the table of contents is drawn: on the page, at the position in its
     * items (after the entry's leader dots), for the heading at the block index.
     */
    private record PageNumber(LaidOutPage page, int at, int block, Face face, float baseline, StructNode link) {
    }

    /**
     * Draws the table of contents' page numbers, each where its entry left room for it. The last
     * first, so that the positions of those before it on its page stay as they were recorded.
     */
    private void drawPageNumbers() {
        for (int i = pageNumbers.size() - 1; i >= 0; i--) {
            PageNumber n = pageNumbers.get(i);
            Integer target;
            if (printedPages != null) {
                target = printedPages.get(n.block());
            } else {
                Anchor anchor = anchors.get(n.block());
                target = anchor == null ? null : anchor.page() + 1;
            }
            if (target == null) {
                continue;
            }
            String number = Integer.toString(target);
            float width = fonts.width(number, n.face(), BODY_SIZE);
            // The item belongs to the entry's page, as the entry's link after it does: the block's
            // first and last pages are as they were.
            n.page().items.add(n.at(), new PageItem.Text(geo.contentRight - width, n.baseline(), number, n.face(),
                    Fonts.Family.MAIN, BODY_SIZE, theme.text, null, n.link()));
        }
    }

    // ------------------------------------------------------------------ headings and paragraphs

    private List<Line> headingLines(Heading h) {
        List<Line> known = blockLines.get(h);
        if (known == null) {
            Color colour = h.level() == 3 ? theme.heading3 : theme.heading;
            known = lines(h.displayText(), Face.BOLD, HEADING_SIZE[h.level()], colour, geo.contentWidth);
            blockLines.put(h, known);
        }
        return known;
    }

    private void heading(Heading h, int index) {
        int level = h.level();
        List<Line> lines = headingLines(h);
        float height = lines.size() * HEADING_LEADING[level];
        float need = Math.min(height + HEADING_AFTER[level] + startHeight(index + 1), bodyHeight * 0.6f);
        room(HEADING_BEFORE[level], Math.max(need, height));
        int tagLevel = Math.min(level, lastTagLevel + 1);
        lastTagLevel = tagLevel;
        StructNode node = root.child("H" + tagLevel);
        anchors.put(index, new Anchor(page.index, y, h));
        flow(lines, HEADING_LEADING[level], HEADING_SIZE[level],
                (i, line, top, base) -> text(geo.contentLeft, base, line, node));
        pendingSpace = HEADING_AFTER[level];
    }

    private record ParaStyle(float size, float leading, boolean bold, Color colour, float before, float after) {
    }

    private ParaStyle style(Paragraph.Style s) {
        return switch (s) {
            case BODY -> new ParaStyle(BODY_SIZE, BODY_LEADING, false, theme.text, 0f, PARAGRAPH_AFTER);
            case CAPTION -> new ParaStyle(CAPTION_SIZE, CAPTION_LEADING, true, theme.text, 8f, 3f);
            case NOTE -> new ParaStyle(NOTE_SIZE, NOTE_LEADING, false, MUTED, 0f, PARAGRAPH_AFTER);
        };
    }

    private List<Styled> runs(List<Span> spans, float size, boolean bold, Color colour) {
        List<Styled> runs = new ArrayList<>(spans.size());
        for (Span s : spans) {
            Color c = s.colour() != null ? new Color(Integer.parseInt(s.colour(), 16))
                    : s.link() != null ? theme.link : colour;
            runs.add(new Styled(s.text(), Face.of(bold || s.bold(), s.italic()), size, c, s.link()));
        }
        return runs;
    }

    private List<Line> lines(String text, Face face, float size, Color colour, float width) {
        return breaker.breakLines(List.of(new Styled(text, face, size, colour)), width);
    }

    private void paragraph(Paragraph p, int index) {
        ParaStyle st = style(p.style());
        List<Line> lines = paragraphLines(p);
        float need = Math.min(2, lines.size()) * st.leading();
        if (leadsIn(index)) {
            leadIns.add(index);
            // A caption, a label or a sentence ending in a colon stays with what it introduces.
            need = Math.min(lines.size() * st.leading() + st.after() + startHeight(index + 1), bodyHeight * 0.6f);
        } else if (lines.size() <= 3) {
            need = lines.size() * st.leading();
        }
        room(st.before(), need);
        StructNode node = root.child("P");
        node.linked = p.spans().stream().anyMatch(span -> span.link() != null);
        flow(lines, st.leading(), st.size(), (i, line, top, base) -> text(geo.contentLeft, base, line, node));
        pendingSpace = st.after();
    }

    /**
     * The lines of each paragraph, heading and list item, by the very block: the keep rules ask for
     * them again and again (the memo would give the same lines, after making the runs and the key).
     * The lists are only read.
     */
    private final Map<Object, List<Line>> blockLines = new IdentityHashMap<>();

    private List<Line> paragraphLines(Paragraph p) {
        List<Line> known = blockLines.get(p);
        if (known == null) {
            ParaStyle st = style(p.style());
            known = breaker.breakLines(runs(p.spans(), st.size(), st.bold(), st.colour()), geo.contentWidth);
            blockLines.put(p, known);
        }
        return known;
    }

    /**
     * Whether the paragraph at the index must not be parted from the block after it, by
     * {@link KeepRules#leadsIn}, with this layout's line count.
     */
    private boolean leadsIn(int index) {
        return KeepRules.leadsIn(blocks, index, p -> paragraphLines(p).size());
    }

    /** The height the start of a block needs on a page (to keep a heading with it). */
    private float startHeight(int index) {
        if (index >= blocks.size()) {
            return 0;
        }
        Block b = blocks.get(index);
        return switch (b) {
            case Heading h -> {
                float own = headingLines(h).size() * HEADING_LEADING[h.level()];
                yield HEADING_BEFORE[h.level()] + own + HEADING_AFTER[h.level()] + startHeight(index + 1);
            }
            case Paragraph p -> {
                ParaStyle st = style(p.style());
                int n = paragraphLines(p).size();
                float own = (n <= 3 ? n : 2) * st.leading();
                if (leadsIn(index)) {
                    own = n * st.leading() + st.after() + startHeight(index + 1);
                }
                yield own;
            }
            case BulletList l -> listStartHeight(l.items());
            case NumberedList l -> listStartHeight(l.items());
            case Table t -> gridStartHeight(tableSpec(t));
            case FieldList f -> f.layout() == FieldList.Layout.COLUMNS
                    ? gridStartHeight(fieldSpec(f)) : Math.min(2, f.fields().size()) * BODY_LEADING;
            case Signatures s -> signaturesHeight(s);
            case TableOfContents t -> HEADING_LEADING[1] + HEADING_AFTER[1] + 2 * BODY_LEADING;
            case TitlePage t -> 0f;
            case Letterhead l -> letterheadHeight(l);
            case Picture p -> pictureSize(p)[1] + pictureCaptionHeight(p);
            case PageBreak pb -> 0f;
            case Chart c -> chartHeight(c);
        };
    }

    // ------------------------------------------------------------------ pictures

    /**
     * The size a picture is shown at, width and height in points: as wide as in the workbook (or its
     * pixels at 96 per inch), at most the width of the text, its height following its proportions and
     * at most {@link Theme#PICTURE_MAX_HEIGHT_SHARE} of the body's height with its caption.
     */
    private float[] pictureSize(Picture p) {
        Picture.Image image = p.image();
        float width = Math.min(image.naturalWidth(), geo.contentWidth);
        float height = (float) (width * image.aspect());
        float most = bodyHeight * PICTURE_MAX_HEIGHT_SHARE - pictureCaptionHeight(p);
        if (height > most) {
            height = most;
            width = (float) (height / image.aspect());
        }
        return new float[] {width, height};
    }

    private List<Line> pictureCaption(Picture p) {
        return p.caption().isBlank() ? List.of() : lines(p.caption(), Face.REGULAR, NOTE_SIZE, MUTED, geo.contentWidth);
    }

    private float pictureCaptionHeight(Picture p) {
        List<Line> caption = pictureCaption(p);
        return caption.isEmpty() ? 0f : PICTURE_CAPTION_GAP + caption.size() * NOTE_LEADING;
    }

    /**
     * A picture, as a tagged Figure with its alternative text, and its caption under it, on one page;
     * it stands at the left margin, as the text does.
     */
    private void picture(Picture p) {
        float[] size = pictureSize(p);
        pictureSizes.put(currentBlock, size.clone());
        List<Line> caption = pictureCaption(p);
        room(PICTURE_BEFORE, Math.min(size[1] + pictureCaptionHeight(p), bodyHeight));
        StructNode figure = root.child("Figure");
        figure.alt = p.altText();
        add(new PageItem.Picture(geo.contentLeft, y - size[1], size[0], size[1], p.image(), figure));
        y -= size[1];
        if (!caption.isEmpty()) {
            y -= PICTURE_CAPTION_GAP;
            StructNode node = root.child("Caption");
            for (Line line : caption) {
                text(geo.contentLeft, baseline(y, NOTE_LEADING, NOTE_SIZE), line, node);
                y -= NOTE_LEADING;
            }
        }
        atTop = false;
        pendingSpace = PICTURE_AFTER;
    }

    // ------------------------------------------------------------------ lists

    /** Line counts of the list items. */
    private int[] itemLines(List<List<Span>> items) {
        int[] n = new int[items.size()];
        for (int i = 0; i < n.length; i++) {
            n[i] = itemLinesOf(items.get(i)).size();
        }
        return n;
    }

    /** The lines of a list item (by the very item, as {@link #blockLines}). */
    private List<Line> itemLinesOf(List<Span> item) {
        List<Line> known = blockLines.get(item);
        if (known == null) {
            known = breaker.breakLines(runs(item, BODY_SIZE, false, theme.text), geo.contentWidth - LIST_INDENT);
            blockLines.put(item, known);
        }
        return known;
    }

    /** Whether a list is kept on one page: up to three items of six lines in all. */
    private boolean listKeptWhole(List<List<Span>> items) {
        int[] n = itemLines(items);
        int total = 0;
        for (int k : n) {
            total += k;
        }
        return n.length <= 3 && total <= 6;
    }

    /**
     * The height the start of a list needs: a short list (up to three items, six lines) is kept
     * whole, a longer one needs its first item (two lines of it).
     */
    private float listStartHeight(List<List<Span>> items) {
        if (items.isEmpty()) {
            return 0;
        }
        int[] n = itemLines(items);
        int total = 0;
        for (int k : n) {
            total += k;
        }
        if (n.length <= 3 && total <= 6) {
            return total * BODY_LEADING + (n.length - 1) * LIST_ITEM_GAP;
        }
        return Math.min(n[0], 2) * BODY_LEADING;
    }

    private void list(List<List<Span>> items, boolean numbered) {
        if (items.isEmpty()) {
            return;
        }
        StructNode list = root.child("L");
        if (numbered) {
            list.tableAttributes.put("ListNumbering", "Decimal");
        } else {
            list.tableAttributes.put("ListNumbering", "Disc");
        }
        float labelRight = geo.contentLeft + LIST_INDENT - 6f;
        if (listKeptWhole(items)) {
            keptWhole.add(currentBlock);
        }
        room(0f, Math.min(listStartHeight(items), bodyHeight));
        pendingSpace = 0;
        for (int n = 0; n < items.size(); n++) {
            List<Line> lines = itemLinesOf(items.get(n));
            float need = (lines.size() <= 3 ? lines.size() : 2) * BODY_LEADING;
            room(n == 0 ? 0f : LIST_ITEM_GAP, need);
            StructNode li = list.child("LI");
            StructNode lbl = li.child("Lbl");
            StructNode body = li.child("LBody");
            body.linked = items.get(n).stream().anyMatch(span -> span.link() != null);
            String label = numbered ? (n + 1) + "." : "\u2022";
            flow(lines, BODY_LEADING, BODY_SIZE, (i, line, top, base) -> {
                if (i == 0) {
                    Line l = lines(label, Face.REGULAR, BODY_SIZE, numbered ? theme.text : theme.accent, 100f).get(0);
                    float lx = numbered ? labelRight - l.width() : geo.contentLeft + 5f;
                    text(lx, base, l, lbl);
                }
                text(geo.contentLeft + LIST_INDENT, base, line, body);
            });
            pendingSpace = LIST_ITEM_GAP;
        }
        pendingSpace = LIST_AFTER;
    }

    // ------------------------------------------------------------------ field lists and signatures

    private void fieldList(FieldList f) {
        if (f.fields().isEmpty()) {
            return;
        }
        if (f.layout() == FieldList.Layout.COLUMNS) {
            GridSpec spec = fieldSpec(f);
            fieldWidths.put(currentBlock, spec.widths().clone());
            grid(spec, root.child("Table"));
            return;
        }
        StructNode div = root.child("Div");
        for (int n = 0; n < f.fields().size(); n++) {
            FieldList.Field field = f.fields().get(n);
            List<Styled> runs = List.of(
                    new Styled(field.label() + ":", Face.BOLD, BODY_SIZE, theme.text),
                    new Styled(" " + field.value(), Face.REGULAR, BODY_SIZE, theme.text));
            List<Line> lines = breaker.breakLines(runs, geo.contentWidth);
            room(0f, Math.min(lines.size(), 2) * BODY_LEADING);
            StructNode p = div.child("P");
            flow(lines, BODY_LEADING, BODY_SIZE, (i, line, top, base) -> text(geo.contentLeft, base, line, p));
            pendingSpace = FIELD_LINE_AFTER;
        }
    }

    private GridSpec fieldSpec(FieldList f) {
        return fieldSpecs.computeIfAbsent(f, this::makeFieldSpec);
    }

    private GridSpec makeFieldSpec(FieldList f) {
        float labelWidth = 0;
        for (FieldList.Field field : f.fields()) {
            labelWidth = Math.max(labelWidth, fonts.width(field.label(), Face.BOLD, BODY_SIZE));
        }
        float first = Math.min(labelWidth + 16f, geo.contentWidth * 0.42f);
        float[] widths = {first, geo.contentWidth - first};
        List<GridRow> rows = new ArrayList<>();
        for (FieldList.Field field : f.fields()) {
            rows.add(new GridRow(Table.RowKind.BODY, List.of(
                    new GridCell(List.of(new Styled(field.label(), Face.BOLD, BODY_SIZE, theme.text)),
                            Table.Align.LEFT, 1, true, "Row"),
                    new GridCell(List.of(new Styled(field.value(), Face.REGULAR, BODY_SIZE, theme.text)),
                            Table.Align.LEFT, 1, false, null))));
        }
        return new GridSpec("", widths, rows, 0, false, 0f, 10f, BODY_SIZE, BODY_LEADING);
    }

    /** How many signatories stand side by side: three, or two when there are two or four. */
    public static int signaturesPerRow(int n) {
        return n == 4 ? 2 : Math.min(3, Math.max(1, n));
    }

    /** The width of a column of signatures, in points: a single signatory takes half the line. */
    public static float signatureColumn(Geometry geo, int perRow) {
        return geo.contentWidth / Math.max(perRow, 2);
    }

    /** Name lines then title lines of one signature. */
    private List<Line> signatureLines(Signatures.Signature sig, float width) {
        List<Line> lines = new ArrayList<>(lines(sig.name(), Face.REGULAR, BODY_SIZE, theme.text, width));
        if (!sig.title().isEmpty()) {
            lines.addAll(lines(sig.title(), Face.REGULAR, BODY_SIZE, MUTED, width));
        }
        return lines;
    }

    /** Heights of the rows of signatures. */
    private float[] signatureRows(Signatures s) {
        int perRow = signaturesPerRow(s.signatures().size());
        int rows = (s.signatures().size() + perRow - 1) / perRow;
        float[] heights = new float[rows];
        for (int n = 0; n < s.signatures().size(); n++) {
            int lines = signatureLines(s.signatures().get(n), signatureColumn(geo, perRow) - 12f).size();
            heights[n / perRow] = Math.max(heights[n / perRow], Math.max(lines, 2) * BODY_LEADING);
        }
        return heights;
    }

    private float signaturesHeight(Signatures s) {
        float h = SIGNATURE_GAP;
        float[] rows = signatureRows(s);
        for (int r = 0; r < rows.length; r++) {
            h += rows[r] + (r > 0 ? SIGNATURE_GAP : 0);
        }
        return h;
    }

    private void signatures(Signatures s) {
        if (s.signatures().isEmpty()) {
            return;
        }
        int perRow = signaturesPerRow(s.signatures().size());
        float colWidth = signatureColumn(geo, perRow);
        float[] rows = signatureRows(s);
        StructNode div = root.child("Div");
        // The signatures are kept together (when they fit on a page at all).
        room(SIGNATURE_GAP, Math.min(signaturesHeight(s) - SIGNATURE_GAP, bodyHeight));
        for (int r = 0; r < rows.length; r++) {
            if (r > 0) {
                room(SIGNATURE_GAP, rows[r]);
            }
            float top = y;
            for (int c = 0; c < perRow; c++) {
                int n = r * perRow + c;
                if (n >= s.signatures().size()) {
                    break;
                }
                float x = geo.contentLeft + c * colWidth;
                StructNode p = div.child("P");
                float lineTop = top;
                for (Line line : signatureLines(s.signatures().get(n), colWidth - 12f)) {
                    text(x, baseline(lineTop, BODY_LEADING, BODY_SIZE), line, p);
                    lineTop -= BODY_LEADING;
                }
            }
            y = top - rows[r];
            pendingSpace = SIGNATURE_GAP;
        }
        pendingSpace = PARAGRAPH_AFTER;
    }

    // ------------------------------------------------------------------ charts

    private final Map<Chart, ChartLayout.Drawing> drawings = new IdentityHashMap<>();

    private ChartLayout.Drawing drawing(Chart c) {
        return drawings.computeIfAbsent(c, k -> ChartLayout.draw(k, theme, geo.contentWidth, breaker));
    }

    private List<Line> chartCaption(Chart c) {
        return c.caption().isEmpty() ? List.of()
                : lines(c.caption(), Face.BOLD, CAPTION_SIZE, theme.text, geo.contentWidth);
    }

    /** The height of a chart with its caption: it is never split. */
    private float chartHeight(Chart c) {
        List<Line> caption = chartCaption(c);
        return (caption.isEmpty() ? 0 : caption.size() * CAPTION_LEADING + CAPTION_AFTER) + drawing(c).height();
    }

    /**
     * A chart: its caption (a paragraph), then the drawing tagged as one Figure whose alternative
     * text is the chart's description; kept whole on one page.
     */
    private void chart(Chart c) {
        ChartLayout.Drawing d = drawing(c);
        keptWhole.add(currentBlock);
        List<Line> caption = chartCaption(c);
        // A note right under the chart (its figures in words) goes with it.
        float note = currentBlock + 1 < blocks.size() && blocks.get(currentBlock + 1) instanceof Paragraph p
                && p.style() == Paragraph.Style.NOTE ? paragraphLines(p).size() * NOTE_LEADING : 0f;
        room(caption.isEmpty() ? 0f : CAPTION_BEFORE, Math.min(chartHeight(c) + note, bodyHeight));
        if (!caption.isEmpty()) {
            StructNode p = root.child("P");
            for (Line line : caption) {
                text(geo.contentLeft, baseline(y, CAPTION_LEADING, CAPTION_SIZE), line, p);
                y -= CAPTION_LEADING;
            }
            y -= CAPTION_AFTER;
        }
        StructNode figure = root.child("Figure");
        figure.alt = c.alt();
        float left = geo.contentLeft;
        float top = y;
        for (ChartLayout.Mark mark : d.marks()) {
            switch (mark) {
                case ChartLayout.Stroke s -> add(new PageItem.Path(shift(s.xs(), left), flip(s.ys(), top), false, s.width(),
                        s.colour(), s.dash().clone(), figure));
                case ChartLayout.Area a -> add(new PageItem.Path(shift(a.xs(), left), flip(a.ys(), top), true, 0f,
                        a.colour(), new float[0], figure));
                case ChartLayout.Label l -> {
                    List<Line> lines = breaker.breakLines(List.of(new Styled(l.text(), l.face(), l.size(), l.colour())),
                            Float.MAX_VALUE / 4);
                    if (lines.isEmpty()) {
                        continue;
                    }
                    Line line = lines.get(0);
                    float x = left + switch (l.anchor()) {
                        case START -> l.x();
                        case MIDDLE -> l.x() - line.width() / 2f;
                        case END -> l.x() - line.width();
                    };
                    text(x, top - l.baseline(), line, figure);
                }
            }
        }
        y = top - d.height();
        atTop = false;
        pendingSpace = CHART_AFTER;
    }

    private static float[] shift(float[] xs, float by) {
        float[] out = new float[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = xs[i] + by;
        }
        return out;
    }

    private static float[] flip(float[] ys, float top) {
        float[] out = new float[ys.length];
        for (int i = 0; i < ys.length; i++) {
            out[i] = top - ys[i];
        }
        return out;
    }

    // ------------------------------------------------------------------ tables

    private GridSpec tableSpec(Table t) {
        return specs.computeIfAbsent(t, this::makeTableSpec);
    }

    private GridSpec makeTableSpec(Table t) {
        int n = t.columns().size();
        boolean ruled = t.style() == Table.Style.GRID;
        float[] weights = new float[n];
        for (int i = 0; i < n; i++) {
            weights[i] = t.columns().get(i).weight();
        }
        float[] widths = ColumnWidths.fit(weights, designMinimum(t), geo.contentWidth);
        return new GridSpec(t.caption(), widths, gridRows(t), t.headerRows(), ruled, padLeft(t), padRight(t),
                TABLE_SIZE, TABLE_LEADING);
    }

    /** A layout table (a letterhead) sets its text flush with the body text at the left. */
    private static float padLeft(Table t) {
        return t.style() == Table.Style.GRID ? CELL_PAD_X : 0f;
    }

    private static float padRight(Table t) {
        return t.style() == Table.Style.GRID ? CELL_PAD_X : 2 * CELL_PAD_X;
    }

    /**
     * The minimum column widths of a table's design: tables of the same design (style, columns,
     * weights and alignment: the three key-figure tables, Resultaträkning and Driftsredovisning,
     * the provenance tables of the check report) get the same widths, so that their columns line
     * up from one table to the next; each column as wide as the widest word in it in any of them.
     */
    private float[] designMinimum(Table t) {
        return designMinimums.computeIfAbsent(design(t), key -> {
            int n = t.columns().size();
            float[] min = new float[n];
            for (Block b : blocks) {
                if (b instanceof Table other && design(other).equals(key)) {
                    float[] m = minimumWidths(gridRows(other), n, padLeft(other) + padRight(other));
                    for (int i = 0; i < n; i++) {
                        min[i] = Math.max(min[i], m[i]);
                    }
                }
            }
            return min;
        });
    }

    private static List<Object> design(Table t) {
        return List.of(t.style(), t.columns());
    }

    private List<GridRow> gridRows(Table t) {
        return styledRows.computeIfAbsent(t, this::makeGridRows);
    }

    private List<GridRow> makeGridRows(Table t) {
        int n = t.columns().size();
        List<GridRow> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Table.Row row = t.rows().get(r);
            boolean header = r < t.headerRows();
            Table.RowKind kind = header ? Table.RowKind.HEADER : row.kind();
            boolean bold = header || kind != Table.RowKind.BODY;
            List<GridCell> cells = new ArrayList<>();
            for (int c = 0; c < row.cells().size(); c++) {
                Table.Cell cell = row.cells().get(c);
                int span = row.cells().size() == 1 && n > 1 ? n : 1;
                Table.Align align = span > 1 ? Table.Align.LEFT : t.columns().get(c).align();
                cells.add(new GridCell(runs(cell.spans(), TABLE_SIZE, bold, header ? theme.headerText : theme.text), align, span, header,
                        header ? "Column" : null));
            }
            rows.add(new GridRow(kind, cells));
        }
        return rows;
    }

    /** The width each column needs not to break a word: its widest word, header and body, plus padding. */
    private float[] minimumWidths(List<GridRow> rows, int columns, float padding) {
        float[] min = new float[columns];
        for (GridRow row : rows) {
            if (row.cells().size() != columns) {
                continue; // a group label spans the table
            }
            for (int c = 0; c < columns; c++) {
                GridCell cell = row.cells().get(c);
                float need = breaker.widestUnbreakable(cell.runs());
                if (row.kind() == Table.RowKind.HEADER) {
                    need = headerWidth(cell.runs(), need);
                } else if (cell.align() == Table.Align.RIGHT) {
                    need = Math.max(need, lineWidth(cell.runs()));
                }
                min[c] = Math.max(min[c], need + padding + Theme.WORD_ROOM);
            }
        }
        return min;
    }

    /** A column header takes at most this many lines when the table has room for it. */
    public static final int HEADER_LINES = 3;

    /**
     * The width a column header needs to take at most {@link #HEADER_LINES} lines (never less
     * than its widest word): "Avvikelse volym prognos mot budget" on three lines, not five.
     */
    private float headerWidth(List<Styled> runs, float widestWord) {
        float full = lineWidth(runs);
        if (full <= widestWord || breaker.breakLines(runs, widestWord).size() <= HEADER_LINES) {
            return widestWord;
        }
        float lo = widestWord;
        float hi = full;
        while (hi - lo > 0.5f) {
            float mid = (lo + hi) / 2;
            if (breaker.lineCount(runs, mid) <= HEADER_LINES) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi;
    }

    /**
     * The width of the text on one line (its widest line where it has line breaks): a cell of a
     * number column is not wrapped, so a text there ("Ej minus resultat") keeps its line.
     */
    private float lineWidth(List<Styled> runs) {
        if (runs.size() == 1) {
            String t = runs.get(0).text();
            if (t.indexOf('\n') < 0 && t.indexOf('\u00AD') < 0) {
                // What the loop below makes of one run on one line, without splitting it.
                return Math.max(0f, 0f + fonts.width(t, runs.get(0).face(), runs.get(0).size()));
            }
        }
        float widest = 0;
        float line = 0;
        for (Styled s : runs) {
            String[] parts = s.text().split("\n", -1);
            for (int k = 0; k < parts.length; k++) {
                if (k > 0) {
                    widest = Math.max(widest, line);
                    line = 0;
                }
                line += fonts.width(parts[k].replace("\u00AD", ""), s.face(), s.size());
            }
        }
        return Math.max(widest, line);
    }

    /** A laid-out row, or a slice of one when a row is taller than a page. */
    private static final class RowBox {
        final GridRow row;
        final int rowIndex;
        final List<List<Line>> cellLines;
        final float height;
        StructNode tr;
        List<StructNode> cellNodes;

        RowBox(GridRow row, int rowIndex, List<List<Line>> cellLines, float height) {
            this.row = row;
            this.rowIndex = rowIndex;
            this.cellLines = cellLines;
            this.height = height;
        }
    }

    private List<RowBox> rowBoxes(GridSpec spec) {
        return boxes.computeIfAbsent(spec, this::makeRowBoxes);
    }

    private List<RowBox> makeRowBoxes(GridSpec spec) {
        List<RowBox> boxes = new ArrayList<>();
        for (int r = 0; r < spec.rows().size(); r++) {
            GridRow row = spec.rows().get(r);
            List<List<Line>> cellLines = new ArrayList<>();
            int col = 0;
            int maxLines = 1;
            for (GridCell cell : row.cells()) {
                float w = 0;
                for (int k = 0; k < cell.span() && col + k < spec.widths().length; k++) {
                    w += spec.widths()[col + k];
                }
                col += cell.span();
                List<Line> ls = breaker.breakLines(cell.runs(), Math.max(w - spec.padLeft() - spec.padRight(), 8f));
                cellLines.add(ls);
                maxLines = Math.max(maxLines, ls.size());
            }
            boxes.add(new RowBox(row, r, cellLines, rowHeight(maxLines, spec)));
        }
        return boxes;
    }

    private float rowHeight(int lines, GridSpec spec) {
        float pad = spec.ruled() ? CELL_PAD_TOP + CELL_PAD_BOTTOM : PLAIN_PAD_TOP + PLAIN_PAD_BOTTOM;
        return lines * spec.leading() + pad;
    }

    private float captionHeight(GridSpec spec) {
        if (spec.caption().isEmpty()) {
            return 0;
        }
        return lines(spec.caption(), Face.BOLD, CAPTION_SIZE, theme.text, geo.contentWidth).size() * CAPTION_LEADING + 3f;
    }

    /**
     * The height a table needs on the page where it starts: a short table (at most a third of a
     * page) is kept whole; a longer one needs its caption, header and first two rows.
     */
    private float gridStartHeight(GridSpec spec) {
        List<RowBox> boxes = rowBoxes(spec);
        float whole = captionHeight(spec);
        for (RowBox b : boxes) {
            whole += b.height;
        }
        if (keepWhole(whole)) {
            return whole;
        }
        float h = captionHeight(spec);
        int first = spec.headerRows();
        List<RowBox> body = boxes.subList(first, boxes.size());
        for (int r = 0; r < first + startRows(body); r++) {
            h += boxes.get(r).height;
        }
        return h;
    }

    /**
     * Whether a table this tall is kept on one page: when it is short, unless it does not fit in
     * what is left of this page and that is much (a page is not left 40 % empty before a table
     * that can be split).
     */
    private boolean keepWhole(float whole) {
        if (whole > keepWhole) {
            return false;
        }
        float left = page == null ? bodyHeight : y - geo.contentBottom;
        return whole <= left || left < bodyHeight * 0.4f;
    }

    /**
     * How many body rows a split table needs on its first page: {@link #START_ROWS}, or fewer
     * tall ones (a quarter of a page is enough), at least two.
     */
    private int startRows(List<RowBox> body) {
        float h = 0;
        int n = 0;
        while (n < body.size() && n < START_ROWS && (n < 2 || h < bodyHeight / 4f)) {
            h += body.get(n).height;
            n++;
        }
        return n;
    }

    /**
     * Whether a table may break before body row {@code r}: not after a group label (it stays with
     * its first row), and not before a subtotal or total (it does not stand alone under a
     * repeated header); always between slices of a row taller than a page.
     */
    private static boolean canBreakBefore(List<RowBox> boxes, int r) {
        RowBox before = boxes.get(r - 1);
        RowBox at = boxes.get(r);
        if (before.rowIndex == at.rowIndex) {
            return true;
        }
        Table.RowKind kind = at.row.kind();
        return before.row.kind() != Table.RowKind.GROUP
                && kind != Table.RowKind.TOTAL && kind != Table.RowKind.SUBTOTAL;
    }

    private void grid(GridSpec spec, StructNode table) {
        List<RowBox> all = rowBoxes(spec);
        int headerRows = spec.headerRows();
        List<RowBox> header = all.subList(0, headerRows);
        float headerHeight = 0;
        for (RowBox b : header) {
            headerHeight += b.height;
        }
        // Rows taller than a page are cut into slices of lines.
        float capacity = bodyHeight - headerHeight - 2f;
        List<RowBox> body = new ArrayList<>();
        for (RowBox b : all.subList(headerRows, all.size())) {
            if (b.height <= capacity) {
                body.add(b);
            } else {
                body.addAll(slice(b, capacity, spec));
            }
        }
        // Tag tree: Table > [Caption] THead > TR > TH, TBody > TR > TD.
        float captionHeight = captionHeight(spec);
        StructNode caption = captionHeight > 0 ? table.child("Caption") : null;
        // THead and TBody only together (PDF/UA: a THead needs a TBody); else rows sit in the Table.
        boolean sections = headerRows > 0 && !body.isEmpty();
        StructNode thead = sections ? table.child("THead") : table;
        StructNode tbody = sections ? table.child("TBody") : table;
        for (RowBox b : header) {
            attachNodes(b, thead, spec);
        }
        RowBox previous = null;
        for (RowBox b : body) {
            if (previous != null && previous.rowIndex == b.rowIndex) {
                b.tr = previous.tr;
                b.cellNodes = previous.cellNodes;
            } else {
                attachNodes(b, tbody, spec);
            }
            previous = b;
        }

        // Start: caption, header and the first rows (a group label with its first row) together;
        // a short table whole.
        float start = captionHeight + headerHeight;
        float whole = start;
        for (RowBox b : body) {
            whole += b.height;
        }
        if (keepWhole(whole)) {
            start = whole;
            keptWhole.add(currentBlock);
        } else {
            int firstRows = startRows(body);
            startRows.put(currentBlock, firstRows);
            for (int r = 0; r < firstRows; r++) {
                start += body.get(r).height;
            }
        }
        room(captionHeight > 0 ? CAPTION_BEFORE : TABLE_BEFORE, Math.min(start, bodyHeight));
        if (caption != null) {
            List<Line> lines = lines(spec.caption(), Face.BOLD, CAPTION_SIZE, theme.text, geo.contentWidth);
            for (Line line : lines) {
                text(geo.contentLeft, baseline(y, CAPTION_LEADING, CAPTION_SIZE), line, caption);
                y -= CAPTION_LEADING;
            }
            y -= 3f;
        }
        for (RowBox b : header) {
            drawRow(b, spec, false, header.indexOf(b) == header.size() - 1, false);
        }
        int r = 0;
        boolean freshPage = false;
        while (r < body.size()) {
            // How many rows fit on this page?
            int end = r;
            float used = 0;
            while (end < body.size() && fits(used + body.get(end).height)) {
                used += body.get(end).height;
                end++;
            }
            if (end < body.size()) {
                int b = end;
                if (body.size() - b < 2 && b - r > 2) {
                    b = body.size() - 2; // the last page of a table has at least two rows
                }
                while (b > r && !canBreakBefore(body, b)) {
                    b--; // a group label goes over with its first row, a total with the row above
                }
                if (b > r) {
                    end = b;
                }
            }
            if (end == r) {
                if (!freshPage) {
                    newTablePage(header, spec);
                    freshPage = true;
                    continue;
                }
                end = r + 1;
            }
            for (int k = r; k < end; k++) {
                boolean last = k == body.size() - 1;
                drawRow(body.get(k), spec, false, last, k == end - 1 && !last);
            }
            tableRows.computeIfAbsent(currentBlock, b -> new ArrayList<>()).add(end - r);
            r = end;
            freshPage = false;
            if (r < body.size()) {
                newTablePage(header, spec);
                freshPage = true;
            }
        }
        pendingSpace = TABLE_AFTER;
    }

    private void newTablePage(List<RowBox> header, GridSpec spec) {
        breakPage();
        ensurePage();
        for (int i = 0; i < header.size(); i++) {
            drawRow(header.get(i), spec, true, i == header.size() - 1, false);
        }
    }

    private List<RowBox> slice(RowBox b, float capacity, GridSpec spec) {
        int perSlice = Math.max(1, (int) ((capacity - rowHeight(0, spec)) / spec.leading()));
        int maxLines = 0;
        for (List<Line> ls : b.cellLines) {
            maxLines = Math.max(maxLines, ls.size());
        }
        List<RowBox> slices = new ArrayList<>();
        for (int from = 0; from < maxLines; from += perSlice) {
            List<List<Line>> cells = new ArrayList<>();
            int most = 0;
            for (List<Line> ls : b.cellLines) {
                List<Line> part = from < ls.size() ? ls.subList(from, Math.min(ls.size(), from + perSlice)) : List.of();
                cells.add(part);
                most = Math.max(most, part.size());
            }
            slices.add(new RowBox(b.row, b.rowIndex, cells, rowHeight(Math.max(most, 1), spec)));
        }
        return slices;
    }

    private void attachNodes(RowBox b, StructNode group, GridSpec spec) {
        b.tr = group.child("TR");
        b.cellNodes = new ArrayList<>();
        for (GridCell cell : b.row.cells()) {
            StructNode node = b.tr.child(cell.header() ? "TH" : "TD");
            node.linked = linked(cell.runs());
            if (cell.scope() != null) {
                node.tableAttributes.put("Scope", cell.scope());
            }
            if (cell.span() > 1) {
                node.tableAttributes.put("ColSpan", cell.span());
            }
            b.cellNodes.add(node);
        }
    }

    /**
     * Draws a row at the current position.
     *
     * @param repeated   a header row repeated on a continuation page (an artifact)
     * @param lastOfPart the last row of the header, or of the table
     * @param pageEnd    the last row on this page of a table that goes on
     */
    private void drawRow(RowBox b, GridSpec spec, boolean repeated, boolean lastOfPart, boolean pageEnd) {
        float top = y;
        float bottom = y - b.height;
        float left = geo.contentLeft;
        float right = geo.contentLeft;
        for (float w : spec.widths()) {
            right += w;
        }
        Table.RowKind kind = b.row.kind();
        if (spec.ruled()) {
            if (kind == Table.RowKind.HEADER) {
                add(new PageItem.Fill(left, bottom, right - left, b.height, theme.headerFill, Artifact.LAYOUT));
            } else if (kind == Table.RowKind.GROUP) {
                add(new PageItem.Fill(left, bottom, right - left, b.height, theme.groupFill, Artifact.LAYOUT));
            }
            if (kind == Table.RowKind.TOTAL) {
                add(new PageItem.Rule(left, top, right, top, STRONG_RULE_WIDTH, theme.strongRule, Artifact.LAYOUT));
            }
        }
        float padTop = spec.ruled() ? CELL_PAD_TOP : PLAIN_PAD_TOP;
        float contentHeight = b.height - (spec.ruled() ? CELL_PAD_TOP + CELL_PAD_BOTTOM : PLAIN_PAD_TOP + PLAIN_PAD_BOTTOM);
        int col = 0;
        for (int c = 0; c < b.row.cells().size(); c++) {
            GridCell cell = b.row.cells().get(c);
            float x = geo.contentLeft;
            for (int k = 0; k < col; k++) {
                x += spec.widths()[k];
            }
            float w = 0;
            for (int k = 0; k < cell.span() && col + k < spec.widths().length; k++) {
                w += spec.widths()[col + k];
            }
            col += cell.span();
            List<Line> lines = b.cellLines.get(c);
            Tag tag = repeated ? Artifact.PAGINATION : b.cellNodes.get(c);
            float lineTop = top - padTop;
            if (kind == Table.RowKind.HEADER) {
                lineTop -= contentHeight - lines.size() * spec.leading(); // header text sits at the bottom
            }
            for (Line line : lines) {
                float base = baseline(lineTop, spec.leading(), spec.fontSize());
                float lx = switch (cell.align()) {
                    case LEFT -> x + spec.padLeft();
                    case RIGHT -> x + w - spec.padRight() - line.width();
                    case CENTER -> x + (w - line.width()) / 2f;
                };
                text(lx, base, line, tag);
                lineTop -= spec.leading();
            }
        }
        if (spec.ruled()) {
            if (kind == Table.RowKind.HEADER) {
                if (lastOfPart) {
                    add(new PageItem.Rule(left, bottom, right, bottom, STRONG_RULE_WIDTH, theme.strongRule, Artifact.LAYOUT));
                }
            } else if (lastOfPart) {
                add(new PageItem.Rule(left, bottom, right, bottom, STRONG_RULE_WIDTH, theme.strongRule, Artifact.LAYOUT));
            } else {
                add(new PageItem.Rule(left, bottom, right, bottom, pageEnd ? STRONG_RULE_WIDTH : ROW_RULE_WIDTH,
                        pageEnd ? theme.strongRule : theme.rowRule, Artifact.LAYOUT));
            }
        }
        y = bottom;
        atTop = false;
    }
}
