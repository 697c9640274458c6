package se.rapportverk.template;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.TreeMap;

import freemarker.cache.TemplateLoader;

/**
 * A template loader that remembers the bytes of every template it hands out, so that the exact
 * templates behind a document can be fingerprinted, and hands FreeMarker each template with its
 * {@link LineMarks} (the recorded bytes are the template's own, unmarked).
 */
final class RecordingTemplateLoader implements TemplateLoader {

    private final TemplateLoader delegate;
    private final Map<String, byte[]> loaded = new TreeMap<>();
    /** Every template ever handed out, by name: the engine's templates never change. */
    private final Map<String, byte[]> everRead = new java.util.concurrent.ConcurrentHashMap<>();

    RecordingTemplateLoader(TemplateLoader delegate) {
        this.delegate = delegate;
    }

    private record Source(String name, Object inner) {
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Object inner = delegate.findTemplateSource(name);
        return inner == null ? null : new Source(name, inner);
    }

    @Override
    public long getLastModified(Object templateSource) {
        return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        Source source = (Source) templateSource;
        byte[] bytes;
        try (Reader reader = delegate.getReader(source.inner(), encoding)) {
            StringBuilder sb = new StringBuilder();
            char[] buffer = new char[8192];
            int n;
            while ((n = reader.read(buffer)) >= 0) {
                sb.append(buffer, 0, n);
            }
            bytes = sb.toString().getBytes(Charset.forName(encoding));
        }
        synchronized (loaded) {
            loaded.put(source.name(), bytes);
        }
        everRead.put(source.name(), bytes);
        return new java.io.StringReader(LineMarks.mark(source.name(), new String(bytes, Charset.forName(encoding))));
    }

    @Override
    public void closeTemplateSource(Object templateSource) throws IOException {
        delegate.closeTemplateSource(((Source) templateSource).inner());
    }

    /** Forgets what was read so far. */
    void reset() {
        synchronized (loaded) {
            loaded.clear();
        }
    }

    /** Where a template name led when it led out of the template folder, or {@code null}. */
    String outside(String name) {
        return delegate instanceof FolderTemplateLoader folder ? folder.outside(name) : null;
    }

    /**
     * The bytes of the named templates, by name, as they were read.
     *
     * @throws IllegalStateException when one of them was never read
     */
    Map<String, byte[]> bytesOf(java.util.Collection<String> names) {
        Map<String, byte[]> out = new TreeMap<>();
        for (String name : names) {
            byte[] bytes = everRead.get(name);
            if (bytes == null) {
                throw new IllegalStateException("template never read: " + name);
            }
            out.put(name, bytes);
        }
        return out;
    }

    Map<String, byte[]> loaded() {
        synchronized (loaded) {
            return new TreeMap<>(loaded);
        }
    }
}
