package se.rapportverk.generate;

import java.util.Set;

import se.rapportverk.report.DocumentKind;

/**
 * What the user asked for.
 *
 * @param documents the documents to make; empty means every document the workbook has data for
 * @param strict    whether discrepancies between figures (checks 1 and 2) are errors
 */
public record Request(Set<DocumentKind> documents, boolean strict) {
    public Request {
        documents = Set.copyOf(documents);
    }

    /** Every document the workbook has data for, discrepancies as warnings. */
    public static Request everything() {
        return new Request(Set.of(), false);
    }
}
