package se.rapportverk.render.pdf;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sample document to a file: for looking at it, and for {@link PdfDeterminismTest},
 * which runs it in a second JVM. With a second argument it also prints veraPDF's findings.
 */
final class RenderSample {
    private RenderSample() {
    }

    public static void main(String[] args) throws Exception {
        byte[] pdf = new PdfRenderer().renderBytes(SampleDocument.document(), SampleDocument.options());
        Files.write(Path.of(args.length > 0 ? args[0] : "/tmp/pdf-sample.pdf"), pdf);
        if (args.length > 1) {
            for (VeraPdf.Failure f : VeraPdf.validate(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_3_A)) {
                System.out.println("PDF/A-3a " + f);
            }
            for (VeraPdf.Failure f : VeraPdf.validate(pdf, org.verapdf.pdfa.flavours.PDFAFlavour.PDFUA_1)) {
                System.out.println("PDF/UA-1 " + f);
            }
        }
    }
}
