package se.rapportverk.render.docx.legacy;

import java.util.List;
import java.util.function.Supplier;

import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBrType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import se.rapportverk.document.Span;

/**
 * Writes text as runs. Text is written exactly as given, never read as markup: a tab becomes a
 * {@code w:tab}, a line break a {@code w:br}, a soft hyphen a {@code w:softHyphen}, and characters XML 1.0 cannot carry (control
 * characters, lone surrogates) are dropped, since they would make the file unreadable.
 *
 * <p>Each run holds exactly one piece of content (text, tab or break). XmlBeans appends a new
 * child after the last child of the same name, so one piece per run is what keeps the pieces in
 * reading order.
 */
final class Runs {

    private Runs() {
    }

    /** How a run looks beyond its paragraph style. */
    record Look(String characterStyle, boolean bold, boolean italic, String colour) {
        static final Look PLAIN = new Look(null, false, false, null);

        /**
         * The look of a span: bold and italic by the character styles Strong (Stark) and
         * Emphasis (Betoning), as a person editing the file would apply them, not as direct
         * formatting; bold italic is Strong with italic on top. A colour (an assessment symbol's)
         * stays on the run.
         */
        static Look of(Span span) {
            if (span.bold()) {
                return new Look(StyleIds.STRONG, false, span.italic(), span.colour());
            }
            if (span.italic()) {
                return new Look(StyleIds.EMPHASIS, false, false, span.colour());
            }
            return new Look(null, false, false, span.colour());
        }

        /**
         * The look of a span that is a link: Word's Hyperlink style (the link colour, underlined), with
         * bold and italic on top.
         */
        static Look link(Span span) {
            return new Look(StyleIds.HYPERLINK, span.bold(), span.italic(), span.colour());
        }

        static Look style(String characterStyle) {
            return new Look(characterStyle, false, false, null);
        }

        boolean isPlain() {
            return characterStyle == null && !bold && !italic && colour == null;
        }
    }

    /** Where a Word file's hyperlinks go: the id of the part's relationship to an address. */
    interface Hyperlinks {
        /** The relationship id of the address, made the first time it is asked for. */
        String relationship(String address);
    }

    /**
     * Appends the spans to the paragraph: a span that links somewhere as a hyperlink to its address
     * (an external relationship), its runs in the Hyperlink style; the others as runs.
     *
     * @param boldParagraph whether the paragraph's style is bold already (see below)
     */
    static void spans(CTP p, List<Span> spans, boolean boldParagraph, Hyperlinks links) {
        for (Span span : spans) {
            Span s = boldParagraph && span.bold() ? new Span(span.text(), false, span.italic(), span.colour(),
                    span.link()) : span;
            if (s.link() == null) {
                text(p::addNewR, s.text(), Look.of(s));
            } else {
                CTHyperlink link = p.addNewHyperlink();
                link.setId(links.relationship(s.link()));
                link.setHistory(Boolean.TRUE);
                text(link::addNewR, s.text(), Look.link(s));
            }
        }
    }

    /** Appends the spans as runs, in a paragraph whose style is not bold. */
    static void spans(Supplier<CTR> newRun, List<Span> spans) {
        spans(newRun, spans, false);
    }

    /**
     * Appends the spans as runs.
     *
     * @param boldParagraph whether the paragraph's style is bold already (a table header or total,
     *                      a caption): a bold span is then plain, since bold is a toggle property
     *                      (ECMA-376 17.7.3) and the Strong style on bold text would turn it off
     */
    static void spans(Supplier<CTR> newRun, List<Span> spans, boolean boldParagraph) {
        for (Span span : spans) {
            Span s = boldParagraph && span.bold() ? new Span(span.text(), false, span.italic(), span.colour()) : span;
            text(newRun, s.text(), Look.of(s));
        }
    }

    /** Appends plain text as runs. */
    static void text(Supplier<CTR> newRun, String text) {
        text(newRun, text, Look.PLAIN);
    }

    /** Appends text with the given look as runs: one run per piece of text, tab or line break. */
    static void text(Supplier<CTR> newRun, String text, Look look) {
        StringBuilder piece = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\u00AD') {
                // A soft hyphen: Word's optional hyphen, shown only where the line breaks.
                flush(newRun, piece, look);
                styled(newRun, look).addNewSoftHyphen();
            } else if (cp == '\t' || cp == '\n' || cp == '\r') {
                flush(newRun, piece, look);
                if (cp == '\t') {
                    styled(newRun, look).addNewTab();
                } else {
                    styled(newRun, look).addNewBr();
                    if (cp == '\r' && next < text.length() && text.charAt(next) == '\n') {
                        next++;
                    }
                }
            } else if (isXmlChar(cp)) {
                piece.appendCodePoint(cp);
            }
            i = next;
        }
        flush(newRun, piece, look);
    }

    /** Appends a run holding a tab. */
    static void tab(Supplier<CTR> newRun) {
        newRun.get().addNewTab();
    }

    /** Appends a run holding a page break. */
    static void pageBreak(Supplier<CTR> newRun) {
        newRun.get().addNewBr().setType(STBrType.PAGE);
    }

    /**
     * Appends a complex field: begin, instruction, separate, the cached result, end.
     *
     * @param instruction  the field code, such as {@code PAGE}
     * @param cachedResult what the field shows until it is updated (may be empty)
     */
    static void field(Supplier<CTR> newRun, String instruction, String cachedResult) {
        fieldBegin(newRun, instruction, false);
        fieldSeparate(newRun);
        if (!cachedResult.isEmpty()) {
            text(newRun, cachedResult);
        }
        fieldEnd(newRun);
    }

    /** Appends the begin and the instruction of a complex field. */
    static void fieldBegin(Supplier<CTR> newRun, String instruction, boolean dirty) {
        CTFldChar begin = newRun.get().addNewFldChar();
        begin.setFldCharType(STFldCharType.BEGIN);
        if (dirty) {
            begin.setDirty(Boolean.TRUE);
        }
        CTText instr = newRun.get().addNewInstrText();
        instr.setStringValue(" " + instruction + " ");
        instr.setSpace(SpaceAttribute.Space.PRESERVE);
    }

    /** Appends the separator between a complex field's instruction and its result. */
    static void fieldSeparate(Supplier<CTR> newRun) {
        newRun.get().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    /** Appends the end of a complex field. */
    static void fieldEnd(Supplier<CTR> newRun) {
        newRun.get().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static void flush(Supplier<CTR> newRun, StringBuilder piece, Look look) {
        if (piece.isEmpty()) {
            return;
        }
        String s = piece.toString();
        CTText t = styled(newRun, look).addNewT();
        t.setStringValue(s);
        if (needsPreserve(s)) {
            t.setSpace(SpaceAttribute.Space.PRESERVE);
        }
        piece.setLength(0);
    }

    private static CTR styled(Supplier<CTR> newRun, Look look) {
        CTR r = newRun.get();
        if (!look.isPlain()) {
            CTRPr rPr = r.addNewRPr();
            if (look.characterStyle() != null) {
                rPr.addNewRStyle().setVal(look.characterStyle());
            }
            if (look.bold()) {
                rPr.addNewB();
                rPr.addNewBCs();
            }
            if (look.italic()) {
                rPr.addNewI();
                rPr.addNewICs();
            }
            if (look.colour() != null) {
                rPr.addNewColor().setVal(look.colour());
            }
        }
        return r;
    }

    /** Whether Word would otherwise drop or fold the spaces of the text. */
    private static boolean needsPreserve(String s) {
        return s.startsWith(" ") || s.endsWith(" ") || s.contains("  ");
    }

    /** The characters XML 1.0 allows, less the line-ending and tab characters handled above. */
    private static boolean isXmlChar(int cp) {
        return (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
