package se.rapportverk.generate;

import java.util.List;
import java.util.Map;

import se.rapportverk.document.Document;
import se.rapportverk.report.DocumentKind;
import se.rapportverk.report.FigureTable;

/**
 * One document made from a workbook: its tree, its calculated tables (for provenance) and its files.
 *
 * @param kind      which document
 * @param baseName  the file name without extension
 * @param tree      the document tree both files were rendered from
 * @param tables    the calculated tables by id
 * @param files     the rendered files, one per format
 * @param templates the template files used, by name, with their content
 */
public record GeneratedDocument(DocumentKind kind, String baseName, Document tree, Map<String, FigureTable> tables,
                                List<OutputFile> files, Map<String, byte[]> templates) {
}
