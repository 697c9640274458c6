package se.rapportverk.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import se.rapportverk.generate.Version;

/**
 * The {@code rapportverk} command: {@code generate} makes the documents of a workbook, {@code check}
 * lists everything wrong with one. Every message and help text is Swedish; the exit status says
 * what happened ({@link ExitCode}).
 */
@Command(name = "rapportverk",
        subcommands = {GenerateCommand.class, CheckCommand.class, VerifyCommand.class, ExtractCommand.class,
                ServeCommand.class},
        synopsisHeading = "Användning: ",
        descriptionHeading = "%n",
        optionListHeading = "%nFlaggor:%n",
        commandListHeading = "%nKommandon:%n",
        synopsisSubcommandLabel = "KOMMANDO",
        description = {
                "Gör nämndens dokument (delårsrapport, handlingsplan, tjänsteskrivelse) som PDF och Word "
                        + "från en standardarbetsbok i Excel, med alla tabeller beräknade och kontrollerade.",
                "",
                "Exempel:",
                "  rapportverk generate input-examples/delarsrapport-augusti-2025.xlsx",
                "  rapportverk check arbetsbok.xlsx",
                "  rapportverk verify arkiv/arbetsbok.xlsx arkiv"},
        footerHeading = "%n",
        footer = {"Kör \"rapportverk KOMMANDO --help\" för att läsa om ett kommando.",
                "Slutstatus: 0 klart, 1 fel i arbetsboken (inget skrevs), 2 fel i kommandot, "
                        + "3 dokumenten kunde inte skrivas."})
public final class Main implements Runnable {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Visar den här hjälpen.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Visar versionen.")
    boolean version;

    private PrintStream out = System.out;

    @Override
    public void run() {
        new CommandLine(this).usage(out);
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
        Main main = new Main();
        main.out = out;
        CommandLine cmd = new CommandLine(main, new Factory(out, err));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        cmd.getCommandSpec().version("Rapportverk " + Version.get());
        cmd.setParameterExceptionHandler((ex, a) -> {
            err.println("Fel i kommandot: " + Messages.parameterError(ex));
            err.println("Kör \"" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help\" för hjälp.");
            return ExitCode.USAGE;
        });
        cmd.setExecutionExceptionHandler((ex, c, parseResult) -> {
            err.println("Internt fel i Rapportverk: " + ex.getClass().getSimpleName()
                    + (ex.getMessage() == null ? "" : ": " + ex.getMessage()));
            err.println("Inga filer skrevs. Sätt miljövariabeln RAPPORTVERK_DEBUG=1 för att se detaljerna.");
            if (System.getenv("RAPPORTVERK_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return ExitCode.FAILURE;
        });
        int status = cmd.execute(args);
        if (args.length == 0) {
            return ExitCode.USAGE;
        }
        return status;
    }

    /** Hands the streams to the subcommands. */
    private record Factory(PrintStream out, PrintStream err) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> cls) throws Exception {
            if (cls == GenerateCommand.class) {
                return cls.cast(new GenerateCommand(new Console(out, err)));
            }
            if (cls == CheckCommand.class) {
                return cls.cast(new CheckCommand(new Console(out, err)));
            }
            if (cls == VerifyCommand.class) {
                return cls.cast(new VerifyCommand(new Console(out, err)));
            }
            if (cls == ExtractCommand.class) {
                return cls.cast(new ExtractCommand(new Console(out, err)));
            }
            return CommandLine.defaultFactory().create(cls);
        }
    }
}
