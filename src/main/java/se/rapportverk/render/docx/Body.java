package se.rapportverk.render.docx;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The writer of a WordprocessingML part's content (the main part's body, a header, a footer): the
 * XML, the paragraphs written (when a comment may have to be put round them), and the namespaces
 * the part's root must declare.
 *
 * <p>XMLBeans declared on the root each namespace the content used without declaring it, in the
 * order first used; a namespace a fragment declared itself (the graphic of a chart) it declared
 * there unless the root declares it. The root is written last, so the writer notes both.
 */
final class Body extends Xml {

    static final String NS_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String NS_WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
    static final String NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    static final String NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A paragraph as written: where it starts, where its content starts and ends. */
    static final class Para {
        final int start;
        int content;
        int end;
        /** Written as {@code <w:p/>}. */
        boolean empty;

        Para(int start) {
            this.start = start;
        }
    }

    private final Set<String> rootNamespaces = new LinkedHashSet<>();
    /** Where a chart's graphic declares the drawing namespace itself, unless the root does. */
    private final List<Integer> graphicDeclarations = new ArrayList<>();
    /** The paragraphs written, in order, when kept (for comments); else null. */
    private final List<Para> paragraphs;

    private final boolean rootDeclaresRelationships;

    /**
     * @param keepParagraphs whether to keep the paragraphs written (for comments round them)
     * @param rootDeclaresRelationships whether the part's root declares the relationships namespace
     *                                  whatever the content (the main part: its section refers to
     *                                  the headers)
     */
    Body(int capacity, boolean keepParagraphs, boolean rootDeclaresRelationships) {
        super(capacity);
        this.paragraphs = keepParagraphs ? new ArrayList<>() : null;
        this.rootDeclaresRelationships = rootDeclaresRelationships;
    }

    /** Whether a fragment that declares the relationships namespace itself need not (the root does). */
    boolean declaresRelationships() {
        return rootDeclaresRelationships;
    }

    /** Notes that the content uses a namespace the root declares (prefix {@code wp}, {@code a} or {@code r}). */
    void uses(String prefix) {
        rootNamespaces.add(prefix);
    }

    /** Notes a place where {@code xmlns:a} goes unless the root declares it. */
    void graphicDeclaration() {
        graphicDeclarations.add(buffer().length());
    }

    /** The paragraphs written, in order (only when kept). */
    List<Para> paragraphs() {
        return paragraphs;
    }

    /** Begins a paragraph: {@code <w:p}, its properties may follow. */
    Para beginP() {
        Para p = new Para(contentOffset());
        start("w:p");
        if (paragraphs != null) {
            paragraphs.add(p);
        }
        return p;
    }

    /** Notes that the paragraph's properties (if any) are written: its content starts here. */
    void contentP(Para p) {
        p.content = isOpen() ? p.start + "<w:p>".length() : buffer().length();
    }

    /** Ends the paragraph. */
    void endP(Para p) {
        if (isOpen()) {
            p.empty = true;
            p.content = p.start + "<w:p>".length();
        } else {
            p.end = buffer().length();
        }
        end("w:p");
    }

    /** An empty paragraph without properties ({@code <w:p/>}). */
    Para emptyP() {
        Para p = beginP();
        contentP(p);
        endP(p);
        return p;
    }

    /** A paragraph with only a style (or none for Normal), no content. */
    Para styledP(String styleId) {
        Para p = beginP();
        pStyle(styleId);
        contentP(p);
        endP(p);
        return p;
    }

    /** Writes a paragraph's properties holding only its style (none for Normal, as Word does). */
    void pStyle(String styleId) {
        if (StyleIds.NORMAL.equals(styleId)) {
            empty("w:pPr");
        } else {
            raw("<w:pPr><w:pStyle w:val=\"").raw(styleId).raw("\"/></w:pPr>");
        }
    }

    /** Opens a paragraph's properties with its style; more properties may follow before {@code </w:pPr>}. */
    void pPrStart(String styleId) {
        start("w:pPr");
        if (!StyleIds.NORMAL.equals(styleId)) {
            empty("w:pStyle", "w:val", styleId);
        }
    }

    /**
     * The part: the declaration, the root element with its namespaces, the content with any
     * insertions (comment ranges) and the root's end.
     *
     * @param root       the root element ({@code w:document})
     * @param insertions text to put in at offsets of the content, sorted by offset (may be empty);
     *                   an insertion that replaces {@code <w:p/>} says so by its length
     */
    StringBuilder part(String root, List<Insertion> insertions) {
        List<Insertion> all = new ArrayList<>(insertions);
        if (!rootNamespaces.contains("a")) {
            for (int at : graphicDeclarations) {
                all.add(new Insertion(at, 0, " xmlns:a=\"" + NS_A + "\""));
            }
            all.sort((x, y) -> Integer.compare(x.offset(), y.offset()));
        }
        StringBuilder content = buffer();
        StringBuilder out = new StringBuilder(content.length() + 512 + 64 * all.size());
        out.append(DECLARATION).append('<').append(root).append(" xmlns:w=\"").append(NS_W).append('"');
        for (String prefix : rootNamespaces) {
            out.append(" xmlns:").append(prefix).append("=\"").append(switch (prefix) {
                case "wp" -> NS_WP;
                case "a" -> NS_A;
                case "r" -> NS_R;
                default -> throw new IllegalStateException(prefix);
            }).append('"');
        }
        out.append('>');
        if (all.isEmpty()) {
            out.append(content); // copied as a whole, not character by character
        } else {
            // A String, not the builder: its ranges are copied as arrays.
            String text = content.toString();
            int from = 0;
            for (Insertion i : all) {
                out.append(text, from, i.offset()).append(i.text());
                from = i.offset() + i.replaced();
            }
            out.append(text, from, text.length());
        }
        out.append("</").append(root).append('>');
        return out;
    }

    /** Text put into the content at an offset, replacing {@code replaced} characters there. */
    record Insertion(int offset, int replaced, String text) {
    }
}
