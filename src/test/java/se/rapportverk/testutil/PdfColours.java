package se.rapportverk.testutil;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDPage;

/** The colours a PDF page's content sets, read back with PDFBox. */
public final class PdfColours {

    private PdfColours() {
    }

    /** The colours the page sets with the operator (rg fill, RG stroke), as six hex digits. */
    public static Set<String> set(PDPage page, String operator) throws IOException {
        Set<String> out = new HashSet<>();
        PDFStreamParser parser = new PDFStreamParser(page);
        List<COSBase> operands = new ArrayList<>();
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op) {
                if (op.getName().equals(operator) && operands.size() == 3) {
                    int rgb = 0;
                    for (COSBase c : operands) {
                        rgb = rgb << 8 | Math.round(((COSNumber) c).floatValue() * 255);
                    }
                    out.add(String.format("%06X", rgb));
                }
                operands.clear();
            } else if (token instanceof COSBase b) {
                operands.add(b);
            }
        }
        return out;
    }
}
