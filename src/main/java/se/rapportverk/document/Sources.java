package se.rapportverk.document;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The workbook cells a node of the document shows: a figure's cells, a row's, a text's. Findings
 * about the workbook are placed on the node that shows their cell ({@link RemarkPlacement}).
 *
 * <p>Written as in Excel, a comma-separated list of references: {@code Resultaträkning!E2:E4,
 * Resultaträkning!E5}, {@code 'Externa utförare'!B3}, or a sheet name alone for a whole sheet
 * ({@code Texter}). A sheet name that is not only letters, digits, {@code _} and {@code .} is
 * quoted with {@code '}, a quote in it doubled. {@link #toString()} writes that form and
 * {@link #parse} reads it, so sources travel through a template as an attribute.
 *
 * <p>Rows and columns are zero-based, as in {@code CellRef} of the workbook.
 */
public final class Sources {

    /** No cells at all. */
    public static final Sources NONE = new Sources(List.of());

    /** The largest row and column a reference may name (Excel's own limits). */
    private static final int MAX_ROW = 1_048_575;
    private static final int MAX_COLUMN = 16_383;

    /**
     * A rectangle of cells of one sheet, or the whole sheet.
     *
     * @param sheet       the sheet's name as it stands in the workbook
     * @param firstRow    first row, or {@code -1} for the whole sheet
     * @param firstColumn first column, or {@code -1} for the whole sheet
     * @param lastRow     last row (inclusive), or {@code -1} for the whole sheet
     * @param lastColumn  last column (inclusive), or {@code -1} for the whole sheet
     */
    public record Range(String sheet, int firstRow, int firstColumn, int lastRow, int lastColumn) {

        public Range {
            if (sheet == null || sheet.isEmpty()) {
                throw new IllegalArgumentException("a reference needs a sheet");
            }
            boolean whole = firstRow == -1 && firstColumn == -1 && lastRow == -1 && lastColumn == -1;
            if (!whole && (firstRow < 0 || firstColumn < 0 || lastRow < firstRow || lastColumn < firstColumn
                    || lastRow > MAX_ROW || lastColumn > MAX_COLUMN)) {
                throw new IllegalArgumentException("not a range of cells: " + sheet + " " + firstRow + "," + firstColumn
                        + ":" + lastRow + "," + lastColumn);
            }
        }

        /** One cell. */
        public static Range cell(String sheet, int row, int column) {
            return new Range(sheet, row, column, row, column);
        }

        /** A whole sheet. */
        public static Range sheet(String sheet) {
            return new Range(sheet, -1, -1, -1, -1);
        }

        /** Whether this stands for the whole sheet. */
        public boolean wholeSheet() {
            return firstRow == -1;
        }

        /** How many cells it covers; a whole sheet counts as more than any range. */
        public long size() {
            return wholeSheet() ? Long.MAX_VALUE / 4 : (long) (lastRow - firstRow + 1) * (lastColumn - firstColumn + 1);
        }

        /** Whether it covers every cell of the other range. */
        public boolean covers(Range other) {
            if (!sheet.equals(other.sheet)) {
                return false;
            }
            if (wholeSheet()) {
                return true;
            }
            return !other.wholeSheet() && firstRow <= other.firstRow && other.lastRow <= lastRow
                    && firstColumn <= other.firstColumn && other.lastColumn <= lastColumn;
        }

        /** {@code Blad!A1}, {@code Blad!A1:B4} or {@code Blad}, the sheet quoted when it must be. */
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            appendTo(sb, quoted(sheet));
            return sb.toString();
        }

        /** Appends what {@link #toString()} gives, the sheet's name already quoted as it must be. */
        private void appendTo(StringBuilder sb, String quotedSheet) {
            sb.append(quotedSheet);
            if (wholeSheet()) {
                return;
            }
            sb.append('!');
            appendAddress(sb, firstRow, firstColumn);
            if (firstRow != lastRow || firstColumn != lastColumn) {
                sb.append(':');
                appendAddress(sb, lastRow, lastColumn);
            }
        }
    }

    private final List<Range> ranges;

    private Sources(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /**
     * The given ranges, in a fixed order (sheet, column, row) without repeats, consecutive cells of
     * one column joined to a range: the same cells always give the same sources.
     */
    public static Sources of(Collection<Range> ranges) {
        if (ranges.isEmpty()) {
            return NONE;
        }
        if (ranges.size() == 1) {
            return new Sources(List.of(ranges.iterator().next()));
        }
        // Repeats need not be dropped first: sorted, a repeat follows its twin, which covers it.
        List<Range> sorted = new ArrayList<>(ranges);
        if (!inOrder(sorted)) {
            sorted.sort(Sources::compare);
        }
        List<Range> joined = new ArrayList<>(sorted.size());
        for (Range r : sorted) {
            if (!joined.isEmpty()) {
                Range last = joined.get(joined.size() - 1);
                if (last.covers(r)) {
                    continue;
                }
                if (!last.wholeSheet() && !r.wholeSheet() && last.sheet().equals(r.sheet())
                        && last.firstColumn() == r.firstColumn() && last.lastColumn() == r.lastColumn()
                        && r.firstRow() <= last.lastRow() + 1) {
                    joined.set(joined.size() - 1, new Range(last.sheet(), last.firstRow(), last.firstColumn(),
                            Math.max(last.lastRow(), r.lastRow()), last.lastColumn()));
                    continue;
                }
            }
            joined.add(r);
        }
        return new Sources(joined);
    }

    /** The order of {@link #of}: sheet, first column, last column, first row, last row. */
    private static int compare(Range a, Range b) {
        int c = a.sheet().compareTo(b.sheet());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.firstColumn(), b.firstColumn());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.lastColumn(), b.lastColumn());
        if (c != 0) {
            return c;
        }
        c = Integer.compare(a.firstRow(), b.firstRow());
        return c != 0 ? c : Integer.compare(a.lastRow(), b.lastRow());
    }

    /** Whether the ranges are already in the order of {@link #of} (most are: read back from their text). */
    private static boolean inOrder(List<Range> ranges) {
        for (int i = 1; i < ranges.size(); i++) {
            if (compare(ranges.get(i - 1), ranges.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text of single cells as {@link #of} and {@link #toString()} give it, written as the cells
     * come, without making the ranges: consecutive cells of a column joined to a range. The cells
     * must come in the order of {@link #of} (sheet, column, row), each once.
     */
    public static final class CellText {
        private final StringBuilder sb = new StringBuilder();
        private String sheet;
        private String quotedSheet;
        private int column;
        private int firstRow;
        private int lastRow;

        /**
         * Adds a cell.
         *
         * @throws IllegalArgumentException when it is no cell, or comes out of order or again
         */
        public void add(String sheet, int row, int column) {
            if (sheet == null || sheet.isEmpty() || row < 0 || column < 0 || row > MAX_ROW || column > MAX_COLUMN) {
                Range.cell(sheet, row, column); // throws as a range of such a cell does
            }
            if (this.sheet != null) {
                boolean sameSheet = sheet.equals(this.sheet);
                if (sameSheet && column == this.column && row == lastRow + 1) {
                    lastRow = row;
                    return;
                }
                int order = sameSheet ? (column != this.column ? Integer.compare(column, this.column)
                        : Integer.compare(row, lastRow)) : sheet.compareTo(this.sheet);
                if (order <= 0) {
                    throw new IllegalArgumentException("cells out of order: " + sheet + " " + row + "," + column);
                }
                flush();
                if (!sameSheet) {
                    quotedSheet = quoted(sheet);
                }
            } else {
                quotedSheet = quoted(sheet);
            }
            this.sheet = sheet;
            this.column = column;
            firstRow = row;
            lastRow = row;
        }

        private void flush() {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            new Range(sheet, firstRow, column, lastRow, column).appendTo(sb, quotedSheet);
        }

        /** The text of the cells added; empty for none. */
        public String text() {
            if (sheet == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(sb.length() + 24).append(sb);
            if (!out.isEmpty()) {
                out.append(", ");
            }
            new Range(sheet, firstRow, column, lastRow, column).appendTo(out, quotedSheet);
            return out.toString();
        }
    }

    /** One cell. */
    public static Sources cell(String sheet, int row, int column) {
        return new Sources(List.of(Range.cell(sheet, row, column)));
    }

    /** A whole sheet. */
    public static Sources sheet(String sheet) {
        return new Sources(List.of(Range.sheet(sheet)));
    }

    /** These and the other's cells. */
    public Sources with(Sources other) {
        if (other.isEmpty()) {
            return this;
        }
        if (isEmpty()) {
            return other;
        }
        List<Range> all = new ArrayList<>(ranges);
        all.addAll(other.ranges);
        return of(all);
    }

    /** The ranges, in order. */
    public List<Range> ranges() {
        return ranges;
    }

    /** Whether there are no cells. */
    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** How many cells (a whole sheet counts as more than any range). */
    public long size() {
        long n = 0;
        for (Range r : ranges) {
            n = Math.min(Long.MAX_VALUE / 2, n + r.size());
        }
        return n;
    }

    /** Whether these cover every cell of the range (a range split over two of these does not count). */
    public boolean covers(Range range) {
        for (Range r : ranges) {
            if (r.covers(range)) {
                return true;
            }
        }
        return false;
    }

    /** The sheets these cells are on, in order. */
    public Set<String> sheets() {
        Set<String> sheets = new LinkedHashSet<>();
        ranges.forEach(r -> sheets.add(r.sheet()));
        return sheets;
    }

    /** The references, comma-separated: the form {@link #parse} reads. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        String sheet = null;
        String quotedSheet = null;
        for (Range r : ranges) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            if (!r.sheet().equals(sheet)) {
                sheet = r.sheet();
                quotedSheet = quoted(sheet);
            }
            r.appendTo(sb, quotedSheet);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Sources s && s.ranges.equals(ranges);
    }

    @Override
    public int hashCode() {
        return ranges.hashCode();
    }

    // ------------------------------------------------------------------ reading

    /**
     * Reads references written as {@link #toString()} writes them. Blank text is no cells.
     *
     * @throws IllegalArgumentException with a Swedish message when the text is not a list of references
     */
    public static Sources parse(String text) {
        List<Range> canonical = canonical(text);
        return canonical != null ? of(canonical) : parseAnyForm(text);
    }

    /**
     * The ranges of a text in the form {@link #toString()} writes (what templates pass on), read in one
     * pass; {@code null} when the text has anything else (spaces around a name, {@code $}, lower-case
     * letters, no cell or a wrong one …), which {@link #parseAnyForm} then reads or refuses as always.
     */
    private static List<Range> canonical(String text) {
        int n = text.length();
        List<Range> ranges = new ArrayList<>(4);
        if (n == 0) {
            return ranges;
        }
        int i = 0;
        while (true) {
            String sheet;
            if (text.charAt(i) == '\'') {
                int close = i + 1;
                StringBuilder name = null;
                while (true) {
                    if (close >= n) {
                        return null;
                    }
                    if (text.charAt(close) == '\'') {
                        if (close + 1 < n && text.charAt(close + 1) == '\'') {
                            if (name == null) {
                                name = new StringBuilder();
                            }
                            name.append(text, i + 1, close + 1);
                            i = close + 1;
                            close += 2;
                            continue;
                        }
                        break;
                    }
                    close++;
                }
                sheet = name == null ? text.substring(i + 1, close) : name.append(text, i + 1, close).toString();
                i = close + 1;
            } else {
                int start = i;
                while (i < n && text.charAt(i) != '!' && text.charAt(i) != ',') {
                    if (Character.isWhitespace(text.charAt(i))) {
                        return null;
                    }
                    i++;
                }
                sheet = text.substring(start, i);
            }
            if (sheet.isEmpty() || !sheet.strip().equals(sheet)) {
                return null;
            }
            if (i >= n || text.charAt(i) == ',') {
                ranges.add(Range.sheet(sheet));
            } else if (text.charAt(i) == '!') {
                long start = canonicalAddress(text, i + 1);
                if (start < 0) {
                    return null;
                }
                i = (int) (start >>> 40);
                long end = start;
                if (i < n && text.charAt(i) == ':') {
                    end = canonicalAddress(text, i + 1);
                    if (end < 0) {
                        return null;
                    }
                    i = (int) (end >>> 40);
                }
                int firstRow = (int) (start & 0xFFFFF);
                int firstColumn = (int) ((start >>> 20) & 0xFFFFF);
                int lastRow = (int) (end & 0xFFFFF);
                int lastColumn = (int) ((end >>> 20) & 0xFFFFF);
                if (lastRow < firstRow || lastColumn < firstColumn) {
                    return null;
                }
                ranges.add(new Range(sheet, firstRow, firstColumn, lastRow, lastColumn));
            } else {
                return null;
            }
            if (i >= n) {
                return ranges;
            }
            if (text.charAt(i) != ',') {
                return null;
            }
            i++;
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            if (i >= n || Character.isWhitespace(text.charAt(i))) {
                return null;
            }
        }
    }

    /**
     * A cell's address from {@code at} as {@link #toString()} writes it ({@code AB12}: one to three
     * capitals, then a row number without leading zero, within the sheet's limits), as its end
     * position (bits 40 and up), column (bits 20–39) and row (bits 0–19), zero-based; -1 when there is
     * none such.
     */
    private static long canonicalAddress(String text, int at) {
        int n = text.length();
        int i = at;
        int column = 0;
        while (i < n && i - at < 3 && text.charAt(i) >= 'A' && text.charAt(i) <= 'Z') {
            column = column * 26 + (text.charAt(i) - 'A' + 1);
            i++;
        }
        int digitsAt = i;
        int row = 0;
        while (i < n && i - digitsAt < 7 && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            row = row * 10 + (text.charAt(i) - '0');
            i++;
        }
        if (i == at || digitsAt == at || i == digitsAt || text.charAt(digitsAt) == '0') {
            return -1;
        }
        if (i < n && text.charAt(i) != ',' && text.charAt(i) != ':') {
            return -1; // a fourth letter, an eighth digit, a "$", a space …: read as any form
        }
        if (row - 1 > MAX_ROW || column - 1 > MAX_COLUMN) {
            return -1;
        }
        return ((long) i << 40) | ((long) (column - 1) << 20) | (row - 1);
    }

    /** Reads references in any form {@link #parse} takes, with its messages for what is none. */
    private static Sources parseAnyForm(String text) {
        List<Range> ranges = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                if (!ranges.isEmpty()) {
                    throw new IllegalArgumentException("\"" + text + "\" slutar med ett kommatecken; skriv till exempel "
                            + "Resultaträkning!E2:E4, Resultaträkning!E5");
                }
                return NONE;
            }
            StringBuilder sheet = new StringBuilder();
            if (text.charAt(i) == '\'') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IllegalArgumentException("bladnamnet i \"" + text + "\" saknar sitt avslutande '");
                    }
                    char c = text.charAt(i++);
                    if (c == '\'') {
                        if (i < n && text.charAt(i) == '\'') {
                            sheet.append('\'');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        sheet.append(c);
                    }
                }
            } else {
                while (i < n && text.charAt(i) != '!' && text.charAt(i) != ',') {
                    sheet.append(text.charAt(i++));
                }
            }
            String name = sheet.toString().strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("\"" + text + "\" har en referens utan blad; skriv till exempel "
                        + "Resultaträkning!E5");
            }
            int end = i;
            while (end < n && text.charAt(end) != ',') {
                end++;
            }
            String rest = text.substring(i, end).strip();
            if (rest.isEmpty()) {
                ranges.add(Range.sheet(name));
            } else if (rest.charAt(0) == '!') {
                ranges.add(range(name, rest.substring(1).strip(), text));
            } else {
                throw new IllegalArgumentException("\"" + text + "\": efter bladnamnet väntades ! och en cell, till "
                        + "exempel 'Externa utförare'!B3");
            }
            i = end;
            if (i >= n) {
                return of(ranges);
            }
            i++; // the comma
        }
    }

    /**
     * The cells of a finding's place as Rapportverk writes it in its messages: {@code Resultaträkning!E5},
     * {@code Driftsredovisning!C2:C17, C19}, a sheet name ({@code Rapport}) or the file name. Never
     * fails: a place that names no cells is the whole sheet of that name (a file name is a sheet that no
     * document shows).
     */
    public static Sources ofPlace(String place) {
        int bang = place.lastIndexOf('!');
        if (bang <= 0) {
            return place.isBlank() ? NONE : sheet(place.strip());
        }
        String sheet = place.substring(0, bang).strip();
        List<Range> ranges = new ArrayList<>();
        for (String part : place.substring(bang + 1).split(",")) {
            try {
                ranges.add(range(sheet, part.strip(), place));
            } catch (IllegalArgumentException e) {
                return sheet(sheet);
            }
        }
        return of(ranges);
    }

    private static Range range(String sheet, String cells, String whole) {
        int colon = cells.indexOf(':');
        int[] start = address(colon < 0 ? cells : cells.substring(0, colon), whole);
        int[] end = colon < 0 ? start : address(cells.substring(colon + 1), whole);
        if (end[0] < start[0] || end[1] < start[1]) {
            throw new IllegalArgumentException("\"" + cells + "\" i \"" + whole + "\": skriv området från övre vänstra "
                    + "till nedre högra cellen, till exempel E2:E4");
        }
        return new Range(sheet, start[0], start[1], end[0], end[1]);
    }

    /** {@code E5} → row 4, column 4. */
    private static int[] address(String text, String whole) {
        String a = text.strip().replace("$", "").toUpperCase(Locale.ROOT);
        int i = 0;
        int column = 0;
        while (i < a.length() && a.charAt(i) >= 'A' && a.charAt(i) <= 'Z' && i < 3) {
            column = column * 26 + (a.charAt(i) - 'A' + 1);
            i++;
        }
        String digits = a.substring(i);
        if (i == 0 || digits.isEmpty() || digits.length() > 7 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')
                || digits.charAt(0) == '0') {
            throw new IllegalArgumentException("\"" + text.strip() + "\" i \"" + whole + "\" är ingen cell; skriv "
                    + "kolumnens bokstäver och radens nummer, till exempel E5");
        }
        int row = Integer.parseInt(digits) - 1;
        if (row > MAX_ROW || column - 1 > MAX_COLUMN) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" i \"" + whole + "\" ligger utanför arbetsbladet");
        }
        return new int[] {row, column - 1};
    }

    /** {@code (4, 4)} → {@code E5}. */
    static String address(int row, int column) {
        StringBuilder sb = new StringBuilder(8);
        appendAddress(sb, row, column);
        return sb.toString();
    }

    /** Appends {@link #address(int, int)}. */
    private static void appendAddress(StringBuilder sb, int row, int column) {
        int c = column + 1; // at most three letters: XFD is the last column
        if (c > 26 * 27) {
            sb.append((char) ('A' + (c - 26 * 27 - 1) / (26 * 26)));
        }
        if (c > 26) {
            sb.append((char) ('A' + ((c - 27) / 26) % 26));
        }
        sb.append((char) ('A' + (c - 1) % 26)).append(row + 1);
    }

    /** A sheet's name and its {@link #quoted} form: the last one asked for (most ask for the sheet before them). */
    private record Quoted(String sheet, String quoted) {
    }

    private static Quoted lastQuoted = new Quoted("", "");

    /** The sheet's name, quoted when it has anything but letters, digits, {@code _} and {@code .}. */
    static String quoted(String sheet) {
        Quoted last = lastQuoted; // a record of final fields: safe to read from any thread
        if (last.sheet().equals(sheet)) {
            return last.quoted();
        }
        String quoted = quote(sheet);
        lastQuoted = new Quoted(sheet, quoted);
        return quoted;
    }

    private static String quote(String sheet) {
        for (int i = 0; i < sheet.length(); ) {
            int c = sheet.codePointAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                return "'" + sheet.replace("'", "''") + "'";
            }
            i += Character.charCount(c);
        }
        return sheet;
    }
}
