package se.rapportverk.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import se.rapportverk.archive.Manifest;
import se.rapportverk.generate.Batch;
import se.rapportverk.generate.Generation;
import se.rapportverk.generate.Kontrollrapport;
import se.rapportverk.generate.Generator;
import se.rapportverk.generate.OutputFile;
import se.rapportverk.generate.Renderers;
import se.rapportverk.generate.Request;
import se.rapportverk.generate.SafeWriter;
import se.rapportverk.generate.WriteFailure;
import se.rapportverk.husstil.Husstil;
import se.rapportverk.report.DocumentKind;
import se.rapportverk.template.TemplateEngine;
import se.rapportverk.template.TemplateException;
import se.rapportverk.workbook.Diagnostics;
import se.rapportverk.workbook.ReadResult;
import se.rapportverk.workbook.WorkbookReader;

/** {@code rapportverk generate}: checks a workbook and writes its documents as PDF and Word. */
@Command(name = "generate",
        synopsisHeading = "Användning: ",
        descriptionHeading = "%n",
        parameterListHeading = "%nArgument:%n",
        optionListHeading = "%nFlaggor:%n",
        description = {
                "Kontrollerar arbetsboken och skriver dokumenten som PDF och Word (DOCX). Varningar skrivs ut "
                        + "och dokumenten görs ändå; har arbetsboken fel skrivs inga filer alls.",
                "Filerna får namn efter dokumentet, nämnden och perioden, till exempel "
                        + "delarsrapport-vard-och-omsorgsnamnden-2025-08.pdf. Bredvid dem skrivs ett manifest "
                        + "(manifest-<arbetsbok>.json) med kontrollsummor för arkivet och verify-kommandot.",
                "Flera arbetsböcker (eller en mapp) ger en undermapp per arbetsbok. De görs samtidigt, en per "
                        + "processorkärna, och körningen slutar med en sammanfattning per arbetsbok: dokument, "
                        + "varningar och fel. Slutstatus är den värsta arbetsbokens."})
final class GenerateCommand implements Callable<Integer> {

    private final Console console;

    @Mixin
    WorkbookOptions options;

    @Option(names = {"-o", "--out"}, paramLabel = "MAPP", defaultValue = "output",
            description = "Mappen där dokumenten skrivs. Standard: ${DEFAULT-VALUE}.")
    Path out;

    @Option(names = "--templates", paramLabel = "MAPP",
            description = "Egna mallar (kommunens husstil) i stället för de inbyggda.")
    Path templates;

    @Option(names = "--report",
            description = "Skriv också en kontrollrapport (PDF och HTML) för revisorn: varje kontroll med cellerna, "
                    + "värdena, skillnaden och utfallet, och för varje tal i tabellerna de celler det kommer från.")
    boolean report;

    @Option(names = {"--tradar", "--trådar", "--threads"}, paramLabel = "ANTAL",
            description = "Hur många arbetsböcker som görs samtidigt. Standard: en per processorkärna.")
    Integer threads;

    @Mixin
    HusstilOption husstil;

    @Mixin
    HelpOption help;

    GenerateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        WorkbookOptions.Selection selection = options.select(console);
        if (selection == null) {
            return ExitCode.USAGE;
        }
        if (threads != null && threads < 1) {
            console.err().println("Fel i kommandot: --tradar behöver ett antal från 1 och uppåt, inte " + threads);
            return ExitCode.USAGE;
        }
        List<Path> workbooks = selection.workbooks();
        return workbooks.size() == 1 ? single(workbooks.get(0), selection.kinds())
                : batch(workbooks, selection.kinds());
    }

    private int threads() {
        return threads != null ? threads : Batch.defaultThreads();
    }

    /** The templates asked for: the built-in ones or those of --templates. */
    private TemplateEngine newEngine() throws TemplateException {
        return templates == null ? TemplateEngine.builtIn() : TemplateEngine.fromFolder(templates);
    }

    /**
     * The templates and the house style asked for, each read once before any workbook is made;
     * {@code null} after saying why one of them cannot be used (the templates first, as they are
     * read first).
     */
    private Prepared prepare() {
        TemplateEngine engine;
        try {
            engine = newEngine();
        } catch (TemplateException e) {
            console.err().println(e.getMessage());
            return null;
        }
        Husstil style = husstil.read(console);
        if (style == null) {
            console.err().println("Inga filer skrevs.");
            return null;
        }
        return new Prepared(engine, style);
    }

    /** The templates and the house style of a run. */
    private record Prepared(TemplateEngine engine, Husstil style) {
    }

    /**
     * One workbook: the templates and the house style are made ready while the workbook is read,
     * and a document's PDF and DOCX are made at the same time, when there is more than one
     * processor.
     */
    private int single(Path workbook, Set<DocumentKind> kinds) {
        ExecutorService helpers = threads() > 1 ? Executors.newCachedThreadPool(daemon("rapportverk-hjalp")) : null;
        try {
            Executor executor = helpers == null ? Runnable::run : helpers;
            // Nothing else prints until this is joined, so what it prints comes out in its place.
            CompletableFuture<Prepared> preparing = CompletableFuture.supplyAsync(this::prepare, executor);
            ReadResult read = null;
            Throwable unreadable = null;
            try {
                read = WorkbookReader.read(workbook);
            } catch (RuntimeException | Error e) {
                unreadable = e;
            }
            Prepared prepared;
            try {
                prepared = preparing.join();
            } catch (CompletionException e) {
                return Failures.report(e.getCause(), "", console.err());
            }
            if (prepared == null) {
                return ExitCode.USAGE;
            }
            if (unreadable != null) {
                return Failures.report(unreadable, workbook.toString(), console.err());
            }
            Generator generator = new Generator(prepared.engine(), Renderers.all(), prepared.style(), executor);
            try {
                return generate(generator, prepared.engine(), workbook, read, kinds, out, console).status();
            } catch (RuntimeException | Error e) {
                return Failures.report(e, workbook.toString(), console.err());
            }
        } finally {
            if (helpers != null) {
                helpers.shutdownNow();
            }
        }
    }

    /** Daemon threads of the given name, so that a thread dump says what they are. */
    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * Several workbooks, each into a folder of its own, as many at a time as --tradar says: what is
     * printed and written is the same as when they are made one after another. A progress bar on a
     * terminal; a summary per workbook at the end; the exit status is the worst workbook's.
     */
    private int batch(List<Path> workbooks, Set<DocumentKind> kinds) {
        int threads = threads();
        // While the templates and the house style are made ready, one more thread reads the workbooks
        // the first threads of the batch start with (reading prints nothing). Whichever comes first
        // reads a workbook, the other waits for it.
        Map<Path, FutureTask<ReadResult>> early = new ConcurrentHashMap<>();
        ExecutorService reader = null;
        if (threads > 1) {
            List<FutureTask<ReadResult>> tasks = new ArrayList<>();
            for (Path workbook : workbooks.subList(0, Math.min(threads, workbooks.size()))) {
                FutureTask<ReadResult> task = new FutureTask<>(() -> WorkbookReader.read(workbook));
                if (early.putIfAbsent(workbook, task) == null) {
                    tasks.add(task);
                }
            }
            reader = Executors.newSingleThreadExecutor(daemon("rapportverk-hjalp"));
            reader.execute(() -> tasks.forEach(FutureTask::run));
        }
        try {
            return batch(workbooks, kinds, threads, early);
        } finally {
            if (reader != null) {
                reader.shutdownNow();
            }
        }
    }

    private int batch(List<Path> workbooks, Set<DocumentKind> kinds, int threads,
                      Map<Path, FutureTask<ReadResult>> early) {
        Prepared prepared = prepare();
        if (prepared == null) {
            return ExitCode.USAGE;
        }
        TemplateEngine first = prepared.engine();
        Husstil style = prepared.style();
        Thread caller = Thread.currentThread();
        // Each thread has its own templates and generator: a TemplateEngine fills one template at a
        // time. The house style is read once and shared: it is immutable, and nothing writes into
        // the bytes of its files.
        ThreadLocal<Pipeline> pipelines = ThreadLocal.withInitial(() -> {
            try {
                TemplateEngine engine = Thread.currentThread() == caller ? first : newEngine();
                return new Pipeline(engine, new Generator(engine, Renderers.all(), style));
            } catch (TemplateException e) {
                throw new IllegalStateException("the templates could be read a moment ago", e);
            }
        });
        Progress progress = Progress.forBatch(console, workbooks.size());
        List<Outcome> outcomes = new ArrayList<>();
        int count = workbooks.size();
        Writing writing = new Writing(threads);
        Batch<Path, Pending> batch = new Batch<>(threads,
                workbook -> buffered(workbook, kinds, pipelines, folder(workbook, count), early.remove(workbook),
                        writing),
                workbook -> folder(workbook, count).toAbsolutePath().normalize(),
                pending -> pending.outcome().status() == ExitCode.OUT_OF_MEMORY);
        try {
            batch.run(workbooks, progress::done, pending -> {
                Outcome outcome = pending.outcome();
                progress.around(() -> {
                    console.out().write(outcome.out(), 0, outcome.out().length);
                    console.err().write(outcome.err(), 0, outcome.err().length);
                    console.out().flush();
                    console.err().flush();
                    outcomes.add(outcome);
                });
            });
        } finally {
            writing.close();
            progress.finish();
        }
        console.out().print(Summary.of(outcomes));
        return outcomes.stream().mapToInt(Outcome::status).max().orElse(ExitCode.OK);
    }

    /**
     * One workbook of a batch, with what it prints kept until its turn comes: its documents are made
     * here, and its files written by {@code writing}.
     *
     * @param early its reading when that was begun before the batch, else {@code null}
     */
    private Pending buffered(Path workbook, Set<DocumentKind> kinds, ThreadLocal<Pipeline> pipelines, Path folder,
                             FutureTask<ReadResult> early, Writing writing) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Console buffer = new Console(new PrintStream(out, false, console.out().charset()),
                new PrintStream(err, false, console.err().charset()));
        buffer.out().println(workbook + ":");
        Made made;
        try {
            Pipeline pipeline = pipelines.get();
            ReadResult read = early == null ? WorkbookReader.read(workbook) : readEarly(early);
            made = make(pipeline.generator(), pipeline.engine(), workbook, read, kinds, folder, buffer);
        } catch (RuntimeException | Error e) {
            // Whatever went wrong with this workbook, the next one is still made.
            made = done(failed(workbook, e, buffer));
        }
        if (made.result() != null) {
            return new Pending(CompletableFuture.completedFuture(outcome(workbook, made.result(), buffer, out, err)));
        }
        Made toWrite = made;
        return new Pending(writing.submit(() -> {
            Result result;
            try {
                result = write(toWrite, buffer);
            } catch (RuntimeException | Error e) {
                result = failed(workbook, e, buffer);
            }
            return outcome(workbook, result, buffer, out, err);
        }));
    }

    private static Result failed(Path workbook, Throwable e, Console buffer) {
        return new Result(Failures.report(e, workbook.toString(), buffer.err()), 0, -1, -1);
    }

    private static Outcome outcome(Path workbook, Result result, Console buffer, ByteArrayOutputStream out,
                                   ByteArrayOutputStream err) {
        buffer.out().flush();
        buffer.err().flush();
        return new Outcome(workbook, result, out.toByteArray(), err.toByteArray());
    }

    /**
     * Writes the files of a batch's workbooks one workbook at a time, in the order they are handed
     * over, on a thread of its own: the threads that make documents go on with the next workbook
     * instead of waiting for the disk (every file is forced to disk, see {@link SafeWriter}). At
     * most as many workbooks' files wait as there are threads making them; one more waits for room.
     */
    private static final class Writing implements AutoCloseable {
        private final ExecutorService thread = Executors.newSingleThreadExecutor(daemon("rapportverk-skrivning"));
        private final Semaphore room;

        Writing(int waiting) {
            room = new Semaphore(waiting);
        }

        /** Writes on the writing thread; {@code write} must not throw. */
        CompletableFuture<Outcome> submit(java.util.function.Supplier<Outcome> write) {
            room.acquireUninterruptibly();
            try {
                return CompletableFuture.supplyAsync(() -> {
                    try {
                        return write.get();
                    } finally {
                        room.release();
                    }
                }, thread);
            } catch (RuntimeException e) {
                room.release();
                throw e;
            }
        }

        @Override
        public void close() {
            thread.shutdownNow();
        }
    }

    /** A workbook of a batch whose files may still be being written. */
    private record Pending(CompletableFuture<Outcome> written) {
        /** The workbook's outcome, once its files are written. */
        Outcome outcome() {
            try {
                return written.join();
            } catch (CompletionException e) {
                throw unchecked(e.getCause());
            }
        }
    }

    /** What another thread threw, to be thrown again here as it was (wrapped only when checked). */
    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException r) {
            return r;
        }
        if (cause instanceof Error r) {
            throw r;
        }
        return new IllegalStateException(cause);
    }

    /** A reading begun early: done here if it has not begun yet; what it threw is thrown here. */
    private static ReadResult readEarly(FutureTask<ReadResult> task) {
        task.run();
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a workbook was read", e);
        }
    }

    /** Several workbooks: each gets its own folder, so their documents never overwrite each other. */
    private Path folder(Path workbook, int count) {
        return count == 1 ? out : out.resolve(folderName(workbook));
    }

    private static String folderName(Path workbook) {
        String name = workbook.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /**
     * What one workbook gave.
     *
     * @param status    its exit status
     * @param documents the documents written
     * @param warnings  the warnings found, or -1 when it stopped before they were counted
     * @param errors    the errors found, or -1 likewise
     */
    record Result(int status, int documents, int warnings, int errors) {
        static Result of(int status, int documents, Diagnostics diagnostics) {
            return new Result(status, documents, diagnostics.warnings().size(), diagnostics.errors().size());
        }
    }

    /** The templates and the generator of one thread. */
    private record Pipeline(TemplateEngine engine, Generator generator) {
    }

    /** A workbook of a batch: its result and what it printed on each stream. */
    record Outcome(Path workbook, Result result, byte[] out, byte[] err) {
        int status() {
            return result.status();
        }
    }

    private Result generate(Generator generator, TemplateEngine engine, Path workbook, ReadResult read,
                            Set<DocumentKind> kinds, Path folder, Console console) {
        Made made = make(generator, engine, workbook, read, kinds, folder, console);
        return made.result() != null ? made.result() : write(made, console);
    }

    /**
     * A workbook's documents, made and not yet written: the files to write, or the result when
     * there is nothing to write.
     */
    private record Made(Result result, Path folder, List<OutputFile> files, int documents, Diagnostics diagnostics) {
    }

    /** Makes a workbook's documents and prints what was found in it; writes nothing. */
    private Made make(Generator generator, TemplateEngine engine, Path workbook, ReadResult read,
                      Set<DocumentKind> kinds, Path folder, Console console) {
        Request request = new Request(kinds, options.strict);
        Generation generation;
        List<OutputFile> files;
        try {
            generation = generator.run(workbook.toString(), read, request, true);
            files = new ArrayList<>(generation.files());
            if (generation.ok()) {
                Optional<Kontrollrapport.Rendered> reportFiles = report
                        ? Optional.of(Kontrollrapport.render(generation, engine, read.bytes())) : Optional.empty();
                reportFiles.ifPresent(r -> files.addAll(r.files()));
                Manifest manifest = Manifest.of(generation, request, read.bytes(), reportFiles, generator.husstil());
                files.add(new OutputFile(Manifest.fileName(workbook.getFileName().toString()),
                        manifest.toJson(generation)));
            }
        } catch (TemplateException e) {
            console.issues(read.diagnostics());
            console.err().println(e.getMessage());
            console.err().println("Inga filer skrevs.");
            return done(Result.of(ExitCode.FAILURE, 0, read.diagnostics()));
        } catch (IOException e) {
            console.issues(read.diagnostics());
            return done(Result.of(Failures.report(e, workbook.toString(), console.err()), 0, read.diagnostics()));
        }
        console.issues(generation.diagnostics());
        if (!generation.ok()) {
            console.err().println("Inga filer skrevs: " + Console.count(generation.diagnostics().errors().size(),
                    "fel", "fel") + " i " + workbook + " måste rättas först.");
            return done(Result.of(ExitCode.WORKBOOK_ERRORS, 0, generation.diagnostics()));
        }
        return new Made(null, folder, files, generation.documents().size(), generation.diagnostics());
    }

    private static Made done(Result result) {
        return new Made(result, null, List.of(), 0, null);
    }

    /** Writes the files of a workbook's documents, and says so. */
    private static Result write(Made made, Console console) {
        try {
            for (Path written : SafeWriter.writeAll(made.folder(), made.files())) {
                console.out().println("Skrev " + written);
            }
        } catch (WriteFailure e) {
            console.err().println("Dokumenten kunde inte skrivas till " + made.folder() + ": " + e.getMessage()
                    + ". Inga filer ändrades.");
            Failures.debugDetails(e, console.err());
            return Result.of(ExitCode.FAILURE, 0, made.diagnostics());
        }
        return Result.of(ExitCode.OK, made.documents(), made.diagnostics());
    }
}
