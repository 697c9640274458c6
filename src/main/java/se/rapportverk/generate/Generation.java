package se.rapportverk.generate;

import java.util.List;
import java.util.Optional;

import se.rapportverk.calc.Calculation;
import se.rapportverk.workbook.Diagnostics;
import se.rapportverk.workbook.Workbook;

/**
 * The outcome of a run: every finding, and the documents made (none when there are errors).
 *
 * @param fileName    the workbook's file name
 * @param workbook    the workbook, when it could be read
 * @param calculation its calculation, when it could be read
 * @param diagnostics reading errors and warnings, and the failed checks
 * @param documents   the documents made
 */
public record Generation(String fileName, Optional<Workbook> workbook, Optional<Calculation> calculation,
                         Diagnostics diagnostics, List<GeneratedDocument> documents) {

    /** Whether the run succeeded: no errors. */
    public boolean ok() {
        return !diagnostics.hasErrors();
    }

    /** Every output file of every document, in order. */
    public List<OutputFile> files() {
        return documents.stream().flatMap(d -> d.files().stream()).toList();
    }
}
