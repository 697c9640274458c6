package se.rapportverk.render.docx;

import java.util.List;

import se.rapportverk.document.Span;

/**
 * Writes text as runs. Text is written exactly as given, never read as markup: a tab becomes a
 * {@code w:tab}, a line break a {@code w:br}, a soft hyphen a {@code w:softHyphen}, and characters XML 1.0 cannot carry (control
 * characters, lone surrogates) are dropped, since they would make the file unreadable.
 *
 * <p>Each run holds exactly one piece of content (text, tab or break), as Word files made by POI
 * did.
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
     * Writes the spans into the open paragraph: a span that links somewhere as a hyperlink to its address
     * (an external relationship), its runs in the Hyperlink style; the others as runs.
     *
     * @param boldParagraph whether the paragraph's style is bold already (see below)
     */
    static void spans(Xml x, List<Span> spans, boolean boldParagraph, Hyperlinks links) {
        for (Span span : spans) {
            Span s = boldParagraph && span.bold() ? new Span(span.text(), false, span.italic(), span.colour(),
                    span.link()) : span;
            if (s.link() == null) {
                text(x, s.text(), Look.of(s));
            } else {
                String id = links.relationship(s.link());
                if (x instanceof Body b) {
                    b.uses("r");
                }
                x.start("w:hyperlink").attrRaw("r:id", id).attrRaw("w:history", "true");
                text(x, s.text(), Look.link(s));
                x.end("w:hyperlink");
            }
        }
    }

    /** Writes plain text as runs. */
    static void text(Xml x, String text) {
        text(x, text, Look.PLAIN);
    }

    /** Writes text with the given look as runs: one run per piece of text, tab or line break. */
    static void text(Xml x, String text, Look look) {
        int n = text.length();
        int from = 0;
        StringBuilder piece = null;
        // Of the piece since from, while it is the text's own (piece null): whether it has a character
        // the XML escapes (& < >), and two spaces in a row.
        boolean markup = false;
        boolean doubled = false;
        char last = 0;
        int i = 0;
        while (i < n) {
            char ch = text.charAt(i);
            // The common case: a character that goes into the text as it is.
            if (ch >= 0x20 && ch < 0xD800 && ch != '\u00AD') {
                if (ch <= '>') {
                    if (ch == '<' || ch == '&' || ch == '>') {
                        markup = true;
                    } else if (ch == ' ' && last == ' ') {
                        doubled = true;
                    }
                }
                last = ch;
                if (piece != null) {
                    piece.append(ch);
                }
                i++;
                continue;
            }
            last = 0;
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == '\u00AD' || cp == '\t' || cp == '\n' || cp == '\r') {
                if (piece != null) {
                    flush(x, piece.toString(), look);
                } else {
                    flush(x, text.substring(from, i), look, markup, doubled);
                }
                markup = false;
                doubled = false;
                piece = null;
                if (cp == '\u00AD') {
                    // A soft hyphen: Word's optional hyphen, shown only where the line breaks.
                    single(x, look, "w:softHyphen");
                } else if (cp == '\t') {
                    single(x, look, "w:tab");
                } else {
                    single(x, look, "w:br");
                    if (cp == '\r' && next < n && text.charAt(next) == '\n') {
                        next++;
                    }
                }
                from = next;
            } else if (isXmlChar(cp)) {
                if (piece != null) {
                    piece.appendCodePoint(cp);
                }
            } else if (piece == null) {
                // A character XML cannot carry: dropped; what follows is gathered.
                piece = new StringBuilder(n - from).append(text, from, i);
            }
            i = next;
        }
        if (piece != null) {
            flush(x, piece.toString(), look);
        } else {
            flush(x, text.substring(from, n), look, markup, doubled);
        }
    }

    /** Writes a run holding a tab. */
    static void tab(Xml x) {
        x.raw("<w:r><w:tab/></w:r>");
    }

    /** Writes a run holding a page break. */
    static void pageBreak(Xml x) {
        x.raw("<w:r><w:br w:type=\"page\"/></w:r>");
    }

    /**
     * Writes a complex field: begin, instruction, separate, the cached result, end.
     *
     * @param instruction  the field code, such as {@code PAGE}
     * @param cachedResult what the field shows until it is updated (may be empty)
     */
    static void field(Xml x, String instruction, String cachedResult) {
        fieldBegin(x, instruction, false);
        fieldSeparate(x);
        if (!cachedResult.isEmpty()) {
            text(x, cachedResult);
        }
        fieldEnd(x);
    }

    /** Writes the begin and the instruction of a complex field. */
    static void fieldBegin(Xml x, String instruction, boolean dirty) {
        x.raw(dirty ? "<w:r><w:fldChar w:fldCharType=\"begin\" w:dirty=\"true\"/></w:r>"
                : "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>");
        x.raw("<w:r><w:instrText xml:space=\"preserve\">").text(" " + instruction + " ").raw("</w:instrText></w:r>");
    }

    /** Writes the separator between a complex field's instruction and its result. */
    static void fieldSeparate(Xml x) {
        x.raw("<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>");
    }

    /** Writes the end of a complex field. */
    static void fieldEnd(Xml x) {
        x.raw("<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>");
    }

    /**
     * {@link #flush(Xml, String, Look)} of a piece of the text as it is, whose characters are all
     * ones XML carries and that has no tab, line feed, carriage return or soft hyphen: it needs no
     * escaping unless it has {@code & < >} ({@code markup}), and its spaces are looked at already.
     */
    private static void flush(Xml x, String s, Look look, boolean markup, boolean doubled) {
        if (s.isEmpty()) {
            return;
        }
        if (markup) {
            flush(x, s, look);
            return;
        }
        runStart(x, look);
        if (s.charAt(0) == ' ' || s.charAt(s.length() - 1) == ' ' || doubled) {
            x.raw("<w:t xml:space=\"preserve\">");
        } else {
            x.raw("<w:t>");
        }
        x.raw(s).raw("</w:t></w:r>");
    }

    private static void flush(Xml x, String s, Look look) {
        if (s.isEmpty()) {
            return;
        }
        runStart(x, look);
        if (needsPreserve(s)) {
            x.raw("<w:t xml:space=\"preserve\">");
        } else {
            x.raw("<w:t>");
        }
        x.text(s).raw("</w:t></w:r>");
    }

    private static void single(Xml x, Look look, String element) {
        runStart(x, look);
        x.empty(element).raw("</w:r>");
    }

    /** Opens a run and writes its properties. */
    static void runStart(Xml x, Look look) {
        x.raw("<w:r>");
        if (!look.isPlain()) {
            x.raw("<w:rPr>");
            if (look.characterStyle() != null) {
                x.empty("w:rStyle", "w:val", look.characterStyle());
            }
            if (look.bold()) {
                x.raw("<w:b/><w:bCs/>");
            }
            if (look.italic()) {
                x.raw("<w:i/><w:iCs/>");
            }
            if (look.colour() != null) {
                x.empty("w:color", "w:val", look.colour());
            }
            x.raw("</w:rPr>");
        }
    }

    /** Whether Word would otherwise drop or fold the spaces of the text. */
    private static boolean needsPreserve(String s) {
        return s.startsWith(" ") || s.endsWith(" ") || s.contains("  ");
    }

    /** The characters XML 1.0 allows, less the line-ending and tab characters handled above. */
    static boolean isXmlChar(int cp) {
        return (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
