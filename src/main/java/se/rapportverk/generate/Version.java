package se.rapportverk.generate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of Rapportverk, from the build. It is part of every document's identity. */
public final class Version {

    private static final String VERSION = load();

    private Version() {
    }

    /** The version, e.g. {@code 0.1.0}. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getClassLoader().getResourceAsStream("rapportverk.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            String v = p.getProperty("version", "okänd");
            return v.startsWith("${") ? "utveckling" : v;
        } catch (IOException e) {
            return "okänd";
        }
    }
}
