package se.rapportverk.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example's Word file is one a person can go on editing: its parts are valid against the
 * OOXML schema, and every paragraph style and list it uses is defined in the file.
 */
class DocxValidityTest {

    static void assertValid(String what, XmlObject part) {
        List<XmlError> errors = new ArrayList<>();
        XmlOptions options = new XmlOptions();
        options.setErrorListener(errors);
        boolean valid = part.validate(options);
        assertTrue(valid && errors.isEmpty(), () -> what + ": " + errors);
    }

    @TestFactory
    List<DynamicTest> everyDocxIsSchemaValidAndDefinesWhatItUses() {
        List<DynamicTest> tests = new ArrayList<>();
        for (var workbook : Examples.ALL) {
            Generated g = SharedRuns.of(workbook);
            for (String name : g.files().keySet().stream().filter(n -> n.endsWith(".docx")).toList()) {
                tests.add(dynamicTest(name, () -> {
                    DocxDoc docx = DocxDoc.read(g.bytes(name));
                    var document = docx.document;
                    assertValid("document.xml", document.getDocument());
                    for (XWPFHeader h : document.getHeaderList()) {
                        assertValid("header", h._getHdrFtr());
                    }
                    for (XWPFFooter f : document.getFooterList()) {
                        assertValid("footer", f._getHdrFtr());
                    }
                    // Every chart part, and the sheet and workbook parts of its embedded workbook.
                    for (var chart : document.getCharts()) {
                        assertValid("chart " + chart.getPackagePart().getPartName(), chart.getCTChartSpace());
                        var data = chart.getWorkbook();
                        assertValid("chart workbook", data.getCTWorkbook());
                        assertValid("chart sheet", data.getSheetAt(0).getCTWorksheet());
                        assertValid("chart workbook styles", data.getStylesSource().getCTStylesheet());
                    }
                    if (document.getDocComments() != null) {
                        assertValid("comments", document.getDocComments().getCtComments());
                        for (String style : List.of("CommentText", "CommentReference")) {
                            assertTrue(document.getStyles().styleExist(style), style);
                        }
                    }
                    Set<String> used = new TreeSet<>(docx.select("//w:pStyle/@w:val"));
                    used.addAll(docx.select("//w:tblStyle/@w:val"));
                    assertTrue(used.containsAll(Set.of("Heading1", "TableText")) || used.contains("Heading1NotInToc"), used.toString());
                    Set<String> undefined = new TreeSet<>();
                    for (String style : used) {
                        if (!document.getStyles().styleExist(style)) {
                            undefined.add(style);
                        }
                    }
                    assertEquals(Set.of(), undefined, "styles used but not defined");
                    Set<String> numIds = new TreeSet<>(docx.select("//w:numPr/w:numId/@w:val"));
                    for (String numId : numIds) {
                        assertTrue(document.getNumbering().numExist(new java.math.BigInteger(numId)), "numId " + numId);
                    }
                    for (String heading : List.of("Heading1", "Heading2", "Heading3")) {
                        assertTrue(document.getStyles().styleExist(heading), heading);
                    }
                }));
            }
        }
        return tests;
    }
}
