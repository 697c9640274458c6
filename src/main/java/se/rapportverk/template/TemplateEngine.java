package se.rapportverk.template;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import freemarker.cache.ClassTemplateLoader;
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

    private final Configuration configuration;
    private final RecordingTemplateLoader loader;

    private TemplateEngine(TemplateLoader source) {
        this.loader = new RecordingTemplateLoader(source);
        Configuration cfg = new Configuration(VERSION);
        cfg.setTemplateLoader(loader);
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
    public synchronized Filled render(String templateName, Map<String, Object> model, Map<String, Picture> pictures)
            throws TemplateException {
        configuration.clearTemplateCache();
        loader.reset();
        Document document = TreeBuilder.build(templateName, fill(templateName, model), loader.loaded(),
                name -> java.util.Optional.ofNullable(pictures.get(se.rapportverk.workbook.Bild.key(name))));
        return new Filled(document, loader.loaded());
    }

    /** Fills a template and returns what it wrote (for tests and debugging). */
    String fill(String templateName, Map<String, Object> model) throws TemplateException {
        try {
            Template template = configuration.getTemplate(templateName);
            StringWriter out = new StringWriter();
            template.process(model, out);
            return out.toString();
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
}
