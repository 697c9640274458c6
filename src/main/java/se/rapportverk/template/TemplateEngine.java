package se.rapportverk.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeSet;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.StrongCacheStorage;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.core.XMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;

import se.rapportverk.document.Document;
import se.rapportverk.document.Picture;

/**
 * Fills templates with a model and builds the document tree from the result.
 *
 * <p>Templates write a small XML vocabulary (see {@code templates/README.md}) with FreeMarker's XML
 * output format, so every value interpolated with {@code ${...}} is escaped: text from the workbook
 * is data, never template source or markup. Templates cannot reach Java classes
 * ({@code ?new} and {@code ?api} are disabled), and nothing in the output depends on the default
 * locale or time zone.
 */
public final class TemplateEngine {

    /** The FreeMarker version whose behaviour the templates are written for. */
    private static final freemarker.template.Version VERSION = Configuration.VERSION_2_3_34;

    /** Where the templates come from (the class path or a template folder). */
    private final TemplateLoader source;
    private final RecordingConfiguration configuration;
    private final RecordingTemplateLoader loader;
    /**
     * Whether the templates are kept parsed from one document to the next: they are, for the
     * engine's life (a template folder is read as it was when first used). An engine that keeps
     * none reads and parses every template again for each document; it says what is wrong with a
     * template (the first engine hands it every failing document).
     */
    private final boolean keepsParsed;

    private TemplateEngine(TemplateLoader source) {
        this(source, true);
    }

    private TemplateEngine(TemplateLoader source, boolean keepsParsed) {
        this.source = source;
        this.keepsParsed = keepsParsed;
        this.loader = new RecordingTemplateLoader(source);
        RecordingConfiguration cfg = new RecordingConfiguration(VERSION);
        cfg.setTemplateLoader(loader);
        if (keepsParsed) {
            // Templates never change under a running engine: never look for a newer one, never drop one.
            cfg.setCacheStorage(new StrongCacheStorage());
            cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        }
        cfg.setOutputFormat(XMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setLocale(Locale.forLanguageTag("sv-SE"));
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setLocalizedLookup(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
        this.configuration = cfg;
    }

    /** The templates shipped with Rapportverk (from the application's class path). */
    public static TemplateEngine builtIn() {
        return new TemplateEngine(new ClassTemplateLoader(TemplateEngine.class.getClassLoader(), "templates"));
    }

    /**
     * Templates from a folder, for a municipality's own house style.
     *
     * @throws TemplateException when the folder cannot be used
     */
    public static TemplateEngine fromFolder(Path folder) throws TemplateException {
        if (!Files.isDirectory(folder)) {
            throw new TemplateException("Mallmappen " + folder + " finns inte");
        }
        try {
            return new TemplateEngine(new FolderTemplateLoader(folder));
        } catch (IOException e) {
            throw new TemplateException("Mallmappen " + folder + " kunde inte läsas", e);
        }
    }

    /**
     * A filled template: the document it describes and the template files it was made from.
     *
     * @param document  the document tree, headings numbered
     * @param templates every template file read (the template and what it imports), by name
     */
    public record Filled(Document document, Map<String, byte[]> templates) {
    }

    /**
     * Fills a template and builds the document it describes.
     *
     * @param templateName e.g. {@code delarsrapport.ftl}
     * @param model        the data: maps, lists, strings and booleans
     * @throws TemplateException when the template is missing, fails, or writes an invalid tree
     */
    public Filled render(String templateName, Map<String, Object> model) throws TemplateException {
        return render(templateName, model, Map.of());
    }

    /**
     * Fills a template and builds the document it describes, with the workbook's pictures: a line
     * {@code [bild: Namn]} of a text becomes the picture of that name.
     *
     * @param pictures the pictures by {@link se.rapportverk.workbook.Bild#key(String) key} of their names
     */
    public Filled render(String templateName, Map<String, Object> model, Map<String, Picture> pictures)
            throws TemplateException {
        if (!keepsParsed) {
            return renderAfresh(templateName, model, pictures);
        }
        Set<String> used = new TreeSet<>();
        try {
            TextOut xml = fillRecording(templateName, model, used);
            Map<String, byte[]> templates = loader.bytesOf(used);
            return new Filled(TreeBuilder.build(templateName, xml.chars(), xml.length(), templates,
                    pictureLookup(pictures)), templates);
        } catch (TemplateException | RuntimeException e) {
            // What is wrong is said by an engine that reads the templates afresh, as it reads them.
            return new TemplateEngine(source, false).renderAfresh(templateName, model, pictures);
        }
    }

    private static java.util.function.Function<String, java.util.Optional<Picture>> pictureLookup(
            Map<String, Picture> pictures) {
        return name -> java.util.Optional.ofNullable(pictures.get(se.rapportverk.workbook.Bild.key(name)));
    }

    /** Reads and parses every template again, and fills it; one document at a time. */
    private synchronized Filled renderAfresh(String templateName, Map<String, Object> model,
                                             Map<String, Picture> pictures) throws TemplateException {
        configuration.clearTemplateCache();
        loader.reset();
        Document document = TreeBuilder.build(templateName, fill(templateName, model), loader.loaded(),
                pictureLookup(pictures));
        return new Filled(document, loader.loaded());
    }

    /** Fills the template, recording in used the source name of every template it takes. */
    private TextOut fillRecording(String templateName, Map<String, Object> model, Set<String> used)
            throws TemplateException {
        configuration.recordInto(used);
        try {
            return filled(templateName, model);
        } finally {
            configuration.recordInto(null);
        }
    }

    /** Fills a template and returns what it wrote (for tests and debugging). */
    String fill(String templateName, Map<String, Object> model) throws TemplateException {
        return filled(templateName, model).toString();
    }

    private TextOut filled(String templateName, Map<String, Object> model) throws TemplateException {
        try {
            Template template = configuration.getTemplate(templateName);
            TextOut out = new TextOut(lastLength);
            template.process(model, out);
            lastLength = out.length();
            return out;
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw TemplateErrors.notFound(templateName, loader, e);
        } catch (freemarker.core.ParseException e) {
            throw TemplateErrors.syntax(e, loader.loaded());
        } catch (freemarker.template.TemplateException e) {
            throw TemplateErrors.filling(e, loader, loader.loaded());
        } catch (IOException e) {
            throw new TemplateException("Mallen " + templateName + " kunde inte läsas", e);
        }
    }

    /** How long the last filling's text was: the next one's buffer starts about as large. */
    private volatile int lastLength;

    /**
     * What a filling writes, kept as text: a {@link java.io.StringWriter} without its synchronised
     * {@link StringBuffer}, starting as large as the last filling's text.
     */
    static final class TextOut extends java.io.Writer {
        private final StringBuilder text;

        TextOut(int expected) {
            text = new StringBuilder(Math.max(256, expected + expected / 8));
        }

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String s) {
            text.append(s);
        }

        @Override
        public void write(String s, int offset, int length) {
            text.append(s, offset, offset + length);
        }

        @Override
        public java.io.Writer append(CharSequence s) {
            text.append(s);
            return this;
        }

        @Override
        public java.io.Writer append(CharSequence s, int start, int end) {
            text.append(s, start, end);
            return this;
        }

        @Override
        public java.io.Writer append(char c) {
            text.append(c);
            return this;
        }

        int length() {
            return text.length();
        }

        /** The characters written (the first {@link #length()} of them), copied once. */
        char[] chars() {
            char[] chars = new char[text.length()];
            text.getChars(0, chars.length, chars, 0);
            return chars;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /**
     * FreeMarker's configuration, telling which templates one filling takes (the template, and what
     * it includes and imports): every template a filling takes is asked for here, whether it is
     * already parsed or not. The record is the filling thread's own.
     */
    private static final class RecordingConfiguration extends Configuration {
        private final ThreadLocal<Set<String>> used = new ThreadLocal<>();

        RecordingConfiguration(freemarker.template.Version version) {
            super(version);
        }

        void recordInto(Set<String> names) {
            if (names == null) {
                used.remove();
            } else {
                used.set(names);
            }
        }

        @Override
        public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
                                    boolean parseAsFTL, boolean ignoreMissing) throws IOException {
            Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL,
                    ignoreMissing);
            Set<String> names = used.get();
            if (template != null && names != null) {
                names.add(template.getSourceName());
            }
            return template;
        }
    }
}
