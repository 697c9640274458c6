package se.rapportverk.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import se.rapportverk.digest.Sha256;
import se.rapportverk.generate.Version;

/**
 * The {@code rapportverk} command: {@code generate} makes the documents of a workbook, {@code check}
 * lists everything wrong with one, {@code verify} and {@code extract} serve the archive. Every
 * message and help text is Swedish; the exit status says what happened ({@link ExitCode}). Nothing
 * that goes wrong reaches the user as a stack trace.
 */
@Command(name = "rapportverk",
        synopsisHeading = "Användning: ",
        synopsisSubcommandLabel = "KOMMANDO")
public final class Main implements Runnable {

    /** The words that ask for the overview, or with a command after them for that command's help. */
    static final Set<String> HELP = Set.of("help", "hjälp", "hjalp", "-h", "--help", "-?", "/?");

    /** One line per command for the overview, in the order they are shown. */
    static final Map<String, String> SUMMARIES = summaries();

    private static Map<String, String> summaries() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("init", "Skriver en tom standardarbetsbok att fylla i, med instruktioner och listor att välja ur.");
        m.put("generate", "Kontrollerar arbetsboken och skriver dokumenten som PDF och Word.");
        m.put("check", "Listar varje fel och varning i arbetsboken med blad och cell; skriver inga dokument.");
        m.put("verify", "Gör om arkiverade dokument ur arbetsboken och jämför dem byte för byte.");
        m.put("extract", "Tar ut arbetsboken som en PDF från Rapportverk bär inbäddad.");
        m.put("serve", "Startar webbsidan där en arbetsbok kan släppas och dokumenten laddas ned.");
        m.put("husstil", "Skriver Rapportverks husstil i en mapp för kommunen att göra till sin, eller kontrollerar en.");
        m.put("help", "Visar den här översikten, eller hjälpen för ett kommando: rapportverk help generate.");
        return m;
    }

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Visar versionen.")
    boolean version;

    private PrintStream out = System.out;

    @Override
    public void run() {
        out.print(overview());
    }

    /** Runs the command and exits with its status. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command with the given streams (for tests).
     *
     * @return the exit status
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // Set aside the memory that the message for running out of it needs, now: loaded only when
        // memory has run out, Failures could not be initialised, and the user would get a trace.
        Failures.ready();
        try {
            return execute(args, out, err);
        } catch (Throwable t) {
            return Failures.report(t, "", err);
        }
    }

    /**
     * What {@code --version} prints: the version, and when it is asked for, the Java that runs it and
     * what computes the SHA-256 digests of the manifest (which loads that engine, so only then).
     */
    private static String[] version(String[] args) {
        String first = "Rapportverk " + Version.get();
        if (!List.of("--version", "-V").contains(args[0])) {
            return new String[] {first};
        }
        return new String[] {first, "Java " + Runtime.version() + ". SHA-256 beräknas av " + Sha256.engineName() + "."};
    }

    private static int execute(String[] args, PrintStream out, PrintStream err) throws Exception {
        if (args.length == 0) {
            out.print(overview());
            return ExitCode.USAGE;
        }
        Main main = new Main();
        main.out = out;
        Factory factory = new Factory(out, err);
        CommandLine cmd = new CommandLine(main, factory);
        addSubcommands(cmd, factory, args);
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.getCommandSpec().version(version(args));
        // "@budget.xlsx" is a file name, not a file of arguments.
        cmd.setExpandAtFiles(false);
        if (HELP.contains(args[0].toLowerCase(Locale.ROOT))) {
            return help(cmd, args, out, err);
        }
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("Fel i kommandot: " + Messages.parameterError(ex));
            err.println("Kör \"" + helpCommand(ex.getCommandLine()) + "\" för hjälp.");
            return ExitCode.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> Failures.report(ex, "", err));
        return cmd.execute(args);
    }

    /** The subcommands, by name, in the order the overview lists them. */
    private static final Map<String, Class<?>> COMMANDS = Map.of("init", InitCommand.class,
            "generate", GenerateCommand.class, "check", CheckCommand.class, "verify", VerifyCommand.class,
            "extract", ExtractCommand.class, "serve", ServeCommand.class, "husstil", HusstilCommand.class);

    /**
     * Adds the subcommands to the command line. Picocli reads a command's annotations when it is
     * added, which is a good part of the start-up time (its classes cannot be kept in the class-data
     * archive), so a run of one command adds only that command; anything else (help, a misspelled
     * command) gets all of them.
     */
    private static void addSubcommands(CommandLine cmd, Factory factory, String[] args) throws Exception {
        String first = args[0];
        for (String name : SUMMARIES.keySet()) {
            Class<?> type = COMMANDS.get(name);
            if (type != null && (!COMMANDS.containsKey(first) || first.equals(name))) {
                cmd.addSubcommand(name, factory.create(type));
            }
        }
    }

    /** {@code rapportverk help}, {@code rapportverk hjälp generate}. */
    private static int help(CommandLine cmd, String[] args, PrintStream out, PrintStream err) {
        if (args.length == 1) {
            out.print(overview());
            return ExitCode.OK;
        }
        CommandLine sub = cmd.getSubcommands().get(args[1]);
        if (sub == null || args.length > 2) {
            err.println("Fel i kommandot: " + (sub == null ? Messages.unknownCommand(args[1], SUMMARIES.keySet())
                    : "för många argument: " + String.join(" ", List.of(args).subList(2, args.length))));
            err.println("Kör \"rapportverk help\" för en översikt.");
            return ExitCode.USAGE;
        }
        sub.usage(out);
        return ExitCode.OK;
    }

    private static String helpCommand(CommandLine where) {
        return where.getParent() == null ? "rapportverk help" : "rapportverk help " + where.getCommandName();
    }

    /** The overview: what Rapportverk does, the first two steps, the commands and the exit codes. */
    static String overview() {
        StringBuilder sb = new StringBuilder();
        sb.append("Rapportverk ").append(Version.get()).append(" gör nämndens dokument – delårsrapport, handlingsplan ")
                .append("och tjänsteskrivelse –\nsom PDF och Word från en standardarbetsbok i Excel, med alla tabeller ")
                .append("beräknade och kontrollerade.\n\n");
        sb.append("Användning: rapportverk KOMMANDO [ARGUMENT] [FLAGGOR]\n\n");
        sb.append("Kom igång:\n");
        sb.append("  1. rapportverk check arbetsbok.xlsx\n");
        sb.append("     Kontrollerar arbetsboken och listar varje fel och varning med blad och cell.\n");
        sb.append("  2. rapportverk generate arbetsbok.xlsx\n");
        sb.append("     Gör dokumenten som PDF och Word i mappen output/.\n");
        sb.append("  Prova med exemplen: rapportverk generate input-examples\n");
        sb.append("  Ingen arbetsbok ännu? rapportverk init arbetsbok.xlsx skriver en tom att fylla i.\n\n");
        sb.append("Kommandon:\n");
        SUMMARIES.forEach((name, summary) -> sb.append(String.format(Locale.ROOT, "  %-9s %s%n", name, summary)));
        sb.append("\nKör \"rapportverk help KOMMANDO\" (eller \"rapportverk KOMMANDO --help\") för att läsa om ett ")
                .append("kommando.\n");
        sb.append(ExitCode.summary()).append('\n');
        return sb.toString().replace("\r\n", "\n").replace("\n", System.lineSeparator());
    }

    /** Hands the streams to the subcommands. */
    private record Factory(PrintStream out, PrintStream err) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            Console console = new Console(out, err);
            if (cls == GenerateCommand.class) {
                return cls.cast(new GenerateCommand(console));
            }
            if (cls == CheckCommand.class) {
                return cls.cast(new CheckCommand(console));
            }
            if (cls == VerifyCommand.class) {
                return cls.cast(new VerifyCommand(console));
            }
            if (cls == ExtractCommand.class) {
                return cls.cast(new ExtractCommand(console));
            }
            if (cls == HusstilCommand.class) {
                return cls.cast(new HusstilCommand(console));
            }
            if (cls == InitCommand.class) {
                return cls.cast(new InitCommand(console));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
