package se.rapportverk.workbook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLStreamException;

/**
 * The workbook part ({@code xl/workbook.xml}) and its relationships: the sheets in workbook order
 * with their names, visibility and parts, the date system, and where the shared strings and the
 * styles are.
 *
 * @param sheets        the sheets as the workbook lists them
 * @param date1904      whether dates count from 1904 (old Mac workbooks)
 * @param sharedStrings the shared-string part, or {@code null}
 * @param styles        the styles part, or {@code null}
 */
record WorkbookStructure(List<Entry> sheets, boolean date1904, String sharedStrings, String styles) {

    /**
     * A sheet as the workbook lists it.
     *
     * @param index  its place in the workbook (0-based), as POI counts sheets
     * @param name   its name, cleaned like cell text
     * @param hidden whether it is hidden (or very hidden)
     * @param part   its part, or {@code null} when its relationship is missing
     * @param type    the relationship type: {@code worksheet}, {@code chartsheet}, …
     * @param removed control characters removed from the name ({@code U+0007}), or {@code null}
     */
    record Entry(int index, String name, boolean hidden, String part, String type, String removed) {
        boolean isWorksheet() {
            return "worksheet".equals(type);
        }
    }

    /** Reads the structure; a workbook without its workbook part is refused. */
    static WorkbookStructure read(String fileName, XlsxPackage pkg) throws WorkbookException {
        try {
            String workbook = null;
            for (XlsxPackage.Relationship rel : pkg.relationships("").values()) {
                if (rel.type().equals("officeDocument") && !rel.external()) {
                    workbook = rel.target();
                    break;
                }
            }
            if (workbook == null || !pkg.has(workbook)) {
                workbook = pkg.has("xl/workbook.xml") ? "xl/workbook.xml" : null;
            }
            if (workbook == null) {
                throw new WorkbookException(fileName + ": filen är skadad eller ingen Excel-arbetsbok: "
                        + "arbetsbokens huvuddel (xl/workbook.xml) saknas.");
            }
            Map<String, XlsxPackage.Relationship> rels = pkg.relationships(workbook);
            String sharedStrings = null;
            String styles = null;
            for (XlsxPackage.Relationship rel : rels.values()) {
                if (rel.external()) {
                    continue;
                }
                if (rel.type().equals("sharedStrings") && sharedStrings == null) {
                    sharedStrings = rel.target();
                } else if (rel.type().equals("styles") && styles == null) {
                    styles = rel.target();
                }
            }
            String shared = sharedStrings;
            String styleSheet = styles;
            return pkg.read(workbook, Limits.PART_BYTES, r -> {
                List<Entry> sheets = new ArrayList<>();
                boolean date1904 = false;
                while (SafeXml.nextStart(r)) {
                    switch (r.getLocalName()) {
                        case "workbookPr" -> date1904 = SafeXml.isTrue(SafeXml.attr(r, "date1904"));
                        case "sheet" -> {
                            String raw = SafeXml.attr(r, "name");
                            CellText.Cleaned cleaned = CellText.clean(CellText.decodeEscapes(raw == null ? "" : raw));
                            String name = cleaned.text().strip();
                            String state = SafeXml.attr(r, "state");
                            boolean hidden = state != null && !state.equals("visible");
                            XlsxPackage.Relationship rel = rels.get(SafeXml.attr(r, "id"));
                            String part = rel == null || rel.external() ? null : rel.target();
                            sheets.add(new Entry(sheets.size(), name.isBlank() ? "Blad" + (sheets.size() + 1) : name,
                                    hidden, part, rel == null ? null : rel.type(), cleaned.removed()));
                        }
                        default -> {
                            // views, defined names and calculation settings do not change what is read
                        }
                    }
                }
                return new WorkbookStructure(List.copyOf(sheets), date1904, shared, styleSheet);
            });
        } catch (XlsxPackage.PartException e) {
            throw new WorkbookException(fileName + ": " + e.describe("arbetsbokens huvuddel (xl/workbook.xml)"));
        } catch (IOException | XMLStreamException | RuntimeException e) {
            throw new WorkbookException(fileName + ": filen är skadad: arbetsbokens huvuddel (xl/workbook.xml) "
                    + "går inte att läsa. Öppna arbetsboken i Excel och spara den igen.");
        }
    }
}
