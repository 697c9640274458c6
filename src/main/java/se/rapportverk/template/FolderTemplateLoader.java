package se.rapportverk.template;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.cache.TemplateLoader;

/**
 * Loads templates from a municipality's own folder, and only from inside it: a template (or
 * something it includes or imports) whose name or symbolic link leads out of the folder is not
 * found, and {@link #outside(String)} tells where it led, for the message.
 */
final class FolderTemplateLoader implements TemplateLoader {

    private final Path folder;
    private final Path real;
    private final Map<String, String> outside = new ConcurrentHashMap<>();

    FolderTemplateLoader(Path folder) throws IOException {
        this.folder = folder;
        this.real = folder.toRealPath();
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
        Path file = real.resolve(name).normalize();
        if (!file.startsWith(real)) {
            outside.put(name, file.toString());
            return null;
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            outside.put(name, "en symbolisk länk som inte leder till någon fil");
            return null;
        }
        if (!target.startsWith(real)) {
            outside.put(name, target.toString());
            return null;
        }
        return Files.isRegularFile(target) ? target : null;
    }

    /** Where a template name led when it led out of the folder, or {@code null}. */
    String outside(String name) {
        return outside.get(name);
    }

    Path folder() {
        return folder;
    }

    @Override
    public long getLastModified(Object templateSource) {
        return -1;
    }

    @Override
    public Reader getReader(Object templateSource, String encoding) throws IOException {
        return new InputStreamReader(Files.newInputStream((Path) templateSource), Charset.forName(encoding));
    }

    @Override
    public void closeTemplateSource(Object templateSource) {
    }
}
