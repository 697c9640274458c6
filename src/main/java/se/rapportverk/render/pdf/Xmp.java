package se.rapportverk.render.pdf;

import java.nio.charset.StandardCharsets;

/**
 * The XMP metadata packet, written by hand so that it holds exactly what the Info dictionary
 * holds (PDF/A requires the two to agree) and nothing that depends on the clock.
 */
final class Xmp {

    private Xmp() {
    }

    /**
     * Builds the packet.
     *
     * @param date    W3C date-time, e.g. {@code 2024-09-24T00:00:00Z}
     * @param pdfUa   whether to declare PDF/UA-1 conformance (pdfuaid, with its extension schema)
     */
    static byte[] build(String title, String author, String subject, String keywords, String language,
                        String creatorTool, String producer, String date, boolean pdfUa) {
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n");
        x.append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n");
        x.append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");

        x.append("  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        x.append("   <dc:format>application/pdf</dc:format>\n");
        x.append("   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(title))
                .append("</rdf:li></rdf:Alt></dc:title>\n");
        if (!author.isEmpty()) {
            x.append("   <dc:creator><rdf:Seq><rdf:li>").append(esc(author)).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!subject.isEmpty()) {
            x.append("   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(subject))
                    .append("</rdf:li></rdf:Alt></dc:description>\n");
        }
        x.append("   <dc:language><rdf:Bag><rdf:li>").append(esc(language)).append("</rdf:li></rdf:Bag></dc:language>\n");
        x.append("  </rdf:Description>\n");

        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n");
        x.append("   <pdf:Producer>").append(esc(producer)).append("</pdf:Producer>\n");
        if (!keywords.isEmpty()) {
            x.append("   <pdf:Keywords>").append(esc(keywords)).append("</pdf:Keywords>\n");
        }
        x.append("  </rdf:Description>\n");

        x.append("  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n");
        x.append("   <xmp:CreatorTool>").append(esc(creatorTool)).append("</xmp:CreatorTool>\n");
        x.append("   <xmp:CreateDate>").append(date).append("</xmp:CreateDate>\n");
        x.append("   <xmp:ModifyDate>").append(date).append("</xmp:ModifyDate>\n");
        x.append("   <xmp:MetadataDate>").append(date).append("</xmp:MetadataDate>\n");
        x.append("  </rdf:Description>\n");

        x.append("  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n");
        x.append("   <pdfaid:part>3</pdfaid:part>\n");
        x.append("   <pdfaid:conformance>A</pdfaid:conformance>\n");
        x.append("  </rdf:Description>\n");

        if (pdfUa) {
            x.append("  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n");
            x.append("   <pdfuaid:part>1</pdfuaid:part>\n");
            x.append("  </rdf:Description>\n");
            x.append("  <rdf:Description rdf:about=\"\"");
            x.append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"");
            x.append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"");
            x.append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n");
            x.append("   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n");
            x.append("    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n");
            x.append("    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n");
            x.append("    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n");
            x.append("    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n");
            x.append("     <pdfaProperty:name>part</pdfaProperty:name>\n");
            x.append("     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n");
            x.append("     <pdfaProperty:category>internal</pdfaProperty:category>\n");
            x.append("     <pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>\n");
            x.append("    </rdf:li></rdf:Seq></pdfaSchema:property>\n");
            x.append("   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n");
            x.append("  </rdf:Description>\n");
        }
        x.append(" </rdf:RDF>\n");
        x.append("</x:xmpmeta>\n");
        x.append("<?xpacket end=\"r\"?>");
        return x.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Escapes XML specials and drops characters XML 1.0 cannot hold. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                            || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000) {
                        sb.appendCodePoint(cp);
                    }
                }
            }
        });
        return sb.toString();
    }
}
