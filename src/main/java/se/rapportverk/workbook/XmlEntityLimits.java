package se.rapportverk.workbook;

import javax.xml.stream.XMLInputFactory;

/**
 * The JDK's XML parser counts every reference to a predefined entity or a character ({@code &amp;},
 * {@code &lt;}, {@code &#10;}) towards limits meant for the entities a DTD declares, and from Java 24
 * its {@code conf/jaxp.properties} sets those limits to 100 000: a valid part with more, such as the
 * shared texts of a workbook whose texts hold 100 001 "&amp;", was refused as damaged on one JDK and
 * read on another. Rapportverk's parsers refuse every DTD, so no declared entity can exist and these
 * limits guard nothing; they are lifted. The size of every part read stays bounded by the reader's
 * own limits ({@code docs/arbetsbok.md}).
 */
public final class XmlEntityLimits {

    private XmlEntityLimits() {
    }

    /** Lifts the JDK's limits on entity sizes in a factory whose DTD support is off. */
    public static void lift(XMLInputFactory factory) {
        if (!Boolean.FALSE.equals(factory.getProperty(XMLInputFactory.SUPPORT_DTD))) {
            throw new IllegalArgumentException("entity limits are lifted only where DTDs are refused");
        }
        factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        factory.setProperty("jdk.xml.totalEntitySizeLimit", "0");
    }
}
