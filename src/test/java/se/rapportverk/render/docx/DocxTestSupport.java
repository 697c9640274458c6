package se.rapportverk.render.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;

import se.rapportverk.document.Document;
import se.rapportverk.render.RenderOptions;

/** Rendering and reading back, for the tests. */
final class DocxTestSupport {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxTestSupport() {
    }

    static byte[] render(Document document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new DocxRenderer().render(document, RenderOptions.withoutSource("0123abcd"), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static XWPFDocument read(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text values an XPath (in the WordprocessingML namespace, prefix {@code w}) selects
     * below an object, in document order: element text or attribute values.
     */
    static List<String> select(XmlObject object, String path) {
        List<String> values = new ArrayList<>();
        try (XmlCursor cursor = object.newCursor()) {
            cursor.selectPath("declare namespace w='" + W + "' " + path);
            while (cursor.toNextSelection()) {
                values.add(cursor.getTextValue());
            }
        }
        return values;
    }
}
