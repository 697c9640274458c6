/**
 * End-to-end tests: what users actually get. Every test runs the real command line
 * ({@link se.rapportverk.cli.Main#run}) on the committed example workbooks in {@code input-examples/}
 * (or on a workbook built in the test) and reads the files back: PDF with PDFBox ({@link
 * se.rapportverk.e2e.PdfDoc}: text per page, table of contents, outline, embedded files), Word with
 * Apache POI ({@link se.rapportverk.e2e.DocxDoc}: paragraphs with style ids, tables), HTML and the
 * manifest. Expected figures are computed here from the workbook's cells ({@link
 * se.rapportverk.e2e.WorkbookCells}, {@link se.rapportverk.e2e.DelarsrapportFigures}, {@link
 * se.rapportverk.e2e.PlanFigures}) and written the Swedish way by {@link se.rapportverk.e2e.Sv}, or
 * taken from input-examples/README.md; never from the output under test.
 *
 * <p>Each example is generated once per test JVM ({@link se.rapportverk.e2e.SharedRuns}) under the
 * default time zone and locale, and read by the classes that need it; tests that change files work
 * on copies or on runs of their own. A test disabled with {@code @Disabled("BUG: …")} documents the
 * correct expectation for a product bug that is not fixed yet; run them with
 * {@code -Djunit.jupiter.conditions.deactivate='org.junit.*DisabledCondition'}.
 */
package se.rapportverk.e2e;
