/**
 * End-to-end tests: what users actually get. Every test runs the real command line
 * ({@link se.rapportverk.cli.Main#run}) on the committed example workbooks in {@code input-examples/}
 * (or on a workbook built in the test) and reads the files back: PDF with PDFBox ({@link
 * se.rapportverk.e2e.PdfDoc}: text per page, table of contents, outline, embedded files), Word with
 * Apache POI ({@link se.rapportverk.e2e.DocxDoc}: paragraphs with style ids, tables), HTML and the
 * manifest. Expected figures are written out by hand, as literals with a comment saying where each comes
 * from: the example workbooks' cells ({@link se.rapportverk.e2e.DelarsrapportExample}, {@link
 * se.rapportverk.e2e.PlanExamples}, {@link se.rapportverk.e2e.AvvikelserFindings}), input-examples/README.md,
 * docs/arbetsbok.md's rules and the reference documents ({@link se.rapportverk.e2e.RoundedMkrReferenceTest});
 * never calculated by a copy of production logic, and never taken from the output under test. {@link
 * se.rapportverk.e2e.WorkbookCells} reads cells independently of Rapportverk, for texts that a test quotes.
 *
 * <p>Each example is generated once per test JVM ({@link se.rapportverk.e2e.SharedRuns}) under the
 * default time zone and locale, and read by the classes that need it; tests that change files work
 * on copies or on runs of their own. A test disabled with {@code @Disabled("BUG: …")} documents the
 * correct expectation for a product bug that is not fixed yet; run them with
 * {@code -Djunit.jupiter.conditions.deactivate='org.junit.*DisabledCondition'}.
 */
package se.rapportverk.e2e;
