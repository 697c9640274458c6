package se.rapportverk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import se.rapportverk.generate.Version;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.template.TemplateEngine;
import se.rapportverk.template.TemplateException;
import se.rapportverk.web.WebServer;

/** {@code rapportverk serve}: the web page and the API, until it is stopped. */
@Command(name = "serve",
        synopsisHeading = "Användning: ",
        descriptionHeading = "%n",
        optionListHeading = "%nFlaggor:%n",
        description = {
                "Startar Rapportverks webbsida och API. På sidan drar man in en arbetsbok och ser kontrollens fel och "
                        + "varningar med blad och cell, en förhandsvisning av varje dokument och knappar för att ladda "
                        + "ned PDF, Word och kontrollrapporten. Samma sak finns som API (se README).",
                "Arbetsböckerna hålls bara i minnet medan de behandlas; inget sparas på servern.",
                "Stoppa servern med Ctrl+C."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = {"-p", "--port"}, paramLabel = "PORT", defaultValue = "8080",
            description = "Porten servern lyssnar på. Standard: ${DEFAULT-VALUE}.")
    String port;

    @Option(names = "--host", paramLabel = "ADRESS", defaultValue = "127.0.0.1",
            description = "Adressen servern lyssnar på. Standard: ${DEFAULT-VALUE}, så att bara den här datorn når "
                    + "sidan. 0.0.0.0 gör den nåbar från andra datorer i nätverket.")
    String host;

    @Option(names = "--templates", paramLabel = "MAPP",
            description = "Egna mallar (kommunens husstil) i stället för de inbyggda.")
    Path templates;

    /** The page and the API make the same documents as generate with the same options. */
    @Mixin
    HusstilOption husstil;

    @Option(names = {"--oppna", "--open"},
            description = "Öppnar sidan i webbläsaren när servern har startat (så gör rapportverk-webb).")
    boolean open;

    @Mixin
    HelpOption help;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            portNumber = -1;
        }
        if (portNumber < 0 || portNumber > 65535) {
            err.println("Fel i kommandot: porten ska vara ett tal från 0 till 65535, inte \"" + port + "\"");
            return ExitCode.USAGE;
        }
        TemplateEngine engine;
        try {
            engine = templates == null ? TemplateEngine.builtIn() : TemplateEngine.fromFolder(templates);
        } catch (TemplateException e) {
            err.println(e.getMessage());
            return ExitCode.USAGE;
        }
        Husstil style = husstil.read(err::println);
        if (style == null) {
            return ExitCode.USAGE;
        }
        WebServer server;
        try {
            server = WebServer.start(new WebServer.Settings(host, portNumber, engine, style), line -> {
                out.println(line);
                out.flush();
            });
        } catch (WebServer.StartException e) {
            err.println(e.getMessage());
            return ExitCode.FAILURE;
        }
        Thread stop = new Thread(server::close, "rapportverk-stopp");
        Runtime.getRuntime().addShutdownHook(stop);
        URI address = server.address();
        out.println("Rapportverk " + Version.get() + ": webbsidan finns på " + address);
        out.println(host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1")
                ? "Bara den här datorn når sidan (" + host + ")."
                : "Servern lyssnar på " + host + ": andra datorer i nätverket kan nå sidan.");
        out.println("Mallar: " + (templates == null ? "de inbyggda" : templates.toString())
                + ". Husstil: " + (husstil.folder == null ? "Rapportverks egen" : husstil.folder.toString())
                + ". Inget som skickas till sidan sparas. Stoppa med Ctrl+C.");
        out.flush();
        if (open && !openBrowser(address)) {
            out.println("Webbläsaren kunde inte öppnas härifrån; öppna " + address + " själv.");
            out.flush();
        }
        boolean interrupted = false;
        try {
            // Until Ctrl+C (the shutdown hook stops the server), or until this thread is interrupted.
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            interrupted = true;
        }
        server.close();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook closes the server (again, harmlessly).
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        out.println("Rapportverk har stoppat webbservern.");
        out.flush();
        return ExitCode.OK;
    }

    /** Opens the page with the system's own way of opening a web address. */
    private static boolean openBrowser(URI address) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        List<String> command = os.startsWith("windows")
                ? List.of("rundll32", "url.dll,FileProtocolHandler", address.toString())
                : os.startsWith("mac") ? List.of("open", address.toString()) : List.of("xdg-open", address.toString());
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
