package se.rapportverk;

import static com.tngtech.archunit.lang.conditions.ArchConditions.accessFieldWhere;
import static com.tngtech.archunit.lang.conditions.ArchConditions.callCodeUnitWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.jupiter.api.Test;

/**
 * The architecture the README's "For developers" section describes: the packages follow the pipeline
 * (workbook → calc → report → template → render → generate → archive → web → cli, over the shared
 * format, document and husstil), no package is in a cycle, and the rules of determinism and of the
 * console that the code keeps. The production classes are read from {@code target/classes}.
 */
class ArchitectureTest {

    private static final String ROOT = "se.rapportverk";

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages(ROOT);

    /** No cycle between the top-level packages, each taken with its sub-packages ({@code render..}). */
    static final ArchRule TOP_LEVEL_PACKAGES_HAVE_NO_CYCLES =
            slices().matching(ROOT + ".(*)..").namingSlices("$1").should().beFreeOfCycles();

    /** No cycle between any two packages, sub-packages on their own ({@code render} and {@code render.pdf}). */
    static final ArchRule NO_PACKAGE_IS_IN_A_CYCLE =
            slices().matching(ROOT + ".(**)").namingSlices("$1").should().beFreeOfCycles();

    /**
     * The layer order. Each layer names every layer it may use; anything else (a lower layer reaching up,
     * a renderer reading the workbook, a template knowing the calculation) fails. Every production class
     * must be in a layer.
     */
    static final ArchRule LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitecture()
            .layer("digest").definedBy(ROOT + ".digest..")
            .layer("format").definedBy(ROOT + ".format..")
            .layer("document").definedBy(ROOT + ".document..")
            .layer("workbook").definedBy(ROOT + ".workbook..")
            .layer("husstil").definedBy(ROOT + ".husstil..")
            .layer("calc").definedBy(ROOT + ".calc..")
            .layer("report").definedBy(ROOT + ".report..")
            .layer("template").definedBy(ROOT + ".template..")
            .layer("render").definedBy(ROOT + ".render..")
            .layer("generate").definedBy(ROOT + ".generate..")
            .layer("archive").definedBy(ROOT + ".archive..")
            .layer("web").definedBy(ROOT + ".web..")
            .layer("cli").definedBy(ROOT + ".cli..")
            .whereLayer("digest").mayNotAccessAnyLayer()
            .whereLayer("format").mayNotAccessAnyLayer()
            .whereLayer("document").mayNotAccessAnyLayer()
            .whereLayer("workbook").mayOnlyAccessLayers("format")
            .whereLayer("husstil").mayOnlyAccessLayers("workbook", "format", "digest")
            .whereLayer("calc").mayOnlyAccessLayers("workbook", "format")
            .whereLayer("report").mayOnlyAccessLayers("calc", "workbook", "document", "format")
            .whereLayer("template").mayOnlyAccessLayers("workbook", "document", "format")
            .whereLayer("render").mayOnlyAccessLayers("husstil", "document", "format")
            .whereLayer("generate").mayOnlyAccessLayers("render", "template", "report", "calc", "husstil",
                    "workbook", "document", "format", "digest")
            .whereLayer("archive").mayOnlyAccessLayers("generate", "render", "template", "report", "calc",
                    "husstil", "workbook", "document", "format", "digest")
            .whereLayer("web").mayOnlyAccessLayers("archive", "generate", "render", "template", "report", "calc",
                    "husstil", "workbook", "document", "format", "digest")
            .whereLayer("cli").mayOnlyAccessLayers("web", "archive", "generate", "render", "template", "report",
                    "calc", "husstil", "workbook", "document", "format", "digest");

    /**
     * Inside {@code render}: the renderer API ({@code DocumentRenderer}, {@code RenderOptions}) and the shared
     * layout know no format; each format uses them and never another format.
     */
    static final ArchRule RENDER_LAYERS = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .ensureAllClassesAreContainedInArchitectureIgnoring(
                    DescribedPredicate.describe("outside render", c -> !c.getPackageName().startsWith(ROOT + ".render")))
            .layer("api").definedBy(ROOT + ".render")
            .layer("layout").definedBy(ROOT + ".render.layout..")
            .layer("pdf").definedBy(ROOT + ".render.pdf..")
            .layer("docx").definedBy(ROOT + ".render.docx..")
            .layer("html").definedBy(ROOT + ".render.html..")
            .whereLayer("api").mayNotAccessAnyLayer()
            .whereLayer("layout").mayNotAccessAnyLayer()
            .whereLayer("pdf").mayOnlyAccessLayers("api", "layout")
            .whereLayer("docx").mayOnlyAccessLayers("api", "layout")
            .whereLayer("html").mayOnlyAccessLayers("api", "layout");

    /** The document tree and the number format are plain Java: they use nothing but the JDK. */
    static final ArchRule DOCUMENT_AND_FORMAT_USE_ONLY_THE_JDK = noClasses()
            .that().resideInAnyPackage(ROOT + ".document..", ROOT + ".format..")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", ROOT + ".document..", ROOT + ".format..");

    /** {@code System.out} and {@code System.err}. */
    static final DescribedPredicate<JavaFieldAccess> STANDARD_STREAM = DescribedPredicate.describe(
            "System.out or System.err", access -> access.getTargetOwner().getName().equals("java.lang.System")
                    && (access.getName().equals("out") || access.getName().equals("err")));

    /**
     * {@code System.console()} and {@code printStackTrace()} on any exception. Told by name, not by the
     * exception's class hierarchy, as the JDK's classes are not imported (see {@code archunit.properties}).
     */
    static final DescribedPredicate<JavaCall<?>> CONSOLE_CALL = DescribedPredicate.describe(
            "System.console() or printStackTrace()", call -> call.getTarget().getRawParameterTypes().isEmpty()
                    && (call.getName().equals("printStackTrace")
                    || call.getTargetOwner().getName().equals("java.lang.System") && call.getName().equals("console")));

    /** Only the command line and the web server write to the console; the pipeline reports in its results. */
    static final ArchRule ONLY_CLI_AND_WEB_USE_THE_CONSOLE = noClasses()
            .that().resideOutsideOfPackages(ROOT + ".cli..", ROOT + ".web..")
            .should(accessFieldWhere(STANDARD_STREAM)).orShould(callCodeUnitWhere(CONSOLE_CALL));

    /**
     * Calls whose result depends on when, or under which time zone or default locale, they run. A
     * {@code java.util.Date} made from a given date (as Apache POI's API wants) is not one of them.
     */
    static final DescribedPredicate<JavaCall<?>> READS_CLOCK_ZONE_OR_LOCALE = DescribedPredicate.describe(
            "the clock, the default time zone or the default locale", call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                boolean noArguments = call.getTarget().getRawParameterTypes().isEmpty();
                return owner.equals("java.lang.System") && (name.equals("currentTimeMillis") || name.equals("nanoTime"))
                        || owner.startsWith("java.time.") && name.equals("now")
                        || owner.equals("java.time.Clock") && name.startsWith("system")
                        || owner.equals("java.time.ZoneId") && name.equals("systemDefault")
                        || owner.equals("java.util.TimeZone") && name.equals("getDefault")
                        || owner.equals("java.util.Locale") && name.equals("getDefault")
                        || owner.equals("java.util.Calendar") && name.equals("getInstance")
                        || (owner.equals("java.util.Date") || owner.equals("java.util.GregorianCalendar"))
                                && name.equals("<init>") && noArguments;
            });

    /**
     * Nothing but the command line reads the clock, the default time zone or the default locale (the
     * command line shows the elapsed time on standard error): outputs are the same at any time, anywhere.
     */
    static final ArchRule ONLY_CLI_READS_THE_CLOCK = noClasses()
            .that().resideOutsideOfPackage(ROOT + ".cli..")
            .should(callCodeUnitWhere(READS_CLOCK_ZONE_OR_LOCALE));

    /** Text calls that take the default locale when none is given. */
    static final DescribedPredicate<JavaCall<?>> USES_THE_DEFAULT_LOCALE = DescribedPredicate.describe(
            "a text call in the default locale", call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                List<String> parameters = call.getTarget().getRawParameterTypes().stream().map(t -> t.getName()).toList();
                boolean withLocale = !parameters.isEmpty() && parameters.getFirst().equals("java.util.Locale");
                return owner.equals("java.lang.String") && (name.equals("toLowerCase") || name.equals("toUpperCase"))
                        && parameters.isEmpty()
                        || owner.equals("java.lang.String") && name.equals("format") && !withLocale
                        || owner.equals("java.lang.String") && name.equals("formatted")
                        || owner.equals("java.time.format.DateTimeFormatter") && name.equals("ofPattern")
                                && parameters.size() == 1;
            });

    /** Case and formatting never depend on the default locale (a Turkish locale lower-cases "I" to "ı"). */
    static final ArchRule NO_TEXT_IN_THE_DEFAULT_LOCALE = noClasses()
            .should(callCodeUnitWhere(USES_THE_DEFAULT_LOCALE));

    @Test
    void topLevelPackagesHaveNoCycles() {
        TOP_LEVEL_PACKAGES_HAVE_NO_CYCLES.check(CLASSES);
    }

    @Test
    void noPackageIsInACycle() {
        NO_PACKAGE_IS_IN_A_CYCLE.check(CLASSES);
    }

    @Test
    void packagesFollowTheLayerOrder() {
        LAYERS.check(CLASSES);
    }

    @Test
    void formatsUseOnlyTheRendererApiAndTheLayout() {
        RENDER_LAYERS.check(CLASSES);
    }

    @Test
    void documentTreeAndNumberFormatUseOnlyTheJdk() {
        DOCUMENT_AND_FORMAT_USE_ONLY_THE_JDK.check(CLASSES);
    }

    @Test
    void onlyTheCommandLineAndTheWebServerUseTheConsole() {
        ONLY_CLI_AND_WEB_USE_THE_CONSOLE.check(CLASSES);
    }

    @Test
    void onlyTheCommandLineReadsTheClock() {
        ONLY_CLI_READS_THE_CLOCK.check(CLASSES);
    }

    @Test
    void noTextDependsOnTheDefaultLocale() {
        NO_TEXT_IN_THE_DEFAULT_LOCALE.check(CLASSES);
    }

    /** The predicates of our own find every call they name, and nothing else, in {@link Violations}. */
    @Test
    void theOwnPredicatesFindEachCallTheyName() {
        JavaClasses fixture = new ClassFileImporter().importClasses(Violations.class);
        assertEquals(List.of("clock", "clockLater", "today", "defaultZone", "defaultLocale", "calendar", "newDate"),
                violatingMethods(ONLY_CLI_READS_THE_CLOCK, fixture));
        assertEquals(List.of("lower", "upper", "format", "formatted", "pattern"),
                violatingMethods(NO_TEXT_IN_THE_DEFAULT_LOCALE, fixture));
        assertEquals(List.of("out", "err", "console", "trace"), violatingMethods(ONLY_CLI_AND_WEB_USE_THE_CONSOLE, fixture));
    }

    /** The methods of {@link Violations} named in a rule's failures, in the order of the class. */
    private static List<String> violatingMethods(ArchRule rule, JavaClasses classes) {
        List<String> details = rule.evaluate(classes).getFailureReport().getDetails();
        return Violations.METHODS.stream()
                .filter(m -> details.stream().anyMatch(d -> d.contains("Violations." + m + "(")))
                .toList();
    }

    /** One call of each kind the rules forbid, and the allowed forms beside them. */
    @SuppressWarnings("unused")
    static final class Violations {
        static final List<String> METHODS = List.of("clock", "clockLater", "today", "defaultZone", "defaultLocale",
                "calendar", "newDate", "lower", "upper", "format", "formatted", "pattern", "out", "err", "console", "trace",
                "allowed");

        long clock() {
            return System.currentTimeMillis();
        }

        long clockLater() {
            return System.nanoTime();
        }

        LocalDate today() {
            return LocalDate.now();
        }

        Object defaultZone() {
            return java.time.ZoneId.systemDefault();
        }

        Locale defaultLocale() {
            return Locale.getDefault();
        }

        Object calendar() {
            return java.util.Calendar.getInstance();
        }

        Date newDate() {
            return new Date();
        }

        String lower(String s) {
            return s.toLowerCase();
        }

        String upper(String s) {
            return s.toUpperCase();
        }

        String format(int n) {
            return String.format("%d", n);
        }

        String formatted(int n) {
            return "%d".formatted(n);
        }

        DateTimeFormatter pattern() {
            return DateTimeFormatter.ofPattern("yyyy");
        }

        void out() {
            System.out.println();
        }

        void err() {
            System.err.println();
        }

        Object console() {
            return System.console();
        }

        void trace(java.io.IOException e) {
            e.printStackTrace();
        }

        /** Given dates, explicit locales and a stream of its own: none of these is a violation. */
        Object allowed(String s, int n) {
            return List.of(s.toLowerCase(Locale.ROOT), s.toUpperCase(Locale.ROOT), String.format(Locale.ROOT, "%d", n),
                    DateTimeFormatter.ofPattern("yyyy", Locale.ROOT), Date.from(java.time.Instant.EPOCH),
                    LocalDate.of(2025, 8, 31), java.time.ZoneId.of("UTC"), Locale.forLanguageTag("sv-SE"),
                    new java.io.PrintStream(java.io.OutputStream.nullOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
