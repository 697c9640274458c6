package se.rapportverk.web;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the work of requests (reading, checking, rendering) with at most {@link Limits#maxJobs()}
 * at a time and each within {@link Limits#jobTimeout()}. A request that finds every place taken
 * waits up to {@link Limits#queueWait()} and then gets 503. A job that runs out of time answers
 * 503 at once, but keeps its place until its thread has really stopped, so the limit holds even
 * for work that cannot be interrupted.
 */
final class Jobs implements AutoCloseable {

    private final Limits limits;
    private final Semaphore places;
    private final ExecutorService executor;
    private final Runnable onStart;

    /**
     * @param limits  how many jobs, and for how long
     * @param onStart run at the start of every job, inside its place (tests hold jobs with it)
     */
    Jobs(Limits limits, Runnable onStart) {
        this.limits = limits;
        this.places = new Semaphore(limits.maxJobs(), true);
        this.onStart = onStart;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "rapportverk-jobb-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newCachedThreadPool(threads);
    }

    /**
     * Runs a job and returns its result.
     *
     * @throws WebError 503 when no place became free in time or the job took too long; the job's
     *                  own {@link WebError}; 500 for anything else it threw
     */
    <T> T run(Callable<T> job) {
        boolean placed;
        try {
            placed = places.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
        if (!placed) {
            throw busy();
        }
        Future<T> future;
        try {
            future = executor.submit(() -> {
                try {
                    onStart.run();
                    return job.call();
                } finally {
                    places.release();
                }
            });
        } catch (RejectedExecutionException e) {
            places.release();
            throw busy();
        }
        try {
            return future.get(limits.jobTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new WebError(503, "Arbetsboken tog längre tid än " + seconds(limits.jobTimeout().toMillis())
                    + " att göra klar och avbröts. Försök igen om en stund; kvarstår det, kontakta IT.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw busy();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebError w) {
                throw w;
            }
            throw Failures.internal(e.getCause());
        }
    }

    /** How many jobs could start now (for tests and the status endpoint). */
    int freePlaces() {
        return places.availablePermits();
    }

    private WebError busy() {
        return new WebError(503, "Rapportverk arbetar redan med " + (limits.maxJobs() == 1 ? "en arbetsbok"
                : limits.maxJobs() + " arbetsböcker") + " och har inte plats för fler just nu. Försök igen om en stund.");
    }

    /** {@code 1 sekund}, {@code 30 sekunder}: at least one. */
    static String seconds(long millis) {
        long s = Math.max(1, Math.round(millis / 1000.0));
        return s + (s == 1 ? " sekund" : " sekunder");
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
