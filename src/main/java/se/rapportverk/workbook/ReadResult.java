package se.rapportverk.workbook;

import java.util.Optional;

/**
 * What reading a workbook gave: the workbook (absent when it could not be read at all), every
 * finding, and the file's bytes as read (to embed in the PDF and to hash for the manifest).
 *
 * @param workbook    the workbook, or empty when the file or its Rapport sheet could not be read
 * @param diagnostics errors and warnings, each naming its place
 * @param bytes       the workbook file's content, or an empty array when it could not be read
 */
public record ReadResult(Optional<Workbook> workbook, Diagnostics diagnostics, byte[] bytes) {
}
