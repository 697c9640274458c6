package se.rapportverk.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.rapportverk.format.SwedishFormat;
import se.rapportverk.workbook.CellRanges;
import se.rapportverk.workbook.CellRef;
import se.rapportverk.workbook.Figure;
import se.rapportverk.workbook.Unit;
import se.rapportverk.workbook.WorkbookTexts;

/**
 * Checks 8 and 9 over every text of a workbook (docs/arbetsbok.md, *Tal i texter*).
 *
 * <ul>
 *   <li><b>Check 8</b>: every {@code {name}} a text writes is a figure of {@link TextFigures} that can be
 *       calculated; an unknown name is an error naming the cell and the nearest names.</li>
 *   <li><b>Check 9</b>: an amount or a percentage typed in a text with its unit ({@code 29,7 mkr},
 *       {@code 4,0 procent}) that is close to a calculated figure of the same kind but not equal to it
 *       is a warning that suggests the figure. Close: within {@link #NEAR} of the figure's magnitude.
 *       Equal: the figure, in the typed unit and rounded to the typed number's last digit, has the
 *       same magnitude. Quiet when the typed number equals any figure, or when more than one figure
 *       is close.</li>
 * </ul>
 */
final class TextFigureChecks {

    /** How close a typed number must be to a figure, relative to the figure, to be taken for it. */
    static final BigDecimal NEAR = new BigDecimal("0.02");

    static final Pattern TYPED = Pattern.compile(
            "(?<![\\p{L}\\p{N},.])(?:[-−–]\\s?)?(\\d{1,3}(?:[ \\u00A0\\u202F]\\d{3})+|\\d+)(?:,(\\d+))?"
                    + "[ \\u00A0\\u202F]?(miljoner kronor|tusen kronor|mnkr|mkr|tkr|kronor|kr|procent|%)(?![\\p{L}\\p{N}])");

    /**
     * Where a match of {@link #TYPED} can begin: at a sign or a digit ({@code \d} is ASCII), never just
     * after an ASCII letter or digit, a comma or a full stop (the lookbehind).
     */
    static final TextReferences.Starts TYPED_START = new TextReferences.Starts("0123456789-−–",
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ,.");

    /** The spaces that group the digits of a typed number. */
    private static final Pattern DIGIT_GROUP_SPACE = Pattern.compile("[ \\u00A0\\u202F]");

    private final TextFigures figures;
    private final Unit unit;
    /** A row label as {@link #mentions} looks for it (its words, a space before), by label; empty for none. */
    private final Map<String, String> mentionWords = new HashMap<>();
    /** A row's figures of a kind that a typed number may stand for, made once ({@link TextFigures#candidates}). */
    private final Map<Object, List<TextFigures.Named>> shownOfRow = new HashMap<>();

    TextFigureChecks(TextFigures figures, Unit unit) {
        this.figures = figures;
        this.unit = unit;
    }

    /** Checks 8 and 9 over the texts. */
    List<CheckResult> check(List<WorkbookTexts.Entry> texts) {
        List<CheckResult> results = new ArrayList<>();
        for (WorkbookTexts.Entry e : texts) {
            if (e.cells().isEmpty()) {
                continue;
            }
            for (TextReferences.Reference r : TextReferences.find(e.text())) {
                results.add(reference(e, r));
            }
            typed(e, results);
        }
        return results;
    }

    // ------------------------------------------------------------------ check 8

    private CheckResult reference(WorkbookTexts.Entry e, TextReferences.Reference r) {
        Place place = place(e, r.start());
        String braced = "{" + r.typed() + "}";
        Optional<TextFigures.Named> named = figures.find(r.name());
        SortedSet<CellRef> cell = new TreeSet<>(List.of(place.cell()));
        if (named.isEmpty()) {
            List<String> nearest = figures.nearest(r.name(), 3);
            String message = braced + " är inget beräknat tal som en text kan hänvisa till"
                    + (nearest.isEmpty() ? "" : "; närmast finns " + list(nearest.stream().map(n -> "{" + n + "}").toList()))
                    + ". Namnen står i docs/arbetsbok.md (Tal i texter); ska klamrarna stå kvar som text, skriv \\"
                    + braced + place.note();
            return new CheckResult(CheckKind.FIGURE_REFERENCES, false, place.cell().toString(), braced,
                    Figure.none(), Figure.none(), BigDecimal.ZERO, message, cell);
        }
        TextFigures.Named n = named.get();
        Figure figure = n.figure();
        if (!n.available()) {
            String message = braced + " kan inte visas: " + n.unavailable() + place.note();
            return new CheckResult(CheckKind.FIGURE_REFERENCES, false, place.cell().toString(), braced,
                    Figure.none(), Figure.none(), BigDecimal.ZERO, message, cell);
        }
        String message = braced + " visar " + describe(n, r.unsigned()) + " ("
                + (figure.sources().isEmpty() ? "beräknat" : CellRanges.describe(figure.sources(), null)) + ")";
        return new CheckResult(CheckKind.FIGURE_REFERENCES, true, place.cell().toString(), braced,
                Figure.none(), shown(n), BigDecimal.ZERO, message);
    }

    /** A figure as the check report shows it: an amount or count to its decimals, a percentage to one. */
    private static Figure shown(TextFigures.Named n) {
        Figure f = n.figure();
        int decimals = n.kind() == TextFigures.Kind.PERCENT ? 1 : f.decimals();
        return new Figure(f.value().setScale(decimals, RoundingMode.HALF_UP), f.sources(), decimals, f.terms());
    }

    private String describe(TextFigures.Named n, boolean unsigned) {
        BigDecimal v = unsigned ? n.figure().value().abs() : n.figure().value();
        int decimals = Math.max(n.figure().decimals(), Math.min(2, v.stripTrailingZeros().scale()));
        return switch (n.kind()) {
            case AMOUNT -> SwedishFormat.withUnit(v, decimals, unit.symbol());
            case PERCENT -> SwedishFormat.percent(v, 1);
            case COUNT -> SwedishFormat.number(v, 0);
            case VOLUME -> SwedishFormat.number(v, Math.min(2, decimals));
        };
    }

    // ------------------------------------------------------------------ check 9

    private void typed(WorkbookTexts.Entry e, List<CheckResult> results) {
        String text = TextReferences.withoutReferences(e.text());
        Matcher m = TYPED.matcher(text);
        for (int at = 0; TextReferences.findFrom(m, text, at, TYPED_START); at = m.end()) {
            String sentence = words(sentence(text, m.start()));
            String digits = DIGIT_GROUP_SPACE.matcher(m.group(1)).replaceAll("");
            String fraction = m.group(2);
            String unitWord = m.group(3);
            boolean percent = unitWord.equals("%") || unitWord.equals("procent");
            BigDecimal typed = new BigDecimal(digits + (fraction == null ? "" : "." + fraction));
            // The typed number's last significant digit: 361 000 is given to the thousand, 28,0 to the tenth.
            BigDecimal precision = fraction != null ? BigDecimal.ONE.movePointLeft(fraction.length())
                    : BigDecimal.ONE.movePointRight(trailingZeros(digits));
            Unit typedUnit = percent ? null : Unit.parse(unitWord.replace("tusen kronor", "tkr")).orElseThrow();
            List<TextFigures.Named> candidates = figures.candidates(percent ? TextFigures.Kind.PERCENT
                    : TextFigures.Kind.AMOUNT, row -> mentions(sentence, row), shownOfRow);
            TextFigures.Named equal = null;
            List<TextFigures.Named> near = new ArrayList<>();
            List<BigDecimal> nearValues = new ArrayList<>();
            for (TextFigures.Named n : candidates) {
                BigDecimal v = (percent ? n.figure().value() : unit.convert(n.figure().value(), typedUnit)).abs();
                BigDecimal rounded = v.divide(precision).setScale(0, RoundingMode.HALF_UP).multiply(precision);
                if (rounded.compareTo(typed) == 0) {
                    equal = equal == null ? n : equal;
                } else if (v.signum() != 0 && typed.subtract(v).abs().compareTo(v.multiply(NEAR)) <= 0) {
                    if (nearValues.stream().noneMatch(x -> x.compareTo(rounded) == 0)) {
                        nearValues.add(rounded);
                    }
                    near.add(n);
                }
            }
            if (equal == null && nearValues.size() != 1) {
                continue;
            }
            Place place = place(e, m.start());
            String shown = m.group().strip().replace('\u00A0', ' ');
            BigDecimal inWorkbook = percent ? typed : typedUnit.convert(typed, unit);
            Figure typedFigure = Figure.read(inWorkbook, place.cell(), Math.max(0, inWorkbook.stripTrailingZeros().scale()));
            BigDecimal half = precision.divide(BigDecimal.valueOf(2));
            BigDecimal tolerance = percent ? half : typedUnit.convert(half, unit);
            if (equal != null) {
                results.add(new CheckResult(CheckKind.TYPED_FIGURES, true, place.cell().toString(), "\"" + shown + "\"",
                        typedFigure, compared(equal, typedUnit, precision, percent), tolerance, "\"" + shown
                        + "\" i texten stämmer med {" + equal.name() + "} (" + describe(equal, false) + ")"));
                continue;
            }
            TextFigures.Named n = near.get(0);
            int decimals = fraction == null ? 0 : fraction.length();
            String figureInTypedUnit = percent ? SwedishFormat.percent(n.figure().value(), decimals)
                    : SwedishFormat.withUnit(unit.convert(n.figure().value(), typedUnit), decimals, typedUnit.symbol());
            String message = "\"" + shown + "\" i texten ligger nära {" + n.name() + "}, som är " + figureInTypedUnit
                    + ", men är inte samma tal; skriv {" + n.name() + "} (eller {" + n.name() + " "
                    + TextReferences.UNSIGNED + "}) så visar texten det beräknade talet, eller rätta talet" + place.note();
            results.add(new CheckResult(CheckKind.TYPED_FIGURES, false, place.cell().toString(), "\"" + shown + "\"",
                    typedFigure, compared(n, typedUnit, precision, percent), tolerance, message,
                    new TreeSet<>(List.of(place.cell()))));
        }
    }

    /**
     * The sentence around a position: from just after the previous full stop, question or exclamation
     * mark (followed by a space) or line break, to the next.
     */
    static String sentence(String text, int position) {
        int start = 0;
        for (int i = position - 1; i > 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || ((c == ' ' || c == '\u00A0') && ".!?".indexOf(text.charAt(i - 1)) >= 0)) {
                start = i + 1;
                break;
            }
        }
        int end = text.length();
        for (int i = position; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (".!?".indexOf(c) >= 0 && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1))))) {
                end = i;
                break;
            }
        }
        return text.substring(start, end);
    }

    /** Text as words only: normalised, everything but letters and digits a single space, padded. */
    static String words(String text) {
        String normal = se.rapportverk.workbook.Names.normalise(text);
        StringBuilder sb = new StringBuilder(normal.length() + 2).append(' ');
        boolean gap = false;
        for (int i = 0; i < normal.length(); ) {
            int c = normal.codePointAt(i);
            i += Character.charCount(c);
            if (isWordCharacter(c)) {
                if (gap && sb.length() > 1) {
                    sb.append(' ');
                }
                gap = false;
                sb.appendCodePoint(c);
            } else {
                gap = true;
            }
        }
        return sb.append(' ').toString();
    }

    /** A letter or a number ({@code \p{L}} or {@code \p{N}}): what {@link #words} keeps. */
    private static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /**
     * Whether a sentence (as {@link #words}) names a row or subject: its words in order, the last one
     * perhaps with an ending or as the first part of a compound ({@code hemtjänsten}, {@code LSS-boendet},
     * {@code investeringsbudget}). Each row's words are made once (a text can type many numbers, and a
     * workbook have many rows).
     */
    private boolean mentions(String sentenceWords, String row) {
        String label = mentionWords.computeIfAbsent(row, r -> {
            String words = words(r).strip();
            return words.isEmpty() ? "" : " " + words;
        });
        return !label.isEmpty() && sentenceWords.contains(label);
    }

    /**
     * The magnitude of a figure as it was compared with a typed number: in the typed unit, rounded to the
     * typed number's last digit, then in Beloppsenhet (exactly, so the check report shows what was compared).
     */
    private Figure compared(TextFigures.Named n, Unit typedUnit, BigDecimal precision, boolean percent) {
        BigDecimal v = (percent ? n.figure().value() : unit.convert(n.figure().value(), typedUnit)).abs();
        BigDecimal rounded = v.divide(precision).setScale(0, RoundingMode.HALF_UP).multiply(precision);
        BigDecimal back = percent ? rounded : typedUnit.convert(rounded, unit);
        return new Figure(back, n.figure().sources(), Math.max(0, back.stripTrailingZeros().scale()), n.figure().terms());
    }

    private static int trailingZeros(String digits) {
        int zeros = 0;
        for (int i = digits.length() - 1; i > 0 && digits.charAt(i) == '0'; i--) {
            zeros++;
        }
        return zeros;
    }

    // ------------------------------------------------------------------ where in the workbook

    /** The cell a position of a text stands in, and a note when that cannot be told exactly. */
    private record Place(CellRef cell, String note) {
    }

    /**
     * The cell of a position in a text. A Texter section of several rows is their texts joined by a
     * blank line; when no row holds a blank line of its own the row is known exactly, otherwise the
     * first row is named and the note lists them all.
     */
    private static Place place(WorkbookTexts.Entry e, int position) {
        List<CellRef> cells = e.cells();
        if (cells.size() == 1) {
            return new Place(cells.get(0), "");
        }
        int row = rowOf(e.text(), position, cells.size());
        if (row >= 0) {
            return new Place(cells.get(row), "");
        }
        return new Place(cells.get(0), " (avsnittet står på raderna " + CellRanges.describe(cells, null)
                + "; talet finns i en av dem)");
    }

    /**
     * Which of the {@code rows} parts of a text, joined by blank lines ({@code "\n\n"}, taken from the left
     * without overlapping), holds a position of the text (0 to its length); -1 when the text has another number of parts.
     */
    static int rowOf(String text, int position, int rows) {
        int parts = 1;
        int before = 0;
        for (int i = text.indexOf("\n\n"); i >= 0; i = text.indexOf("\n\n", i + 2)) {
            parts++;
            if (i + 2 <= position) {
                before++;
            }
        }
        return parts == rows ? before : -1;
    }

    private static String list(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " och " + items.get(items.size() - 1);
    }
}
