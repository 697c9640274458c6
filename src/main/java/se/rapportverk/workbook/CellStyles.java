package se.rapportverk.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What the number format of each cell style ({@code styles.xml}'s {@code cellXfs}) means for
 * reading: whether a cell in that style shows a date, or a percentage.
 */
final class CellStyles {

    private static final CellStyles NONE = new CellStyles(new boolean[0], new boolean[0]);

    private final boolean[] date;
    private final boolean[] percent;

    private CellStyles(boolean[] date, boolean[] percent) {
        this.date = date;
        this.percent = percent;
    }

    /** Styles when the workbook has none. */
    static CellStyles none() {
        return NONE;
    }

    /** Whether a style index shows a date. */
    boolean isDate(int style) {
        return style >= 0 && style < date.length && date[style];
    }

    /** Whether a style index shows a percentage. */
    boolean isPercent(int style) {
        return style >= 0 && style < percent.length && percent[style];
    }

    /** What styles.xml says: its number formats by id, and the number format of each cell style. */
    record Formats(Map<Integer, String> formats, List<Integer> xfs) {
    }

    /** Reads styles.xml from its first event to its end. */
    static Formats read(XMLStreamReader r) throws XMLStreamException {
        Map<Integer, String> formats = new HashMap<>();
        List<Integer> xfs = new ArrayList<>();
        boolean inCellXfs = false;
        while (r.hasNext()) {
            int event = SafeXml.next(r);
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "numFmt" -> {
                        Integer id = integer(SafeXml.attr(r, "numFmtId"));
                        String code = SafeXml.attr(r, "formatCode");
                        if (id != null && code != null) {
                            formats.put(id, code);
                        }
                    }
                    case "cellXfs" -> inCellXfs = true;
                    case "xf" -> {
                        if (inCellXfs) {
                            Integer id = integer(SafeXml.attr(r, "numFmtId"));
                            xfs.add(id == null ? 0 : id);
                        }
                    }
                    default -> {
                        // fonts, fills, borders and the rest do not change what a cell holds
                    }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
                inCellXfs = false;
            }
        }
        return new Formats(formats, xfs);
    }

    /** What the formats read mean for each cell style. */
    static CellStyles of(Formats read) {
        Map<Integer, String> formats = read.formats();
        List<Integer> xfs = read.xfs();
        boolean[] date = new boolean[xfs.size()];
        boolean[] percent = new boolean[xfs.size()];
        Map<Integer, boolean[]> known = new HashMap<>();
        for (int i = 0; i < xfs.size(); i++) {
            int id = xfs.get(i);
            boolean[] kind = known.computeIfAbsent(id, k -> {
                String code = formats.containsKey(k) ? formats.get(k) : BuiltinFormats.getBuiltinFormat(k);
                if (code == null) {
                    return new boolean[2];
                }
                return new boolean[] {DateUtil.isADateFormat(k, code), isPercent(code)};
            });
            date[i] = kind[0];
            percent[i] = kind[1];
        }
        return new CellStyles(date, percent);
    }

    /** Whether a format code shows a percentage: a {@code %} outside quotes, brackets and escapes. */
    static boolean isPercent(String code) {
        boolean quoted = false;
        boolean bracket = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '[') {
                bracket = true;
            } else if (!quoted && c == ']') {
                bracket = false;
            } else if (!quoted && !bracket && (c == '\\' || c == '_' || c == '*')) {
                i++;
            } else if (!quoted && !bracket && c == '%') {
                return true;
            }
        }
        return false;
    }

    private static Integer integer(String s) {
        if (s == null) {
            return null;
        }
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
