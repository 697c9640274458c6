package se.rapportverk.web;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;

import se.rapportverk.husstil.Husstil;
import se.rapportverk.template.TemplateEngine;

/**
 * {@code rapportverk serve}: the web page and the API on Javalin (Jetty 12).
 *
 * <p>Javalin rather than the JDK's {@code HttpServer}: the API takes multipart uploads, and Jetty's
 * multipart parser with its size limits, its thread pool, its idle timeout and its handling of
 * malformed requests are well-tried code that a hand-written parser on {@code HttpServer} would
 * have to repeat.
 *
 * <p>Nothing a client sends is kept after its response: the workbook is read into memory (Jetty is
 * told to keep uploads up to the size limit in memory), and the one folder Jetty could spill to is
 * a temporary folder of this server's own, removed when it stops.
 */
public final class WebServer implements AutoCloseable {

    /**
     * How the server is started.
     *
     * @param host      the address to listen on ({@code 127.0.0.1}: only this computer)
     * @param port      the port ({@code 0}: any free port)
     * @param templates the templates documents are made from (built in, or {@code --templates})
     * @param husstil   the house style documents are made in (Rapportverk's own, or {@code --husstil})
     */
    public record Settings(String host, int port, TemplateEngine templates, Husstil husstil) {

        /** Rapportverk's own house style. */
        public Settings(String host, int port, TemplateEngine templates) {
            this(host, port, templates, Husstil.standard());
        }
    }

    /** The server could not start; the message is Swedish and says why. */
    public static final class StartException extends Exception {
        private static final long serialVersionUID = 1L;

        StartException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Javalin app;
    private final Jobs jobs;
    private final Path spillFolder;
    private final String host;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private WebServer(Javalin app, Jobs jobs, Path spillFolder, String host) {
        this.app = app;
        this.jobs = jobs;
        this.spillFolder = spillFolder;
        this.host = host;
    }

    /**
     * Starts the server with the default limits.
     *
     * @param log takes a line for each request (method, path, status, time; never a file name)
     */
    public static WebServer start(Settings settings, Consumer<String> log) throws StartException {
        return start(settings, Limits.defaults(), () -> { }, log);
    }

    /**
     * Starts the server.
     *
     * @param limits     upload size, jobs at once, time
     * @param onJobStart run at the start of each job (tests hold jobs with it)
     */
    static WebServer start(Settings settings, Limits limits, Runnable onJobStart, Consumer<String> log)
            throws StartException {
        Path spill;
        try {
            spill = Files.createTempDirectory("rapportverk-webb-");
        } catch (IOException e) {
            throw new StartException("Rapportverk kunde inte skapa sin tillfälliga mapp ("
                    + System.getProperty("java.io.tmpdir") + ").", e);
        }
        Jobs jobs = new Jobs(limits, onJobStart);
        Api api = new Api(new Pipeline(settings.templates(), settings.husstil()), jobs, limits);
        Page page = Page.load();
        Javalin app = Javalin.create(config -> configure(config, settings, limits, spill, api, page, log));
        try {
            app.start();
        } catch (RuntimeException e) {
            jobs.close();
            delete(spill);
            if (!isThisComputer(settings.host())) {
                throw new StartException("Adressen " + settings.host() + " finns inte på den här datorn, så servern "
                        + "kan inte lyssna på den. Ange en av datorns egna adresser med --host, till exempel 127.0.0.1 "
                        + "(bara den här datorn) eller 0.0.0.0 (alla dess nätverk).", e);
            }
            throw new StartException("Porten " + settings.port() + " på " + settings.host() + " kan inte användas: "
                    + "den används redan av ett annat program, eller kräver behörighet som administratör. Välj en "
                    + "annan port med --port.", e);
        }
        return new WebServer(app, jobs, spill, settings.host());
    }

    /** Whether the host names an address of this computer (or every address). */
    private static boolean isThisComputer(String host) {
        try {
            java.net.InetAddress address = java.net.InetAddress.getByName(host);
            return address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || java.net.NetworkInterface.getByInetAddress(address) != null;
        } catch (IOException e) {
            return false;
        }
    }

    /** How many reads Jetty spends on a body the handler left unread before it closes the connection. */
    private static final int UNCONSUMED_READS = 4096;

    private static void configure(JavalinConfig config, Settings settings, Limits limits, Path spill, Api api,
                                  Page page, Consumer<String> log) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.addConnector((server, http) -> {
            // A body refused for its size is read to its end (bounded by Uploads.drain) rather than the
            // connection being closed under a client that is still sending: it then reads the 413.
            http.setMaxUnconsumedRequestContentReads(UNCONSUMED_READS);
            org.eclipse.jetty.server.ServerConnector connector = new org.eclipse.jetty.server.ServerConnector(server,
                    new org.eclipse.jetty.server.HttpConnectionFactory(http));
            connector.setHost(settings.host());
            connector.setPort(settings.port());
            connector.setIdleTimeout(limits.idleTimeout().toMillis());
            return connector;
        });
        config.http.prefer405over404 = true;
        config.http.maxRequestSize = limits.maxRequestBytes();
        config.jetty.multipartConfig.cacheDirectory(spill.toString());
        config.jetty.multipartConfig.maxFileSize(limits.maxUploadBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(limits.maxRequestBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize((int) limits.maxRequestBytes(), SizeUnit.BYTES);
        config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        config.jetty.modifyServletContextHandler(handler -> handler.setErrorHandler(new JsonErrorHandler.ForServlets()));
        config.requestLogger.http((ctx, ms) -> log.accept(ctx.method() + " " + ctx.path() + " " + ctx.statusCode()
                + " " + Math.round(ms) + " ms"));

        config.routes.before(WebServer::commonHeaders);
        config.routes.get("/", ctx -> resource(ctx, page, "index.html"));
        for (String name : page.names()) {
            config.routes.get("/" + name, ctx -> resource(ctx, page, name));
        }
        config.routes.get("/api/status", api::status);
        config.routes.post("/api/check", api::check);
        config.routes.post("/api/preview", api::preview);
        config.routes.post("/api/generate", api::generate);
        config.routes.post("/api/document/{document}/{format}", api::document);
        config.routes.post("/api/kontrollrapport/{format}", api::kontrollrapport);

        config.routes.exception(WebError.class, (e, ctx) -> error(ctx, e, log));
        config.routes.exception(HttpResponseException.class,
                (e, ctx) -> error(ctx, new WebError(e.getStatus(), StatusTexts.of(e.getStatus())), log));
        config.routes.exception(Exception.class, (e, ctx) -> error(ctx, Failures.internal(e), log));
    }

    /** Every answer: not cached (it may describe a workbook), not sniffed, not framed, no referrer. */
    private static void commonHeaders(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", Page.CONTENT_SECURITY_POLICY);
    }

    private static void resource(Context ctx, Page page, String name) {
        Page.Resource r = page.get(name);
        ctx.contentType(r.contentType()).result(r.bytes());
    }

    private static void error(Context ctx, WebError e, Consumer<String> log) {
        if (e.getCause() != null) {
            log.accept("Internt fel vid " + ctx.method() + " " + ctx.path() + ": " + e.getCause().getClass().getName()
                    + (e.getCause().getMessage() == null ? "" : ": " + e.getCause().getMessage()));
            if (System.getenv("RAPPORTVERK_DEBUG") != null) {
                e.getCause().printStackTrace();
            }
        }
        if (e.status() == 503) {
            ctx.header("Retry-After", "5");
        }
        if (e.status() == 413) {
            // Jetty closes a connection whose body was refused; saying so keeps a client from sending
            // its next request on it (and getting no answer at all).
            ctx.header("Connection", "close");
        }
        Api.json(ctx, e.status(), Json.error(e));
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /**
     * The page's address: on this computer when the server listens on every address
     * ({@code 0.0.0.0}), else on the address it listens on.
     */
    public URI address() {
        String h = host == null || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
        if (h.contains(":") && !h.startsWith("[")) {
            h = "[" + h + "]";
        }
        return URI.create("http://" + h + ":" + port() + "/");
    }

    /** The folder Jetty would spill uploads to (for tests: it stays empty). */
    Path spillFolder() {
        return spillFolder;
    }

    /** Stops the server and removes its temporary folder; again does nothing. */
    @Override
    public void close() {
        if (closed.getAndSet(true)) {
            return;
        }
        try {
            app.stop();
        } finally {
            jobs.close();
            delete(spillFolder);
        }
    }

    private static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // Left for the system's own cleaning of its temporary folder.
                }
            });
        } catch (IOException e) {
            // Left for the system's own cleaning of its temporary folder.
        }
    }
}
