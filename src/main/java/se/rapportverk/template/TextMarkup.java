package se.rapportverk.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.rapportverk.document.Block;
import se.rapportverk.document.BulletList;
import se.rapportverk.document.Heading;
import se.rapportverk.document.Paragraph;
import se.rapportverk.document.Picture;
import se.rapportverk.document.Span;
import se.rapportverk.workbook.Bild;

/**
 * The small markup of workbook texts (contract v1, sheet Texter): a blank line separates
 * paragraphs; lines starting with {@code - } or {@code • } form a bullet list; a line starting with
 * {@code ### } is a sub-heading; {@code **fet**} and {@code *kursiv*} mark emphasis; a line
 * {@code [bild: Namn]} of its own shows the picture of that name (sheet Bilder). Web and e-mail
 * addresses become links ({@link Links}). Nothing else is markup: {@code <}, {@code &}, {@code ${...}}
 * and {@code #} elsewhere are text.
 *
 * <p>Lines of one paragraph are joined with a space, as the contract's blank-line rule implies.
 */
public final class TextMarkup {

    private static final Pattern EMPHASIS = Pattern.compile(
            "\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*|(?<!\\*)\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?!\\*)");

    private TextMarkup() {
    }

    /**
     * Parses a text into blocks.
     *
     * @param text         the text as typed in the workbook
     * @param sectionLevel the level of the heading the text stands under (sub-headings go one deeper,
     *                     at most level 3)
     */
    public static List<Block> parse(String text, int sectionLevel) {
        return parse(text, sectionLevel, name -> Optional.empty());
    }

    /**
     * Parses a text into blocks, a line {@code [bild: Namn]} into the picture of that name.
     *
     * @param pictures the picture of a name; a line naming none stays text (the workbook's reader
     *                 has already said so with the cell)
     */
    public static List<Block> parse(String text, int sectionLevel, Function<String, Optional<Picture>> pictures) {
        List<Block> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<List<Span>> items = new ArrayList<>();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1)) {
            String line = raw.strip();
            Optional<Picture> picture = Bild.reference(line).flatMap(pictures);
            if (line.isEmpty()) {
                flushParagraph(blocks, paragraph);
                flushList(blocks, items);
            } else if (picture.isPresent()) {
                flushParagraph(blocks, paragraph);
                flushList(blocks, items);
                blocks.add(picture.get());
            } else if (line.startsWith("### ")) {
                flushParagraph(blocks, paragraph);
                flushList(blocks, items);
                blocks.add(new Heading(Math.min(3, sectionLevel + 1), "", line.substring(4).strip(), false, false));
            } else if (line.startsWith("- ") || line.startsWith("• ") || line.equals("-") || line.equals("•")) {
                flushParagraph(blocks, paragraph);
                items.add(inline(line.substring(1).strip()));
            } else {
                flushList(blocks, items);
                paragraph.add(line);
            }
        }
        flushParagraph(blocks, paragraph);
        flushList(blocks, items);
        return blocks;
    }

    private static void flushParagraph(List<Block> blocks, List<String> lines) {
        if (!lines.isEmpty()) {
            blocks.add(new Paragraph(inline(String.join(" ", lines)), Paragraph.Style.BODY));
            lines.clear();
        }
    }

    private static void flushList(List<Block> blocks, List<List<Span>> items) {
        if (!items.isEmpty()) {
            blocks.add(new BulletList(items));
            items.clear();
        }
    }

    /**
     * Parses emphasis in one line of text, {@code **fet**} and {@code *kursiv*}, and makes its web and
     * e-mail addresses links.
     */
    public static List<Span> inline(String text) {
        List<Span> spans = new ArrayList<>();
        int last = 0;
        if (text.indexOf('*') >= 0) { // emphasis needs a '*': most text has none, and the search is slow
            Matcher m = EMPHASIS.matcher(text);
            while (m.find()) {
                if (m.start() > last) {
                    spans.add(Span.plain(text.substring(last, m.start())));
                }
                spans.add(m.group(1) != null ? Span.bold(m.group(1)) : Span.italic(m.group(2)));
                last = m.end();
            }
        }
        if (last < text.length()) {
            spans.add(Span.plain(text.substring(last)));
        }
        return Links.split(spans);
    }
}
