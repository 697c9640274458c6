/**
 * A frozen copy of the Word renderer as it was when it still built an {@code XWPFDocument} with POI
 * and XMLBeans (main at b004936), kept only as the oracle of {@code LegacyEquivalenceTest} and
 * {@code ChartPartOracleTest}: the direct writer in {@code render/docx} must write the same bytes.
 * It repeats some of the main code on purpose (style ids, styles, anchors): an oracle that shared
 * them could not catch a change in them.
 *
 * <p>When the Word output is changed on purpose, delete this package together with those two tests;
 * the stored chart parts ({@code ChartPartTest}) and the tests that read Word files back stay.
 */
package se.rapportverk.render.docx.legacy;
