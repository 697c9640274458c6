package se.rapportverk.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The page and its few files, from {@code src/main/resources/web/}, read once at start. Nothing is
 * loaded from anywhere else: the page works offline and on a closed network.
 */
final class Page {

    /** A file of the page. */
    record Resource(byte[] bytes, String contentType) {
    }

    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "stil.css", "text/css; charset=utf-8",
            "ikon.svg", "image/svg+xml");

    /**
     * What the page may do: its own files only, inline styles for the previews (the document
     * HTML carries its style sheet), no plug-ins, and no framing by other sites.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-src 'self'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final Map<String, Resource> resources;

    private Page(Map<String, Resource> resources) {
        this.resources = resources;
    }

    static Page load() {
        Map<String, Resource> resources = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            try (InputStream in = Page.class.getResourceAsStream("/web/" + f.getKey())) {
                if (in == null) {
                    throw new IllegalStateException("the page's file web/" + f.getKey() + " is missing from the build");
                }
                resources.put(f.getKey(), new Resource(in.readAllBytes(), f.getValue()));
            } catch (IOException e) {
                throw new IllegalStateException("the page's file web/" + f.getKey() + " could not be read", e);
            }
        }
        return new Page(Map.copyOf(resources));
    }

    /** The file by name ({@code app.js}), or null. */
    Resource get(String name) {
        return resources.get(name);
    }

    /** The names of the page's files. */
    java.util.Set<String> names() {
        return resources.keySet();
    }
}
